"""What learners do: enrolments, lesson completions and quiz attempts.

Progress is always computed from these rows (see selectors), never from stored counters.
Rows name their page and also keep its `translation_key`, so the French and English versions of
a course share one enrolment and one progress.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(unenrolled_at__isnull=True)


class Enrolment(models.Model):
    registration = models.UUIDField(
        _("identifiant d'inscription"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Sert de « registration » aux déclarations xAPI."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("apprenant·e"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="enrolments",
        verbose_name=_("cours"),
    )
    path = models.ForeignKey(
        "courses.LearningPathPage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="enrolments",
        verbose_name=_("parcours"),
    )
    content_key = models.UUIDField(
        _("clé de traduction du contenu"),
        editable=False,
        help_text=_("La même pour toutes les langues du cours ou du parcours."),
    )
    path_enrolment = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="course_enrolments",
        verbose_name=_("inscription au parcours d'origine"),
    )
    enrolled_at = models.DateTimeField(_("inscrit·e le"), default=timezone.now)
    unenrolled_at = models.DateTimeField(_("désinscrit·e le"), null=True, blank=True)
    completed_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["-enrolled_at"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(course__isnull=False, path__isnull=True)
                    | Q(course__isnull=True, path__isnull=False)
                ),
                name="courses_enrolment_course_xor_path",
            ),
            models.UniqueConstraint(
                fields=["user", "content_key"],
                condition=Q(unenrolled_at__isnull=True),
                name="courses_enrolment_one_active",
                violation_error_message=_("Vous êtes déjà inscrit·e."),
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_id or self.path_id}"

    @property
    def is_active(self):
        return self.unenrolled_at is None

    @property
    def content(self):
        return self.course or self.path


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("apprenant·e"),
    )
    enrolment = models.ForeignKey(
        Enrolment,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("inscription"),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.CASCADE,
        related_name="completions",
        verbose_name=_("leçon"),
    )
    lesson_key = models.UUIDField(_("clé de traduction de la leçon"), editable=False)
    completed_at = models.DateTimeField(_("terminée le"), default=timezone.now)

    class Meta:
        verbose_name = _("leçon terminée")
        verbose_name_plural = _("leçons terminées")
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="courses_lessoncompletion_unique"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_id}"


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("apprenant·e"),
    )
    enrolment = models.ForeignKey(
        Enrolment,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("inscription"),
    )
    quiz = models.ForeignKey(
        "courses.QuizPage",
        on_delete=models.CASCADE,
        related_name="attempts",
        verbose_name=_("quiz"),
    )
    quiz_key = models.UUIDField(_("clé de traduction du quiz"), editable=False)
    attempt_number = models.PositiveSmallIntegerField(_("tentative n°"))
    answers = models.JSONField(_("réponses"), default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("réussi"))
    submitted_at = models.DateTimeField(_("soumis le"), default=timezone.now)

    class Meta:
        verbose_name = _("tentative de quiz")
        verbose_name_plural = _("tentatives de quiz")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "attempt_number"],
                name="courses_quizattempt_unique_number",
            ),
            models.CheckConstraint(
                condition=Q(score__lte=100), name="courses_quizattempt_score_percent"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz_id} #{self.attempt_number}"
