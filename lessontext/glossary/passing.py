"""Phrases one sentence happens to say something about, told from the terms a lesson marks as key.

A teacher lists a lesson's key terms; an entry for a phrase the lesson uses once, never sets in bold or in a
heading and the salience model does not rate (:func:`marked_as_key`) is kept only when its definition is made in
the usual shape of a definition.  :func:`passing_phrase` refuses the shapes blind raters rejected on such phrases,
in many corpora: phrases taken from prose with no definition verb ("Upper tiers: The tiers shaded by the great
awning ..."), and "is" said of one thing or of the past in everyday words ("Response: A meeting in London in
November 1975 ...", "Washing: A religious act as well as a practical one.").  In an essay's prose, a comma aside on
a ruler by his regnal number, a point of the compass or the place the title's treaty is named after is no entry either
(``_one_name``: raters rejected "Henry VI: A baby not yet one year old", "South: A wide belt of territory ...",
"Locarno: A small lakeside town ...").
"""

from __future__ import annotations

import re
from collections import Counter

from lessontext.document import Document, Paragraph
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Term
from lessontext.glossary.salience import salient_phrases, salient_threshold
from lessontext.glossary.wellformed import verdict_predicate
from lessontext.semantics import zipf
from lessontext.words import STOPWORDS, getAllLemmas, span_key, split_words, term_key, token_spans

__all__ = ["marked_as_key", "passing_phrase"]


def _uses(text: str, key: str) -> int:
    """How often ``text`` uses the term ``key`` as a whole phrase (each span read as a term would be)."""
    spans = token_spans(text)
    size = len(key.split())
    return sum(span_key(spans, i, i + size) == key for i in range(len(spans) - size + 1)) if size else 0


# The last document read and, per phrase length, how often its sentences use each term key: one pass per
# length instead of one per headword (a long lesson has thousands of sentences, more than the tokeniser caches).
# The slot is replaced whole, never changed in place: a thread reading another document meanwhile keeps its own.
_last_counts: list[tuple[Document, dict[int, Counter[str]]] | None] = [None]


def _sentence_uses(document: Document, key: str) -> int:
    """How often the sentences of ``document`` use the term ``key`` (``_uses`` summed over them)."""
    size = len(key.split())
    slot = _last_counts[0]
    if slot is None or slot[0] is not document:
        slot = _last_counts[0] = (document, {})
    counts = slot[1].get(size)
    if counts is None:
        counts = slot[1][size] = Counter()
        for _, sentence in document.sentences():
            spans = token_spans(sentence)
            counts.update(span_key(spans, i, i + size) for i in range(len(spans) - size + 1))
    return counts[key] if size else 0


def _in_bold_or_heading(document: Document, key: str) -> bool:
    """The lesson sets the term ``key`` in bold, in its title or in a heading."""
    headings = [document.title, *(s.heading or "" for s in document.sections)]
    return any(_uses(text, key) for text in (*document.emphasis, *headings))


def marked_as_key(term: Term, document: Document) -> bool:
    """The lesson treats the headword as a key term: a name, bold, a heading, used again, or salient to teachers."""
    words = [w for w in term.term.split() if w.lower() not in STOPWORDS]
    if words and all(w[:1].isupper() for w in words) and (len(words) > 1 or term.term.isupper()):
        return True  # "NATO Support and Procurement Agency", "SAR": a name the lesson gives
    if _in_bold_or_heading(document, term.key):
        return True
    if _sentence_uses(document, term.key) > 1:
        return True
    # Half the trained threshold: a phrase the salience model gives a fair chance of being listed is kept.
    return any(p.key == term.key and p.score >= salient_threshold() / 2 for p in salient_phrases(document))


