"""Rank a lesson's noun phrases by how much they are what the lesson is about.

A keyphrase score in the spirit of YAKE, but cheap enough for the
50 ms / 1,000 words budget (YAKE itself takes over 100 ms on a 600-word
lesson): candidates are runs of content words that end in a noun (a word the
lesson only ever uses as a verb between a subject and its object, "Frontex runs
joint operations", ends a run: essays name bodies by what they do); each is
scored by its frequency in the lesson, its spread over sections, whether a
heading names it, its length, and a specificity factor that discounts the
generic vocabulary of any text ("aspect", "role", "important").  General
English word frequencies (wordfreq, via :func:`lessontext.semantics.specificity`)
say how specific a single word is; a word lemminflect does not know or a
multi-word compound counts as specific.  Scores are normalised so that the best phrase scores 1.0.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.semantics import specificity
from lessontext.words import STOPWORDS, getAllLemmas, token_spans_cached, word_pos

__all__ = ["Keyphrase", "everyday_modifier", "rank_keyphrases"]

MAX_WORDS = 4


@dataclass(frozen=True)
class Keyphrase:
    key: str        # the term_key of the phrase
    text: str       # its most frequent surface form in running text
    score: float    # 0..1, the best phrase of the lesson scores 1.0
    count: int      # occurrences as a whole phrase in headings and sentences


_NOT_CONTENT = frozenset(
    """
    beneath beyond inside outside near around across behind besides despite except till
    call calls called make makes made take takes taken give gives given
    """.split()
)


_CONTENT: dict[str, bool] = {}
_WORD_FACTOR: dict[str, float] = {}
_EVERYDAY_MODIFIER: dict[str, bool] = {}
_HEAD: dict[str, bool] = {}


def _content(plain: str) -> bool:
    """A word that can sit inside a noun phrase (not a function word or a plain verb)."""
    result = _CONTENT.get(plain)
    if result is None:
        result = _CONTENT[plain] = _content_lookup(plain)
    return result


def _content_lookup(plain: str) -> bool:
    if (plain in STOPWORDS or plain in _NOT_CONTENT or not plain.replace("-", "").isalpha()
            or len(plain) < 2):
        return False
    pos = word_pos(plain)
    if plain.endswith("ed") and "VERB" in pos and "ADJ" not in pos:
        return False  # "managed public finances": a participle, not a modifier
    return not pos or bool(pos & {"NOUN", "ADJ", "PROPN"})


def _head(plain: str) -> bool:
    """A word that can head a noun phrase."""
    result = _HEAD.get(plain)
    if result is None:
        result = _HEAD[plain] = _head_lookup(plain)
    return result


def _head_lookup(plain: str) -> bool:
    pos = word_pos(plain)
    return not pos or bool(pos & {"NOUN", "PROPN"})


# specificity() of an everyday word ("food" 0.33) and the span above it that reaches a technical one
# ("photosynthesis" 0.62); the factor is never quite 0 for a word the lesson keeps using.
_EVERYDAY = 0.25
_TECHNICAL_SPAN = 0.35
_MIN_WORD_SPECIFICITY = 0.1
# "real", "big", "new": adjectives this common only describe the noun they qualify.
_EVERYDAY_ADJECTIVE = 0.4


def everyday_modifier(words: list[str]) -> bool:
    """True for "real biomes", "big firms": a common adjective on a noun describes it, it makes no new term."""
    if len(words) < 2:
        return False
    everyday = _EVERYDAY_MODIFIER.get(words[0])
    if everyday is None:
        everyday = _EVERYDAY_MODIFIER[words[0]] = (
            "ADJ" in word_pos(words[0]) and specificity(words[0]) < _EVERYDAY_ADJECTIVE)
    return everyday


def _specificity(words: list[str]) -> float:
    if all(w in lexicon.GENERIC_NOUNS or w in lexicon.GENERIC_MODIFIERS or w in lexicon.EVALUATIVE for w in words):
        return 0.0
    if words[-1] in lexicon.GENERIC_NOUNS and len(words) == 1:
        return 0.0
    if words[0] in lexicon.GENERIC_MODIFIERS or words[0] in lexicon.EVALUATIVE:
        return 0.2  # "main threats", "important role": a judgement plus a noun
    if everyday_modifier(words):
        return 0.2  # "real biomes", "big firms": an everyday adjective only describes
    if len(words) > 1:
        return 1.0
    word = words[0]
    # One word: rare words are the technical ones ("photosynthesis", "subduction");
    # everyday words ("food", "land", "security") rarely are (word frequency, wordfreq).
    factor = _WORD_FACTOR.get(word)
    if factor is None:
        factor = _WORD_FACTOR[word] = (1.0 if not word_pos(word) else
                                       min(1.0, max(_MIN_WORD_SPECIFICITY, (specificity(word) - _EVERYDAY) / _TECHNICAL_SPAN)))
    return factor


# "runs the ...", "coordinates a ...": words that open the object of a verb.
_OBJECT_OPENERS = frozenset("the a an its their his her this these those each every both all some several".split())


def _plural_form(word: str) -> bool:
    """A word in "s" (not "ss"): a plural noun or a verb's third person."""
    return word.endswith("s") and not word.endswith("ss")


