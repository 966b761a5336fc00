"""Browser test of "Mon profil de compétences": a learner of the demo path passes the first
quiz, opens the profile from the dashboard, reads the gap (SVG and table) and what closes it,
compares with another job, then reads it in English. axe-core checks every page."""

import pytest
from playwright.sync_api import expect

from accounts.services import user_create
from competencies.models import JobProfile
from config.demo.competencies import load_competencies
from config.demo.courses import enrol_demo_learner, load_curriculum, map_curriculum
from config.services import home_page_ensure
from courses import services as course_services
from courses.models import QuizPage
from tests.conftest import HOME_DATA
from tests.courses.factories import right_answers

pytestmark = pytest.mark.e2e
PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture
def learner(transactional_db):
    home = home_page_ensure(data=HOME_DATA)
    path = load_curriculum(home=home, log=lambda line: None)
    load_competencies(log=lambda line: None)
    map_curriculum(log=lambda line: None)
    user = user_create(username="samia", email="samia@example.org", password=PASSWORD)
    enrol_demo_learner(user)
    first_course = path.path_courses.order_by("sort_order").first().course
    quiz = QuizPage.objects.live().descendant_of(first_course).get()
    course_services.quiz_attempt_submit(user=user, quiz=quiz, answers=right_answers(quiz))
    return user


def test_learner_reads_their_competency_profile(learner, visitor):
    page = visitor.page
    visitor.log_in("samia", PASSWORD)
    visitor.check_accessibility()

    visitor.goto("/fr/learning/dashboard/")
    page.get_by_role("link", name="Mon profil de compétences face au métier visé").click()
    visitor.check_accessibility()
    assert page.get_by_role("heading", level=1).inner_text() == "Mon profil de compétences"
    assert (
        "Référent·e numérique responsable"
        in page.get_by_role("heading", level=2).first.inner_text()
    )
    chart = page.get_by_role("img", name="Niveaux acquis et requis", exact=False)
    expect(chart).to_have_count(1)
    table = page.get_by_role("table")
    assert "Compétences requises pour le métier" in table.locator("caption").inner_text()
    assert (
        table.locator("tbody tr").count()
        == JobProfile.objects.get(slug="referent-numerique-responsable").requirements.count()
    )
    # The quiz assessed A1 at "Pratiquer": the table shows it reached.
    assert "Pratiquer" in table.locator("tbody tr", has_text="A1").first.inner_text()
    ranking = page.locator(".gap-ranking li")
    assert ranking.count() >= 1
    assert "de l'écart" in ranking.first.inner_text()
    assert page.get_by_text("Quiz", exact=False).count()

    page.get_by_label("Métier visé").select_option(label="Médiateur·rice numérique")
    page.get_by_role("button", name="Comparer").click()
    visitor.check_accessibility()
    assert "Médiateur·rice numérique" in page.get_by_role("heading", level=2).first.inner_text()

    visitor.goto("/en/learning/competencies/")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