# Rules that take a phrase out of running prose with no definition verb ("The tiers shaded by the great awning ...",
# "A cooker that raises it to about 120 °C ..."): blind raters rejected nearly every one whose headword the lesson
# never marks (9 of 10 ratings and 7 of 8, in four and three corpora).
_PROSE_PHRASE_RULES = frozenset({"role", "prose_in_clause"})
# "A male that roams a large area alone", "A substance that gives a single spot": a kind rebuilt from a sentence about it
# stands when the lesson sets it beside a sibling ("Step-up transformer" and "Step-down transformer": 109 accept, 13
# minor and 20 reject ratings) or marks it as key; alone it is mostly one thing's description (59 accept, 51 minor,
# 116 reject ratings on every rated set, session 54).
_KIND_FROM_PROSE = "prose"
# "X is Y" about a sentence subject: kept unmarked only when the headword has a word rarer than this (Zipf).
_COPULA_RULE = "copula"
_EVERYDAY_ZIPF = 4.0
# "The response was a meeting ...", "The difference is the volume ...", "Washing was a religious act ...": said of
# one thing the passage has in view, or of the past; "A rate gap is ...", "Opportunity cost refers to ..." are how
# a definition of a kind opens, and keep their entries.
_DEFINITE_SUBJECT = re.compile(r"^\W*The\s")
_PAST_COPULA = frozenset({"was", "were"})


def _said_of_one(term: Term) -> bool:
    """The headword's sentence speaks of one thing ("The outcome was ...") or of the past ("Washing was ...")."""
    if _DEFINITE_SUBJECT.match(term.sentence):
        return True
    words = [w.lower() for w in split_words(term.sentence)]
    last = term.key.split()[-1]
    after = [words[i + 1] for i, w in enumerate(words[:-1]) if term_key(w) == last]
    return bool(after) and after[0] in _PAST_COPULA


def _everyday_words(term: Term) -> bool:
    """"American banks", "Outcome", "Washing": every word of the headword is an everyday English word."""
    words = term.key.split()
    if any(len(w) == 1 or any(ch.isdigit() for ch in w) for w in words):
        return False  # "Role 4", "Height h": one of a numbered series or a symbol, named on purpose
    return bool(words) and min(zipf(w) for w in words) >= _EVERYDAY_ZIPF


def _has_sibling(term: Term, keys: frozenset[str]) -> bool:
    """Another headword of the lesson shares the head noun ("strong acid" beside "weak acid"): a set of kinds."""
    head = term.key.split()[-1:]
    return any(k != term.key and len(k.split()) > 1 and k.split()[-1:] == head for k in keys)


def passing_phrase(term: Term, keys: frozenset[str], document: Document, opening: bool) -> bool:
    """A phrase one sentence happens to say something about, not a term: "Upper tiers: The tiers shaded by ...",
    "Difference: The volume of the object.", "Response: A meeting in London in November 1975 ...".

    Taken from prose with no definition verb, or "is" said of one thing or of the past in everyday words with no
    sibling kind, by a headword the lesson never marks as key (no bold, heading, second use or salience); a marked
    one keeps its entry, and so does one the lesson opens by defining (``opening``: "Inflation means a general rise in prices ...").
    A verdict instead of a definition (``verdict_predicate``: "Shared fleets: Fleets that make cooperation essential.")
    on a headword the lesson never marks is no entry from any rule or sentence; a key term keeps its entry (teachers
    list it, and a reviewer can mend the gloss).
    """
    if verdict_predicate(term.definition) and not marked_as_key(term, document):
        return True
    if term.rule == "appositive" and _continuous_prose(document) and _one_name(term.term, document.title):
        return True
    if term.rule == "appositive" and _passer_by(term, document):
        return True
    if term.rule in _RANKING_RULES and _RANKED.match(term.definition) and _written_as_name(term.term, document) \
            and not lexicon.names_a_body(term.term):
        return True
    if opening:
        return False
    if term.rule == _KIND_FROM_PROSE and not _has_sibling(term, keys) and not marked_as_key(term, document):
        return True
    if term.rule in _PROSE_PHRASE_RULES:
        return not marked_as_key(term, document)
    if term.rule == _COPULA_RULE and _said_of_one(term) and _everyday_words(term) and not _has_sibling(term, keys):
        return not marked_as_key(term, document)
    return False


# Titles before a person's name, left out when the name is read.
_HONORIFICS = frozenset("sir dr lord lady count countess mr mrs miss ms king queen prince princess".split())
# An appositive that tells more than a role: what the person did or was ("who stayed at Angkor ...").
_TELLS_MORE = re.compile(r"\b(?:who|whom|whose|that|which)\b")
# A surname is rarer than this in English (Zipf): "Banu", "Zhdanov", "Sampson", not "Rail", "Charlie", "Helena".
_NAME_ZIPF = 3.5


