"""The site's navigation, in one place.

base.html renders these entries through the `site_navigation` template tag
(config/templatetags/site_tags.py); an app that adds pages to the site adds one `NavEntry` here
instead of editing the template (docs/design.md, "Navigation").

Menus:
- `main`: the primary navigation (header, "Navigation principale");
- `account`: the visitor's account (header, top row on wide screens, "Mon compte");
- `footer`: secondary links in the footer.

Audience: who sees the entry (`everyone`, `anonymous`, `authenticated`, `staff`).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

EVERYONE = "everyone"
ANONYMOUS = "anonymous"
AUTHENTICATED = "authenticated"
STAFF = "staff"


@dataclass(frozen=True)
class NavEntry:
    menu: str
    label: str
    url_name: str = ""
    # A path under the language prefix ("" is the home page) when there is no URL name.
    path: str | None = None
    # A link outside the language prefix (the Wagtail admin).
    href: str = ""
    audience: str = EVERYONE
    # Marked current on every page below its URL too (a section), not only on the URL itself.
    section: bool = False
    # Rendered as a POST form with a button (logging out must not be a link).
    post: bool = False


NAVIGATION = (
    NavEntry("main", _("Accueil"), path=""),
    NavEntry("main", _("Catalogue"), url_name="courses:catalogue"),
    NavEntry("main", _("Lancer mon projet"), url_name="launchpad:pack"),
    NavEntry("main", _("Mon parcours"), url_name="courses:dashboard", audience=AUTHENTICATED),
    NavEntry(
        "main", _("Mes compétences"), url_name="courses:competency_profile", audience=AUTHENTICATED
    ),
    NavEntry(
        "main",
        _("Mes certificats"),
        url_name="certificates:certificate_list",
        audience=AUTHENTICATED,
    ),
    NavEntry(
        "account",
        _("Mon profil"),
        url_name="accounts:profile",
        audience=AUTHENTICATED,
        section=True,
    ),
    NavEntry(
        "account",
        _("Mes projets"),
        url_name="launchpad:project_list",
        audience=AUTHENTICATED,
        section=True,
    ),
    NavEntry("account", _("Administration"), href="/admin/", audience=STAFF),
    NavEntry(
        "account",
        _("Se déconnecter"),
        url_name="accounts:logout",
        audience=AUTHENTICATED,
        post=True,
    ),
    NavEntry("account", _("Se connecter"), url_name="accounts:login", audience=ANONYMOUS),
    NavEntry("account", _("Créer un compte"), url_name="accounts:sign_up", audience=ANONYMOUS),
    NavEntry("footer", _("Financer son projet"), url_name="launchpad:funding_list", section=True),
    NavEntry("footer", _("Lexique responsable"), url_name="competencies:glossary", section=True),
    NavEntry("footer", _("Vérifier un certificat"), path="verify/", section=True),
    NavEntry("footer", _("Rechercher"), url_name="search"),
)


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str
    current: bool
    post: bool


def _visible(entry, user):
    if entry.audience == EVERYONE:
        return True
    authenticated = bool(user and user.is_authenticated)
    if entry.audience == ANONYMOUS:
        return not authenticated
    if entry.audience == AUTHENTICATED:
        return authenticated
    return authenticated and user.is_staff


def _url(entry, language_code):
    if entry.href:
        return entry.href
    if entry.url_name:
        return reverse(entry.url_name)
    return f"/{language_code}/{entry.path}"


def navigation_menus(*, user, path, language_code, entries=NAVIGATION):
    """The links of each menu this visitor may see, the current one marked: {menu: [NavLink]}."""
    menus = {}
    for entry in entries:
        if not _visible(entry, user):
            continue
        url = _url(entry, language_code)
        current = path == url or (entry.section and path.startswith(url))
        menus.setdefault(entry.menu, []).append(
            NavLink(label=entry.label, url=url, current=current, post=entry.post)
        )
    return menus
