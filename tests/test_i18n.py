"""Every UI string has its English translation in locale/en (French is the source language)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
PO_FILE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
SOURCES = [
    "config",
    "accounts",
    "courses",
    "competencies",
    "launchpad",
    "certificates",
    "cohorts",
    "tracking",
    "templates",
]


@pytest.fixture(scope="module")
def extracted_msgids(tmp_path_factory):
    """Extract the messages from a copy of the sources, as makemessages would."""
    if shutil.which("xgettext") is None:
        pytest.fail("xgettext (Debian package gettext) is required: `make test` installs it")
    work = tmp_path_factory.mktemp("i18n")
    for name in SOURCES:
        source = ROOT / name
        if source.exists():
            shutil.copytree(
                source,
                work / name,
                ignore=shutil.ignore_patterns("migrations", "__pycache__", "*.md", "curriculum"),
            )
    (work / "locale").mkdir()
    subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "en",
            "--no-location",
            "--no-obsolete",
            "-v0",
        ],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
    )
    catalogue = polib.pofile(str(work / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in catalogue}


def test_every_ui_string_has_an_english_translation(extracted_msgids):
    catalogue = polib.pofile(str(PO_FILE))
    translated = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogue
        if entry.translated() and not entry.obsolete and "fuzzy" not in entry.flags
    }
    missing = sorted(msgid for _ctx, msgid in extracted_msgids - {(c, m) for c, m in translated})
    assert extracted_msgids, "no message was extracted: the extraction itself is broken"
    assert not missing, f"{len(missing)} UI strings without English translation: {missing[:20]}"


def test_plural_forms_are_all_translated():
    for entry in polib.pofile(str(PO_FILE)):
        if entry.msgid_plural and not entry.obsolete:
            assert all(entry.msgstr_plural.values()), entry.msgid
