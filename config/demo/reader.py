"""The reader of a demo content folder: each file read and checked against its schema, the
lessons' Markdown parsed, and the references between files checked, every problem with its
file and line. content.content_read drives it."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import markup
from .locator import Locator
from .schema import (
    COURSE,
    ITEM,
    MARKDOWN,
    NUMBER,
    PACK,
    TEXT,
    TEXTS,
)

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "fr"
REPOSITORY = Path(__file__).resolve().parents[2]
_LANGUAGE_NAMES = {"fr": "French", "en": "English"}
_TASK_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self):
        return f"{self.file}:{self.line}: {self.message}"


class Reader:
    def __init__(self, root):
        self.root = Path(root)
        self.problems = []
        self.links = []  # (file, line, target): checked once everything is read

    def problem(self, file, line, message):
        name = file.resolve()
        if name.is_relative_to(REPOSITORY):
            name = name.relative_to(REPOSITORY)
        self.problems.append(Problem(str(name), line, message))

    def toml(self, file, schema):
        try:
            text = file.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except FileNotFoundError:
            self.problem(file, 1, "file missing")
            return None
        except tomllib.TOMLDecodeError as error:
            match = re.search(r"line (\d+)", str(error))
            self.problem(file, int(match[1]) if match else 1, f"not valid TOML: {error}")
            return None
        locator = Locator(text)
        return self.check(data, schema, "", file, locator), locator

    def check(self, value, schema, where, file, locator):
        """`value` checked against `schema`; Markdown converted to HTML per language."""

        def problem(message, at=where):
            self.problem(file, locator.line(at), message)

        if schema in (TEXT, MARKDOWN, TEXTS):
            if not isinstance(value, dict):
                problem(f"'{where}' has one value per language: {where}.fr = …, {where}.en = …")
                return {}
            for language in value:
                if language not in LANGUAGES:
                    problem(f"'{where}': unknown language {language!r}", f"{where}.{language}")
            for language in LANGUAGES:
                if language not in value or (
                    schema != TEXTS and not value[language] and any(value.values())
                ):
                    problem(f"missing {_LANGUAGE_NAMES[language]} text for '{where}'")
            if schema == MARKDOWN:
                return {
                    language: self.markdown(text, file, locator.line(f"{where}.{language}"))
                    for language, text in value.items()
                    if isinstance(text, str)
                }
            return value
        if isinstance(schema, list):
            if not isinstance(value, list):
                problem(f"'{where}' is a list")
                return []
            return [
                self.check(item, schema[0], f"{where}[{index}]", file, locator)
                for index, item in enumerate(value)
            ]
        if isinstance(schema, dict):
            if not isinstance(value, dict):
                problem(f"'{where}' is a table")
                return {}
            known = {key.rstrip("?") for key in schema}
            for key in value:
                if key not in known:
                    problem(f"unknown key '{key}'", f"{where}.{key}".lstrip("."))
            checked = {}
            for key, subschema in schema.items():
                name = key.rstrip("?")
                path = f"{where}.{name}".lstrip(".")
                if name in value:
                    checked[name] = self.check(value[name], subschema, path, file, locator)
                elif not key.endswith("?"):
                    problem(f"missing key '{name}'", where)
            return checked
        if not isinstance(value, schema) or (schema is not bool and isinstance(value, bool)):
            name = "number" if schema == NUMBER else schema.__name__
            problem(f"'{where}' is a {name}")
        return value

    def markdown(self, text, file, line):
        links, problems = [], []
        html = markup.rich_text(
            text.strip("\n").split("\n"), first_line=line + 1, links=links, problems=problems
        )
        for problem in problems:
            self.problem(file, problem.line, problem.message)
        self.links.extend((file, link.line, link.target) for link in links)
        return html

    def lesson(self, folder, slug, module_line, course_file):
        pages = {}
        for language in LANGUAGES:
            file = folder / f"{slug}.{language}.md"
            if not file.exists():
                self.problem(
                    course_file,
                    module_line,
                    f"missing {_LANGUAGE_NAMES[language]} translation: {file.name}",
                )
                continue
            document = markup.lesson(file.read_text(encoding="utf-8"))
            for problem in document.problems:
                self.problem(file, problem.line, problem.message)
            self.links.extend((file, link.line, link.target) for link in document.links)
            pages[language] = document
        if len(pages) == len(LANGUAGES):
            source, *others = (pages[language] for language in LANGUAGES)
            for other, language in zip(others, LANGUAGES[1:], strict=True):
                self.blocks_compare(source, other, folder / f"{slug}.{language}.md")
        return {
            language: {"title": page.title, "body": [block[1:] for block in page.blocks]}
            for language, page in pages.items()
        }

    def blocks_compare(self, source, translation, file):
        """A translation has the source's blocks in the same order (kinds included)."""
        for index, (ours, theirs) in enumerate(
            zip(source.blocks, translation.blocks, strict=False)
        ):
            if _shape(ours) != _shape(theirs):
                self.problem(
                    file,
                    theirs[0],
                    f"block {index + 1} is {_shape(theirs)}, the French file has {_shape(ours)}",
                )
                return
        if len(source.blocks) != len(translation.blocks):
            line = translation.blocks[-1][0] if translation.blocks else 1
            self.problem(
                file,
                line,
                f"{len(translation.blocks)} blocks, the French file has {len(source.blocks)}",
            )

    def course(self, folder):
        file = folder / "course.toml"
        result = self.toml(file, COURSE)
        if result is None:
            return None
        data, locator = result
        course = dict(data, slug=folder.name)
        for m, module in enumerate(course.get("modules", [])):
            items = []
            for i, item in enumerate(module.get("items", [])):
                where = f"modules[{m}].items[{i}]"
                items.append(self.item(folder, file, locator, where, item))
            module["items"] = items
        lesson_slugs = [item["slug"] for module in course["modules"] for item in module["items"]]
        names = {file.name} | {
            f"{slug}.{language}.md" for slug in lesson_slugs for language in LANGUAGES
        }
        for extra in sorted(folder.iterdir()):
            if extra.name not in names:
                self.problem(extra, 1, "not part of the course: no item of course.toml names it")
        return course

    def item(self, folder, file, locator, where, item):
        line = locator.line(where)
        kinds = [kind for kind in ("lesson", "quiz") if kind in item]
        if len(kinds) != 1:
            self.problem(file, line, "an item is either 'lesson = \"slug\"' or 'quiz = \"slug\"'")
            return {"type": "lesson", "slug": "", "pages": {}}
        kind = kinds[0]
        allowed = {
            "lesson": {"lesson", "minutes", "required", "competencies"},
            "quiz": {
                "quiz",
                "title",
                "intro",
                "pass_mark",
                "max_attempts",
                "shuffle",
                "questions",
                "competencies",
            },  # fmt: skip
        }[kind]
        for key in sorted(set(item) & {key.rstrip("?") for key in ITEM} - allowed):
            self.problem(file, locator.line(f"{where}.{key}"), f"'{key}' is not a {kind} key")
        result = {"type": kind, "slug": item[kind], "competencies": item.get("competencies", [])}
        if kind == "lesson":
            if "minutes" not in item:
                self.problem(file, line, "a lesson has its 'minutes'")
            pages = self.lesson(folder, item["lesson"], locator.line(f"{where}.lesson"), file)
            return result | {
                "minutes": item.get("minutes", 0),
                "required": item.get("required", True),
                "pages": pages,
            }
        for key in ("title", "pass_mark", "questions"):
            if key not in item:
                self.problem(file, line, f"a quiz has its '{key}'")
        for q, question in enumerate(item.get("questions", [])):
            at = locator.line(f"{where}.questions[{q}]")
            if question.get("kind") not in ("single", "multiple", "true_false"):
                self.problem(file, at, "question kind: single, multiple or true_false")
            if not any(choice.get("correct") for choice in question.get("choices", [])):
                self.problem(file, at, "a question has at least one correct choice")
        return result | {
            "title": item.get("title", {}),
            "intro": item.get("intro", {}),
            "pass_mark": item.get("pass_mark", 0),
            "max_attempts": item.get("max_attempts"),
            "shuffle": item.get("shuffle", False),
            "questions": item.get("questions", []),
        }

    def pack(self, folder, templates_folder):
        """A launchpad pack: pack.toml, one Markdown file per step and language (the step's
        title and body, like a lesson's), its template files in `templates_folder`."""
        file = folder / "pack.toml"
        result = self.toml(file, PACK)
        if result is None:
            return None
        data, locator = result
        pack = dict(data, slug=folder.name, file=file, locator=locator)
        templates = set()
        for t, template in enumerate(pack.get("templates", [])):
            where = f"templates[{t}]"
            if template.get("slug") in templates:
                self.problem(
                    file, locator.line(where), f"the template {template['slug']!r} is twice"
                )
            templates.add(template.get("slug"))
            for language, name in template.get("file", {}).items():
                if not (templates_folder / name).is_file():
                    at = locator.line(f"{where}.file.{language}")
                    self.problem(file, at, f"template file missing: launchpad/templates/{name}")
        slugs = set()
        for index, step in enumerate(pack.get("steps", [])):
            where = f"steps[{index}]"
            if step.get("slug") in slugs:
                self.problem(file, locator.line(where), f"the step {step['slug']!r} is twice")
            slugs.add(step.get("slug"))
            keys = [task.get("key") for task in step.get("tasks", [])]
            for t, key in enumerate(keys):
                at = locator.line(f"{where}.tasks[{t}]")
                if not isinstance(key, str) or not _TASK_KEY.fullmatch(key):
                    self.problem(file, at, f"task key {key!r}: a-z, 0-9 and '-', 64 at most")
                elif key in keys[:t]:
                    self.problem(file, at, f"the task key {key!r} is twice in the step")
            for slug in step.get("templates", []):
                if slug not in templates:
                    self.problem(
                        file, locator.line(f"{where}.templates"), f"unknown template {slug!r}"
                    )
            step["pages"] = self.lesson(folder, step["slug"], locator.line(f"{where}.slug"), file)
        names = {file.name} | {
            f"{slug}.{language}.md" for slug in slugs if slug for language in LANGUAGES
        }
        for extra in sorted(folder.iterdir()):
            if extra.name not in names:
                self.problem(extra, 1, "not part of the pack: no step of pack.toml names it")
        return pack

    def links_check(self, lessons, glossary):
        for file, line, target in self.links:
            scheme, _, slug = target.partition(":")
            if scheme == "lesson" and slug not in lessons:
                self.problem(file, line, f"link to an unknown lesson: {slug!r}")
            elif scheme == "glossary" and slug not in glossary:
                self.problem(file, line, f"link to an unknown glossary term: {slug!r}")


