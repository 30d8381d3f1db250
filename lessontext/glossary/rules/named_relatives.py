"""Names of instruments and bodies explained by a relative or participle aside in mid-sentence: "... the Treaty of
Kanagawa, opening two ports to American ships", "... issued the Charter Oath, which promised that ...".

The named-subject rule reads a name that opens its sentence ("The X Accord commits ..."); a history or policy text
as often names the treaty, act or body as an object and says what it does in the aside after it.  The name's own
head word ("Treaty", "Act", "Edict") is the genus; an aside that only dates it ("which began in 1618") or leans on
the sentences before is no explanation.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import (
    PREPOSITIONS,
    PRONOUN_START,
    after_another_noun,
    finite_verb,
    has_anaphora,
    plural_head,
    predicate_of,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.subjects import _cut_predicate, _explains
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, first_clause, fold, word_pos

# A name explained by one aside: a little less sure than the named rule, which reads all it is told of the name.
CONFIDENCE = 0.6

# "the Treaty of Kanagawa", "the Act of Supremacy (AoS) in 1534", "the Charter Oath": "the", a capitalised name
# (with "of", "on", "the" inside), a year or acronym after it, then the comma of the aside.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_NAME_THEN_ASIDE = re.compile(
    rf"(?:^|\s)the\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|the|and)\s+)*(?!{_MONTH}\b)[A-Z][\w'’-]*){{0,6}})"
    # "the Treaty of Berlin of April 1926": a day and a month before the year date it too.
    rf"(?:\s+\((?P<acronym>[A-Z]{{2,}}s?)\))?(?:\s+(?:of|in)\s+(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?P<year>\d{{4}}))?,\s+"
    r"(?:(?P<rel>which|that)\s+(?P<predicate>[a-z][^;]+)|(?P<participle>[a-z]+ing)\s+(?P<object>[^;]+)"
    # "the Act of Chapultepec of 1945, in which the American republics had declared ...": a clause with its own
    # subject, told as what happens in or under the instrument.
    r"|(?P<prep>in|under|by)\s+which\s+(?P<clause>[^;]+))"
)
# "... runs a Foreign Study Program that pays ...": "a" introduces a name the reader has not met, and a restrictive
# "that" clause says what it does (no comma: the clause is part of the introduction).
_INTRODUCED_NAME = re.compile(
    r"(?:^|\s)an?\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|the|and)\s+)*[A-Z][\w'’-]*){1,6})"
    r"(?:\s+\((?P<acronym>[A-Z]{2,}s?)\))?(?P<year>(?!))?\s+(?P<rel>that)\s+(?P<predicate>[a-z][^;]+)"
)
# "..., and it keeps an office ...": a second main clause with its own subject ends the relative clause.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:it|they|he|she|its|their|this|these|the)\s)")
# Heads of written instruments and standing bodies, beyond the kinds named elsewhere ("treaty", "act", "council").
_INSTRUMENT_HEADS = frozenset("edict charter oath constitution code decree statute bill law doctrine charter "
                              "covenant resolution concordat compact".split())
# "which began in 1618", "which lasted until 1648", "which took place in Paris": when or where, not what.
_WHEN_OR_WHERE_ONLY = re.compile(
    r"^(?:began|begun|ended|lasted|took place|happened|started|followed|came|was (?:signed|held|founded|issued)"
    r"|were (?:signed|held))\b(?:\s+(?:in|on|at|from|until|after|before|between|during)\s+[^,]*)?$")
_MIN_PREDICATE_WORDS = 3
# "signed the Treaty of X, opening two ports": a participle after a name just made or agreed tells what the name does.
_MAKING_VERBS = frozenset("signed passed issued established created adopted founded launched introduced concluded "
                          "agreed enacted ratified set formed".split())
# "..., where attacks have often included ...": a later aside about something the predicate named.
_LATER_ASIDE = re.compile(r",\s+(?:where|when|which|who|whose)\b")
# "the X Declaration of March 1991, which envisaged ..., soon faded": the sentence's own verb resumes after the aside.
_RESUMED_MAIN_VERB = re.compile(r",\s+(?:(?:soon|later|never|also|then|eventually|quickly|[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b")


def _before_resumed_verb(clause: str) -> str:
    """The relative clause up to the comma after which the sentence's main verb resumes."""
    resumed = next((m for m in _RESUMED_MAIN_VERB.finditer(clause) if finite_verb(m["verb"])
                    and m["verb"] not in {"and", "but", "or"}), None)
    return clause[: resumed.start()] if resumed else clause


# "which promised that ...", "which declared that ...": what an instrument says is what it is (not a reported claim).
_STATES_THAT = re.compile(r"^(?:promised|declared|guaranteed|proclaimed|required|ruled|stated)\s+that\s+\S")


