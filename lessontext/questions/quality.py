"""A learned quality score for question candidates: how likely blind raters find an item usable.

Each candidate's hand-set confidence (``Candidate.base``, lowered by the soft checks) did not separate
the items blind raters accepted from those they rejected.  This module describes a candidate by named
features - its rule and type, the shape of its source sentence, key and options, the sentence's place in
the lesson, the course glossary, what the author set in bold and its hand score (which carries the soft
checks it fails) - and scores it with a small logistic model whose weights ``bench/rankstudy.py train`` fits on the blind ratings in
``bench/labels/`` (validated leave one corpus out) and writes to ``quality_weights.json`` beside this module.

Out of fold the score separates usable from rejected ratings with an AUC of about 0.72 (the hand
confidence: 0.49), so it is used gently: the selection's rank (``Candidate.rank``) is a ``blend`` of it and
the hand confidence, which orders the candidates of one rule and breaks near ties between rules.  The
``floor`` that would drop candidates scored poor is shipped off (0): chosen out of fold it traded one
rejected rating for half an accepted one among the items as first rated, but on the current generator's
quizzes it dropped about ten accepted rated questions per rejected one (``bench/rankstudy.py compare``).

No feature names a word of any document: they are counts, positions, word frequencies (wordfreq),
similarities of meaning (wordllama), grammatical shapes and rule/type indicators.  The score is a dot
product over the features, so it is pure, deterministic and offline.  The training script builds the
same :class:`Item` from what the raters saw, so training and run time compute one function.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from lessontext.semantics import centre, similarity, similarity_to, specificity, zipf
from lessontext.words import term_key

from .candidate import Candidate
from .types import QuestionType

__all__ = ["Item", "LessonFacts", "Model", "candidate_item", "emphasis_of", "features", "lesson_facts", "load_model", "score", "scored"]

WEIGHTS = Path(__file__).with_name("quality_weights.json")
# "True or false? According to the text, ..." - the opening a true/false stem adds to its statement.
TRUE_FALSE_LEAD = re.compile(r"^True or false\?\s*(?:According to the text,\s*)?", re.I)
# Words that point back to an earlier sentence: a statement that keeps one may have lost its context.
REFERRING_WORD = re.compile(r"\b(?:it|its|they|them|their|he|she|him|his|her|this|these|those|such)\b", re.I)
NEGATION_WORD = re.compile(r"\b(?:not|no|never|none|nor|cannot)\b|n't\b", re.I)
# Words that compare or rank: "the largest", "more than", "one of the most".
COMPARISON_WORD = re.compile(r"\b(?:more|less|most|least|largest|smallest|biggest|first|only|main|major|"
                             r"greater|fewer|better|worse|[a-z]+est)\b", re.I)
DIGIT = re.compile(r"\d")
WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class LessonFacts:
    """What the features read of the lesson a question asks about: its sentences in order, each one's
    paragraph number, its title, the course glossary's headwords (as ``term_key`` spells them) and the
    phrases its author set in bold (``Document.emphasis``, lower-cased)."""

    sentences: tuple[str, ...]
    title: str = ""
    paragraphs: Mapping[str, int] = field(default_factory=dict)
    headwords: frozenset[str] = frozenset()
    emphasis: frozenset[str] = frozenset()

    @property
    def centre(self) -> np.ndarray:
        """What the lesson is about: the unit mean of its sentences' vectors."""
        return _centre(self.sentences)

    def index(self, sentence: str) -> int:
        """The position of ``sentence`` among the lesson's sentences (by its first 60 characters); -1 if absent."""
        return _index(self.sentences, sentence)

    def centrality(self, sentence: str) -> float:
        """The share of the lesson's sentences less similar in meaning to the whole lesson than ``sentence``."""
        return _centrality(self.sentences, sentence)

    def mentions(self, phrase: str) -> int:
        """How many of the lesson's sentences hold ``phrase`` (case aside)."""
        return _mentions(self.sentences, phrase)


@lru_cache(maxsize=256)
def _centre(sentences: tuple[str, ...]) -> np.ndarray:
    vector = centre(sentences)
    vector.setflags(write=False)
    return vector


@lru_cache(maxsize=65536)
def _index(sentences: tuple[str, ...], sentence: str) -> int:
    if not sentence:
        return -1
    for i, s in enumerate(sentences):
        if s == sentence:
            return i
    head = sentence[:60]
    return next((i for i, s in enumerate(sentences) if s.startswith(head) or head in s), -1)


@lru_cache(maxsize=256)
def _closeness(sentences: tuple[str, ...]) -> tuple[float, ...]:
    vector = _centre(sentences)
    return tuple(sorted(similarity_to(vector, s) for s in sentences))


@lru_cache(maxsize=65536)
def _centrality(sentences: tuple[str, ...], sentence: str) -> float:
    ordered = _closeness(sentences)
    if not sentence or not ordered:
        return 0.5
    return bisect_left(ordered, similarity_to(_centre(sentences), sentence)) / len(ordered)


