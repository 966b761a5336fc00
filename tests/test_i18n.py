"""Every UI string has its English translation in its own app's catalogue (French is the source
language): `<app>/locale/en/LC_MESSAGES/django.po`, and `locale/en/...` for the site-wide
templates. The extraction is bin/messages itself, run on a copy of the sources."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["tremplin"]["i18n_sources"]


def catalogue_path(root, source):
    return (
        root
        / ("locale" if source == "templates" else f"{source}/locale")
        / "en"
        / "LC_MESSAGES"
        / "django.po"
    )


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Per source, the messages bin/messages extracts from a copy of the sources."""
    if shutil.which("xgettext") is None:
        pytest.fail("xgettext (Debian package gettext) is required: `make test` installs it")
    work = tmp_path_factory.mktemp("i18n")
    ignore = shutil.ignore_patterns("migrations", "__pycache__", "node_modules", "locale", "*.po")
    for name in SOURCES:
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, work / name, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", work)
    shutil.copytree(ROOT / "bin", work / "bin")
    subprocess.run(  # noqa: S603
        [str(work / "bin" / "messages")],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
        env={
            **{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
            "PY": sys.executable,
        },
    )
    return {
        source: {(e.msgctxt, e.msgid) for e in polib.pofile(str(catalogue_path(work, source)))}
        for source in SOURCES
        if catalogue_path(work, source).exists()
    }


def test_every_ui_string_has_an_english_translation_in_its_own_catalogue(extracted):
    assert sum(len(ids) for ids in extracted.values()) > 500, "the extraction itself is broken"
    for source, msgids in extracted.items():
        path = catalogue_path(ROOT, source)
        assert path.exists(), f"{source} has UI strings but no catalogue: run bin/messages"
        translated = {
            (e.msgctxt, e.msgid)
            for e in polib.pofile(str(path))
            if e.translated() and not e.obsolete and "fuzzy" not in e.flags
        }
        missing = sorted(msgid for _ctx, msgid in msgids - translated)
        assert not missing, f"{source}: {len(missing)} UI strings without English: {missing[:20]}"


@pytest.mark.parametrize("source", SOURCES)
def test_plural_forms_are_all_translated(source):
    path = catalogue_path(ROOT, source)
    if not path.exists():
        return
    for entry in polib.pofile(str(path)):
        if entry.msgid_plural and not entry.obsolete:
            assert all(entry.msgstr_plural.values()), f"{source}: {entry.msgid}"
