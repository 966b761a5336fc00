"""The schemas of the demo content's TOML files (docs/content.md): what content.py checks each
file against."""

# Schemas: a key ending in "?" is optional. TEXT is {fr, en} plain text, MARKDOWN is {fr, en}
# rich text in the lessons' Markdown subset, TEXTS is {fr: [..], en: [..]}; a list holds one
# schema for every table of an array of tables.
TEXT, MARKDOWN, TEXTS = "text", "markdown", "texts"
MAPPING = [{"competency": str, "level": str, "kind?": str}]
CHOICE = {"text": TEXT, "correct": bool, "feedback?": TEXT}
QUESTION = {"kind": str, "text": TEXT, "explanation?": TEXT, "choices": [CHOICE]}
ITEM = {
    "lesson?": str,
    "quiz?": str,
    "minutes?": int,
    "required?": bool,
    "competencies?": MAPPING,
    "title?": TEXT,
    "intro?": TEXT,
    "pass_mark?": int,
    "max_attempts?": int,
    "shuffle?": bool,
    "questions?": [QUESTION],
}
NUMBER = (int, float)
CERTIFICATE = {
    "title": TEXT,
    "description": TEXT,
    "hours?": NUMBER,
    "validity_months?": int,
    "minimums?": [{"competency": str, "level": str}],
}
COURSE = {
    "title": TEXT,
    "summary": TEXT,
    "objectives": TEXTS,
    "theme": str,
    "level": str,
    "audience": TEXT,
    "licence": str,
    "authors": TEXT,
    "competencies?": MAPPING,
    "certificate?": CERTIFICATE,
    "modules": [{"slug": str, "title": TEXT, "intro?": TEXT, "items": [ITEM]}],
}
PATH = {
    "title": TEXT,
    "summary": TEXT,
    "intro": MARKDOWN,
    "audience": TEXT,
    "outcome": TEXT,
    "courses": [str],
    "job_profile?": str,
    "certificate?": CERTIFICATE,
}
SITE = {
    "home": {
        "title": TEXT,
        "hero": TEXT,
        "intro": MARKDOWN,
        "audiences": [{"title": TEXT, "text": TEXT}],
    },
    "catalogue": {"slug": str, "title": TEXT, "intro": MARKDOWN},
}
FRAMEWORK = {
    "slug": str,
    "name": TEXT,
    "version": str,
    "description": TEXT,
    "source": TEXT,
    "licence": str,
    "levels": [{"code": str, "name": TEXT, "descriptor": TEXT, "proficient": bool}],
    "areas": [
        {
            "code": str,
            "title": TEXT,
            "description": TEXT,
            "competencies": [{"code": str, "title": TEXT, "description": TEXT, "references": str}],
        }
    ],
}
GLOSSARY = {
    "terms": [
        {
            "slug": str,
            "term": TEXT,
            "definition": TEXT,
            "synonyms?": TEXTS,
            "related?": [str],
            "competencies?": [str],
            "source?": TEXT,
            "ess?": TEXT,
            "digital?": TEXT,
        }
    ]
}
JOB_PROFILES = {
    "profiles": [
        {
            "slug": str,
            "title": TEXT,
            "summary": TEXT,
            "employers": TEXT,
            "requirements": [{"competency": str, "level": str}],
        }
    ]
}
# launchpad/<pack-slug>/pack.toml: the pack, its templates (files under launchpad/templates/,
# one per language) and its steps in order (each step's title and body: <step-slug>.<lang>.md).
PACK_TEMPLATE = {"slug": str, "title": TEXT, "description?": TEXT, "file": TEXT}
PACK_TASK = {"key": str, "label": TEXT, "help?": TEXT}
PACK_STEP = {
    "slug": str,
    "minutes": int,
    "goals": TEXTS,
    "lessons?": [str],
    "courses?": [str],
    "competencies?": [{"competency": str, "level": str}],
    "templates?": [str],
    "tasks": [PACK_TASK],
}
PACK = {
    "title": TEXT,
    "hero": TEXT,
    "intro": MARKDOWN,
    "templates?": [PACK_TEMPLATE],
    "steps": [PACK_STEP],
}
