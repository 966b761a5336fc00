""" "Mon profil de compétences": status, login, the job profile chosen or by default, bad input,
the gap (SVG and table), the ranking of what closes it, constant queries."""

import re

import pytest
from django.urls import reverse

from competencies.services import job_profile_save
from courses import services as course_services
from tests.courses.factories import (
    course_create,
    lessons_of,
    path_create,
    quiz_of,
    right_answers,
)

pytestmark = pytest.mark.django_db
URL = "/fr/learning/competencies/"


@pytest.fixture
def job(framework_items, scale):
    return job_profile_save(
        slug="referent",
        title={"fr": "Référent·e", "en": "Lead"},
        summary={"fr": "Porte la démarche.", "en": "Leads."},
        requirements=[
            (framework_items["A1.1"], scale["maitriser"]),
            (framework_items["A1.2"], scale["pratiquer"]),
            (framework_items["A2.1"], scale["decouvrir"]),
        ],
    )


@pytest.fixture
def other_course(catalogue, framework_items, scale):
    course = course_create(catalogue, lessons=1, quiz=False, title="Cours complémentaire")
    course_services.page_competencies_set(
        page=course,
        mappings=[(framework_items["A2.1"], scale["pratiquer"])],
    )
    return course


@pytest.fixture
def client_in(client, learner):
    client.force_login(learner)
    return client


def test_login_required(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_url_name():
    assert reverse("courses:competency_profile").endswith("/learning/competencies/")


def test_without_job_profile_the_page_invites_to_choose(client_in, job):
    response = client_in.get(URL)
    assert response.status_code == 200
    assert "Choisissez un métier" in response.content.decode()
    assert "<svg" not in response.content.decode()


@pytest.mark.parametrize("value", ["999999", "abc", "-1", "1.5"])
def test_unknown_or_malformed_job_profile_is_404(client_in, job, value):
    assert client_in.get(URL, {"job_profile": value}).status_code == 404


def test_default_is_the_job_profile_of_the_first_enrolled_path(
    client_in, learner, catalogue, mapped_course, job
):
    path = path_create(catalogue, [mapped_course])
    path.job_profile = job
    path.save_revision().publish()
    course_services.enrolment_create(user=learner, page=path)
    html = client_in.get(URL).content.decode()
    assert "Votre profil face au métier « Référent·e »" in html
    assert f'<option value="{job.pk}" selected>' in html


def test_gap_svg_table_and_ranking(client_in, learner, mapped_course, other_course, job):
    course_services.enrolment_create(user=learner, page=mapped_course)
    quiz = quiz_of(mapped_course)
    course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    response = client_in.get(URL, {"job_profile": job.pk})
    assert response.status_code == 200
    html = response.content.decode()
    # SVG: accessible name, one row per requirement.
    assert 'role="img" aria-labelledby="gap-chart-title gap-chart-desc"' in html
    assert "1 compétence sur 3 au niveau requis" in html
    # Table with the same data.
    table = html[html.index("<table") : html.index("</table>")]
    assert "<caption>" in table
    assert table.count('<th scope="row">') == 3
    assert table.count('<th scope="col">') == 5
    rows = re.findall(r"<tr>\s*(.*?)</tr>", table, re.S)[1:]
    cells = [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S) for row in rows]
    assert cells[0][1:] == ["Maîtriser", "aucun", "aucun", "3 niveaux manquants"]
    assert cells[1][1:] == ["Pratiquer", "Pratiquer", "Pratiquer", "atteint"]
    assert cells[2][1:] == ["Découvrir", "aucun", "aucun", "1 niveau manquant"]
    # Ranking: the mapped course covers 3 of the 4 missing steps, the other one 1.
    ranking = html[html.index('class="gap-ranking"') :]
    first, second = re.findall(r"<li>(.*?)</li>", ranking, re.S)[:2]
    assert "Cours cartographié" in first and "couvre 75 %" in first
    assert "Cours complémentaire" in second and "couvre 25 %" in second
    # The full profile lists the evidence with its source.
    assert "Toutes mes compétences" in html
    assert "Quiz final" in html


