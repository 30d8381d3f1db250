"""Named bodies and instruments told by their founding: "The X Regime was established in 1987 by seven countries to
limit ...", "The X initiative, launched in 2014 by A, B and C, coordinates ...", "Since 1981, the X programme has
trained ...".

Essays on cooperation introduce a programme, a regime or a centre by when and by whom it was set up, and then say
what it is for ("to limit the spread of missiles") or what it does.  The named-subject rule reads a name followed
directly by its verb, or by one short comma aside; these sentences put the founding first, as the verb itself ("was
established ... to ...") or as a long aside holding a list of founders ("launched in 2014 by A, B, C and D, and
later joined by E and F,"), or open with "Since 1981," or "In <place>,", or make the name the object of the founding ("a group of farmers founded the X Circle to
record ...", "the ports launched the X Partnership in 2004, bringing ..."; ``named`` reads "launched a X, ...").
The same long aside may tell where the body
sits, when it was opened or what it was called before ("the X Regiment at Lakeport, known until 2018 as the Y,
trains ...", "the X Command, inaugurated at Z on 1 May 2010 by A, B and C, takes ..."): it is left out as well.  Only a name whose founding sentence also
says what it was made for, or what it does, is proposed: a date and a founder alone say nothing of what it is.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import finite_verb, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.named_subjects import NAMED_SUBJECT_CONFIDENCE, find_named_subjects
from lessontext.glossary.rules.subjects import _PRONOUN, _cut_predicate
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, word_pos

# A body set up for a stated purpose is as sure as one told by what it does.
FOUNDED_CONFIDENCE = NAMED_SUBJECT_CONFIDENCE

# "In Pakistan, ", "Since 1981, ", "Within the alliance, ": where or since when, before the name.
_OPENER = r"(?:(?:In|On|Within|Across|Since)\s+(?!(?:the\s+)?(?:same|following|next|end|early|late|mid)\b)[^,]{2,40},\s+)?"
# "the Missile Technology Control Regime", "a National Command and Operation Centre", "the 2011 Agreement on ...":
# a capitalised name after an article, its lower-case kind ("initiative") and its acronym in brackets.
_NAME = (r"(?P<det>[Tt]he|[Aa]n?)\s+(?:\d{4}\s+)?"
         r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in|against|at)\s+)*[A-Z][\w-]*){1,9})"
         r"(?:\s+(?P<head>[a-z]+))?(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?")
# "..., known as ISMERLO, was established ...": the short name the text gives, as an aside.
_ALIAS = r"(?:,\s+(?:(?:usually|commonly|often|also)\s+)?(?:known\s+as|or)\s+(?P<alias>[A-Z][A-Za-z-]{1,9}),)?"
_FOUNDING_VERBS = r"(?:established|created|founded|formed|launched|set\s+up|introduced)"
# "... was established in 1987 by seven countries to limit the spread of ...": made, and what for.
# "In Pakistan, a National ... Centre was established ...": where it was set up belongs in its definition.
_PLACE_OPENER = r"(?:In\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s+)?"
_FOUNDED_TO = re.compile(
    r"^(?:" + _PLACE_OPENER + "|" + _OPENER + ")" + _NAME + _ALIAS + r"\s+(?:is|was|were|are)\s+(?P<how>" + _FOUNDING_VERBS +
    r"(?:\s+(?:in|by|at|under|within|during)\s+[^;(),]{2,120}?)?)\s+(?:in\s+order\s+)?to\s+(?P<purpose>[a-z]+\s+[^;()]+?)\.?$")
# "In 1976 a group of farmers founded the Valley Seed Circle to record ...": the founding verb active, the name its
# object, then what it was made for.
_FOUNDED_OBJECT_TO = re.compile(
    r"\b(?P<verb>" + _FOUNDING_VERBS + r")\s+(?:the|an?)\s+(?:new\s+)?(?P<object>[A-Z][^,;()]*?)"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?(?P<year>\s+in\s+\d{4})?\s+(?:in\s+order\s+)?to\s+"
    r"(?P<purpose>[a-z]+\s+[^;()]+?)\.?$")
_OBJECT_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in|against|at)\s+)*[A-Z][\w-]*){1,9})$")
# "The Harbour Safety Agency (HSA) was established in 2004 as an agency of the Union.", "The HSA was created by the
# Treaty of Vardby in 1975 as an organisation for ...": made, and as what; the "as" phrase is the genus.  The name
# may be its acronym alone, as a text writes it after spelling it out once.
_FOUNDED_AS = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in|against|at)\s+)*[A-Z][\w-]*){0,9})"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?\s+(?:was|were)\s+(?P<how>" + _FOUNDING_VERBS +
    r"(?:\s+(?:in|by|at|on|under|within)\s+[^;(),]{2,80}?)?)\s+as\s+(?P<genus>(?:an?)\s+[a-z][^;()]+?)\.?$")
# Below the named rule's own reading of the same sentence, which keeps a named founder ("A press founded by Aldus
# Manutius in 1494 to print ..."); this one stands when the founders are no name ("a group of farmers").
FOUNDED_OBJECT_CONFIDENCE = 0.66
# "... to do the work", "... to be a forum": a light verb says nothing of what the body is for.
_LIGHT_PURPOSE = frozenset("do be have get make".split())
# "The X initiative, launched in 2014 by A, B and C, coordinates ...": the aside says when; the verb after it, what.
# "The X Regiment at Lakeport in Westshire, ...": where a body sits, between its name and the aside.
_SEAT = r"(?:\s+(?:at|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?"
# "... Regiment at Lakeport in Westshire": the seat the name ran into, left out of the subject.
_SEAT_IN_NAME = re.compile(r"\s+at\s+(?=[A-Z])")
_FOUNDING_ASIDE = re.compile(
    r"^" + _OPENER + r"(?P<subject>" + _NAME + r")" + _SEAT + r",\s+(?:first\s+|formally\s+|officially\s+)?(?:"
    + _FOUNDING_VERBS + r"|held|adopted|signed|opened\s+for\s+signature|approved|inaugurated|opened|based|"
    r"headquartered|headed|chaired|hosted|known\s+(?:until|before|since|from)\s+\d{4}\s+as|renamed|accredited)\b")
# A cheap look for a founding verb before the long patterns are tried.
_ANY_FOUNDING = re.compile(r"\b(?:established|created|founded|formed|launched|set up|introduced|held|adopted|signed"
                           r"|opened|approved|inaugurated|based|headquartered|headed|chaired|hosted|known|renamed"
                           r"|accredited)\b")
# "Since 1981, the X programme in Texas has trained ...": an ongoing work, told in the perfect.
_SINCE_OPENER = re.compile(r"^Since\s+(?:\d{4}|the\s+\d{4}s)\s*,\s+(?P<det>the)\s+(?=[A-Z])")
# "... to supervise the truce and still operates today", ", and it ...": a second predicate, not the purpose.
_LATER_PREDICATE = re.compile(r"\s+and\s+(?=(?:still|now|later|also|has|have|is|was|it|they)\b)|,\s+(?:but|although|though|which)\s")
_MAX_DEFINITION_WORDS = 32
# ", and exercises such as Y give ...": a second main clause with its own subject.
_AND_CLAUSE = re.compile(r",\s+and\s+(?P<first>[a-z]+)\b")
_CLAUSE_VERB_REACH = 10


def _stands_alone(definition: str | None) -> bool:
    """A rebuilt definition that reads without the sentences around it and is short enough to learn."""
    return bool(definition) and not has_anaphora(definition) and not _PRONOUN.search(definition) and len(
        definition.split()) <= _MAX_DEFINITION_WORDS


def _first_clause(text: str) -> str:
    """``text`` up to ", and" when what follows has its own subject and verb (not a second predicate)."""
    for match in _AND_CLAUSE.finditer(text):
        first = match.group("first")
        if first in {"has", "have", "is", "are", "was", "were"} or "NOUN" not in word_pos(first):
            continue
        # "and exercises such as Y give ...": a plural subject and its own plural verb further on.
        words = [w.strip(",.") for w in text[match.end("first"):].split()[:_CLAUSE_VERB_REACH]]
        if any(finite_verb(w, plural=True) and not finite_verb(w, plural=False) for w in words if w.islower()):
            return text[: match.start()] + "."
    return text


def _genus(name: str, head: str | None) -> str | None:
    """The kind of thing a name names: its lower-case kind ("initiative"), else its own head word ("Regime")."""
    if head:
        return head if head in lexicon.KIND_HEADS or "NOUN" in word_pos(head) and head not in STOPWORDS else None
    words = word_list(name)
    before_of = words[: next((i for i, w in enumerate(words) if w.lower() in {"of", "for", "on", "against"}), len(words))]
    genus = before_of[-1].lower() if before_of else ""
    if not genus or genus in STOPWORDS or "NOUN" not in word_pos(genus) or before_of[-1].isupper():
        return None
    return genus


def _founded_to(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    name, head = match.group("name"), match.group("head")
    if head and head in {"was", "were", "is", "are"}:
        head = None
    genus = _genus(name, head)
    if genus is None or fold(name) in lexicon.COUNTRIES:
        return []
    if singular(genus) != genus:
        return []  # "The X Games were founded to ...": a plural name reads badly as "A games ..."
    if "VERB" not in word_pos(match.group("purpose").split()[0]):
        return []  # "created in 1974, after a test showed that ... could contribute to a programme": no purpose
    how = " ".join(match.group("how").split())
    if match.group("place"):
        verb = re.match(_FOUNDING_VERBS, how)
        how = f"{how[:verb.end()]} in {match.group('place')}{how[verb.end():]}"
    purpose = _LATER_PREDICATE.split(_cut_predicate(match.group("purpose")), maxsplit=1)[0]
    definition = finish_definition(f"{rephrase.article(genus)} {genus} {how} to {purpose}")
    if not _stands_alone(definition):
        return []
    term = f"{name} {head}" if head else name
    aliases = {a for a in (match.group("acronym"), match.group("alias")) if a}
    kind = lexicon.KIND_HEADS.get(genus) or TermKind.DEFINED
    return [Candidate(term, definition, kind, section, sentence, FOUNDED_CONFIDENCE, "named", aliases)]


def _founded_as(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"The HSA was established in 2004 as an agency of the Union" -> "An agency of the Union established in 2004"."""
    name = match.group("name")
    single = " " not in name
    if fold(name) in lexicon.COUNTRIES or (single and not (name.isupper() and len(name) >= 2)):
        return []  # one word that is not an acronym ("Sweden was founded as ..."): a place or a people
    genus = _LATER_PREDICATE.split(_cut_predicate(match.group("genus")), maxsplit=1)[0]
    head = genus.split()[1].strip(",.") if len(genus.split()) > 1 else ""
    if "NOUN" not in word_pos(head) and head not in lexicon.KIND_HEADS:
        return []  # "as a result", "as an independent ...": not a genus
    if head in {"result", "part", "way", "means", "response", "reaction", "consequence"}:
        return []
    how = " ".join(match.group("how").split())
    definition = finish_definition(f"{genus} {how}")
    if not _stands_alone(definition):
        return []
    aliases = {match.group("acronym")} if match.group("acronym") else set()
    kind = lexicon.KIND_HEADS.get(head) or TermKind.DEFINED
    return [Candidate(name, definition, kind, section, sentence, FOUNDED_CONFIDENCE, "named", aliases)]


