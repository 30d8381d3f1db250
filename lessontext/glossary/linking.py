"""Wrap the first occurrence of each glossary term in a lesson's HTML.

Works on the stored, already sanitized HTML with ``html.parser`` (never a
regular expression over markup): text nodes are tokenised and matched by
:func:`~lessontext.words.normalise.term_key`, so plurals, possessives and
case variants match; acronyms match case-sensitively ("US" is not "us").
Text inside headings, links, code, ``abbr`` or an existing glossary term is
left alone.  Every text and attribute value is escaped on the way out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from lessontext.words import span_key, term_key, token_spans

__all__ = ["LinkTarget", "link_terms", "SKIP_TAGS"]

SKIP_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "kbd", "samp",
                       "script", "style", "button", "label", "textarea", "select", "option", "svg", "math"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                       "track", "wbr"})
TERM_CLASS = "glossary-term"
# The sanitizer (lessontext.rendering.sanitize_html) sets this rel on every
# link; writing it here keeps the output a fixed point of the sanitizer.
LINK_REL = "noopener noreferrer nofollow"


@dataclass(frozen=True)
class LinkTarget:
    term: str
    forms: tuple[str, ...]   # the term and its aliases
    url: str
    definition: str
    slug: str


def _is_acronym(form: str) -> bool:
    return " " not in form.strip() and sum(ch.isupper() for ch in form) >= 2


class _Linker(HTMLParser):
    def __init__(self, targets: Sequence[LinkTarget]) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []   # (tag, skips text)
        self.skip_depth = 0
        self.targets = list(targets)
        self.linked: set[int] = set()
        self.by_key: dict[str, int] = {}
        self.by_exact: dict[str, int] = {}
        lengths: set[int] = set()
        for index, target in enumerate(self.targets):
            for form in (target.term, *target.forms):
                if not form or not form.strip():
                    continue
                if _is_acronym(form):
                    self.by_exact.setdefault(form.strip(), index)
                    self.by_exact.setdefault(form.strip() + "s", index)
                    lengths.add(1)
                    continue
                key = term_key(form)
                if key:
                    self.by_key.setdefault(key, index)
                    lengths.add(len(key.split()))
        self.lengths = sorted(lengths, reverse=True)

    # -- markup ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._tag(tag, attrs))
        if tag in VOID_TAGS:
            return
        skips = tag in SKIP_TAGS or (tag == "span" and TERM_CLASS in (dict(attrs).get("class") or "").split())
        self.stack.append((tag, skips))
        if skips:
            self.skip_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._tag(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        # Pop to the matching open tag (sanitized HTML is well nested).
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                for _tag, skips in self.stack[depth:]:
                    if skips:
                        self.skip_depth -= 1
                del self.stack[depth:]
                break
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not self.lengths or len(self.linked) == len(self.targets):
            self.out.append(escape(data, quote=False))
        else:
            self.out.append(self._link(data))

    def handle_comment(self, data: str) -> None:
        pass  # the sanitizer strips comments too

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    @staticmethod
    def _tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
        parts = [tag]
        for name, value in attrs:
            parts.append(name if value is None else f'{name}="{escape(value, quote=True)}"')
        return "<" + " ".join(parts) + ">"

    # -- text -------------------------------------------------------------------

    def _link(self, text: str) -> str:
        spans = token_spans(text)
        pieces: list[str] = []
        pos = 0
        i = 0
        while i < len(spans):
            found = self._match(text, spans, i)
            if found is None:
                i += 1
                continue
            index, n = found
            start = spans[i][0]
            end = spans[i + n - 1][1]
            if text[end - 2 : end] in ("'s", "’s") and end - 2 > start:
                end -= 2   # keep the possessive outside the link
            pieces.append(escape(text[pos:start], quote=False))
            pieces.append(self._wrap(self.targets[index], text[start:end]))
            self.linked.add(index)
            pos = end
            i += n
        pieces.append(escape(text[pos:], quote=False))
        return "".join(pieces)

    def _match(self, text: str, spans: list[tuple[int, int, str, str]], i: int) -> tuple[int, int] | None:
        for n in self.lengths:
            if i + n > len(spans):
                continue
            index = None
            if n == 1:
                word = text[spans[i][0] : spans[i][1]]
                bare = word[:-2] if word.endswith(("'s", "’s")) else word
                index = self.by_exact.get(bare)
            if index is None:
                key = span_key(spans, i, i + n)
                index = self.by_key.get(key)
                if index is not None and n == 1 and _is_acronym_target(self.targets[index]) and \
                        not any(ch.isupper() for ch in text[spans[i][0] : spans[i][1]][1:]):
                    index = None
            if index is not None and index not in self.linked:
                return index, n
        return None

    @staticmethod
    def _wrap(target: LinkTarget, original: str) -> str:
        slug = escape(target.slug, quote=True)
        return (
            f'<span class="{TERM_CLASS}"><a href="{escape(target.url, quote=True)}" aria-describedby="gloss-{slug}" rel="{LINK_REL}">'
            f"{escape(original, quote=False)}</a>"
            f'<span class="glossary-popover" role="tooltip" id="gloss-{slug}">'
            f"{escape(target.definition, quote=False)}</span></span>"
        )


def _is_acronym_target(target: LinkTarget) -> bool:
    return _is_acronym(target.term)


def link_terms(html: str, targets: Sequence[LinkTarget]) -> str:
    """Return ``html`` with the first occurrence of each target's term wrapped in a popover link."""
    if not targets:
        return html
    linker = _Linker(targets)
    linker.feed(html)
    linker.close()
    return "".join(linker.out)
