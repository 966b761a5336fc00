"""Demo curriculum: the catalogue, the path and its five courses in French then English, built
through the courses services (idempotent: pages are found by slug and updated in place)."""

import uuid

from django.db import transaction

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

from .curriculum import accessibility, ecodesign, free_tools, impacts, reuse
from .curriculum.path import PATH

COURSES = [impacts.COURSE, reuse.COURSE, ecodesign.COURSE, accessibility.COURSE, free_tools.COURSE]
SOURCE, TRANSLATIONS = "fr", ("en",)
QUIZ_MINUTES = 10

CATALOGUE = {
    "slug": "catalogue",
    "title": {"fr": "Catalogue des formations", "en": "Course catalogue"},
    "intro": {
        "fr": (
            "<p>Parcours et cours ouverts pour se former au numérique responsable dans "
            "l'économie sociale et solidaire. Tous les contenus sont publiés sous licence "
            "CC BY-SA : vous pouvez les suivre, les réutiliser et les adapter.</p>"
        ),
        "en": (
            "<p>Open paths and courses to learn responsible digital practice in the social and "
            "solidarity economy. All content is published under a CC BY-SA licence: you can "
            "follow it, reuse it and adapt it.</p>"
        ),
    },
}
JOB_PROFILE_SLUG = "referent-numerique-responsable"
# Beyond the course-level COURSE_MAPPING (config/demo/framework_data.py): a few lessons evidence
# a level on their own, and each quiz assesses its course's core competency at "Pratiquer", so
# every kind of evidence shows in the demo profile.
LESSON_MAPPING = {
    "cycle-de-vie-des-equipements": [("A1", "1")],
    "terminaux-reseaux-centres-de-donnees": [("A2", "1")],
    "eau-metaux-dechets": [("A3", "1")],
    "extraction-et-conditions-de-travail": [("A4", "1")],
    "pourquoi-et-comment-faire-durer": [("B2", "1")],
    "pourquoi-ecoconcevoir": [("C1", "1")],
    "handicaps-et-situations": [("D1", "1")],
    "quatre-libertes": [("E1", "1")],
}
QUIZ_MAPPING = {
    "quiz-impacts-du-numerique": [("A1", "2", "assesses"), ("A2", "2", "assesses")],
    "quiz-reemploi-reparation": [("B2", "2", "assesses")],
    "quiz-services-sobres": [("C1", "2", "assesses")],
    "quiz-services-accessibles": [("D1", "2", "assesses")],
    "quiz-outils-libres": [("E1", "2", "assesses"), ("E6", "1", "develops")],
}


def _text(value, language):
    if isinstance(value, dict):
        return value.get(language, "")
    return value or ""


def _block(data, language):
    kind = data["type"]
    if kind == "heading":
        return ("heading", _text(data["text"], language))
    if kind == "rich_text":
        return ("rich_text", _text(data["html"], language))
    if kind == "callout":
        return (
            "callout",
            {
                "kind": data["kind"],
                "title": _text(data["title"], language),
                "text": _text(data["text"], language),
                "source": _text(data.get("source"), language),
                "source_url": data.get("source_url", ""),
            },
        )
    if kind == "quote":
        return (
            "quote",
            {
                "text": _text(data["text"], language),
                "attribution": _text(data.get("attribution"), language),
            },
        )
    if kind == "data_figure":
        return (
            "data_figure",
            {
                "caption": _text(data["caption"], language),
                "unit": _text(data.get("unit"), language),
                "rows": [
                    {"label": _text(row["label"], language), "value": row["value"]}
                    for row in data["rows"]
                ],
                "source": _text(data.get("source"), language),
                "source_url": data.get("source_url", ""),
            },
        )
    if kind == "further":
        return (
            "further",
            {
                "links": [
                    {"title": _text(link["title"], language), "url": link["url"]}
                    for link in data["links"]
                ]
            },
        )
    raise ValueError(f"Unknown block type in the demo curriculum: {kind}")


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
        "authors": course["authors"],
        "estimated_minutes": _course_minutes(course),
    }


