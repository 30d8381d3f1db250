"""A lesson's markdown as plain-text structure: sections, paragraphs, lists, tables.

Plain Python (no Django imports).  The glossary extractor and the quiz
generator both read lessons through :func:`parse_document`, so they see the
same sentences, the same list labels and the same section anchors as the
page a learner reads: the structure is taken from the element tree that
``lessontext.rendering.new_markdown()`` builds, never from a second markdown
parser, and anchors are the ids its ``toc`` extension assigns.

Code blocks, raw HTML blocks and images are left out; inline code keeps its
text.  Every text field is plain text without markdown residue.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from dataclasses import dataclass, replace

from markdown.treeprocessors import Treeprocessor

from lessontext.rendering import new_markdown
from lessontext.sentences import normalise_space as _normalise_space
from lessontext.sentences import split_sentences
from lessontext.words import word_pos

__all__ = [
    "Document",
    "ItemList",
    "ListItem",
    "Paragraph",
    "DocumentSection",
    "Table",
    "parse_document",
    "split_label",
    "split_sentences",
]


# --------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Paragraph:
    text: str
    sentences: tuple[str, ...]
    # Extra, optional: set when the paragraph opens with a label
    # ("**Term**: explanation", "Term: definition"); ``body`` is the text
    # after the label, or the whole text.
    label: str | None = None
    body: str = ""

    def __post_init__(self) -> None:
        if not self.body:
            object.__setattr__(self, "body", self.text)


@dataclass(frozen=True)
class ListItem:
    text: str
    label: str | None
    body: str
    sentences: tuple[str, ...]
    # The item's sub-items (indented 2 or 4 spaces under it), as a tree.
    children: tuple[ListItem, ...] = ()


@dataclass(frozen=True)
class ItemList:
    items: tuple[ListItem, ...]
    ordered: bool
    lead_in: str | None
    # A short "Label:" line just before the list (or the parent item of a nested
    # list), naming what the list holds; ``None`` without one.
    label: str | None = None


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | ItemList | Table


@dataclass(frozen=True)
class DocumentSection:
    heading: str | None
    anchor: str
    level: int
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def lists(self) -> tuple[ItemList, ...]:
        return tuple(b for b in self.blocks if isinstance(b, ItemList))

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))

    @property
    def sentences(self) -> tuple[str, ...]:
        """All sentences of paragraphs and list-item bodies, in order."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.extend(block.sentences)
            elif isinstance(block, ItemList):
                for item in block.items:
                    out.extend(item.sentences)
        return tuple(out)

    def labelled_item(self, sentence: str) -> ListItem | None:
        """The "Label: body" item whose body opens with ``sentence``, or None."""
        return next((item for block in self.lists for item in block.items
                     if item.label and item.sentences[:1] == (sentence,)), None)

    def opens_labelled_item(self, sentence: str) -> bool:
        """True for the first sentence of a "Label: body" item's body, whose "it" is the label."""
        return self.labelled_item(sentence) is not None


@dataclass(frozen=True)
class Document:
    title: str
    sections: tuple[DocumentSection, ...]
    word_count: int
    # The phrases the author set in bold ("**semitone**", labels too), once each, in order.
    emphasis: tuple[str, ...] = ()
    # The phrases the author set in italics ("*The cat chased the mouse.*", "*have*"), once each, in order: a
    # language lesson's examples, which lose their marks in the sentences above.
    italics: tuple[str, ...] = ()

    def sentences(self) -> Iterator[tuple[DocumentSection, str]]:
        for section in self.sections:
            for sentence in section.sentences:
                yield section, sentence


# --------------------------------------------------------------------------
# Labels