@lru_cache(maxsize=65536)
def _mentions(sentences: tuple[str, ...], phrase: str) -> int:
    needle = phrase.lower().strip()
    if len(needle) < 3:
        return 0
    return sum(1 for s in sentences if needle in s.lower())


@dataclass(frozen=True)
class Item:
    """A question as the raters saw it plus what is stored beside it: enough to compute its features."""

    rule: str
    type: str
    stem: str
    source_sentence: str
    confidence: float
    correct: tuple[str, ...] = ()
    distractors: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    truth: bool | None = None
    pairs: int = 0

    @property
    def key(self) -> str:
        """What a learner must produce or pick (a true/false item's key is its statement's subject: none)."""
        if self.type == QuestionType.FILL_BLANK.value:
            return self.answers[0] if self.answers else ""
        if self.type in (QuestionType.SINGLE.value, QuestionType.MULTIPLE.value):
            return " ".join(self.correct)
        return ""

    @property
    def statement(self) -> str:
        return TRUE_FALSE_LEAD.sub("", self.stem)


def candidate_item(c: Candidate) -> Item:
    """The :class:`Item` a candidate shows once it is a question."""
    return Item(rule=c.rule, type=c.type.value, stem=c.stem, source_sentence=c.source_sentence,
                confidence=c.base, correct=tuple(c.correct), distractors=tuple(c.distractors),
                answers=tuple(c.answers), truth=c.truth, pairs=len(c.pairs))


def _mean_zipf(text: str) -> float:
    found = [zipf(w.lower()) for w in WORD.findall(text)]
    return sum(found) / len(found) if found else 0.0


def features(item: Item, lesson: LessonFacts) -> dict[str, float]:
    """The item's features by name, all plain numbers (booleans as 0/1).

    Kept from a larger set (option closeness, the words a false statement swaps, hedges, the key's
    mentions and similarity to the lesson...) that ``bench/rankstudy.py`` tried leave one corpus out:
    those added nothing out of fold, and the compact set below scored higher (AUC 0.68 against 0.66).
    The author's bold (``key_emphasised``, ``sentence_emphasis``, ``lesson_emphasis``) and the key's closeness to
    its sentence (``key_sentence_similarity``) then raised it to 0.72; tried beside them and left out, for adding
    under 0.005 or splitting the design corpora evenly: the key in a heading, its mentions, the sentence opening
    its section, sitting in a list, opening with a transition or a reference, holding an example or a person
    ("you", "we"), quotation marks, the gap opening the stem, the options' similarity and length spread.
    """
    key = item.key
    sentence = item.source_sentence
    # The text's shapes are read from the source sentence where there is one: the swaps of one sentence then tie,
    # and the family's own order among them stands (the score has no feature that judges a swap).
    statement = sentence or item.statement
    at = lesson.index(sentence)
    place = lesson.paragraphs.get(sentence) if sentence else None
    before = lesson.sentences[at - 1] if at > 0 else ""
    key_words = key.split()
    return {
        f"rule:{item.rule}": 1.0,
        f"type:{item.type}": 1.0,
        "confidence": item.confidence,
        "keyed_true": float(item.truth is True),
        "stem_words": _stem_words(item),
        "sentence_words": len(sentence.split()),
        # How close the source sentence is to what the whole lesson is about, and its rank among the lesson's.
        "sentence_similarity": similarity_to(lesson.centre, sentence) if sentence else 0.0,
        "sentence_centrality": lesson.centrality(sentence),
        "paragraph_opening": float(at >= 0 and place is not None and lesson.paragraphs.get(before) != place),
        "statement_refers": float(bool(REFERRING_WORD.search(statement))),
        "negated": float(bool(NEGATION_WORD.search(statement))),
        "compares": float(bool(COMPARISON_WORD.search(statement))),
        "statement_parenthesis": float("(" in statement),
        "statement_zipf": _mean_zipf(statement),
        "key_words": len(key_words),
        "key_number": float(bool(DIGIT.search(key))),
        "key_specificity": specificity(key) if key else 0.0,
        "key_headword": float(bool(key) and term_key(key) in lesson.headwords),
        "lesson_emphasis": float(bool(lesson.emphasis)),
        "key_emphasised": key_emphasised(key, lesson),
        "sentence_emphasis": sentence_emphasis(sentence, lesson),
        "key_sentence_similarity": key_sentence_similarity(key, sentence),
        "option_case_mismatch": _case_mismatch(key, item.distractors),
        "options": len(item.correct) + len(item.distractors),
        "pairs": item.pairs,
    }


def key_emphasised(key: str, lesson: LessonFacts) -> float:
    """1 when the author set the key itself in bold somewhere in the lesson ("a **moraine** is ...").

    Teaching prose bolds the terms a learner is meant to take away, so a key the author bolded is one the
    lesson itself marks as worth knowing; a key the generator cut from plain prose is more often a phrase raters
    called not worth asking or trivial.  Out of fold it raised the AUC usable vs reject most of the features
    tried (0.683 to 0.709 alone; within 19 of the 24 design corpora).  Lessons with no bold at all tell
    nothing, which ``lesson_emphasis`` lets the model learn."""
    return float(bool(key) and key.strip().lower() in lesson.emphasis)


