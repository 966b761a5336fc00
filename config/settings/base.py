"""Settings shared by every environment. Environment variables are read here and in the
per-environment modules only (STYLE.md: deployment settings are read once, in config/settings/)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from common.release import release_get

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False

INSTALLED_APPS = [
    # Tremplin: the reference site first so its templates override the apps' ones.
    "config",
    "cohorts",
    "certificates",
    "launchpad",
    "resources",
    "courses",
    "competencies",
    "tracking",
    "accounts",
    "common",
    # Wagtail
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Background tasks
    "django_tasks",
    "django_tasks_db",
    # Login lockouts (below: AXES_*)
    "axes",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: too many query parameters is a 400, never a 500 (common/middleware.py).
    "common.middleware.QueryStringLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "common.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a refused login (site or Wagtail admin) into the 429 lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite file by default, any database through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker write to the same file: WAL lets readers go on
    # while one writer works, and IMMEDIATE transactions take the write lock up front so
    # two writers queue (busy timeout) instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
# Logging in (or signing up) without a `next` lands on the learner's dashboard.
LOGIN_REDIRECT_URL = "courses:dashboard"
LOGOUT_REDIRECT_URL = "/"

# Internationalisation: French first, English complete.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français")), ("en", _("Anglais"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Private files (certificate PDFs): never under MEDIA_ROOT, served only by views that check who
# asks (common/storage.py; check common.E001). Any Django storage in production (deploy.md).
TREMPLIN_PRIVATE_ROOT = Path(os.environ.get("TREMPLIN_PRIVATE_ROOT", BASE_DIR / "var" / "private"))
PRIVATE_STORAGE = {
    "BACKEND": "common.storage.PrivateFileSystemStorage",
    "OPTIONS": {"location": TREMPLIN_PRIVATE_ROOT},
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": PRIVATE_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Tremplin"
# No avatar from gravatar.com: no third-party request, even in the admin (the CSP refuses it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# A page with a password restriction asks for it in the site's own layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 (a template name)
# The site's public origin: Wagtail admin links, xAPI identifiers and, unless
# TREMPLIN_CERTIFICATES_BASE_URL says otherwise, every link printed on a certificate. Without
# TREMPLIN_BASE_URL it is the local server on PORT (`PORT=8801 make run`), so that what the
# site issues points back at it; production sets TREMPLIN_BASE_URL (docs/deploy.md).
WAGTAILADMIN_BASE_URL = os.environ.get("TREMPLIN_BASE_URL") or (
    f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}"
)
# Wagtail's own login form leaves its password field unlabelled ("Password" in every language).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
# Site search: the database's own full-text engine (SQLite FTS5, PostgreSQL full-text search);
# on PostgreSQL, TREMPLIN_SEARCH_CONFIG names the text search configuration (docs/search.md).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if os.environ.get("TREMPLIN_SEARCH_CONFIG"):
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = os.environ["TREMPLIN_SEARCH_CONFIG"]
WAGTAILDOCS_EXTENSIONS = ["csv", "odt", "ods", "odp", "pdf", "txt", "xlsx", "docx", "pptx"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Background tasks: django-tasks with its database backend (worker: manage.py db_worker).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# xAPI: the external Learning Record Store the statements are forwarded to (tracking app).
# No endpoint: the local statement store is the record. Defaults live in tracking/conf.py.
TREMPLIN_LRS_ENDPOINT = os.environ.get("TREMPLIN_LRS_ENDPOINT", "")
TREMPLIN_LRS_USERNAME = os.environ.get("TREMPLIN_LRS_USERNAME", "")
TREMPLIN_LRS_PASSWORD = os.environ.get("TREMPLIN_LRS_PASSWORD", "")
for _name, _cast in (
    ("TREMPLIN_LRS_BATCH_SIZE", int),
    ("TREMPLIN_LRS_CONNECT_TIMEOUT", float),
    ("TREMPLIN_LRS_READ_TIMEOUT", float),
    ("TREMPLIN_LRS_CLAIM_SECONDS", float),
    ("TREMPLIN_LRS_FORWARD_QUEUED_SECONDS", int),
):
    if os.environ.get(_name):
        globals()[_name] = _cast(os.environ[_name])

# Reopening a lesson within this many seconds (same learner, lesson, language and enrolment) is
# the same visit: one `experienced` statement, not one per reload. 0 records every view.
TREMPLIN_XAPI_EXPERIENCED_WINDOW = int(os.environ.get("TREMPLIN_XAPI_EXPERIENCED_WINDOW", "1800"))

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tremplin <ne-pas-repondre@localhost>")

# Course outlines and lesson bodies are cached (courses/selectors/, lesson_page.html) and
# expired when editors publish. A per-process memory cache suits one process; with several
# worker processes use a shared cache such as Redis (docs/deploy.md).
# Every key carries the release (TREMPLIN_RELEASE, or a digest of the code): a deploy never
# unpickles what the previous release cached (common/release.py, docs/architecture.md).
TREMPLIN_RELEASE = release_get(BASE_DIR)
CACHE_KEY_PREFIX = f"tremplin:{TREMPLIN_RELEASE}"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tremplin",
        "KEY_PREFIX": CACHE_KEY_PREFIX,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# The reverse proxies whose X-Forwarded-For is believed (addresses or CIDR networks, comma
# separated; none by default: the header is then ignored). common/ratelimit.py, docs/deploy.md.
TREMPLIN_TRUSTED_PROXIES = [
    item.strip()
    for item in os.environ.get("TREMPLIN_TRUSTED_PROXIES", "").split(",")
    if item.strip()
]

# Login lockouts (django-axes, for the site's login and the Wagtail admin's, which both go
# through Django's authenticate()): after AXES_FAILURE_LIMIT wrong passwords for one account,
# or from one client address, further attempts are refused (429, Retry-After) until
# AXES_COOLOFF_TIME has passed since the last failure. Refused attempts do not extend the wait,
# so that nobody can keep someone else's account locked. Attempts live in the database (one
# truth for every process); successful logins are not logged.
AXES_FAILURE_LIMIT = int(os.environ.get("TREMPLIN_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("TREMPLIN_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "common.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.views.login_locked_out"
AXES_VERBOSE = False

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp; docs/deploy.md, "Content-Security-Policy"). The site's own
# pages load scripts, styles, images and fonts from this origin only: no inline script or style
# (templates use none; SVG charts use presentation attributes), no frame (an external video is a
# link, courses/blocks.py: VideoBlock), no plugin, forms posted here only. The Wagtail admin
# (TREMPLIN_CSP_ADMIN_PREFIX) gets the looser policy it needs: common/csp.py.
# TREMPLIN_CSP_REPORT_ONLY=1 sends the same policy as Content-Security-Policy-Report-Only (the
# browser reports and blocks nothing), to try a change in production first;
# TREMPLIN_CSP_REPORT_URI names where browsers send their reports.
_CSP_DIRECTIVES = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "manifest-src": ["'self'"],
    "frame-src": ["'none'"],
    "worker-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
if os.environ.get("TREMPLIN_CSP_REPORT_URI"):
    _CSP_DIRECTIVES["report-uri"] = [os.environ["TREMPLIN_CSP_REPORT_URI"]]
TREMPLIN_CSP_REPORT_ONLY = os.environ.get("TREMPLIN_CSP_REPORT_ONLY", "0") == "1"
if TREMPLIN_CSP_REPORT_ONLY:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": _CSP_DIRECTIVES}
# The Wagtail admin's policy: its pages carry inline scripts and styles (Wagtail 8 is not free
# of them yet), show uploads as blob: and data: images, and frame the page previews
# (same origin). Scripts still come from this origin only.
TREMPLIN_CSP_ADMIN_PREFIX = "/admin/"
TREMPLIN_CSP_ADMIN_DIRECTIVES = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Permissions-Policy (django-permissions-policy): no page of the site uses these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Certificates: the Ed25519 signing key (PEM) from the environment, or else from a file that
# `manage.py certificates_keygen` writes. Public keys are published at /certificates/keys.json.
TREMPLIN_CERTIFICATES_SIGNING_KEY = os.environ.get("TREMPLIN_CERTIFICATES_SIGNING_KEY", "")
TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = os.environ.get(
    "TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE", str(BASE_DIR / "var" / "certificates-signing-key.pem")
)
TREMPLIN_CERTIFICATES_BASE_URL = os.environ.get("TREMPLIN_CERTIFICATES_BASE_URL", "")
