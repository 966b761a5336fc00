"""The small Markdown subset of the demo lessons (the syntax is documented in docs/content.md).

A lesson file is a `# Title` line, then blocks separated by blank lines: `## ` headings,
paragraphs, `- ` and `1. ` lists (one rich-text block until the next heading, directive or `---`),
and `::: name` … `:::` directives for the other StreamField blocks. Inline: `**bold**`,
`*italic*`, `[text](https://…)`, `[text](lesson:slug)`, `[text](glossary:slug)`.

Parsing never raises: every problem becomes a `Problem(line, message)` so that a validator can
report them all at once, with the file and line.
"""

import html
import re
from dataclasses import dataclass, field

CALLOUT_KINDS = ("tip", "warning", "key_figure")
DIRECTIVE_FIELDS = {
    "callout": {"title", "source", "source_url"},
    "quote": {"attribution"},
    "figure": {"caption", "unit", "source", "source_url"},
    "further": set(),
}
LINK_SCHEMES = ("https://", "http://", "lesson:", "glossary:")

_INLINE = re.compile(
    r"\\(?P<escaped>[\\*\[\]])"
    r"|\*\*(?P<bold>[^*]+)\*\*"
    r"|\*(?P<italic>[^*]+)\*"
    r"|\[(?P<label>[^\]]+)\]\((?P<target>[^)\s]+)\)"
)
_ORDERED = re.compile(r"\d+\. ")
_FIELD = re.compile(r"(?P<key>[a-z_]+): (?P<value>.*)")


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


@dataclass
class Link:
    line: int
    target: str  # "lesson:slug", "glossary:slug" or an external URL


@dataclass
class Document:
    title: str = ""
    blocks: list = field(default_factory=list)  # [(line, block_type, value)]
    links: list = field(default_factory=list)
    problems: list = field(default_factory=list)


def _text(value):
    return html.escape(value, quote=False)


def inline(text, *, line=0, links=None, problems=None):
    """HTML of one line of inline Markdown. Links are collected into `links`."""
    out, position = [], 0
    for match in _INLINE.finditer(text):
        out.append(_text(text[position : match.start()]))
        position = match.end()
        if match["escaped"]:
            out.append(_text(match["escaped"]))
        elif match["bold"]:
            out.append(f"<b>{_text(match['bold'])}</b>")
        elif match["italic"]:
            out.append(f"<i>{_text(match['italic'])}</i>")
        else:
            target = match["target"]
            if not target.startswith(LINK_SCHEMES) and problems is not None:
                problems.append(
                    Problem(line, f"link target {target!r}: use https://, lesson: or glossary:")
                )
            if links is not None:
                links.append(Link(line, target))
            out.append(f'<a href="{html.escape(target)}">{_text(match["label"])}</a>')
    out.append(_text(text[position:]))
    return "".join(out)


def _join(lines):
    return " ".join(line.strip() for line in lines)


def _list_items(group):
    """[(line, text)] of a list group: a marker starts an item, an indented line continues it."""
    items = []
    for number, line in group:
        if line.startswith("- ") or _ORDERED.match(line):
            items.append((number, [line.split(" ", 1)[1]]))
        else:
            items[-1][1].append(line)
    return [(number, _join(parts)) for number, parts in items]


def rich_text(group_lines, *, first_line=1, links=None, problems=None):
    """HTML of rich text (paragraphs and lists separated by blank lines), as Wagtail stores it."""
    out = []
    for group in _groups(list(enumerate(group_lines, start=first_line))):
        out.append(_rich_group(group, links, problems))
    return "".join(out)


def _rich_group(group, links, problems):
    number, first = group[0]
    if first.startswith("- ") or _ORDERED.match(first):
        tag = "ul" if first.startswith("- ") else "ol"
        items = "".join(
            f"<li>{inline(text, line=line, links=links, problems=problems)}</li>"
            for line, text in _list_items(group)
        )
        return f"<{tag}>{items}</{tag}>"
    text = _join(line for _, line in group)
    found = [] if links is not None else None
    html = inline(text, line=number, links=found, problems=problems)
    for link in found or []:  # the line of the link itself, not of its paragraph
        link.line = next((n for n, line in group if f"]({link.target})" in line), number)
        links.append(link)
    return f"<p>{html}</p>"


def _groups(numbered):
    group = []
    for number, line in numbered:
        if line.strip():
            group.append((number, line))
        elif group:
            yield group
            group = []
    if group:
        yield group


