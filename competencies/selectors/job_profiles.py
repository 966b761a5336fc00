"""Job profiles ("métiers") as the competency profile page offers and loads them."""

from django.db.models import Prefetch

from ..models import JobProfile, JobProfileRequirement
from .text import sort_key


def job_profile_get(*, pk):
    """A job profile with its requirements (competency, its area, level), or None: two queries.
    The frameworks are not loaded with each requirement (a framework instance costs much more
    than its id, and job_profile_gap reads the scales by framework id)."""
    return (
        JobProfile.objects.filter(pk=pk)
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=JobProfileRequirement.objects.select_related(
                    "competency__parent", "level"
                ).order_by("sort_order", "pk"),
            )
        )
        .first()
    )


def job_profile_choices():
    """(pk, title) of every job profile, in the active language, sorted: one query."""
    profiles = list(JobProfile.objects.only("pk", "title_fr", "title_en"))
    return sorted(
        ((profile.pk, profile.title) for profile in profiles),
        key=lambda choice: sort_key(choice[1]),
    )
