"""Content and learner factories, built through the courses services like an editor would."""

import itertools

import factory

from accounts.services import user_create
from courses import services
from courses.models import (
    CatalogueIndexPage,
    CoursePage,
    LearningPathPage,
    LessonPage,
    ModulePage,
    QuizPage,
)

_counter = itertools.count(1)


class UserFactory(factory.Factory):
    class Meta:
        model = dict

    username = factory.Sequence(lambda n: f"learner{n}")

    @classmethod
    def _create(cls, model_class, username):
        return user_create(
            username=username,
            email=f"{username}@example.org",
            password="un-mot-de-passe-solide-42",
        )


def lesson_body(title="Texte"):
    return [
        ("heading", title),
        ("rich_text", "<p>Le numérique repose sur des objets bien réels.</p>"),
        (
            "callout",
            {
                "kind": "key_figure",
                "title": "La fabrication pèse le plus lourd",
                "text": "Environ 78 % de l'empreinte carbone.",
                "source": "ADEME et Arcep, 2022",
                "source_url": "https://www.arcep.fr/",
            },
        ),
    ]


def question(kind="single", text="Quelle étape pèse le plus ?", choices=None):
    choices = choices or [
        {"text": "La fabrication", "correct": True, "feedback": "Oui : environ 78 %."},
        {"text": "L'utilisation", "correct": False, "feedback": "Non, c'est moins."},
    ]
    return (
        "question",
        {"kind": kind, "text": text, "explanation": "Voir l'ACV.", "choices": choices},
    )


def quiz_questions():
    return [
        question(),
        question(
            kind="multiple",
            text="Quels leviers allongent la durée de vie ?",
            choices=[
                {"text": "La réparation", "correct": True, "feedback": "Oui."},
                {"text": "Le réemploi", "correct": True, "feedback": "Oui."},
                {
                    "text": "Le renouvellement tous les deux ans",
                    "correct": False,
                    "feedback": "Non.",
                },
            ],
        ),
        question(
            kind="true_false",
            text="Le cloud n'a aucun impact matériel.",
            choices=[
                {
                    "text": "Vrai",
                    "correct": False,
                    "feedback": "Il repose sur des centres de données.",
                },
                {"text": "Faux", "correct": True, "feedback": "Exact."},
            ],
        ),
        question(
            text="Qui publie le RGESN ?",
            choices=[
                {"text": "L'Arcep et l'ADEME avec la DINUM", "correct": True, "feedback": ""},
                {"text": "L'INSEE", "correct": False, "feedback": ""},
            ],
        ),
    ]


def catalogue_create(home):
    return services.page_ensure(
        parent=home, page_class=CatalogueIndexPage, slug="catalogue", fields={"title": "Catalogue"}
    )


def course_create(
    catalogue,
    *,
    lessons=3,
    modules=1,
    quiz=True,
    slug=None,
    title=None,
    max_attempts=3,
    pass_mark=70,
    **fields,
):
    """A published course: `lessons` lessons spread over `modules` modules, then a quiz."""
    number = next(_counter)
    slug = slug or f"cours-{number}"
    course = services.page_ensure(
        parent=catalogue,
        page_class=CoursePage,
        slug=slug,
        fields={
            "title": title or f"Cours {number}",
            "summary": "Un cours pour comprendre.",
            "theme": fields.pop("theme", "impacts"),
            "objectives": "Comprendre\nAgir",
            "estimated_minutes": fields.pop("estimated_minutes", 60),
            **fields,
        },
    )
    module_pages = [
        services.page_ensure(
            parent=course,
            page_class=ModulePage,
            slug=f"module-{m}",
            fields={"title": f"Module {m}", "intro": "Une introduction."},
        )
        for m in range(1, modules + 1)
    ]
    for index in range(lessons):
        services.page_ensure(
            parent=module_pages[index % modules],
            page_class=LessonPage,
            slug=f"lecon-{index + 1}",
            fields={"title": f"Leçon {index + 1}", "body": lesson_body(), "estimated_minutes": 5},
        )
    if quiz:
        services.page_ensure(
            parent=module_pages[-1],
            page_class=QuizPage,
            slug="quiz",
            fields={
                "title": "Quiz final",
                "questions": quiz_questions(),
                "pass_mark": pass_mark,
                "max_attempts": max_attempts,
            },
        )
    return course


def path_create(catalogue, courses, slug="parcours", title="Parcours référent·e"):
    path = services.page_ensure(
        parent=catalogue,
        page_class=LearningPathPage,
        slug=slug,
        fields={"title": title, "summary": "Un parcours.", "outcome": "Vous saurez agir."},
    )
    return services.path_courses_set(path=path, courses=courses)


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


def quiz_of(course):
    return QuizPage.objects.descendant_of(course).live().get()


def right_answers(quiz):
    return {q["id"]: [c["id"] for c in q["choices"] if c["correct"]] for q in quiz.question_list()}


def wrong_answers(quiz):
    return {
        q["id"]: [next(c["id"] for c in q["choices"] if not c["correct"])]
        for q in quiz.question_list()
    }
