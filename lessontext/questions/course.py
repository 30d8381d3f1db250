"""Read a lesson (and its course) into what the question families work from.

Structure first: labelled items that are siblings (a "Term: explanation"
list, labelled paragraphs, sections with term-like headings), lists under a
heading, tables, then typed entities and glossary terms found in sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from lessontext.document import Document, DocumentSection, ItemList, Paragraph, Table, split_sentences
from lessontext.semantics import similarities, similarity, zipf

from .entities import Lexicon, build_lexicon, find_entities
from .listitems import Item, bold_first_items, named_first_items
from .nested import column_labels, property_groups, stage_groups
from .prose import Clause, Enumeration, find_clauses, find_enumerations, resolve_demonstratives
from .slides import slide_groups
from .text import (
    ANAPHORIC_OPENERS,
    GENERIC_HEADS,
    content_stems,
    content_words,
    find_phrase,
    has_markdown_residue,
    is_gerund,
    norm,
    norm_phrase,
    related,
    word_count,
    words,
)
from .types import GlossaryEntry

T = TypeVar("T")

_QUESTION_WORDS = frozenset("what why how when where who which whose".split())
# A heading that joins several things names a topic, not a term its section defines (raters on test-e
# and test-g rejected, by both, items whose options were such headings: they ask about layout).
_COORDINATORS = frozenset("and or versus vs".split())
_GENERIC_HEADINGS = frozenset(
    """
    conclusion conclusions introduction summary overview background references notes examples
    example further reading see also key terms glossary sources appendix preface contents
    """.split()
)


@dataclass(frozen=True)
class Group:
    """Sibling items of one kind: one list, one run of labelled paragraphs, or sibling sections."""

    id: str
    origin: str  # "list", "named" (a list of "A <name> <verb> ..."), "paragraphs" or "sections"
    heading: str | None
    anchor: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Listing:
    """A list of short items under a heading, for "which of these does the text list" items."""

    id: str
    heading: str | None
    lead_in: str | None
    anchor: str
    items: tuple[str, ...]
    labelled: bool
    scope: str  # the text of the section, where a distractor must not appear
    source: str  # one sentence standing for the list (the lead-in or first item)


@dataclass(frozen=True)
class TableInfo:
    id: str
    heading: str | None
    anchor: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Mention:
    """An entity or glossary term in one sentence."""

    text: str
    kind: str
    start: int
    end: int
    sentence: str
    anchor: str
    glossary: GlossaryEntry | None = None


def _grouped(mentions: Sequence[Mention], key: Callable[[Mention], str]) -> dict[str, list[Mention]]:
    """``mentions`` grouped by ``key``, each group in the given order."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[key(m)].append(m)
    return dict(groups)


@dataclass
class LessonView:
    """One lesson as the generator reads it: its sentences, labelled groups, lists, tables, mentions and prose.

    Not ``courses.models.Lesson``: a view of a parsed document, built by :func:`analyse`.
    """

    document: Document
    sentences: list[tuple[DocumentSection, str]]
    groups: list[Group]
    listings: list[Listing]
    tables: list[TableInfo]
    mentions: list[Mention] = field(default_factory=list)
    # Inline enumerations and completable clauses of the prose, with the
    # section they are in and their frame after resolving "these <noun>".
    enumerations: list[tuple[DocumentSection, Enumeration, str, str]] = field(default_factory=list)
    clauses: list[tuple[DocumentSection, Clause, str, str]] = field(default_factory=list)


