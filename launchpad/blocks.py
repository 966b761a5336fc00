"""The diagnostic's blocks: an editor writes the questions of a pack's needs diagnostic, and on
each option its effects, as data (docs/launchpad.md, "Diagnostic and plan")."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .choices import NeedCategory, QuestionKind


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("réponse"), max_length=255)
    priority_steps = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="launchpad.LaunchStepPage"),
        label=_("étapes rendues prioritaires"),
        default=[],
    )
    skipped_steps = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="launchpad.LaunchStepPage"),
        label=_("étapes « non concerné »"),
        default=[],
    )
    content = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=["courses.CoursePage", "courses.LessonPage"]),
        label=_("cours et leçons recommandés"),
        default=[],
    )
    templates = blocks.ListBlock(DocumentChooserBlock(), label=_("modèles recommandés"), default=[])
    needs = blocks.MultipleChoiceBlock(
        choices=NeedCategory.choices, required=False, label=_("besoins enregistrés")
    )

    class Meta:
        icon = "radio-full"
        label = _("réponse possible")


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("question"), max_length=255)
    help = blocks.TextBlock(label=_("aide"), required=False)
    kind = blocks.ChoiceBlock(
        choices=QuestionKind.choices, default=QuestionKind.SINGLE, label=_("type")
    )
    options = blocks.ListBlock(OptionBlock(), label=_("réponses possibles"), min_num=2)

    class Meta:
        icon = "help"
        label = _("question")


class DiagnosticBlock(blocks.StreamBlock):
    question = QuestionBlock()
