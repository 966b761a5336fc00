"""StreamField blocks of lessons and quizzes."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "courses/blocks/heading_block.html"
        preview_value = "Cinq étapes, de la mine à la fin de vie"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[
            ("tip", _("Conseil")),
            ("warning", _("Attention")),
            ("key_figure", _("Chiffre clé")),
        ],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Titre"), max_length=255)
    text = blocks.TextBlock(label=_("Texte"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=255)
    source_url = blocks.URLBlock(label=_("Lien vers la source"), required=False)

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = "courses/blocks/callout_block.html"
        preview_value = {
            "kind": "key_figure",
            "title": "La fabrication pèse le plus lourd",
            "text": "Environ 78 % de l'empreinte carbone du numérique en France.",
            "source": "ADEME et Arcep, 2022",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("kind") == "key_figure" and not value.get("source"):
            raise StructBlockValidationError(
                block_errors={"source": ValidationError(_("Un chiffre clé cite sa source."))}
            )
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Texte alternatif"),
        max_length=255,
        help_text=_("Décrit l'information que porte l'image pour qui ne la voit pas."),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image_block.html"


class DataRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Libellé"), max_length=255)
    value = blocks.FloatBlock(label=_("Valeur"))


class DataFigureBlock(blocks.StructBlock):
    """A small bar chart drawn from data: an accessible table with SVG bars, no script."""

    caption = blocks.CharBlock(label=_("Légende"), max_length=255)
    unit = blocks.CharBlock(label=_("Unité"), max_length=60, required=False)
    rows = blocks.ListBlock(DataRowBlock(), label=_("Données"), min_num=1)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=255)
    source_url = blocks.URLBlock(label=_("Lien vers la source"), required=False)

    class Meta:
        icon = "table"
        label = _("Figure à partir de données")
        template = "courses/blocks/data_figure_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        rows = list(value["rows"])
        top = max((abs(row["value"]) for row in rows), default=0) or 1
        context["bars"] = [
            {
                "label": row["label"],
                "value": row["value"],
                "percent": round(100 * abs(row["value"]) / top),
            }
            for row in rows
        ]
        return context


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Intitulé du lien"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "courses/blocks/document_block.html"


class VideoBlock(blocks.StructBlock):
    """A video that costs the learner nothing until they ask for it.

    An uploaded file plays from this site with preload="none". An external video is a link
    to its provider: no iframe, so no request reaches a third party before the learner
    chooses to go there.
    """

    title = blocks.CharBlock(label=_("Titre"), max_length=255)
    file = DocumentChooserBlock(label=_("Fichier vidéo déposé"), required=False)
    url = blocks.URLBlock(label=_("Adresse de la vidéo chez un hébergeur"), required=False)
    transcript = blocks.TextBlock(label=_("Transcription"), required=False)

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "courses/blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(_("Choisissez un fichier ou indiquez une adresse."))
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["host"] = urlsplit(value.get("url") or "").hostname or ""
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citation"))
    attribution = blocks.CharBlock(label=_("Auteur·rice ou source"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "courses/blocks/quote_block.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=255)
    url = blocks.URLBlock(label=_("Adresse"))


class FurtherBlock(blocks.StructBlock):
    links = blocks.ListBlock(LinkBlock(), label=_("Liens"), min_num=1)

    class Meta:
        icon = "link"
        label = _("Pour aller plus loin")
        template = "courses/blocks/further_block.html"


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        label=_("Texte"),
        features=RICH_TEXT_FEATURES,
        template="courses/blocks/rich_text_block.html",
    )
    callout = CalloutBlock()
    image = ImageBlock()
    data_figure = DataFigureBlock()
    document = DocumentBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    further = FurtherBlock()


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Réponse"), max_length=255)
    correct = blocks.BooleanBlock(label=_("Bonne réponse"), required=False)
    feedback = blocks.TextBlock(label=_("Retour affiché si elle est choisie"), required=False)


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type de question"),
        choices=[
            (QuestionKind.SINGLE, _("Choix unique")),
            (QuestionKind.MULTIPLE, _("Choix multiple")),
            (QuestionKind.TRUE_FALSE, _("Vrai ou faux")),
        ],
        default=QuestionKind.SINGLE,
    )
    text = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Réponses"), min_num=2)
    explanation = blocks.TextBlock(label=_("Explication après réponse"), required=False)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        choices = list(value["choices"])
        correct = sum(1 for choice in choices if choice["correct"])
        kind = value["kind"]
        message = None
        if kind == QuestionKind.TRUE_FALSE and len(choices) != 2:
            message = _("Une question vrai ou faux a exactement deux réponses.")
        elif kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and correct != 1:
            message = _("Cochez exactement une bonne réponse.")
        elif kind == QuestionKind.MULTIPLE and correct < 1:
            message = _("Cochez au moins une bonne réponse.")
        if message:
            raise StructBlockValidationError(non_block_errors=[ValidationError(message)])
        return value


class QuizQuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()
