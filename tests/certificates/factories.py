"""Certificate rules and completed learners, built through the services."""

from decimal import Decimal

from certificates.models import CertificateRule
from courses import services as course_services
from tests.courses.factories import lessons_of, quiz_of, right_answers


def rule_create(page, **fields):
    values = {
        "title_fr": "Référent·e numérique responsable",
        "title_en": "Responsible digital lead",
        "description_fr": "Sait mesurer et réduire l'empreinte du numérique d'une structure.",
        "description_en": "Can measure and reduce an organisation's digital footprint.",
        "hours": Decimal("12.5"),
        "validity_months": 24,
        **fields,
    }
    rule = CertificateRule(page=page, **values)
    rule.full_clean()
    rule.save()
    return rule


def course_complete(user, course):
    """Enrol `user` and complete every lesson and the quiz, as the learner would."""
    course_services.enrolment_create(user=user, page=course)
    for lesson in lessons_of(course):
        course_services.lesson_complete(user=user, lesson=lesson)
    quiz = quiz_of(course)
    course_services.quiz_attempt_submit(user=user, quiz=quiz, answers=right_answers(quiz))