def _base_verb(word: str) -> bool:
    """A verb's plain form ("build", "leave"), which follows a plural subject."""
    return word in getAllLemmas(word).get("VERB", ())


def _verb_inside(texts: list[tuple[int, str, bool]]) -> frozenset[str]:
    """Words the lesson only ever uses as a verb between a subject and its object ("Frontex runs joint operations").

    A word such as "runs" or "coordinates" can be a plural noun or a verb, and a run of content words
    swallows it either way.  It is taken for a verb where the lesson never lets it end a noun phrase:
    a lower-case word in "s" after a singular word, or a verb's plain form after a plural ("patrols
    build trust"), and every occurrence of it sits between a content word and a content word or an
    article ("the European Union coordinates the ...").  A noun the lesson uses ("exchange rates",
    "armed forces", "export control") ends a phrase somewhere.
    """
    inside: dict[str, bool] = {}
    for _s, text, _heading in texts:
        spans = token_spans_cached(text)
        for j, span in enumerate(spans):
            word = span[2]
            third_person = _plural_form(word)
            pos = word_pos(word)
            if "VERB" not in pos or "ADJ" in pos or (not third_person and not _base_verb(word)):
                continue  # "joint", "open": an adjective inside a phrase, not a verb
            surface = text[span[0]:span[1]]
            previous = spans[j - 1][2] if j else ""
            following = spans[j + 1][2] if j + 1 < len(spans) else ""
            between = (0 < j < len(spans) - 1 and surface[:1].islower()
                       # the subject's noun before it ("Frontex", "patrols"), not an adjective ("coastal patrols")
                       and _content(previous) and "ADJ" not in word_pos(previous)
                       and (_content(following) or following in _OBJECT_OPENERS)
                       and _plural_form(previous) != third_person
                       # "arms control needs ...": the verb comes after the plain word, which heads the phrase
                       and not (_plural_form(following) and "VERB" in word_pos(following))
                       and not text[spans[j - 1][1]:span[0]].strip() and not text[span[1]:spans[j + 1][0]].strip())
            inside[word] = inside.get(word, True) and between
    return frozenset(w for w, always in inside.items() if always)


def rank_keyphrases(document: Document) -> tuple[Keyphrase, ...]:
    """The lesson's candidate noun phrases, best first (ties by first occurrence)."""
    count: Counter[str] = Counter()
    nested: Counter[str] = Counter()
    sections_of: dict[str, set[int]] = defaultdict(set)
    first_seen: dict[str, int] = {}
    in_heading: set[str] = set()
    surfaces: dict[str, dict[str, int]] = defaultdict(dict)
    position = 0
    texts: list[tuple[int, str, bool]] = []
    for s, section in enumerate(document.sections):
        if section.heading:
            texts.append((s, section.heading, True))
        texts += [(s, sentence, False) for sentence in section.sentences]
    content = _CONTENT
    head = _HEAD
    verbs = _verb_inside(texts)
    for s, text, heading in texts:
        spans = token_spans_cached(text)
        n_spans = len(spans)
        # Whether each word can sit inside / head a noun phrase (cached per word); a verb ends the phrase before it.
        is_content = [(content[sp[2]] if sp[2] in content else _content(sp[2])) and sp[2] not in verbs for sp in spans]
        i = 0
        while i < n_spans:
            if not is_content[i]:
                i += 1
                continue
            j = i + 1
            while (j < n_spans and is_content[j] and j - i < MAX_WORDS
                   and not text[spans[j - 1][1]:spans[j][0]].strip()):
                j += 1
            # Trim to a noun head: "rigid outer" is not a phrase.
            end = j
            while end > i and not (head[spans[end - 1][2]] if spans[end - 1][2] in head else _head(spans[end - 1][2])):
                end -= 1
            if end > i:
                # The keys of spans[start:end] for start = end - 1 .. i (span_key, built from the right).
                keys = [spans[end - 1][3]]
                for start in range(end - 2, i - 1, -1):
                    keys.append(spans[start][2] + " " + keys[-1])
                keys.reverse()
                for offset, key in enumerate(keys):
                    position += 1
                    if key not in first_seen:
                        first_seen[key] = position
                    sections_of[key].add(s)
                    if heading:
                        in_heading.add(key)
                    if offset == 0:
                        count[key] += 1
                        surface = text[spans[i][0]:spans[end - 1][1]]
                        forms = surfaces[key]
                        forms[surface] = forms.get(surface, 0) + 1
                    else:
                        nested[key] += 1
            i = max(j, i + 1)
    scored = []
    for key, n in count.items():
        words = key.split()
        spec = _specificity(words)
        if spec == 0.0:
            continue
        freq = n + 0.5 * nested[key]
        spread = 1 + 0.3 * (len(sections_of[key]) - 1)
        score = math.log1p(freq) * spread * spec * (1 + 0.4 * (len(words) - 1)) * (1.3 if key in in_heading else 1.0)
        text = max(surfaces[key].items(), key=lambda kv: (kv[1], kv[0][:1].islower(), kv[0]))[0]
        scored.append((score, -first_seen[key], key, text, n))
    if not scored:
        return ()
    top = max(s[0] for s in scored)
    scored.sort(key=lambda s: (-s[0], -s[1]))
    return tuple(Keyphrase(key, text, round(score / top, 3), n) for score, _pos_, key, text, n in scored)
