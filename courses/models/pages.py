"""The content pages trainers author in Wagtail: catalogue, paths, courses, modules, lessons and
quizzes. Their get_context() stays thin and calls a selector."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, LessonBodyBlock, QuizQuestionsBlock


class Theme(models.TextChoices):
    IMPACTS = "impacts", _("Impacts du numérique")
    REUSE = "reuse", _("Réemploi et réparation")
    ECODESIGN = "ecodesign", _("Écoconception")
    ACCESSIBILITY = "accessibility", _("Accessibilité et inclusion")
    FREE_TOOLS = "free-tools", _("Outils libres et éthiques")


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Débutant")
    INTERMEDIATE = "intermediate", _("Intermédiaire")
    ADVANCED = "advanced", _("Avancé")


class Audience(models.TextChoices):
    ESS_STAFF = "ess-staff", _("Salarié·es, bénévoles et dirigeant·es de l'ESS")
    PROJECT_HOLDERS = "project-holders", _("Porteur·ses de projet de l'ESS")
    CAREER_CHANGERS = "career-changers", _("Personnes en reconversion")
    SUPPORT = "support", _("Formateur·rices et structures d'accompagnement")


class DurationRange(models.TextChoices):
    """Catalogue filter buckets, in minutes: [low, high)."""

    SHORT = "short", _("Moins d'une heure")
    MEDIUM = "medium", _("D'une à trois heures")
    LONG = "long", _("Plus de trois heures")

    @property
    def bounds(self):
        return {"short": (0, 60), "medium": (60, 180), "long": (180, None)}[self.value]


class CatalogueEntryPage(Page):
    """What paths and courses share: how the catalogue describes and filters them."""

    summary = models.TextField(_("résumé"), help_text=_("Une à trois phrases."))
    level = models.CharField(_("niveau"), max_length=20, choices=Level, default=Level.BEGINNER)
    audience = models.CharField(
        _("public"), max_length=30, choices=Audience, default=Audience.ESS_STAFF
    )
    audience_details = models.TextField(_("public visé, en détail"), blank=True)
    certifying = models.BooleanField(
        _("certifiant"),
        default=False,
        help_text=_("Cochez si le suivi complet donne droit à un certificat."),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    catalogue_panels = [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldPanel("audience"),
                FieldPanel("audience_details"),
                FieldPanel("certifying"),
            ],
            heading=_("Catalogue"),
        ),
    ]

    class Meta:
        abstract = True


class CatalogueIndexPage(Page):
    """Lists the published paths and courses, filtered through GET parameters."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["courses.LearningPathPage", "courses.CoursePage"]
    template = "courses/catalogue_index_page.html"
    paginate_by = 12

    class Meta:
        verbose_name = _("catalogue")
        verbose_name_plural = _("catalogues")

    def get_context(self, request, *args, **kwargs):
        from ..forms import CatalogueFilterForm
        from ..selectors import catalogue_entry_list

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None, default_language=self.locale.language_code)
        context["filter_form"] = form
        context["entries"] = catalogue_entry_list(
            catalogue=self,
            filters=form.filters(),
            page_number=request.GET.get("page"),
            per_page=self.paginate_by,
            request=request,
        )
        context["query_string"] = form.query_string()
        return context


class LearningPathPage(CatalogueEntryPage):
    intro = RichTextField(_("présentation"), blank=True, features=RICH_TEXT_FEATURES)
    outcome = models.TextField(_("à l'issue du parcours"), blank=True)
    job_profile = models.ForeignKey(
        "competencies.JobProfile",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("métier visé"),
        help_text=_("Le profil de compétences de l'apprenant·e est comparé à ce métier."),
    )

    content_panels = [
        *Page.content_panels,
        *CatalogueEntryPage.catalogue_panels,
        FieldPanel("intro"),
        FieldPanel("outcome"),
        FieldPanel("job_profile"),
        InlinePanel("path_courses", label=_("Cours du parcours"), min_num=1),
    ]
    parent_page_types = ["courses.CatalogueIndexPage"]
    subpage_types = []
    template = "courses/learning_path_page.html"

    class Meta:
        verbose_name = _("parcours")
        verbose_name_plural = _("parcours")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import path_detail_get

        context = super().get_context(request, *args, **kwargs)
        context.update(path_detail_get(path=self, request=request))
        return context


class PathCourse(Orderable):
    page = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="path_courses")
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("cours"),
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("cours du parcours")
        verbose_name_plural = _("cours du parcours")
        constraints = [
            models.UniqueConstraint(fields=["page", "course"], name="courses_pathcourse_unique")
        ]

    def __str__(self):
        return f"{self.page_id} → {self.course_id}"


