"""Inline enumerations: true or false statements about the items a sentence lists.

Reads the sentences of the lesson that list items inline ("shelter among hard
corals, giant clams, sea fans").  The sentence itself is a true statement;
with one item swapped for an item a sister lesson lists in the same kind of
frame (same grammatical number, suffix class, category or governing verb),
a false one.  Where both lists have a frame (the word that governs the items), the item swapped in
must have been listed under one that matches this one (``frames_match``): an item another lesson lists after another word ("lacks pay, equipment or effective
leadership", "recording explosions, weapon positions") reads as nonsense in this slot ("share the heavy
costs of effective leadership", "learns a partner's procedures, vocabulary and weapon positions";
raters on test-b and test-e, 0 of 4 ratings usable as is).  "from A to B" ranges make no true statement (the range is the
claim).  No "select all the items of this sentence" question: raters
rejected select-alls made by splitting one sentence (the other items cue
the answer, and the stem is layout, not meaning).  An item swapped in stands where the listed one
stood (``fits_in_place``): as many words, no preposition cut in with it, no pair for one, no name for
a common noun.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..distractors import (
    MAX_PROSE_POOL,
    pick_distractors,
    same_shape,
)
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..frames import Frame, enumeration_frame, frames_match, same_kind
from ..incidental import illustrative
from ..pairs import mentioned_in, same_form, synonymous
from ..phrasing import lift, same_case, true_false_stem
from ..rules import ENUMERATION_SWAP_FALSE, TRUE_STATEMENT
from ..text import FORMULA, STOPWORDS, content_words, find_phrase, head_word, norm, related, word_count
from ..types import QuestionType
from . import FAMILIES
from .true_statement import LEANS_BACK, TRUE_STATEMENT_CONFIDENCE

# A listed item swapped for one a sister lesson lists: often still true in meaning, or odd (raters
# kept a third to a half of true/false items): a draft for the teacher, not published.
CONFIDENCE = {TRUE_STATEMENT: TRUE_STATEMENT_CONFIDENCE, ENUMERATION_SWAP_FALSE: 0.4}


def _enumeration_pool(course: CourseView) -> tuple[list[str], dict[str, set[Frame]]]:
    """Listed items of the rest of the course (inline enumerations and short lists of other
    lessons), with the frames of the enumerations each came from."""
    pool: list[str] = []
    frames: dict[str, set[Frame]] = {}
    for lesson in course.others:
        for _, enumeration, frame, _ in lesson.enumerations:
            pool.extend(enumeration.items)
            governing = None if enumeration.ranged else enumeration_frame(frame)
            for item in enumeration.items:
                bucket = frames.setdefault(item, set())
                if governing is not None:
                    bucket.add(governing)
        for listing in lesson.listings:
            if not listing.labelled:
                pool.extend(listing.items)
    pool = list(dict.fromkeys(pool))[:MAX_PROSE_POOL]
    return pool, frames


def enumeration_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    """Items listed inline in a sentence: "select all" with items listed elsewhere in the course, and true/false."""
    if not lesson.enumerations:
        return
    pool, pool_frames = _enumeration_pool(course)
    text = course.lesson_text
    in_text: dict[str, bool] = {}

    def said_here(p: str) -> bool:
        # Stricter than the rubric: half the item's words in one sentence of the lesson already rule
        # it out, when the lesson names its head noun too ("military aid" is not said by "military power").
        if p not in in_text:
            in_text[p] = mentioned_in(p, text, 0.5) and (
                word_count(p) < 2 or mentioned_in(p, text) or mentioned_in(head_word(p), text))
        return in_text[p]

    for section, enumeration, frame, resolved in lesson.enumerations:
        members = list(enumeration.items)
        sentence = enumeration.sentence
        if "=" in sentence or FORMULA.search(sentence):
            continue  # "Substituting back, Qd = 20 + 40 = 60": terms of a sum, no list (dev-b: a nonsense swap)

        def outsider(p: str, members=members) -> bool:
            return not said_here(p) and not any(synonymous(m, p, course) for m in members)

        key_frame = None if enumeration.ranged else enumeration_frame(frame)  # "from A to B": no frame

        def kind_ok(p: str, keys: Sequence[str], key_frame=key_frame) -> bool:
            return same_kind(p, pool_frames.get(p, ()), keys, key_frame)

        # A false statement only needs an item that reads in the slot: a verb frame need not match.
        swap_frame = key_frame if key_frame is not None and key_frame[0] != "verb" else None

        def listed_otherwise(p: str, key_frame=key_frame) -> bool:
            """Listed elsewhere only after words that do not match this list's ("lacks ...", "recording ...")."""
            frames = pool_frames.get(p, ())
            return key_frame is not None and bool(frames) and not any(frames_match(key_frame, f) for f in frames)

        def frame_first(p: str, key_frame=key_frame) -> int:
            """0: listed under a matching frame; 1: under a frame of the same sort (a verb for a verb); 2: other."""
            frames = pool_frames.get(p, ())
            if any(frames_match(key_frame, f) for f in frames):
                return 0
            return 1 if key_frame is not None and any(f[0] == key_frame[0] for f in frames) else 2

        explanation = f"The text says: “{sentence}”"
        claims = (f"enumeration:{sentence}",)
        statement = lift(resolved)
        # The statement keyed True reads alone: no "The most important is ...", no worked example's givens.
        if not enumeration.ranged and not LEANS_BACK.search(statement) and not illustrative(sentence, section.anchor):
            yield Candidate(
                type=QuestionType.TRUE_FALSE, rule=TRUE_STATEMENT,
                stem=true_false_stem(statement, course),
                statement=statement, key=members[0], truth=True, kind="list item",
                source_anchor=section.anchor, source_sentence=sentence, explanation=f"True. {explanation}",
                base=CONFIDENCE[TRUE_STATEMENT], shown=(sentence,), claims=claims,
            )
        # False: one listed item swapped for an item the course lists elsewhere.
        swappable = [m for m in members if _bare_in(sentence, m)]
        rng.shuffle(swappable)
        for member in swappable[:2]:
            replacements = pick_distractors(member, pool, rng, course, prefer=frame_first,
                                 extra=lambda p, member=member, swap_frame=swap_frame: outsider(p) and same_form(p, member)
                                 and same_shape(p, [member]) and kind_ok(p, [member], swap_frame)
                                 and fits_in_place(p, member) and not listed_otherwise(p))
            if not replacements:
                continue
            replacement = replacements[0]
            match = find_phrase(sentence, member)
            swapped = sentence[: match.start()] + same_case(replacement, member) + sentence[match.end():]
            if resolved != sentence:
                continue  # the sentence was rewritten ("these ..." resolved): swap only in plain sentences
            swapped = lift(swapped)
            yield Candidate(
                type=QuestionType.TRUE_FALSE, rule=ENUMERATION_SWAP_FALSE,
                stem=true_false_stem(swapped, course),
                statement=swapped, key=replacement, original=member, truth=False, kind="list item",
                source_anchor=section.anchor, source_sentence=sentence,
                explanation=f"False. {explanation}", base=CONFIDENCE[ENUMERATION_SWAP_FALSE],
                shown=(sentence,), claims=claims + (f"key:{norm(member)}",),
            )
            break


