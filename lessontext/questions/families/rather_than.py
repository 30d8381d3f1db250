"""Contrast swapped: "True or false? According to the text, <the sentence with the two sides of “rather than” swapped>".

Reads the sentences that prefer one thing to another: "X rather than Y" ("diplomacy conducted
through careers rather than communiqués", "sustained as a whole rather than as a collection of
separate camps").  Swapping the two sides makes a statement the text contradicts, on the point
the sentence exists to make; the sentence as it stands is the matching statement keyed True.  A
learner must know which side the text takes, not only that both were mentioned, so the level is
"understand".

Only when the two sides are sure: the side after "rather than" runs to the next comma or the end
of the sentence, and the side before it mirrors it: the same opening word ("as a whole rather
than as a collection"), an article for an article ("the diplomatic mission rather than a
separate military command"), or one word for one word ("political rather than technical").
Anything else (a verb phrase, "small steps rather than one burst") is not read, nor one noun for one
noun when a modifier binds the first ("a better product rather than inflation": swapped, "a better
inflation").  Nor is a
sentence that leans on what came before (a pronoun, "this", "the two", a bare "The reasons"):
lifted out, it names nothing; nor one with a negation (a swap under "not" may still be true), a
semicolon, a question, quoted words or a second "rather than".  Nor a claim about some cases only ("Some
measures are about talking rather than watching", "may be trusted rather than feared": swapped, the text
does not rule it out; ``statements.hedged``), nor a side that is one of two joined words ("relaxed and
[alive] rather than [stiff]": swapped, "relaxed and stiff" contradicts itself).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..context import leans_on_context
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..incidental import framing_sentence, summary_sentence
from ..phrasing import lift, true_false_stem
from ..rules import CONTRAST_STATEMENT, CONTRAST_SWAP_FALSE
from ..statements import hedged, worked_line
from ..text import ANAPHORIC_OPENERS, POINTING_PRONOUNS, STOPWORDS, content_stems, has_markdown_residue, norm, words
from ..types import QuestionType
from . import FAMILIES
from .true_statement import TRUE_STATEMENT_CONFIDENCE

CONFIDENCE = {CONTRAST_SWAP_FALSE: 0.58, CONTRAST_STATEMENT: TRUE_STATEMENT_CONFIDENCE}

_RATHER = " rather than "
_ARTICLES = frozenset({"a", "an", "the"})
# Words that open a side mirrored by the same word on the other side ("as ... rather than as ...").
_OPENERS = frozenset("as to for in on at by from with through into under over of".split())
MAX_SIDE_WORDS = 6
_PRONOUNS = POINTING_PRONOUNS | frozenset("we us our you your i me my one ones former latter".split())
# A possessive after the first words points to a noun of the same sentence ("loyal to their commanders",
# "gave European art its systems"); at the start it points back ("Its real purpose").
_POSSESSIVES = frozenset("its their his her".split())
_SUBJECT_WORDS = 3
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither)\b|n't\b", re.I)
_NUMBERS = frozenset("two three four five both".split())
_DETERMINERS = frozenset("this that these those its their his her our your my each every some any no".split())
_AUX = frozenset("is are was were has have had can could may might must will would do does did".split())


def bare_definite_subject(toks: list[str]) -> bool:
    """ "The reasons are ...": a definite subject of one common noun points back to an earlier sentence."""
    return len(toks) > 2 and toks[0].lower() == "the" and toks[1].islower() and toks[2].lower() in _AUX


def modified_noun(before: str, word: str) -> bool:
    """``word`` is a noun that ``before`` modifies (an adjective or a determiner): the modifier belongs to
    the noun, and with the nouns swapped it lands on the other one ("a better [product] rather than
    [inflation]" -> "a better inflation"; "low and stable [inflation] rather than [zero]" -> "stable zero").
    Blind raters rejected both swaps on test-h; an adjective side keeps its determiner ("a political
    rather than technical matter")."""
    noun = getAllLemmas(word.lower().strip(",.;:"))
    if not noun.get("NOUN") or noun.get("ADJ"):
        return False
    low = before.lower().strip(",.;:")
    return low in _ARTICLES or low in _DETERMINERS or bool(getAllLemmas(low).get("ADJ"))


def sides(sentence: str) -> tuple[int, int, int, int] | None:
    """Character spans (left start, left end, right start, right end) of "X rather than Y", or None."""
    if sentence.count(_RATHER) != 1:
        return None
    at = sentence.index(_RATHER)
    before, after = sentence[:at], sentence[at + len(_RATHER):]
    if before.rstrip().endswith(",") or not before.strip():
        return None  # ", rather than saving ...": which side is set against it is not clear
    m = re.match(r"[^,;:.!?()]+", after)
    if not m:
        return None
    right = m.group(0).rstrip()
    right_toks = right.split()
    if not 1 <= len(right_toks) <= MAX_SIDE_WORDS:
        return None
    left_toks = before.split()
    first = right_toks[0].lower()
    if first in _OPENERS or first in _ARTICLES:
        wanted = {first} if first in _OPENERS else _ARTICLES
        starts = [i for i in range(len(left_toks) - 1, max(-1, len(left_toks) - 1 - MAX_SIDE_WORDS), -1)
                  if left_toks[i].lower() in wanted]
        if not starts:
            return None
        start = starts[0]
        if len(left_toks) - start < 2:
            return None
    elif len(right_toks) == 1 and first not in STOPWORDS and left_toks[-1].lower() not in STOPWORDS:
        if len(left_toks) > 1 and modified_noun(left_toks[-2], left_toks[-1]):
            return None  # "low and stable [inflation] rather than [zero]": swapped, "low and stable zero"
        start = len(left_toks) - 1
    else:
        return None
    left = left_toks[start:]
    if any("," in t for t in left) or len(left) > MAX_SIDE_WORDS:
        return None
    left_start = len(" ".join(left_toks[:start])) + (1 if start else 0)
    right_start = at + len(_RATHER)
    return left_start, at, right_start, right_start + len(right)


def readable_alone(sentence: str, title: str = "") -> bool:
    """The sentence names what it speaks of: no pronoun, pointer, negation or bare definite subject."""
    toks = words(sentence)
    low = [t.lower() for t in toks]
    if not toks or low[0] in ANAPHORIC_OPENERS or set(low[:_SUBJECT_WORDS]) & _POSSESSIVES:
        return False
    if set(low) & (_PRONOUNS - _POSSESSIVES):
        return False
    if any(a == "the" and b in _NUMBERS for a, b in zip(low, low[1:], strict=False)):
        return False  # "the two can pick up a telephone"
    if bare_definite_subject(toks) or _NEGATION.search(sentence):
        return False
    return not (";" in sentence or "?" in sentence or '"' in sentence or "“" in sentence
                or framing_sentence(sentence) or summary_sentence(sentence) or has_markdown_residue(sentence)
                or leans_on_context(sentence, title))


def swapped(sentence: str) -> tuple[str, str, str] | None:
    """(the sentence with the two sides of "rather than" swapped, the text's contrast, the swapped
    contrast), or None when the sides are not sure."""
    spans = sides(sentence)
    if spans is None:
        return None
    a, b, c, d = spans
    left, right = sentence[a:b], sentence[c:d]
    if hedged(sentence[:a]):
        return None  # "Some measures are about talking rather than watching": the swap may hold of others
    if re.search(r"\b(?:and|or)\s*$", sentence[:a]) and len(left.split()) == 1:
        # "look relaxed and [alive] rather than [stiff]": swapped, "relaxed and stiff" contradicts itself
        # (raters on test-k); the side is one of two joined words, not all of what is set against the other.
        return None
    if norm(left) == norm(right) or content_stems(left) & content_stems(right):
        # "the person making [a claim] rather than [the claim itself]": one noun on both sides, the side
        # cut short; swapped, it reads as nonsense (test-c raters: rejected).
        return None
    if left[:1].isupper() and a == 0:
        right, left = right[:1].upper() + right[1:], left[:1].lower() + left[1:]
    turned = right + _RATHER + left
    return sentence[:a] + turned + sentence[d:], sentence[a:d], turned


def rather_than_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for section, sentence in lesson.sentences:
        if _RATHER not in sentence:
            continue
        statement = lift(sentence)
        if not readable_alone(statement, lesson.document.title) or worked_line(sentence, course):
            continue
        swap = swapped(statement)
        if swap is None:
            continue
        false, said, turned = swap
        yield from statement_twins(
            ((false, False, CONTRAST_SWAP_FALSE, turned), (statement, True, CONTRAST_STATEMENT, said)),
            course=course, section=section, sentence=sentence, said=said, kind="contrast",
            claim=f"rather:{sentence}", confidence=CONFIDENCE,
        )


def statement_twins(twins, *, course: CourseView, section, sentence: str, said: str, kind: str, claim: str,
                    confidence) -> Iterator[Candidate]:
    """True/false candidates read for meaning from one sentence: ``twins`` holds (statement, truth, rule, key)."""
    for text, truth, rule, key in twins:
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=rule,
            stem=true_false_stem(text, course),
            statement=text,
            key=key,
            original=said,
            truth=truth,
            kind=kind,
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"{'True' if truth else 'False'}. The text says: “{sentence}”",
            base=confidence[rule],
            shown=(sentence,),
            claims=(claim,),
            level="understand",
        )


EXCHANGES = """# Exchanges

## Purpose

An exchange programme is diplomacy conducted through careers rather than communiqués.
Coalition logistics sustains a multinational force as a whole rather than as a collection of national camps.
The defence section forms part of the diplomatic mission rather than a separate military command.
"""

# Pronouns, "the two", a bare definite subject, a negation, a verb phrase: no side is sure to swap.
UNSURE = """# Exchanges

## Limits

They speak as acquaintances rather than strangers.
When a crisis arrives, the two can speak as acquaintances rather than strangers.
The reasons are mostly political rather than technical.
Officers do not serve as observers rather than as staff.
The visitor is expected to carry real responsibility rather than simply observe.
Real samples vary, so treat these as typical figures rather than exact constants.
"""

AD_HOMINEM = """# Fallacies

## Informal fallacies

An ad hominem argument attacks the person making a claim rather than the claim itself, as when a proposal is dismissed because its author is wealthy.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="rather_than",
    priority=46,
    scope=LESSON,
    build=rather_than_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(EXCHANGES, CONTRAST_SWAP_FALSE,
              "According to the text, an exchange programme is diplomacy conducted through communiqués rather than careers."),
        makes(EXCHANGES, CONTRAST_SWAP_FALSE, "as a collection of national camps rather than as a whole"),
        makes(EXCHANGES, CONTRAST_SWAP_FALSE, "part of a separate military command rather than the diplomatic mission"),
        makes(EXCHANGES, CONTRAST_STATEMENT,
              "According to the text, an exchange programme is diplomacy conducted through careers rather than communiqués."),
        makes_no(UNSURE),
        makes_no(AD_HOMINEM, CONTRAST_SWAP_FALSE),  # "a claim" / "the claim itself": a side cut short
    ),
))
