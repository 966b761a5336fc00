"""Reads of the competencies app that take more than one line."""

from collections import OrderedDict

from django.db.models import Prefetch

from .models import Competency, Framework, GlossaryTerm, JobProfile, active_language


def framework_list():
    return Framework.objects.order_by("name_fr")


def framework_get(*, identifier):
    """A framework by its identifier (URI or Moodle Id number), or its CASE uuid."""
    framework = Framework.objects.filter(identifier=identifier).first()
    if framework is None:
        try:
            framework = Framework.objects.filter(case_uuid=identifier).first()
        except Exception:  # noqa: BLE001 - not a UUID: there is no such framework
            framework = None
    if framework is None:
        raise Framework.DoesNotExist(identifier)
    return framework


def competency_tree(*, framework):
    """The framework's items as nested (item, children) pairs, in order, in one query."""
    items = list(Competency.objects.filter(framework=framework).order_by("sort_order", "pk"))
    children = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)

    def build(parent_id):
        return [(item, build(item.pk)) for item in children.get(parent_id, [])]

    return build(None)


def job_profile_list():
    return JobProfile.objects.prefetch_related(
        "requirements__competency", "requirements__level"
    ).order_by("title_fr")


def glossary_index(*, language=None):
    """Terms grouped by initial letter in the active language: [(letter, [terms])], sorted.

    Three queries whatever the number of terms."""
    language = language or active_language()
    terms = list(
        GlossaryTerm.objects.prefetch_related(
            Prefetch("related_terms", queryset=GlossaryTerm.objects.order_by("term_fr")),
            "related_competencies",
        )
    )
    terms.sort(key=lambda term: _sort_key(term.localized("term", language)))
    groups = OrderedDict()
    for term in terms:
        groups.setdefault(term.letter, []).append(term)
    return list(groups.items())


def _sort_key(text):
    import unicodedata

    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )
    return stripped.casefold()


def glossary_term_get(*, slug):
    return GlossaryTerm.objects.filter(slug=slug).first()