def test_a_met_job_profile_says_so(client_in, learner, framework_items, scale):
    from competencies.services import EvidenceRecord, evidence_record

    job = job_profile_save(
        slug="simple",
        title={"fr": "Simple"},
        requirements=[(framework_items["A2.2"], scale["decouvrir"])],
    )
    evidence_record(
        user=learner,
        records=[
            EvidenceRecord(
                competency_id=framework_items["A2.2"].pk,
                level_id=scale["pratiquer"].pk,
                kind="proficient",
                source_type="course",
                source_key="5f0c7f7e-0000-4000-8000-000000000001",
                source_title="Un cours",
                occurred_at="2025-01-01T00:00:00Z",
            )
        ],
    )
    html = client_in.get(URL, {"job_profile": job.pk}).content.decode()
    assert "Vous avez atteint tous les niveaux requis" in html


def test_the_dashboard_links_the_profile(client_in, learner, catalogue, mapped_course, job):
    path = path_create(catalogue, [mapped_course])
    path.job_profile = job
    path.save_revision().publish()
    course_services.enrolment_create(user=learner, page=path)
    html = client_in.get("/fr/learning/dashboard/").content.decode()
    assert f"/fr/learning/competencies/?job_profile={job.pk}" in html


def _big_case(catalogue, framework, learner, n_courses):
    """`n_courses` completed courses mapped to the framework's competencies, and one course
    (in a path) not started that would raise every competency: the ranking lists it."""
    items = list(framework.items.filter(kind="competency"))
    levels = list(framework.levels.all())
    for number in range(n_courses):
        course = course_create(catalogue, lessons=1, quiz=False, title=f"Cours {number}")
        course_services.page_competencies_set(
            page=course,
            mappings=[
                (items[number % len(items)], levels[number % len(levels)]),
                (items[(number + 1) % len(items)], levels[(number + 2) % len(levels)]),
            ],
        )
        course_services.enrolment_create(user=learner, page=course)
        course_services.lesson_complete(user=learner, lesson=lessons_of(course)[0])
    ahead = course_create(catalogue, lessons=1, quiz=False, title=f"À suivre {framework.pk}")
    course_services.page_competencies_set(page=ahead, mappings=[(i, levels[-1]) for i in items])
    path_create(catalogue, [ahead], slug=f"parcours-{framework.pk}")


# What the page costs, whatever the number of courses, competencies and evidence rows: the
# session and the user; the evidence rows, their competencies, the scales (frameworks
# included); the job profile, its requirements, the choices, the requirements' scales; the view
# restrictions, the courses and paths, their mappings, their quizzes, the paths' courses; the
# ranked pages and their site (for the URLs). The source pages' titles and URLs come from the
# cache (one miss, then none until a page changes).
PROFILE_QUERIES = 16


def _profile(client, django_assert_num_queries, job):
    client.get(URL, {"job_profile": job.pk})  # fills the cache of the source pages
    with django_assert_num_queries(PROFILE_QUERIES):
        response = client.get(URL, {"job_profile": job.pk})
    assert response.status_code == 200
    return response.content.decode()


def test_query_count_is_constant(client, catalogue, django_assert_num_queries):
    from competencies.services import framework_apply
    from tests.courses.factories import UserFactory

    from .conftest import framework_spec

    small_fw = framework_apply(
        spec=framework_spec(identifier="urn:small", n_areas=1, n_each=2)
    ).framework
    big_fw = framework_apply(
        spec=framework_spec(identifier="urn:big", n_areas=5, n_each=8)
    ).framework

    def job_for(framework, slug):
        level = framework.levels.all()[2]
        return job_profile_save(
            slug=slug,
            title={"fr": slug},
            requirements=[(item, level) for item in framework.items.filter(kind="competency")],
        )

    small_job, big_job = job_for(small_fw, "petit"), job_for(big_fw, "grand")
    small_learner, big_learner = UserFactory(), UserFactory()
    _big_case(catalogue, small_fw, small_learner, 1)
    _big_case(catalogue, big_fw, big_learner, 50)
    assert big_job.requirements.count() == 40
    client.force_login(small_learner)
    small = _profile(client, django_assert_num_queries, small_job)
    client.force_login(big_learner)
    big = _profile(client, django_assert_num_queries, big_job)
    # Both pages show everything: the evidence with its sources, the ranked course and path.
    assert big.count('<article class="card competency-state">') == 40
    assert small.count('<article class="card competency-state">') == 2
    for html, framework in ((small, small_fw), (big, big_fw)):
        ranking = html[html.index('class="gap-ranking"') :]
        assert f"À suivre {framework.pk}</a> (Cours)" in ranking
        assert "</a> (Parcours)" in ranking
        assert 'href="/fr/' in ranking


