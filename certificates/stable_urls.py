"""Language-independent URLs, printed on paper and in credentials: mounted at the site root,
outside i18n_patterns. Names carry no namespace so that the same names, mounted again under
each language prefix (verify_urls.py), let the language switcher link /en/verify/<code>/.
Absolute URLs are always built against this module (credentials.verification_url)."""

from django.urls import path, re_path

from . import views
from .verify_urls import urlpatterns as verify_urlpatterns

urlpatterns = [
    re_path(r"^verify/(?P<code>[^/.]{1,64})\.json$", views.verify_json, name="verify_json"),
    *verify_urlpatterns,
    path("certificates/keys.json", views.jwks, name="jwks"),
    path("certificates/issuer", views.issuer, name="issuer"),
    path("certificates/status/<int:list_id>", views.status_list, name="status_list"),
]