def lesson(text):
    """Parse a lesson file into a `Document` (title, blocks as (line, type, value), links)."""
    document = Document()
    lines = text.split("\n")
    rich, rich_line = [], 0

    def flush():
        nonlocal rich
        if rich:
            document.blocks.append((rich_line, "rich_text", "".join(rich)))
            rich = []

    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        if not line.strip():
            index += 1
            continue
        if line.startswith(":::"):
            end = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == ":::"), None)
            if end is None:
                document.problems.append(Problem(number, "directive not closed by ':::'"))
                return document
            flush()
            block = _directive(line[3:].split(), lines[index + 1 : end], number, document)
            if block:
                document.blocks.append((number, *block))
            index = end + 1
            continue
        group = []
        while index < len(lines) and lines[index].strip() and not lines[index].startswith(":::"):
            group.append((index + 1, lines[index]))
            index += 1
        first = group[0][1]
        if first.startswith("# "):
            if document.title or document.blocks or rich:
                document.problems.append(Problem(number, "only the first line is a '# ' title"))
            document.title = _join(line for _, line in group)[2:]
        elif first.startswith("## "):
            flush()
            document.blocks.append((number, "heading", _join(line for _, line in group)[3:]))
        elif first.strip() == "---":
            flush()
        else:
            if not rich:
                rich_line = number
            rich.append(_rich_group(group, document.links, document.problems))
    flush()
    if not document.title:
        document.problems.append(Problem(1, "the first line must be the title: '# Title'"))
    return document


def _directive(header, body, number, document):
    problems = document.problems
    if not header or header[0] not in DIRECTIVE_FIELDS:
        name = header[0] if header else ""
        known = ", ".join(DIRECTIVE_FIELDS)
        problems.append(Problem(number, f"unknown block {name!r} (known: {known})"))
        return None
    name, arguments = header[0], header[1:]
    fields, rest = {}, list(enumerate(body, start=number + 1))
    while rest and (match := _FIELD.fullmatch(rest[0][1].strip())):
        line_number, line = rest.pop(0)
        if match["key"] not in DIRECTIVE_FIELDS[name]:
            problems.append(Problem(line_number, f"unknown field in '{name}': {line.strip()!r}"))
            continue
        fields[match["key"]] = match["value"].strip()
    text = "\n\n".join(_join(line for _, line in group) for group in _groups(rest))
    if name in ("callout", "quote"):
        for line_number, line in rest:
            if re.search(r"\]\([^)\s]+\)", line):
                problems.append(
                    Problem(line_number, f"a {name}'s text is plain: put the link in a paragraph")
                )
    if name == "callout":
        kind = arguments[0] if arguments else ""
        if kind not in CALLOUT_KINDS:
            problems.append(
                Problem(number, f"callout kind {kind!r}: one of {', '.join(CALLOUT_KINDS)}")
            )
        if kind == "key_figure" and not fields.get("source"):
            problems.append(Problem(number, "a key_figure callout cites its source: 'source: …'"))
        if not fields.get("title"):
            problems.append(Problem(number, "a callout has a 'title: …'"))
        value = {"kind": kind, "title": fields.get("title", ""), "text": text}
        return "callout", value | _source(fields)
    if name == "quote":
        return "quote", {"text": text, "attribution": fields.get("attribution", "")}
    if name == "figure":
        rows = []
        for line_number, line in rest:
            if not line.strip():
                continue
            label, _, value = line.removeprefix("- ").rpartition(": ")
            try:
                number_value = float(value) if "." in value else int(value)
            except ValueError:
                problems.append(
                    Problem(line_number, f"a figure row is '- label: number': {line!r}")
                )
                continue
            rows.append({"label": label, "value": number_value})
        if not rows or not fields.get("caption"):
            problems.append(Problem(number, "a figure has a 'caption: …' and rows '- label: 1.5'"))
        value = {"caption": fields.get("caption", ""), "unit": fields.get("unit", ""), "rows": rows}
        return "data_figure", value | _source(fields)
    links = []
    for line_number, line in rest:
        match = re.fullmatch(r"- \[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)", line.strip())
        if not match:
            if line.strip():
                problems.append(Problem(line_number, "further reading is '- [title](https://…)'"))
            continue
        links.append({"title": match["title"], "url": match["url"]})
    return "further", {"links": links}


def _source(fields):
    return {"source": fields.get("source", ""), "source_url": fields.get("source_url", "")}
