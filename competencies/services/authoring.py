"""Job profiles and the glossary, written by the demo loader (the admin edits them as snippets)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import LANGUAGES, GlossaryTerm, JobProfile, JobProfileRequirement
from .texts import texts_set


@transaction.atomic
def job_profile_save(*, slug, title, summary=None, employers=None, requirements=()):
    """Create or update a job profile by slug. `requirements`: (competency, level) pairs, in
    order; they replace the current ones."""
    profile = JobProfile.objects.filter(slug=slug).first() or JobProfile(slug=slug)
    texts_set(profile, "title", title)
    texts_set(profile, "summary", summary or {})
    texts_set(profile, "employers", employers or {})
    profile.full_clean()
    profile.save()
    JobProfileRequirement.objects.filter(job_profile=profile).delete()
    for position, (competency, level) in enumerate(requirements):
        requirement = JobProfileRequirement(
            job_profile=profile, competency=competency, level=level, sort_order=position
        )
        requirement.full_clean(exclude=["job_profile"])
        requirement.save()
    return profile


@transaction.atomic
def glossary_term_save(
    *,
    slug,
    term,
    definition,
    synonyms=None,
    source=None,
    competencies=(),
    ess_meaning=None,
    digital_meaning=None,
):
    """Create or update a glossary term by slug. Texts are {language: text}; `synonyms`:
    {language: [words]}; `ess_meaning` and `digital_meaning`: what the word means in the ESS
    and among mainstream digital actors, where they differ."""
    entry = GlossaryTerm.objects.filter(slug=slug).first() or GlossaryTerm(slug=slug)
    texts_set(entry, "term", term)
    texts_set(entry, "definition", definition)
    texts_set(entry, "source", source or {})
    texts_set(entry, "ess_meaning", ess_meaning or {})
    texts_set(entry, "digital_meaning", digital_meaning or {})
    for language, words in (synonyms or {}).items():
        if language in LANGUAGES:
            setattr(entry, f"synonyms_{language}", "\n".join(words))
    entry.full_clean()
    entry.save()
    entry.related_competencies.set(competencies)
    entry.save()
    return entry


@transaction.atomic
def glossary_terms_relate(*, term, related_slugs):
    """Set a term's related terms from their slugs (unknown slugs are an error)."""
    related = list(GlossaryTerm.objects.filter(slug__in=related_slugs))
    missing = set(related_slugs) - {entry.slug for entry in related}
    if missing:
        raise ValidationError(
            _("Termes liés inconnus : %(slugs)s.") % {"slugs": ", ".join(sorted(missing))}
        )
    term.related_terms.set(related)
    term.save()
    return term