@dataclass
class CourseView:
    """The lesson under question plus what the rest of the course offers as distractors.

    Not ``courses.models.Course``: built for one generation by :func:`build_course`.
    """

    lesson: LessonView
    others: list[LessonView]
    glossary: tuple[GlossaryEntry, ...]
    lexicon: Lexicon
    title: str
    sentence_stems: list[frozenset[str]]
    sentence_lower: list[str]
    # kind -> distinct entity texts across the course (this lesson first)
    pool: dict[str, list[str]]
    # normalised text -> entity kind, for telling persons from things among glossary terms
    entity_kinds: dict[str, str] = field(default_factory=dict)
    # The lesson's text as compared by meaning (an even sample of at most PROFILE_WORDS words).
    profile: str = ""

    @property
    def sentence_set(self) -> frozenset[str]:
        if not self._sentence_set:
            self._sentence_set = frozenset(s for _, s in self.lesson.sentences)
        return self._sentence_set

    @property
    def lesson_text(self) -> str:
        if not self._text:
            self._text = " ".join(s for _, s in self.lesson.sentences)
        return self._text

    def sentences_with(self, phrase: str) -> list[int]:
        """Indices of this lesson's sentences that contain ``phrase``."""
        needle = phrase.lower()
        toks = words(needle)
        if not toks:
            return []
        if not self.word_index:
            for i, low in enumerate(self.sentence_lower):
                for w in set(words(low)):
                    self.word_index.setdefault(w, []).append(i)
        return [
            i for i in self.word_index.get(toks[0], [])
            if needle in self.sentence_lower[i] and find_phrase(self.lesson.sentences[i][1], phrase)
        ]

    alias_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    word_index: dict[str, list[int]] = field(default_factory=dict)
    # Results of per-course checks that builders ask again and again (keyed by check and argument).
    memo: dict[tuple, object] = field(default_factory=dict)
    _text: str = ""
    _sentence_set: frozenset[str] = frozenset()

    def remembered(self, key: tuple, compute: Callable[[], T]) -> T:
        """``compute()``'s result under ``key`` in ``memo``, computed once per course."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    def sentences_naming(self, phrase: str) -> tuple[str, ...]:
        """This lesson's sentences in which ``find_phrase`` finds ``phrase``, in order (memoised; only the
        sentences holding the phrase's first word in any case are searched).  Exact where ``sentences_with``,
        indexed by the phrase's first word as written, misses its hyphenated or run-together forms."""
        def compute() -> tuple[str, ...]:
            parts = re.split(r"[\s\-]+", phrase.strip().lower())
            first = next((p for p in parts if p), "")
            return tuple(s for (_, s), low in zip(self.lesson.sentences, self.sentence_lower)
                         if first in low and find_phrase(s, phrase) is not None)
        return self.remembered(("sentences_naming", phrase), compute)

    def mentions_in(self, sentence: str) -> list[Mention]:
        """This lesson's mentions in ``sentence``, in order (indexed once per course: builders ask per
        candidate, and a scan of every mention made a long lesson quadratic)."""
        return self.remembered(("mentions_by_sentence",), lambda: _grouped(
            self.lesson.mentions, lambda m: m.sentence)).get(sentence, [])

    def mentions_of(self, term: str) -> list[Mention]:
        """This lesson's mentions of the glossary entry ``term`` (indexed once per course)."""
        return self.remembered(("mentions_by_term",), lambda: _grouped(
            [m for m in self.lesson.mentions if m.glossary is not None], lambda m: m.glossary.term)).get(term, [])

    def aliases(self, term: str) -> frozenset[str]:
        """All names the glossary gives the thing ``term`` names (normalised)."""
        key = norm_phrase(term)
        return self.alias_groups.get(key, frozenset({key}))


def analyse(document: Document, *, glossary: Sequence[GlossaryEntry] = (), lexicon: Lexicon | None = None,
            mentions: bool = True) -> LessonView:
    sentences = list(document.sentences())
    lesson = LessonView(
        document=document,
        sentences=sentences,
        groups=_groups(document),
        listings=_listings(document),
        tables=_tables(document),
    )
    fragments = _fragments(document)
    if mentions and lexicon is not None:
        lesson.mentions = _mentions([(sec, s) for sec, s in sentences if s not in fragments], lexicon, glossary)
    lesson.enumerations, lesson.clauses = _prose_structure(document, fragments)
    return lesson


