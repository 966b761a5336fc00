"""The cache receivers listen to the page models that matter, not to every model's save."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page

from config import handlers as config_handlers
from courses import handlers as courses_handlers
from courses.models import CatalogueIndexPage, Enrolment, LessonPage


def _receivers(signal, sender):
    sync, async_ = signal._live_receivers(sender)
    return [*sync, *async_]


def test_page_receivers_do_not_run_on_other_models():
    for sender in (get_user_model(), Enrolment):
        for signal in (post_save, post_delete):
            live = _receivers(signal, sender)
            assert config_handlers.page_changed not in live
            assert courses_handlers.page_changed not in live


def test_page_receivers_run_on_page_models():
    for signal in (post_save, post_delete):
        for sender in (Page, LessonPage, CatalogueIndexPage):
            assert config_handlers.page_changed in _receivers(signal, sender)
        assert courses_handlers.page_changed in _receivers(signal, LessonPage)
        # The catalogue is not in any course's outline.
        assert courses_handlers.page_changed not in _receivers(signal, CatalogueIndexPage)
