"""Cause and effect: "According to the text, what is the reason for the following? “<effect>.”".

Reads the sentences of the lesson that give a reason: "<effect>, because <reason>",
"<effect> because <reason>", "Because <reason>, <effect>" and "<reason>, so <effect>" (not
"so that": a purpose, see ``purpose.py``).  The reason is the key; the distractors are the
reasons the same lesson gives for other things (a sister lesson's reasons read as another
subject), so each is plausible as a reason yet not the one the text gives here: few lessons
give three, so the family makes few items.

Also "<cause> leads to / results in / causes <effect>" and "As a result of <cause>, <effect>":
"According to the text, what does <cause> lead to?" with the other effects the lesson names
as distractors, and "what is the reason for “<effect>”?" with the other causes it names.  The
cause of "leads to" is a short noun phrase that reads alone (no pronoun, no connective); never
an option that says the key in other words (``synonymous``, by meaning too).  "Therefore" and
"This means that" point back to an earlier sentence, which would have to be quoted whole:
not read.  A reason opening with a pronoun ("because they ...") is left
out: lifted from its sentence it names nothing.  The item asks why, so its level is
"understand".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..distractors import pick_descriptions, pick_distractors
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import synonymous
from ..phrasing import lift, lower_first_unless_name
from ..rules import CAUSE_EFFECT
from ..text import (
    ANAPHORIC_OPENERS,
    CALCULATION,
    POINTING_PRONOUNS,
    content_stems,
    has_markdown_residue,
    norm,
    word_count,
    words,
)
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {CAUSE_EFFECT: 0.58}

_BECAUSE = re.compile(r"^(?P<effect>[^;:]{20,}?),?\s+because\s+(?!of\b)(?P<reason>[^;:]+?)[.!?]?$")
# "Because storms keep the boats in harbour, fish prices rise in winter."
_BECAUSE_FIRST = re.compile(r"^Because\s+(?!of\b)(?P<reason>[^;:,]{12,}?),\s+(?P<effect>[^;:]{20,}?)[.!?]?$")
# "Coalitions pool fuel, so each army carries less." (not "so that": a purpose).
_SO = re.compile(r"^(?P<reason>[^;:]{20,}?),\s+so\s+(?!that\b|as\b|far\b|much\b|many\b|long\b|too\b)"
                 r"(?P<effect>[^;:]{12,}?)[.!?]?$")
# "Heavy fishing leads to fewer young snappers." / "Overgrazing has resulted in soil loss."
_LEADS = re.compile(r"^(?P<cause>[A-Z][^;:,]{3,70}?)\s+(?:often\s+|usually\s+|can\s+|may\s+|also\s+|has\s+|have\s+)?"
                    r"(?P<verb>leads to|lead to|led to|results in|result in|resulted in|causes|cause|caused)\s+"
                    r"(?P<effect>[^;:,]{4,}?)(?:,[^;:]*)?[.!?]?$")
# "As a result of the drought, wheat prices rose sharply."
_AS_A_RESULT = re.compile(r"^As a result of\s+(?P<cause>[^;:,]{4,60}?),\s+(?P<effect>[^;:]{20,}?)[.!?]?$")
# A thing named before the sentence: "under half that value", "these figures" (raters on test-c: "that
# value" is never resolved, context lost).
_POINTS_BACK = re.compile(r"\b(?:this|these|those)\s+[a-z]+|\b(?:of|at|to|in|on|for|from|by|with|half|than)\s+that\s+[a-z]+", re.I)
# A worked example's given ("yields at about 355 MPa", "span / 360, here 16.7 mm"): a figure, not a reason
# (raters on test-c: unrelated facts offered as reasons).
_MEASURED = re.compile(r"\d\s*(?:mm|cm|km|m|kg|g|N|kN|MN|Pa|kPa|MPa|GPa|Hz|V|A|W|kW|J|s|ms|%)(?![\w])|\s/\s*\d|\bhere\b")
MAX_PHRASE_WORDS = 8
_PRONOUNS = frozenset("it its they them their he she this these those that such".split())
MIN_REASON_WORDS = 4
MAX_REASON_WORDS = 25


def reason_of(sentence: str) -> tuple[str, str] | None:
    """(effect, reason) of a "<effect> because <reason>" or "<reason>, so <effect>" sentence, or None."""
    text = sentence.strip()
    m = _BECAUSE.match(text) or _BECAUSE_FIRST.match(text) or _SO.match(text)
    if not m:
        return None
    effect, reason = m.group("effect").strip().rstrip(","), m.group("reason").strip()
    if m.re is _SO:
        reason = lift(reason)
        if reason[:1].isupper() and not words(reason)[0].isupper():
            reason = reason[:1].lower() + reason[1:]
    toks = [t.lower() for t in words(reason)]
    if not toks or toks[0] in _PRONOUNS or toks[0] in ANAPHORIC_OPENERS:
        return None
    if not MIN_REASON_WORDS <= len(toks) <= MAX_REASON_WORDS:
        return None
    first = [t.lower() for t in words(effect)[:1]]
    if not first or first[0] in ANAPHORIC_OPENERS or ";" in effect:
        return None
    if re.search(r"\bbecause\b|,\s*while\b|\bwhereas\b", reason):
        return None  # "HCl releases H⁺ ions, while NaOH is a base because ...": two claims, one reason
    if {t.lower() for t in words(effect)} & POINTING_PRONOUNS or CALCULATION.search(reason) or CALCULATION.search(effect):
        return None  # "so most of its molecules remain intact"; "The exact figure is 1.05 ÷ 1.03 − 1"
    if _POINTS_BACK.search(effect) or _POINTS_BACK.search(reason) or _MEASURED.search(reason):
        return None  # "so the rod works at under half that value"; "steel yields at about 355 MPa"
    return effect, reason


def _phrase_ok(phrase: str) -> bool:
    """A cause or effect of "leads to" that reads alone: a short phrase, no pronoun or connective."""
    toks = [t.lower() for t in words(phrase)]
    return (bool(toks) and len(toks) <= MAX_PHRASE_WORDS and not set(toks) & _PRONOUNS
            and toks[0] not in ANAPHORIC_OPENERS and not has_markdown_residue(phrase) and not CALCULATION.search(phrase))


def result_of(sentence: str) -> tuple[str, str, str] | None:
    """(cause, effect, verb) of "<cause> leads to <effect>", or (cause, effect clause, "") of "As a result of"."""
    text = sentence.strip()
    m = _AS_A_RESULT.match(text)
    if m:
        cause, effect = m.group("cause").strip(), m.group("effect").strip()
        first = [t.lower() for t in words(effect)[:1]]
        if _phrase_ok(cause) and first and first[0] not in ANAPHORIC_OPENERS and word_count(effect) <= 30:
            return cause, effect, ""
        return None
    m = _LEADS.match(text)
    if not m:
        return None
    cause, effect, verb = m.group("cause").strip(), m.group("effect").strip(), m.group("verb")
    if lift(text) != text or not _phrase_ok(cause) or not _phrase_ok(effect) or word_count(effect) < 1:
        return None  # "Yet purely national support leads to ...": the connective points back
    if words(cause)[0].lower() in {"the", "a", "an"} and word_count(cause) < 2:
        return None
    return cause, effect, verb


def _gives_reason(sentence: str) -> bool:
    return " because " in sentence or sentence.startswith("Because ") or ", so " in sentence


def _reasons(lessons: list[LessonView]) -> list[tuple[str, str]]:
    out = []
    for lesson in lessons:
        for _, sentence in lesson.sentences:
            if _gives_reason(sentence) and not has_markdown_residue(sentence):
                pair = reason_of(sentence)
                if pair:
                    out.append(pair)
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _others(key: str, pool: list[str], against: str, course: CourseView) -> list[str]:
    """The options of ``pool`` that are not the key, nor say it in other words, nor echo ``against``."""
    key_stems = content_stems(key)
    out = []
    for r in pool:
        # Sharing a word with what is asked about, an option reads as a further reason for it
        # ("Compounding frequency changes the outcome" for "More frequent compounding ...").
        if norm(r) == norm(key) or len(content_stems(r) & key_stems) > 1 or content_stems(r) & content_stems(against):
            continue
        if synonymous(key, r, course):
            continue
        out.append(_capital(r))
    return list(dict.fromkeys(out))


def cause_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    yield from _reason_questions(lesson, course, rng)
    yield from _result_questions(lesson, course, rng)


def _reason_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    pool = _reasons([lesson])
    if len(pool) < 3:
        return
    for section, sentence in lesson.sentences:
        pair = reason_of(sentence) if _gives_reason(sentence) and not has_markdown_residue(sentence) else None
        if pair is None:
            continue
        effect, reason = pair
        key = _capital(reason)
        distractors = pick_descriptions(key, _others(reason, [r for _, r in pool], effect, course), rng)
        if len(distractors) < 2 or word_count(effect) > 30:
            continue
        quoted = _capital(lift(effect.rstrip(","))) + "."  # "Because ..., prices rise": the effect opens the quote
        yield _candidate(f"According to the text, what is the reason for the following? “{quoted}”", quoted, key,
                         distractors, section, sentence)


def _result_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    found = []
    for section, sentence in lesson.sentences:
        if " lead" in sentence or " result" in sentence or " cause" in sentence or sentence.startswith("As a result of "):
            triple = result_of(sentence)
            if triple:
                found.append((section, sentence, *triple))
    effects = [e for *_, e, verb in found if verb]
    causes = [c for *_, c, _, _ in found]
    for section, sentence, cause, effect, verb in found:
        if verb:  # "What does <cause> lead to?": the other effects named
            key = _capital(effect)
            options = [o for o in _others(effect, effects, cause, course) if word_count(o) <= MAX_PHRASE_WORDS]
            head = verb.split()[0]
            did = "did" if head in {"led", "resulted", "caused"} else "does" if head.endswith("s") else "do"
            subject = lower_first_unless_name(cause, course)
            stem = f"According to the text, what {did} {subject} lead to?"
            quoted = ""
        else:  # "As a result of <cause>, <effect>": the other causes named
            key = _capital(cause)
            options = _others(cause, causes, effect, course)
            quoted = _capital(lift(effect)) + "."
            stem = f"According to the text, what is the reason for the following? “{quoted}”"
        distractors = pick_distractors(key, options, rng, course)
        if len(distractors) >= 2:
            yield _candidate(stem, quoted, key, distractors, section, sentence, kind="term" if verb else "cause")


def _candidate(stem: str, quoted: str, key: str, distractors, section, sentence: str, *,
               kind: str = "definition") -> Candidate:
    return Candidate(
        type=QuestionType.SINGLE,
        rule=CAUSE_EFFECT,
        stem=stem,
        quoted=quoted,
        key=key,
        correct=(key,),
        distractors=tuple(distractors),
        kind=kind,  # "definition": sentence-long options, compared in words
        original=key,
        source_anchor=section.anchor,
        source_sentence=sentence,
        explanation=f"The text says: “{sentence}”",
        base=CONFIDENCE[CAUSE_EFFECT],
        shown=(sentence,),
        claims=(f"reason:{sentence}",),
        level="understand",
    )


MARKETS = """# Markets

