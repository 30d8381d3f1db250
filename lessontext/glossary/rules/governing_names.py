"""Names that open a sentence as the framework its main clause happens under: "Under the X Convention, a coastal
state has sovereign rights over ...", "Through the X Mechanism, created in 2001, a country can request help"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import PRONOUN_START, finite_verb, has_anaphora, is_participle, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.subjects import _cut_predicate
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, word_pos

# The main clause tells what happens under the thing, not what the thing is: as sure as "the X Fund, through which
# ports share ..." (the named rule's WHICH_CONFIDENCE).
CONFIDENCE = 0.65


_UNDER_THE_NAME = re.compile(
    r"^(?P<prep>Under|Through)\s+(?:the\s+)?(?:\d{4}\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|at|and|the)\s+)*[A-Z][\w-]*){0,8})"
    r"(?:\s+\((?P<acronym>[A-Z][\w-]*)\))?(?:\s+(?P<head>[a-z]+))?"
    # ", created in 2001,", ", managed by the X Centre,": a participle aside says how the thing came about.
    r"(?:,\s+(?P<aside>(?:[a-z]+ly\s+)?(?P<participle>[a-z]+)\s+[^,;()]{3,100}))?"
    r",\s+(?P<clause>[A-Za-z][^;]{10,260}?)\.?$"
)
# "Under the arrangement known as X Post-2000, France ...", "In 1994, under a secret operation known as X, ...": the
# kind of thing comes first and the name is given to it; the kind is the genus.
_UNDER_A_KIND_NAMED = re.compile(
    r"^(?:In\s+\d{4},\s+)?(?P<prep>[Uu]nder|[Tt]hrough)\s+(?:the|an?)\s+(?P<kind>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"\s+(?:known\s+as|called)\s+(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|the)\s+)*[A-Z0-9][\w-]*){0,7})"
    r",\s+(?P<clause>[A-Za-z][^;]{10,260}?)\.?$"
)
# "Under the **lead nation** concept, one country ...": a term the author sets in bold, then the kind of framework;
# 'Under the "no-undercut" policy, participants agree ...': or in quotes (``quoted``).
_UNDER_A_BOLD_MODEL = re.compile(
    r"^(?P<prep>Under|Through)\s+the\s+(?P<quoted>[\"“])?(?P<name>[a-z][\w -]{2,40}?)(?(quoted)[\"”])"
    r"\s+(?P<kind>concept|model|principle|approach|"
    r"system|scheme|arrangement|framework|rule|policy|doctrine|mechanism|formula),\s+(?P<clause>[A-Za-z][^;]{10,260}?)\.?$"
)
# "Protocol II", "Annex 3": the number or Roman numeral that tells a part of an instrument from its siblings.
_NUMBERED = re.compile(r"[IVX]{1,4}|\d{1,3}")
# "Under the Tokugawa Shogunate, Japan ...", "Through the Middle Ages, ...": a time is no framework.
_TIME_HEADS = frozenset("age ages era period century war wars years decade reign dynasty".split())
# "..., and the Additional Protocol gives ...", "..., CERT-EU protects ...": a second clause with its own named subject.
# ("..., and the Additional Protocol, whose text ..., gives": the name, then its own aside.)
_SECOND_NAMED_CLAUSE = re.compile(
    r",\s+(?:and\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w-]*))*(?:\s+(?P<verb>[a-z]+)\b|,)")

# "..., and a separate agreement in the same year provided ...": a second statement with a common-noun subject.
_SECOND_COMMON_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,6}?"
    r"(?P<verb>[a-z]+ed|was|were|is|are|has|had|have|gave|made|took|kept|became|began)\b")


def _genus(name: str, head: str | None) -> str | None:
    """The kind of thing the name is: its lower-case head ("the ATARES framework") or its own capitalised head noun."""
    words = word_list(name)
    if head:
        # "the ATARES framework": an acronym and its kind; "the United Nations system" names no instrument.
        if not (words[-1].isupper() and len(words) == 1 or lexicon.KIND_HEADS.get(head)):
            return None
        return head if "NOUN" in word_pos(head) else None
    if len(words) < 2 or fold(name) in lexicon.COUNTRIES:
        return None
    cut = next((i for i, w in enumerate(words) if i and w.lower() in {"of", "for", "on", "at"}), len(words))
    if cut == len(words) == 2 and _NUMBERED.fullmatch(words[1]):
        cut = 1  # "Protocol II", "Annex 3": a numbered part of an instrument, its kind before the number
    genus = words[cut - 1]
    if not genus[:1].isupper() or genus.isupper() or any(ch.isdigit() for ch in genus):
        return None
    genus = genus.lower()
    return genus if "NOUN" in word_pos(genus) and genus not in STOPWORDS else None


def _main_clause(clause: str) -> str | None:
    """The clause up to a second statement, when it has its own subject and verb and leans on nothing before it."""
    clause = _cut_predicate(clause)
    second = next((m for m in _SECOND_NAMED_CLAUSE.finditer(clause)
                   if (finite_verb(m["verb"]) if m["verb"] else "and" in m.group(0))), None)
    if second:
        clause = clause[: second.start()]
    second = next((m for m in _SECOND_COMMON_CLAUSE.finditer(clause) if finite_verb(m["verb"])), None)
    if second:
        clause = clause[: second.start()]
    words = word_list(clause)
    if PRONOUN_START.match(clause) or _COUNTED_BEFORE.match(clause) or not any(w.islower() and (finite_verb(w) or w in _AUXILIARIES) for w in words[1:]):
        return None
    return None if has_anaphora(clause) else clause


# "the two sides shared ...", "both parties agreed ...": a set the text counted out before.
_COUNTED_BEFORE = re.compile(r"^(?:the\s+(?:two|three|four|five|six)|both)\b", re.I)
_AUXILIARIES = frozenset("is are was were has have had can could may might must will would shall should".split())


def find_governing_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Under the X Convention, a coastal state has ..." -> "A convention under which a coastal state has ...".

    A named treaty, framework or mechanism that opens a sentence after
    "Under" or "Through" is what the main clause happens under: its head
    noun is the genus and the clause, joined by "under/through which", the
    differentia.  A time ("Under the X Dynasty"), a country, a person (no
    head noun) and a clause that leans on earlier sentences are left alone.
    """
    named = _UNDER_A_KIND_NAMED.match(sentence.strip())
    bold = _UNDER_A_BOLD_MODEL.match(sentence.strip())
    if named or bold and (bold["quoted"] or bold["name"].lower() in {b.lower() for b in context.document.emphasis}):
        return _kind_named(section, sentence, named or bold)
    match = _UNDER_THE_NAME.match(sentence.strip())
    if not match or sentence.rstrip().endswith(":"):
        return []  # "Under Article I, each party undertakes never to:": the clause goes on in a list
    name, head = match["name"], match["head"]
    if head and (not lexicon.KIND_HEADS.get(head) and "NOUN" not in word_pos(head)):
        return []
    genus = _genus(name, head)
    if genus is None or genus in _TIME_HEADS or name in context.acronyms and not head:
        return []
    aside, clause = "", match["clause"]
    if match["aside"] and is_participle(match["participle"]):
        aside = f", {match['aside']},"
    elif match["aside"]:
        clause = f"{match['aside']}, {clause}"  # "a coastal state has rights ..., which can extend ...": no aside
    clause = _main_clause(clause)
    if clause is None:
        return []
    term = f"{name} {head}" if head else name
    definition = finish_definition(f"{rephrase.article(genus)} {genus}{aside} {match['prep'].lower()} which {clause}")
    if definition is None:
        return []
    aliases = {match["acronym"]} if match["acronym"] else set()
    kind = lexicon.KIND_HEADS.get(genus) or TermKind.DEFINED
    return [Candidate(term, definition, kind, section, sentence, CONFIDENCE, "named", aliases)]


