import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import services
from courses.models import Enrolment, LessonCompletion, QuizAttempt

from .factories import (
    course_create,
    lessons_of,
    path_create,
    quiz_of,
    right_answers,
    wrong_answers,
)


@pytest.fixture
def enrolled(client, course, learner):
    services.enrolment_create(user=learner, page=course)
    client.force_login(learner)
    return client


def _quiz_post(quiz, answers, attempt=1, quiz_id=None):
    data = {"quiz": quiz_id or quiz.pk, "attempt": attempt}
    for question_id, choices in answers.items():
        data[f"q-{question_id}"] = choices
    return data


def test_course_page_for_an_anonymous_visitor(client, course):
    response = client.get(course.url)
    assert response.status_code == 200
    assert "courses/course_page.html" in [t.name for t in response.templates]
    assert "Se connecter pour s'inscrire" in response.content.decode()
    assert "Leçon 1" in response.content.decode()


def test_enrol_then_resume_then_unenrol(client, course, learner):
    client.force_login(learner)
    response = client.post(reverse("courses:enrolment_create", args=[course.pk]))
    assert response.status_code == 302
    assert response.url == course.url
    assert Enrolment.objects.active().filter(user=learner, course=course).exists()
    response = client.get(reverse("courses:resume", args=[course.pk]))
    assert response.url == lessons_of(course)[0].url
    response = client.post(reverse("courses:enrolment_end", args=[course.pk]))
    assert response.status_code == 302
    assert not Enrolment.objects.active().exists()
    assert Enrolment.objects.count() == 1


def test_enrol_needs_login_and_post(client, course):
    url = reverse("courses:enrolment_create", args=[course.pk])
    assert client.post(url).status_code == 302
    assert not Enrolment.objects.exists()
    client.force_login(services.user_create if False else _user())
    assert client.get(url).status_code == 405


def _user():
    from .factories import UserFactory

    return UserFactory()


def test_lesson_page_for_an_enrolled_learner(enrolled, course):
    lesson = lessons_of(course)[0]
    response = enrolled.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "courses/lesson_page.html" in [t.name for t in response.templates]
    assert 'aria-current="page">Leçon 1</a>' in html
    assert reverse("courses:lesson_complete", args=[lesson.pk]) in html
    assert 'rel="next"' in html
    assert "Chiffre clé" in html


def test_mark_done_redirects_to_the_next_item_and_double_post_gives_one_row(
    enrolled, course, learner
):
    first, second, *_ = lessons_of(course)
    url = reverse("courses:lesson_complete", args=[first.pk])
    response = enrolled.post(url, {"next": second.url})
    assert response.status_code == 302
    assert response.url == second.url
    response = enrolled.post(url, {"next": "https://evil.example/"})
    assert response.url == first.url
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    html = enrolled.get(first.url).content.decode()
    assert "J'ai terminé cette leçon" not in html
    assert "✓" in html


def test_mark_done_without_enrolment_is_forbidden(client, course, learner):
    client.force_login(learner)
    response = client.post(reverse("courses:lesson_complete", args=[lessons_of(course)[0].pk]))
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_draft_and_private_pages_are_404(enrolled, course):
    lesson, private, *_ = lessons_of(course)
    lesson.unpublish()
    assert enrolled.get(lesson.url).status_code == 404
    assert enrolled.post(reverse("courses:lesson_complete", args=[lesson.pk])).status_code == 404
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert enrolled.post(reverse("courses:lesson_complete", args=[private.pk])).status_code == 404
    # Neither appears in the outline any more.
    html = enrolled.get(course.url).content.decode()
    assert lesson.title not in html
    assert private.title not in html
    assert not LessonCompletion.objects.exists()


