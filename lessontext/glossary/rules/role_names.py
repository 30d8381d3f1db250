"""A name given as the complement of a role: "The oldest binding instrument is the Harbour Safety Convention, opened for
signature in 1980 and in force since 1987." -> "Harbour Safety Convention: The oldest binding instrument, opened for
signature in 1980 and in force since 1987."

Essays introduce the bodies, treaties and systems they discuss by the part each plays in the argument, with the name
as the complement of "is": "The main forum for cooperation on the river is the Basin Commission, ...", "The heart of
the network is the Central Relay System, a chain of 40 stations ...".  The subject says what kind of thing the name
is (a forum, an instrument, a framework, the heart of the network) and the comma aside after the name says what
else the essay tells of it: an appositive noun phrase ("a chain of 40 stations ..."), a participle ("adopted at
Hamburg in 1979 under ..."), or a "which" clause ("which bans ...").  Only a subject whose head says what kind of
thing the name is counts: "The best-known example is X", "The most ambitious answer is X", "The aim is X" say
nothing of what X is, and a subject that points back ("The central node of this cooperation") cannot stand alone.
The name must be capitalised, not a country, and followed by one of those asides (a bare "is the X." leaves the
definition to the sentences after it).
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, word_pos

# The role the sentence gives is what the thing is; the aside adds what it is like: as sure as a founded name.
CONFIDENCE = 0.6

# "The oldest binding instrument", "The main forum for cooperation on the river", "The heart of the network":
# a definite subject of at most eight words, then "is" and the name.
_ROLE_NAME = re.compile(
    r"^(?:(?:Today|Legally|Formally|In\s+practice|In\s+law),\s+)?"
    r"(?P<subject>(?:The|A|One)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,7}?)\s+(?:is|was|remains)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|to|in|against)\s+)*(?:[A-Z][\w'’-]*|\d{1,4}\b)){1,9})"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?"
    r",\s+(?P<aside>.+?)\.?$"
)
# ", a chain of 40 stations", ", an agreement that ...": an appositive noun phrase.
_APPOSITIVE = re.compile(r"^(?:an?)\s+[a-z]")
# ", adopted at Hamburg in 1979", ", first signed in 1990", ", set up in 1996": what was done to it, and when.
_PARTICIPLE = re.compile(
    r"^(?:(?:first|originally|jointly|formally|later)\s+)?"
    r"(?:adopted|signed|agreed|opened\s+for\s+signature|created|established|founded|launched|set\s+up|developed|"
    r"concluded|negotiated|approved|issued|drafted|built|formed|introduced|run|managed|hosted|based|headed|chaired)\b"
)
# ", which bans ...", ", which brings together ...": what it does, in the present.
_WHICH = re.compile(r"^which\s+(?P<verb>[a-z]+)\b")
# Heads that say what kind of thing a name is, beside the kind heads of names themselves ("convention", "forum").
_ROLE_HEADS = frozenset(
    "instrument institution body document basis foundation tool system network standard law text source venue "
    "channel model mechanism framework forum treaty agreement convention programme program organisation organization "
    "regime arrangement platform structure scheme initiative code guideline guidelines register registry database "
    "service agency authority office council committee commission court fund charter protocol".split()
)
# "The heart of the network", "The centrepiece of the system": a part of a named whole, when the whole is named.
_CENTRAL_PART = frozenset("heart core centrepiece centerpiece cornerstone backbone hub pillar".split())
# "The oldest", "the most detailed": ranking words, not kinds.
_RANKING = re.compile(r"^(?:most|more|least|first|second|third|last|final|main|chief|principal|[a-z]{3,}est)$")
# ", and ...", ", but ...", "; ...": where a second statement begins.
_NEXT_STATEMENT = re.compile(r",\s+(?:and|but|while|whereas|although|though|so)\s+(?=[a-z]+\s)|;\s+")
_MAX_DEFINITION_WORDS = 32


def _role_head(subject: str) -> tuple[str, bool] | None:
    """The subject's head noun and whether an "of"/"for"/"in" phrase follows it; None when it has no noun head."""
    words = [w.lower() for w in word_list(subject)][1:]
    cut = next((i for i, w in enumerate(words) if w in {"of", "for", "in", "on", "against", "between"}), len(words))
    if cut == 0:
        return None
    return words[cut - 1], cut < len(words)