def _kind_named(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"Under the arrangement known as X, France ... supplied ..." -> "An arrangement under which France ..."."""
    kind = match["kind"]
    head = kind.split()[-1]
    if "NOUN" not in word_pos(head) or head in STOPWORDS or head in _TIME_HEADS or singular(head) != head:
        return []
    clause = _main_clause(match["clause"])
    if clause is None:
        return []
    definition = finish_definition(f"{rephrase.article(kind)} {kind} {match['prep'].lower()} which {clause}")
    if definition is None:
        return []
    # 'the "no-undercut" policy': quotes mark a coined modifier, the kind completes the term; bold marks the term.
    quoted = match.groupdict().get("quoted")
    term, aliases = (f"{match['name']} {kind}", {match["name"]}) if quoted else (match["name"], set())
    return [Candidate(term, definition, lexicon.KIND_HEADS.get(head) or TermKind.DEFINED, section, sentence,
                      CONFIDENCE, "named", aliases)]


GOVERNING_NAME = RULES.register(Rule(
    name="governing_name", priority=87, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_governing_names,
    examples=(
        finds("# Seas\n\nUnder the Harbour Safety Convention, every port keeps a list of the ships in its waters.\n",
              "Harbour Safety Convention"),
        finds("# Seas\n\nThrough the Coastal Rescue Mechanism, created in 2001, a port hit by a storm can request "
              "help.\n", "Coastal Rescue Mechanism"),
        misses("# Seas\n\nUnder the Tokugawa Dynasty, ports were closed to most foreign ships.\n", "Tokugawa Dynasty"),
        finds("# Seas\n\nUnder the scheme known as Safe Harbour, ports share the cost of one rescue tug.\n",
              "Safe Harbour"),
        misses("# Seas\n\nUnder the period known as the Long Peace, ports grew rich.\n", "Long Peace"),
        finds("# Seas\n\nUnder the **lead port** model, one harbour runs the shared tugs for its neighbours.\n",
              "lead port"),
        misses("# Seas\n\nUnder the tax system, every port pays a share of the tug costs.\n", "tax"),
        misses("# Seas\n\nUnder the Harbour Safety Convention, they keep a list of the ships in these waters.\n",
               "Harbour Safety Convention"),
    ),
))