def test_a_renamed_source_shows_its_new_title(client_in, learner, mapped_course):
    course_services.enrolment_create(user=learner, page=mapped_course)
    lesson = lessons_of(mapped_course)[0]
    course_services.lesson_complete(user=learner, lesson=lesson)
    assert f">{lesson.title}</a>" in client_in.get(URL).content.decode()
    lesson.title = "Leçon renommée"
    lesson.save_revision().publish()
    html = client_in.get(URL).content.decode()
    assert ">Leçon renommée</a>" in html


@pytest.fixture
def english_course(mapped_course, catalogue):
    """The English translation of the mapped course, its first module and lesson, published."""
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="en")
    lesson = lessons_of(mapped_course)[0]

    def translate(page, title):
        return course_services.page_translation_ensure(
            page=page, language_code="en", fields={"title": title}
        )

    translate(catalogue, "Catalogue")
    course = translate(mapped_course, "Mapped course")
    translate(lesson.get_parent().specific, "First module")
    return {"course": course, "lesson": translate(lesson, "Where the footprint comes from")}


def test_evidence_reads_in_the_language_of_the_page(
    client_in, learner, mapped_course, english_course
):
    """Evidence recorded on the French lesson cites the English lesson on /en/ (issue 11,
    item 9), and the French one on /fr/."""
    course_services.enrolment_create(user=learner, page=mapped_course)
    french_lesson = lessons_of(mapped_course)[0]
    course_services.lesson_complete(user=learner, lesson=french_lesson)
    english = client_in.get("/en/learning/competencies/").content.decode()
    evidence = english[english.index('id="all-heading"') :]
    english_lesson = english_course["lesson"]
    assert f'<a href="{english_lesson.url}">Where the footprint comes from</a>' in evidence
    assert french_lesson.title not in evidence
    assert "· lesson <a" in evidence  # the source type, translated too
    french = client_in.get(URL).content.decode()
    evidence = french[french.index('id="all-heading"') :]
    assert f'<a href="{french_lesson.url}">{french_lesson.title}</a>' in evidence
    assert "Where the footprint comes from" not in evidence


def test_evidence_of_a_source_without_live_page_keeps_its_recorded_title(
    client_in, learner, mapped_course
):
    course_services.enrolment_create(user=learner, page=mapped_course)
    lesson = lessons_of(mapped_course)[0]
    course_services.lesson_complete(user=learner, lesson=lesson)
    title = lesson.title
    lesson.unpublish()
    html = client_in.get(URL).content.decode()
    evidence = html[html.index('id="all-heading"') :]
    assert f"{title} · " in evidence
    assert f">{title}</a>" not in evidence


SVG = "{http://www.w3.org/2000/svg}"
NUMERIC = {"x", "y", "x1", "y1", "x2", "y2", "width", "height", "font-size", "stroke-width"}


def _svg_numbers(html):
    """(parsed SVG roots, every numeric attribute as a float) of the page: fails on a localised
    number (`265,0`) or on SVG that is not well-formed XML."""
    from defusedxml import ElementTree

    roots = [ElementTree.fromstring(svg) for svg in re.findall(r"<svg\b.*?</svg>", html, re.S)]
    assert roots
    numbers = []
    for root in roots:
        assert "style" not in root.attrib
        view_box = root.attrib["viewBox"].split(" ")
        assert len(view_box) == 4
        numbers += [float(value) for value in view_box]
        for element in root.iter():
            assert "style" not in element.attrib  # the CSP forbids inline styles
            for name, value in element.attrib.items():
                if name in NUMERIC:
                    numbers.append(float(value))
    return roots, numbers


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_chart_is_xml_with_plain_numbers_in_every_language(
    client_in, learner, mapped_course, job, language
):
    course_services.enrolment_create(user=learner, page=mapped_course)
    quiz = quiz_of(mapped_course)
    course_services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    html = client_in.get(f"/{language}/learning/competencies/", {"job_profile": job.pk})
    html = html.content.decode()
    charts, numbers = _svg_numbers(html)
    assert len(charts) == 1
    # Half-step positions (the axis labels) are where French wrote "265,0".
    assert 265.0 in numbers and 355.0 in numbers
    # One row per requirement, each with a label, a mark, and bars for what is reached.
    root = charts[0]
    assert len(root.findall(f"{SVG}g")) == 3
    assert len(root.findall(f".//{SVG}rect")) == 2  # A1.2: evidenced and reached
    assert root.find(f"{SVG}title").text.startswith(
        "Niveaux acquis" if language == "fr" else "Levels"
    )