def _aside(text: str) -> str | None:
    """The part of the comma aside that tells of the name: an appositive, a participle or a which-clause."""
    text = _NEXT_STATEMENT.split(text, maxsplit=1)[0].strip()
    if _APPOSITIVE.match(text) or _PARTICIPLE.match(text):
        return text
    which = _WHICH.match(text)
    if which and which.group("verb").endswith("s") and "VERB" in word_pos(which.group("verb")):
        return text
    return None


def find_role_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The oldest binding instrument is the X Convention, opened for signature in 1980 ..." -> "The oldest ...".

    The subject (a role whose head says what kind of thing the name is) and
    the aside after the name (an appositive, a participle or a "which"
    clause) make the definition; an appositive noun phrase alone says what
    the name is ("A chain of 40 stations ...").
    """
    if " is " not in sentence and " was " not in sentence and " remains " not in sentence:
        return []
    match = _ROLE_NAME.match(sentence.strip())
    if not match:
        return []
    subject, name = match.group("subject"), match.group("name")
    found = _role_head(subject)
    if found is None or has_anaphora(subject) or any(
            w.lower() in {"this", "these", "that", "those", "its", "their", "his", "her", "such", "our"}
            for w in word_list(subject)):
        return []
    head, qualified = found
    if _RANKING.match(head) or head in STOPWORDS or "NOUN" not in word_pos(head):
        return []  # "The first is ...", "The oldest is ...": no noun says what kind of thing it is
    if not (head in _ROLE_HEADS or singular(head) in _ROLE_HEADS or head in lexicon.KIND_HEADS
            or head in _CENTRAL_PART and qualified):
        return []  # "The best-known example is X", "The aim is X": the role says nothing of what X is
    words = word_list(name)
    if len(words) < 2 or fold(name) in lexicon.COUNTRIES or words[-1].lower() in STOPWORDS:
        return []
    aside = _aside(match.group("aside"))
    if aside is None or has_anaphora(aside):
        return []
    if _APPOSITIVE.match(aside):
        definition = finish_definition(aside)
    else:
        definition = finish_definition(f"{subject}, {aside}")
    if not definition or len(definition.split()) > _MAX_DEFINITION_WORDS:
        return []
    name_head = next((w.lower() for w in reversed(words) if w.lower() not in STOPWORDS), "")
    kind = lexicon.KIND_HEADS.get(name_head) or lexicon.KIND_HEADS.get(head) or TermKind.DEFINED
    aliases = {match.group("acronym")} if match.group("acronym") else set()
    return [Candidate(name, definition, kind, section, sentence, CONFIDENCE, "named", aliases)]


ROLE_NAME = RULES.register(Rule(
    name="role_name", priority=91, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_role_names,
    examples=(
        finds("# Rivers\n\nThe oldest binding instrument is the Upper Basin Water Convention, opened for signature in "
              "1961 and in force since 1964.\n", "Upper Basin Water Convention"),
        finds("# Rivers\n\nThe heart of the flood warning effort is the River Gauge Network, built in 1998 with "
              "money from the four riverside states.\n", "River Gauge Network"),
        finds("# Rivers\n\nThe main forum for cooperation on the river is the Basin Commission, set up in 1955 by "
              "the four riverside states.\n", "Basin Commission"),
        misses("# Rivers\n\nThe best-known example is the Upper Basin Water Convention, opened for signature in "
               "1961.\n", "Upper Basin Water Convention"),
        misses("# Rivers\n\nThe central node of this effort is the River Gauge Network, a chain of 40 gauges.\n",
               "River Gauge Network"),
        misses("# Rivers\n\nThe main forum is the Basin Commission.\n", "Basin Commission"),
    ),
))
