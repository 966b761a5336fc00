"""The launchpad's documents read back: the plan PDF (steps, ticked tasks, decisions, legal
form, funding leads, next actions), a specification's PDF and ODT made from the same data
(text, headings, lists, tables), tagged PDF/UA with the shipped fonts, and their xAPI
statements."""

import datetime

import pytest

from accounts.services import user_create
from launchpad import selectors, services
from launchpad.services import documents, specifications
from tests.launchpad.documents import odt_read, pdf_structure, pdf_text
from tests.launchpad.factories import FundingSchemeFactory, pack_create
from tracking.models import Statement

pytestmark = pytest.mark.django_db
DOWNLOADED = "http://id.tincanapi.com/verb/downloaded"


@pytest.fixture
def setup(home_page):
    pack = pack_create(home_page, steps=3, tasks=3)
    steps = selectors.pack_steps(pack=pack)
    services.diagnostic_set(
        pack=pack,
        questions=[
            {
                "id": "outils",
                "text": "Vos outils numériques sont-ils choisis ?",
                "options": [
                    {"id": "non", "label": "Pas encore", "priority_steps": [steps[2].page],
                     "skipped_steps": [steps[1].page], "needs": ["digital_tools"]},
                    {"id": "oui", "label": "Oui"},
                ],
            }
        ],
    )  # fmt: skip
    pack.refresh_from_db()
    founder = user_create(
        username="fondatrice", email="f@example.org", password="x-Y-z-12345",
        display_name="Awa Diallo",
    )  # fmt: skip
    project = services.project_create(
        actor=founder,
        pack_key=pack.translation_key,
        name="Ressourcerie numérique",
        purpose="Réemployer le matériel informatique du quartier.",
        stage="study",
        departement="35",
        legal_form_chosen="association",
    )
    services.diagnostic_submit(
        actor=founder, project=project, pack=pack, answers={"outils": ["non"]}
    )
    services.project_step_save(
        actor=founder,
        project=project,
        step=steps[0],
        version=0,
        status="done",
        ticks=["tache-1", "tache-2", "tache-3"],
        decisions="Nous gardons l'association loi 1901.",
    )
    services.project_step_save(
        actor=founder,
        project=project,
        step=steps[2],
        version=0,
        status="in_progress",
        ticks=["tache-2"],
        notes="Voir la ressourcerie de Rennes.",
    )
    FundingSchemeFactory(name_fr="Fonds de confiance", needs=["digital_tools"])
    return {"pack": pack, "steps": steps, "founder": founder, "project": project}


def test_plan_pdf_says_the_plan_decisions_legal_form_tools_funding_and_next_actions(setup):
    specifications.specification_create(
        actor=setup["founder"],
        project=setup["project"],
        title="Logiciel de caisse",
        deadline=datetime.date(2027, 2, 1),
    )
    data = documents.plan_pdf_export(
        actor=setup["founder"], project=setup["project"], pack=setup["pack"]
    )
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for expected in (
        "Mon plan de projet",
        "Ressourcerie numérique",
        "Réemployer le matériel informatique du quartier.",
        "Awa Diallo",
        "Prochaines actions",
        "Étape 3",
        "prioritaire d'après le diagnostic",
        "non concernée d'après le diagnostic",
        "Nous gardons l'association loi 1901.",
        "Voir la ressourcerie de Rennes.",
        "Association",
        "Logiciel de caisse",
        "février 2027",
        "Fonds de confiance",
        "étapes faites : 1 sur 3",
        "tâches faites : 3 sur 3",
    ):
        assert expected in text, expected
    # Priority step first; its unticked tasks are the next actions; the skipped step's are not.
    assert text.index("3. Étape 3") < text.index("1. Étape 1") < text.index("2. Étape 2")
    actions = text.split("Prochaines actions", 1)[1].split("Forme juridique", 1)[0]
    assert "Tâche 1" in actions and "Tâche 3" in actions and "Tâche 2" not in actions
    assert "étape 3" in actions and "étape 2" not in actions and "étape 1" not in actions
    assert "✓ Tâche 2" in text  # ticked tasks marked


