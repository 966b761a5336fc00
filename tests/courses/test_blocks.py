"""The editor's block picker previews every lesson block, with the site's stylesheet."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import QuestionKind
from courses.models import LessonPage

LESSON_BLOCKS = list(LessonPage.body.field.stream_block.child_blocks.items())


@pytest.fixture
def library(db, settings, tmp_path):
    """An image and a document: the blocks that choose one preview the latest."""
    settings.MEDIA_ROOT = tmp_path
    get_image_model().objects.create(title="Composants", file=get_test_image_file())
    get_document_model().objects.create(
        title="Fiche pratique", file=ContentFile(b"%PDF-1.4", name="fiche.pdf")
    )


@pytest.mark.parametrize(("name", "block"), LESSON_BLOCKS, ids=[n for n, _b in LESSON_BLOCKS])
def test_every_lesson_block_has_a_preview_in_the_editor(admin_client, library, name, block):
    assert block.is_previewable, name
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/tremplin.css" in html
    assert f"block-{name}" in html


def test_previews_show_their_sample_content(admin_client):
    blocks = dict(LESSON_BLOCKS)
    for name, text in [
        ("callout", "La fabrication pèse le plus lourd"),
        ("data_figure", "Fabrication"),
        ("quote", "celui qu&#x27;on n&#x27;a pas besoin de fabriquer"),
        ("further", "écoconception"),
        ("rich_text", "reconditionné"),
    ]:
        response = admin_client.get(
            reverse("wagtailadmin_block_preview"), {"id": blocks[name].definition_prefix}
        )
        assert text in response.content.decode(), name


def test_chooser_blocks_have_no_preview_while_the_library_is_empty(db):
    blocks = dict(LESSON_BLOCKS)
    assert not blocks["image"].is_previewable
    assert not blocks["document"].is_previewable


def test_question_kinds_are_text_choices():
    assert QuestionKind.values == ["single", "multiple", "true_false"]
    with translation.override("fr"):  # labels are lazy: whatever language a test left active
        assert str(QuestionKind.TRUE_FALSE.label) == "Vrai ou faux"
