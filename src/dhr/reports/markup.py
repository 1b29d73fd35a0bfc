"""Section text is Markdown: stored as typed, rendered with markdown-it-py, sanitised by nh3.

Raw HTML in the text is never rendered (markdown-it's `html` option is off)
and the output is cleaned again with nh3 against a short list of tags, so a
section can never carry script, style or event handlers into a page or PDF.
Headings inside a section start below the section's own heading.
"""

from __future__ import annotations

from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "hr",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href"}, "th": {"scope"}, "ol": {"start"}}

_parser = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def tokens(text: str) -> list[Token]:
    return _parser.parse(text or "")


def shift_headings(stream: list[Token], top: int) -> list[Token]:
    """Make '# Heading' an h{top}, '## Heading' an h{top+1}… (at most h6)."""
    for token in stream:
        if token.type in ("heading_open", "heading_close"):
            level = int(token.tag[1])
            token.tag = f"h{min(6, level + top - 1)}"
    return stream


def to_html(text: str, top: int = 3) -> str:
    """Safe HTML for a section's text; its own headings start at h{top}."""
    stream = shift_headings(tokens(text), top)
    for token in stream:
        if token.type == "th_open":
            token.attrSet("scope", "col")
    html: str = _parser.renderer.render(stream, _parser.options, {})
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"https", "mailto"},
        link_rel="noopener noreferrer",
    )


def plain_text(text: str) -> str:
    """The words of a section without markup: for checks and diffs of meaning."""
    words: list[str] = []
    for token in tokens(text):
        if token.type == "inline":
            words.append("".join(child.content for child in token.children or [] if child.content))
    return "\n".join(words)


def blocks(text: str) -> list[dict[str, Any]]:
    """The text as simple blocks for writing .docx: headings, paragraphs and list items.

    Each block: {"kind": "heading"|"para"|"bullet"|"number"|"quote", "level": n,
    "runs": [(text, bold, italic)]}.
    """
    out: list[dict[str, Any]] = []
    lists: list[str] = []
    quote = 0
    heading = 0
    for token in tokens(text):
        if token.type == "bullet_list_open":
            lists.append("bullet")
        elif token.type == "ordered_list_open":
            lists.append("number")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "blockquote_open":
            quote += 1
        elif token.type == "blockquote_close":
            quote -= 1
        elif token.type == "heading_open":
            heading = int(token.tag[1])
        elif token.type == "heading_close":
            heading = 0
        elif token.type == "inline":
            kind = "heading" if heading else lists[-1] if lists else "quote" if quote else "para"
            out.append({"kind": kind, "level": heading, "runs": runs(token.children or [])})
    return out


def runs(children: list[Token]) -> list[tuple[str, bool, bool]]:
    out: list[tuple[str, bool, bool]] = []
    bold = italic = False
    for child in children:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type == "em_open":
            italic = True
        elif child.type == "em_close":
            italic = False
        elif child.type in ("softbreak", "hardbreak"):
            out.append(("\n" if child.type == "hardbreak" else " ", bold, italic))
        elif child.content:
            out.append((child.content, bold, italic))
    return out
