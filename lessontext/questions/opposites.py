"""General English opposites, each with the sense in which turning it surely says the opposite.

A word of a short list of general language ("increases", "higher", "binding", "compulsory", "prohibits") is
turned into its opposite only where it has the sense the pair is about: a comparison compares ("is higher
than", "becomes larger"), not names ("higher education", "the lower house"); a status is said of the subject
("the ruling is binding", "schooling became compulsory"), not a label ("compulsory subjects").  No word is
taken from a document.

Verbs of exchange ("releases"/"absorbs", "gains"/"loses") and bare verbs of change ("prices rise") were tried
on the open corpora and left out: one of their turns in four was a statement a teacher would keep ("mast cells
absorb histamine"); the others were odd or refuted themselves ("the burning of fossil fuels absorbs carbon ...,
thereby increasing the amount of carbon dioxide", "Mountains fall, oceans open and close").

Comparatives of measure ("older"/"younger", "longer"/"shorter", "heavier"/"lighter", "deeper"/"shallower",
"stronger"/"weaker", "hotter"/"colder") are turned in the same compared sense as "higher"/"lower", and
"earlier"/"later" only before "than" ("was later renamed" says when, not which came first), "longer"/"shorter"
only after a verb of being ("take longer than", "lasts longer": an adverb, whose turn "take shorter" is no
English); participles of
change ("increased", "increasing") say which way as plainly as "increases".  "Reduces" is not turned: what a
thing reduces is mostly a good or a harm ("a grainy speckle that reduces fine detail"), and the turn is refuted
by common sense, as "makes it harder" was.  Counted over every open
corpus, these are the direction words that recur in statements keyed True that wait for a False to pair them
(``bench/spare_trues.py``); "greater" and "more than" were left out, their opposites ("less", "fewer") are
written in almost every lesson, and "raises" mostly raises a question.

A legal status is also turned where it stands before its noun ("sets legally binding standards", "a
non-binding set of safety procedures", "a politically binding document"), the shape essays on treaties and
codes of conduct use for the point they make about an instrument: "legally binding", "non-binding" and
"politically binding" have no other sense (bare "binding" has: "the binding of proteins", so it is turned only
after a verb of being).  "Politically binding" is turned to "legally binding", what the phrase is written to
deny.

Each entry names every form of the opposite, so that a lesson that writes the opposite anywhere is
left alone: there the turned claim may be what the text says of another case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["TURNS", "Turn", "in_sense", "opposite_written", "own_side_written"]


class Turn(NamedTuple):
    word: str  # the form found in a sentence
    opposite: str  # the form that replaces it
    opposite_forms: str  # a pattern for any form of the opposite, looked for in the whole lesson
    sense: str  # the context the word must have: one of the senses below


# Senses.
ANY = "any"  # "increases", "more likely", "prohibits": no other reading
COMPARES = "compares"  # a comparative: before "than", or after a verb of being or becoming
STATUS = "status"  # an adjective said of the subject: after a verb of being or becoming
THAN = "than"  # a comparative that compares only before "than" ("earlier than", not "was later renamed")
MOVES = "moves"  # a verb of change that says which way, not an idiom ("falls ill", "rises to power")


def _pairs(a: str, b: str, forms_a: str, forms_b: str, sense: str) -> tuple[Turn, Turn]:
    return Turn(a, b, forms_b, sense), Turn(b, a, forms_a, sense)


_INCREASE, _DECREASE = r"increas\w*", r"decreas\w*"
_RISE, _FALL = r"(?:ris(?:e|es|ing|en)|rose)", r"(?:fall(?:s|ing|en)?|fell)"
_HIGH, _LOW = r"high(?:er|est)", r"low(?:er|est)"
_LARGE, _SMALL = r"(?:larg(?:er|est)|bigg(?:er|est))", r"small(?:er|est)"
_FAST, _SLOW = r"fast(?:er|est)", r"slow(?:er|est)"
_OLD, _YOUNG = r"old(?:er|est)", r"young(?:er|est)"
_LONG, _SHORT = r"long(?:er|est)", r"short(?:er|est)"
_HEAVY, _LIGHT = r"heav(?:ier|iest)", r"light(?:er|est)"
_DEEP, _SHALLOW = r"deep(?:er|est)", r"shallow(?:er|est)"
_STRONG, _WEAK = r"strong(?:er|est)", r"weak(?:er|est)"
_HOT, _COLD = r"(?:hott(?:er|est)|warm(?:er|est))", r"(?:cold(?:er|est)|cool(?:er|est))"
_EARLY, _LATE = r"earl(?:ier|iest)", r"lat(?:er|est)"
_BINDING, _NON_BINDING = r"(?<!non-)binding", r"non-binding"
# Any form that says an instrument does not bind in law: beside one, "legally binding" may be what the text says of
# another instrument.
_NOT_LEGALLY_BINDING = r"(?:non-binding|politically binding|not legally binding)"
# "voluntary" is not turned: it also means willed ("the behaviour is voluntary"), whose opposite is not
# "compulsory" (test-f); "compulsory" and "mandatory" only ever mean required.
_VOLUNTARY = r"(?:voluntary|optional)"
_LEGAL, _ILLEGAL = r"(?<!il)legal\b", r"illegal"
_PERMIT, _PROHIBIT = r"(?:permit(?:s|ted)?|allow\w*)", r"(?:prohibit\w*|forb[ia]d\w*|ban(?:s|ned)?)"

TURNS: tuple[Turn, ...] = (
    *_pairs("increases", "decreases", _INCREASE, _DECREASE, ANY),
    *_pairs("increased", "decreased", _INCREASE, _DECREASE, ANY),
    *_pairs("increasing", "decreasing", _INCREASE, _DECREASE, ANY),
    *_pairs("rises", "falls", _RISE, _FALL, MOVES),
    *_pairs("more likely", "less likely", "more likely", "less likely", ANY),
    *_pairs("higher", "lower", _HIGH, _LOW, COMPARES),
    *_pairs("larger", "smaller", _LARGE, _SMALL, COMPARES),
    *_pairs("faster", "slower", _FAST, _SLOW, COMPARES),
    *_pairs("older", "younger", _OLD, _YOUNG, COMPARES),
    *_pairs("longer", "shorter", _LONG, _SHORT, STATUS),
    *_pairs("heavier", "lighter", _HEAVY, _LIGHT, COMPARES),
    *_pairs("deeper", "shallower", _DEEP, _SHALLOW, COMPARES),
    *_pairs("stronger", "weaker", _STRONG, _WEAK, COMPARES),
    *_pairs("hotter", "colder", _HOT, _COLD, COMPARES),
    *_pairs("warmer", "cooler", _HOT, _COLD, COMPARES),
    *_pairs("earlier", "later", _EARLY, _LATE, THAN),
    Turn("binding", "non-binding", _NON_BINDING, STATUS),
    Turn("non-binding", "binding", _BINDING, ANY),
    Turn("legally binding", "non-binding", _NOT_LEGALLY_BINDING, ANY),
    Turn("politically binding", "legally binding", r"legally binding", ANY),
    Turn("compulsory", "voluntary", _VOLUNTARY, STATUS),
    Turn("mandatory", "voluntary", _VOLUNTARY, STATUS),
    *_pairs("legal", "illegal", _LEGAL, _ILLEGAL, STATUS),
    Turn("prohibits", "permits", _PERMIT, ANY),
    Turn("forbids", "permits", _PERMIT, ANY),
    Turn("prohibited", "permitted", _PERMIT, STATUS),
    Turn("forbidden", "permitted", _PERMIT, STATUS),
    Turn("permitted", "forbidden", _PROHIBIT, STATUS),
    Turn("allowed", "forbidden", _PROHIBIT, STATUS),
)

_BE = r"(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|made|seen as|considered)"
# Between a verb of being and the word: an adverb of degree ("legally binding", "much higher").
_DEGREE = r"(?:\s+(?:legally|strictly|entirely|largely|generally|usually|always|much|far|slightly|even|often|still|also))?"
_AFTER_BE = re.compile(rf"\b{_BE}{_DEGREE}\s+$", re.I)
_BEFORE_THAN = re.compile(r"^\s+than\b")
# What makes "falls"/"rises" an idiom with no direction: "falls ill", "falls asleep", "falls silent", "falls
# short", "falls apart", "falls behind", "falls victim to", "falls under", "falls into disuse", "rises to power",
# "rises up", "falls in love".  Turned, they are no English ("Dr Lanyon rises ill": both raters on test-bz).
_IDIOM_AFTER = re.compile(r"^\s+(?:ill|sick|asleep|silent|quiet|short|apart|behind|victim|prey|foul|flat|back|out|"
                          r"into|under|within|through|up|to\s+power|in\s+love|on\s+hard)\b", re.I)


def in_sense(turn: Turn, before: str, after: str) -> bool:
    """Whether ``turn.word``, between ``before`` and ``after`` in its sentence, has the sense its pair is about."""
    if turn.sense == COMPARES:
        return bool(_BEFORE_THAN.match(after) or _AFTER_BE.search(before))
    if turn.sense == THAN:
        return bool(_BEFORE_THAN.match(after))
    if turn.sense == STATUS:
        return bool(_AFTER_BE.search(before))
    if turn.sense == MOVES:
        return not _IDIOM_AFTER.match(after)
    return True


@lru_cache(maxsize=4096)
def opposite_written(turn: Turn, lesson_text: str) -> bool:
    """Whether the lesson writes any form of ``turn``'s opposite."""
    return re.search(rf"\b{turn.opposite_forms}\b", lesson_text, re.I) is not None


def own_side_written(turn: Turn, rest: str) -> bool:
    """Whether ``rest`` (the sentence without the turned word) writes another form of the word's own side: "the
    Test-Ban Treaty forbids ..." turned to "permits" is refuted by the name of its subject, with no need of the
    text (both raters on test-ag: "the treaty's own name gives it away")."""
    own = [t.opposite_forms for t in TURNS if re.fullmatch(t.opposite_forms, turn.word, re.I)]
    return any(re.search(rf"\b{forms}\b", rest, re.I) for forms in own)
