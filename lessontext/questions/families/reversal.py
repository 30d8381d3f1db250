"""A direction turned round: "True or false? According to the text, a catalyst is a substance that decreases
the rate of a reaction." (keyed False).

Reads the sentences that state which way something goes with one word of a short list of general English
opposites (``opposites.py``): a verb of change ("increases"/"decreases", "rises"/"falls") or of exchange
("loses"/"gains", "releases"/"absorbs", "attract"/"repel"), a comparison ("more likely", "higher than",
"becomes smaller", "is much faster than") or a status ("is binding"/"non-binding", "became compulsory",
"forbids"/"permits", "were forbidden to").  Such a sentence states a relation a learner must get the right way
round (resistance rises as metals get hotter, the pressure in veins is lower, proportionality forbids excessive
harm), so the sentence with the word turned is keyed False.  Each word is turned only in the sense its pair is
about ("higher education", "the rise of", "voluntary organisations", "press release" are left alone).  The list
is general language, never words taken from a document.

Only when turning surely contradicts the text: the word occurs once in the sentence, in lower case (not
"Niagara Falls"), not in a phrase where it means something else ("falls into five beats", "rises over a
layer"), the lesson never writes the opposite word (where it does, the turned claim may be what the text
says of another case), the sentence does not speak to the reader ("which is exactly what we see",
"Remember that ..."), and it reads alone (``negation.readable``), denies nothing (a "not",
"never", "no longer" turned with it says something else), sets no condition ("if", "provided they accepted Inca
authority": turned, "were forbidden to keep their own rulers, provided they accepted" is nonsense, test-x), sets up no contrast of its own ("rather than",
the ``contrast`` and ``rather_than`` families' sentences) and is about all cases: "Several natural factors
make flooding more likely" turned ("less likely") is not denied by the text, other factors may do it
(``statements.hedged``; the raters' "only unstated, not contradicted" on entity swaps, test-o and test-l).
A possibility in the word's own clause ("can sometimes clarify an intention faster", "Displacement can be
smaller than distance") is not turned either: "can be larger" is not denied; nor one whose relative clause holds
the word ("the Council can adopt resolutions that are legally binding": "can adopt non-binding ones" is not denied).  A prompt to the reader ("Check
your understanding: explain why ...") is no claim.  No number or date is touched.  A judgement of benefit is not turned ("makes it easier", "strengthens"): "shared
standards make it harder to support one another", "its daily use in training weakens the clear communication" are
refuted by common sense, with no need of the text (two blind raters rejected both "harder" turns, in two essays of
two corpus folders, in a study of this family's output on the open sets, whose other turns were 6-7 accepted, 4-5
minor of 11; and the one "weakens" turn of test-q's first rating, an essay).  Of a sentence that reasons, only
the turned claim is asked: a turned reason or first claim alone ("Energy increases at each level.", "The pressure
in veins is much higher."), a turned consequence never (its reason gives it away; ``turned_claim``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..opposites import TURNS, in_sense, opposite_written, own_side_written
from ..phrasing import lift
from ..rules import DIRECTION_REVERSED_FALSE
from ..statements import hedged, worked_line
from . import FAMILIES
from .negation import linked_clause, readable, without_opening_adverb
from .rather_than import statement_twins

CONFIDENCE = {DIRECTION_REVERSED_FALSE: 0.5}

# One pattern for every word of the table, longest first ("non-binding" before "binding"); lower case only.
_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted({re.escape(t.word) for t in TURNS}, key=len, reverse=True))
                   + r")(?![\w-])")
_ANY_CASE = re.compile(_WORD.pattern, re.I)
_BY_WORD = {t.word: t for t in TURNS}
# A denial ("cannot" too: "cannot be more massive" turned is still true), a condition ("if", "when") or a contrast
# of the sentence's own: turned with it, the claim is no opposite.
_UNSURE = re.compile(r"\b(?:not|cannot|never|no longer|nor|neither|whether|if|unless|when|whenever|rather than|instead of)\b"
                     r"|n't\b|\b(?:provided|providing)\s+(?:that|they|it|he|she|we|you)\b|\bas long as\b", re.I)
# A possibility in the word's own clause: "a trusted attaché can sometimes clarify an intention faster", "Displacement
# can be smaller than distance": turned, "can be larger" is not denied by the text (dev, test-l).
_POSSIBLE = re.compile(r"\b(?:can|could|may|might|sometimes)\b", re.I)
# A change by a stated amount ("The nominal wage has increased by 7.5 per cent", "Equity increases by 10,000"): a
# worked example's step, whose turn tests the arithmetic's data, not the idea (test-h, test-d).
# The word inside a relative clause of the noun a possibility speaks of ("the council can adopt resolutions that
# are legally binding"): turned, what else it can do is not denied.
_IN_RELATIVE = re.compile(r"\b(?:that|which|who)\b[^,;:]*$")
_BY_AMOUNT = re.compile(r"^\s+(?:by|to|from)\s+(?:about\s+|around\s+|roughly\s+)?[\d$£€]")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|as|but|so|who|which|that|what)\b")
# An indirect question of which is the more ("to see which is larger", "decide which of the two is heavier"; not a
# relative: "twelve hours, which were shorter in summer"): turned, it asks the same comparison (both raters on test-cc:
# "still true in meaning").
_WHICH_IS = re.compile(r"\b(?:see|decide|find|tell|check|show|know|ask|determine|work\s+out)\s+which\s+"
                       r"(?:(?:one|of\s+(?:the|them|these|those)(?:\s+\w+)?)\s+)?(?:is|was|are|were)\s+$", re.I)
# The lesson speaking to the reader ("which is exactly what we see", "Remember that all reinforcement ..."):
# a worked example's commentary or a reminder, not a claim that reads alone (dev-b, test-f).
_TO_THE_READER = re.compile(r"\b(?:we|us|our)\b|^\s*(?:remember|note|recall|check your)\b|\bexplain (?:why|how)\b", re.I)
# "falls into five beats", "rises over a layer", "falls short": a phrase that says no direction of change.
# ... nor rain, snow or hail falling, however it falls ("rain falls uniformly over the catchment": turned, "rain rises",
# nonsense; both raters on test-dc).
_OTHER_SENSE = re.compile(r"\b(?:falls?|rises?)\s+(?:[a-z]+ly\s+)?(?:into|within|on|under|to|from|below|above|over|apart|"
                          r"short|back|behind|off|out|away|through|in|along|among|between|at)\b"
                          r"|\b(?:rain|rainfall|snow|hail|sleet|drizzle)\s+(?:[a-z]+\s+)?falls?\b"
                          # "the nave vault rises about 42 metres": a height, not a change ("falls about 42 metres",
                          # nonsense: both raters on test-dy); a change says "by" ("the level rises by 2 metres").
                          r"|\brises?\s+(?:(?:about|some|nearly|almost|over|roughly)\s+)?\d[\d,.]*\s*(?:metres|meters|feet|ft|m)\b",
                          re.I)


def turned_round(sentence: str, lesson_text: str) -> str | None:
    """``sentence`` with its one direction word turned, or None when that is not surely its opposite."""
    if _UNSURE.search(sentence) or _OTHER_SENSE.search(sentence) or _TO_THE_READER.search(sentence):
        return None
    found = list(_ANY_CASE.finditer(sentence))
    if any(m.group(1) not in _BY_WORD for m in found):
        return None  # "Niagara Falls": a name
    # The words in their pair's sense ("higher education" is none); two of them say a relation of their own.
    turnable = [m for m in found if in_sense(_BY_WORD[m.group(1)], sentence[: m.start()], sentence[m.end():])]
    if len(turnable) != 1:
        return None
    m = turnable[0]
    before = sentence[: m.start()]
    if _POSSIBLE.search(_CLAUSE_BREAK.split(before)[-1]):
        return None  # "can sometimes clarify an intention faster": a possibility, not a rule
    if _IN_RELATIVE.search(before) and _POSSIBLE.search(before[: _IN_RELATIVE.search(before).start()]):
        return None  # "can adopt resolutions that are legally binding": "can adopt non-binding ones" is not denied
    if _BY_AMOUNT.match(sentence[m.end():]):
        return None  # "has increased by 7.5 per cent": a step of a calculation
    if _WHICH_IS.search(before):
        return None  # "comparing two values to see which is larger": either way round, the same comparison
    turn = _BY_WORD[m.group(1)]
    if opposite_written(turn, lesson_text):
        return None  # the lesson says the opposite of something: the turned claim may be what it says
    rest = sentence[: m.start()] + " " + sentence[m.end():]
    if _root(m.group(1)).search(rest) or own_side_written(turn, rest) or _MEASURED_BOTH_SIDES.match(sentence[m.end():]):
        return None  # "are often shorter, sometimes as short as 30 days": the rest refutes the turn on its face
        # ("larger (called 70S) than human ribosomes (80S)": the two figures give the order: test-ei, both raters)
    return sentence[: m.start()] + turn.opposite + sentence[m.end():]


# A comparison whose two sides carry their figures: "smaller (called 70S) than human ribosomes (80S)".
_MEASURED_BOTH_SIDES = re.compile(r"^[^.;]{0,40}?\d[^.;]{0,30}?\bthan\b[^.;]{0,40}?\d")


# The word's stem, without the ending of a comparative, plural or participle ("short" of "shorter").
_ENDING = re.compile(r"(?:iest|ier|est|er|es|ed|ing|s)$")


def _root(word: str) -> re.Pattern[str]:
    """A pattern for any other word of ``word``'s stem ("as short as" beside "shorter")."""
    return re.compile(rf"\b{re.escape(_ENDING.sub('', word))}", re.I)