def test_plan_pdf_is_tagged_pdf_ua_with_language_title_and_the_shipped_font(setup):
    data = documents.plan_pdf_export(actor=None, project=setup["project"], pack=setup["pack"])
    reader, root, types = pdf_structure(data)
    assert root["/Lang"] == "fr"
    assert root["/MarkInfo"]["/Marked"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert "pdfuaid:part" in reader.xmp_metadata.stream.get_data().decode()
    assert reader.metadata.title == "Mon plan de projet : Ressourcerie numérique"
    assert types.count("/H1") == 1 and types.count("/H2") >= 4 and types.count("/H3") == 3
    assert "/L" in types and "/LI" in types and "/Table" in types
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"Document-Sans", "Document-Sans-Bold"}, fonts  # no fallback font
    assert not Statement.objects.filter(verb=DOWNLOADED).exists()  # no actor, no statement


def test_plan_pdf_without_a_diagnostic_follows_the_pack_and_says_nothing_is_chosen(home_page):
    pack = pack_create(home_page, steps=2, tasks=1)
    founder = user_create(username="seule", email="s@example.org", password="x-Y-z-12345")
    project = services.project_create(actor=founder, pack_key=pack.translation_key, name="Solo")
    text = pdf_text(documents.plan_pdf_export(actor=founder, project=project, pack=pack))
    assert text.index("1. Étape 1") < text.index("2. Étape 2")
    assert "Pas encore choisie." in text and "Aucun cahier des charges" in text
    assert "diagnostic" not in text.split("Les étapes", 1)[1]


def test_plan_export_is_a_downloaded_statement_on_the_plan_with_the_project_registration(setup):
    documents.plan_pdf_export(actor=setup["founder"], project=setup["project"], pack=setup["pack"])
    statement = Statement.objects.latest("pk")
    assert statement.verb == DOWNLOADED
    assert statement.object_iri.endswith(
        f"/xapi/activities/launch-plan/{setup['pack'].translation_key}"
    )
    assert statement.registration == setup["project"].public_id
    assert statement.data["object"]["definition"]["name"]["fr"].startswith("Mon plan de projet")


def _specification(setup):
    spec = specifications.specification_create(
        actor=setup["founder"],
        project=setup["project"],
        title="Site web avec prise de rendez-vous",
        context="La ressourcerie ouvre en 2027.\n\nElle reçoit sur rendez-vous.",
        users="Des bénévoles et des habitant·es, souvent sur téléphone.",
        needs_details="Réduire les appels.",
        functions="- Prise de rendez-vous\n- Catalogue du matériel\n\n- Plan d'accès",
        accessibility="rgaa_audited",
        hosting="france",
        licence="free_required",
        data="personal",
        constraints_notes="Pas de traceur publicitaire.",
        budget_max=6500,
        deadline=datetime.date(2027, 3, 15),
        timeline="Consultation en janvier.",
        acceptance="Audit RGAA sans non-conformité bloquante\nPoids de page ≤ 1 Mo",
    )
    return spec


def test_specification_pdf_reads_back_with_every_section_and_structure(setup):
    spec = _specification(setup)
    data = documents.specification_pdf_export(actor=setup["founder"], specification=spec)
    text = pdf_text(data)
    for expected in (
        "Cahier des charges · Ressourcerie numérique",
        "Site web avec prise de rendez-vous",
        "Contexte",
        "Elle reçoit sur rendez-vous.",
        "Utilisateurs et utilisatrices",
        "Outils numériques",  # the need from the diagnostic
        "Réduire les appels.",
        "Prise de rendez-vous",
        "Plan d'accès",
        "vérifié par un audit",
        "Hébergement en France",
        "Logiciel libre exigé",
        "conformité au RGPD",
        "Pas de traceur publicitaire.",
        "6 500 € TTC",
        "15 mars 2027",
        "Poids de page ≤ 1 Mo",
    ):
        assert expected in text, expected
    reader, root, types = pdf_structure(data)
    assert root["/Lang"] == "fr"
    assert reader.metadata.title == "Cahier des charges : Site web avec prise de rendez-vous"
    assert types.count("/H1") == 1 and types.count("/H2") == 7
    assert types.count("/LI") == 3 + 2 + 1  # functions, acceptance criteria, the need
    assert "/Table" in types and "/TH" in types