def _founded_object_to(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"... founded the Valley Seed Circle to record old grain varieties" -> "A circle founded to record ..."."""
    named = _OBJECT_NAME.fullmatch(match.group("object"))
    if named is None or match.group("purpose").split()[0] in _LIGHT_PURPOSE:
        return []
    name = named.group("name")
    genus = _genus(name, None)
    if (genus is None or singular(genus) != genus or fold(name) in lexicon.COUNTRIES
            or "VERB" not in word_pos(match.group("purpose").split()[0])):
        return []
    how = " ".join(match.group("verb").split()) + (match.group("year") or "")
    purpose = _LATER_PREDICATE.split(_cut_predicate(match.group("purpose")), maxsplit=1)[0]
    definition = finish_definition(f"{rephrase.article(genus)} {genus} {how} to {purpose}")
    if not _stands_alone(definition):
        return []
    aliases = {match.group("acronym")} if match.group("acronym") else set()
    kind = lexicon.KIND_HEADS.get(genus) or TermKind.DEFINED
    return [Candidate(name, definition, kind, section, sentence, FOUNDED_OBJECT_CONFIDENCE, "named", aliases)]


# "The Harbour Board launched the Clean Ports Partnership in 2004, bringing ...", "In 2002 the ports set up the
# Harbour Partnership, pledging ...": a founder, the name its object, when or where, then what the body does.
# (``named`` reads "... founded a X, bringing ...", a thing new in the sentence.)
_FOUNDED_OBJECT_DOING = re.compile(
    r"^" + _OPENER + r"(?:In\s+(?P<year>(?:[A-Z][a-z]+\s+)?\d{4})\s+)?(?P<agent>(?:[Tt]he\s+)?[A-Z][^,;]{2,80}?)\s+"
    r"(?P<verb>" + _FOUNDING_VERBS + r")\s+(?:the|his|her|its|their)\s+(?:new\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in|against|at)\s+)*[A-Z][\w'’-]*){0,9})(?:\s+(?P<head>[a-z]+))?"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?"
    r"(?P<when>(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+){0,2}\d{4}|\s+(?:in|at|within)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}){0,3}),\s+(?P<doing>(?!including\b|during\b|according\b|following\b)[a-z]+ing\s[^;]+?)\.?$")


def _founded_object_doing(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"The Harbour Board launched the Clean Ports Partnership in 2004, bringing ports and shipowners together ..." ->
    "A partnership launched by the Harbour Board in 2004, bringing ports and shipowners together ..."."""
    name, head = match.group("name"), match.group("head")
    genus = _genus(name, head) if head or " " in name else None
    if genus is None or singular(genus) != genus or fold(name) in lexicon.COUNTRIES:
        return []
    agent = match.group("agent")
    if len(word_list(agent)) > 8 or any(w.islower() and finite_verb(w) and "NOUN" not in word_pos(w)
                                        for w in word_list(agent)):
        return []  # "The United Kingdom ratified the Convention and then set up ...": a clause, not a founder
    agent = "the" + agent[3:] if agent.startswith("The ") else agent
    when = match.group("when")
    if match.group("year") and not any(c.isdigit() for c in when):
        when += f" in {match.group('year')}"
    doing = _LATER_PREDICATE.split(_first_clause(match.group("doing")), maxsplit=1)[0].rstrip(".")
    definition = finish_definition(f"{rephrase.article(genus)} {genus} {match.group('verb')} by {agent}{when}, {doing}")
    if not _stands_alone(definition):
        return []
    kind = lexicon.KIND_HEADS.get(genus) or TermKind.DEFINED
    return [Candidate(f"{name} {head}" if head else name, definition, kind, section, sentence,
                      FOUNDED_OBJECT_CONFIDENCE, "named", {match.group("acronym")} if match.group("acronym") else set())]


def _without_founding_aside(sentence: str, match: re.Match[str]) -> str | None:
    """"The X, launched in 2014 by A, B and C, coordinates ..." -> "The X coordinates ...": the aside left out.

    The aside ends at the first comma followed by a finite verb (the
    sentence's own verb); its commas inside a list of founders do not.  A
    seat after the name ("the X Regiment at Lakeport in Westshire, known
    until 2018 as ..., trains ...") is left out with the aside.
    """
    subject = match.group("subject")
    tail = sentence[match.end("subject"):]
    for comma in re.finditer(r",\s+(?:which\s+)?(?P<verb>[a-z]+)\b", tail):
        verb = comma.group("verb")
        if comma.start() == 0:
            continue
        if verb in {"does", "do", "did", "is", "are", "was", "were"}:
            return None  # "The X, created in 1923, does comparable work ...": the verb after the aside says too little
        if verb in {"has", "have"} or finite_verb(verb) or finite_verb(verb, plural=True):
            rest = tail[comma.start("verb"):]
            name = _SEAT_IN_NAME.split(subject.split(None, 1)[1], maxsplit=1)[0]  # "the X Regiment at Lakeport"
            return f"The {name} {rest}"
    return None


def find_founded(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The X Regime was established in 1987 by seven countries to limit ..." -> "A regime established in 1987 ...".

    A capitalised name after "the" or "a" (programmes, regimes, centres)
    whose sentence says it was set up, and what for, is defined by that
    founding and its purpose; the name's head word ("Regime", "Centre") or
    its lower-case kind ("initiative") is the genus.  A name whose founding
    is a long comma aside, or whose sentence opens with "Since 1981,", is
    read as the named-subject rule reads the same sentence without them.
    """
    text = sentence.strip()
    if text.startswith("Since "):
        since = _SINCE_OPENER.match(text)
        return find_named_subjects(section, _first_clause("The " + text[since.end():]), context) if since else []
    if not _ANY_FOUNDING.search(text):
        return []  # most sentences: no founding verb, nothing for the long patterns to read
    founded = _FOUNDED_TO.match(text)
    if founded:
        return _founded_to(section, sentence, founded)
    founded_as = _FOUNDED_AS.match(text)
    if founded_as:
        return _founded_as(section, sentence, founded_as)
    aside = _FOUNDING_ASIDE.match(text)
    if aside:
        if find_named_subjects(section, sentence, context):
            return []  # a short aside the named-subject rule reads itself ("signed by A and B in 1972,")
        plain = _without_founding_aside(text, aside)
        return find_named_subjects(section, _first_clause(plain), context) if plain else []
    founded_object = _FOUNDED_OBJECT_TO.search(text)
    if founded_object:
        return _founded_object_to(section, sentence, founded_object)
    doing = _FOUNDED_OBJECT_DOING.match(text)
    return _founded_object_doing(section, sentence, doing) if doing else []


FOUNDED = RULES.register(Rule(
    name="founded_name", priority=85, scope=Scope.SENTENCE, confidence=FOUNDED_CONFIDENCE,
    find=find_founded,
    examples=(
        finds("# Seas\n\nThe Harbour Safety Regime was established in 1987 by seven countries to limit the spread "
              "of unsafe ships.\n", "Harbour Safety Regime"),
        finds("# Seas\n\nIn Ruritania, a National Harbour Centre was set up in 2020 to bring together ports, "
              "ministries and coast guards.\n", "National Harbour Centre"),
        finds("# Seas\n\nThe Harbour Watch initiative, launched in 2014 by Ruritania, Freedonia and Arcadia and "
              "later joined by others, coordinates how ports report unsafe ships.\n", "Harbour Watch initiative"),
        finds("# Seas\n\nSince 1981, the Harbour Pilot Training programme in Arcadia has trained pilots from "
              "many nations under a shared syllabus.\n", "Harbour Pilot Training programme"),
        finds("# Seas\n\nOn the island, the Harbour Observer Force was created in 1974 by a council resolution to "
              "supervise the truce between the two ports, which set out a zone of separation and areas where ships are "
              "limited.\n", "Harbour Observer Force"),
        misses("# Seas\n\nThe Harbour Safety Group was created in 1974, after a collision showed that ports "
               "needed rules.\n", "Harbour Safety Group"),
        misses("# Seas\n\nThe Harbour Safety Regime was established in 1987 to help them limit unsafe ships.\n",
               "Harbour Safety Regime"),
        misses("# Seas\n\nThe Harbour Board, created in 1923, does similar work for Ruritania, and the Port Trust, "
               "founded in 1919, cares for the old docks.\n", "Harbour Board"),
        misses("# Seas\n\nThe Harbour Fleet, launched in 2016 by Ruritania and Freedonia and later joined by "
               "Arcadia.\n", "Harbour Fleet"),
        finds("# Seas\n\nIn Arcadia, the Harbour Pilot Regiment at Port Vale in Westshire, opened in 1990 by Ruritania, "
              "Freedonia and Arcadia, trains pilots for all three fleets.\n", "Harbour Pilot Regiment"),
        finds("# Seas\n\nThe Northern Tug Command, inaugurated at Port Vale on 1 May 2010 by Ruritania, Freedonia and "
              "Arcadia, and later joined by Ostland, assigns tugs to every large ship that enters the strait.\n",
              "Northern Tug Command"),
        misses("# Seas\n\nThe Northern Tug Command, inaugurated at Port Vale on 1 May 2010, was a success.\n",
               "Northern Tug Command"),
        finds("# Seas\n\nThe Harbour Safety Agency (HSA) was established in 2004 as an agency of the Union that "
              "inspects ships in every port.\n", "Harbour Safety Agency"),
        finds("# Seas\n\nThe HSA was created by the Treaty of Vardby in 1975 as an organisation for harbour "
              "cooperation.\n", "HSA"),
        misses("# Seas\n\nArcadia was founded in 1801 as a colony of traders.\n", "Arcadia"),
        misses("# Seas\n\nThe Harbour Board was created in 1923 as a result of the storm.\n", "Harbour Board"),
        finds("# Seeds\n\nIn May 1976 a group of farmers founded the Valley Seed Circle to record the old grain "
              "varieties of the region.\n", "Valley Seed Circle"),
        misses("# Seeds\n\nThe ministry created a new Seed Inspection Agency in 1988 to do the work.\n",
               "Seed Inspection Agency"),
        misses("# Seeds\n\nThe farmers founded the Valley Seed Circle to help them record what they grew.\n",
               "Valley Seed Circle"),
        finds("# Seas\n\nThe Harbour Board launched the Clean Ports Partnership in 2004, bringing ports and shipowners "
              "together on cleaner fuels.\n", "Clean Ports Partnership"),
        finds("# Seas\n\nIn 2002 the port cities launched the Partnership Against Oil Spills at Sea, pledging ships and "
              "crews for joint clean-ups.\n", "Partnership Against Oil Spills at Sea"),
        misses("# Seas\n\nArcadia ratified the accord in 2017 and then set up the Harbour Safety Unit within the Navy, "
               "drawing on reservists with long service at sea.\n", "Harbour Safety Unit"),
        misses("# Seas\n\nIn 1992 six groups launched the Clean Seas Campaign (CSC), coordinated by Ana Silva.\n",
               "Clean Seas Campaign"),
    ),
))
