"""Signals the courses app sends, always from services.py, once, after the transaction commits.

They are for the apps above courses (certificates listens to course_completed and
path_completed). Tracking and competencies sit below courses and never listen: the services
write the xAPI statements and the competency evidence themselves, inside their transactions
(docs/tracking.md, "Where the statements come from"). Receivers get keyword arguments:

- lesson_completed: user, lesson, enrolment, completion
- quiz_submitted: user, quiz, enrolment, attempt
- course_completed: user, course, enrolment
- path_completed: user, path, enrolment
"""

from django.dispatch import Signal

lesson_completed = Signal()
quiz_submitted = Signal()
course_completed = Signal()
path_completed = Signal()
