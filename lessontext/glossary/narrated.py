"""Gates on rebuilt definitions that narrate rather than define, registered after the clause gates.

When a text never writes "X is a Y that ...", several rules rebuild a definition from the sentence whose subject
is the term: "The Council took a decisive step after the attacks of 2001" becomes "A council that took a decisive
step ...". Blind raters reject these as context, not definition, when the sentence tells what the term did once:

* ``dated_event``: "A community that deployed a mission ... in 2021", "A railway that opened in 1825", "A union
  that had long resisted foreign inspectors": a past act done to an object with a date, or the past perfect
  ("had" + participle), tells an event in the term's history, not what it is; so does the passive past of its
  origin with a date or a named maker ("A scale that was devised by the astronomer Anders Celsius in 1742") when
  nothing says what it is for or does. A characterising present tense
  ("A treaty that sets standards"), a law's content told in the past without a date ("A law that created a national army") and a state ("has been adjusted") stay;
* ``agent_people``: "Geographers: Things that describe maps ...", "Restoration ecologists: Ecologists that use
  knowledge ...": people named by their field (-ists, -ians, -ographers) with an empty genus ("Things") or their own head as genus are the sentence's actors, not
  a term the text defines;
* ``count_fact``: "A skeleton that usually has 206 bones", "A human that has roughly five litres of blood": a
  hedged count of what the thing has is a fact about it, not what it is (a plain defining count stays: "A market
  that has only one seller");
* ``origin_fragment``: "Established by a former soldier.", "Concluded at the same time.": no genus, only who made
  or chairs the thing, or when; a fragment that says nothing of what it is.  A name given only its kind and its
  maker or date ("Harbour Reform Act: An act passed by Parliament in 1848.", "River Trust: A trust set up by the
  council.") says no more: the kind is the name's own last word, the rest is its history.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lemminflect import getAllLemmas, getInflection

from lessontext.glossary.candidate import Term
from lessontext.glossary.gate import Gate
from lessontext.glossary.gate import register as _register
from lessontext.semantics import specificity, zipf
from lessontext.words import singular

__all__ = ["AGENT_PEOPLE", "COUNT_FACT", "DATED_EVENT", "GIVEN_QUANTITY", "ORIGIN_FRAGMENT", "agent_people", "count_fact",
           "dated_event", "given_quantity", "origin_fragment", "past_everyday_subject", "plain_instance", "told_instance"]

_IRREGULAR_PAST = (r"took|had|made|became|began|led|won|came|went|grew|fell|gave|held|brought|sought|saw|found|left|"
                   r"met|rose|wrote|built|drew|sent|spent|struck|stood|told|thought|fought|lost|paid|kept|ran|said|"
                   r"sold|broke|chose|spoke")
_IRREGULAR_PARTICIPLE = (r"taken|come|become|begun|grown|made|gone|done|held|built|won|sought|brought|lost|given|"
                         r"fallen|risen|written|drawn|sent|spent|stood|told|fought|kept|paid|run|said|seen|found|left")
# "A council that took ...", "A union that had long resisted ...": a one- or two-word genus (no "of": "An act of
# 1833 that banned ..." names its date in the genus), then the rebuilt predicate's first verb.
_REBUILT = re.compile(r"^(?:An?|The)\s+[\w-]+(?:\s+[\w-]+)?\s+that\s+(?P<predicate>.*)$", re.S)
# "had long resisted": the past perfect narrates; the present perfect ("A programme that has trained pilots ...")
# often tells what a body does, and stays.
_PERFECT = re.compile(rf"^had\s+(?:(?:long|not|never|already|since|also|recently|just)\s+)?"
                      rf"(?:\w+ed|{_IRREGULAR_PARTICIPLE})\b")
# "deployed a mission", "signed the agreement", "took a decisive step": a past act done to an object, the term as
# its agent; "ended in an armistice", "created in 1987" tell the term's own life and stay.
_PAST = re.compile(rf"^(?:\w+ed|{_IRREGULAR_PAST})\s+(?:a|an|the|its|their|his|her)\b(?P<rest>.*)$", re.S)
_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b")
# "was devised by the astronomer Anders Celsius in 1742", "were proposed by Mendeleev": who made the thing or when,
# in the passive past: its origin.  A purpose ("to keep ...") or a present predicate joined on ("and is used ...")
# says what it is, and stays.
_PASSIVE_ORIGIN = re.compile(rf"^(?:was|were)\s+(?:(?:first|originally|later|also)\s+)?"
                             rf"(?:\w+ed|{_IRREGULAR_PARTICIPLE})\b(?P<rest>.*)$", re.S)
_ORIGIN_NAMED = re.compile(r"\bby\s+(?:the\s+)?[A-Z]")
_SAYS_MORE = re.compile(r"\bto\s+(?!\d)[a-z]+|\b(?:and|but)\s+(?:now\s+)?(?:is|are|has|have|remains|[a-z]+s)\b")


def dated_event(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """None when a rebuilt "A Y that ..." tells a dated past event or a perfect-tense history."""
    match = _REBUILT.match(definition)
    if match is None or " of " in definition[:match.start("predicate")]:
        return definition
    predicate = match.group("predicate")
    if _PERFECT.match(predicate):
        return None
    past = _PAST.match(predicate)
    if past is not None and _YEAR.search(past.group("rest")):
        return None
    origin = _PASSIVE_ORIGIN.match(predicate)
    if origin is not None and (_YEAR.search(origin.group("rest")) or _ORIGIN_NAMED.search(origin.group("rest"))):
        return definition if _SAYS_MORE.search(origin.group("rest")) else None
    return definition


DATED_EVENT = _register(Gate(
    name="dated_event",
    check=dated_event,
    examples=(
        ("Southern African Development Community", "A community that deployed a mission to the province in 2021.",
         None),
        ("Korean War", "A war that ended in an armistice in 1953.", "A war that ended in an armistice in 1953."),
        ("United Nations Security Council", "A council that took a decisive step after the attacks of 2001.", None),
        ("Soviet Union", "A union that had long resisted foreign inspectors.", None),
        ("Training programme", "A programme that has trained pilots from many nations.",
         "A programme that has trained pilots from many nations."),
        ("Conscription law", "A law that created a national army drawn from all classes.",
         "A law that created a national army drawn from all classes."),
        ("Factory Act", "An act of 1833 that banned children under nine from working in mills.",
         "An act of 1833 that banned children under nine from working in mills."),
        ("Real value", "A value that has been adjusted for inflation.", "A value that has been adjusted for inflation."),
        ("Anatolian Eagle", "An exercise held since 2001 that brings together air forces.",
         "An exercise held since 2001 that brings together air forces."),
        ("Arms Trade Treaty", "A treaty that sets binding standards for the arms trade.",
         "A treaty that sets binding standards for the arms trade."),
        ("Apex predator", "An animal that has no natural predators of its own.",
         "An animal that has no natural predators of its own."),
        ("Réaumur scale", "A scale that was devised by the French scientist René de Réaumur in 1730.", None),
        ("Periodic table", "A table that was first proposed by Dmitri Mendeleev.", None),
        ("Decimal calendar", "A calendar that was introduced in 1793 to replace the months of the old one.",
         "A calendar that was introduced in 1793 to replace the months of the old one."),
        ("Mercalli scale", "A scale that was devised in 1902 and is still used to describe how strongly shaking is felt.",
         "A scale that was devised in 1902 and is still used to describe how strongly shaking is felt."),
        ("Reaction product", "A gas that was released by the reaction.", "A gas that was released by the reaction."),
    ),
))


# "Geographers", "Restoration ecologists", "Historians": a plural person named by a field of study or work. Plain
# "-ers" is left alone: "Decomposers", "Grazers", "Beta blockers" are things that act, and terms.
_PEOPLE_HEAD = re.compile(r"(?:[a-z]{2,}(?:ists|ians|ographers))$")


def agent_people(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """None when people named by their work get an empty genus ("Things that ...") or their own head as genus."""
    head = term.split()[-1] if term.split() else ""
    if not _PEOPLE_HEAD.search(head.lower()):
        return definition
    genus = definition.split(" that ", 1)[0] if " that " in definition else ""
    if genus == "Things" or genus.lower() == head.lower():
        return None
    return definition


AGENT_PEOPLE = _register(Gate(
    name="agent_people",
    check=agent_people,
    examples=(
        ("Geographers", "Things that describe maps as large scale or small scale.", None),
        ("Historians", "Things that argue that the revolt began earlier.", None),
        ("Restoration ecologists", "Ecologists that use knowledge of pioneer species to decide what to plant.", None),
        ("Producers", "Organisms that make their own food.", "Organisms that make their own food."),
        ("Ventricles", "Things that pump blood out of the heart.", "Things that pump blood out of the heart."),
        ("Decomposers", "Things that break down dead leaves.", "Things that break down dead leaves."),
    ),
))


# "A skeleton that usually has 206 bones", "A human that has roughly five litres of blood", "A baby that has more,
# somewhere around 270": a one- or two-word genus whose whole predicate is a hedged count of what the thing has.
# A typical number ("usually", "roughly", "more") is a fact about the term, not what it is; blind raters rejected
# it in three folders. A plain count that defines ("A market that has only one seller", "A polygon that has six
# sides") and a "has" without a number ("An animal that has no natural predators") stay.
_COUNT_WORD = (r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
               r"a hundred|hundreds|thousands|millions|dozens")
_HAS = r"(?:has|have|contains?|holds?|weighs?|measures?)"
_COUNT_FACT = re.compile(
    rf"^(?:An?|The)\s+[\w-]+(?:\s+[\w-]+)?\s+that\s+"
    rf"(?:(?:usually|normally|typically|often|generally)\s+{_HAS}\s+(?:(?:about|around|roughly|approximately|over|"
    rf"nearly|some|up to|at least)\s+)?(?:{_COUNT_WORD})"
    rf"|{_HAS}\s+(?:about|around|roughly|approximately|nearly|some)\s+(?:{_COUNT_WORD})"
    rf"|{_HAS}\s+(?:more|fewer)\s*[,;.])",
    re.I,
)


def count_fact(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """None when a rebuilt "A Y that usually has N ..." only gives a typical count of what the thing has."""
    return None if _COUNT_FACT.match(definition) else definition


COUNT_FACT = _register(Gate(
    name="count_fact",
    check=count_fact,
    examples=(
        ("Adult spider", "A spider that usually has eight legs and two body parts.", None),
        ("Grown elephant", "An elephant that weighs about six tonnes.", None),
        ("Older tree", "A tree that has more, perhaps thirty rings, because it grows each year.", None),
        ("Hexagon", "A polygon that has six sides.", "A polygon that has six sides."),
        ("Monopoly", "A market that has only one seller.", "A market that has only one seller."),
        ("Apex predator", "An animal that has no natural predators of its own.",
         "An animal that has no natural predators of its own."),
        ("Broad market", "A market that usually has many small sellers.", "A market that usually has many small sellers."),
    ),
))


# "Established by a former soldier.", "Concluded at the same time.", "Chaired by the ICRC and bringing together
# ...": no genus at all, only a participle of how the thing came about or who runs it. Its origin or its chair is
# history, not what it is; blind raters rejected it as a fragment in two folders. A participle of structure
# ("Organised by geographical districts", "Made up of three layers") says what it is and stays, and so does how a
# natural thing forms ("Formed when a cold front catches up with a warm front"): the condition is what makes it one.
_ORIGIN_PARTICIPLE = re.compile(
    r"^(?!(?:formed|created|produced)\s+(?:when|where|whenever)\b)(?:established|founded|concluded|signed|set up|created|formed|launched|chaired|headed|led|adopted|agreed|"
    r"drafted|negotiated|opened|inaugurated|started)\s+(?:by|at|in|on|during|after|before|with|under|when)\b",
    re.I,
)


# "An act passed by Parliament in 1848.", "A fund created by the assembly.": a one- or two-word kind, a participle of
# origin, then only who, when or where ("by", "in", "at", "on", "of" phrases); a purpose ("to keep ..."), a relative
# ("that cares for ...") or a second clause (a comma, "and") would say what the thing is for, and stays.
_KIND_AND_ORIGIN = re.compile(
    r"^(?:An?|The)\s+(?!that\b|which\b)[\w-]+(?:\s+(?!that\b|which\b)[\w-]+)?\s+"
    r"(?:established|founded|concluded|signed|set\s+up|created|formed|launched|adopted|agreed|drafted|negotiated|"
    r"inaugurated|passed|enacted|ratified)\s+(?:by|in|at|on|of|during)\b"
    r"(?:\s+(?!(?:to|that|which|who|whose|for|so|as|because|and|or)\b)[\w.'’-]+)+\.?$")


def _named(term: str) -> bool:
    """Two or more capitalised words ("Harbour Reform Act"): a proper name, whose kind is its own last word."""
    words = term.split()
    return len(words) > 1 and all(w[:1].isupper() or w in {"of", "for", "and", "the", "on"} for w in words)


def origin_fragment(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """None when the definition is a bare participle of origin or chairing ("Concluded at the same time."), or a
    name's kind with only its maker or date ("Harbour Reform Act: An act passed by Parliament in 1848.")."""
    if _ORIGIN_PARTICIPLE.match(definition):
        return None
    return None if _named(term) and _KIND_AND_ORIGIN.match(definition) else definition


