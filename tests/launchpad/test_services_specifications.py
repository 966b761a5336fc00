"""The specification builder's writes: needs pre-filled from the diagnostic, every field
checked, history lines, a stale save refused with what changed, deletion."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from accounts.services import user_create
from launchpad import selectors, services
from launchpad.models import ProjectEvent, Specification
from launchpad.services import specifications
from launchpad.services.errors import SpecificationConflictError

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(home_page):
    from tests.launchpad.factories import pack_create

    pack = pack_create(home_page, steps=2, tasks=2)
    steps = selectors.pack_steps(pack=pack)
    services.diagnostic_set(
        pack=pack,
        questions=[
            {
                "id": "besoins",
                "text": "De quoi avez-vous besoin ?",
                "kind": "multiple",
                "options": [
                    {"id": "outils", "label": "D'outils", "needs": ["digital_tools", "ecodesign"],
                     "priority_steps": [steps[1].page]},
                    {"id": "argent", "label": "D'argent", "needs": ["funding"]},
                ],
            }
        ],
    )  # fmt: skip
    pack.refresh_from_db()
    founder = user_create(username="fondatrice", email="f@example.org", password="x-Y-z-12345")
    teammate = user_create(username="coequipier", email="c@example.org", password="x-Y-z-12345")
    project = services.project_create(
        actor=founder, pack_key=pack.translation_key, name="Ressourcerie", stage="study"
    )
    return {"pack": pack, "founder": founder, "teammate": teammate, "project": project}


def _diagnose(setup, options):
    services.diagnostic_submit(
        actor=setup["founder"],
        project=setup["project"],
        pack=setup["pack"],
        answers={"besoins": options},
    )


def test_needs_start_from_the_diagnostic_in_the_lists_order(setup):
    _diagnose(setup, ["outils", "argent"])
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Site web"
    )
    assert spec.needs == ["funding", "digital_tools", "ecodesign"]
    assert spec.created_by == setup["founder"] and spec.version == 0
    event = ProjectEvent.objects.get(kind=ProjectEvent.Kind.SPECIFICATION_CREATED)
    assert event.specification == spec and event.changes == {"title": [None, "Site web"]}


def test_no_diagnostic_no_needs_and_given_needs_are_kept(setup):
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Agenda partagé"
    )
    assert spec.needs == []
    other = specifications.specification_create(
        actor=setup["founder"],
        project=setup["project"],
        title="Caisse",
        needs=["equipment", "funding", "equipment"],
    )
    assert other.needs == ["funding", "equipment"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 161}, "title"),
        ({"title": "Site", "accessibility": "maybe"}, "accessibility"),
        ({"title": "Site", "hosting": "moon"}, "hosting"),
        ({"title": "Site", "licence": "secret"}, "licence"),
        ({"title": "Site", "data": "all"}, "data"),
        ({"title": "Site", "ecodesign": "no"}, "ecodesign"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_stored(setup, fields, field):
    with pytest.raises(ValidationError) as error:
        specifications.specification_create(
            actor=setup["founder"], project=setup["project"], **fields
        )
    assert field in error.value.message_dict
    assert not Specification.objects.exists()
    assert not ProjectEvent.objects.filter(kind=ProjectEvent.Kind.SPECIFICATION_CREATED).exists()


def test_unknown_need_or_field_is_refused(setup):
    with pytest.raises(ValidationError, match="liste"):
        specifications.specification_create(
            actor=setup["founder"], project=setup["project"], title="Site", needs=["magic"]
        )
    with pytest.raises(ValidationError, match="Champ inconnu"):
        specifications.specification_create(
            actor=setup["founder"], project=setup["project"], title="Site", project_id=3
        )
    assert not Specification.objects.exists()


def test_update_records_each_change_and_bumps_the_version(setup):
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Site web"
    )
    spec = specifications.specification_update(
        actor=setup["teammate"],
        specification=spec,
        version=0,
        title="Site web et rendez-vous",
        deadline=datetime.date(2027, 3, 1),
        budget_max=4000,
    )
    assert spec.version == 1 and spec.updated_by == setup["teammate"]
    event = ProjectEvent.objects.get(kind=ProjectEvent.Kind.SPECIFICATION_EDITED)
    assert event.changes == {
        "title": ["Site web", "Site web et rendez-vous"],
        "deadline": [None, "2027-03-01"],
        "budget_max": [None, 4000],
    }
    assert event.step_version == 1 and event.actor == setup["teammate"]
    assert set(event.field_labels) == {
        "outil recherché",
        "mise en service souhaitée",
        "budget maximum (€ TTC)",
    }
    # Saving the same values again writes nothing.
    same = specifications.specification_update(
        actor=setup["teammate"], specification=spec, version=1, title="Site web et rendez-vous"
    )
    assert same.version == 1
    assert ProjectEvent.objects.filter(kind=ProjectEvent.Kind.SPECIFICATION_EDITED).count() == 1


def test_a_stale_save_is_refused_with_what_changed(setup):
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Site web"
    )
    specifications.specification_update(
        actor=setup["teammate"], specification=spec, version=0, functions="Agenda"
    )
    specifications.specification_update(
        actor=setup["teammate"], specification=spec, version=1, functions="Agenda\nCarte"
    )
    with pytest.raises(SpecificationConflictError) as error:
        specifications.specification_update(
            actor=setup["founder"], specification=spec, version=0, functions="Boutique"
        )
    assert error.value.changes == {"functions": ["", "Agenda\nCarte"]}
    assert error.value.current.version == 2
    spec.refresh_from_db()
    assert spec.functions == "Agenda\nCarte"


def test_an_invalid_update_leaves_the_row_and_history_alone(setup):
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Site web"
    )
    with pytest.raises(ValidationError):
        specifications.specification_update(
            actor=setup["founder"], specification=spec, version=0, title="", hosting="moon"
        )
    spec.refresh_from_db()
    assert spec.title == "Site web" and spec.version == 0
    assert not ProjectEvent.objects.filter(kind=ProjectEvent.Kind.SPECIFICATION_EDITED).exists()


def test_delete_keeps_a_history_line_with_the_title(setup):
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Site web"
    )
    specifications.specification_delete(actor=setup["teammate"], specification=spec)
    assert not Specification.objects.exists()
    event = ProjectEvent.objects.get(kind=ProjectEvent.Kind.SPECIFICATION_DELETED)
    assert event.changes == {"title": ["Site web", None]} and event.actor == setup["teammate"]
    created = ProjectEvent.objects.get(kind=ProjectEvent.Kind.SPECIFICATION_CREATED)
    assert created.specification is None  # the line stays, its link is cleared


def test_lines_drop_blank_lines_and_list_marks():
    assert Specification.lines("- Agenda\n\n* Carte \n• Boutique\n  ") == [
        "Agenda",
        "Carte",
        "Boutique",
    ]


def test_the_export_holds_the_teams_specifications_and_erasure_keeps_them_for_the_team(setup):
    from accounts import services as accounts
    from launchpad import privacy
    from launchpad.models import Project, ProjectMember

    project = setup["project"]
    ProjectMember.objects.create(project=project, user=setup["teammate"])
    spec = specifications.specification_create(
        actor=setup["founder"], project=project, title="Site web", functions="Agenda"
    )
    specifications.specification_update(
        actor=setup["teammate"], specification=spec, version=0, deadline=datetime.date(2027, 1, 5)
    )
    solo = services.project_create(
        actor=setup["founder"], pack_key=setup["pack"].translation_key, name="Seule"
    )
    specifications.specification_create(actor=setup["founder"], project=solo, title="Caisse")

    exported = privacy.user_export(setup["founder"])
    (team,) = [item for item in exported["projects"] if item["name"] == "Ressourcerie"]
    (item,) = team["specifications"]
    assert item["id"] == str(spec.public_id) and item["title"] == "Site web"
    assert item["functions"] == "Agenda" and item["deadline"] == "2027-01-05"
    assert item["created_by_me"] and not item["updated_by_me"]
    history = [line["kind"] for line in exported["project_history"]]
    assert "specification_created" in history and "specification_edited" not in history

    accounts.user_erase(user=setup["founder"])

    assert not Project.objects.filter(pk=solo.pk).exists()
    assert list(Specification.objects.values_list("title", flat=True)) == ["Site web"]
    spec.refresh_from_db()
    assert spec.created_by is None and spec.updated_by == setup["teammate"]