def sentence_emphasis(sentence: str, lesson: LessonFacts) -> float:
    """1 when the source sentence holds a phrase the author set in bold (of three characters or more).

    A sentence that introduces a bolded term is the one where the lesson defines or first explains it, the
    statement a question about the lesson's main ideas should come from (out of fold: AUC 0.683 to 0.699 alone)."""
    if not sentence or not lesson.emphasis:
        return 0.0
    low = sentence.lower()
    return float(any(len(phrase) >= 3 and phrase in low for phrase in lesson.emphasis))


def key_sentence_similarity(key: str, sentence: str) -> float:
    """How close in meaning the key is to its whole source sentence (wordllama; 0 with no key).

    A key that carries what the sentence is about (the term it defines, the cause it names) scores high; a key
    that is an incidental word of the sentence (a place in an example, a filler noun) scores low, and raters
    more often called such items trivial or not worth asking (out of fold: AUC 0.683 to 0.691 alone)."""
    if not key or not sentence:
        return 0.0
    return similarity(key, sentence)


def _stem_words(item: Item) -> int:
    """The stem's words; a true/false statement cut short of its source sentence (``cuts.shortened``) counts
    its sentence's.  The weights learned from whole sentences lifted, where a longer stem went with a better
    item across types; a statement cut to one claim at the raters' request is not a weaker item for it, and
    counted short it lost its quiz place to uncut ones (raters' accepted items on test-q, test-s, test-t)."""
    found = len(item.stem.split())
    if item.type == QuestionType.TRUE_FALSE.value and item.source_sentence:
        lifted = found - len(item.statement.split()) + len(item.source_sentence.split())
        return max(found, lifted)
    return found


def _case_mismatch(key: str, distractors: Sequence[str]) -> float:
    """The share of wrong options whose first letter's case differs from the key's (a heterogeneous set)."""
    if not key or not distractors:
        return 0.0
    return sum(1 for d in distractors if d[:1].isupper() != key[:1].isupper()) / len(distractors)


@dataclass(frozen=True)
class Model:
    """A logistic model over named features: standardised by ``means``/``scales``, weighted by ``weights``."""

    intercept: float
    weights: Mapping[str, float]
    means: Mapping[str, float]
    scales: Mapping[str, float]
    floor: float = 0.0
    # The selection's rank is ``blend`` of the learned probability and the rest of the hand confidence.
    blend: float = 1.0

    def logit(self, found: Mapping[str, float]) -> float:
        total = self.intercept
        for name, weight in self.weights.items():
            value = found.get(name, 0.0)
            total += weight * (value - self.means.get(name, 0.0)) / (self.scales.get(name, 1.0) or 1.0)
        return total

    def probability(self, found: Mapping[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(found)))


def model_from(data: Mapping) -> Model:
    return Model(intercept=float(data["intercept"]), weights=dict(data["weights"]), means=dict(data["means"]),
                 scales=dict(data["scales"]), floor=float(data.get("floor", 0.0)), blend=float(data.get("blend", 1.0)))


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when no weights are shipped (the selection then orders by ``base``)."""
    if not WEIGHTS.exists():
        return None
    return model_from(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def score(c: Candidate, lesson: LessonFacts, model: Model | None = None) -> float:
    """The predicted value of blind ratings (accept 1, minor one half, reject 0) for candidate ``c``."""
    model = model or load_model()
    if model is None:
        return c.base
    return round(model.probability(features(candidate_item(c), lesson)), 4)


def scored(candidates: Iterable[Candidate], lesson: LessonFacts, model: Model | None = None) -> list[Candidate]:
    """Each candidate with its rank (``blend`` of the learned score and ``base``), in order; those whose score
    is below the model's floor left out, but for true/false statements.

    The floor spares true/false statements: every rated course stood at the 40% floor of Falses
    (``balance.MIN_FALSE_SHARE``), so a False dropped cost the course one or two Trues raters mostly accepted,
    and the Trues the score puts lowest were mostly usable after an edit (``bench/rankstudy.py study``).
    """
    model = model or load_model()
    if model is None:
        return list(candidates)
    out = []
    for c in candidates:
        value = score(c, lesson, model)
        if value >= model.floor or c.type is QuestionType.TRUE_FALSE:
            out.append(replace(c, quality=round(model.blend * value + (1 - model.blend) * c.base, 4)))
    return out


def lesson_facts(sentences: Iterable[str], *, title: str = "", paragraphs: Mapping[str, int] | None = None,
                 headwords: Collection[str] = (), emphasis: Iterable[str] = ()) -> LessonFacts:
    return LessonFacts(sentences=tuple(sentences), title=title, paragraphs=dict(paragraphs or {}),
                       headwords=frozenset(headwords), emphasis=emphasis_of(emphasis))


def emphasis_of(phrases: Iterable[str]) -> frozenset[str]:
    """The lesson's bold phrases as the features compare them: stripped and lower-cased, empty ones left out."""
    return frozenset(p.strip().lower() for p in phrases if p.strip())