def _prose_structure(document: Document, fragments: set[str]) -> tuple[list, list]:
    """Inline enumerations and clauses of full sentences (paragraphs and labelled list-item bodies)."""
    enumerations: list[tuple[DocumentSection, Enumeration, str, str]] = []
    clauses: list[tuple[DocumentSection, Clause, str, str]] = []
    for section in document.sections:
        previous: list[str] = [section.heading] if section.heading else []
        for sentence in section.sentences:
            if sentence in fragments or has_markdown_residue(sentence):
                continue
            context = previous[-3:]
            resolved = ""
            if "," in sentence or " from " in sentence:
                for e in find_enumerations(sentence):
                    resolved = resolved or resolve_demonstratives(sentence, context)
                    enumerations.append((section, e, resolve_demonstratives(e.frame, context), resolved))
            for c in find_clauses(sentence):
                resolved = resolved or resolve_demonstratives(sentence, context)
                clauses.append((section, c, resolve_demonstratives(c.frame, context), resolved))
            previous.append(sentence)
    return enumerations, clauses


# A sister lesson lends distractors only when its text is this close to the lesson's (wordllama
# cosine of the whole texts): lessons of one subject score 0.5-0.9, of different subjects mostly below 0.35.
SISTER_MIN = 0.35
# A glossary entry the lesson and its sisters never name lends distractors only when its term and
# definition are this close to the lesson's text.
GLOSSARY_DOMAIN_MIN = 0.4
# A glossary term that is one everyday English word (Zipf frequency at least this) counts as named
# by the lesson only when its entry is at least this close to the lesson's subject.
COMMON_ZIPF = 4.0
POLYSEME_MIN = 0.1


# The text a lesson is compared by: its sentences, sampled evenly down to about this many words
# (a static embedding's average is stable well before that; embedding 60,000 words costs memory).
PROFILE_WORDS = 3000


def plain_text(document: Document) -> str:
    """The text a lesson is compared by meaning: its sentences, sampled evenly down to PROFILE_WORDS words."""
    sentences = [s for _, s in document.sentences()]
    total = sum(len(s.split()) for s in sentences)
    if total > PROFILE_WORDS:
        step = total / PROFILE_WORDS
        sentences = [s for i, s in enumerate(sentences) if int(i / step) != int((i - 1) / step) or i == 0]
    return " ".join(sentences)


def sister_documents(document: Document, others: Sequence[Document]) -> list[Document]:
    """The other lessons on the same subject as ``document`` (a mixed course lends no distractors across subjects)."""
    text = plain_text(document)
    if not text.strip():
        return []
    texts = [plain_text(o) for o in others]
    return [o for o, score in zip(others, similarities(text, texts), strict=True) if score >= SISTER_MIN]


def domain_glossary(glossary: Sequence[GlossaryEntry], text: str, profile: str = "") -> tuple[GlossaryEntry, ...]:
    """The glossary entries named in ``text`` (the lesson and its sisters) or close to its subject
    (``profile``: a sample of ``text`` to compare by, ``text`` itself when empty)."""
    lowered = text.lower()
    profile = profile or text
    kept = []
    for entry in glossary:
        names = [n for n in (entry.term, *entry.aliases) if len(n) > 2]
        named = any(_names(n, text, lowered) for n in names)
        score = similarity(f"{entry.term}: {entry.definition}", profile)
        if named and all(len(n.split()) == 1 and zipf(n.lower()) >= COMMON_ZIPF for n in names):
            # An everyday word ("switch", "supply", "contract") may be named in another sense:
            # the entry must also be on the subject, a little.
            named = score >= POLYSEME_MIN
        if named or score >= GLOSSARY_DOMAIN_MIN:
            kept.append(entry)
    return tuple(kept)


def _names(name: str, text: str, lowered: str) -> bool:
    """``text`` names ``name`` (an acronym in capitals only: "PUT" is not "put")."""
    if name.isupper():
        return re.search(rf"\b{re.escape(name)}s?\b", text) is not None
    return re.search(rf"\b{re.escape(name.lower())}(?:s|es)?\b", lowered) is not None


