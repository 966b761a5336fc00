"""Frameworks as the admin and the export command find them."""

from django.core.exceptions import ValidationError

from ..models import Framework


def framework_list():
    return Framework.objects.order_by("name_fr")


def framework_get(*, identifier):
    """A framework by its identifier (URI or Moodle Id number), or its CASE uuid."""
    framework = Framework.objects.filter(identifier=identifier).first()
    if framework is None:
        try:
            framework = Framework.objects.filter(case_uuid=identifier).first()
        except ValidationError:  # not a UUID: there is no such framework
            framework = None
    if framework is None:
        raise Framework.DoesNotExist(identifier)
    return framework
