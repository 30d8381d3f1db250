"""Purpose: "According to the text, what is the purpose of the following? “<action>.”".

Reads the sentences of the lesson that give a purpose: "<action>, so that <purpose>",
"<action> in order to <purpose>", and "<thing> is used to <purpose>" / "<thing> aims to
<purpose>" (asked as "what is <thing> used for?" / "what does <thing> aim to do?"), "<thing> was set up
(designed, created, intended, ...) to <purpose>", "<things> exist to <purpose>" and "The (main) purpose
of <thing> is to <purpose>" (asked as "what was <thing> set up to do?", "what is the main purpose of
<thing>?"); in these a demonstrative "that" ("designed to lower that risk") points back, and leaves it out.  The
purpose is the key ("So that ...", "To ..."); the distractors are the purposes the same lesson
gives for other things, of the same form (never a sister lesson's: another subject), none
sharing more than one content word with the key nor saying it in other words
(``synonymous``, by meaning too), none echoing the action asked about.  A purpose or action
with a pronoun or a connective pointing back ("so that they can ...", "Its fuel concept aims
to ...") is left out: lifted from its sentence it names nothing.  Few lessons give three
purposes, so the family makes few items.  The item asks why, so its level is "understand".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import NamedTuple

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..distractors import pick_descriptions
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import synonymous
from ..phrasing import lift, lower_first_unless_name
from ..prose import is_verb
from ..rules import PURPOSE
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

CONFIDENCE = {PURPOSE: 0.56}

_SO_THAT = re.compile(r"^(?P<action>[^;:—]{20,}?),?\s+so that\s+(?P<purpose>[^;:—]{8,}?)[.!?]?$")
_IN_ORDER_TO = re.compile(r"^(?P<action>[^;:—]{20,}?),?\s+in order to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$")
_USED_TO = re.compile(
    r"^(?P<thing>[A-Z][^;:,—]{3,60}?)\s+(?P<verb>is|are|was|were|aims|aim)\s+(?:mainly\s+|often\s+|commonly\s+|usually\s+)?"
    r"(?:used\s+)?to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
# "<thing> was set up to <purpose>", "<things> were designed to <purpose>", "<thing> exists to <purpose>":
# a participle of making or meaning (or "exist") that states what the thing is for.
_MADE_TO = re.compile(
    r"^(?P<thing>[A-Z][^;:,—]{3,60}?)\s+(?:(?P<verb>is|are|was|were|has been|have been)\s+(?:specifically\s+|originally\s+|mainly\s+)?"
    r"(?P<participle>designed|intended|created|set up|established|founded|built|meant)|(?P<exist>exists|exist))"
    r"\s+to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
# "The (main) purpose of <thing> is to <purpose>", "The aim of <thing> was to <purpose>".
_AIM_OF = re.compile(
    r"^The\s+(?P<noun>(?:(?:main|basic|chief|primary|original)\s+)?(?:purpose|aim|goal))\s+of\s+(?P<thing>[^;:,—]{3,60}?)\s+"
    r"(?P<verb>is|was)\s+to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
MIN_PURPOSE_WORDS = 3
MAX_PURPOSE_WORDS = 22
MAX_THING_WORDS = 8


class Purpose(NamedTuple):
    stem: str
    quoted: str
    purpose: str  # the key, as an option reads: "So that ..." / "To ..."
    form: str  # "so that" or "to"
    subject: str  # what the purpose is of (the action or the thing)


def _reads_alone(text: str, *, within: bool = False) -> bool:
    """No opening that points back; ``within``: a pronoun inside may point to its own sentence ("its version")."""
    toks = [t.lower() for t in words(text)]
    if not toks or toks[0] in ANAPHORIC_OPENERS or toks[0] in POINTING_PRONOUNS or has_markdown_residue(text) or CALCULATION.search(text):
        return False
    return within or not set(toks) & POINTING_PRONOUNS


def purpose_of(sentence: str, course: CourseView | None = None) -> Purpose | None:
    """The purpose a sentence gives, with the question asking it, or None."""
    text = sentence.strip()
    if not any(pattern.match(text) for pattern in (_SO_THAT, _IN_ORDER_TO, _USED_TO, _MADE_TO, _AIM_OF)):
        return None  # the cheap test first: most sentences the cues let through give no purpose
    if lift(text) != text:
        return None  # "For example, ...", "Yet ...": leans on what came before
    m = _SO_THAT.match(text) or _IN_ORDER_TO.match(text)
    if m:
        action, purpose = m.group("action").strip().rstrip(","), m.group("purpose").strip()
        form = "so that" if m.re is _SO_THAT else "to"
        if not _reads_alone(action, within=True) or word_count(action) > 30:
            return None
        quoted = action[:1].upper() + action[1:] + "."
        stem = f"According to the text, what is the purpose of the following? “{quoted}”"
        subject = action
    else:
        m = _USED_TO.match(text)
        if m and m.group("verb") in {"is", "are", "was", "were"} and " used to " not in text:
            m = None
        m = m or _MADE_TO.match(text) or _AIM_OF.match(text)
        if not m:
            return None
        thing, purpose, verb = m.group("thing").strip(), m.group("purpose").strip(), m.group("verb")
        if not _reads_alone(thing) or word_count(thing) > MAX_THING_WORDS:
            return None
        if m.re is not _USED_TO and "that" in {t.lower() for t in words(purpose)}:
            return None  # "are designed to lower that risk", "exist to close that gap": the risk named before
        if m.re is not _USED_TO and not is_verb(words(purpose)[0], "to"):
            return None  # "were built to civilian load standards": "to" a measure, no purpose
        form, quoted, subject = "to", "", thing
        named = lower_first_unless_name(thing, course) if course is not None else thing
        if m.re is _AIM_OF:
            stem = f"According to the text, what {verb} the {m.group('noun').lower()} of {_inner(thing, course)}?"
        elif m.re is _MADE_TO and m.group("exist"):
            stem = f"According to the text, what {'does' if m.group('exist') == 'exists' else 'do'} {named} exist to do?"
        elif m.re is _MADE_TO:
            aux, _, rest = verb.partition(" ")
            been = f" {rest}" if rest else ""
            stem = f"According to the text, what {aux} {named}{been} {m.group('participle')} to do?"
        elif verb.startswith("aim"):
            stem = f"According to the text, what {'does' if verb == 'aims' else 'do'} {named} aim to do?"
        else:
            stem = f"According to the text, what {verb} {named} used for?"
    if not _reads_alone(purpose) or not MIN_PURPOSE_WORDS <= word_count(purpose) <= MAX_PURPOSE_WORDS:
        return None
    key = ("So that " if form == "so that" else "To ") + purpose
    return Purpose(stem, quoted, key, form, subject)


def _inner(thing: str, course: CourseView | None) -> str:
    """``thing`` as it reads after "of": its opening capital dropped unless it is a name."""
    return lower_first_unless_name(thing, course) if course is not None else thing


_CUES = (" so that ", " in order to ", " used to ", " aim", " designed to ", " intended to ", " created to ", " set up to ",
         " established to ", " founded to ", " built to ", " meant to ", " exist to ", " exists to ", "urpose of ",
         "oal of ")


def _says_purpose(sentence: str) -> bool:
    return any(cue in sentence for cue in _CUES)


def purpose_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    found = []
    for section, sentence in lesson.sentences:
        if _says_purpose(sentence):
            p = purpose_of(sentence, course)
            if p:
                found.append((section, sentence, p))
    if len(found) < 3:
        return
    for section, sentence, p in found:
        key_stems, subject_stems = content_stems(p.purpose), content_stems(p.subject)
        others = []
        for _, other_sentence, q in found:
            if q.form != p.form or other_sentence == sentence or norm(q.purpose) == norm(p.purpose):
                continue
            if len(content_stems(q.purpose) & key_stems) > 1 or len(content_stems(q.purpose) & subject_stems) > 1:
                continue
            if synonymous(p.purpose, q.purpose, course):
                continue
            others.append(q.purpose)
        distractors = pick_descriptions(p.purpose, list(dict.fromkeys(others)), rng)
        if len(distractors) < 2:
            continue
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=PURPOSE,
            stem=p.stem,
            quoted=p.quoted,
            key=p.purpose,
            correct=(p.purpose,),
            distractors=tuple(distractors),
            kind="definition",  # sentence-long options, compared in words
            original=p.purpose,
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"The text says: “{sentence}”",
            base=CONFIDENCE[PURPOSE],
            shown=(sentence,),
            claims=(f"purpose:{p.form}",),  # one purpose item per quiz: its options are one set
            level="understand",
        )


HABITS = """# Version Control