def _governed_clause(clause: str) -> bool:
    """"each state promised neutrality if the other were attacked": a subject and a finite verb, leaning on nothing
    told before ("they agreed ...", "the two sides shared ...")."""
    words = clause.split()
    if len(words) < _MIN_PREDICATE_WORDS or PRONOUN_START.match(clause) or has_anaphora(clause):
        return False
    if re.match(r"^(?:the\s+(?:two|three|four|five|six)|both)\b", clause, re.I):
        return False
    return any(finite_verb(w) or w in {"is", "are", "was", "were", "had", "has", "have", "would", "could", "may",
                                         "might", "must", "should", "can", "will"} for w in words[1:6])


def find_named_relatives(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... signed the Treaty of Kanagawa, opening two ports to American ships" -> "A treaty opening two ports to
    American ships"; "... the Charter Oath, which promised that ..." -> "An oath that promised that ...".

    Only a name whose first head word is a kind of instrument or body
    (:data:`lexicon.KIND_HEADS`, or an edict, charter, oath, constitution,
    code) counts: people, places and events are told, not defined, this way.
    """
    out = []
    for match in [*_NAME_THEN_ASIDE.finditer(sentence), *_INTRODUCED_NAME.finditer(sentence)]:
        if match.start() == 0:
            continue  # "The X Accord, which ...": the named-subject rules read a name that opens the sentence
        if sentence[: match.start()].split()[-1:] == ["of"]:
            continue  # "Article 9 of the X Charter, which recognises ...": the clause may tell of the article
        if (match.group("rel") or match.groupdict().get("prep")) and after_another_noun(sentence[: match.start()] + " "):
            continue  # "Annex 3 to the X Convention, which governs ...": the clause may tell of the annex
        name = match.group("name")
        words = word_list(name)
        cut = next((i for i, w in enumerate(words) if w.lower() in {"of", "on", "for"}), len(words))
        genus = fold(words[cut - 1]) if cut else ""
        kind = lexicon.KIND_HEADS.get(genus)
        if not (kind or genus in _INSTRUMENT_HEADS) or len(words) < 2 or not valid_term(name, strict=False, named=True):
            continue
        if match.groupdict().get("prep"):
            predicate = _cut_predicate(_before_resumed_verb(_NEXT_CLAUSE.split(match.group("clause"), maxsplit=1)[0]))
            if not _governed_clause(predicate):
                continue
            body = f"{match.group('prep')} which {predicate}"
        elif match.group("rel"):
            predicate = _cut_predicate(_before_resumed_verb(_NEXT_CLAUSE.split(match.group("predicate"), maxsplit=1)[0]))
            first = predicate.split()[0] if predicate.split() else ""
            if not finite_verb(first) or not (_STATES_THAT.match(predicate) or _explains(predicate, singular_subject=True)):
                continue
            body = f"that {predicate}"
        else:
            made_by = sentence[: match.start()].split()[-1:]
            if not made_by or made_by[0].lower() not in _MAKING_VERBS:
                continue  # "it visited the X Forum, bringing together ...": whose act the participle tells is unclear
            predicate = first_clause(_cut_predicate(match.group("object")))
            if not finite_verb(match.group("participle")[:-3]) and not finite_verb(match.group("participle")[:-3] + "e"):
                continue
            body = f"{match.group('participle')} {predicate}"
        if _WHEN_OR_WHERE_ONLY.match(predicate) or len(word_list(predicate)) < _MIN_PREDICATE_WORDS:
            continue
        body = _LATER_ASIDE.split(body)[0]
        # "the Factory Act of 1833, which banned ..." -> "An act of 1833 that banned ...": the year dates which act.
        dated = f"{genus} of {match.group('year')}" if match.group("year") else genus
        definition = finish_definition(f"{rephrase.article(genus)} {dated} {body}")
        if not definition or has_anaphora(definition):
            continue
        aliases = {match.group("acronym")} if match.group("acronym") else set()
        out.append(Candidate(name, definition, kind or TermKind.DEFINED, section, sentence, CONFIDENCE, "named",
                             aliases))
    return out


NAMED_RELATIVE = RULES.register(Rule(
    name="named_relative", priority=75, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_named_relatives,
    examples=(
        finds("# Trade\n\nIn 1802 the two kingdoms signed the Treaty of Lorwick, opening three harbours to foreign "
              "merchants.\n", "Treaty of Lorwick"),
        finds("# Reform\n\nThat spring the council issued the Harvest Charter, which promised every farmer a fixed "
              "share of the grain.\n", "Harvest Charter"),
        finds("# Health\n\nThe ministry runs a Rural Clinic Program that pays for treatment in remote villages.\n",
              "Rural Clinic Program"),
        finds("# Health\n\nThe ministry runs a Rural Clinic Program that pays for treatment in remote villages, and it "
              "keeps an office in the capital.\n", "Rural Clinic Program"),
        misses("# Health\n\nThe ministry runs a Rural Clinic Program that began in 1990.\n", "Rural Clinic Program"),
        misses("# Trade\n\nThe tariffs are listed in Schedule 2 to the Grain Trade Convention, which sets quotas for "
               "wheat.\n", "Grain Trade Convention"),
        misses("# Wars\n\nTrade collapsed during the Long Siege War, which began in 1620.\n", "Long Siege War"),
        misses("# Travel\n\nWe stayed near the Grand Canal, which runs through the old town.\n", "Grand Canal"),
        misses("# Trade\n\nThe Treaty of Lorwick, opening three harbours to merchants, was signed in 1802.\n",
               "Treaty of Lorwick"),
    ),
))


# "Around two hundred regional lords, the daimyo, governed their own domains ...": a plural noun phrase, the term set
# beside it with "the", then what they do.
APPOSED_CONFIDENCE = 0.6
_OPENING = r"(?:In|During|By|After|Before|Under|Over|Across|Through|Throughout|Within|For)"
_NAME_BESIDE_PLURAL = re.compile(
    rf"^(?:{_OPENING}\s+[^,]{{2,40}},\s+)?(?P<np>(?!{_OPENING}\s)[^,;:()]{{3,80}}?),\s+the\s+"
    r"(?P<term>[\w'’-]+(?:\s+[\w'’-]+){0,3}),\s+(?P<rest>[a-z].+)$")
# "two hundred", "sixty", "the Navy's": counts and owners before the noun phrase's own words.
_NOT_OF_THE_GENUS = re.compile(r"^(?:[a-z]+|\d[\d,]*)$")
_MAX_GENUS_WORDS = 3
_THEIR = re.compile(r"\btheir\b")


def _plural_genus(np: str) -> str | None:
    """"Around two hundred and sixty regional lords" -> "regional lords": the head and the modifiers before it."""
    words = word_list(np)
    kept: list[str] = []
    for word in reversed(words):
        lw = word.lower()
        if len(kept) == _MAX_GENUS_WORDS or lw in STOPWORDS or word.endswith(("'s", "’s")) or not word.islower() \
                or lw in _NUMBER_WORDS:
            break
        kept.insert(0, word)
    if not kept or not plural_head(" ".join(kept)) or "NOUN" not in word_pos(kept[-1]):
        return None
    if len(words) > len(kept) and words[-len(kept) - 1].lower() in PREPOSITIONS | {"of"}:
        return None  # "the link with criminal gangs, the yakuza, kept ...": the link did it, not the gangs (test-ek)
    return " ".join(kept)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "sixty seventy eighty ninety hundred hundreds thousand thousands several many some few "
                          "around about".split())


def find_names_beside_plurals(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Around two hundred and sixty regional lords, the daimyo, governed their own domains ..." -> daimyo: "Regional
    lords that governed their own domains ...".

    The author names a group the sentence introduces by its common noun
    phrase; what the group does, after the name, says what the name means.
    """
    match = _NAME_BESIDE_PLURAL.match(sentence.strip())
    if not match:
        return []
    genus = _plural_genus(match.group("np"))
    term = match.group("term")
    predicate = predicate_of(match.group("rest"), plural=True)
    if not genus or not predicate or not valid_term(term, strict=False, named=True):
        return []
    predicate = _LATER_ASIDE.split(_cut_predicate(predicate))[0]
    # "governed their own domains": after a plural subject, "their" is the group's own.
    if (not _explains(_THEIR.sub("", predicate)) or len(word_list(predicate)) < _MIN_PREDICATE_WORDS
            or fold(term) in fold(genus)):
        return []
    definition = finish_definition(f"{genus} that {predicate}")
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, APPOSED_CONFIDENCE, "pattern")]


NAME_BESIDE_PLURAL = RULES.register(Rule(
    name="name_beside_plural", priority=74, scope=Scope.SENTENCE, confidence=APPOSED_CONFIDENCE,
    find=find_names_beside_plurals,
    examples=(
        misses("# Reefs\n\nOver generations, the shells of countless snails, pressed together with mud, build up a bank.\n",
               "shells of countless snails"),  # test-cv: an opening phrase is no group the name stands beside
        finds("# Guilds\n\nSome forty master weavers, the aldermen, set the price of cloth in every market.\n",
              "aldermen"),
        misses("# Guilds\n\nSome forty master weavers, the aldermen, had been there.\n", "aldermen"),
        misses("# Guilds\n\nYet the quarrel with foreign weavers, the Flemings, kept wages low in every town.\n",
               "Flemings"),  # test-ek: the quarrel kept them low, not the weavers
        misses("# Guilds\n\nThe master weaver, the alderman, set the price of cloth in every market.\n", "alderman"),
    ),
))
