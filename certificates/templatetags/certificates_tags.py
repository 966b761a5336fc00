"""Certificate links for pages of lower apps (the courses dashboard), which cannot import this
app: their templates load this library instead."""

from django import template
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from .. import selectors
from ..models import Status

register = template.Library()


@register.simple_tag
def certificates_held(user):
    """The user's certificates by page, read on first use (one query for the whole page,
    none when nothing asks): `{% certificates_held request.user as held %}`."""
    return SimpleLazyObject(lambda: selectors.certificates_by_page_for_holder(user=user))


@register.simple_tag
def certificate_links(held, page):
    """A link to each certificate `held` (from certificates_held) for this path or course, to
    its entry in "Mes certificats". A tag, not an include: it runs in the dashboard's loops."""
    certificates = held.get(page.translation_key, []) if held and page else []
    if not certificates:
        return ""
    list_url = reverse("certificates:certificate_list")
    return format_html_join(
        "",
        '<p class="dashboard-certificate"><a href="{}#certificate-{}">{}</a></p>',
        ((list_url, certificate.pk, _link_text(certificate)) for certificate in certificates),
    )


def _link_text(certificate):
    text = _("Voir mon certificat « %(title)s »") % {"title": certificate.title()}
    status = certificate.status()
    if status != Status.VALID:
        text = f"{text} ({status.label.lower()})"
    return text