# Words an item cut from its sentence may keep at its start ("alongside land" of "alongside land, sea,
# air and cyberspace"): the item is the noun after them.
_LEADING_PARTICLES = frozenset("alongside besides including like unlike such especially namely plus".split())


def fits_in_place(item: str, member: str) -> bool:
    """An item that can stand where ``member`` stood: no preposition or function word cut in with it
    ("lacks alongside land"), as many words ("offering information about the people" for "guidance on
    decisions"), and no name for a common noun ("recognised eU Training Mission in Somalia" for
    "space"). Raters on two test-e essays: nonsense false forms."""
    first = item.split()[0].lower() if item.split() else ""
    if not first or first in STOPWORDS or first in _LEADING_PARTICLES:
        return False
    if re.search(r"\s(?:and|or)\s", item) and not re.search(r"\s(?:and|or)\s", member):
        return False  # "offering terrorism and natural disasters, organisation and leadership": two for one
    if len(item.split()) != len(member.split()):
        return False  # "share the heavy costs of effective leadership" for "of surveillance": another shape of thing
    return not (member[:1].islower() and any(ch.isupper() for ch in item))


def _names_title(item: str, course: CourseView) -> bool:
    title = content_words(course.title)
    own = content_words(item)
    return bool(own) and all(any(related(w, t) for t in title) for w in own)


def _bare_in(sentence: str, item: str) -> bool:
    """The item stands in the sentence without an article before it (so a swap stays grammatical)."""
    match = find_phrase(sentence, item)
    if not match:
        return False
    before = sentence[: match.start()].rstrip().lower()
    return not before.endswith((" a", " an", " the")) and before not in {"a", "an", "the"}


REEF = """# Coral Reefs

## Life on the reef

On a healthy reef, small fish shelter among hard corals, giant clams, sea fans, and much more.
Parrotfish graze on algae, thereby keeping the coral surfaces clean.

## Threats

Warmer water has led to mass coral bleaching.
Marine reserves can protect the grazing fish.
"""

MANGROVES = """# Mangrove Coasts

## Roots

The tangled roots shelter young snappers, mud crabs, and rock oysters.

## People and mangroves

Shrimp farms have led to rapid mangrove loss.
Coastal dredging has led to cloudy lagoon water.
Local fishers cut small channels, thereby opening gaps in the roots.
Tides flood the mangrove coast each day, thereby spreading fine silt.
Nurseries can grow young mangrove seedlings for replanting.
Rangers can patrol the borders of marine parks.
"""

EXPORTS = """# Trade

## Exports

Its exports have been varied, from woven cotton cloth to polished copper tools.
"""

SUM = """# Markets

## Equilibrium

Substituting back, hard corals, giant clams and Qs = 20 + 40 = 60.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="enumerations",
    priority=50,
    scope=LESSON,
    build=enumeration_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(REEF, TRUE_STATEMENT, "small fish shelter among hard corals, giant clams, sea fans", others=(MANGROVES,)),
        makes(REEF, ENUMERATION_SWAP_FALSE, "rock oysters",
              others=(MANGROVES,)),
        makes_no(REEF, ENUMERATION_SWAP_FALSE),  # no sister lesson: no items listed elsewhere to swap in
        makes_no(EXPORTS, TRUE_STATEMENT, others=(REEF, MANGROVES)),  # a range
        makes_no(SUM, others=(REEF, MANGROVES)),  # the terms of a sum are no list
        makes_no(REEF.replace("small fish shelter among", "the most important are"), TRUE_STATEMENT,
                 "the most important are", others=(MANGROVES,)),  # leans on a sentence not shown
    ),
))
