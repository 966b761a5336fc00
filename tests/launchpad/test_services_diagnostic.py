"""The needs diagnostic: answers checked against the questions, the plan they make (a table of
cases), the needs recorded, retaking, and the plan page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import services as accounts
from accounts.services import user_create
from launchpad import api, selectors, services
from launchpad.models import DiagnosticAttempt, ProjectEvent, ProjectNeed
from launchpad.services.errors import DiagnosticError
from tests.launchpad.factories import FundingSchemeFactory, document_create, pack_create
from tracking.models import Statement

pytestmark = pytest.mark.django_db


def _questions(steps, document):
    one, two, three = (step.page for step in steps[:3])
    return [
        {
            "id": "statut",
            "text": "Avez-vous déjà une structure juridique ?",
            "options": [
                {"id": "non", "label": "Pas encore", "priority_steps": [two],
                 "needs": ["legal_form"]},
                {"id": "oui", "label": "Oui", "skipped_steps": [two]},
            ],
        },
        {
            "id": "besoins",
            "text": "De quoi avez-vous besoin ?",
            "kind": "multiple",
            "options": [
                {"id": "argent", "label": "D'argent", "priority_steps": [three],
                 "needs": ["funding"], "templates": [document]},
                {"id": "outils", "label": "D'outils", "needs": ["digital_tools"]},
                {"id": "rien", "label": "De rien", "skipped_steps": [three, two]},
            ],
        },
        {
            "id": "avance",
            "text": "Où en est l'idée ?",
            "kind": "scale",
            "options": [
                {"id": "floue", "label": "Floue", "priority_steps": [one]},
                {"id": "claire", "label": "Claire"},
            ],
        },
    ]  # fmt: skip


@pytest.fixture
def setup(home_page):
    pack = pack_create(home_page, steps=4, tasks=2)
    steps = selectors.pack_steps(pack=pack)
    document = document_create("Budget")
    services.diagnostic_set(pack=pack, questions=_questions(steps, document))
    founder = user_create(username="fondatrice", email="f@example.org", password="x-Y-z-12345")
    project = services.project_create(
        actor=founder, pack_key=pack.translation_key, name="P", departement="35", stage="study"
    )
    pack.refresh_from_db()
    return {"pack": pack, "steps": steps, "founder": founder, "project": project, "doc": document}


def _flags(plan, steps):
    numbers = {str(step.key): step.number for step in steps}
    return [(numbers[entry["key"]], entry["flag"]) for entry in plan["steps"]]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # No effect: the pack's order, all to do.
        ({"statut": ["oui"], "besoins": [], "avance": ["claire"]},
         [(1, "todo"), (3, "todo"), (4, "todo"), (2, "not_concerned")]),
        # Priorities first, in the pack's order.
        ({"statut": ["non"], "besoins": ["argent"], "avance": ["floue"]},
         [(1, "priority"), (2, "priority"), (3, "priority"), (4, "todo")]),
        # A priority wins over a "not concerned" from another answer.
        ({"statut": ["non"], "besoins": ["rien"], "avance": ["claire"]},
         [(2, "priority"), (1, "todo"), (4, "todo"), (3, "not_concerned")]),
    ],
)  # fmt: skip
def test_the_plan_of_a_table_of_answers(setup, answers, expected):
    questions = selectors.diagnostic_questions(pack=setup["pack"])
    cleaned = services.answers_clean(questions=questions, answers=answers)
    plan = selectors.plan_compute(steps=setup["steps"], questions=questions, answers=cleaned)
    assert _flags(plan, setup["steps"]) == expected


@pytest.mark.parametrize(
    ("answers", "question"),
    [
        ({"besoins": [], "avance": ["claire"]}, "statut"),  # missing
        ({"statut": ["oui", "non"], "besoins": [], "avance": ["claire"]}, "statut"),  # two
        ({"statut": ["peut-etre"], "besoins": [], "avance": ["claire"]}, "statut"),  # unknown
        ({"statut": ["oui"], "besoins": ["floue"], "avance": ["claire"]}, "besoins"),  # other q.
        ({"statut": ["oui"], "besoins": [], "avance": ["claire"], "age": ["40"]}, "age"),
    ],
)
def test_bad_answers_are_refused_by_question_and_nothing_is_stored(setup, answers, question):
    with pytest.raises(DiagnosticError) as error:
        services.diagnostic_submit(
            actor=setup["founder"], project=setup["project"], pack=setup["pack"], answers=answers
        )
    assert question in error.value.message_dict
    assert not DiagnosticAttempt.objects.exists() and not ProjectNeed.objects.exists()


def test_a_submission_keeps_the_plan_records_needs_and_tells_tracking(setup):
    answers = {"statut": ["non"], "besoins": ["argent", "outils"], "avance": ["floue"]}
    attempt = services.diagnostic_submit(
        actor=setup["founder"], project=setup["project"], pack=setup["pack"], answers=answers
    )
    assert attempt.plan["templates"] == [
        {"id": setup["doc"].pk, "reasons": [["besoins", "argent"]]}
    ]
    needs = set(ProjectNeed.objects.values_list("category", "departement", "stage"))
    assert needs == {("legal_form", "35", "study"), ("funding", "35", "study"),
                     ("digital_tools", "35", "study")}  # fmt: skip
    assert ProjectEvent.objects.filter(kind="diagnosed").count() == 1
    statement = Statement.objects.get()
    assert statement.object_iri.endswith(f"launch-diagnostic/{setup['pack'].translation_key}")
    assert str(statement.registration) == str(setup["project"].public_id)

    # Retaking replaces the needs and keeps both attempts.
    services.diagnostic_submit(
        actor=setup["founder"],
        project=setup["project"],
        pack=setup["pack"],
        answers={"statut": ["oui"], "besoins": [], "avance": ["claire"]},
    )
    assert DiagnosticAttempt.objects.count() == 2
    assert not ProjectNeed.objects.exists()
    latest, previous = selectors.diagnostic_latest(project=setup["project"])
    changes = selectors.plan_changes(before=previous.plan, after=latest.plan)
    assert changes["needs"]["dropped"] == ["digital_tools", "funding", "legal_form"]
    assert {change["after"] for change in changes["steps"]} == {"todo", "not_concerned"}


def test_the_plan_page_says_why_and_what_changed(client, setup):
    project = setup["project"]
    client.force_login(setup["founder"])
    url = reverse("launchpad:project_diagnostic", args=[project.public_id])
    response = client.post(url, {"q-statut": "non", "q-avance": "floue"})
    assert response.status_code == 302
    page = client.get(reverse("launchpad:project_plan", args=[project.public_id])).content.decode()
    assert "Parce que vous avez répondu « Pas encore » à « Avez-vous déjà une structure" in page
    assert "Prioritaire" in page and "Forme juridique" in page
    assert "Ce qui a changé" not in page  # a first diagnostic
    # Retaking: the form is prefilled, the plan says what changed.
    form = client.get(url).content.decode()
    assert re.search(r'<input[^>]*value="non"[^>]*checked', form)
    assert not re.search(r'<input[^>]*value="oui"[^>]*checked', form)
    client.post(url, {"q-statut": "oui", "q-avance": "floue"})
    page = client.get(reverse("launchpad:project_plan", args=[project.public_id])).content.decode()
    assert "Ce qui a changé depuis le diagnostic précédent" in page
    assert "Besoin retiré : Forme juridique" in page


def test_a_bad_diagnostic_post_keeps_what_was_typed(client, setup):
    client.force_login(setup["founder"])
    url = reverse("launchpad:project_diagnostic", args=[setup["project"].public_id])
    response = client.post(url, {"q-statut": "peut-etre", "q-besoins": ["argent"]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le formulaire contient des erreurs" in page
    assert re.search(r'<input[^>]*value="argent"[^>]*checked', page)  # what was ticked stays
    assert not DiagnosticAttempt.objects.exists()


def test_the_plan_page_query_count_does_not_grow_with_questions_and_effects(client, setup):
    project, founder, pack = setup["project"], setup["founder"], setup["pack"]
    client.force_login(founder)
    answers = {"statut": ["non"], "besoins": ["argent"], "avance": ["floue"]}
    services.diagnostic_submit(actor=founder, project=project, pack=pack, answers=answers)
    url = reverse("launchpad:project_plan", args=[project.public_id])
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    questions = _questions(setup["steps"], setup["doc"])
    for number in range(10):
        extra = {**questions[1], "id": f"besoins-{number}"}
        extra["options"] = [
            {**option, "id": f"{option['id']}-{number}"} for option in extra["options"]
        ]
        questions.append(extra)
    services.diagnostic_set(pack=pack, questions=questions)
    pack.refresh_from_db()
    answers.update({f"besoins-{n}": [f"argent-{n}", f"outils-{n}"] for n in range(10)})
    services.diagnostic_submit(actor=founder, project=project, pack=pack, answers=answers)
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_needs_are_counted_by_category_territory_and_stage_for_higher_apps(setup):
    answers = {"statut": ["non"], "besoins": ["argent"], "avance": ["floue"]}
    services.diagnostic_submit(
        actor=setup["founder"], project=setup["project"], pack=setup["pack"], answers=answers
    )
    other = services.project_create(
        actor=setup["founder"], pack_key=setup["pack"].translation_key, name="Q", departement="35",
        stage="study",
    )  # fmt: skip
    services.diagnostic_submit(actor=setup["founder"], project=other, pack=setup["pack"],
                               answers=answers)  # fmt: skip
    summary = api.needs_summary()
    assert {(row["category"], row["projects"]) for row in summary} == {
        ("funding", 2),
        ("legal_form", 2),
    }
    assert api.needs_summary(project_ids=[other.pk])[0]["projects"] == 1
    exported = accounts.user_data_export(user=setup["founder"])["launchpad"]["diagnostics"]
    assert [entry["answers"]["statut"] for entry in exported] == [["non"], ["non"]]


def test_the_plan_lists_the_funding_schemes_that_fit_the_project_best_first(client, setup):
    FundingSchemeFactory(name_fr="Prêt d'honneur", needs=[], stages=["study"])
    FundingSchemeFactory(name_fr="Garantie solidaire", needs=["funding"], stages=["study"])
    FundingSchemeFactory(name_fr="Prix de l'innovation", stages=["growth"])  # another stage
    answers = {"statut": ["oui"], "besoins": ["argent"], "avance": ["claire"]}
    services.diagnostic_submit(
        actor=setup["founder"], project=setup["project"], pack=setup["pack"], answers=answers
    )
    client.force_login(setup["founder"])
    page = client.get(reverse("launchpad:project_plan", args=[setup["project"].public_id]))
    text = page.content.decode()
    assert "Pistes de financement" in text
    assert text.index("Garantie solidaire") < text.index("Prêt d&#x27;honneur")
    assert "Prix de l" not in text
    assert "répond à vos besoins" in text
