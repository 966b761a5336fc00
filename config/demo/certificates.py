"""Demo certificate rules (the `[certificate]` tables of the content) and the demo learner's
course certificate, through the certificates and courses services. Idempotent."""

from django.db import transaction

from certificates import services as certificates
from competencies.models import Competency, Framework
from courses import services as courses
from courses.models import CoursePage, LearningPathPage, LessonPage, QuizAttempt, QuizPage

from .competencies import FRAMEWORK_IDENTIFIER
from .content import SOURCE_LANGUAGE, demo_content
from .courses import demo_path


def _rule_ensure(page, data, items, levels):
    return certificates.certificate_rule_ensure(
        page=page,
        texts={
            f"{name}_{language}": data[name][language]
            for name in ("title", "description")
            for language in ("fr", "en")
        },
        minimums=[(items[row["competency"]], levels[row["level"]]) for row in data["minimums"]],
        hours=data.get("hours"),
        validity_months=data.get("validity_months"),
    )


@transaction.atomic
def certificate_rules_ensure(*, content=None, log=print):
    """The certificate rule of every course and path whose content has a `[certificate]`
    table, on its French page (a rule covers every language of its page). Needs the framework
    and the curriculum."""
    content = content or demo_content()
    framework = Framework.objects.get(
        identifier=FRAMEWORK_IDENTIFIER.format(slug=content.framework["slug"])
    )
    items = {item.code: item for item in Competency.objects.filter(framework=framework)}
    levels = {level.code: level for level in framework.levels.all()}
    rules = []
    for model, entries in ((CoursePage, content.courses), (LearningPathPage, content.paths)):
        for data in entries:
            if "certificate" not in data:
                continue
            page = model.objects.get(slug=data["slug"], locale__language_code=SOURCE_LANGUAGE)
            rules.append(_rule_ensure(page, data["certificate"], items, levels))
    log(f"Certificate rules: {len(rules)}")
    return rules


def _right_answers(quiz):
    return {
        question["id"]: [choice["id"] for choice in question["choices"] if choice["correct"]]
        for question in quiz.question_list()
    }


@transaction.atomic
def certify_demo_learner(user, *, content=None):
    """The demo learner completes the first course of the demo path (every lesson, its quizzes
    passed once) and holds its certificate, issued by the certificates services and with its
    PDF rendered: an employer can verify it. Returns the certificates issued."""
    path = demo_path(content)
    course = path.path_courses.order_by("sort_order").first().course
    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
        courses.lesson_complete(user=user, lesson=lesson)
    for quiz in QuizPage.objects.live().descendant_of(course).order_by("path"):
        passed = QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key, passed=True)
        if not passed.exists():
            courses.quiz_attempt_submit(user=user, quiz=quiz, answers=_right_answers(quiz))
    issued = certificates.certificates_issue_for_completion(user=user, page=course)
    return [certificates.certificate_pdf_render(certificate=item) for item in issued]
