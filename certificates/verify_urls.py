"""The verification pages, for people: mounted at the root (stable_urls) and under each
language prefix, with the same names."""

from django.urls import path, re_path

from . import views

urlpatterns = [
    path("verify/", views.VerifyView.as_view(), name="verify"),
    # No dot in a code: /verify/<code>.json/ must not look like a page to LocaleMiddleware.
    re_path(r"^verify/(?P<code>[^/.]{1,64})/$", views.verify_detail, name="verify_detail"),
]
