"""Orientation calculators: the legal-form orientation and the ESUS pre-check. Pure functions
of plain inputs (a project, a form or a test calls them the same way); they store nothing.
Both are an orientation, not legal advice: every result says so (ORIENTATION_NOTICE)."""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import conf
from ..legal_forms import EXCLUDED, FIT, POSSIBLE, VERDICTS, localized, rules

ORIENTATION_NOTICE = gettext_lazy(
    "Ceci est une orientation, pas un conseil juridique : faites vérifier votre choix par un "
    "accompagnateur (DLA, union régionale des SCOP, incubateur) ou un juriste."
)


class OrientationError(ValidationError):
    """Answers or figures that cannot be used; `.messages` lists each problem, translated."""


# Legal-form orientation ---------------------------------------------------------------------


@dataclass(frozen=True)
class LegalFormReason:
    question: str
    option: str
    question_text: str
    answer_text: str
    verdict: str
    text: str


@dataclass(frozen=True)
class LegalFormResult:
    form: str
    name: str
    summary: str
    verdict: str  # fit, possible or excluded
    reasons: tuple  # of LegalFormReason, in the questions' order
    rules: tuple  # the key rules, in the active language
    references: tuple  # the legal texts by their official titles (French)

    @property
    def notice(self):
        return ORIENTATION_NOTICE


def legal_form_answers_validate(answers):
    """The answers as {question: option}; OrientationError naming every unknown question,
    unknown option and unanswered question."""
    data = rules()
    if not isinstance(answers, dict):
        raise OrientationError(_("Les réponses sont illisibles."))
    errors = []
    for question, option in answers.items():
        if question not in data.questions:
            errors.append(_("Question inconnue : « %(question)s ».") % {"question": question})
        elif option in (None, ""):
            continue  # reported below as unanswered
        elif not isinstance(option, str) or option not in data.questions[question].options:
            errors.append(
                _("Réponse inconnue « %(option)s » à la question « %(question)s ».")
                % {"option": option, "question": localized(data.questions[question].text)}
            )
    for key, question in data.questions.items():
        if answers.get(key) in (None, ""):
            errors.append(
                _(
                    "Répondez à la question « %(question)s » (ou choisissez « Je ne sais pas "
                    "encore »)."
                )
                % {"question": localized(question.text)}
            )
    if errors:
        raise OrientationError(errors)
    return dict(answers)


def legal_form_orientation(*, answers):
    """Each legal form with its verdict for `answers` ({question key: option key}, every
    question answered), the reasons (which answer makes it fit, possible or excluded), its key
    rules and legal texts. Sorted fit, possible, excluded; within a verdict, the forms with the
    most reasons to fit first, then in the data's order. Raises OrientationError."""
    answers = legal_form_answers_validate(answers)
    data = rules()
    order = {key: index for index, key in enumerate(data.questions)}
    results = []
    for position, form in enumerate(data.forms.values()):
        matched = sorted(
            (rule for rule in form.when if answers.get(rule.question) == rule.option),
            key=lambda rule: order[rule.question],
        )
        verdicts = {rule.verdict for rule in matched}
        verdict = (
            EXCLUDED
            if EXCLUDED in verdicts
            else POSSIBLE
            if POSSIBLE in verdicts or not matched
            else FIT
        )
        reasons = tuple(
            LegalFormReason(
                question=rule.question,
                option=rule.option,
                question_text=localized(data.questions[rule.question].text),
                answer_text=localized(data.questions[rule.question].options[rule.option]),
                verdict=rule.verdict,
                text=localized(rule.reason),
            )
            for rule in matched
        )
        language_rules = form.rules_text
        results.append(
            (
                VERDICTS.index(verdict),
                -sum(1 for rule in matched if rule.verdict == FIT),
                position,
                LegalFormResult(
                    form=form.key,
                    name=localized(form.name),
                    summary=localized(form.summary),
                    verdict=verdict,
                    reasons=reasons,
                    rules=tuple(localized(language_rules)),
                    references=form.references,
                ),
            )
        )
    return [result for *_key, result in sorted(results, key=lambda item: item[:3])]


# ESUS pre-check -----------------------------------------------------------------------------

ESUS_PAY_COUNT = 5  # the five highest pay packages (code du travail, L. 3332-17-1, I, 3°)
ESUS_AVERAGE_FACTOR = 7
ESUS_HIGHEST_FACTOR = 10
ESUS_MAX_PAY = Decimal("100000000")  # above 100 M EUR a year, a figure is a typing error


@dataclass(frozen=True)
class EsusCondition:
    key: str
    label: str
    met: bool
    why: str


@dataclass(frozen=True)
class EsusResult:
    conditions: tuple  # of EsusCondition
    smic_annual: Decimal
    smic_valid_from: str
    smic_source: str
    average_pay: Decimal | None
    highest_pay: Decimal | None
    notice: object = field(default=ORIENTATION_NOTICE)

    @property
    def all_met(self):
        return all(condition.met for condition in self.conditions)


def _yes_no(value, label, errors):
    if isinstance(value, bool):
        return value
    if value in ("yes", "no"):
        return value == "yes"
    errors.append(_("Répondez par oui ou par non : « %(question)s ».") % {"question": label})
    return None


def _amount(value):
    if isinstance(value, bool) or value is None:
        raise InvalidOperation
    if isinstance(value, str):
        value = value.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        value = value.replace(",", ".")
        if not value:
            raise InvalidOperation
    amount = Decimal(value) if not isinstance(value, float) else Decimal(str(value))
    if not amount.is_finite():
        raise InvalidOperation
    return amount