def _shape(block):
    _line, kind, value = block
    if kind == "callout":
        return f"callout {value['kind']}"
    if kind == "data_figure":
        return f"figure of {len(value['rows'])} rows"
    if kind == "further":
        return f"further reading of {len(value['links'])} links"
    return kind


def references_check(reader, content, files):
    """Cross-file references: competencies, levels, glossary terms, courses, job profile."""
    framework = content.framework
    codes = {
        item["code"]
        for area in framework.get("areas", [])
        for item in [area, *area.get("competencies", [])]
    }
    levels = {level["code"] for level in framework.get("levels", [])}
    terms = {term["slug"] for term in content.glossary}

    def mapping_check(rows, file, locator, where):
        for index, row in enumerate(rows):
            at = locator.line(f"{where}[{index}]")
            if row.get("competency") not in codes:
                reader.problem(file, at, f"unknown competency {row.get('competency')!r}")
            if row.get("level") not in levels:
                reader.problem(file, at, f"unknown level {row.get('level')!r}")
            if row.get("kind", "assesses") not in ("assesses", "develops"):
                reader.problem(file, at, "kind: assesses or develops")

    file, locator = files["glossary"]
    for index, term in enumerate(content.glossary):
        for slug in term.get("related", []):
            if slug not in terms:
                at = locator.line(f"terms[{index}].related")
                reader.problem(file, at, f"unknown glossary term {slug!r}")
        for code in term.get("competencies", []):
            if code not in codes:
                at = locator.line(f"terms[{index}].competencies")
                reader.problem(file, at, f"unknown competency {code!r}")
    file, locator = files["job_profiles"]
    for index, profile in enumerate(content.job_profiles):
        mapping_check(
            profile.get("requirements", []), file, locator, f"profiles[{index}].requirements"
        )
    for course in content.courses:
        file, locator = files[course["slug"]]
        mapping_check(course.get("competencies", []), file, locator, "competencies")
        mapping_check(
            course.get("certificate", {}).get("minimums", []), file, locator,
            "certificate.minimums",
        )  # fmt: skip
        for m, module in enumerate(course["modules"]):
            for i, item in enumerate(module["items"]):
                where = f"modules[{m}].items[{i}].competencies"
                mapping_check(item["competencies"], file, locator, where)
    slugs = {course["slug"] for course in content.courses}
    profiles = {profile["slug"] for profile in content.job_profiles}
    for path in content.paths:
        file, locator = files[path["slug"]]
        for index, slug in enumerate(path.get("courses", [])):
            if slug not in slugs:
                reader.problem(file, locator.line(f"courses[{index}]"), f"unknown course {slug!r}")
        if path.get("job_profile") and path["job_profile"] not in profiles:
            at = locator.line("job_profile")
            reader.problem(file, at, f"unknown job profile {path['job_profile']!r}")
        mapping_check(
            path.get("certificate", {}).get("minimums", []), file, locator,
            "certificate.minimums",
        )  # fmt: skip


def packs_check(reader, content, lessons):
    """A pack's references: lessons, courses and competencies of the demo content."""
    framework = content.framework
    codes = {
        item["code"]
        for area in framework.get("areas", [])
        for item in [area, *area.get("competencies", [])]
    }
    levels = {level["code"] for level in framework.get("levels", [])}
    courses = {course["slug"] for course in content.courses}
    for pack in content.packs:
        file, locator = pack["file"], pack["locator"]
        for index, step in enumerate(pack.get("steps", [])):
            where = f"steps[{index}]"
            for slug in step.get("lessons", []):
                if slug not in lessons:
                    reader.problem(
                        file, locator.line(f"{where}.lessons"), f"unknown lesson {slug!r}"
                    )
            for slug in step.get("courses", []):
                if slug not in courses:
                    reader.problem(
                        file, locator.line(f"{where}.courses"), f"unknown course {slug!r}"
                    )
            for c, row in enumerate(step.get("competencies", [])):
                at = locator.line(f"{where}.competencies[{c}]")
                if row.get("competency") not in codes:
                    reader.problem(file, at, f"unknown competency {row.get('competency')!r}")
                if row.get("level") not in levels:
                    reader.problem(file, at, f"unknown level {row.get('level')!r}")
