"""Writes on a project's specifications (cahiers des charges). Every change leaves a line in
the project's history; a save made from a stale form is refused with what changed, as a step's
is (services/projects.py)."""

from django.db import transaction
from django.utils.translation import gettext as _

from ..choices import NeedCategory
from ..models import ProjectEvent, ProjectNeed, Specification
from .errors import ProjectError, SpecificationConflictError
from .projects import history_add

SPECIFICATION_FIELDS = (
    "title",
    "context",
    "users",
    "needs",
    "needs_details",
    "functions",
    "accessibility",
    "ecodesign",
    "hosting",
    "licence",
    "data",
    "constraints_notes",
    "budget_max",
    "budget_notes",
    "deadline",
    "timeline",
    "acceptance",
)


def _check_fields(fields):
    unknown = set(fields) - set(SPECIFICATION_FIELDS)
    if unknown:
        raise ProjectError(_("Champ inconnu : %(names)s.") % {"names": ", ".join(sorted(unknown))})
    if "needs" in fields:
        needs = fields["needs"]
        if not isinstance(needs, list | tuple | set) or not set(needs) <= set(NeedCategory.values):
            raise ProjectError(_("Ce besoin ne fait pas partie de la liste."), code="unknown_need")
        order = {key: index for index, key in enumerate(NeedCategory.values)}
        fields["needs"] = sorted(set(needs), key=order.__getitem__)


def _json_value(value):
    """A value as the history stores it (dates as ISO text)."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def specification_needs_initial(*, project):
    """The need categories the project's latest diagnostic recorded, in the list's order: what
    a new specification starts from."""
    recorded = set(ProjectNeed.objects.filter(project=project).values_list("category", flat=True))
    return [key for key in NeedCategory.values if key in recorded]


@transaction.atomic
def specification_create(*, actor, project, **fields):
    """A new specification of `project`. `needs` defaults to the diagnostic's needs."""
    _check_fields(fields)
    if "needs" not in fields:
        fields["needs"] = specification_needs_initial(project=project)
    specification = Specification(project=project, created_by=actor, updated_by=actor, **fields)
    specification.full_clean()
    specification.save()
    history_add(
        project,
        actor,
        ProjectEvent.Kind.SPECIFICATION_CREATED,
        step_version=specification.version,
        changes={"title": [None, specification.title]},
        specification=specification,
    )
    return specification


@transaction.atomic
def specification_update(*, actor, specification, version, **fields):
    """Change a specification's fields. `version` is the version the form was read at: if a
    member saved in between, nothing is written and SpecificationConflictError tells what they
    changed."""
    _check_fields(fields)
    row = Specification.objects.select_for_update().get(pk=specification.pk)
    if version != row.version:
        raise SpecificationConflictError(
            _(
                "Un autre membre a enregistré ce cahier des charges pendant que vous le "
                "modifiiez. Voici ce qui a changé ; vos saisies sont gardées ci-dessous."
            ),
            current=row,
            changes=_changes_since(row, version),
        )
    changes = {
        name: [_json_value(getattr(row, name)), _json_value(value)]
        for name, value in fields.items()
        if getattr(row, name) != value
    }
    if not changes:
        return row
    for name in changes:
        setattr(row, name, fields[name])
    row.version += 1
    row.updated_by = actor
    row.full_clean()
    row.save()
    history_add(
        row.project,
        actor,
        ProjectEvent.Kind.SPECIFICATION_EDITED,
        step_version=row.version,
        changes=changes,
        specification=row,
    )
    return row


@transaction.atomic
def specification_delete(*, actor, specification):
    history_add(
        specification.project,
        actor,
        ProjectEvent.Kind.SPECIFICATION_DELETED,
        changes={"title": [specification.title, None]},
    )
    specification.delete()


def _changes_since(row, version):
    """What the saves after `version` changed, folded into {field: [then, now]}."""
    events = ProjectEvent.objects.filter(
        specification=row, kind=ProjectEvent.Kind.SPECIFICATION_EDITED, step_version__gt=version
    ).order_by("step_version")
    folded = {}
    for event in events:
        for name, (before, after) in event.changes.items():
            folded.setdefault(name, [before, after])[1] = after
    return {name: pair for name, pair in folded.items() if pair[0] != pair[1]}