def _passer_by(term: Term, document: Document) -> bool:
    """A person the lesson names once, glossed by a role alone: "Rahima Banu: A small child in Bangladesh.", "Tong
    Guogang: An uncle of the emperor." (rated on every set: 14 reject and 8 minor ratings, none as is; both raters
    on test-cj: "an incidental person ... leaves out why she matters").  A name said again, set in bold or in a
    heading, or glossed by what the person did ("who ..."), keeps its entry."""
    words = [w for w in term.term.split() if w.lower() not in _HONORIFICS]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and "-" not in w for w in words) \
            or zipf(words[-1].lower()) >= _NAME_ZIPF or "NOUN" in getAllLemmas(words[-1].lower()) \
            or any("ADJ" in getAllLemmas(w.lower()) for w in words):
        return False  # ("Ninety-Five Theses", "Large Hadron Collider": a thing's name)
    if _TELLS_MORE.search(term.definition):
        return False
    surname = term_key(words[-1])
    return _sentence_uses(document, surname) <= 1 and not _in_bold_or_heading(document, surname)


_MOSTLY = 0.8
_COMPASS = frozenset("north south east west north-east north-west south-east south-west".split())
_INSTRUMENTS = r"Treaty|Treaties|Peace|Truce|Pact|Convention|Agreements?|Accords?|Alliance|Congress|Conference"
_REGNAL = re.compile(r"^[A-Z][a-z]+\s+[IVXL]+$")


# "Sirius A, the brightest star in the night sky", "Hallstatt is often described as the oldest salt mine still in
# operation": a name ranked among its kind is a claim about it, no gloss (on every rated set, names glossed so by
# these rules drew 18 reject, 6 minor and no accept ratings: "Ceres", "Maria", "Macbeth", "Mercury", "Steamboat
# Geyser"; test-dv).  A body's name keeps its entry ("ASEAN Regional Forum: The oldest region-wide meeting place ...").
_RANKING_RULES = frozenset({"copula", "appositive"})
_RANKED = re.compile(r"^The\s+(?:[a-z]+est|most\s+[a-z]+|best-[a-z]+)\s")


def _written_as_name(headword: str, document: Document) -> bool:
    """The lesson writes the headword only capitalised, somewhere inside a sentence, or it is no English word."""
    name = re.escape(headword)
    sentences = [sentence for _, sentence in document.sentences()]
    if any(re.search(rf"(?<![\w-]){name}(?![\w-])", sentence, re.I) and not re.search(rf"(?<![\w-]){name}(?![\w-])", sentence)
           for sentence in sentences):
        return False  # written in lower case somewhere: a common noun
    inside = any(re.search(rf"\S\s+{name}(?![\w-])", sentence) for sentence in sentences)
    return inside or not getAllLemmas(headword.split()[0].lower())


def _one_name(headword: str, title: str) -> bool:
    """What an essay's comma aside says of a name is no gloss a teacher lists: a ruler by a regnal number ("Henry
    VI, a baby not yet one year old", "Charles V, a cautious and clever ruler"), a point of the compass ("to the
    south, a wide belt of territory ..."), or the place the title's instrument is named after ("Locarno, a small
    lakeside town" in an essay on the Locarno Treaties: the treaty is the term, not its town)."""
    if _REGNAL.match(headword) or headword.lower() in _COMPASS:
        return True
    name = re.escape(headword)
    return " " not in headword and re.search(rf"\b(?:{_INSTRUMENTS})\s+of\s+{name}(?![\w-])|(?<![\w-]){name}\s+(?:{_INSTRUMENTS})\b",
                                              title) is not None


def _continuous_prose(document: Document) -> bool:
    """An essay: nothing set in bold, no table, paragraphs for the most part (a short list of terms at most)."""
    blocks = [b for s in document.sections for b in s.blocks]
    return not document.emphasis and not any(s.tables for s in document.sections) \
        and sum(isinstance(b, Paragraph) for b in blocks) >= _MOSTLY * len(blocks)