def build_course(document: Document, *, glossary: Sequence[GlossaryEntry], others: Sequence[Document]) -> CourseView:
    all_sentences = [s for _, s in document.sentences()]
    for other in others:
        all_sentences.extend(s for _, s in other.sentences())
    lexicon = build_lexicon(all_sentences)
    full_glossary = tuple(glossary)
    others = sister_documents(document, others)
    glossary = domain_glossary(
        full_glossary,
        " ".join(s for d in (document, *others) for _, s in d.sentences()),
        plain_text(document),
    )
    lesson = analyse(document, glossary=glossary, lexicon=lexicon)
    other_lessons = [analyse(o, glossary=glossary, lexicon=lexicon) for o in others]
    pool: dict[str, list[str]] = defaultdict(list)
    seen: dict[str, set[str]] = defaultdict(set)
    for les in [lesson, *other_lessons]:
        for m in les.mentions:
            key = norm(m.text)
            if key not in seen[m.kind]:
                seen[m.kind].add(key)
                pool[m.kind].append(m.text)
    alias_groups: dict[str, frozenset[str]] = {}
    for entry in full_glossary:
        group = frozenset(norm_phrase(n) for n in (entry.term, *entry.aliases))
        for name in group:
            alias_groups[name] = alias_groups.get(name, frozenset()) | group
    entity_kinds: dict[str, str] = {}
    for les in [lesson, *other_lessons]:
        for _, sentence in les.sentences:
            for entity in find_entities(sentence, lexicon):
                entity_kinds.setdefault(norm_phrase(entity.text), entity.kind)
    return CourseView(
        profile=plain_text(document),
        entity_kinds=entity_kinds,
        alias_groups=alias_groups,
        lesson=lesson,
        others=other_lessons,
        glossary=glossary,
        lexicon=lexicon,
        title=document.title,
        sentence_stems=[content_stems(s) for _, s in lesson.sentences],
        sentence_lower=[s.lower() for _, s in lesson.sentences],
        pool=dict(pool),
    )


# --------------------------------------------------------------------------
# Structure


def usable_description(sentences: Sequence[str]) -> str:
    """The first sentence that can stand alone as a description (joined with the next if short)."""
    for i, sentence in enumerate(sentences):
        toks = words(sentence)
        if not toks or toks[0].lower() in ANAPHORIC_OPENERS or has_markdown_residue(sentence):
            continue
        text = sentence
        if word_count(text) < 6 and i + 1 < len(sentences):
            following = sentences[i + 1]
            nxt = words(following)
            if nxt and nxt[0].lower() not in ANAPHORIC_OPENERS:
                text = f"{text} {following}"
        return text
    return ""


