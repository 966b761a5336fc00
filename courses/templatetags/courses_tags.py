from django import template
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
