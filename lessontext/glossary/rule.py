"""The shape of a glossary rule: a small named object the pipeline runs in priority order.

A rule reads one kind of unit (its :class:`Scope`) and yields
:class:`~lessontext.glossary.candidate.Candidate` objects; what rules share
while a document is read (the acronyms found so far, the previous sentence,
the candidates so far) lives in one explicit :class:`Context`.
"""

from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import chain

from lessontext.document import Document
from lessontext.glossary.candidate import Candidate
from lessontext.words import folded_singular, split_words, term_key


class Scope(StrEnum):
    """What a rule reads, and so how its ``find`` is called.

    For each section, its blocks are read before its sentences; document
    rules run after every section has been read.
    """

    BLOCK = "block"  # find(section, block, context), for each block of each section
    SENTENCE = "sentence"  # find(section, sentence, context), for each sentence of each section
    # find(section, clause, context), for each later main clause of a sentence ("...; abrasion happens when ...");
    # adjacent clause rules run clause by clause, at their place among the sentence rules.
    CLAUSE = "clause"
    DOCUMENT = "document"  # find(document, context), once, after all sections


@dataclass(frozen=True)
class Example:
    """A short markdown text and the term a rule must find in it (``found``) or must not."""

    text: str
    term: str
    found: bool


def finds(text: str, term: str) -> Example:
    """A positive example: the rule finds ``term`` in ``text``."""
    return Example(text, term, True)


def misses(text: str, term: str) -> Example:
    """A negative example: the rule does not propose ``term`` for ``text``."""
    return Example(text, term, False)


@dataclass(frozen=True)
class Rule:
    """A named glossary rule: ``find`` yields candidates for one unit of text (see :class:`Scope`).

    ``confidence`` is the rule's base confidence; ``find``'s docstring says
    what text it reads and why; ``examples`` are its positive and negative
    examples, checked by the tests.
    """

    name: str
    priority: int
    scope: Scope
    confidence: float
    find: Callable[..., Iterable[Candidate]]
    examples: tuple[Example, ...] = ()

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.find) or ""

    @property
    def positives(self) -> tuple[Example, ...]:
        return tuple(e for e in self.examples if e.found)

    @property
    def negatives(self) -> tuple[Example, ...]:
        return tuple(e for e in self.examples if not e.found)


@dataclass
class Context:
    """What rules share while one document is read."""

    document: Document
    # Folded singular word -> count over the document's running text.
    document_words: Counter[str]
    # Acronym -> expansion, filled by the acronym rule as sentences are read.
    acronyms: dict[str, str] = field(default_factory=dict)
    # The sentence before the current one in its section (None for a section's first).
    previous: str | None = None
    # Every candidate so far, in the order the rules made them.
    candidates: list[Candidate] = field(default_factory=list)
    # Keyphrase key -> score, set by the keyphrase rule.
    keyphrase_scores: dict[str, float] = field(default_factory=dict)
    # What a rule computes once per document and reads again (by the rule's own key).
    memo: dict[str, object] = field(default_factory=dict)

    @cached_property
    def bold_keys(self) -> frozenset[str]:
        """The term keys of every phrase the author set in bold in the document."""
        return frozenset(term_key(b) for b in self.document.emphasis)

    @cached_property
    def running_text(self) -> str:
        """The document's sentences as lower-case words, one space apart (to look for a phrase)."""
        return " ".join(w.lower() for _, sentence in self.document.sentences() for w in split_words(sentence))

    @classmethod
    def for_document(cls, document: Document) -> Context:
        # Count each spelling once, then fold (same keys, counts and first-seen order).
        words: Counter[str] = Counter()
        spellings = Counter(chain.from_iterable(split_words(sentence) for _, sentence in document.sentences()))
        for word, n in spellings.items():
            words[folded_singular(word)] += n
        return cls(document, words)

    def add(self, rule: Rule, candidates: Iterable[Candidate], *, sentence: str | None = None) -> None:
        """Record ``rule``'s candidates (found in a clause of ``sentence``, when given)."""
        for candidate in candidates:
            candidate.rule = rule.name
            if sentence is not None:
                candidate.sentence = sentence
            self.candidates.append(candidate)
