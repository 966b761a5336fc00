"""The legal-form orientation: the rules file itself, then a table of cases (answers ->
verdicts), then bad answers."""

import tomllib

import pytest
from django.utils import translation

from launchpad.legal_forms import (
    DATA,
    EXCLUDED,
    FIT,
    POSSIBLE,
    LegalFormDataError,
    legal_form_keys,
    rules,
    rules_parse,
)
from launchpad.services import OrientationError, legal_form_orientation

QUESTIONS = ("purpose", "profit", "vote", "employees", "categories", "public_bodies", "capital",
             "activity")  # fmt: skip
FORMS = ("association", "scop", "scic", "cae", "ess_company", "fonds_dotation", "fondation")
UNSURE = dict.fromkeys(QUESTIONS, "unsure")


def answers(**given):
    return {**UNSURE, **given}


def verdicts(results):
    return {result.form: result.verdict for result in results}


def test_the_rules_file_is_consistent_and_bilingual():
    data = rules()
    assert list(data.questions) == list(UNSURE)
    assert legal_form_keys() == [
        "association", "scop", "scic", "cae", "ess_company", "fonds_dotation", "fondation",
    ]  # fmt: skip
    for form in data.forms.values():
        assert form.references, form.key
        assert len(form.rules_text["fr"]) == len(form.rules_text["en"]) > 0
        for rule in form.when:
            assert rule.reason["fr"] and rule.reason["en"]
    # the figures the issue names are in the rules, in both languages
    scic = data.forms["scic"]
    assert any("57,5 %" in text for text in scic.rules_text["fr"])
    assert any("57.5%" in text for text in scic.rules_text["en"])
    assert any("50 %" in text for text in scic.rules_text["fr"])
    assert any("trois catégories" in text for text in scic.rules_text["fr"])
    scop = data.forms["scop"]
    assert any("51 %" in text and "65 %" in text for text in scop.rules_text["fr"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["forms"][0]["when"][0].update(answer="purpose:nope"), "unknown answer"),
        (lambda d: d["forms"][0]["when"][0].update(answer="nope:members"), "unknown answer"),
        (lambda d: d["forms"][0]["when"][0].update(verdict="maybe"), "unknown verdict"),
        (lambda d: d["forms"][0]["name"].pop("en"), ".fr and .en"),
        (lambda d: d["forms"][0]["rules"]["en"].pop(), "as many .fr as .en"),
        (lambda d: d["questions"][0].update(options=[]), "no options"),
    ],
)
def test_an_inconsistent_rules_file_is_refused(change, message):
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(LegalFormDataError, match=message):
        rules_parse(data)