## Demand

Demand for a brand of cereal is elastic because shoppers can easily switch to another brand.
Sunk costs are ignored by a rational decision, because the money is gone whatever is chosen next.
Prices of fresh fish rise in winter because storms keep the fishing boats in harbour.
"""

# The reason first: "Because <reason>, <effect>".
REASON_FIRST = MARKETS.replace(
    "Prices of fresh fish rise in winter because storms keep the fishing boats in harbour.",
    "Because storms keep the fishing boats in harbour, prices of fresh fish rise in winter.",
)

# Reasons that open with a pronoun name nothing once lifted out.
PRONOUN_REASONS = """# Markets

## Demand

Demand for cereal is elastic because it has many close substitutes on the shelf.
Sunk costs are ignored because they cannot be recovered by any choice.
Fish prices rise in winter because they depend on calm weather at sea.
"""

# "<reason>, so <effect>".
SO_REASONS = """# Markets

## Demand

Shoppers can easily switch to another brand, so demand for a brand of cereal is elastic.
The money is gone whatever is chosen next, so sunk costs are ignored by a rational decision.
Storms keep the fishing boats in harbour, so prices of fresh fish rise in winter.
"""

# "<cause> leads to <effect>": what does the cause lead to?
RESULTS = """# Rivers

## Pressures

