"""Read and validate a demo content folder (the layout is documented in docs/content.md).

`content_read(root)` returns a `Content`: plain data the loader builds pages from, and every
problem found, each with its file and line (a missing translation, an unknown block or field, a
broken link to another lesson, an unknown glossary term, competency or course). Reading needs no
database, so the validation test runs without one.

Layout: schema.py (what each file holds), locator.py (the line of each TOML key), reader.py
(reading and checking); this module is what the loader, the tests and the benchmarks import.
"""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .locator import Locator
from .reader import LANGUAGES, SOURCE_LANGUAGE, Problem, Reader, packs_check, references_check
from .schema import FRAMEWORK, GLOSSARY, JOB_PROFILES, PATH, SITE

DEFAULT_ROOT = Path(__file__).resolve().parent / "content"

__all__ = [
    "DEFAULT_ROOT",
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "Content",
    "ContentError",
    "Problem",
    "content_read",
    "demo_content",
]


@dataclass
class Content:
    root: Path
    site: dict = field(default_factory=dict)
    paths: list = field(default_factory=list)
    courses: list = field(default_factory=list)
    framework: dict = field(default_factory=dict)
    glossary: list = field(default_factory=list)
    job_profiles: list = field(default_factory=list)
    packs: list = field(default_factory=list)  # launchpad/<slug>/pack.toml, by folder name
    problems: list = field(default_factory=list)

    def course(self, slug):
        return next(course for course in self.courses if course["slug"] == slug)

    @property
    def templates_folder(self):
        return self.root / "launchpad" / "templates"


class ContentError(Exception):
    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def content_read(root=DEFAULT_ROOT):
    """Every file of the content folder `root`, read and checked (see `Content.problems`)."""
    root = Path(root)
    reader = Reader(root)
    content = Content(root=root)
    files = {}
    for name, schema, attribute, key in (
        ("competencies/framework.toml", FRAMEWORK, "framework", None),
        ("competencies/glossary.toml", GLOSSARY, "glossary", "terms"),
        ("competencies/job_profiles.toml", JOB_PROFILES, "job_profiles", "profiles"),
        ("site.toml", SITE, "site", None),
    ):
        result = reader.toml(root / name, schema)
        data, locator = result or ({}, Locator(""))
        setattr(content, attribute, data.get(key, []) if key else data)
        files[Path(name).stem] = (root / name, locator)
    for folder in sorted((root / "courses").iterdir()) if (root / "courses").is_dir() else []:
        course = reader.course(folder)
        if course is not None:
            content.courses.append(course)
            files[course["slug"]] = (folder / "course.toml", Locator(
                (folder / "course.toml").read_text(encoding="utf-8")
            ))  # fmt: skip
    for file in sorted((root / "paths").glob("*.toml")) if (root / "paths").is_dir() else []:
        result = reader.toml(file, PATH)
        if result is not None:
            content.paths.append(dict(result[0], slug=file.stem))
            files[file.stem] = (file, result[1])
    lessons = set()
    for course in content.courses:
        file, locator = files[course["slug"]]
        for m, module in enumerate(course["modules"]):
            for i, item in enumerate(module["items"]):
                if item["slug"] in lessons:
                    at = locator.line(f"modules[{m}].items[{i}]")
                    reader.problem(file, at, f"the slug {item['slug']!r} is used twice")
                lessons.add(item["slug"])
    launchpad = root / "launchpad"
    for folder in sorted(launchpad.iterdir()) if launchpad.is_dir() else []:
        if folder.name in ("templates", "funding.toml"):  # funding.toml: config/demo/funding.py
            continue
        if not folder.is_dir():
            reader.problem(
                folder, 1, "not a pack: launchpad/ holds pack folders, templates/ and funding.toml"
            )
            continue
        pack = reader.pack(folder, launchpad / "templates")
        if pack is not None:
            content.packs.append(pack)
    reader.links_check(lessons, {term["slug"] for term in content.glossary})
    references_check(reader, content, files)
    packs_check(reader, content, lessons)
    content.problems = reader.problems
    return content


@cache
def demo_content(root=DEFAULT_ROOT):
    """The demo content, read once per process; raises ContentError on any problem."""
    content = content_read(root)
    if content.problems:
        raise ContentError(content.problems)
    return content