# A clause of reason opening the sentence ("Because energy decreases at each level, ecologists draw ...").
_REASON_FIRST = re.compile(r"^(?:because|since)\s+(?P<reason>[^,;:]+),\s+", re.I)
# A link before the turned word that makes its clause a consequence of what came before ("..., so the response is
# faster", "therefore").
# A participle of result after a comma (", allowing news to travel far faster", ", enabling ...") says what the main
# clause makes possible: turned, the mechanism the sentence describes refutes it on its face ("relay runners passed
# messages ..., allowing news to cross the empire far slower": raters on test-v and test-x, "self-evidently absurd").
_CONSEQUENCE_BEFORE = re.compile(r"\b(?:so|therefore|thus|hence|consequently)\b|\bas a result\b"
                                 r"|,\s*(?:allowing|enabling|letting|helping|making it possible for)\b", re.I)


def turned_claim(turned: str, at: int) -> str | None:
    """The claim of ``turned`` that holds the turned word at ``at``, as a sentence, or None.

    A sentence that reasons holds two claims, and only one is turned: beside it the other refutes it or is true
    filler ("the pressure in veins is much higher, so their walls are thinner", "because energy increases at each
    level, ecologists often draw an energy pyramid: a diagram ...": raters on the reversal study, "trim it to the
    causal claim").  A turned reason is asked alone ("Energy increases at each level."), and so is a turned first
    claim before a linked clause (``negation.linked_clause``); a turned consequence is not asked: its reason,
    left as the text has it, gives it away ("bypasses the thinking parts of the brain, so the response is
    slower")."""
    if reason := _REASON_FIRST.match(turned):
        if at >= reason.end("reason"):
            return None  # the turned word in the main clause, after the reason that explains it
        claim = reason.group("reason").strip()
        return claim[:1].upper() + claim[1:] + "."
    if _CONSEQUENCE_BEFORE.search(turned[:at]):
        return None
    link = linked_clause(turned, at)
    return turned if link is None else turned[:link].rstrip(" ,;:") + "."


