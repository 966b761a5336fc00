"""Automatic glossary links: the first occurrence of each term (or one of its synonyms) in a
piece of HTML becomes a link to the term's page. Used on lesson bodies at render time, inside
their cache (docs/competencies.md, "Glossary links")."""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString
from bs4.element import Comment

# Text inside these elements is never linked: links and headings stay as written, code is
# code, and a term the author already marks up (<dfn>, a glossary block) needs no second link.
SKIPPED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "dfn",
           "button", "label", "summary", "script", "style", "textarea", "select", "option",
           "title", "svg", "math"}  # fmt: skip
LINK_CLASS = "glossary-link"


@dataclass(frozen=True)
class LinkTarget:
    slug: str
    url: str
    phrases: tuple  # the term and its synonyms, in the language of the HTML


def _pattern(targets):
    phrases = {}
    for target in targets:
        for phrase in target.phrases:
            phrase = " ".join(phrase.split())
            if phrase:
                phrases.setdefault(phrase.casefold(), target)
    if not phrases:
        return None, {}
    # Longest first, so that "sobriété numérique" wins over "sobriété"; spaces match any run
    # of white space; a term never matches inside a longer word.
    alternatives = sorted(phrases, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), phrases


def _skipped(node):
    return any(parent.name in SKIPPED for parent in node.parents)


def link_first_occurrences(html, targets):
    """(html with links, slugs linked in order): each target linked once, at its first
    occurrence in the text, outside links, headings, code and definitions."""
    pattern, phrases = _pattern(targets)
    if pattern is None or not html:
        return html, []
    soup = BeautifulSoup(html, "html.parser")
    linked = []
    for node in list(soup.find_all(string=True)):
        if isinstance(node, Comment) or _skipped(node):
            continue
        text = str(node)
        pieces, position = [], 0
        for match in pattern.finditer(text):
            target = phrases[" ".join(match.group(0).split()).casefold()]
            if target.slug in linked:
                continue
            linked.append(target.slug)
            pieces.append(NavigableString(text[position : match.start()]))
            link = soup.new_tag("a", href=target.url, attrs={"class": LINK_CLASS})
            link.string = match.group(0)
            pieces.append(link)
            position = match.end()
        if pieces:
            pieces.append(NavigableString(text[position:]))
            node.replace_with(*[piece for piece in pieces if piece != ""])
        if len(linked) == len(targets):
            break
    if not linked:
        return html, []
    return str(soup), linked