CASES = [
    # (answers, expected verdicts for some forms)
    pytest.param(
        answers(purpose="general_interest", profit="none", vote="one_member_one_vote",
                capital="none", activity="non_commercial"),
        {"association": FIT, "scop": EXCLUDED, "ess_company": EXCLUDED, "cae": EXCLUDED,
         "fonds_dotation": EXCLUDED, "fondation": EXCLUDED},
        id="volunteer-run general-interest association",
    ),
    pytest.param(
        answers(purpose="members", profit="limited", vote="one_member_one_vote",
                employees="yes", categories="one", capital="shares", activity="sales"),
        {"scop": FIT, "association": EXCLUDED, "scic": EXCLUDED, "fonds_dotation": EXCLUDED},
        id="worker cooperative",
    ),
    pytest.param(
        answers(purpose="general_interest", profit="limited", vote="one_member_one_vote",
                employees="no", categories="three_or_more", public_bodies="minority",
                capital="shares", activity="sales"),
        {"scic": FIT, "scop": EXCLUDED, "association": EXCLUDED},
        id="multi-stakeholder cooperative with a commune",
    ),
    pytest.param(
        answers(categories="two", purpose="general_interest"),
        {"scic": EXCLUDED},
        id="a SCIC needs three categories of members",
    ),
    pytest.param(
        answers(public_bodies="majority", categories="three_or_more"),
        {"scic": EXCLUDED, "scop": EXCLUDED, "association": POSSIBLE},
        id="public bodies over 50% exclude the SCIC",
    ),
    pytest.param(
        answers(purpose="members", profit="limited", vote="one_member_one_vote",
                activity="shared_employment"),
        {"cae": FIT, "association": EXCLUDED, "fonds_dotation": EXCLUDED, "scop": POSSIBLE},
        id="freelancers sharing an employer",
    ),
    pytest.param(
        answers(purpose="general_interest", profit="none", vote="founders",
                capital="endowment", activity="redistribution"),
        {"fonds_dotation": FIT, "fondation": EXCLUDED, "scop": EXCLUDED, "scic": EXCLUDED},
        id="endowment fund with 15 000 EUR",
    ),
    pytest.param(
        answers(purpose="general_interest", profit="none", vote="founders",
                capital="large_endowment", activity="redistribution"),
        {"fonds_dotation": FIT, "fondation": FIT},
        id="large endowment: a foundation too",
    ),
    pytest.param(
        answers(purpose="general_interest", profit="limited", vote="by_capital",
                capital="shares", activity="sales"),
        {"ess_company": POSSIBLE, "scop": EXCLUDED, "scic": EXCLUDED, "association": EXCLUDED},
        id="commercial company with the ESS status, votes by capital",
    ),
    pytest.param(
        answers(profit="full"),
        dict.fromkeys(FORMS, EXCLUDED),
        id="sharing most profits excludes every ESS form",
    ),
    pytest.param(
        answers(),
        dict.fromkeys(FORMS, POSSIBLE),
        id="all unsure: nothing decided",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("given", "expected"), CASES)
def test_orientation_table(given, expected):
    got = verdicts(legal_form_orientation(answers=given))
    assert {form: got[form] for form in expected} == expected


def test_results_are_ordered_and_explained():
    results = legal_form_orientation(
        answers=answers(purpose="general_interest", categories="two", public_bodies="minority")
    )
    order = [result.verdict for result in results]
    assert order == sorted(order, key=[FIT, POSSIBLE, EXCLUDED].index)
    scic = next(result for result in results if result.form == "scic")
    assert scic.verdict == EXCLUDED
    reasons = {reason.question: reason for reason in scic.reasons}
    assert reasons["categories"].verdict == EXCLUDED
    assert "trois catégories" in reasons["categories"].text
    assert reasons["categories"].answer_text == "Deux"
    assert reasons["public_bodies"].verdict == FIT
    assert [reason.question for reason in scic.reasons] == ["purpose", "categories",
                                                             "public_bodies"]  # fmt: skip
    assert any("Loi n° 2001-624" in reference for reference in scic.references)
    assert "pas un conseil juridique" in str(scic.notice)


def test_results_follow_the_active_language():
    with translation.override("en"):
        results = legal_form_orientation(answers=answers(categories="two"))
        notice = str(results[0].notice)
    scic = next(result for result in results if result.form == "scic")
    assert scic.name.startswith("SCIC (multi-stakeholder")
    assert "at least three categories" in scic.reasons[0].text
    assert "not legal advice" in notice


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        (answers(colour="green"), "Question inconnue : « colour »"),
        (answers(purpose="profit"), "Réponse inconnue « profit »"),
        (answers(purpose=["members"]), "Réponse inconnue"),
        ({"purpose": "members"}, "Répondez à la question « Les bénéfices"),
        (answers(purpose=""), "Répondez à la question « Au service de qui"),
        ("purpose=members", "illisibles"),
    ],
)
def test_bad_answers_are_clear_errors(given, fragment):
    with pytest.raises(OrientationError) as error:
        legal_form_orientation(answers=given)
    assert any(fragment in message for message in error.value.messages), error.value.messages


def test_every_problem_is_listed_at_once():
    with pytest.raises(OrientationError) as error:
        legal_form_orientation(answers={"purpose": "nope", "colour": "green"})
    # one unknown option, one unknown question, seven unanswered questions
    assert len(error.value.messages) == 2 + 7


def test_bad_answers_are_translated():
    with translation.override("en"), pytest.raises(OrientationError) as error:
        legal_form_orientation(answers=answers(purpose="profit"))
    assert "Unknown answer" in error.value.messages[0]
