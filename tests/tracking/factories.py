"""Descriptions of content for the tracking tests, as the courses app would give them."""

import uuid

from tracking import api as tracking

PATH_KEY = uuid.UUID("0b6f5c1e-7d1a-4a55-9b6e-0f0f0f0f0001")
COURSE_KEY = uuid.UUID("0b6f5c1e-7d1a-4a55-9b6e-0f0f0f0f0002")
MODULE_KEY = uuid.UUID("0b6f5c1e-7d1a-4a55-9b6e-0f0f0f0f0003")
LESSON_KEY = uuid.UUID("0b6f5c1e-7d1a-4a55-9b6e-0f0f0f0f0004")
QUIZ_KEY = uuid.UUID("0b6f5c1e-7d1a-4a55-9b6e-0f0f0f0f0005")
QUESTION_KEY = uuid.UUID("0b6f5c1e-7d1a-4a55-9b6e-0f0f0f0f0006")

path = tracking.Activity(
    type="path", key=PATH_KEY, names={"fr": "Parcours sobriété", "en": "Sobriety path"}
)
course = tracking.Activity(
    type="course", key=COURSE_KEY, names={"fr": "Écoconception", "en": "Ecodesign"}
)
module = tracking.Activity(type="module", key=MODULE_KEY, names={"fr": "Bases", "en": "Basics"})
lesson = tracking.Activity(
    type="lesson",
    key=LESSON_KEY,
    names={"fr": "Le poids d'une page", "en": "The weight of a page"},
)
quiz = tracking.Activity(type="assessment", key=QUIZ_KEY, names={"fr": "Quiz", "en": "Quiz"})
question = tracking.Activity(
    type="question",
    key=QUESTION_KEY,
    names={"fr": "Quelle image est la plus légère ?", "en": "Which image is lightest?"},
    interaction=tracking.Interaction(
        choices=(
            tracking.Choice("a", {"fr": "WebP", "en": "WebP"}),
            tracking.Choice("b", {"fr": "PNG", "en": "PNG"}),
        ),
        correct=("a",),
    ),
)


def lesson_context(registration=None, language="fr"):
    return tracking.Context(
        registration=registration or uuid.uuid4(),
        parents=(module,),
        grouping=(course, path),
        language=language,
    )


def record(user, *, n=1, verb=tracking.Verb.COMPLETED, activity=lesson, **kwargs):
    kwargs.setdefault("context", lesson_context())
    return [
        tracking.statement_record(user=user, verb=verb, activity=activity, **kwargs)
        for _ in range(n)
    ]
