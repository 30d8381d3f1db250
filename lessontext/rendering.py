"""Markdown to safe HTML: the one rendering entry point for lesson content.

Plain Python (no Django imports) so the glossary and question generators can
share the exact same Markdown configuration, and therefore the same heading
anchors, as the pages learners read.

Python-Markdown does not sanitize its output, so everything it produces goes
through nh3 (the Ammonia sanitizer) with an explicit allow-list.
"""

from __future__ import annotations

import html as html_lib
from dataclasses import dataclass

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

MARKDOWN_EXTENSIONS = (
    "markdown.extensions.tables",
    "markdown.extensions.fenced_code",
    "markdown.extensions.sane_lists",
    "markdown.extensions.toc",
)
MARKDOWN_EXTENSION_CONFIGS = {
    # Anchors come from the heading text; ``toc`` de-duplicates them with
    # ``_1``, ``_2`` suffixes, which keeps them stable across re-imports.
    "markdown.extensions.toc": {"permalink": False},
}

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
    "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang"},
    # class, role and aria-describedby carry the glossary popovers woven into
    # lessons (lessontext/glossary/linking.py); linked HTML is sanitized again.
    "a": {"href", "class", "aria-describedby"},
    "span": {"class", "role"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "code": {"class"},
}
# ``data:`` and ``javascript:`` are deliberately absent.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def new_markdown() -> markdown.Markdown:
    """Return a fresh Markdown instance (instances are not thread-safe)."""
    return markdown.Markdown(
        extensions=list(MARKDOWN_EXTENSIONS),
        extension_configs=MARKDOWN_EXTENSION_CONFIGS,
        output_format="html",
    )


def sanitize_html(html: str) -> str:
    """Strip everything from ``html`` that could run script or restyle the page."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Render markdown ``text`` to sanitized HTML."""
    return sanitize_html(new_markdown().convert(text))


@dataclass(frozen=True)
class Heading:
    level: int
    anchor: str
    text: str


@dataclass(frozen=True)
class RenderedLesson:
    html: str  # sanitized, without the title heading (pages show the title themselves)
    headings: tuple[Heading, ...]  # level 2 and deeper, in document order


class _DropTitle(Treeprocessor):
    """Remove the first top-level ``<h1>``; runs after ``toc`` so anchors are unchanged."""

    def run(self, root):
        for element in root:
            if element.tag == "h1":
                root.remove(element)
                break


def _flatten(tokens) -> list[Heading]:
    headings = []
    for token in tokens:
        if token["level"] >= 2:
            headings.append(Heading(token["level"], token["id"], html_lib.unescape(token["name"])))
        headings.extend(_flatten(token["children"]))
    return headings


def render_lesson(text: str) -> RenderedLesson:
    """Render a lesson's whole markdown (title included) for storage."""
    md = new_markdown()
    md.treeprocessors.register(_DropTitle(md), "lessonforge_drop_title", 1)
    body = md.convert(text)
    return RenderedLesson(html=sanitize_html(body), headings=tuple(_flatten(md.toc_tokens)))
