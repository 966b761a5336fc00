from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration(minutes):
    """45 -> "45 min", 90 -> "1 h 30", 120 -> "2 h"."""
    minutes = int(minutes or 0)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("%(minutes)d min") % {"minutes": rest}
    if not rest:
        return _("%(hours)d h") % {"hours": hours}
    return _("%(hours)d h %(minutes)02d") % {"hours": hours, "minutes": rest}


@register.filter
def entry_kind(page):
    from ..models import LearningPathPage

    return _("Parcours") if isinstance(page, LearningPathPage) else _("Cours")


@register.simple_tag
def done_mark(done):
    """The done / to-do mark of an outline item (a tag, not an include: it runs in loops)."""
    if done:
        return format_html(
            '<span class="mark mark-done"><span aria-hidden="true">✓</span> {}</span>',
            _("terminé"),
        )
    return format_html(
        '<span class="mark"><span class="visually-hidden">{}</span></span>', _("à faire")
    )