class CoursePage(CatalogueEntryPage):
    theme = models.CharField(_("thème"), max_length=20, choices=Theme)
    objectives = models.TextField(_("objectifs"), blank=True, help_text=_("Un objectif par ligne."))
    prerequisites = ParentalManyToManyField(
        "self", symmetrical=False, blank=True, related_name="+", verbose_name=_("prérequis")
    )
    estimated_minutes = models.PositiveIntegerField(
        _("durée estimée (minutes)"), default=60, validators=[MinValueValidator(1)]
    )
    licence = models.CharField(_("licence du contenu"), max_length=100, default="CC BY-SA 4.0")
    authors = models.CharField(_("auteur·rices"), max_length=255, blank=True)

    content_panels = [
        *Page.content_panels,
        *CatalogueEntryPage.catalogue_panels,
        FieldPanel("theme"),
        FieldPanel("objectives"),
        FieldPanel("prerequisites"),
        FieldPanel("estimated_minutes"),
        FieldPanel("licence"),
        FieldPanel("authors"),
        InlinePanel(
            "competency_mappings",
            heading=_("Compétences développées"),
            label=_("compétence"),
            help_text=_("Terminer tout le cours rend ces niveaux acquis."),
        ),
    ]
    parent_page_types = ["courses.CatalogueIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("cours")
        verbose_name_plural = _("cours")

    @property
    def objective_list(self):
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_detail_get

        context = super().get_context(request, *args, **kwargs)
        context.update(course_detail_get(course=self, request=request))
        return context


class ModulePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import item_context_get

        context = super().get_context(request, *args, **kwargs)
        context.update(item_context_get(page=self, request=request))
        return context


class LessonPage(Page):
    body = StreamField(LessonBodyBlock(), verbose_name=_("contenu"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("durée estimée (minutes)"), default=10, validators=[MinValueValidator(1)]
    )
    required = models.BooleanField(
        _("obligatoire pour terminer le cours"),
        default=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
        FieldPanel("estimated_minutes"),
        FieldPanel("required"),
        InlinePanel(
            "competency_mappings",
            heading=_("Compétences développées"),
            label=_("compétence"),
            help_text=_("Terminer la leçon atteste ces niveaux."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "courses/lesson_page.html"

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.method == "GET" and not getattr(request, "is_preview", False):
            from ..services import lesson_view_record

            context = getattr(response, "context_data", None) or {}
            lesson_view_record(
                user=request.user,
                lesson=self,
                course=context.get("course"),
                enrolment=context.get("enrolment"),
            )
        return response

    class Meta:
        verbose_name = _("leçon")
        verbose_name_plural = _("leçons")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import item_context_get

        context = super().get_context(request, *args, **kwargs)
        context.update(item_context_get(page=self, request=request))
        return context


class QuizPage(Page):
    intro = models.TextField(_("consigne"), blank=True)
    questions = StreamField(QuizQuestionsBlock(), verbose_name=_("questions"))
    pass_mark = models.PositiveSmallIntegerField(
        _("seuil de réussite (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("nombre maximal de tentatives"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Laissez vide pour un nombre illimité."),
    )
    shuffle = models.BooleanField(_("mélanger les questions et les réponses"), default=False)
    explanation = RichTextField(
        _("explication après soumission"), blank=True, features=RICH_TEXT_FEATURES
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("shuffle")],
            heading=_("Règles"),
        ),
        FieldPanel("explanation"),
        InlinePanel(
            "competency_mappings",
            heading=_("Compétences développées ou évaluées"),
            label=_("compétence"),
            help_text=_(
                "Réussir le quiz atteste les niveaux qu'il développe et rend acquis ceux qu'il "
                "évalue."
            ),
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "courses/quiz_page.html"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quiz")

    def question_list(self):
        """The questions as plain data; ids are the StreamField's stable block ids, shared by
        the page's translations."""
        return [
            {
                "id": str(block.id),
                "kind": block.value["kind"],
                "text": block.value["text"],
                "explanation": block.value["explanation"],
                "choices": [
                    {
                        "id": str(choice.id),
                        "text": choice.value["text"],
                        "correct": bool(choice.value["correct"]),
                        "feedback": choice.value["feedback"],
                    }
                    for choice in block.value["choices"].bound_blocks
                ],
            }
            for block in self.questions
        ]

    def get_context(self, request, *args, **kwargs):
        from ..selectors import item_context_get, quiz_form_context_get

        context = super().get_context(request, *args, **kwargs)
        context.update(item_context_get(page=self, request=request))
        context.update(quiz_form_context_get(quiz=self, user=request.user))
        return context


def quiz_grade(*, questions, answers):
    """Grade `answers` ({question id: [choice ids]}) against `questions` (QuizPage.question_list).

    A question is right when the chosen set equals the set of correct choices. Returns the
    score in percent (rounded) and, per question, what was chosen and whether it was right.
    """
    results = []
    for question in questions:
        chosen = set(answers.get(question["id"], ()))
        correct = {choice["id"] for choice in question["choices"] if choice["correct"]}
        results.append(
            {
                **question,
                "chosen": chosen,
                "is_correct": chosen == correct,
                "choices": [
                    {**choice, "chosen": choice["id"] in chosen} for choice in question["choices"]
                ],
            }
        )
    right = sum(1 for result in results if result["is_correct"])
    score = round(100 * right / len(results)) if results else 0
    return score, results
