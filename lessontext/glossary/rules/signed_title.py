"""An essay's titled instrument, named in full only where the states that signed it are told: "# The Sino-Soviet
Treaty of Friendship, Alliance and Mutual Assistance" ... "On 14 February 1950, in Moscow, the Soviet Union and the
newly founded People's Republic of China signed the Treaty of Friendship, Alliance and Mutual Assistance." ->
"A treaty signed by the Soviet Union and the People's Republic of China in Moscow in 1950."

An essay on one treaty often opens by telling who signed it, where and when, and from then on calls it "the treaty";
no sentence says what it is, and ``titled_subject`` finds no sentence of "the treaty" doing something it can read.
The essay's own subject is the term a reader most needs, and which states bound themselves by it, where and when,
is what a first gloss of a treaty says.  The name must be the title's (the title holds it) and have a kind head
("Treaty", "Pact"); the signers must be states: "the foreign ministers of India and the Soviet Union, A and B,
signed ..." is read as India and the Soviet Union; people alone ("President Reagan and Mikhail Gorbachev") or
signers that point back ("the three leaders") make nothing.
"""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, first_year
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import singular

# Only who signed it, where and when: raters took such entries as usable after an edit, rarely as they stood, so any
# rule that says what the instrument does wins the merge.
CONFIDENCE = 0.58

_STATE = r"(?:the\s+)?(?:newly\s+(?:founded|independent)\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
_STATES = rf"{_STATE}(?:(?:,\s+|\s+and\s+){_STATE})+"
_OFFICIALS = r"(?:the\s+)?(?:foreign\s+ministers|prime\s+ministers|representatives|delegates|envoys|leaders)\s+of\s+"
_PERSONS = r"(?:,\s+[A-Z][^,]{3,80},)?"
_SIGNED_TITLE = re.compile(
    rf"^(?:On\s+(?P<date>[^,]{{3,40}}),\s+)?(?:in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),\s+)?"
    rf"(?:{_OFFICIALS})?(?P<states>{_STATES}){_PERSONS}\s+signed\s+the\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:(?:,\s+|\s+)(?:(?:of|and|for|on)\s+)?[A-Z][\w'’-]*){1,8})\.?$"
)
_NEWLY = re.compile(r"\bnewly\s+(?:founded|independent)\s+")
# "President", "Chancellor": people, not the states they spoke for.
_TITLES = re.compile(r"\b(?:President|Chancellor|King|Queen|Emperor|Tsar|Count|Prime\s+Minister|Secretary)\b")


def _kind(name: str) -> str | None:
    words = name.replace(",", "").split()
    head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    if (kind := singular(head.lower())) in lexicon.KIND_HEADS:
        return kind
    # "Indo-Soviet Treaty of Peace, Friendship and Co-operation": the kind before "of".
    before_of = name.split(" of ")[0].split()
    kind = singular(before_of[-1].lower()) if before_of else ""
    return kind if kind in lexicon.KIND_HEADS else None


def find_signed_title(document: Document, context: Context) -> list[Candidate]:
    """The title's instrument, defined by the states that signed it, where and when."""
    title = document.title.lower()
    for section, sentence in document.sentences():
        match = _SIGNED_TITLE.match(sentence.strip())
        if not match:
            continue
        name = match.group("name")
        kind = _kind(name)
        states = _NEWLY.sub("", match.group("states"))
        if kind is None or name.lower() not in title or _TITLES.search(states):
            continue
        year = first_year(match.group("date") or "")
        where = f" in {match.group('place')}" if match.group("place") else ""
        when = f" in {year}" if year else ""
        article = "An" if kind[0] in "aeiou" else "A"
        definition = finish_definition(f"{article} {kind} signed by {states}{where}{when}")
        if not definition:
            return []
        return [Candidate(name, definition, lexicon.KIND_HEADS.get(kind) or TermKind.DEFINED, section, sentence,
                          CONFIDENCE, "pattern", mask=False)]
    return []


SIGNED_TITLE = RULES.register(Rule(
    name="signed_title", priority=71, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_signed_title,
    examples=(
        finds("# The Lindholm Treaty of Friendship, Trade and Navigation\n\nOn 4 May 1931, in Bergen, Norway and "
              "the newly founded Republic of Lindholm signed the Treaty of Friendship, Trade and Navigation.\n",
              "Treaty of Friendship, Trade and Navigation"),
        finds("# The Nordic Treaty of Peace and Trade (1931)\n\nOn 4 May 1931, in Bergen, the foreign ministers of "
              "Norway and Sweden, Olaf Berg and Nils Lund, signed the Nordic Treaty of Peace and Trade.\n",
              "Nordic Treaty of Peace and Trade"),
        # people, not states
        misses("# The Treaty of Bergen\n\nOn 4 May 1931 President Olaf Berg and Chancellor Nils Lund signed the "
               "Treaty of Bergen.\n", "Treaty of Bergen"),
        # not the essay's own subject
        misses("# Nordic Trade\n\nOn 4 May 1931, Norway and Sweden signed the Treaty of Bergen.\n", "Treaty of Bergen"),
    ),
))
