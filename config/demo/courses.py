"""Demo curriculum: the catalogue, the path and its five courses in French then English, built
through the courses services (idempotent: pages are found by slug and updated in place)."""

import re
import uuid

from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from competencies import api as competencies_api
from courses import services
from courses.models import (
    Audience,
    CatalogueIndexPage,
    CoursePage,
    LearningPathPage,
    LessonPage,
    ModulePage,
    QuizPage,
)

from .content import demo_content

SOURCE, TRANSLATIONS = "fr", ("en",)
QUIZ_MINUTES = 10


def _text(value, language):
    if isinstance(value, dict):
        return value.get(language, "")
    return value or ""


def _questions(questions, language, ids_from=None):
    """Quiz questions as raw StreamField data. Block ids are taken from `ids_from` (the page's
    current or French questions) so attempts stay valid across reloads and translations."""
    existing = list(ids_from or [])
    raw = []
    for index, question in enumerate(questions):
        previous = existing[index] if index < len(existing) else None
        previous_choices = previous["value"]["choices"] if previous else []
        raw.append(
            {
                "type": "question",
                "id": (previous.get("id") if previous else None) or str(uuid.uuid4()),
                "value": {
                    "kind": question["kind"],
                    "text": _text(question["text"], language),
                    "explanation": _text(question.get("explanation"), language),
                    "choices": [
                        {
                            "type": "item",
                            "id": (
                                previous_choices[i].get("id") if i < len(previous_choices) else None
                            )
                            or str(uuid.uuid4()),
                            "value": {
                                "text": _text(choice["text"], language),
                                "correct": bool(choice["correct"]),
                                "feedback": _text(choice.get("feedback"), language),
                            },
                        }
                        for i, choice in enumerate(question["choices"])
                    ],
                },
            }
        )
    return raw


def _course_minutes(course):
    return sum(
        item["minutes"] if item["type"] == "lesson" else QUIZ_MINUTES
        for module in course["modules"]
        for item in module["items"]
    )


def _course_fields(course, language):
    return {
        "title": _text(course["title"], language),
        "summary": _text(course["summary"], language),
        "objectives": "\n".join(course["objectives"][language]),
        "theme": course["theme"],
        "level": course["level"],
        "audience": Audience.ESS_STAFF,
        "audience_details": _text(course["audience"], language),
        "licence": course["licence"],
        "authors": _text(course["authors"], language),
        "estimated_minutes": _course_minutes(course),
    }


def _item_fields(item, language, ids_from=None):
    if item["type"] == "lesson":
        page = item["pages"][language]
        return LessonPage, {
            "title": page["title"],
            "body": [
                (kind, _links_resolve(value, language) if kind == "rich_text" else value)
                for kind, value in page["body"]
            ],
            "estimated_minutes": item["minutes"],
            "required": item.get("required", True),
        }
    return QuizPage, {
        "title": _text(item["title"], language),
        "intro": _text(item.get("intro"), language),
        "questions": _questions(item["questions"], language, ids_from=ids_from),
        "pass_mark": item["pass_mark"],
        "max_attempts": item["max_attempts"],
        "shuffle": item.get("shuffle", False),
    }


_LINK = re.compile(r'<a href="(lesson|glossary):([^"]+)">')


def _links_resolve(html, language):
    """Turn the content's `lesson:slug` links into Wagtail page links and `glossary:slug` links
    into the term's URL; a target not built yet stays as it is (see links_resolve)."""

    def replace(match):
        scheme, slug = match.groups()
        if scheme == "lesson":
            page = LessonPage.objects.filter(slug=slug, locale__language_code=language).first()
            return f'<a linktype="page" id="{page.pk}">' if page else match[0]
        with translation.override(language):
            entry = competencies_api.glossary_term_for_slug(slug)
        return f'<a href="{entry.url}">' if entry else match[0]

    return _LINK.sub(replace, html)


