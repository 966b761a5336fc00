"""Receivers of Wagtail's and Django's signals: editors' changes to the page tree expire the
cached course outlines (selectors.course_outline_map); a learner's enrolments, completions and
attempts expire what pages cached of that learner (selectors.learner_cache_expire).

The page receivers are connected to the outline's page models (and wagtailcore.Page, which a
save of a page not loaded as its specific class sends), not to every model: apps.py calls
connect() once every model is loaded."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.signals import post_page_move

from . import selectors
from .models import (
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
    QuizPage,
)

OUTLINE_PAGES = (CoursePage, ModulePage, LessonPage, QuizPage)


def _in_outline(page):
    return isinstance(page, Page) and issubclass(page.specific_class or Page, OUTLINE_PAGES)


def page_changed(sender, instance, **kwargs):
    # Saves cover creation, publishing, unpublishing and scheduled (un)publishing.
    if _in_outline(instance):
        selectors.outline_cache_expire(page=instance)


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if _in_outline(instance):
        for page in (parent_page_before, parent_page_after, instance):
            selectors.outline_cache_expire(page=page)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, **kwargs):
    selectors.outline_cache_expire()


@receiver(post_save, sender=Enrolment)
@receiver(post_delete, sender=Enrolment)
@receiver(post_save, sender=LessonCompletion)
@receiver(post_delete, sender=LessonCompletion)
@receiver(post_save, sender=QuizAttempt)
@receiver(post_delete, sender=QuizAttempt)
def learner_rows_changed(sender, instance, **kwargs):
    selectors.learner_cache_expire(user_id=instance.user_id)


def connect():
    for model in get_page_models():
        if model is Page or issubclass(model, OUTLINE_PAGES):
            uid = f"courses_outline_page_changed_{model._meta.label_lower}"
            post_save.connect(page_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(page_changed, sender=model, dispatch_uid=uid)