Heavy rainfall leads to flash flooding in narrow valleys.
Deforestation leads to soil erosion on steep slopes.
Overgrazing leads to desertification of dry grassland.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="cause_effect",
    priority=44,
    scope=LESSON,
    build=cause_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(MARKETS, CAUSE_EFFECT, "what is the reason for the following? “Demand for a brand of cereal is elastic.”"),
        makes(MARKETS, CAUSE_EFFECT, "Shoppers can easily switch to another brand"),
        makes(REASON_FIRST, CAUSE_EFFECT, "what is the reason for the following? “Prices of fresh fish rise in winter.”"),
        makes(REASON_FIRST, CAUSE_EFFECT, "Storms keep the fishing boats in harbour"),
        makes(SO_REASONS, CAUSE_EFFECT, "what is the reason for the following? “Prices of fresh fish rise in winter.”"),
        makes(SO_REASONS, CAUSE_EFFECT, "Storms keep the fishing boats in harbour"),
        makes(RESULTS, CAUSE_EFFECT, "According to the text, what does deforestation lead to?"),
        makes(RESULTS, CAUSE_EFFECT, "Soil erosion on steep slopes"),
        makes_no(SO_REASONS.replace(", so ", ", so that ")),  # a purpose, not a reason
        makes_no(RESULTS.replace("Deforestation leads", "Yet deforestation leads").replace("Overgrazing leads", "It leads")),
        makes_no(PRONOUN_REASONS),
        makes_no(MARKETS.replace(" because ", " and ")),  # no reason given
    ),
))