@transaction.atomic
def links_resolve(*, content=None, log=print):
    """Second pass for the lessons whose links pointed at pages or glossary terms that did not
    exist yet when they were built (the first load). A later load resolves them in the first
    pass, so this saves nothing then."""
    content = content or demo_content()
    count = 0
    for course in content.courses:
        for module in course["modules"]:
            for item in module["items"]:
                if item["type"] != "lesson":
                    continue
                for page in LessonPage.objects.filter(slug=item["slug"]):
                    if not _LINK.search(str(page.body.raw_data)):
                        continue
                    language = page.locale.language_code
                    fields = _item_fields(item, language)[1]
                    if language == SOURCE:
                        services.page_ensure(
                            parent=page.get_parent(),
                            page_class=LessonPage,
                            slug=page.slug,
                            fields=fields,
                        )
                    else:
                        source = page.get_translation(Locale.objects.get(language_code=SOURCE))
                        services.page_translation_ensure(
                            page=source, language_code=language, fields=fields
                        )
                    count += 1
    if count:
        log(f"Links resolved in {count} lessons")
    return count


def _path_fields(path, language):
    return {
        "title": _text(path["title"], language),
        "summary": _text(path["summary"], language),
        "intro": _text(path["intro"], language),
        "audience": Audience.ESS_STAFF,
        "audience_details": _text(path["audience"], language),
        "outcome": _text(path["outcome"], language),
        "certifying": True,
    }


def _translate(page, fields, log):
    for language in TRANSLATIONS:
        services.page_translation_ensure(
            page=page, language_code=language, fields=dict(fields(language))
        )


def _course_ensure(catalogue, course, log):
    page = services.page_ensure(
        parent=catalogue,
        page_class=CoursePage,
        slug=course["slug"],
        fields=_course_fields(course, SOURCE),
    )
    _translate(page, lambda language: _course_fields(course, language), log)
    for module in course["modules"]:
        module_fields = {
            language: {
                "title": _text(module["title"], language),
                "intro": _text(module.get("intro"), language),
            }
            for language in (SOURCE, *TRANSLATIONS)
        }
        module_page = services.page_ensure(
            parent=page, page_class=ModulePage, slug=module["slug"], fields=module_fields[SOURCE]
        )
        _translate(module_page, module_fields.__getitem__, log)
        for item in module["items"]:
            existing = (
                QuizPage.objects.child_of(module_page).filter(slug=item["slug"]).first()
                if item["type"] == "quiz"
                else None
            )
            ids_from = list(existing.questions.raw_data) if existing else None
            page_class, fields = _item_fields(item, SOURCE, ids_from=ids_from)
            item_page = services.page_ensure(
                parent=module_page, page_class=page_class, slug=item["slug"], fields=fields
            )
            source_ids = list(item_page.questions.raw_data) if item["type"] == "quiz" else None
            _translate(
                item_page,
                lambda language, item=item, ids=source_ids: _item_fields(
                    item, language, ids_from=ids
                )[1],
                log,
            )
    log(f"Course: {page.title}")
    return page


@transaction.atomic
def load_curriculum(*, home, content=None, log=print):
    """Build (or update) the catalogue, the demo paths and their courses in French and English
    under `home` from `content` (config/demo/content by default). Returns the first path's
    French page."""
    content = content or demo_content()
    data = content.site["catalogue"]
    catalogue = services.page_ensure(
        parent=home,
        page_class=CatalogueIndexPage,
        slug=data["slug"],
        fields={"title": data["title"][SOURCE], "intro": data["intro"][SOURCE]},
    )
    _translate(
        catalogue,
        lambda language: {"title": data["title"][language], "intro": data["intro"][language]},
        log,
    )
    built = {}
    first = None
    for path_data in content.paths:
        for slug in path_data["courses"]:
            if slug not in built:
                built[slug] = _course_ensure(catalogue, content.course(slug), log)
        path = _path_ensure(catalogue, path_data, [built[slug] for slug in path_data["courses"]])
        log(
            f"Learning path: {path.title} ({len(path_data['courses'])} courses, French and English)"
        )
        first = first or path
    return first


