from .learning import Enrolment, LessonCompletion, QuizAttempt
from .pages import (
    Audience,
    CatalogueIndexPage,
    CoursePage,
    DurationRange,
    LearningPathPage,
    LessonPage,
    Level,
    ModulePage,
    PathCourse,
    QuizPage,
    Theme,
    quiz_grade,
)

__all__ = [
    "Audience",
    "CatalogueIndexPage",
    "CoursePage",
    "DurationRange",
    "Enrolment",
    "LearningPathPage",
    "LessonCompletion",
    "LessonPage",
    "Level",
    "ModulePage",
    "PathCourse",
    "QuizAttempt",
    "QuizPage",
    "Theme",
    "quiz_grade",
]
