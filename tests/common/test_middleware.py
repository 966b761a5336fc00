"""Too many query parameters: a 400 with DEBUG off and on, never a 500 (issue 17, item 10)."""

import pytest
from django.test import Client

QUERY = "&".join(f"p{index}=1" for index in range(1200))  # DATA_UPLOAD_MAX_NUMBER_FIELDS: 1000


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("path", ["/fr/accounts/login/", "/verify/", "/fr/"])
def test_too_many_query_parameters_is_a_400(db, settings, debug, path):
    settings.DEBUG = debug
    response = Client(raise_request_exception=False).get(f"{path}?{QUERY}")
    assert response.status_code == 400


def test_a_normal_query_string_still_reaches_the_view(db):
    response = Client().get("/verify/", {"code": "ABCD"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200 and "17 caractères" in response.content.decode()
