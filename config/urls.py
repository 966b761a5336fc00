from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

handler403 = "config.views.permission_denied"
handler404 = "config.views.page_not_found"
handler500 = "config.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("xapi/", include("tracking.urls")),
    # Certificates: verification and published keys at stable, language-independent URLs.
    path("", include("certificates.stable_urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("learning/", include("courses.urls")),
    path("glossary/", include("competencies.urls")),
    path("certificates/", include("certificates.urls")),
    path("launchpad/", include("launchpad.urls")),
    # The same verification pages under /<lang>/, for the language switcher.
    path("", include("certificates.verify_urls")),
    path("search/", views.search, name="search"),
    # DEBUG only: the pattern library (docs/design.md), before Wagtail's catch-all.
    *([path("__design/", views.design_library, name="design_library")] if settings.DEBUG else []),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
    urlpatterns = [path("__error/<int:status>/", views.error_preview), *urlpatterns]