def _path_ensure(catalogue, data, courses):
    path = services.page_ensure(
        parent=catalogue,
        page_class=LearningPathPage,
        slug=data["slug"],
        fields=_path_fields(data, SOURCE),
    )
    services.path_courses_set(path=path, courses=courses)
    for language in TRANSLATIONS:
        translated = services.page_translation_ensure(
            page=path, language_code=language, fields=_path_fields(data, language)
        )
        services.path_courses_set(
            path=translated,
            courses=[
                CoursePage.objects.get(
                    translation_key=course.translation_key, locale=translated.locale
                )
                for course in courses
            ],
        )
    return path


def _with_translations(page):
    return [page, *(page.get_translations().specific())]


def _mapping(rows, items, levels):
    return [
        (items[row["competency"]], levels[row["level"]], *([row["kind"]] if "kind" in row else []))
        for row in rows
    ]


@transaction.atomic
def map_curriculum(*, content=None, log=print):
    """Map the demo courses, lessons and quizzes to the demo framework as their course.toml
    says and link each path to its job profile, in every language (idempotent). Needs
    load_competencies first; does nothing without the framework."""
    from competencies.models import Competency, Framework, JobProfile

    from .competencies import FRAMEWORK_IDENTIFIER

    content = content or demo_content()
    framework = Framework.objects.filter(
        identifier=FRAMEWORK_IDENTIFIER.format(slug=content.framework["slug"])
    ).first()
    path = demo_path(content)
    if framework is None or path is None:
        log("Competency mapping skipped: load the framework and the curriculum first.")
        return 0
    items = {item.code: item for item in Competency.objects.filter(framework=framework)}
    levels = {level.code: level for level in framework.levels.all()}
    courses = {course["slug"]: course for course in content.courses}
    count = 0
    for course in CoursePage.objects.filter(locale=path.locale, slug__in=courses):
        data = courses[course.slug]
        mappings = _mapping(data.get("competencies", []), items, levels)
        for page in _with_translations(course):
            services.page_competencies_set(page=page, mappings=mappings)
        count += len(mappings)
        table = {
            item["slug"]: item["competencies"]
            for module in data["modules"]
            for item in module["items"]
            if item["competencies"]
        }
        for model in (LessonPage, QuizPage):
            for page_item in model.objects.descendant_of(course).filter(slug__in=table):
                mappings = _mapping(table[page_item.slug], items, levels)
                for page in _with_translations(page_item):
                    services.page_competencies_set(page=page, mappings=mappings)
                count += len(mappings)
    for data in content.paths:
        job_profile = JobProfile.objects.filter(slug=data.get("job_profile")).first()
        path_page = LearningPathPage.objects.filter(
            slug=data["slug"], locale__language_code=SOURCE
        ).first()
        for page in _with_translations(path_page):
            if page.job_profile_id != getattr(job_profile, "pk", None):
                page.job_profile = job_profile
                page.save_revision().publish()
        profile = data.get("job_profile")
        log(f"Competency mappings: {count} (path linked to the job profile {profile})")
    return count


def demo_path(content=None):
    """The French page of the content's first path (the demo's certifying path)."""
    content = content or demo_content()
    return LearningPathPage.objects.filter(
        slug=content.paths[0]["slug"], locale__language_code=SOURCE
    ).first()


@transaction.atomic
def enrol_demo_learner(user, *, content=None, lessons_done=4):
    """Enrol the demo learner in the path with its first lessons done (idempotent)."""
    path = demo_path(content)
    enrolment = services.enrolment_create(user=user, page=path)
    first_course = path.path_courses.order_by("sort_order").first().course
    lessons = LessonPage.objects.live().descendant_of(first_course).order_by("path")
    for lesson in lessons[:lessons_done]:
        services.lesson_complete(user=user, lesson=lesson)
    return enrolment