def reversal_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for section, sentence in lesson.sentences:
        if not _WORD.search(sentence):
            continue  # most sentences state no direction: the cheap test first
        statement = without_opening_adverb(lift(sentence))
        if not readable(statement, lesson.document.title) or worked_line(sentence, course) \
                or hedged(statement, modal=False):
            continue  # "Several natural factors make flooding more likely": others may make it less likely
        turned = turned_round(statement, course.lesson_text)
        if turned is None:
            continue
        at = next(i for i, (a, b) in enumerate(zip(statement, turned, strict=False)) if a != b)
        turned = turned_claim(turned, at)
        if turned is None:
            continue  # "..., so the response is slower": the reason left beside it refutes the turned consequence
        # The word turned, not the first of the table in the sentence ("especially older adults ... more likely").
        said = next(m.group(1) for m in _WORD.finditer(statement) if m.start() <= at < m.end())
        yield from statement_twins(
            ((turned, False, DIRECTION_REVERSED_FALSE, _BY_WORD[said].opposite),),
            course=course, section=section, sentence=sentence, said=said, kind="reversal",
            claim=f"reversal:{sentence}", confidence=CONFIDENCE,
        )


CIRCUITS = """# Circuits

## Resistance

Resistance in most metals rises as they get hotter.
A catalyst is a substance that increases the rate of a reaction without being used up.
The resistance of a long wire is much larger than that of a short one.
"""

# The opposite written elsewhere, a denial, another sense, a claim about some cases, a name.
UNSURE = """# Rivers

## Flooding

Several natural factors make flooding more likely.
Rain that falls within this area reaches the river.
In the model, rain falls steadily across the whole catchment.
Building towns does not increase runoff everywhere.
Niagara Falls has retreated by several kilometres.
Forests make flooding less likely in the uplands, while towns make it more likely.
Higher ground is drained by smaller streams.
Bacterial ribosomes are smaller (called 70S) than human ribosomes (80S) and differ in shape.
"""

# A sentence that reasons: a turned first claim is asked alone, a turned consequence not at all.
REASONS = """# Blood

## Vessels

Blood pressure in the large veins is much lower, so veins have thinner walls.
A reflex arc skips the thinking parts of the brain, so the response is faster.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="reversal",
    priority=39,
    scope=LESSON,
    build=reversal_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(CIRCUITS, DIRECTION_REVERSED_FALSE, "According to the text, resistance in most metals falls as they get hotter."),
        makes(CIRCUITS, DIRECTION_REVERSED_FALSE, "a substance that decreases the rate of a reaction"),
        makes(CIRCUITS, DIRECTION_REVERSED_FALSE, "is much smaller than that of a short one"),
        makes_no(UNSURE),
        makes(REASONS, DIRECTION_REVERSED_FALSE, "According to the text, blood pressure in the large veins is much higher."),
        makes_no(REASONS, DIRECTION_REVERSED_FALSE, "thinner walls"),
        makes_no(REASONS, DIRECTION_REVERSED_FALSE, "slower"),
    ),
))
