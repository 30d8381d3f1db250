"""What a glossary rule proposes (:class:`Candidate`) and what extraction returns (:class:`Term`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lessontext.document import DocumentSection
from lessontext.vocabulary import TermKind
from lessontext.words import term_key

KINDS = tuple(kind.value for kind in TermKind)
MASK = "___"
# Candidates below this confidence are evidence only: they never become terms.
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Term:
    term: str
    key: str
    definition: str
    kind: str
    section_anchor: str
    sentence: str
    aliases: tuple[str, ...]
    confidence: float
    rule: str = ""  # the registered rule that found it


@dataclass
class Candidate:
    """One rule's proposal: a term, a definition and how sure the rule is."""

    term: str
    definition: str
    kind: str
    section: DocumentSection
    sentence: str
    confidence: float
    source: str  # "label", "pattern", "acronym", "named", "concept": the tie-breaker when merging
    aliases: set[str] = field(default_factory=set)
    mask: bool = True
    rule: str = ""  # the name of the registered rule that made it (set by the pipeline)
    verbatim: bool = False  # shown exactly as written ("git add"), never capitalised

    @property
    def key(self) -> str:
        return term_key(self.term)