## Good habits

Write a clear message for every commit, so that readers know why the change was made.
Pull changes from the shared branch every morning, so that conflicts stay small and easy to resolve.
Tag each release with its version number, so that any shipped build can be found again later.
"""

TOOLS = """# Kitchen Tools

## Knives

A paring knife is used to peel and trim small fruit.
A bread knife is used to slice crusty loaves without crushing the soft crumb.
A cleaver is used to chop through bones and thick joints of meat.
"""

BODIES = """# Local Government

## Public bodies

The planning committee was set up to decide where new houses may be built.
Parish councils exist to speak for small villages in wider debates.
The main purpose of a school board is to oversee spending on local schools.
"""

# Purposes that point back to their sentence ("so that they ...") name nothing once lifted out.
POINTING = HABITS.replace("readers know why", "they know why").replace("conflicts stay", "they stay").replace(
    "any shipped build", "it")

FAMILY = FAMILIES.register(QuestionFamily(
    name="purpose",
    priority=41,
    scope=LESSON,
    build=purpose_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(HABITS, PURPOSE, "what is the purpose of the following? “Tag each release with its version number.”"),
        makes(HABITS, PURPOSE, "So that any shipped build can be found again later"),
        makes(TOOLS, PURPOSE, "According to the text, what is a cleaver used for?"),
        makes(TOOLS, PURPOSE, "To chop through bones and thick joints of meat"),
        makes(BODIES, PURPOSE, "According to the text, what was the planning committee set up to do?"),
        makes(BODIES, PURPOSE, "According to the text, what do parish councils exist to do?"),
        makes(BODIES, PURPOSE, "According to the text, what is the main purpose of a school board?"),
        makes_no(BODIES.replace("decide where", "decide that").replace("speak for", "speak for that")),
        makes_no(POINTING),
        makes_no(HABITS.replace(", so that ", ". Then ")),  # no purpose given
        makes_no(HABITS.split("Tag each")[0]),  # two purposes: too few for two distractors
    ),
))