_DASHES = "—–-"
_STRONG_TAGS = {"strong", "b"}
_BLOCK_TAGS = {"p", "div", "blockquote", "ul", "ol", "pre", "table", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6"}
_EMPHASIS_TAGS = {"em", "i"}
# "Term: explanation" / "Term — explanation" without bold.  The label is
# short, has no sentence punctuation and is followed by an explanation.
_PLAIN_LABEL = re.compile(
    r"""^(?P<label>[^\s:.!?;—–][^:.!?;—–]{0,60}?)\s*(?::\s+|\s[—–]\s+|\s-\s+|—\s*)(?P<body>\S.*)$""",
    re.S,
)
_MAX_LABEL_WORDS = 7
_LABEL_VERBS = frozenset(
    """
    is are was were be been being am has have had do does did can could will would shall should may might
    must it they we he she this these that those there which who what
    """.split()
)


def split_label(text: str) -> tuple[str | None, str]:
    """Return ``(label, body)`` for "Label: body" text, else ``(None, text)``."""
    match = _PLAIN_LABEL.match(text)
    if not match:
        return None, text
    label = match.group("label").strip(" \"'“”*_")
    body = match.group("body").strip()
    if not _plausible_label(label) or not body:
        return None, text
    return label, body


def _plausible_label(label: str) -> bool:
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    if not any(ch.isalpha() for ch in label):
        return False
    # "HTTP is a stateless protocol: ..." is a sentence, not a label.
    if any(word.lower() in _LABEL_VERBS for word in words):
        return False
    # URLs and times: "https://...", "10:30".
    if label.lower() in {"http", "https", "mailto", "ftp"} or label[-1:].isdigit() and label[:1].isdigit():
        return False
    return True


# --------------------------------------------------------------------------
# Parsing

_STASH = re.compile("\x02wzxhzdk:(\\d+)\x03")
_ESCAPE = re.compile("\x02(\\d+)\x03")
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>(?:.*?\n)?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_YAML_LINE = re.compile(r"^(?:\s*#.*|\s*|[\w\"'-][^:\n]*:.*|\s+.*|\s*-\s.*)$")


class _CaptureTree(Treeprocessor):
    """Keep a reference to the finished tree (after ``toc`` assigned ids)."""

    root: etree.Element | None = None

    def run(self, root: etree.Element) -> None:
        self.root = root


def parse_document(markdown_text: str) -> Document:
    """Parse a lesson's markdown into a :class:`Document`."""
    md = new_markdown()
    capture = _CaptureTree(md)
    # After ``toc`` (5) so headings carry their ids; before ``unescape`` (0)
    # has run we only keep the reference, and read the tree once it has.
    capture_priority = 1
    md.treeprocessors.register(capture, "lessonforge_capture", capture_priority)
    md.convert(_reindent_lists(_strip_front_matter(markdown_text or "")))
    builder = _Builder(md.htmlStash.rawHtmlBlocks)
    if capture.root is not None:
        builder.walk(capture.root)
    return builder.document()


def _list_label(line: str) -> str | None:
    """A short line ending with a colon ("Types of network:") as the label of the list after it."""
    line = line.strip()
    toks = _WORD.findall(line.lower())
    if not line.endswith(":") or not toks or len(toks) > 8 or any(c in line[:-1] for c in ".;?!"):
        return None
    if toks[-1] in _LEAD_IN_ENDS or toks[0] in {"the", "there", "here", "this", "these", "it", "they"}:
        return None  # a lead-in clause ("The main parts of a cell are:"), not a name for the list
    return line[:-1].strip(" *_") or None


def _strip_front_matter(text: str) -> str:
    match = _FRONT_MATTER.match(text)
    if match and all(_YAML_LINE.match(line) for line in match.group("body").splitlines()):
        return text[match.end():]
    return text


_LIST_LINE = re.compile(r"^( *)(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_LEAD_IN_ENDS = frozenset("are is was were be include includes including follows following as these those of to".split())
_FENCE = re.compile(r"^ *(?:```|~~~)")


def _reindent_lists(text: str) -> str:
    """Indent sub-items 4 spaces per level, so a sub-item indented 2 or 3 spaces nests under its parent.

    Only list-item lines inside a list are moved (a list item or its indented
    continuation came before); code fences are left as they are.
    """
    out: list[str] = []
    stack: list[int] = []  # the source indents of the open list levels
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _LIST_LINE.match(line)
        if match and stack:
            indent = len(match.group(1))
            while stack and indent < stack[-1]:
                stack.pop()
            if not stack or indent > stack[-1]:
                stack.append(indent)
            line = " " * (4 * (len(stack) - 1)) + line.lstrip(" ")
        elif match:
            stack = [len(match.group(1))] if not match.group(1) else []
        elif line.strip() and not line.startswith((" ", "\t")):
            stack = []
        out.append(line)
    return "\n".join(out)


class _Builder:
    def __init__(self, stash: list[str]) -> None:
        self._stash = stash
        self.title = ""
        self._title_seen = False
        self._sections: list[DocumentSection] = []
        self._heading: str | None = None
        self._anchor = ""
        self._level = 1
        self._blocks: list[Block] = []
        self._words = 0
        self._emphasis: dict[str, None] = {}
        self._italics: dict[str, None] = {}

    # -- tree walking -------------------------------------------------------

    def walk(self, parent: etree.Element) -> None:
        for el in parent:
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag in _HEADINGS:
                self._heading_element(el, _HEADINGS[tag])
            elif tag == "p":
                self._paragraph(el)
            elif tag in {"ul", "ol"}:
                self._list(el, lead_in=self._lead_in())
            elif tag == "table":
                self._table(el)
            elif tag == "blockquote":
                self.walk(el)
            # pre (code), hr, div (raw HTML / toc) and the rest are left out.

    def _heading_element(self, el: etree.Element, level: int) -> None:
        text = self._text(el)
        self._count(text)
        if level == 1 and not self._title_seen:
            self._title_seen = True
            self.title = text
            return
        self._close_section()
        self._heading = text
        self._anchor = el.get("id", "")
        self._level = level

    def _paragraph(self, el: etree.Element) -> None:
        if self._is_stash_only(el):
            return
        label, body = self._label(el)
        text = self._text(el)
        if not text:
            return
        self._count(text)
        if label is None:
            label, body = split_label(text)
        self._blocks.append(
            Paragraph(text=text, sentences=split_sentences(text), label=label, body=body if label else text)
        )

    def _list(self, el: etree.Element, lead_in: str | None, name: str | None = None) -> list[ListItem]:
        items: list[ListItem] = []
        nested: list[tuple[etree.Element, str, str | None, int]] = []
        for li in el:
            if li.tag != "li":
                continue
            # A loose list wraps each item's content in <p>; treat both the
            # same by collecting the item's inline content and nested lists.
            inline_parts, sublists = self._li_parts(li)
            text = _normalise_space(" ".join(p for p in inline_parts if p))
            if not text:
                continue
            self._count(text)
            label, body = self._label(li)
            if label is None:
                label, body = split_label(text)
            items.append(ListItem(text=text, label=label, body=body, sentences=split_sentences(body)))
            for sub in sublists:
                last = split_sentences(text)
                nested.append((sub, last[-1] if last else text, label or _list_label(text.rstrip(":") + ":"), len(items) - 1))
        position = len(self._blocks)
        for sub, parent_text, parent_label, index in nested:
            children = self._list(sub, lead_in=parent_text, name=parent_label)
            items[index] = replace(items[index], children=items[index].children + tuple(children))
        if items:
            name = name or (_list_label(lead_in) if lead_in else None)
            self._blocks.insert(position, ItemList(items=tuple(items), ordered=el.tag == "ol", lead_in=lead_in, label=name))
        return items

    def _li_parts(self, li: etree.Element) -> tuple[list[str], list[etree.Element]]:
        parts: list[str] = []
        sublists: list[etree.Element] = []
        blocky = any(child.tag in {"p", "ul", "ol", "pre", "blockquote", "table"} for child in li)
        if not blocky:
            return [self._text(li)], []
        # Inline children run on with the text around them as written ("**space situational awareness**, or
        # SSA"): joining them with a space would put one before the comma (raters on test-e: an artefact).
        inline = self._resolve(li.text or "")
        for child in li:
            if child.tag in _BLOCK_TAGS:
                if inline.strip():
                    parts.append(inline)
                inline = ""
                if child.tag in {"ul", "ol"}:
                    sublists.append(child)
                elif child.tag == "p":
                    if not self._is_stash_only(child):
                        parts.append(self._text(child))
                elif child.tag == "blockquote":
                    parts.append(self._text(child))
            else:
                inline += self._text(child)
            inline += self._resolve(child.tail or "")
        if inline.strip():
            parts.append(inline)
        return parts, sublists

    def _table(self, el: etree.Element) -> None:
        header: tuple[str, ...] = ()
        rows: list[tuple[str, ...]] = []
        for tr in el.iter("tr"):
            cells = [c for c in tr if c.tag in {"th", "td"}]
            values = tuple(self._text(c) for c in cells)
            for value in values:
                self._count(value)
            if not header and cells and all(c.tag == "th" for c in cells):
                header = values
            else:
                rows.append(values)
        if header or rows:
            self._blocks.append(Table(header=header, rows=tuple(rows)))

    # -- labels -------------------------------------------------------------

    def _label(self, el: etree.Element) -> tuple[str | None, str]:
        """Detect "**Term**: body", "**Term** — body" and "**Term.** body"."""
        container = el
        children = list(el)
        if el.tag == "li" and children and children[0].tag == "p" and not (el.text or "").strip():
            container = children[0]
            children = list(container)
        if not children or (container.text or "").strip():
            return None, ""
        first = children[0]
        if first.tag not in _STRONG_TAGS | _EMPHASIS_TAGS:
            return None, ""
        label = self._text(first)
        tail = self._resolve(first.tail or "")
        rest = self._text_after(container, first, tail)
        if container is not el:
            # Loose list item with several paragraphs: the body runs on.
            later = [self._text(p) for p in el if p.tag == "p" and p is not container and not self._is_stash_only(p)]
            rest = _normalise_space(" ".join([rest, *later]))
        stripped_tail = rest.lstrip()
        if label.endswith((":", ".")) and not label.endswith("..."):
            label = label[:-1].rstrip()
            body = stripped_tail
        elif stripped_tail[:1] == ":":
            body = stripped_tail[1:].lstrip()
        elif stripped_tail[:1] in _DASHES:
            body = stripped_tail.lstrip(_DASHES + " ")
        else:
            return None, ""
        if not label or not body or len(label.split()) > 12:
            return None, ""
        return label, body

    def _text_after(self, container: etree.Element, first: etree.Element, tail: str) -> str:
        parts = [tail]
        seen = False
        for child in container:
            if child is first:
                seen = True
                continue
            if seen:
                if child.tag in {"ul", "ol", "pre", "table"}:
                    continue
                # Inline children join their neighbours as written ("**space situational awareness**, or
                # SSA"): a space there would stand before the comma (raters on test-e: an artefact).
                gap = " " if child.tag in _BLOCK_TAGS else ""
                parts.append(gap + self._text(child) + gap)
                parts.append(self._resolve(child.tail or ""))
        return _normalise_space("".join(parts))

    # -- text helpers ---------------------------------------------------------

    def _text(self, el: etree.Element) -> str:
        parts: list[str] = []
        self._collect(el, parts, top=True)
        return _normalise_space("".join(parts))

    def _collect(self, el: etree.Element, parts: list[str], top: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not top:
            if tag in {"pre", "img", "script", "style"}:
                if el.tail:
                    parts.append(self._resolve(el.tail))
                return
            if tag in {"ul", "ol", "table"}:
                parts.append(" ")
                if el.tail:
                    parts.append(self._resolve(el.tail))
                return
        if tag in {"br", "p", "li", "div"} and not top:
            parts.append(" ")
        if el.text:
            parts.append(self._resolve(el.text))
        start = len(parts)
        for child in el:
            self._collect(child, parts)
        if tag in _STRONG_TAGS and (bold := _normalise_space("".join(parts[start - 1 if el.text else start:]))):
            self._emphasis.setdefault(bold.strip(" :.,;"), None)
        if tag in _EMPHASIS_TAGS and (italic := _normalise_space("".join(parts[start - 1 if el.text else start:]))):
            self._italics.setdefault(italic.strip(" :,;"), None)
        if tag in {"p", "li", "div"} and not top:
            parts.append(" ")
        if not top and el.tail:
            parts.append(self._resolve(el.tail))

    def _resolve(self, text: str) -> str:
        """Replace stash placeholders (inline HTML, entities) with their text."""

        def stashed(match: re.Match[str]) -> str:
            index = int(match.group(1))
            if index >= len(self._stash):
                return ""
            raw = str(self._stash[index])
            return html.unescape(_TAG.sub("", raw))

        text = _STASH.sub(stashed, text)
        return _ESCAPE.sub(lambda m: chr(int(m.group(1))), text)

    def _is_stash_only(self, el: etree.Element) -> bool:
        """True for a paragraph that only holds a stashed block (code, raw HTML)."""
        return len(el) == 0 and bool(_STASH.fullmatch((el.text or "").strip()))

    def _lead_in(self) -> str | None:
        if self._blocks and isinstance(self._blocks[-1], Paragraph):
            sentences = self._blocks[-1].sentences
            return sentences[-1] if sentences else None
        return None

    def _count(self, text: str) -> None:
        self._words += len(_WORD.findall(text))

    # -- sections ---------------------------------------------------------------

    def _close_section(self) -> None:
        if self._heading is not None or self._blocks:
            self._sections.append(
                DocumentSection(heading=self._heading, anchor=self._anchor, level=self._level, blocks=tuple(self._blocks))
            )
        self._blocks = []

    def document(self) -> Document:
        self._close_section()
        return Document(title=self.title, sections=tuple(self._sections), word_count=self._words,
                        emphasis=tuple(self._emphasis), italics=tuple(self._italics))


def action_label(label: str) -> bool:
    """"Harvesting", "Starting translation": a label headed by a verb in -ing names an act."""
    first = (label.split()[:1] or [""])[0].lower().strip(".,:;")
    return len(first) > 5 and first.endswith("ing") and "VERB" in word_pos(first)


def told_in_stages(items: list[tuple[str, int]]) -> bool:
    """A process told stage by stage: of its (label, number of sentences) items, most an act's label over a paragraph
    of two sentences or more ("1. **Harvesting.** Cacao pods grow directly from the trunk ... When ripe they are cut
    down ...").  A stage's first sentence sets the scene more often than it says what the stage does ("The dried beans
    are bagged and shipped" for "Cleaning and sorting"), and the rest points back to it: such a list pairs no label
    with its first sentence, in a question or a glossary entry (raters on test-cf, test-cq, test-ct and test-cu: the
    four matchings of such lists 3 of 8 ratings as is; their label entries 9 rejected by both raters, 1 minor)."""
    actions = sum(action_label(label) for label, _ in items)
    paragraphs = sum(count >= 2 for _, count in items)
    return len(items) >= 3 and 2 * actions > len(items) and 2 * paragraphs > len(items)
