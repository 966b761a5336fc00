"""Learner actions (plain HTML form POSTs) and the dashboard. Pages themselves are served by
Wagtail; these views parse, call a selector or a service, and render or redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from . import selectors, services
from .forms import QuizAnswersForm
from .models import CoursePage, LearningPathPage, LessonPage, QuizPage
from .selectors import competencies as competency_selectors


def _live_page(page_id, *classes):
    """The live, public page of one of `classes`, else 404 (drafts and private pages too)."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not isinstance(page, classes):
        raise Http404
    return page


def _safe_next(request, fallback):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@require_POST
@login_required
def enrolment_create(request, page_id):
    page = _live_page(page_id, CoursePage, LearningPathPage)
    services.enrolment_create(user=request.user, page=page)
    messages.success(request, _("Vous êtes inscrit·e. Bonne formation !"))
    return redirect(page.get_url(request))


@require_POST
@login_required
def enrolment_end(request, page_id):
    page = _live_page(page_id, CoursePage, LearningPathPage)
    services.enrolment_end(user=request.user, page=page)
    messages.success(request, _("Vous êtes désinscrit·e. Votre progression reste enregistrée."))
    return redirect(page.get_url(request))


@require_POST
@login_required
def lesson_complete(request, page_id):
    lesson = _live_page(page_id, LessonPage)
    services.lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, _("Leçon « %(title)s » terminée.") % {"title": lesson.title})
    return redirect(_safe_next(request, lesson.get_url(request)))


@require_POST
@login_required
def quiz_submit(request, page_id):
    quiz = _live_page(page_id, QuizPage)
    form = QuizAnswersForm(request.POST)
    error = None
    if not form.is_valid():
        error = _("Le formulaire du quiz est incomplet. Rechargez la page et recommencez.")
    elif form.cleaned_data["quiz"] != quiz.pk:
        error = _("Ces réponses ne correspondent pas à ce quiz. Rechargez la page et recommencez.")
    else:
        try:
            attempt = services.quiz_attempt_submit(
                user=request.user,
                quiz=quiz,
                answers=form.answers(),
                attempt_number=form.cleaned_data["attempt"],
            )
        except services.QuizSubmissionError as exc:
            error = " ".join(exc.messages)
        else:
            return redirect("courses:quiz_result", page_id=quiz.pk, number=attempt.attempt_number)
    context = quiz.get_context(request)
    context["quiz_error"] = error
    context["selected"] = {choice_id for values in form.answers().values() for choice_id in values}
    return TemplateResponse(request, quiz.get_template(request), context, status=400)


@require_GET
@login_required
def quiz_result(request, page_id, number):
    quiz = _live_page(page_id, QuizPage)
    result = selectors.quiz_result_get(user=request.user, quiz=quiz, number=number)
    if result is None:
        raise Http404
    context = {"page": quiz, **selectors.item_context_get(page=quiz, request=request), **result}
    return render(request, "courses/quiz_result.html", context)


@require_GET
@login_required
def resume(request, page_id):
    """Go to the first item not done yet of a course or a path."""
    page = _live_page(page_id, CoursePage, LearningPathPage)
    if isinstance(page, CoursePage):
        context = selectors.course_detail_get(course=page, request=request)
        next_item = context["progress"].next_item if context["enrolment"] else None
    else:
        context = selectors.path_detail_get(path=page, request=request)
        next_item = context["path_progress"]["next_item"] if context["enrolment"] else None
    return redirect(next_item.url if next_item else page.get_url(request))


@require_GET
@login_required
def dashboard(request):
    context = selectors.dashboard_get(user=request.user, request=request)
    return render(request, "courses/dashboard.html", context)


@require_GET
def catalogue(request):
    """A stable address for the catalogue, whatever its slug: the navigation links here."""
    page = selectors.catalogue_page_for_language(language_code=get_language())
    if page is None:
        raise Http404
    return redirect(page.get_url(request))


@require_GET
@login_required
def competency_profile(request):
    """ "Mon profil de compétences": the learner's profile against a job profile (GET
    `job_profile`, default: the one of their first enrolled path), the gap, what closes it."""
    raw = request.GET.get("job_profile", "").strip()
    if raw and not raw.isdigit():
        raise Http404
    try:
        context = competency_selectors.competency_profile_get(
            user=request.user, job_profile_id=int(raw) if raw else None, request=request
        )
    except competency_selectors.UnknownJobProfileError as error:
        raise Http404 from error
    return render(request, "courses/competency_profile.html", context)