ORIGIN_FRAGMENT = _register(Gate(
    name="origin_fragment",
    check=origin_fragment,
    examples=(
        ("Harbour Trust", "Founded by a group of local merchants.", None),
        ("Second Accord", "Signed at the same time.", None),
        ("River Board", "Chaired by the mayor and bringing together the farmers.", None),
        ("Tribal Assembly", "Organised by geographical districts.", "Organised by geographical districts."),
        ("Harbour Trust", "A trust founded by local merchants to keep the harbour dredged.",
         "A trust founded by local merchants to keep the harbour dredged."),
        ("Founding charter", "Signature of the founding members.", "Signature of the founding members."),
        ("Rain shadow", "Formed when moist air loses its water on the windward side of a range.",
         "Formed when moist air loses its water on the windward side of a range."),
        ("Village council", "Formed in the spring of that year.", None),
        ("Harbour Reform Act", "An act passed by Parliament in 1848.", None),
        ("River Trust Fund", "A fund created by the county council.", None),
        ("Coastal Survey Agreement", "An agreement signed by Norway of 1921.", None),
        ("Harbour Reform Act", "An act passed by Parliament in 1848 to keep the channel dredged.",
         "An act passed by Parliament in 1848 to keep the channel dredged."),
        ("River Trust Fund", "A fund created by the council that pays for flood defences.",
         "A fund created by the council that pays for flood defences."),
        ("Persona", "A character created by the poet.", "A character created by the poet."),
        ("Valley Railway", "A railway that opened in 1825.", "A railway that opened in 1825."),
    ),
))


