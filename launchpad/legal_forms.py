"""The legal-form orientation rules, read from data/legal_forms.toml (documented at its top and
in docs/launchpad.md). Loaded once per process and checked on load: a rule naming an unknown
question, option or verdict, or a text missing a language, is an error at the first use (and
in the tests), never a silent wrong answer. The orientation itself is
`launchpad.services.legal_form_orientation`."""

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import get_language

DATA = Path(__file__).resolve().parent / "data" / "legal_forms.toml"
LANGUAGES = ("fr", "en")
FIT, POSSIBLE, EXCLUDED = "fit", "possible", "excluded"
VERDICTS = (FIT, POSSIBLE, EXCLUDED)  # from the best to the worst


class LegalFormDataError(Exception):
    """The rules file is inconsistent (a bug in the data, not in the user's answers)."""


def localized(text, language=None):
    """The text of {fr, en} in the active language, French when missing."""
    language = (language or get_language() or "fr")[:2]
    return text.get(language) or text["fr"]


@dataclass(frozen=True)
class Rule:
    question: str
    option: str
    verdict: str
    reason: dict


@dataclass(frozen=True)
class LegalForm:
    key: str
    name: dict
    summary: dict
    rules_text: dict
    references: tuple
    when: tuple  # of Rule


@dataclass(frozen=True)
class Question:
    key: str
    text: dict
    help: dict
    options: dict  # key -> label {fr, en}, in order


@dataclass(frozen=True)
class Rules:
    version: str
    questions: dict  # key -> Question, in order
    forms: dict  # key -> LegalForm, in order


def _text(value, where):
    if not isinstance(value, dict) or any(not value.get(language) for language in LANGUAGES):
        raise LegalFormDataError(f"{where}: a text needs .fr and .en")
    return value


def rules_parse(data):
    """The Rules of the decoded TOML `data`; LegalFormDataError on any inconsistency."""
    questions = {}
    for item in data.get("questions", []):
        options = {
            option["key"]: _text(option.get("label"), f"{item['key']}:{option['key']}")
            for option in item.get("options", [])
        }
        if not options:
            raise LegalFormDataError(f"question {item['key']} has no options")
        questions[item["key"]] = Question(
            item["key"], _text(item.get("text"), item["key"]), item.get("help", {}), options
        )
    forms = {}
    for item in data.get("forms", []):
        key = item["key"]
        when = []
        for rule in item.get("when", []):
            question, _sep, option = rule["answer"].partition(":")
            if question not in questions or option not in questions[question].options:
                raise LegalFormDataError(f"form {key}: unknown answer {rule['answer']!r}")
            if rule["verdict"] not in VERDICTS:
                raise LegalFormDataError(f"form {key}: unknown verdict {rule['verdict']!r}")
            when.append(
                Rule(question, option, rule["verdict"], _text(rule.get("reason"), rule["answer"]))
            )
        rules_text = item.get("rules", {})
        if set(rules_text) != set(LANGUAGES) or len(rules_text["fr"]) != len(rules_text["en"]):
            raise LegalFormDataError(f"form {key}: rules need as many .fr as .en items")
        forms[key] = LegalForm(
            key,
            _text(item.get("name"), key),
            _text(item.get("summary"), key),
            rules_text,
            tuple(item.get("references", [])),
            tuple(when),
        )
    if not questions or not forms:
        raise LegalFormDataError("the rules need questions and forms")
    return Rules(str(data.get("version", "")), questions, forms)


@cache
def rules():
    """The shipped rules, read and checked once per process."""
    with open(DATA, "rb") as file:
        return rules_parse(tomllib.load(file))


def legal_form_keys():
    """The keys of every legal form, in the data's order (FundingScheme.legal_forms uses them)."""
    return list(rules().forms)


def legal_form_choices():
    """(key, name in the active language) of every legal form, for a select."""
    return [(key, localized(form.name)) for key, form in rules().forms.items()]


def legal_form_name(key):
    form = rules().forms.get(key)
    return localized(form.name) if form else key