def _item_fields(item, language, ids_from=None):
    if item["type"] == "lesson":
        return LessonPage, {
            "title": _text(item["title"], language),
            "body": [_block(block, language) for block in item["body"]],
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


def _path_fields(language):
    return {
        "title": _text(PATH["title"], language),
        "summary": _text(PATH["summary"], language),
        "intro": _text(PATH["intro"], language),
        "audience": Audience.ESS_STAFF,
        "audience_details": _text(PATH["audience"], language),
        "outcome": _text(PATH["outcome"], language),
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
def load_curriculum(*, home, log=print):
    """Build (or update) the catalogue, the demo path and its five courses in French and
    English under `home`. Returns the French path page."""
    catalogue = services.page_ensure(
        parent=home,
        page_class=CatalogueIndexPage,
        slug=CATALOGUE["slug"],
        fields={"title": CATALOGUE["title"][SOURCE], "intro": CATALOGUE["intro"][SOURCE]},
    )
    _translate(
        catalogue,
        lambda language: {
            "title": CATALOGUE["title"][language],
            "intro": CATALOGUE["intro"][language],
        },
        log,
    )
    by_slug = {course["slug"]: course for course in COURSES}
    courses = [_course_ensure(catalogue, by_slug[slug], log) for slug in PATH["courses"]]
    path = services.page_ensure(
        parent=catalogue,
        page_class=LearningPathPage,
        slug=PATH["slug"],
        fields=_path_fields(SOURCE),
    )
    services.path_courses_set(path=path, courses=courses)
    for language in TRANSLATIONS:
        translated = services.page_translation_ensure(
            page=path, language_code=language, fields=_path_fields(language)
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
    log(f"Learning path: {path.title} ({len(courses)} courses, French and English)")
    return path


def _with_translations(page):
    return [page, *(page.get_translations().specific())]


@transaction.atomic
def map_curriculum(*, log=print):
    """Map the demo courses, some lessons and the quizzes to the demo framework and link the
    path to its job profile, in every language (idempotent). Needs load_competencies first; does
    nothing without the framework."""
    from competencies.models import Competency, Framework, JobProfile

    from .competencies import FRAMEWORK_IDENTIFIER
    from .framework_data import COURSE_MAPPING, FRAMEWORK

    framework = Framework.objects.filter(
        identifier=FRAMEWORK_IDENTIFIER.format(slug=FRAMEWORK["slug"])
    ).first()
    path = demo_path()
    if framework is None or path is None:
        log("Competency mapping skipped: load the framework and the curriculum first.")
        return 0
    items = {item.code: item for item in Competency.objects.filter(framework=framework)}
    levels = {level.code: level for level in framework.levels.all()}
    count = 0
    for course in CoursePage.objects.filter(locale=path.locale, slug__in=COURSE_MAPPING):
        mappings = [
            (items[row["competency"]], levels[row["level"]]) for row in COURSE_MAPPING[course.slug]
        ]
        for page in _with_translations(course):
            services.page_competencies_set(page=page, mappings=mappings)
        count += len(mappings)
        for model, table in ((LessonPage, LESSON_MAPPING), (QuizPage, QUIZ_MAPPING)):
            for item in model.objects.descendant_of(course).filter(slug__in=table):
                mappings = [
                    (items[code], levels[level], *rest) for code, level, *rest in table[item.slug]
                ]
                for page in _with_translations(item):
                    services.page_competencies_set(page=page, mappings=mappings)
                count += len(mappings)
    job_profile = JobProfile.objects.filter(slug=JOB_PROFILE_SLUG).first()
    for page in _with_translations(path):
        if page.job_profile_id != getattr(job_profile, "pk", None):
            page.job_profile = job_profile
            page.save_revision().publish()
    log(f"Competency mappings: {count} (path linked to the job profile {JOB_PROFILE_SLUG})")
    return count


def demo_path():
    return LearningPathPage.objects.filter(slug=PATH["slug"], locale__language_code=SOURCE).first()


@transaction.atomic
def enrol_demo_learner(user, *, lessons_done=4):
    """Enrol the demo learner in the path with its first lessons done (idempotent)."""
    path = demo_path()
    enrolment = services.enrolment_create(user=user, page=path)
    first_course = path.path_courses.order_by("sort_order").first().course
    lessons = LessonPage.objects.live().descendant_of(first_course).order_by("path")
    for lesson in lessons[:lessons_done]:
        services.lesson_complete(user=user, lesson=lesson)
    return enrolment