# "A siren that produces a note of 700 Hz.", "A rugby player with a mass of 102 kg and a height of 1.85 m.", "A
# charger that supplies a current of 0.5 A for 4 minutes.": a definition that ends on the measured values a worked
# example gives (exact numbers with their units) says what one case measures, not what the thing is.  A unit's own
# "1 kg" and a value with more said after it ("a hash of 256 bits, usually written as ...") stay.
_VALUE = r"[£$€]?(?!1\s)\d[\d,.]*\s*[A-Za-zµ°Ω%²³/]+"
_GIVEN_VALUES = re.compile(
    rf"\b(?:a|an)\s+[a-z]+\s+of\s+{_VALUE}(?:\s+(?:and|for)\s+(?:(?:a|an)\s+[a-z]+\s+of\s+)?{_VALUE})?\.$")


_NUMBER = re.compile(r"\d[\d,.]*")
_GENUS = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\s+(?:that|which|with)\b|^(?P<empty>Something|Things)\b")


def given_quantity(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """None when the definition ends on a worked example's given values ("... a note of 700 Hz.").

    Only a case's data: two values or more ("a mass of 102 kg and a height of 1.85 m"), or one value after an empty
    genus or the headword's own head ("Ambulance siren: A siren that produces a note of 700 Hz."); a kind with one
    figure of its own ("KT-40: A mobile rocket with a range of 5,000 km.") stays.
    """
    if not _GIVEN_VALUES.search(definition):
        return definition
    if len(_NUMBER.findall(definition)) >= 2:
        return None
    genus = _GENUS.match(definition)
    own_head = term.split()[-1].lower() if term.split() else ""
    if genus and (genus.group("empty") or genus.group("head").lower() == own_head):
        return None
    return definition


GIVEN_QUANTITY = _register(Gate(
    name="given_quantity",
    check=given_quantity,
    examples=(
        ("Ambulance siren", "A siren that produces a note of 700 Hz.", None),
        ("Dan", "A professional rugby player with a mass of 102 kg and a height of 1.85 m.", None),
        ("Phone charger", "A charger that supplies a current of 0.5 A for 4 minutes.", None),
        ("Trapezium", "Something that has an area of 84 cm².", None),
        ("Kellmoor", "A hilly island with 3,150 inhabitants and an area of 450 km².", None),
        ("KT-40", "A mobile rocket with a range of 5,000 km.", "A mobile rocket with a range of 5,000 km."),
        ("Goods and services tax", "A tax charged in Australia at a rate of 10%.",
         "A tax charged in Australia at a rate of 10%."),
        ("SHA-256", "A hash function that produces a hash of 256 bits, usually written as 64 characters.",
         "A hash function that produces a hash of 256 bits, usually written as 64 characters."),
        ("Specific latent heat", "The energy needed to change the state of 1 kg of a substance.",
         "The energy needed to change the state of 1 kg of a substance."),
        ("Kilowatt-hour", "The energy used by a 1 kilowatt appliance running for one hour.",
         "The energy used by a 1 kilowatt appliance running for one hour."),
    ),
))

# Rules that rebuild a definition from a sentence whose subject is a bare common noun phrase ("A long book took
# months to copy." -> "Long book: A book that took months to copy.").
_SUBJECT_RULES = frozenset({"prose", "generic_subject"})
# "normally takes", "then set out": an adverb before the rebuilt predicate's verb.
_ADVERB = r"(?:(?:then|once|also|only|soon|later|first|finally|quickly|eventually|still|normally|always|never)\s+)?"
# "A book that took ...", "Hands that worked ...", "Took effect in October.": the rebuilt predicate's first verb.
_TOLD_PAST = re.compile(rf"^(?:(?:An?|The)\s+[\w-]+(?:\s+[\w-]+)?\s+|[A-Z][\w-]*\s+)?(?:that|which|who)\s+{_ADVERB}"
                        rf"(?P<verb>\w+)\b|^(?P<bare>\w+)\b")
_SINGULAR_GENUS = re.compile(r"^An?\s")


def _past_form(verb: str, singular_genus: bool) -> bool:
    """"took", "blew", "travelled"; a form that is also a present ("set", "read") only after a singular genus, where
    the present would read "sets" ("A memorandum that set out ...")."""
    low = verb.lower()
    lemmas = getAllLemmas(low, upos="VERB").get("VERB", ())
    past = any(low in getInflection(lemma, tag="VBD") for lemma in lemmas)
    present = any(low in getInflection(lemma, tag="VBP") for lemma in lemmas)
    return past and (singular_genus or not present)


def told_instance(rule: str, definition: str) -> bool:
    """A definition rebuilt from a plain subject whose verb is in the past tense: one instance's story, not a kind.

    "A long book took months to copy", "A strong east wind blew for three days", "A ceasefire took effect in
    October", "A memorandum of understanding then set out how ...": a generic subject ("A X ...", "Xs ...") with a
    past verb tells what one X did in the text's story; a kind is defined in the present ("A strong acid ionises
    almost completely", "A real value has been adjusted for inflation").  Only the rules that rebuild a plain
    subject's sentence are read: a named body's history ("A treaty that ended the war") is what it is.
    """
    if rule not in _SUBJECT_RULES:
        return False
    found = _TOLD_PAST.match(definition)
    if found is None:
        return False
    if found.group("bare"):
        return _past_form(found.group("bare"), singular_genus=False)
    return _past_form(found.group("verb"), bool(_SINGULAR_GENUS.match(definition)))


# How specific (``lessontext.semantics.specificity``) the first word of a rebuilt subject must be to name a kind
# alone: "small" 0.31, "old" 0.28, "clear" 0.34 name a size or a quality; "stable" 0.4, "hasty" 0.59 a kind.
PLAIN_MODIFIER = 0.35


def plain_instance(term: Term, terms: Sequence[Term], alive: Callable[[Term], bool] = lambda t: True) -> bool:
    """A headword rebuilt from a plain subject ("A small room blends ...", "An old saying captures ...") whose
    first word is an everyday one, where no other entry shares its head: a described instance, not a kind.

    Beside a sibling the modifier names a kind ("Strong acid" by "Weak acid", "Fixed pulley" by "Movable
    pulley"): of the rated entries these rules rebuilt, those with a sibling were 36.5 of 43 ratings accepted, the
    everyday-first-word ones without one 0 of 12 (10 rejected: "Small room", "Clear deadline", "Food chain").  A sibling
    the gates leave out (``alive``) is none ("Low orbit" beside "Molniya orbit: The ... answer to that second problem",
    test-ee, both raters: not a term)."""
    if term.rule not in _SUBJECT_RULES:
        return False
    toks = term.term.lower().split()
    if len(toks) < 2 or "of" in toks or specificity(toks[0]) >= PLAIN_MODIFIER:
        return False
    head = singular(toks[-1])
    return not any(other is not term and len(other.term.split()) >= 2
                   and singular(other.term.lower().split()[-1]) == head and alive(other) for other in terms)


# An everyday word this common (Zipf frequency, ``lessontext.semantics.zipf``) told in the past is the story's, not a term.
EVERYDAY_ZIPF = 4.8


def past_everyday_subject(term: Term) -> bool:
    """"A crime was an attack on the king", "The king was a boy", "Chicago was the home of ...": a single everyday word
    whose copula is in the past says what it was in the text's story, not what the word means (the four such
    entries rated drew 8 reject ratings; test-ed, both raters: "how crime was seen under sovereign power")."""
    if term.rule != "copula" or " " in term.term or zipf(term.term.lower()) < EVERYDAY_ZIPF:
        return False
    return re.match(rf"^(?:(?:The|A|An)\s+)?{re.escape(term.term)}\s+(?:was|were)\b", term.sentence, re.I) is not None
