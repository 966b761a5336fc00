"""Demo launchpad: the packs of config/demo/content/launchpad/ (docs/content.md), their steps and
template documents in French then English, built through the launchpad services. Idempotent:
pages are found by slug and updated in place, tasks by their keys, documents by their titles;
the steps follow the order of pack.toml."""

from django.db import transaction

from competencies.models import Competency, Framework
from courses.models import CoursePage, LessonPage
from launchpad import services
from launchpad.models import LaunchStepPage

from .competencies import FRAMEWORK_IDENTIFIER
from .content import demo_content
from .courses import SOURCE, TRANSLATIONS, _links_resolve


def _step_fields(step, language):
    page = step["pages"][language]
    return {
        "title": page["title"],
        "goals": "\n".join(step["goals"][language]),
        "estimated_minutes": step["minutes"],
        "body": [
            (kind, _links_resolve(value, language) if kind == "rich_text" else value)
            for kind, value in page["body"]
        ],
    }


def _tasks(step, language):
    return [
        {
            "key": task["key"],
            "label": task["label"][language],
            "help_text": task.get("help", {}).get(language, ""),
        }
        for task in step["tasks"]
    ]


def _links(step, language):
    """The step's lessons then courses, in that language (those not built are left out)."""
    lessons = {
        page.slug: page
        for page in LessonPage.objects.filter(
            slug__in=step.get("lessons", []), locale__language_code=language
        )
    }
    courses = {
        page.slug: page
        for page in CoursePage.objects.filter(
            slug__in=step.get("courses", []), locale__language_code=language
        )
    }
    return [lessons[slug] for slug in step.get("lessons", []) if slug in lessons] + [
        courses[slug] for slug in step.get("courses", []) if slug in courses
    ]


def _competencies(step, content):
    framework = Framework.objects.filter(
        identifier=FRAMEWORK_IDENTIFIER.format(slug=content.framework.get("slug"))
    ).first()
    if framework is None:
        return []
    items = {item.code: item for item in Competency.objects.filter(framework=framework)}
    levels = {level.code: level for level in framework.levels.all()}
    return [
        (items[row["competency"]], levels[row["level"]])
        for row in step.get("competencies", [])
        if row["competency"] in items and row["level"] in levels
    ]


def _documents(pack, content):
    """{template slug: {language: Document}}, one document per template and language."""
    documents = {}
    for template in pack.get("templates", []):
        for language in (SOURCE, *TRANSLATIONS):
            documents.setdefault(template["slug"], {})[language] = (
                services.template_document_ensure(
                    title=template["title"][language],
                    path=content.templates_folder / template["file"][language],
                )
            )
    return documents


def _templates(step, pack, documents, language):
    by_slug = {template["slug"]: template for template in pack.get("templates", [])}
    return [
        {
            "document": documents[slug][language],
            "label": by_slug[slug]["title"][language],
            "description": by_slug[slug].get("description", {}).get(language, ""),
        }
        for slug in step.get("templates", [])
    ]


def _order(pack_page, slugs):
    """Move the steps into the order of pack.toml (a new step is added last)."""
    current = list(
        LaunchStepPage.objects.child_of(pack_page).order_by("path").values_list("slug", flat=True)
    )
    if [slug for slug in current if slug in slugs] == slugs:
        return
    for slug in slugs:
        LaunchStepPage.objects.child_of(pack_page).get(slug=slug).move(pack_page, pos="last-child")


@transaction.atomic
def load_launchpad(*, home, content=None, log=print):
    """Build (or update) every pack of the content under `home`, in French and English, with
    its steps and template documents. Needs the curriculum and the framework first (steps link
    to lessons and courses and map to competencies). Returns the first pack's French page."""
    content = content or demo_content()
    first = None
    for pack in content.packs:
        documents = _documents(pack, content)
        pack_fields = {
            language: {
                "title": pack["title"][language],
                "hero": pack["hero"][language],
                "intro": _links_resolve(pack["intro"][language], language),
            }
            for language in (SOURCE, *TRANSLATIONS)
        }
        pack_page = services.pack_ensure(parent=home, slug=pack["slug"], fields=pack_fields[SOURCE])
        translated = {
            language: services.page_translation_ensure(
                page=pack_page, language_code=language, fields=pack_fields[language]
            )
            for language in TRANSLATIONS
        }
        for step in pack["steps"]:
            competencies = _competencies(step, content)
            step_page = services.step_ensure(
                pack=pack_page,
                slug=step["slug"],
                fields=_step_fields(step, SOURCE),
                tasks=_tasks(step, SOURCE),
                templates=_templates(step, pack, documents, SOURCE),
                links=_links(step, SOURCE),
                competencies=competencies,
            )
            for language in TRANSLATIONS:
                services.page_translation_ensure(
                    page=step_page,
                    language_code=language,
                    fields=_step_fields(step, language),
                    tasks=_tasks(step, language),
                    templates=_templates(step, pack, documents, language),
                    links=_links(step, language),
                    competencies=competencies,
                )
        slugs = [step["slug"] for step in pack["steps"]]
        _order(pack_page, slugs)
        for page in translated.values():
            _order(page, slugs)
        log(f"Launchpad pack: {pack_page.title} ({len(slugs)} steps, French and English)")
        first = first or pack_page
    return first
