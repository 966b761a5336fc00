"""Demo competency framework, job profiles and glossary, built through the services."""

from competencies.models import Competency
from competencies.services import (
    framework_apply,
    framework_spec_from_data,
    glossary_term_save,
    glossary_terms_relate,
    job_profile_save,
)

from .content import demo_content

FRAMEWORK_IDENTIFIER = "urn:tremplin:referentiel:{slug}"


def load_competencies(*, content=None, log=print):
    """Create or update the demo framework, job profiles and glossary. Idempotent."""
    content = content or demo_content()
    data = dict(
        content.framework, identifier=FRAMEWORK_IDENTIFIER.format(slug=content.framework["slug"])
    )
    framework = framework_apply(spec=framework_spec_from_data(data=data)).framework
    items = {item.code: item for item in Competency.objects.filter(framework=framework)}
    levels = {level.code: level for level in framework.levels.all()}
    log(f"Framework: {framework.name_fr} ({len(items)} items, {len(levels)} levels)")
    for job in content.job_profiles:
        job_profile_save(
            slug=job["slug"],
            title=job["title"],
            summary=job.get("summary"),
            employers=job.get("employers"),
            requirements=[
                (items[requirement["competency"]], levels[requirement["level"]])
                for requirement in job.get("requirements", [])
            ],
        )
    log(f"Job profiles: {len(content.job_profiles)}")
    terms = {}
    for entry in content.glossary:
        terms[entry["slug"]] = glossary_term_save(
            slug=entry["slug"],
            term=entry["term"],
            definition=entry["definition"],
            synonyms=entry.get("synonyms"),
            source=entry.get("source"),
            ess_meaning=entry.get("ess"),
            digital_meaning=entry.get("digital"),
            competencies=[items[code] for code in entry.get("competencies", []) if code in items],
        )
    for entry in content.glossary:
        glossary_terms_relate(term=terms[entry["slug"]], related_slugs=entry.get("related", []))
    log(f"Glossary terms: {len(content.glossary)}")
    return {
        "framework": framework,
        "job_profiles": len(content.job_profiles),
        "glossary": len(content.glossary),
    }
