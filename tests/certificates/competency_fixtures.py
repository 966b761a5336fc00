"""A course mapped like the demo's "Impacts du numérique" (config/demo/content: the course's and
its quiz's `competencies`) to the demo framework, built through the services."""

import pytest

from competencies.formats.spec import FrameworkSpec, ItemSpec, LevelSpec
from competencies.services import framework_apply, framework_spec_from_data
from config.demo.competencies import FRAMEWORK_IDENTIFIER
from config.demo.content import demo_content
from courses import services as course_services
from tests.courses.factories import course_create, quiz_of


@pytest.fixture
def demo_framework(db):
    framework = demo_content().framework
    data = dict(framework, identifier=FRAMEWORK_IDENTIFIER.format(slug=framework["slug"]))
    return framework_apply(spec=framework_spec_from_data(data=data)).framework


@pytest.fixture
def items(demo_framework):
    return {item.code: item for item in demo_framework.items.all()}


@pytest.fixture
def levels(demo_framework):
    """{"1": Découvrir, "2": Pratiquer (threshold), "3": Maîtriser, "4": Transmettre}"""
    return {level.code: level for level in demo_framework.levels.all()}


def course_map(course, items, levels, slug):
    """Map `course` and its quiz as the demo maps the course `slug` and its quiz."""
    data = demo_content().course(slug)
    quiz = next(
        item for module in data["modules"] for item in module["items"] if item["type"] == "quiz"
    )
    course_services.page_competencies_set(
        page=course,
        mappings=[(items[row["competency"]], levels[row["level"]]) for row in data["competencies"]],
    )
    course_services.page_competencies_set(
        page=quiz_of(course),
        mappings=[
            (items[row["competency"]], levels[row["level"]], row["kind"])
            for row in quiz["competencies"]
        ],
    )
    return course


@pytest.fixture
def mapped_course(catalogue, items, levels):
    """Develops A1-A4, F1 at Pratiquer and A6, B1, F2 at Découvrir; its quiz assesses A1 and
    A2 at Pratiquer."""
    course = course_create(catalogue, lessons=2, modules=1, title="Impacts du numérique")
    return course_map(course, items, levels, "impacts-du-numerique")


@pytest.fixture
def other_course(catalogue, items, levels):
    """The demo's "Réemploi et réparation": A5, B2, B4-B6 at Pratiquer, B3, F3, F5 at
    Découvrir."""
    course = course_create(catalogue, lessons=1, modules=1, title="Réemploi et réparation")
    return course_map(course, items, levels, "reemploi-reparation")


def assessing_course(catalogue, competency, level):
    """A course whose quiz assesses `competency` at `level` (and maps nothing else)."""
    course = course_create(catalogue, lessons=1, modules=1, title="Approfondissement")
    course_services.page_competencies_set(
        page=quiz_of(course), mappings=[(competency, level, "assesses")]
    )
    return course


@pytest.fixture
def moodle_framework(db):
    """A framework imported from a Moodle CSV: its identifier is an "Id number", not a URI, so
    it has no CASE items."""
    spec = FrameworkSpec(
        identifier="NR-2024",
        name={"fr": "Référentiel interne", "en": "In-house framework"},
        version="",
        source={"fr": "", "en": ""},
        licence="",
        description={"fr": "", "en": ""},
        levels=[
            LevelSpec(code="base", name={"fr": "Base", "en": "Basic"}, descriptor={}),
            LevelSpec(
                code="expert", name={"fr": "Expert", "en": "Expert"}, descriptor={}, proficient=True
            ),
        ],
        items=[
            ItemSpec(
                key="I1",
                code="I1",
                kind="competency",
                title={"fr": "Animer un atelier", "en": "Run a workshop"},
                description={"fr": "", "en": ""},
            )
        ],
        match_items_by="code",
    )
    return framework_apply(spec=spec).framework


@pytest.fixture
def competent_certificate(mapped_course, user, django_capture_on_commit_callbacks):
    """The certificate of the mapped course, earned by completing it: eight competencies."""
    from certificates.models import Certificate

    from .factories import course_complete, rule_create

    rule = rule_create(mapped_course)
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, mapped_course)
    return Certificate.objects.get(rule=rule, holder=user)
