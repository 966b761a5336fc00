"""Every write of the courses app. Signals are sent from here only, once, after commit.

A learner's own writes (enrolment, completion, quiz attempt) take the learner as `user` and no
`actor`: only the learner makes them, and they are recorded in their rows and xAPI statements.
The page writes take the `actor` whose revisions and publications Wagtail's history shows.

One module per concern; the names below are what views, handlers, pages, commands, the demo
loader and the tests call:

- `enrolment`: enrolment and unenrolment in a course or a path;
- `lessons`: a lesson marked done, a lesson's view recorded once per visit;
- `quiz`: a quiz attempt, checked and scored on the server;
- `completion`: a course's and a path's completion, recorded and announced once;
- `authoring`: pages created, translated and published the way an editor would.
"""

from .authoring import page_competencies_set, page_ensure, page_translation_ensure, path_courses_set
from .enrolment import enrolment_create, enrolment_end
from .errors import EnrolmentError, NotEnrolledError, QuizSubmissionError
from .lessons import lesson_complete, lesson_view_record
from .quiz import quiz_attempt_submit

__all__ = [
    "EnrolmentError",
    "NotEnrolledError",
    "QuizSubmissionError",
    "enrolment_create",
    "enrolment_end",
    "lesson_complete",
    "lesson_view_record",
    "page_competencies_set",
    "page_ensure",
    "page_translation_ensure",
    "path_courses_set",
    "quiz_attempt_submit",
]
