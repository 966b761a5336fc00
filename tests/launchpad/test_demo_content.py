"""The launchpad's demo files validate like the courses' (docs/content.md, "Launchpad packs"),
and every problem names its file and line."""

import shutil
from pathlib import Path

import pytest

from config.demo.content import DEFAULT_ROOT, LANGUAGES, content_read
from tests.conftest import SMALL_CONTENT

PACK_CONTENT = Path(__file__).parent / "pack_content"
PACK = "launchpad/petit-pack"


def test_the_shipped_pack_validates_and_is_complete():
    content = content_read(DEFAULT_ROOT)
    assert [str(problem) for problem in content.problems] == []
    (pack,) = content.packs
    steps = pack["steps"]
    assert len(steps) >= 7
    for step in steps:
        assert set(step["pages"]) == set(LANGUAGES)
        assert 4 <= len(step["tasks"]) <= 8, step["slug"]
        assert all(set(task["label"]) == set(LANGUAGES) for task in step["tasks"])
        assert step["goals"]["fr"] and len(step["goals"]["fr"]) == len(step["goals"]["en"])
        assert step["minutes"] > 0
        # Every step names its sources in a "further reading" block.
        assert any(kind == "further" for kind, _value in step["pages"]["fr"]["body"])
    assert len(pack["templates"]) == 2
    for template in pack["templates"]:
        for language in LANGUAGES:
            assert (content.templates_folder / template["file"][language]).stat().st_size > 0
    assert any(p["slug"] == "porteur-projet-ess" for p in content.job_profiles)
    french = " ".join(str(step["pages"]["fr"]["body"]) for step in steps)
    for source in ("Légifrance", "Avise", "DLA", "France Active", "ADEME", "RGAA", "RGESN"):
        assert source in french, source


@pytest.fixture
def broken(tmp_path):
    """The small content folder with the small pack, to break."""
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)
    shutil.copytree(PACK_CONTENT / "launchpad", root / "launchpad")

    def edit(relative, old, new):
        file = root / relative
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def problems():
        return [str(problem).split("content/", 1)[1] for problem in content_read(root).problems]

    return root, edit, problems


def test_the_small_pack_validates(broken):
    _root, _edit, problems = broken
    assert problems() == []


def test_a_missing_step_translation_names_the_pack_file_and_line(broken):
    root, _edit, problems = broken
    (root / PACK / "lancer.en.md").unlink()
    assert problems() == [f"{PACK}/pack.toml:39: missing English translation: lancer.en.md"]


def test_unknown_references_and_repeated_keys_name_their_lines(broken):
    _root, edit, problems = broken
    edit(f"{PACK}/pack.toml", 'lessons = ["cycle-de-vie"]', 'lessons = ["inconnue"]')
    edit(f"{PACK}/pack.toml", 'courses = ["premiers-pas"]', 'courses = ["absent"]')
    edit(f"{PACK}/pack.toml", 'templates = ["fiche"]', 'templates = ["fiche", "autre"]')
    edit(f"{PACK}/pack.toml", 'key = "relire"', 'key = "une-phrase"')
    edit(f"{PACK}/pack.toml", 'key = "action-test"', 'key = "Action test"')
    edit(f"{PACK}/pack.toml", 'competency = "A1", level = "1"', 'competency = "Z9", level = "1"')
    assert sorted(problems()) == sorted(
        [
            f"{PACK}/pack.toml:21: unknown lesson 'inconnue'",
            f"{PACK}/pack.toml:22: unknown course 'absent'",
            f"{PACK}/pack.toml:23: unknown template 'autre'",
            f"{PACK}/pack.toml:24: unknown competency 'Z9'",
            f"{PACK}/pack.toml:31: the task key 'une-phrase' is twice in the step",
            f"{PACK}/pack.toml:44: task key 'Action test': a-z, 0-9 and '-', 64 at most",
        ]
    )


def test_a_missing_template_file_and_a_stray_file_are_problems(broken):
    root, _edit, problems = broken
    (root / "launchpad/templates/fiche.en.csv").unlink()
    (root / PACK / "notes.md").write_text("brouillon", encoding="utf-8")
    assert problems() == [
        f"{PACK}/pack.toml:12: template file missing: launchpad/templates/fiche.en.csv",
        f"{PACK}/notes.md:1: not part of the pack: no step of pack.toml names it",
    ]


def test_a_link_to_an_unknown_lesson_in_a_step_names_its_line(broken):
    _root, edit, problems = broken
    edit(f"{PACK}/idee.en.md", "(lesson:cycle-de-vie)", "(lesson:nulle-part)")
    assert problems() == [f"{PACK}/idee.en.md:3: link to an unknown lesson: 'nulle-part'"]


def test_a_link_in_a_callout_is_a_problem(broken):
    # A callout's text is plain: the link would show as "[text](lesson:…)" on the page.
    _root, edit, problems = broken
    edit(f"{PACK}/idee.fr.md", "Quel problème, pour qui, où.", "Voir [ici](lesson:cycle-de-vie).")
    assert problems() == [
        f"{PACK}/idee.fr.md:8: a callout's text is plain: put the link in a paragraph"
    ]
