"""Whether an appositive's words make a noun phrase (a gloss) or something else: a clause, a list, a cut clause.

The appositive rule (:mod:`lessontext.glossary.rules.appositive`) reads "X, a/the NP, ..." and keeps the noun
phrase as X's definition only when these checks find a noun phrase: no verb of its own before its relative
clause (:func:`clause_verb`, :func:`agreeing_verb`, :data:`PAST_VERB_AND_OBJECT`), no list of articled phrases
(:func:`coordinated`), no relative clause cut before its verb (:func:`verbless_relative`).
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import (
    AUXILIARIES,
    COORDINATED_ARTICLE,
    PREPOSITIONS,
    RELATIVE_WORD,
    clear_verb_form,
    finite_verb,
    plural_head,
    word_list,
)
from lessontext.words import STOPWORDS, word_pos

__all__ = ["PAST_VERB_AND_OBJECT", "WH_COMPLEMENT", "agreeing_verb", "appositive_head", "clause_verb", "coordinated",
           "verbless_relative"]


def appositive_head(appos: str) -> str:
    """"a council of elders and ..." -> "council": the noun before the first preposition or relative."""
    head = "x"
    for word in word_list(appos)[1:]:
        if word.lower() in PREPOSITIONS or word.lower() in {"of", "that", "which", "who", "and", "or"}:
            break
        head = word
    return head


# "a measure of how demand responds": a wh-clause inside the noun phrase has its own verb.
WH_COMPLEMENT = re.compile(r"\b(?:whether|how|why|what)\b")


# "a gap between the share of votes ... and the share of seats", "something between a large planet and a small
# star": "between A and the B" joins inside one noun phrase, it does not list two.
_BETWEEN_AND = re.compile(r"\bbetween\b[^,;]*?\band\b")


def coordinated(appos: str) -> bool:
    """"X, Y and an optional Z": the appositive joins articled phrases, a list (not "between A and the B")."""
    return bool(COORDINATED_ARTICLE.search(_BETWEEN_AND.sub("between", appos)))


def verbless_relative(appos: str) -> bool:
    """"the principle that everyone": a relative clause cut before its verb (", including ..., is subject to ...")."""
    match = RELATIVE_WORD.search(appos)
    if not match:
        return False
    rest = word_list(appos[match.end():])
    return not any(w.lower() in AUXILIARIES or finite_verb(w) or clear_verb_form(w) for w in rest)


# "a conference in X adopted the text": a past verb and its object, a clause.
PAST_VERB_AND_OBJECT = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){1,5}?(?!(?:called|named|termed|used|based)\b)[a-z]{3,}ed\s+(?:the|an?|its|their|his|her)\s")


_WH_WORDS = frozenset("how what why whether when where".split())
_DETERMINERS = frozenset("a an the its their his her this these that those each every".split())


def agreeing_verb(words: list[str]) -> bool:
    """"a higher price leads to ...": a singular noun, then an "-s" verb and its preposition or object.

    "leads", "rises", "measures" are nouns as well as verbs, so the word
    counts as a verb only between a singular noun subject and a function word.
    """
    for i in range(2, len(words) - 1):
        word, before, after = words[i], words[i - 1], words[i + 1]
        if before.lower() in _WH_WORDS | _DETERMINERS or word.lower() in _WH_WORDS | _DETERMINERS:
            return False  # "a measure of how demand responds to", "the energy a star gives off": a clause inside
        if (word.islower() and word.endswith("s") and not word.endswith("ss") and finite_verb(word, plural=False)
                and "NOUN" in word_pos(before.lower()) and before.lower() not in STOPWORDS
                and not plural_head(before) and after.lower() in STOPWORDS):
            return True
    return False


_CONTACT_DETERMINERS = frozenset("a an the each every".split())


def clause_verb(words: list[str]) -> bool:
    """An auxiliary or an "-s" verb after the appositive's first word: a clause, not a noun phrase.

    "a gap between the share of votes a party receives and ...", "the group
    of customers the business has chosen to serve" keep their noun phrase: a
    verb right after "a/the N" that itself follows a noun opens a relative
    clause without "that" (the votes [that] a party receives).
    """
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in AUXILIARIES or w.endswith("s") and clear_verb_form(w):
            contact = (i >= 4 and words[i - 2].lower() in _CONTACT_DETERMINERS and words[i - 1].islower()
                       and "NOUN" in word_pos(words[i - 1].lower()) and not plural_head(words[i - 1])
                       and words[i - 3].islower() and "NOUN" in word_pos(words[i - 3].lower())
                       and words[i - 3].lower() not in STOPWORDS)
            if not contact:
                return True
    return False
