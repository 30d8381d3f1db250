"""What a lesson's title names as its topic, and what it only lists as the parts it covers.

A key that is the lesson's topic is no question ("Defence Attachés: Soldiers in the Embassy" keyed
"attaché"): the title answers it.  But a title that lists three or more coordinated things
("Averages and Spread: Mean, Median, Mode and Range", "Electricity: Current, Voltage, Resistance and
Ohm's Law", "How to Analyse a Poem: Metre, Rhyme, Imagery and Tone") after its topic names the lesson's
subtopics, one of which a question asks the learner to tell from the others: the title offers them all
and answers none.  Only the rest of such a title is the topic.  A title that is a list and nothing else
("Acids, Bases and the pH Scale") names its topic by that list: every member stays the topic (its keys
are words of nearly every sentence, which would shut out the other items of the quiz).  A title of two things
joined by "and" and nothing else ("Opportunity Cost and Comparative Advantage", "Simple and Compound Interest")
names two concepts the lesson teaches side by side: either may be a key (``one_of_a_pair``), not the words
both share ("interest").  Refused as the title, they were the most frequent check refusal in the lessons the
open sets left with two items or fewer (test-l's "opportunity cost", test-p's "compounding").  So may one of
the names a title lists side by side ("Ethiopia, Italy and the Treaty of Wuchale"): which party did what is
the lesson's question (``one_of_the_parties``).

The topic named by one everyday word ("Earthquakes: Frequently Asked Questions", "Myths and Facts About
Nutrition", "Percentages and Interest") is no term to ask the meaning of: every learner knows what an
earthquake or a percentage is before the lesson (``everyday_topic``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.semantics import zipf
from lessontext.words import word_pos

from .text import content_stems, content_words, related

# Three or more members of a list: "A, B, C and D" (the last joined by "and", "or" or "&").
MIN_MEMBERS = 3
# A member longer than this is a clause, not a name.
MAX_MEMBER_WORDS = 4
_LAST_JOIN = re.compile(r",?\s+(?:and|or|&)\s+", re.I)


def _members(part: str) -> list[str]:
    pieces = [p.strip() for p in part.split(",")]
    if len(pieces) < 2:
        return []
    last = _LAST_JOIN.split(pieces[-1], maxsplit=1)
    if len(last) != 2:
        return []
    members = [*pieces[:-1], *last]
    if len(members) < MIN_MEMBERS or any(not m or len(m.split()) > MAX_MEMBER_WORDS for m in members):
        return []
    return members


@lru_cache(maxsize=1024)
def title_topic(title: str) -> str:
    """The title without the list of subtopics it names (the whole title when it lists none)."""
    topic, colon, subtitle = title.partition(":")
    if colon and _members(subtitle) and not _label_only(topic):
        return topic.strip()
    return title


# What a title may open with that names the kind of document, not its topic ("Lesson: Loads, Stress,
# Strain and Simple Beams", "Unit 3: ..."): the list after it is the whole title.
_DOCUMENT_LABELS = frozenset("lesson unit chapter module topic week part section handout".split())


def _label_only(topic: str) -> bool:
    toks = re.findall(r"[A-Za-z]+|\d+", topic.lower())
    return all(t in _DOCUMENT_LABELS or t.isdigit() for t in toks)


# A word at least this common in English (wordfreq's Zipf scale) is one every reader knows: "earthquake"
# (4.15), "nutrition" (4.1), "percentage" (4.48), "inflation" (4.14); a lesson's own terms are rarer
# ("monsoon" 3.33, "photosynthesis" 3.03, "verification" 3.7).
EVERYDAY_ZIPF = 3.9


def everyday_topic(term: str, title: str) -> bool:
    """``term`` is one everyday word (``EVERYDAY_ZIPF``) that names the lesson's topic in its title.

    "What is meant by “Earthquake”?" in a lesson titled "Earthquakes: Frequently Asked Questions" asks what
    every learner knew before reading, and its distractors, the lesson's other terms, are of another kind
    (a scale, a point underground): of the rated "what is meant by" items on such a word (dev to test-aj, the
    check sets aside), raters accepted 1 rating, asked an edit of 11 and rejected 12.  A rarer topic word
    ("Monsoon", "Photosynthesis") or a phrase ("Cellular respiration") is the lesson's concept, and stays.
    """
    toks = content_words(term)
    if len(toks) != 1 or zipf(toks[0].lower()) < EVERYDAY_ZIPF:
        return False
    return any(related(toks[0], w) for w in content_words(title_topic(title)))


# "Opportunity Cost and Comparative Advantage", "Simple and Compound Interest": two things the lesson teaches
# side by side, each named in full; no comma, no colon.
_PAIR_JOIN = re.compile(r"\s+and\s+", re.I)


def one_of_a_pair(key: str, title: str) -> bool:
    """``title`` names two things joined by "and" and ``key`` is one of them, not the other: a question that asks
    the learner to tell them apart, which the title offers both answers to and answers neither; or one of the
    names a title lists side by side (``one_of_the_parties``)."""
    if one_of_the_parties(key, title):
        return True
    if ":" in title or "," in title:
        return False
    halves = _PAIR_JOIN.split(title.strip())
    if len(halves) != 2 or any(not h or len(h.split()) > MAX_MEMBER_WORDS for h in halves):
        return False
    words = content_words(key)
    if not words:
        return False
    first, second = (content_words(h) for h in halves)
    if len(first) == 1 and len(second) > 1:
        first = [*first, second[-1]]  # "Simple and Compound Interest": simple interest; "interest" is both
    shared = [t for t in first if any(related(t, u) for u in second)]

    def within(half: list[str]) -> bool:
        return all(any(related(w, t) for t in half) for w in words)

    # A key of the words both halves share ("interest") is the topic itself.
    telling = any(not any(related(w, t) for t in shared) for w in words)
    return telling and within(first) != within(second)


# An era after a year in a title: every dated statement of an ancient history has it (test-ce: nine true statements
# about the Peace of Nicias, 421 BC, refused as asking the title's "BC").
_ERA_MARKER = re.compile(r"\b(?:BC|AD|BCE|CE)\b")


def without_era(topic: str) -> str:
    """``topic`` without "BC", "AD", "BCE" or "CE"."""
    return _ERA_MARKER.sub("", topic)


# A name of one or two capitalised words ("Ethiopia", "Menelik II", "Eumenes II"): a party, not a topic phrase.
_NAME = re.compile(r"(?!(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
                   r"(?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|[IVX]+))?")
_YEAR_TAIL = re.compile(r",?\s*\d{3,4}(?:\s*(?:BC|AD|BCE|CE))?\s*$")


def one_of_the_parties(key: str, title: str) -> bool:
    """``key`` is one of two or more names a part of ``title`` lists side by side ("Two Texts, One Treaty:
    Ethiopia, Italy and the Treaty of Wuchale, 1889"): which party did what is the lesson's question, and the
    title answers it for neither (test-cg: every true/false about Italy or Ethiopia was refused as the topic)."""
    key = key.strip()
    if not _NAME.fullmatch(key):
        return False
    for part in title.split(":"):
        pieces = _LAST_JOIN.split(_YEAR_TAIL.sub("", part.strip()))  # "Ethiopia, Italy" | "the Treaty of Wuchale"
        names = [m.strip() for piece in pieces for m in piece.split(",") if _NAME.fullmatch(m.strip())]
        if len(names) >= 2 and key in names:
            return True
    return False


def names_the_title(key: str, title: str) -> bool:
    """The key is the lesson's topic ("Enzyme" in "Enzymes: How Living Things Speed Up ..."), all its words the
    topic's or related to them; a subtopic the title lists beside another (``one_of_a_pair``) is not."""
    topic = without_era(title_topic(title))  # "The Peace of Nicias, 421 BC": "BC" is no topic
    stems, title_stems = content_stems(key), content_stems(topic)
    if not stems or not title_stems or one_of_a_pair(key, title):
        return False
    return stems <= title_stems or all(any(related(w, t) for t in content_words(topic)) for w in content_words(key))


def glossed_by_subtitle(term: str, title: str) -> bool:
    """``term``, a borrowed word of the name a title renames after its colon ("Karakuri Ningyō: The Mechanical Dolls of
    Japan"): "What is meant by “Ningyō”?" is answered by the title (test-eb, both raters: "answered by the lesson
    title").  An English term's title ("Cellular Respiration: How Cells ...", "Tsunamis: The ...") asks no such
    question: its subtitle tells what the lesson is about, not what the word means."""
    head, colon, subtitle = title.partition(":")
    if not colon or not re.match(r"\s*(?:The|A|An)\s", subtitle) or len(content_words(subtitle)) < 2:
        return False
    words = content_words(term)
    return bool(words) and content_stems(term) <= content_stems(head) and not any(word_pos(w.lower()) for w in words)