def _euros(amount):
    return f"{amount.quantize(Decimal('0.01')):,.2f}".replace(",", "\u202f").replace(".", ",")


def esus_precheck(*, social_utility_purpose, social_utility_in_statutes, top_pay, shares_listed):
    """The conditions of the ESUS approval (entreprise solidaire d'utilité sociale, code du
    travail, art. L. 3332-17-1, from loi n° 2014-856, art. 11) that a few figures can check:

    - `social_utility_purpose`, `social_utility_in_statutes`: social utility (loi 2014-856,
      art. 2) is the main purpose, and it is written in the statutes (True/False or "yes"/"no");
    - `top_pay`: the annual gross pay of the five best-paid people (fewer when the company has
      fewer employees or managers; at least one), in euros: their average at most 7 x the
      annual SMIC, the highest at most 10 x;
    - `shares_listed`: the shares are traded on a regulated market (then not eligible).

    The condition that the social-utility charge weighs significantly on the accounts is left
    to the prefecture's review (said in the result). Raises OrientationError (every bad input
    named) for a missing, negative, non-numeric or absurd (over 100 M EUR) figure."""
    errors = []
    purpose = _yes_no(
        social_utility_purpose, _("L'utilité sociale est-elle l'objectif principal ?"), errors
    )
    statutes = _yes_no(
        social_utility_in_statutes, _("L'utilité sociale figure-t-elle dans les statuts ?"), errors
    )
    listed = _yes_no(shares_listed, _("Les titres sont-ils cotés sur un marché ?"), errors)
    pays = []
    if not isinstance(top_pay, list | tuple) or not [v for v in top_pay if v not in (None, "")]:
        errors.append(_("Indiquez au moins une rémunération annuelle (la plus élevée)."))
    else:
        entered = [value for value in top_pay if value not in (None, "")]
        if len(entered) > ESUS_PAY_COUNT:
            errors.append(
                _("Indiquez au plus %(count)d rémunérations : les plus élevées.")
                % {"count": ESUS_PAY_COUNT}
            )
        for position, value in enumerate(entered[:ESUS_PAY_COUNT], start=1):
            try:
                amount = _amount(value)
            except (InvalidOperation, TypeError, ValueError):
                errors.append(
                    _("Rémunération n° %(n)d : « %(value)s » n'est pas un montant en euros.")
                    % {"n": position, "value": value}
                )
                continue
            if amount < 0:
                errors.append(
                    _("Rémunération n° %(n)d : un montant ne peut pas être négatif.")
                    % {"n": position}
                )
            elif amount > ESUS_MAX_PAY:
                errors.append(
                    _(
                        "Rémunération n° %(n)d : %(value)s € par an n'est pas plausible "
                        "(plus de 100 millions) ; vérifiez la saisie."
                    )
                    % {"n": position, "value": _euros(amount)}
                )
            else:
                pays.append(amount)
    if errors:
        raise OrientationError(errors)
    smic = conf.smic()
    smic_annual = smic["annual_gross"]
    average = (sum(pays) / len(pays)).quantize(Decimal("0.01"))
    highest = max(pays)
    average_cap = smic_annual * ESUS_AVERAGE_FACTOR
    highest_cap = smic_annual * ESUS_HIGHEST_FACTOR
    figures = {"smic": _euros(smic_annual)}
    conditions = (
        EsusCondition(
            "purpose",
            _("L'utilité sociale est l'objectif principal"),
            purpose,
            _(
                "Vous avez indiqué que la recherche d'une utilité sociale est votre objectif "
                "principal."
            )
            if purpose
            else _(
                "L'agrément exige que l'utilité sociale soit l'objectif principal de l'entreprise."
            ),
        ),
        EsusCondition(
            "statutes",
            _("L'utilité sociale est inscrite dans les statuts"),
            statutes,
            _("Vos statuts mentionnent cet objectif.")
            if statutes
            else _("L'objectif d'utilité sociale doit figurer dans les statuts."),
        ),
        EsusCondition(
            "average_pay",
            _("Moyenne des cinq plus hautes rémunérations au plus 7 SMIC annuels"),
            average <= average_cap,
            _("Moyenne de %(average)s € pour un plafond de %(cap)s € (7 × %(smic)s €).")
            % {**figures, "average": _euros(average), "cap": _euros(average_cap)},
        ),
        EsusCondition(
            "highest_pay",
            _("Plus haute rémunération au plus 10 SMIC annuels"),
            highest <= highest_cap,
            _(
                "Plus haute rémunération de %(highest)s € pour un plafond de %(cap)s € "
                "(10 × %(smic)s €)."
            )
            % {**figures, "highest": _euros(highest), "cap": _euros(highest_cap)},
        ),
        EsusCondition(
            "not_listed",
            _("Titres non négociés sur un marché"),
            not listed,
            _(
                "Les titres d'une entreprise ESUS ne peuvent pas être admis sur un marché "
                "réglementé."
            )
            if listed
            else _("Vos titres ne sont pas négociés sur un marché."),
        ),
    )
    return EsusResult(
        conditions=conditions,
        smic_annual=smic_annual,
        smic_valid_from=smic["valid_from"],
        smic_source=smic["source"],
        average_pay=average,
        highest_pay=highest,
    )
