"""A direction turned round: "True or false? According to the text, a catalyst is a substance that decreases
the rate of a reaction." (keyed False).

Reads the sentences that state which way something goes with one word of a short list of general English
opposites: a verb of change ("increases"/"decreases", "rises"/"falls", "strengthens"/"weakens") or a
comparison in a fixed phrase ("more likely"/"less likely").  Such a
sentence states a relation a learner must get the right way round (resistance rises as metals get hotter,
energy decreases at each trophic level), so the sentence with the word turned is keyed False.  The list is
general language, never words taken from a document.

Only when turning surely contradicts the text: the word occurs once in the sentence, in lower case (not
"Niagara Falls"), not in a phrase where it means something else ("falls into five beats", "rises over a
layer"), the lesson never writes the opposite word (where it does, the turned claim may be what the text
says of another case), the sentence does not speak to the reader ("which is exactly what we see",
"Remember that ..."), and it reads alone (``negation.readable``), denies nothing (a "not",
"never", "no longer" turned with it says something else), sets up no contrast of its own ("rather than",
the ``contrast`` and ``rather_than`` families' sentences) and is about all cases: "Several natural factors
make flooding more likely" turned ("less likely") is not denied by the text, other factors may do it
(``statements.hedged``; the raters' "only unstated, not contradicted" on entity swaps, test-o and test-l).
The statement is the one clause that carries the word (``clauses.carrying_clause``: beside the turned clause,
true clauses give it away or bury it; two blind raters on a test-o and a test-i lesson), never one of two verbs
of a subject ("increases interception and slows runoff" turned contradicts itself, a test-j lesson), nor a bare
"the speed" that the paragraph before qualifies ("Speed of sound: ...", a test-g lesson).  No number or date is
touched.  "makes it easier" is not turned: "shared standards make it harder to support one
another" is refuted by common sense, with no need of the text (two blind raters rejected both such turns, in two
essays of two corpus folders, in a study of this family's output on the open sets; its other turns were 6-7
accepted, 4-5 minor of 11).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..clauses import carrying_clause, coupled_verb, qualified_before
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import lift
from ..rules import DIRECTION_REVERSED_FALSE
from ..statements import hedged, worked_line
from . import FAMILIES
from .negation import readable, without_opening_adverb
from .rather_than import statement_twins

CONFIDENCE = {DIRECTION_REVERSED_FALSE: 0.5}

# General English opposites, each with a pattern that finds any of its forms in a lesson.
OPPOSITES: tuple[tuple[str, str, str, str], ...] = (
    ("increases", "decreases", r"increas\w*", r"decreas\w*"),
    ("rises", "falls", r"(?:ris(?:e|es|ing|en)|rose)", r"(?:fall(?:s|ing|en)?|fell)"),
    ("strengthens", "weakens", r"strengthen\w*", r"weaken\w*"),
    ("more likely", "less likely", "more likely", "less likely"),
)
_TURN = {a: (b, stem_b) for a, b, _, stem_b in OPPOSITES} | {b: (a, stem_a) for a, b, stem_a, _ in OPPOSITES}
_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _TURN), key=len, reverse=True)) + r")\b")
_ANY_CASE = re.compile(_WORD.pattern, re.I)
# A denial, a condition or a contrast of the sentence's own: turned with it, the claim is no opposite.
# A "when" is a condition like "if": "When fires spread faster than crews can contain them, aircraft become
# essential" turned says what the text leaves unsaid (seen in a trial of comparisons, test-m; kept for all pairs).
_UNSURE = re.compile(r"\b(?:not|cannot|never|no longer|nor|neither|whether|if|unless|when|whenever|rather than|instead of)\b"
                     r"|n't\b", re.I)
# The lesson speaking to the reader ("which is exactly what we see", "Remember that all reinforcement ..."):
# a worked example's commentary or a reminder, not a claim that reads alone (dev-b, test-f).
# So is a sentence to "you" ("paying down debt faster than ...: your future self", "Check your understanding:
# explain why ...": test-b, test-i, test-n, in the same trial).
_TO_THE_READER = re.compile(r"\b(?:we|us|our|you|your|yours)\b|^\s*(?:remember|note|recall|check)\b", re.I)
# "falls into five beats", "rises over a layer", "falls short": a phrase that says no direction of change.
_OTHER_SENSE = re.compile(r"\b(?:falls|rises)\s+(?:into|within|on|under|to|from|below|above|over|apart|short|back|"
                          r"behind|off|out|away|through|in)\b")


def turned_round(sentence: str, lesson_text: str, earlier: str = "") -> str | None:
    """``sentence`` with its one direction word turned, cut to the clause that carries it
    (``clauses.carrying_clause``), or None when that is not surely its opposite: the word is one of two verbs of
    one subject, or the subject is a bare "the <noun>" that the text ``earlier`` qualifies."""
    found = _ANY_CASE.findall(sentence)
    if len(found) != 1 or not _WORD.search(sentence) or _UNSURE.search(sentence) or _OTHER_SENSE.search(sentence) \
            or _TO_THE_READER.search(sentence):
        return None
    m = _WORD.search(sentence)
    opposite, stem = _TURN[m.group(1)]
    if re.search(rf"\b{stem}\b", lesson_text, re.I):
        return None  # the lesson says the opposite of something: the turned claim may be what it says
    clause = carrying_clause(sentence, m.start(), m.end())
    if clause is None:
        return None
    m = _WORD.search(clause)
    if m is None or coupled_verb(clause, m.start(), m.end()) or qualified_before(clause[: m.start()], earlier):
        return None
    return clause[: m.start()] + opposite + clause[m.end():]


def reversal_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for i, (section, sentence) in enumerate(lesson.sentences):
        if not _WORD.search(sentence):
            continue  # most sentences state no direction: the cheap test first
        statement = without_opening_adverb(lift(sentence))
        if not readable(statement, lesson.document.title) or worked_line(sentence, course) \
                or hedged(statement, modal=False):
            continue  # "Several natural factors make flooding more likely": others may make it less likely
        earlier = " ".join(s for sec, s in lesson.sentences[max(0, i - 6): i] if sec == section)
        turned = turned_round(statement, course.lesson_text, earlier)
        if turned is None or not readable(turned, lesson.document.title):
            continue  # the clause cut out must read alone too
        said = _WORD.search(statement).group(1)
        yield from statement_twins(
            ((turned, False, DIRECTION_REVERSED_FALSE, _TURN[said][0]),),
            course=course, section=section, sentence=sentence, said=said, kind="reversal",
            claim=f"reversal:{sentence}", confidence=CONFIDENCE,
        )


CIRCUITS = """# Circuits

## Resistance

Resistance in most metals rises as they get hotter.
A catalyst is a substance that increases the rate of a reaction without being used up.
"""

# The opposite written elsewhere, a denial, another sense, a claim about some cases, a name.
UNSURE = """# Rivers

## Flooding

Several natural factors make flooding more likely.
Rain that falls within this area reaches the river.
Building towns does not increase runoff everywhere.
Niagara Falls has retreated by several kilometres.
Forests make flooding less likely in the uplands, while towns make it more likely.
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
        makes_no(UNSURE),
    ),
))
