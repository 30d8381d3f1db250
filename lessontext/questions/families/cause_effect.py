"""Cause and effect: "According to the text, what is the reason for the following? “<effect>.”".

Reads the sentences of the lesson that give a reason: "<effect>, because <reason>",
"<effect> because <reason>" and "Because <reason>, <effect>".  The reason is the key; the
distractors are the reasons the same lesson gives for other things (a sister lesson's reasons
read as another subject), so each is plausible as a reason yet not the one the text gives
here: few lessons give three, so the family makes few items.  A reason opening with a pronoun ("because they ...") is left
out: lifted from its sentence it names nothing.  The item asks why, so its level is
"understand".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..distractors import pick_descriptions
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import lift
from ..rules import CAUSE_EFFECT
from ..text import ANAPHORIC_OPENERS, content_stems, has_markdown_residue, norm, word_count, words
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {CAUSE_EFFECT: 0.58}

_BECAUSE = re.compile(r"^(?P<effect>[^;:]{20,}?),?\s+because\s+(?!of\b)(?P<reason>[^;:]+?)[.!?]?$")
# "Because storms keep the boats in harbour, fish prices rise in winter."
_BECAUSE_FIRST = re.compile(r"^Because\s+(?!of\b)(?P<reason>[^;:,]{12,}?),\s+(?P<effect>[^;:]{20,}?)[.!?]?$")
_PRONOUNS = frozenset("it its they them their he she this these those that such".split())
MIN_REASON_WORDS = 4
MAX_REASON_WORDS = 25


def reason_of(sentence: str) -> tuple[str, str] | None:
    """(effect, reason) of a "<effect> because <reason>" sentence, or None."""
    m = _BECAUSE.match(sentence.strip()) or _BECAUSE_FIRST.match(sentence.strip())
    if not m:
        return None
    effect, reason = m.group("effect").strip().rstrip(","), m.group("reason").strip()
    toks = [t.lower() for t in words(reason)]
    if not toks or toks[0] in _PRONOUNS or not MIN_REASON_WORDS <= len(toks) <= MAX_REASON_WORDS:
        return None
    first = [t.lower() for t in words(effect)[:1]]
    if not first or first[0] in ANAPHORIC_OPENERS or ";" in effect:
        return None
    return effect, reason


def _gives_reason(sentence: str) -> bool:
    return " because " in sentence or sentence.startswith("Because ")


def _reasons(lessons: list[LessonView]) -> list[tuple[str, str]]:
    out = []
    for lesson in lessons:
        for _, sentence in lesson.sentences:
            if _gives_reason(sentence) and not has_markdown_residue(sentence):
                pair = reason_of(sentence)
                if pair:
                    out.append(pair)
    return out


def cause_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    own = _reasons([lesson])
    if not own:
        return
    pool = own
    for section, sentence in lesson.sentences:
        pair = reason_of(sentence) if _gives_reason(sentence) else None
        if pair is None:
            continue
        effect, reason = pair
        key = reason[:1].upper() + reason[1:]
        key_stems = content_stems(reason)
        others = [
            r[:1].upper() + r[1:] for e, r in pool
            if norm(r) != norm(reason) and len(content_stems(r) & key_stems) <= 1
            and len(content_stems(r) & content_stems(effect)) <= 1
        ]
        distractors = pick_descriptions(key, list(dict.fromkeys(others)), rng)
        if len(distractors) < 2 or word_count(effect) > 30:
            continue
        quoted = lift(effect.rstrip(","))
        quoted = quoted[:1].upper() + quoted[1:] + "."  # "Because ..., prices rise": the effect opens the quote
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=CAUSE_EFFECT,
            stem=f"According to the text, what is the reason for the following? “{quoted}”",
            quoted=quoted,
            key=key,
            correct=(key,),
            distractors=tuple(distractors),
            kind="definition",  # sentence-long options, compared in words
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
        makes_no(PRONOUN_REASONS),
        makes_no(MARKETS.replace(" because ", " and ")),  # no reason given
    ),
))
