"""Sides of a debate: "In the debate “<question>”, which of these does the text give as an argument against?".

Reads a debate lesson that sets its arguments out under two headings, one for and one against ("Arguments
for" / "Arguments against", "The case for" / "The case against", "In favour" / "Against"), each a labelled
group of at least two claims (a bold sentence opening each paragraph, or "Claim: ..." lines).  Which side a
claim is on is given by the lesson's own structure, not read into its words: the key is a claim under one
heading, the distractors are claims under the other, so each option is something the text argues, and only
the key sits on the side asked.  The question is the lesson's title when it asks one ("Should Cities Ban
Cars from Their Centres?"); else the stem names the heading.  One item per side.  It asks the learner to
tell the two sides apart, so its level is "understand".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, Group, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import anchor_of
from ..rules import DEBATE_SIDE
from ..text import ANAPHORIC_OPENERS, content_stems, words
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {DEBATE_SIDE: 0.6}
_FOR = re.compile(r"^(?:(?:the\s+)?(?:arguments?|case|points?|reasons?)\s+for\b|for\b|in\s+favour\b)", re.I)
_AGAINST = re.compile(r"^(?:(?:the\s+)?(?:arguments?|case|points?|reasons?)\s+against\b|against\b)", re.I)
_DEBATE_PREFIX = re.compile(r"^\s*(?:debate|motion|discussion)\s*:\s*", re.I)
MIN_CLAIMS = 2
MIN_CLAIM_WORDS = 3
MAX_CLAIM_WORDS = 16
MAX_DISTRACTORS = 3


def _claims(group: Group) -> list[str]:
    out = []
    for item in group.items:
        claim = item.label.strip().rstrip(".")
        toks = words(claim)
        if MIN_CLAIM_WORDS <= len(toks) <= MAX_CLAIM_WORDS and toks[0].lower() not in ANAPHORIC_OPENERS:
            out.append(claim)
    return out


def _side(heading: str | None) -> str | None:
    if not heading:
        return None
    if _AGAINST.match(heading.strip()):
        return "against"
    if _FOR.match(heading.strip()):
        return "for"
    return None


def side_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    sides: dict[str, tuple[Group, list[str]]] = {}
    for group in lesson.groups:
        side = _side(group.heading)
        claims = _claims(group)
        if side and side not in sides and len(claims) >= MIN_CLAIMS:
            sides[side] = (group, claims)
    if set(sides) != {"for", "against"}:
        return
    title = _DEBATE_PREFIX.sub("", lesson.document.title or "").strip()
    for side, other in (("against", "for"), ("for", "against")):
        group, claims = sides[side]
        pool = sides[other][1]
        # A claim that shares a word with the title in the stem would point to itself.
        key = rng.choice([c for c in claims if not content_stems(c) & content_stems(title)] or claims)
        distractors = tuple(rng.sample(pool, min(MAX_DISTRACTORS, len(pool))))
        if title.endswith("?"):
            stem = f"In the debate “{title}”, which of these does the text give as an argument {side}?"
        else:
            stem = f"Which of these does the text give under “{group.heading}”?"
        item = next(i for i in group.items if i.label.strip().rstrip(".") == key)
        source = item.sentences[0] if item.sentences else key
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=DEBATE_SIDE,
            stem=stem,
            key=key,
            correct=(key,),
            distractors=distractors,
            kind="definition",  # options are claims, clauses as a definition's are
            original=key,
            source_anchor=anchor_of(course, source, group.anchor),
            source_sentence=source,
            explanation=f"The text gives “{key}” among the arguments {side}; the other options are arguments {other}.",
            base=CONFIDENCE[DEBATE_SIDE],
            shown=(source,),
            claims=(f"side:{key}",),
            level="understand",
        )


SCHOOL_UNIFORM = """# Debate: Should Schools Require Uniforms?

## Arguments for

**Uniforms reduce pressure to wear expensive brands.** Families spend less on clothes for school.

**A shared uniform builds a sense of belonging.** Pupils feel part of one community.

**Getting dressed takes less time each morning.** There is no choice to make.

## Arguments against

**Uniforms limit how pupils express themselves.** Clothing is a form of personal expression.

**Blazers and branded items can cost more than ordinary clothes.** Only one shop may sell them.

**Rules on dress take up teachers' time.** Staff must check and enforce them daily.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="sides",
    priority=37,
    scope=LESSON,
    build=side_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(SCHOOL_UNIFORM, DEBATE_SIDE,
              "In the debate “Should Schools Require Uniforms?”, which of these does the text give as an argument against?"),
        makes_no(SCHOOL_UNIFORM.replace("## Arguments against", "## Other views")),
    ),
))
