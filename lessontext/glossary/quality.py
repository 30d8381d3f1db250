"""A learned quality score for a glossary entry: how likely blind teacher-raters are to find it usable.

Hand-set confidences say how sure one rule is that it found a definition; they do not compare rules, and a
third of the published entries were still rejected (wrong definition, a fragment, context rather than a
definition, not a term).  This score is a logistic regression over named features of what an entry carries:
its rule, kind and source, its confidence, the shape of its term and definition (length, articles, pronouns,
relative clauses, digits, how common its words are in English, how alike term and definition are), where its
sentence sits in the lesson, and how the lesson treats the term (uses, headings, bold, key-phrase score,
likeness to the title).  No feature names a word of any document.  (How many candidates and rules a term had
is left out: read from today's extractor it leaks the checks designed on the same ratings, and read fairly it
added nothing out of fold.)

``bench/glossary_rankstudy.py`` fits the score on the blind ratings in ``bench/labels`` and validates it leave
one corpus out (out-of-fold AUC 0.76 for usable, against 0.52 for the hand confidence).  It is a study, not
part of extraction: on those ratings no floor pays (among the entries the current checks still publish, the lowest-scored are often the specialised names a lesson must have, and every
threshold removes found must-have terms and usable entries faster than rejected ones).  Nor does the score
choose among a term's competing definitions: within one term it prefers longer definitions and formula lines,
and the definitions it would switch to read no better than the confidence order's (see the study).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lessontext.document import Document
from lessontext.semantics import similarity, zipf
from lessontext.words import STOPWORDS, span_key, term_key, token_spans, word_pos

__all__ = ["Lesson", "features"]

# Terms of up to this many words are counted in the lesson's running text.
_MAX_KEY_WORDS = 5

# "it", "they", "this": a word standing for something the definition does not show.
PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these|those|he|she|his|her|him|we|our)\b", re.I)
# "which", "that", "who": the definition carries a relative clause.
RELATIVE = re.compile(r"\b(?:which|that|who|whose|whom|where|in which)\b", re.I)
ARTICLE_START = re.compile(r"^(?:an?|the)\s", re.I)
INDEFINITE_START = re.compile(r"^an?\s", re.I)
# "Something that ...", "Things that ...", "A process in which ...": a genus the generator supplied or the text gave.
GENERIC_GENUS = re.compile(r"^(?:something|things|someone|a (?:process|way|state|thing|kind|type|form))\b", re.I)
DIGIT = re.compile(r"\d")
QUOTE = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*s?$")


@dataclass(frozen=True)
class Lesson:
    """What the score reads of a lesson once: where sentences sit, how often and where terms are used."""

    # sentence -> (section rank 0..1, rank in the lesson 0..1)
    positions: Mapping[str, tuple[float, float]]
    # section anchor -> (section rank, rank of its first sentence)
    sections: Mapping[str, tuple[float, float]]
    # term key (up to five words) -> uses in the running text
    mentions: Mapping[str, int]
    heading_keys: frozenset[str]
    emphasis_keys: frozenset[str]
    keyphrase: Mapping[str, float]
    title: str = ""

    @classmethod
    def of(cls, document: Document, keyphrase: Mapping[str, float] | None = None) -> Lesson:
        sentences = [(i, s) for i, section in enumerate(document.sections) for s in section.sentences]
        last_section = max(len(document.sections) - 1, 1)
        last_sentence = max(len(sentences) - 1, 1)
        positions: dict[str, tuple[float, float]] = {}
        sections: dict[str, tuple[float, float]] = {}
        mentions: Counter[str] = Counter()
        for rank, (index, sentence) in enumerate(sentences):
            positions.setdefault(sentence, (index / last_section, rank / last_sentence))
            spans = token_spans(sentence)
            for i in range(len(spans)):
                for j in range(i + 1, min(i + _MAX_KEY_WORDS, len(spans)) + 1):
                    mentions[span_key(spans, i, j)] += 1
        for index, section in enumerate(document.sections):
            first = next((r for r, (i, _s) in enumerate(sentences) if i == index), 0)
            sections.setdefault(section.anchor, (index / last_section, first / last_sentence))
        headings = frozenset(term_key(s.heading) for s in document.sections if s.heading) | {term_key(document.title)}
        return cls(positions=positions, sections=sections, mentions=dict(mentions), heading_keys=headings,
                   emphasis_keys=frozenset(term_key(e) for e in document.emphasis), keyphrase=dict(keyphrase or {}),
                   title=document.title)


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if w.lower() not in STOPWORDS]


def _first_word_pos(definition: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z]+", definition[:40])
    return word_pos(words[0].lower()) if words else frozenset()


def _heading_contains(key: str, headings: Iterable[str]) -> bool:
    return bool(key) and any(f" {key} " in f" {h} " for h in headings)


def features(*, term: str, definition: str, rule: str, kind: str, source: str, confidence: float, sentence: str,
             section: str, lesson: Lesson) -> dict[str, float]:
    """The named features of one entry (or one candidate definition of it)."""
    key = term_key(term)
    term_words = term.split()
    definition_words = definition.split()
    content = _content_words(definition)
    frequencies = [zipf(w.lower()) for w in content]
    section_rank, rank = lesson.positions.get(sentence) or lesson.sections.get(section, (0.5, 0.5))
    first_pos = _first_word_pos(definition)
    term_zipf = [zipf(w.lower()) for w in re.findall(r"[A-Za-z]+", term)] or [0.0]
    row = {
        "confidence": confidence,
        "term_words": float(min(len(term_words), 6)),
        "term_min_zipf": min(term_zipf),
        "term_capitalised": float(all(w[:1].isupper() for w in term_words) and len(term_words) > 1),
        "term_acronym": float(bool(ACRONYM.match(term.strip()))),
        "term_digit": float(bool(DIGIT.search(term))),
        "term_mentions": math.log1p(lesson.mentions.get(key, 0)),
        "term_in_heading": float(_heading_contains(key, lesson.heading_keys)),
        "term_emphasised": float(key in lesson.emphasis_keys),
        "term_keyphrase": lesson.keyphrase.get(key, 0.0),
        "term_title_similarity": similarity(term, lesson.title),
        "term_definition_similarity": similarity(term, definition),
        "definition_words": math.log1p(len(definition_words)),
        "definition_article": float(bool(ARTICLE_START.match(definition))),
        "definition_indefinite": float(bool(INDEFINITE_START.match(definition))),
        "definition_generic_genus": float(bool(GENERIC_GENUS.match(definition))),
        "definition_verb_first": float("VERB" in first_pos and "NOUN" not in first_pos),
        "definition_pronoun": float(len(PRONOUN.findall(definition))),
        "definition_relative": float(bool(RELATIVE.search(definition))),
        "definition_commas": float(min(definition.count(","), 4)),
        "definition_digit": float(bool(DIGIT.search(definition))),
        "definition_brackets": float("(" in definition),
        "definition_quote": float(bool(QUOTE.search(definition))),
        "definition_semicolon": float(";" in definition or ":" in definition),
        "definition_names_term": float(bool(key) and f" {key} " in f" {term_key(definition)} "),
        "definition_mean_zipf": sum(frequencies) / len(frequencies) if frequencies else 0.0,
        "definition_rare_share": sum(f < 3.5 for f in frequencies) / len(frequencies) if frequencies else 0.0,
        "definition_capitals": sum(w[:1].isupper() for w in definition_words[1:]) / max(len(definition_words) - 1, 1),
        "section_rank": section_rank,
        "lesson_rank": rank,
    }
    row[f"kind={getattr(kind, 'value', kind)}"] = 1.0
    row[f"source={source}"] = 1.0
    row[f"rule={rule}"] = 1.0
    return row
