from .competencies import CourseCompetency, LessonCompetency, QuizCompetency
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
    "CourseCompetency",
    "CoursePage",
    "DurationRange",
    "Enrolment",
    "LearningPathPage",
    "LessonCompetency",
    "LessonCompletion",
    "LessonPage",
    "Level",
    "ModulePage",
    "PathCourse",
    "QuizAttempt",
    "QuizCompetency",
    "QuizPage",
    "Theme",
    "quiz_grade",
]
