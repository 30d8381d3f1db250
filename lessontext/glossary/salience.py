"""Which of a lesson's noun phrases a teacher would list as must-have glossary terms (term salience).

Teachers list the organisations, agreements, programmes, practices and
processes an essay names and describes, whether or not it ever writes a
textbook "X is a Y" sentence about them.  This module scores every ranked
noun phrase of a lesson (:func:`lessontext.glossary.keyphrase.rank_keyphrases`)
by a logistic model over named, document-independent features: how often and
how early the lesson uses the phrase, whether the title, a heading or bold
type names it, whether it is capitalised or given an abbreviation, how rare
its words are in English (wordfreq) and how generic its head noun is.

The weights are plain numbers in ``salience_weights.json`` beside this file,
written by ``bench/term_salience.py train`` from the raters' must-have lists
(validated leave one corpus out; a test retrains and compares).  Scoring is a
dot product: pure, deterministic and offline.  No feature names a word.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.keyphrase import Keyphrase, rank_keyphrases
from lessontext.semantics import zipf
from lessontext.words import span_key, term_key, token_spans_cached

__all__ = ["FEATURES", "SalientPhrase", "phrase_features", "salient_phrases", "salient_threshold"]

WEIGHTS_FILE = Path(__file__).with_name("salience_weights.json")
# The phrases scored: the best-ranked keyphrases of a lesson, at most this many.
MAX_PHRASES = 80

FEATURES = (
    "keyphrase_score",      # the keyphrase ranker's 0..1 score
    "log_rank",             # log(1 + its place in that ranking)
    "log_count",            # log(1 + occurrences as a whole phrase)
    "words",                # number of words (capped at 4)
    "first_position",       # where it first appears, 0 (start) .. 1 (end of the lesson)
    "in_title",             # the title contains it
    "in_heading",           # a section heading contains it
    "bold",                 # the author set it in bold
    "capitalised",          # its usual form has a capital on a word that is not the first of a sentence
    "abbreviation",         # it is given an abbreviation in brackets, or is one
    "min_zipf",             # the wordfreq Zipf frequency of its rarest word / 8
    "head_zipf",            # the Zipf frequency of its head noun / 8
    "generic_head",         # its head noun is a generic word ("role", "aspect", "system")
    "spread",               # share of sections that use it
    "in_first_sentence",    # the lesson's first paragraph names it
)

_ABBREVIATION_AFTER = re.compile(r"^\s*\(\s*[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*s?\s*\)")


@dataclass(frozen=True)
class SalientPhrase:
    key: str
    text: str
    score: float  # the model's probability that a teacher lists it
    count: int  # occurrences as a whole phrase


def _keys_of(text: str, max_words: int = 6) -> set[str]:
    """Every run of up to ``max_words`` words of ``text``, as term keys."""
    spans = token_spans_cached(text)
    return {span_key(list(spans), i, j) for i in range(len(spans)) for j in range(i + 1, min(len(spans), i + max_words) + 1)}


def _abbreviated(document: Document) -> set[str]:
    """Keys of phrases written "Long Name (LN)", and the abbreviations themselves."""
    found: set[str] = set()
    for _section, sentence in document.sentences():
        spans = token_spans_cached(sentence)
        for i, span in enumerate(spans):
            match = _ABBREVIATION_AFTER.match(sentence[span[1]:])
            if not match:
                continue
            found.add(term_key(match.group(0).strip(" ()")))
            for start in range(max(0, i - 5), i + 1):
                found.add(span_key(list(spans), start, i + 1))
    return found


def phrase_features(document: Document, ranked: tuple[Keyphrase, ...] | None = None) -> list[tuple[Keyphrase, dict[str, float]]]:
    """The best-ranked phrases of ``document`` with the value of every feature in :data:`FEATURES`."""
    ranked = rank_keyphrases(document) if ranked is None else ranked
    ranked = ranked[:MAX_PHRASES]
    if not ranked:
        return []
    title = _keys_of(document.title)
    headings = set().union(*(_keys_of(s.heading) for s in document.sections if s.heading))
    bold = {term_key(e) for e in document.emphasis}
    abbreviated = _abbreviated(document)
    sentences = [(i, sentence) for i, (_s, sentence) in enumerate((s, t) for s in document.sections for t in s.sentences)]
    n_sentences = max(len(sentences), 1)
    first_seen: dict[str, int] = {}
    sections_with: dict[str, set[int]] = {}
    capital: dict[str, bool] = {}
    wanted = {k.key: len(k.key.split()) for k in ranked}
    lengths = sorted(set(wanted.values()))
    openers = {k.split()[0] for k in wanted}
    index = 0
    for s, section in enumerate(document.sections):
        for sentence in section.sentences:
            spans = list(token_spans_cached(sentence))
            for n in lengths:
                for i in range(len(spans) - n + 1):
                    if spans[i][2] not in openers and spans[i][3] not in openers:
                        continue
                    key = span_key(spans, i, i + n)
                    if key not in wanted:
                        continue
                    first_seen.setdefault(key, index)
                    sections_with.setdefault(key, set()).add(s)
                    surface = sentence[spans[i][0]:spans[i + n - 1][1]]
                    if any(w[:1].isupper() for w in surface.split()[(1 if i == 0 else 0):]):
                        capital[key] = True
            index += 1
    first_paragraph = set()
    for section in document.sections[:2]:
        for sentence in section.sentences[:2]:
            first_paragraph |= _keys_of(sentence, 4)
    n_sections = max(len(document.sections), 1)
    out = []
    for rank, phrase in enumerate(ranked):
        words = phrase.key.split()
        zipfs = [zipf(w) for w in words]
        out.append((phrase, {
            "keyphrase_score": phrase.score,
            "log_rank": math.log1p(rank),
            "log_count": math.log1p(phrase.count),
            "words": float(min(len(words), 4)),
            "first_position": first_seen.get(phrase.key, n_sentences) / n_sentences,
            "in_title": float(phrase.key in title),
            "in_heading": float(phrase.key in headings),
            "bold": float(phrase.key in bold),
            "capitalised": float(capital.get(phrase.key, False)),
            "abbreviation": float(phrase.key in abbreviated),
            "min_zipf": min(zipfs) / 8,
            "head_zipf": zipfs[-1] / 8,
            "generic_head": float(words[-1] in lexicon.GENERIC_NOUNS),
            "spread": len(sections_with.get(phrase.key, ())) / n_sections,
            "in_first_sentence": float(phrase.key in first_paragraph),
        }))
    return out


@lru_cache(maxsize=1)
def _weights() -> dict:
    return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))


def salient_threshold() -> float:
    """The probability above which teachers list a phrase at the trained target precision (chosen out of fold)."""
    return float(_weights()["threshold"])


def probability(features: dict[str, float], weights: dict | None = None) -> float:
    """The model's probability for one phrase's ``features``."""
    w = weights or _weights()
    z = w["intercept"] + sum(
        w["weights"][name] * (features[name] - w["means"][name]) / w["scales"][name] for name in w["features"])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def salient_phrases(document: Document) -> tuple[SalientPhrase, ...]:
    """The lesson's ranked noun phrases with the probability that a teacher lists each, most salient first."""
    scored = [SalientPhrase(p.key, p.text, round(probability(f), 4), p.count) for p, f in phrase_features(document)]
    return tuple(sorted(scored, key=lambda s: (-s.score, s.key)))
