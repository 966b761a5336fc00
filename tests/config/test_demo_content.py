"""The demo content folders validate, and every problem names its file and line
(docs/content.md)."""

import shutil

import pytest

from config.demo import markup
from config.demo.content import DEFAULT_ROOT, LANGUAGES, content_read
from tests.conftest import SMALL_CONTENT

COURSE = "courses/premiers-pas"


def test_the_shipped_demo_content_validates():
    content = content_read(DEFAULT_ROOT)
    assert [str(problem) for problem in content.problems] == []
    assert len(content.courses) == 5 and len(content.paths) == 1
    lessons = [
        item
        for course in content.courses
        for module in course["modules"]
        for item in module["items"]
        if item["type"] == "lesson"
    ]
    assert len(lessons) == 44
    assert all(set(lesson["pages"]) == set(LANGUAGES) for lesson in lessons)
    assert not list(DEFAULT_ROOT.parent.glob("curriculum/*.py")), "no content left in .py files"
    # Issue 11 item 9: /en/ showed the French author "Équipe pédagogique Tremplin".
    assert {course["authors"]["en"] for course in content.courses} == {"Tremplin teaching team"}


def test_the_small_test_content_validates():
    assert [str(problem) for problem in content_read(SMALL_CONTENT).problems] == []


@pytest.fixture
def broken(tmp_path):
    """A copy of the small content folder to break, and a reader of its problems."""
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)

    def edit(relative, old, new):
        file = root / relative
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def problems():
        return [str(problem).split("content/", 1)[1] for problem in content_read(root).problems]

    return root, edit, problems


def test_a_missing_lesson_translation_names_the_course_file_and_line(broken):
    root, _edit, problems = broken
    (root / COURSE / "fin-de-vie.en.md").unlink()
    assert problems() == [
        f"{COURSE}/course.toml:43: missing English translation: fin-de-vie.en.md",
    ]


def test_a_missing_text_translation_names_its_line(broken):
    _root, edit, problems = broken
    edit(f"{COURSE}/course.toml", 'title.en = "Quiz: first steps"\n', "")
    edit("competencies/glossary.toml", 'term.en = "Reuse"\n', "")
    assert problems() == [
        "competencies/glossary.toml:5: missing English text for 'terms[0].term'",
        f"{COURSE}/course.toml:55: missing English text for 'modules[0].items[2].title'",
    ]


def test_an_unknown_block_names_its_line(broken):
    _root, edit, problems = broken
    edit(f"{COURSE}/cycle-de-vie.fr.md", "::: quote\n", "::: video\n")
    assert problems() == [
        f"{COURSE}/cycle-de-vie.fr.md:27: unknown block 'video' "
        "(known: callout, quote, figure, further)",
        f"{COURSE}/cycle-de-vie.en.md:27: block 6 is quote, "
        "the French file has further reading of 1 links",
    ]


def test_a_broken_link_to_another_lesson_names_its_line(broken):
    _root, edit, problems = broken
    edit(f"{COURSE}/cycle-de-vie.en.md", "(lesson:fin-de-vie)", "(lesson:fin-de-vi)")
    assert problems() == [f"{COURSE}/cycle-de-vie.en.md:4: link to an unknown lesson: 'fin-de-vi'"]


def test_an_unknown_glossary_term_names_its_line(broken):
    _root, edit, problems = broken
    edit(f"{COURSE}/cycle-de-vie.fr.md", "(glossary:reemploi)", "(glossary:reemplois)")
    edit("competencies/glossary.toml", 'related = ["reemploi"]', 'related = ["recyclage"]')
    assert problems() == [
        f"{COURSE}/cycle-de-vie.fr.md:4: link to an unknown glossary term: 'reemplois'",
        "competencies/glossary.toml:14: unknown glossary term 'recyclage'",
    ]


def test_unknown_keys_fields_and_competencies_name_their_lines(broken):
    _root, edit, problems = broken
    edit(f"{COURSE}/course.toml", "pass_mark = 50\n", "pass_mark = 50\nminutes = 4\n")
    edit(f"{COURSE}/course.toml", "minutes = 3\n", "minutes = 3\nduration = 3\n")
    edit(
        f"{COURSE}/course.toml",
        '{ competency = "A1", level = "2" },',
        '{ competency = "Z9", level = "2" },',
    )
    edit(f"{COURSE}/cycle-de-vie.fr.md", "attribution: Une", "auteur: Une")
    assert problems() == [
        f"{COURSE}/course.toml:45: unknown key 'duration'",
        f"{COURSE}/cycle-de-vie.fr.md:28: unknown field in 'quote': 'auteur: Une coordinatrice'",
        f"{COURSE}/course.toml:51: 'minutes' is not a quiz key",
        f"{COURSE}/course.toml:5: unknown competency 'Z9'",
    ]


def test_a_file_no_course_names_is_reported(broken):
    root, _edit, problems = broken
    (root / COURSE / "brouillon.fr.md").write_text("# Brouillon\n", encoding="utf-8")
    assert problems() == [
        f"{COURSE}/brouillon.fr.md:1: not part of the course: no item of course.toml names it"
    ]


def test_lesson_markup_builds_the_blocks_wagtail_stores():
    document = markup.lesson(
        "# Titre\n\nUn *mot* et un **autre**, [lien](https://example.org/?a=1&b=2).\n\n"
        "- un\n- deux qui\n  continue\n\n---\n\n1. premier\n\n## Intertitre\n\n"
        "::: callout warning\ntitle: Attention\n\nLigne un\nligne deux.\n\nSuite.\n:::\n"
    )
    assert document.problems == []
    assert document.title == "Titre"
    assert [block[1:] for block in document.blocks] == [
        (
            "rich_text",
            '<p>Un <i>mot</i> et un <b>autre</b>, <a href="https://example.org/?a=1&amp;b=2">'
            "lien</a>.</p><ul><li>un</li><li>deux qui continue</li></ul>",
        ),
        ("rich_text", "<ol><li>premier</li></ol>"),
        ("heading", "Intertitre"),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Attention",
                "text": "Ligne un ligne deux.\n\nSuite.",
                "source": "",
                "source_url": "",
            },
        ),
    ]


def test_lesson_markup_reports_what_it_cannot_read():
    document = markup.lesson(
        "Sans titre\n\n::: callout key_figure\ntitle: Chiffre\n\n12 %.\n:::\n\n::: quote\n"
    )
    assert [(problem.line, problem.message) for problem in document.problems] == [
        (3, "a key_figure callout cites its source: 'source: …'"),
        (9, "directive not closed by ':::'"),
    ]
