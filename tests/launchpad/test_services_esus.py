"""The ESUS pre-check: a table of cases, then bad figures (nothing stored: the service has no
database access at all)."""

from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import translation

from launchpad import conf
from launchpad.services import OrientationError, esus_precheck

SMIC = Decimal("21876.36")  # 2026: 1 823,03 EUR x 12 (décret n° 2025-1228)


def check(pay, *, purpose="yes", statutes="yes", listed="no"):
    return esus_precheck(
        social_utility_purpose=purpose,
        social_utility_in_statutes=statutes,
        shares_listed=listed,
        top_pay=pay,
    )


def met(result):
    return {condition.key: condition.met for condition in result.conditions}


def test_the_default_smic_is_the_2026_figure_with_its_source():
    smic = conf.smic()
    assert smic["annual_gross"] == SMIC == Decimal("1823.03") * 12
    assert smic["valid_from"] == "2026-01-01"
    assert "2025-1228" in smic["source"]


CASES = [
    pytest.param(["40000", "35000", "30000", "28000", "25000"], {}, id="modest pay"),
    pytest.param(
        [str(SMIC * 10), str(SMIC * 7), str(SMIC * 6), str(SMIC * 5), str(SMIC * 7)],
        {},
        id="exactly at both caps",  # average 7 x SMIC, highest 10 x SMIC
    ),
    pytest.param(
        [str(SMIC * 10 + Decimal("0.01")), "30000"],
        {"highest_pay": False},
        id="highest one cent over 10 x SMIC",
    ),
    pytest.param([str(SMIC * 8)] * 5, {"average_pay": False}, id="average over 7 x SMIC"),
    pytest.param(
        [str(SMIC * 11)] * 5,
        {"average_pay": False, "highest_pay": False},
        id="both caps exceeded",
    ),
    pytest.param(["30 000,50"], {}, id="one employee, French formatting"),
    pytest.param([45000, 0.0, None, ""], {}, id="numbers and blanks mixed"),
]


@pytest.mark.parametrize(("pay", "failed"), CASES)
def test_pay_table(pay, failed):
    result = check(pay)
    expected = {key: key not in failed for key in met(result)}
    expected.update(failed)
    assert met(result) == expected
    assert result.all_met == (not failed)


@pytest.mark.parametrize(
    ("answers", "failed"),
    [
        ({"purpose": "no"}, "purpose"),
        ({"statutes": False}, "statutes"),
        ({"listed": "yes"}, "not_listed"),
        ({"listed": True, "purpose": False}, "purpose"),
    ],
)
def test_yes_no_conditions(answers, failed):
    result = check(["30000"], **answers)
    assert met(result)[failed] is False
    assert not result.all_met


def test_the_result_explains_with_figures_and_says_orientation():
    result = check(["300000", "100000"])
    conditions = {condition.key: condition for condition in result.conditions}
    assert conditions["highest_pay"].met is False
    assert "300\u202f000,00 €" in conditions["highest_pay"].why
    assert "218\u202f763,60 €" in conditions["highest_pay"].why  # 10 x SMIC
    assert conditions["average_pay"].met is False  # 200 000 > 153 134,52
    assert result.average_pay == Decimal("200000.00")
    assert "pas un conseil juridique" in str(result.notice)


@override_settings(TREMPLIN_LAUNCHPAD_SMIC={"annual_gross": "30000", "valid_from": "2027-01-01"})
def test_the_smic_is_a_setting():
    result = check([str(SMIC * 10 + 1)])  # over the 2026 cap, under the overridden one
    assert met(result)["highest_pay"] is True
    assert result.smic_annual == Decimal("30000")
    assert result.smic_valid_from == "2027-01-01"


@pytest.mark.parametrize(
    ("pay", "fragment"),
    [
        (["-1"], "ne peut pas être négatif"),
        (["100000000.01"], "n'est pas plausible"),
        (["abc"], "« abc » n'est pas un montant"),
        (["1e3"], None),  # scientific notation is a number: accepted
        (["NaN"], "n'est pas un montant"),
        (["Infinity"], "n'est pas un montant"),
        ([], "au moins une rémunération"),
        (["", None], "au moins une rémunération"),
        ("30000", "au moins une rémunération"),
        (["1"] * 6, "au plus 5 rémunérations"),
        ([True], "n'est pas un montant"),
    ],
)
def test_bad_figures_are_clear_errors(pay, fragment):
    if fragment is None:
        assert check(pay).highest_pay == Decimal("1000")
        return
    with pytest.raises(OrientationError) as error:
        check(pay)
    assert any(fragment in message for message in error.value.messages), error.value.messages


def test_missing_yes_no_answers_are_named():
    with pytest.raises(OrientationError) as error:
        check(["30000"], purpose=None, statutes="maybe", listed="")
    assert len(error.value.messages) == 3


def test_errors_are_translated():
    with translation.override("en"), pytest.raises(OrientationError) as error:
        check(["-5"])
    assert "cannot be negative" in error.value.messages[0]