def test_quiz_fail_then_pass(enrolled, course, learner):
    quiz = quiz_of(course)
    html = enrolled.get(quiz.url).content.decode()
    assert "<fieldset" in html and "<legend>" in html
    assert '"correct"' not in html  # answers never reach the browser
    url = reverse("courses:quiz_submit", args=[quiz.pk])
    response = enrolled.post(url, _quiz_post(quiz, wrong_answers(quiz)))
    assert response.status_code == 302
    assert response.url == reverse("courses:quiz_result", args=[quiz.pk, 1])
    result = enrolled.get(response.url)
    text = result.content.decode()
    assert "courses/quiz_result.html" in [t.name for t in result.templates]
    assert "Votre score : 0 %" in text
    assert "Quiz non réussi" in text
    assert "Tentative 1 sur 3" in text
    assert "Non, c&#x27;est moins." in text  # feedback on the chosen answer
    assert "Réessayer" in text
    response = enrolled.post(url, _quiz_post(quiz, right_answers(quiz), attempt=2))
    text = enrolled.get(response.url).content.decode()
    assert "Votre score : 100 %" in text
    assert "Quiz réussi" in text
    assert Enrolment.objects.get(user=learner, course=course).completed_at is None  # lessons


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("unknown_choice", "n&#x27;existe pas"),
        ("missing", "Répondez à la question 1"),
        ("other_quiz", "ne correspondent pas"),
        ("duplicate", "déjà enregistrée"),
    ],
)
def test_bad_quiz_posts_show_an_error_and_store_nothing(enrolled, course, change, message):
    quiz = quiz_of(course)
    answers = right_answers(quiz)
    first = next(iter(answers))
    data = _quiz_post(quiz, answers)
    if change == "unknown_choice":
        data[f"q-{first}"] = ["nope"]
    elif change == "missing":
        del data[f"q-{first}"]
    elif change == "other_quiz":
        data["quiz"] = course.pk
    elif change == "duplicate":
        data["attempt"] = 2
    response = enrolled.post(reverse("courses:quiz_submit", args=[quiz.pk]), data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert message in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_past_the_attempt_limit_the_form_is_gone(enrolled, catalogue, learner):
    course = course_create(catalogue, lessons=1, max_attempts=1)
    services.enrolment_create(user=learner, page=course)
    quiz = quiz_of(course)
    url = reverse("courses:quiz_submit", args=[quiz.pk])
    enrolled.post(url, _quiz_post(quiz, wrong_answers(quiz)))
    response = enrolled.post(url, _quiz_post(quiz, right_answers(quiz), attempt=2))
    assert response.status_code == 400
    assert "Vous avez utilisé votre tentative" in response.content.decode()
    assert QuizAttempt.objects.count() == 1
    assert "toutes vos tentatives" in enrolled.get(quiz.url).content.decode()


def test_someone_elses_attempt_is_404(enrolled, course, learner, client):
    quiz = quiz_of(course)
    services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    client.force_login(_user())
    assert client.get(reverse("courses:quiz_result", args=[quiz.pk, 1])).status_code == 404


def test_dashboard(enrolled, course, catalogue, learner):
    path = path_create(catalogue, [course, course_create(catalogue, lessons=1)])
    services.enrolment_create(user=learner, page=path)
    services.lesson_complete(user=learner, lesson=lessons_of(course)[0])
    response = enrolled.get(reverse("courses:dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mon parcours" in html
    assert path.title in html
    assert "Prochaine étape" in html
    assert "Dernière activité" in html
    assert "Leçon 1" in html  # completed items


def test_dashboard_needs_login(client, db):
    response = client.get(reverse("courses:dashboard"))
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_catalogue_redirect_and_filters(client, catalogue):
    course_create(catalogue, lessons=1, title="Réemploi", theme="reuse", estimated_minutes=240)
    course_create(catalogue, lessons=1, title="Impacts", theme="impacts", certifying=True)
    assert client.get(reverse("courses:catalogue")).url == catalogue.url
    html = client.get(catalogue.url).content.decode()
    assert "2 résultats" in html
    html = client.get(catalogue.url, {"theme": "reuse"}).content.decode()
    assert "1 résultat" in html and "Réemploi" in html
    html = client.get(catalogue.url, {"duration": "short", "language": "fr"}).content.decode()
    assert "Impacts" in html and ">Réemploi<" not in html
    html = client.get(catalogue.url, {"certifying": "yes"}).content.decode()
    assert "1 résultat" in html and "Impacts" in html
    html = client.get(catalogue.url, {"language": "en"}).content.decode()
    assert "0 résultat" in html


def test_catalogue_paginates(client, catalogue):
    for _ in range(13):
        course_create(catalogue, lessons=0, quiz=False)
    html = client.get(catalogue.url, {"language": "fr"}).content.decode()
    assert "Page 1 sur 2" in html
    assert "page=2" in html
    html = client.get(catalogue.url, {"language": "fr", "page": 2}).content.decode()
    assert html.count('class="card"') == 1


def test_catalogue_lists_paths_with_their_total_duration(client, catalogue, course):
    path_create(catalogue, [course, course_create(catalogue, lessons=1)])
    html = client.get(catalogue.url, {"duration": "medium"}).content.decode()
    assert "Parcours référent·e" in html  # 60 + 60 minutes
    assert "2 h" in html


def _experienced(learner):
    from tracking.models import Statement

    return Statement.objects.filter(
        verb="http://adlnet.gov/expapi/verbs/experienced", actor_name=learner.xapi_actor.name
    )


def test_a_lesson_reopened_within_the_window_is_one_visit(enrolled, course, learner, monkeypatch):
    from django.core.cache.backends import locmem

    first, second, _third = lessons_of(course)
    for _ in range(3):
        assert enrolled.get(first.url).status_code == 200
    assert _experienced(learner).count() == 1
    assert enrolled.get(second.url).status_code == 200
    assert _experienced(learner).count() == 2
    # Past the window (30 minutes by default), the same lesson is a new visit.
    later = locmem.time.time() + 1801
    monkeypatch.setattr(locmem.time, "time", lambda: later)
    assert enrolled.get(first.url).status_code == 200
    assert _experienced(learner).count() == 3


def test_every_view_is_recorded_when_the_window_is_zero(enrolled, course, learner, settings):
    settings.TREMPLIN_XAPI_EXPERIENCED_WINDOW = 0
    first = lessons_of(course)[0]
    enrolled.get(first.url)
    enrolled.get(first.url)
    assert _experienced(learner).count() == 2


def test_the_visit_window_has_a_default_when_the_setting_is_absent(
    enrolled, course, learner, settings
):
    del settings.TREMPLIN_XAPI_EXPERIENCED_WINDOW  # a project that never set it
    first = lessons_of(course)[0]
    assert enrolled.get(first.url).status_code == 200
    assert enrolled.get(first.url).status_code == 200
    assert _experienced(learner).count() == 1  # the default window (1800 s) holds
