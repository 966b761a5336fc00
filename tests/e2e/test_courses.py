"""Browser tests of the courses app: a learner follows the demo path in French and English, a
trainer publishes a lesson from the Wagtail admin. axe-core checks every page a learner sees."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from accounts.api import LEAD_GROUP, TRAINER_GROUP
from accounts.services import user_create
from config.demo.courses import load_curriculum
from config.services import home_page_ensure, roles_ensure
from courses.models import CoursePage, LearningPathPage, ModulePage, QuizPage
from tests.conftest import HOME_DATA
from tests.courses.factories import catalogue_create, course_create

pytestmark = pytest.mark.e2e
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def home(transactional_db):
    return home_page_ensure(data=HOME_DATA)


@pytest.fixture
def demo_path(home):
    return load_curriculum(home=home, log=lambda line: None)


def _sign_up(visitor, username):
    visitor.sign_up(username, PASSWORD)


def _answer(visitor, quiz, right):
    page = visitor.page
    for question in quiz.question_list():
        choices = [c for c in question["choices"] if c["correct"] == right]
        for choice in choices if right else choices[:1]:
            page.locator(f"#c-{choice['id']}").check()
    page.get_by_role("button", name="Valider mes réponses").click()
    visitor.check_accessibility()


def test_learner_follows_the_demo_path_in_french_then_in_english(demo_path, visitor):
    page = visitor.page
    first_course = demo_path.path_courses.order_by("sort_order").first().course
    quiz = QuizPage.objects.live().descendant_of(first_course).get()
    _sign_up(visitor, "amina")

    visitor.goto("/fr/learning/")
    visitor.check_accessibility()
    assert page.get_by_role("heading", level=1).inner_text() == "Catalogue des formations"
    page.get_by_role("link", name=demo_path.title).click()
    visitor.check_accessibility()
    page.get_by_role("button", name="M'inscrire au parcours").click()
    visitor.check_accessibility()
    assert "Vous êtes inscrit·e" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Commencer").click()
    visitor.check_accessibility()

    lessons_read = 0
    while page.get_by_role("button", name="J'ai terminé cette leçon").count():
        expect(page.locator("nav.outline a[aria-current=page]")).to_have_count(1)
        page.get_by_role("button", name="J'ai terminé cette leçon").click()
        visitor.check_accessibility()
        lessons_read += 1
    assert lessons_read >= 6
    assert page.get_by_role("heading", level=1).inner_text() == quiz.title

    _answer(visitor, quiz, right=False)
    assert "Quiz non réussi" in page.locator("main").inner_text()
    assert "Tentative 1 sur" in page.locator("main").inner_text()
    page.get_by_role("link", name="Réessayer").click()
    visitor.check_accessibility()
    _answer(visitor, quiz, right=True)
    assert "Votre score : 100 %" in page.locator("main").inner_text()
    assert "Quiz réussi" in page.locator("main").inner_text()

    page.get_by_role("link", name="Mon parcours").click()
    visitor.check_accessibility()
    dashboard = page.locator("main").inner_text()
    assert demo_path.title in dashboard
    assert f"{first_course.title} · 100 % · cours terminé" in dashboard
    assert "Prochaine étape" in dashboard

    # The same pages in English: progress is shared by the translations.
    page.get_by_role("navigation", name="Choix de la langue").get_by_role(
        "link", name="English"
    ).click()
    visitor.check_accessibility()
    expect(page).to_have_url(re.compile(re.escape("/en/learning/dashboard/") + "$"))
    english_path = LearningPathPage.objects.get(
        translation_key=demo_path.translation_key, locale__language_code="en"
    )
    english_course = CoursePage.objects.get(
        translation_key=first_course.translation_key, locale__language_code="en"
    )
    assert english_path.title in page.locator("main").inner_text()
    assert english_course.title in page.locator("main").inner_text()
    page.get_by_role("link", name=english_path.title).click()
    visitor.check_accessibility()
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name=english_course.title).first.click()
    visitor.check_accessibility()
    assert page.get_by_role("heading", level=1).inner_text() == english_course.title
    english_quiz = QuizPage.objects.get(
        translation_key=quiz.translation_key, locale__language_code="en"
    )
    visitor.goto(english_quiz.url)
    assert english_quiz.title in page.locator("main").inner_text()


@pytest.fixture
def small_course(home):
    catalogue = catalogue_create(home)
    return course_create(catalogue, lessons=2, modules=1, slug="petit-cours", title="Petit cours")


def test_a_learner_not_enrolled_is_invited_to_enrol(small_course, visitor):
    page = visitor.page
    lesson_url = small_course.get_children().first().get_children().first().url
    visitor.goto(lesson_url)
    expect(page.get_by_role("button", name="J'ai terminé cette leçon")).to_have_count(0)
    page.get_by_role("link", name="Se connecter pour s'inscrire").click()
    visitor.check_accessibility()
    expect(page).to_have_url(re.compile(re.escape("/fr/accounts/login/")))


def test_catalogue_filters_are_a_plain_get_form(small_course, visitor):
    # The site ships no JavaScript: the filters are a GET form, so they work without it.
    page = visitor.page
    visitor.goto("/fr/catalogue/")
    expect(page.locator("script")).to_have_count(0)
    page.get_by_label("Thème").select_option("reuse")
    page.get_by_role("button", name="Filtrer").click()
    visitor.check_accessibility()
    expect(page).to_have_url(re.compile(re.escape("theme=reuse")))
    assert "0 résultat" in page.locator("main").inner_text()
    page.get_by_label("Thème").select_option("impacts")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.get_by_role("link", name="Petit cours")).to_have_count(1)


def test_a_trainer_submits_a_lesson_that_a_lead_approves_and_a_learner_then_sees(
    small_course, visitor_factory
):
    # The roles as the migration builds them (a transactional test flushes migration data).
    roles_ensure()
    trainer = user_create(username="dominique", email="d@example.org", password=PASSWORD)
    lead = user_create(username="camille", email="c@example.org", password=PASSWORD)
    for user, group in ((trainer, TRAINER_GROUP), (lead, LEAD_GROUP)):
        user.is_staff = True
        user.save()
        user.groups.add(Group.objects.get(name=group))
    module = ModulePage.objects.child_of(small_course).first()

    author = visitor_factory()
    page = author.page
    # The Wagtail admin is Wagtail's own UI: it is driven here, not axe-checked.
    _admin_log_in(author, "dominique")
    page.goto(f"{author.base_url}/admin/pages/{module.pk}/add_subpage/")
    page.get_by_role("link", name=re.compile("^Leçon", re.I)).first.click()
    page.locator("#id_title").fill("Mesurer son parc informatique")
    _add_block(page, "Intertitre")
    page.locator("[data-contentpath='body'] input[type=text]").last.fill("Inventaire")
    _add_block(page, "Texte")
    editor = page.locator("[data-contentpath='body'] .public-DraftEditor-content").last
    editor.click()
    editor.type("Comptez les ordinateurs, les écrans et les téléphones.")
    # Draftail copies its content to the form's hidden input after a short delay.
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')]"
        ".some(input => input.value.includes('Comptez les ordinateurs'))"
    )
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    expect(page.locator("button[name=action-publish]")).to_have_count(0)  # no publish right
    with page.expect_navigation():
        page.get_by_role("button", name="Soumettre à Validation pédagogique").click()
    # Saved, the admin shows the page's edit view; refused, the form again with its errors.
    assert re.search(r"/admin/pages/\d+/", page.url), page.locator("main").inner_text()[:2000]

    learner = visitor_factory()
    learner.goto(small_course.url)
    expect(learner.page.get_by_role("link", name="Mesurer son parc informatique")).to_have_count(0)

    reviewer = visitor_factory()
    _admin_log_in(reviewer, "camille")
    # The lead's dashboard lists the submission; its edit view offers the approval.
    reviewer.page.get_by_role("link", name="Mesurer son parc informatique").first.click()
    reviewer.page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    reviewer.page.get_by_role("button", name="Approuver et Publier", exact=True).click()
    expect(reviewer.page.locator(".messages")).to_contain_text("Mesurer son parc informatique")

    learner.goto(small_course.url)
    learner.page.get_by_role("link", name="Mesurer son parc informatique").first.click()
    learner.check_accessibility()
    main = learner.page.locator("main")
    expect(main).to_contain_text("Inventaire")
    expect(main).to_contain_text("Comptez les ordinateurs")
    assert not learner.external_requests


def _admin_log_in(visitor, username):
    page = visitor.page
    page.goto(f"{visitor.base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*/admin/$"))


def _add_block(page, label):
    page.locator(
        "[data-contentpath='body'] button[title], [data-contentpath='body'] .c-sf-add-button"
    ).last.click()
    page.get_by_role("option", name=label, exact=True).click()
