"""Signals the courses app sends, always from services.py, once, after the transaction commits.

Receivers (tracking, competencies, certificates) get keyword arguments:

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
