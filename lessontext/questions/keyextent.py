"""The extent of a fill-in key: exactly the term, never a word the sentence merely puts beside it.

A glossary term or name found in a sentence sometimes runs one word too far: a trailing adverb ("sent an
envoy named Zhang Qian westward"), the verb after a subject ("called the epiglottis closes over",
"Primary socialisation takes place"), an object's complement ("keep the lists current"), or a leading
verb or naming noun ("Suppose pencils cost ...", "the Latin phrase ceteris paribus").  Blanked whole, the
gap swallows that word, the stem loses it, and the correct answer ("Zhang Qian", "ceteris paribus") is
marked wrong (raters on test-t, test-r2, test-g, test-p, dev-b and near-misses-test-m: wrong key,
format).  ``term_extent`` returns the span of the key to blank instead; the cut word stays in the stem.

A key that is a modifier before a multi-word name ("American Great White Fleet") also accepts the bare
name when the lesson uses it alone: that is one of the lesson's forms of a key (``answerforms.bare_name``).

Each test reads the key's words, their word classes in the lexicon and the lesson's text, never particular
words of a text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.words import getAllLemmas

from .text import find_phrase

__all__ = ["term_extent", "beyond_term", "runs_into_name"]


@lru_cache(maxsize=16384)
def _classes(word: str) -> dict:
    return getAllLemmas(word.lower())


_ADVERB_SUFFIX = re.compile(r"(?:wards?|ly)$")


def _never_a_noun(word: str) -> bool:
    """A lower-case word the lexicon knows only as an adverb or adjective ("westward", "abroad")."""
    if not word.islower():
        return False
    classes = _classes(word)
    if not classes:
        return _ADVERB_SUFFIX.search(word) is not None and len(word) > 5
    return not classes.get("NOUN") and not classes.get("PROPN") and bool(classes.get("ADV") or classes.get("ADJ"))


def _plural_noun(word: str) -> bool:
    """A lower-case plural noun ("lists"): one that is not its own lemma and ends in -s."""
    nouns = _classes(word).get("NOUN", ())
    return word.islower() and word.endswith("s") and bool(nouns) and word.lower() not in nouns


# What follows a verb and never a plural noun head at the end of a noun phrase: a particle or preposition
# the verb takes ("closes over", "shuts off"), an object's determiner ("sets the pace"), or "place".
_AFTER_A_VERB = frozenset("over up down off out into onto around back away through the a an its their place".split())


def _verb_after_subject(words: list[str], statement: str, lesson_text: str, key: str) -> bool:
    """The last word is a present-tense verb after a singular subject ("epiglottis closes over"): it can be
    a verb, ends in -s, the word before it is no plural, a particle or object follows it, the whole key is
    in the lesson once and the rest without it elsewhere, and the lesson never uses the last word's singular
    with the rest ("flash flood" makes "flash floods" a compound noun)."""
    last, before = words[-1], words[-2]
    if not (last.islower() and last.endswith("s") and _classes(last).get("VERB")) or _plural_noun(before):
        return False
    after = re.match(r"\s+([a-z]+)", statement[find_phrase(statement, key).end():])
    # After a name no lexicon knows the verb needs no particle to show it: "Frontex runs joint operations" (a
    # name is no compound's modifier that a plural noun would follow; raters on test-w: the gap swallows the verb).
    named = all(w[:1].isupper() and w.isalpha() and not _classes(w) for w in words[:-1])  # no "Longitudinal waves"
    if not named and (after is None or after.group(1) not in _AFTER_A_VERB):
        return False
    if len(re.findall(re.escape(key), lesson_text, re.I)) != 1:
        return False
    head = " ".join(words[:-1])
    if re.search(rf"(?<![\w-]){re.escape(head)}\s+{re.escape(last[:-1])}(?![\w-])", lesson_text, re.I):
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(head)}(?![\w-])", lesson_text, re.I)) >= 2


def _leading_extra(words: list[str]) -> bool:
    """The first word is a bare verb only, capitalised as it opens the sentence ("Suppose pencils"), or a naming noun before a foreign phrase
    the lexicon does not know ("phrase ceteris paribus", "term laissez faire")."""
    first = words[0]
    classes = _classes(first)
    if first[:1].isupper() and set(classes) == {"VERB"} and first.lower() in classes["VERB"]:
        return True  # a bare verb opening the sentence ("Suppose", "Imagine"), not a participle ("Distributed")
    rest = words[1:]
    return first.islower() and bool(classes.get("NOUN")) and len(rest) >= 2 \
        and all(w.islower() and len(w) > 2 and not _classes(w) for w in rest)


# The endings of a people's adjective ("Venetian", "Moroccan", "Chinese", "Flemish").
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
_NAME_HEADS = frozenset("""
    organization organisation union council agency bank court commission committee ministry department institute
    university college company corporation party alliance fund association assembly parliament congress league
    federation foundation society church office bureau authority board forces army navy war empire dynasty
    """.split())


def _leading_demonym(words: list[str], statement: str, key: str) -> bool:
    """A people's adjective before a person's name, after "the": "the Venetian Marco Polo" (a personal name
    takes no article, so the article and the adjective are the sentence's, not the name's).  The name's first
    word is none the lexicon knows (a given name: "Marco", "Ibn"), and no word of it is a body's or a
    state's head ("the European Defence Agency", "the Byzantine Empire" are one name).  Raters on test-v: the
    gap swallows the adjective and the bare name is marked wrong."""
    first, rest = words[0], words[1:]
    if len(rest) < 2 or not first[:1].isupper() or not first.lower().endswith(_DEMONYM_ENDINGS) or _classes(first):
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in rest) or _classes(rest[0]) \
            or any(w.lower() in _NAME_HEADS for w in rest):
        return False
    return re.search(rf"\b[Tt]he\s+{re.escape(key)}(?![\w-])", statement) is not None


def term_extent(key: str, statement: str, lesson_text: str) -> str:
    """The part of ``key`` that is the term: ``key`` itself unless a word at either end is no part of it."""
    words = key.split()
    if len(words) < 2 or find_phrase(statement, key) is None:
        return key
    last = words[-1]
    if _never_a_noun(last) \
            or (len(words) == 2 and _plural_noun(words[0]) and last.islower() and bool(_classes(last).get("ADJ"))) \
            or _verb_after_subject(words, statement, lesson_text, key):
        return " ".join(words[:-1])
    if _leading_extra(words) or _leading_demonym(words, statement, key):
        return " ".join(words[1:])
    return key


def beyond_term(answer: str, whole: str, term: str) -> bool:
    """An accepted answer that keeps a word ``term_extent`` cut from ``whole`` ("Zhang Qian westward", "lists
    currents"): the stem now shows that word, so the answer would repeat it."""
    cut = {w.lower() for w in whole.split()} - {w.lower() for w in term.split()}
    cut |= {w.removesuffix("s") for w in cut}  # "Frontex run" keeps "runs" too
    return any(w.lower() in cut or w.lower().removesuffix("s") in cut for w in answer.split())


# A word after a common noun that starts a name of its own: capitalised, three letters or more, not all capitals
# ("vitamin C", "type II", "group NATO" keep a symbol or an acronym as the noun's label).
_NAME_WORD = re.compile(r"^[A-Z][a-z][\w'’-]+$")


def _noun_only(word: str) -> bool:
    """A noun the lexicon knows as no adjective: "military Schengen" is an adjective before a name, one term."""
    classes = _classes(word)
    return bool(classes.get("NOUN")) and not classes.get("ADJ")


def runs_into_name(key: str) -> bool:
    """A lower-case common noun followed by a capitalised name ("decade Poland" from "Within a decade Poland,
    the Czech Republic and Hungary had joined"): no noun phrase of English, but two phrases run together.
    Blanked whole, the stem loses the name and the right answer ("decade") is marked wrong (both raters on
    test-aq: wrong key).  An adjective before a name is one term ("military Schengen"), kept."""
    toks = key.split()
    return any(a.isalpha() and a.islower() and _noun_only(a) and _NAME_WORD.match(b)
               for a, b in zip(toks, toks[1:], strict=False))