def test_specification_odt_has_the_same_content_as_headings_lists_and_tables(setup):
    spec = _specification(setup)
    data = documents.specification_odt_export(actor=setup["founder"], specification=spec)
    assert data[:2] == b"PK"
    document, headings, text = odt_read(data)
    assert headings == [
        (1, "Site web avec prise de rendez-vous"),
        (2, "Contexte"),
        (2, "Utilisateurs et utilisatrices"),
        (2, "Besoins"),
        (2, "Fonctions attendues"),
        (2, "Contraintes"),
        (2, "Budget et calendrier"),
        (2, "Critères de recette"),
    ]
    pdf = pdf_text(documents.specification_pdf_export(actor=None, specification=spec))
    for expected in (
        "Elle reçoit sur rendez-vous.",
        "Catalogue du matériel",
        "Hébergement en France",
        "6 500 € TTC",
        "15 mars 2027",
        "Poids de page ≤ 1 Mo",
        "Pas de traceur publicitaire.",
    ):
        assert expected in text and expected in pdf, expected
    lists = [item.get_formatted_text().strip() for item in document.body.lists]
    assert "Prise de rendez-vous" in lists[1] and "Plan d'accès" in lists[1]
    tables = document.body.tables
    assert tables[0].get_values()[0] == ["Critère", "Exigence"]
    assert ["Hébergement", "Hébergement en France"] in tables[0].get_values()
    assert document.meta.get_title() == "Cahier des charges : Site web avec prise de rendez-vous"
    assert document.meta.get_language() == "fr"
    statements = Statement.objects.filter(verb=DOWNLOADED)
    assert statements.count() == 1
    assert statements.get().registration == setup["project"].public_id
    assert "Site web" not in str(statements.get().data)  # the team's text stays here
    assert statements.get().object_iri.endswith(
        f"/xapi/activities/launch-specification/{spec.public_id}"
    )


def test_an_empty_specification_says_what_is_left_to_write(setup):
    spec = specifications.specification_create(
        actor=setup["founder"], project=setup["project"], title="Agenda", needs=[]
    )
    text = pdf_text(documents.specification_pdf_export(actor=None, specification=spec))
    # Context, users, needs, functions, budget and acceptance; constraints have defaults.
    assert text.count("À compléter.") == 6
    _document, _headings, odt_text = odt_read(specifications_odt(spec))
    assert odt_text.count("À compléter.") == text.count("À compléter.")


def specifications_odt(spec):
    return documents.specification_odt(specification=spec)


def test_english_documents_are_in_english(setup):
    from django.utils import translation

    spec = _specification(setup)
    with translation.override("en"):
        text = pdf_text(documents.specification_pdf_export(actor=None, specification=spec))
        plan = pdf_text(
            documents.plan_pdf_export(actor=None, project=setup["project"], pack=setup["pack"])
        )
        _document, headings, _text = odt_read(documents.specification_odt(specification=spec))
    assert "Specification" in text and "Acceptance criteria" in text
    assert "My project plan" in plan and "Next actions" in plan
    assert (2, "Acceptance criteria") in headings


def test_typed_markup_and_control_characters_are_printed_as_text(setup):
    spec = specifications.specification_create(
        actor=setup["founder"],
        project=setup["project"],
        title='<img src="file:///etc/passwd"> Outil & co',
        functions="Saut\x0bvertical\nBip\x07",
        context="<script>alert(1)</script>",
    )
    text = pdf_text(documents.specification_pdf_export(actor=None, specification=spec))
    assert '<img src="file:///etc/passwd"> Outil & co' in text
    assert "<script>alert(1)</script>" in text
    _document, headings, odt_text = odt_read(documents.specification_odt(specification=spec))
    assert headings[0] == (1, '<img src="file:///etc/passwd"> Outil & co')
    assert "vertical" in odt_text and "Bip" in odt_text and "\x07" not in odt_text