# A numbered step of a procedure ("Step 3: Count the genotypes", "Step 2.", "Step two"): its label
# names a place in a worked example, not a thing of the lesson, and matching its sentences to the
# step numbers asks about layout (raters on test-e, both rejecting; such labels also run through
# worked examples in test-b and test-d).
STEP_LABEL = re.compile(
    r"^\W*step\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


def step_label(label: str) -> bool:
    """True for a label that numbers a step of a procedure ("Step 4: Work out the phenotypes")."""
    return bool(STEP_LABEL.match(label))


def _groups(document: Document) -> list[Group]:
    groups: list[Group] = []
    for s_index, section in enumerate(document.sections):
        run: list[Item] = []
        # Labels repeated under several items of one list name a table's columns, not terms (``nested``).
        columns = frozenset().union(*(column_labels(b) for b in section.blocks if isinstance(b, ItemList)))
        for b_index, block in enumerate(section.blocks):
            if isinstance(block, ItemList):
                for k, facts in enumerate([*property_groups(block), *stage_groups(block)]):
                    groups.append(Group(f"C{s_index}.{b_index}.{k}", "list", block.label or section.heading,
                                        section.anchor, facts))
            if isinstance(block, ItemList) and named_first_items(block):
                heading = block.label or section.heading
                groups.append(Group(f"N{s_index}.{b_index}", "named", heading, section.anchor, named_first_items(block)))
            elif isinstance(block, ItemList) and bold_first_items(block, document.emphasis):
                heading = block.label or section.heading
                groups.append(Group(f"B{s_index}.{b_index}", "list", heading, section.anchor,
                                    bold_first_items(block, document.emphasis)))
            if isinstance(block, ItemList):
                labelled = [i for i in block.items if i.label and not step_label(i.label) and norm(i.label) not in columns]
                if len(labelled) >= 2 and len(labelled) >= 0.75 * len(block.items):
                    items = tuple(
                        Item(i.label.strip(), usable_description(i.sentences), i.sentences) for i in labelled
                    )
                    # A "Label:" line or the parent item names the list better than the section does.
                    heading = block.label or section.heading
                    groups.append(Group(f"L{s_index}.{b_index}", "list", heading, section.anchor, items))
            if isinstance(block, Paragraph) and block.label and not step_label(block.label):
                run.append(Item(block.label.strip(), usable_description(split_sentences(block.body)), block.sentences))
                continue
            if len(run) >= 2:
                groups.append(Group(f"P{s_index}.{b_index}", "paragraphs", section.heading, section.anchor, tuple(run)))
            run = []
        if len(run) >= 2:
            groups.append(Group(f"P{s_index}.end", "paragraphs", section.heading, section.anchor, tuple(run)))
    groups.extend(_section_groups(document))
    groups.extend(Group(gid, "sections", None, anchor, items) for gid, anchor, items in slide_groups(document))
    return groups


def _term_like_heading(heading: str | None) -> bool:
    if not heading or any(ch in heading for ch in ":?!()"):
        return False
    toks = words(heading)
    if not 1 <= len(toks) <= 5:
        return False
    lowered = [t.lower() for t in toks]
    if lowered[0] in _QUESTION_WORDS or "that" in lowered or "which" in lowered:
        return False
    if set(lowered) & _COORDINATORS or "," in heading or "&" in heading:
        return False  # "Nature and Nurture", "Bits, Bytes and Ranges": a topic of several things, not a term
    if set(lowered) & _GENERIC_HEADINGS and len(toks) <= 2:
        return False
    content = content_words(heading)
    # One-word headings ("Security", "Methods") name a topic, not a thing the section defines.
    return len(content) >= 2 and not all(norm(w) in GENERIC_HEADS for w in content)


def _section_groups(document: Document) -> list[Group]:
    """Sibling sections whose headings name things and whose opening sentence is about them."""
    groups: list[Group] = []
    by_parent: dict[tuple[int, int], list[int]] = defaultdict(list)
    parent_of_level: dict[int, int] = {}
    for index, section in enumerate(document.sections):
        if section.heading is None:
            continue
        for level in list(parent_of_level):
            if level >= section.level:
                del parent_of_level[level]
        parent = max((v for lv, v in parent_of_level.items() if lv < section.level), default=-1)
        by_parent[(parent, section.level)].append(index)
        parent_of_level[section.level] = index
    for (parent, level), indices in by_parent.items():
        items: list[Item] = []
        headings = [document.sections[i].heading for i in indices]
        gerunds = sum(1 for h in headings if h and is_gerund(h))
        for i in indices:
            section = document.sections[i]
            if not _term_like_heading(section.heading):
                continue
            if is_gerund(section.heading or "") and gerunds < len(indices):
                continue
            description = _about_heading(section)
            if description:
                items.append(Item(section.heading or "", description, (description,)))
        if len(items) >= 3:
            anchor = document.sections[parent].anchor if parent >= 0 else ""
            heading = document.sections[parent].heading if parent >= 0 else None
            groups.append(Group(f"S{parent}.{level}", "sections", heading, anchor, tuple(items)))
    return groups


def _about_heading(section: DocumentSection) -> str:
    """The first of the opening sentences that mentions most of the heading's words."""
    head_words = content_words(section.heading or "")
    need = max(1, -(-2 * len(head_words) // 3))
    for sentence in section.sentences[:2]:
        toks = content_words(sentence)
        hits = sum(1 for w in head_words if any(related(w, t) for t in toks))
        first = words(sentence)[:1]
        if hits >= need and first and first[0].lower() not in ANAPHORIC_OPENERS:
            return sentence
    return ""


def _listings(document: Document) -> list[Listing]:
    listings: list[Listing] = []
    for s_index, section in enumerate(document.sections):
        scope = " ".join(section.sentences)
        for b_index, block in enumerate(section.blocks):
            if not isinstance(block, ItemList) or len(block.items) < 2:
                continue
            labelled = all(i.label for i in block.items)
            texts = []
            for item in block.items:
                text = item.label if item.label else item.text.rstrip(".;,")
                texts.append(text.strip())
            if any(word_count(t) > 7 or not t for t in texts):
                continue
            source = block.lead_in or block.items[0].text
            listings.append(
                Listing(f"M{s_index}.{b_index}", block.label or section.heading, block.lead_in, section.anchor, tuple(texts),
                        labelled, scope, source)
            )
    return listings


def _tables(document: Document) -> list[TableInfo]:
    tables = []
    for s_index, section in enumerate(document.sections):
        for b_index, block in enumerate(section.blocks):
            if isinstance(block, Table) and block.header and len(block.rows) >= 3:
                rows = tuple(r for r in block.rows if len(r) == len(block.header))
                if len(rows) >= 3:
                    tables.append(TableInfo(f"T{s_index}.{b_index}", section.heading, section.anchor, block.header, rows))
    return tables


# --------------------------------------------------------------------------
# Mentions


def _fragments(document: Document) -> set[str]:
    """List-item sentences that are often not full sentences.

    Unlabelled items ("An offer made by one party.", "TCP, which splits data
    into packets") and labelled bodies that open in lower case ("a false
    statement of fact ...") are fragments: no true/false or fill-in items
    from them.
    """
    out: set[str] = set()
    for section in document.sections:
        for block in section.lists:
            for item in block.items:
                if not item.label:
                    out.update(item.sentences)
                else:
                    out.update(s for s in item.sentences if not s[:1].isupper())
    return out


def _mentions(sentences: list[tuple[DocumentSection, str]], lexicon: Lexicon, glossary: Sequence[GlossaryEntry]) -> list[Mention]:
    found: list[Mention] = []
    names = []
    for entry in glossary:
        for name in (entry.term, *entry.aliases):
            if name and len(name) > 1:
                names.append((name, entry))
    names.sort(key=lambda pair: -len(pair[0]))
    first_words: dict[str, list[tuple[str, GlossaryEntry]]] = defaultdict(list)
    for name, entry in names:
        toks = words(name)
        if toks:
            first_words[toks[0].lower()].append((name, entry))
    for section, sentence in sentences:
        taken: list[tuple[int, int]] = []
        lowered_words = {w.lower() for w in words(sentence)}
        for first, entries in first_words.items():
            if first not in lowered_words:
                continue
            for name, entry in entries:
                match = find_phrase(sentence, name)
                if match and not any(a < match.end() and match.start() < b for a, b in taken):
                    taken.append((match.start(), match.end()))
                    text = sentence[match.start(): match.end()]
                    text = re.sub(r"(?:'s|’s)$", "", text)
                    found.append(Mention(text, f"glossary:{entry.kind}", match.start(), match.start() + len(text),
                                         sentence, section.anchor, entry))
        for entity in find_entities(sentence, lexicon):
            if any(a < entity.end and entity.start < b for a, b in taken):
                continue
            found.append(Mention(entity.text, entity.kind, entity.start, entity.end, sentence, section.anchor))
    return found
