"""Reads of the courses app, one module per concern. Every function here runs a number of
queries that does not grow with the number of modules, lessons, quizzes or enrolments.

- cache: the versions under which pages cache outlines and each learner's rows (the mechanism
  is common/cache.py), and their expiry (called by handlers.py)
- outline: a course's live, public modules, lessons and quizzes, as cached plain data
- progress: enrolments and what a learner has done in courses and paths
- pages: the contexts of the course, path, module, lesson and quiz pages
- dashboard: "Mon parcours"
- catalogue: the filtered catalogue
- quiz: the questions of an attempt and a past attempt's results
- competencies: "Mon profil de compétences" and the courses that would close a gap

The page models' get_context() and serve() call the `pages`, `catalogue` and `quiz` functions:
the one import from models up to selectors (docs/architecture.md, "Layers inside an app").
"""

from .cache import learner_cache_expire, outline_cache_expire
from .catalogue import catalogue_entry_list, catalogue_page_for_language
from .dashboard import dashboard_get
from .outline import OutlineItem, OutlineModule, OutlinePage, course_outline_map
from .pages import course_detail_get, course_for_page, item_context_get, path_detail_get
from .progress import (
    CourseProgress,
    course_progress_map,
    enrolment_active_get,
    path_courses_map,
    path_progress_get,
    path_progress_summary,
)
from .quiz import answers_revealed, quiz_attempt_get, quiz_form_context_get, quiz_result_get

__all__ = [
    "CourseProgress",
    "OutlineItem",
    "OutlineModule",
    "OutlinePage",
    "catalogue_entry_list",
    "catalogue_page_for_language",
    "course_detail_get",
    "course_for_page",
    "course_outline_map",
    "course_progress_map",
    "dashboard_get",
    "enrolment_active_get",
    "item_context_get",
    "learner_cache_expire",
    "outline_cache_expire",
    "path_courses_map",
    "path_detail_get",
    "path_progress_get",
    "path_progress_summary",
    "answers_revealed",
    "quiz_attempt_get",
    "quiz_form_context_get",
    "quiz_result_get",
]
