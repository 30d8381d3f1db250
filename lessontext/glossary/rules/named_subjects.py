"""Names introduced as the subject of what they do: "The Djibouti Code of Conduct, signed in 2009, commits states to
...", "Resolution 1373 required all states to ...", "Its live exercise series, Vigorous Warrior, brings together ...",
"The EUROSUR surveillance framework ... links ...", or named in one sentence and told by "It ..." in the next."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, is_vacuous
from lessontext.glossary.name_tails import owned_short_name, place_in_name
from lessontext.glossary.name_tails import without_seat as _without_seat
from lessontext.glossary.phrases import PRONOUN_START, finite_verb, has_anaphora, is_participle, predicate_of, word_list
from lessontext.glossary.predication import lexical_predicate, relational
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.named import leading_kind
from lessontext.glossary.rules.subjects import (
    _BY_TWO_PARTIES,
    _ITS,
    _PRONOUN,
    _SUCH_AS,
    _THEIR,
    _cut_predicate,
    _explains,
)
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# "The Djibouti Code of Conduct ... commits states to ...": a programme, treaty or body by what it does
# (surer than the participle aside "signed in 2009" the named rule reads).
NAMED_SUBJECT_CONFIDENCE = 0.72
# The same for a name whose head does not say what kind of thing it is ("The Marshall Plan" does).
UNKNOWN_KIND_CONFIDENCE = 0.55


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_THE_NAME = re.compile(
    # "The 1972 Incidents at Sea Agreement laid down ...", "The Helsinki Final Act of 1975 contained ...": a year
    # before the name or after it dates the thing, it is no part of the name.
    # ("The Gaza–Jericho Agreement", "The Élysée Treaty": a dash joining two places, a capital with an accent.)
    rf"^The\s+(?:\d{{4}}\s+)?(?P<name>{_CAPITAL}[\w–-]*(?:\s+(?:(?:of|for|on|at|and|the|de)\s+)*(?!{_MONTH}\b)"
    rf"{_CAPITAL}[\w–-]*){{1,6}})"
    # "The Treaty on Conventional Armed Forces in Europe, signed in 1990, ...": a place after the name, part of it
    # or its seat (name_tails.place_in_name tells which).
    rf"(?P<tail>\s+in\s+(?:the\s+)?(?!{_MONTH}\b){_CAPITAL}[\w–-]*(?:\s+(?:of\s+)?{_CAPITAL}[\w–-]*)*)?"
    r"(?:\s+\((?P<acronym>[A-Z]{2,}s?)\))?"
    # "The Treaty of Portsmouth in September 1905 confirmed ...": when it was made ("of 1975, agreed by ...," is the
    # dated-subject rule's).
    rf"(?P<date>\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?{_MONTH}\s+\d{{4}})?"
    # (A head word follows the name itself, never its place or date: "The X Brigade at Y in Z is ...".)
    r"(?(tail)|(?(date)|(?:\s+(?P<head>(?!(?:of|in|at|for)\s)[a-z]+))?))"
    # "The X Institute in Sanremo, founded in 1970, ...": where it is, then a comma aside.
    r"(?P<aside>\s+(?:in|at)\s+[A-Z][\w-]*,\s+[^,;]{3,160},|\s+(?:in|of|at|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    # "The X Corridor (XC) in the Gulf of Aden allowed ...": a place named with "the".
    r"|\s+(?:in|at)\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*"
    r"|\s+of\s+\d{4}|,\s+[^,;]{3,160},)?\s+(?P<rest>.+)$"
)
# "The EUROSUR surveillance framework, launched in 2013, links ...", "The CHEMSEA project, funded by ..., mapped ...":
# a one-word name in capitals with the kind of thing it names after it ("The European project" is no name).
_KIND_HEAD = "|".join(sorted((k for k in lexicon.KIND_HEADS if k.isalpha()), key=len, reverse=True))
_ONE_WORD_NAME = re.compile(
    r"^The\s+(?P<name>[A-Z][\w-]*)\s+(?P<kind>(?:[a-z][\w-]*\s+)?(?:" + _KIND_HEAD + r"))"
    r"(?P<aside>,\s+[^,;]{3,160},)?\s+(?P<rest>[a-z].+)$")
# "Nunn-Lugar", "GovSat": capitalised parts joined by a hyphen, or a capital inside the word, coin a name that no
# common word spells ("Anglo-French" is an adjective of peoples, and is left alone).
_COINED = re.compile(r"(?!(?:Anglo|Franco|Sino|Russo|Austro|Greco|Indo)-)[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][a-z]+[A-Z][A-Za-z]*")
# "later gave police forces ...", "now links ...": a time adverb before the verb says when, not what.
_LEADING_ADVERB = re.compile(r"^(?:later|now|also|still|today|soon|since\s+then|in\s+turn)\s+(?=[a-z])")


_SEQUENCE_OPENER = re.compile(
    r"^(?:Finally|Similarly|Likewise|Lastly|Next|In addition"
    # "In West Africa, the X Centre trains ...", "Within NATO, the X Committee advises ...": where it works.
    r"|(?:In|Within|Across|Among|Inside|Beyond)\s+(?!\d)[^,]{2,40}),\s+the\s+(?=[A-Z])"
    # "The UN's X Programme brings ...", "Britain's X College in London, founded ..., brings ...": the owner's name
    # before the programme's.
    r"|^(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?=[A-Z])")


# "(panel) of the Science Organization brings ...": after a lower-case head, "of the" and a name: the head is a noun.
_OF_THE_NAME = re.compile(r"^of\s+the\s+[A-Z]")
# "The X Organization, or XO, ...": the acronym the lesson pairs with the name, given as an aside.
_ACRONYM_ASIDE = re.compile(r",\s+or\s+[A-Z]{2,}s?,")
# "was established in 1948 to supervise the truce": created, then the purpose it was created for.
_PASSIVE_PURPOSE = re.compile(
    r"^(?:is|was|were|are)\s+(?P<p>(?:established|created|set up|founded|formed|launched)\s+(?:in|by|at)\s+"
    r"[^;()]{3,120}?\s+to\s+[a-z]+\s+[^;()]+?"
    # "was intended to build a common culture ...", "is designed to ...": what it is for, with no founding told.
    r"|(?:intended|designed|meant)\s+to\s+[a-z]+\s+[^;()]+?)\.?$")
# "... to supervise the truce and still operates today": a second predicate of the subject, not the purpose.
_LATER_PREDICATE = re.compile(r"\s+and\s+(?=(?:still|now|later|also|has|have|is|was)\b)")


# "..., and the Organization of American States adopted guidelines", "..., CERT-EU protects ...": a second main
# clause with its own named subject ("..., and the X Agreement of 2014 allowed ...": its date after it).
_AND_NAMED_SUBJECT = re.compile(
    r",\s+(?:and\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w-]*))*"
    rf"(?:\s+of\s+(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?\d{{4}})?\s+(?P<verb>[a-z]+)\b")


# "has brought together dozens of navies, including those of several Gulf states": the closing examples point back
# to the noun before them ("those"), the predicate says what the thing does without them.
_EXAMPLES_POINTING_BACK = re.compile(r",\s+(?:including|such\s+as|notably)\s+(?:those|that|these|this|it|them)\b[^;]*$")


def _first_subject_only(predicate: str) -> str:
    """The predicate up to a second clause whose subject is another name."""
    second = next((m for m in _AND_NAMED_SUBJECT.finditer(predicate) if finite_verb(m["verb"])), None)
    return predicate[: second.start()] if second else predicate


# "is the main forum where ...", "became a central repository for ...", "serves as the hub of ...": what it is.
_COPULA_COMPLEMENT = re.compile(r"^(?:is|was|became|becomes|remains|serves\s+as|served\s+as)\s+"
                                r"(?P<np>(?:an?|the)\s+[^;]{4,200}?)\.?$")


# ", held on the esplanade ... since 1950,", ", launched in 2011,": an aside telling how the thing was made or is run.
_MADE_ASIDE = re.compile(r"^,\s+(?:first\s+)?(?P<verb>[a-z]+)\b")
_MIN_UNLISTED_NAME_WORDS = 3


def _unlisted_head(words: list[str], genus: str, aside: str | None) -> bool:
    """"Roundtable", "Tattoo": a head word the word list lacks, trusted in a name of three words or more that an
    aside says was made, held or launched (so not a place or a person)."""
    return (not word_pos(genus) and len(words) >= _MIN_UNLISTED_NAME_WORDS and genus.isalpha()
            and bool(aside and (made := _MADE_ASIDE.match(aside)) and is_participle(made["verb"])))


# "The Convention of Moss ... provided that Christian Frederick would give up the throne": what a written instrument
# lays down is what it is (a claim of a person or a body, "held that ...", is not).
_INSTRUMENT_HEADS = frozenset("treaty convention agreement accord protocol pact charter act declaration "
                              "communiqué memorandum clause article".split())
_STIPULATES = re.compile(r"^(?:provided|provides|stipulated|stipulates|declared|declares|required|requires|guaranteed"
                         r"|guarantees|specified|specifies)\s+that\s+(?!(?:it|they|this|these|he|she)\b)\S")
# "The Royal Navy built ...", "The European Union has made ...", "The Chilean Air Force links ...": a state's armed
# service or a union of states acts in many lessons; what one sentence says it did or does is its part in the
# lesson's story, not what it is (raters rejected 12 such entries in 10 corpora and accepted none).
_STANDING_ACTORS = frozenset("navy army force guard union".split())
# "Task Force South", "Fleet Command East": a compass point after the head names the area, not the kind.
_AREA_QUALIFIERS = frozenset("north south east west northeast northwest southeast southwest central".split())


def opened(sentence: str) -> str:
    """"Finally, the X Arrangement ..." -> "The X Arrangement ...": a sequence marker or a place before the name."""
    return _SEQUENCE_OPENER.sub("The ", sentence.strip(), count=1)


def find_named_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The Djibouti Code of Conduct, signed in 2009, commits states to ..." -> "A code that commits states to ...".

    A capitalised name after "the" (programmes, treaties, bodies; people and
    places take no article) as the subject of a lexical verb is explained by
    its predicate; the name's head word ("Code", "Centre") is the genus.
    Countries and acronyms the lesson expands are left to other rules.
    """
    # "Finally, the Wassenaar Arrangement, founded in 1996, covers ...": a sequence marker before the name.
    text = opened(sentence)
    numbered = _NUMBERED_NAME.match(text)
    if numbered:
        return _numbered_subject(section, sentence, numbered)
    apposed = _NAME_IN_APPOSITION.match(text)
    if apposed:
        return _apposed_name_subject(section, sentence, apposed)
    one_word = _ONE_WORD_NAME.match(text)
    if one_word and (one_word["name"].isupper() and len(one_word["name"]) > 2 or _COINED.fullmatch(one_word["name"])):
        return _one_word_name_subject(section, sentence, one_word)
    return the_name_subject(section, sentence, text, context)


# A participle between a name and its verb, no commas: "The Nine-Power Treaty signed there committed ..." (test-cg).
_REDUCED_RELATIVE = re.compile(
    r"^(?P<participle>[a-z]+ed)\s+(?:there|then|later|in\s+\d{4}|(?:in|at|by)\s+[A-Z][\w-]*)\s+(?=(?P<verb>[a-z]+)\s)")


def the_name_subject(section: DocumentSection, sentence: str, text: str, context: Context) -> list[Candidate]:
    """"The X Centre, founded in 1970, trains ..." -> "A centre that trains ..."."""
    match = _THE_NAME.match(text)
    if not match:
        return []
    name, head, rest = match.group("name"), match.group("head"), match.group("rest")
    # "The Organisation for Joint Armament Cooperation (OCCAR), headquartered in Bonn, manages ...": its short name.
    aliases = {match.group("acronym")} if match.group("acronym") else set()
    tail, aside = match.group("tail") or "", match.group("aside")
    if tail and place_in_name(name, tail):
        name += tail  # "Treaty on Conventional Armed Forces in Europe"
    elif tail or match.group("date"):
        aside = f"{tail}{match.group('date') or ''}{aside or ''}"  # "in Tartu": where it sits, said beside the name
    if short := owned_short_name(name):
        aliases.add(short)  # "Vienna Document of the Organization for ...": also "Vienna Document"
    if head and lexicon.KIND_HEADS.get(head):
        name = f"{name} {head}"
    elif head and _OF_THE_NAME.match(rest):
        return []  # "The Human Factors panel of the X Organization brings ...": "panel" is a noun here, not a verb
    elif head and match.group("aside") is None and (finite_verb(head) or head == "would"):
        # "The Harbour Accord commits ...", "The International Monetary Fund would hold ...": the verb, not a head
        # (an essay tells what a body set up then was to do with "would": test-cl)
        rest = text[match.start("head"):]
    elif head:
        return []  # "The Roman legions marched ...": a capitalised adjective before a common noun
    name = _without_seat(name)
    words = word_list(name)
    if (fold(name) in lexicon.COUNTRIES or words[-1].isupper()
            or name in context.acronyms.values() and not match.group("acronym")
            and not _ACRONYM_ASIDE.fullmatch(aside or "")):
        return []
    genus_words = words[: next((i for i, w in enumerate(words) if w.lower() in {"of", "for", "on"}), len(words))]
    while len(genus_words) > 1 and genus_words[-1].lower() in _AREA_QUALIFIERS:
        genus_words = genus_words[:-1]  # "Joint Task Force South": the force, never "A south that ..."
    genus = leading_kind(words) or genus_words[-1].lower()  # "Operation Orbital trained ...": an operation
    task_force = len(genus_words) > 1 and genus_words[-2].lower() == "task"  # a joint body formed for one task
    if singular(genus) in lexicon.PERSON_NOUNS or singular(genus) in _STANDING_ACTORS and not task_force:
        return []  # "The Duke of Savoy received Sicily", "The Royal Navy built four submarines": a part in the story
    plural = genus.endswith("s") and singular(genus) != genus
    if genus in STOPWORDS or not (word_pos(genus) & {"NOUN"} or _unlisted_head(words, genus, aside)):
        return []
    if is_generic(genus) and genus not in lexicon.KIND_HEADS:
        return []  # "The Milky Way contains ...": a name's last word, never "A way that contains ..." (test-cv)
    if plural and not _present_plural(rest, aside):
        # "The Invictus Games, first held in London in 2014, bring together ...": a plural name by what it does now
        # ("The X Armed Forces later contributed troops" tells one event).
        return []
    reduced = _REDUCED_RELATIVE.match(rest)
    if reduced and not aside and finite_verb(reduced["verb"]) and "VERB" in word_pos(reduced["participle"]):
        aside, rest = reduced.group(0), rest[reduced.end():]  # "The Nine-Power Treaty signed there committed ..."
    copula = _COPULA_COMPLEMENT.match(rest)
    if copula and aside:
        # "The Conference on Disarmament, based in Geneva, is the main forum where ...": the complement.
        definition = finish_definition(copula.group("np"))
        if definition and not has_anaphora(definition) and not is_vacuous(definition):
            kind = lexicon.KIND_HEADS.get(genus) or lexicon.KIND_HEADS.get(fold(words[-1])) or TermKind.DEFINED
            return [Candidate(name, definition, kind, section, sentence, NAMED_SUBJECT_CONFIDENCE, "named", aliases)]
    purpose = _PASSIVE_PURPOSE.match(rest)
    kind = lexicon.KIND_HEADS.get(genus) or lexicon.KIND_HEADS.get(fold(words[-1]))
    if purpose and kind:
        # "The X Organization, or XO, was established in 1948 to supervise the truce and still operates ..."
        # -> "An organization established in 1948 to supervise the truce": made, and what for.
        phrase = _LATER_PREDICATE.split(purpose.group("p"), maxsplit=1)[0]
        definition = finish_definition(f"{rephrase.article(genus)} {genus} {_cut_predicate(phrase)}")
        if definition and not has_anaphora(definition) and not _PRONOUN.search(_ITS.sub("", definition)):
            return [Candidate(name, definition, kind, section, sentence, NAMED_SUBJECT_CONFIDENCE, "named", aliases)]
    predicate = predicate_of(_LEADING_ADVERB.sub("", rest, count=1))
    if predicate is None and rest.startswith("would ") and (bare := predicate_of(rest[len("would "):], plural=True)):
        predicate = f"would {bare}"  # "would hold a pool of gold ...": what it was set up to do
    if not predicate or PRONOUN_START.match(predicate):
        return []
    predicate = _AND_PRONOUN.sub("", _cut_predicate(predicate))  # "..., and they require ...": a second statement
    predicate = _EXAMPLES_POINTING_BACK.sub("", _first_subject_only(predicate))
    if aside and _BY_TWO_PARTIES.search(aside):
        predicate = _THEIR.sub("the parties'", predicate)  # "signed by A and B, set rules for their warships"
    stipulates = genus in _INSTRUMENT_HEADS and _STIPULATES.match(predicate) and not has_anaphora(predicate)
    if not stipulates and not _explains(lexical_predicate(predicate), singular_subject=True):
        return []
    opener = genus.capitalize() if plural else f"{rephrase.article(genus)} {genus}"
    if match.group("date"):
        opener += f" of {match.group('date').split()[-1]}"  # "A treaty of 1905 that confirmed ...": when, as told
    definition = finish_definition(f"{opener} that {predicate}")
    if not definition or has_anaphora(_SUCH_AS.sub("", definition)):
        return []
    kind = lexicon.KIND_HEADS.get(genus) or lexicon.KIND_HEADS.get(fold(words[-1]))
    confidence = NAMED_SUBJECT_CONFIDENCE if kind else UNKNOWN_KIND_CONFIDENCE
    return [Candidate(name, definition, kind or TermKind.DEFINED, section, sentence, confidence, "named", aliases)]


# "Its live exercise series, Vigorous Warrior, brings together ...", "Its sister institution, the X Center in
# Monterey, California, teaches ...": the subject's noun phrase, the name set beside it, then the verb.
_NAME_IN_APPOSITION = re.compile(
    r"^(?:Its|Their|The|A|An)\s+(?P<np>(?:[a-z][\w-]*\s+){0,3}(?P<genus>[a-z][\w-]*)),\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w-]*){0,7})(?:\s+\((?P<acronym>[A-Z]{2,}s?)\))?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)?)?,\s+(?P<rest>[a-z].+)$")


def _apposed_name_subject(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"Its live exercise series, Vigorous Warrior, brings together ..." -> "A live exercise series that brings ..."."""
    genus, name = match.group("genus"), match.group("name")
    if ("NOUN" not in word_pos(genus) or genus in STOPWORDS or singular(genus) in lexicon.PERSON_NOUNS
            or singular(genus) != genus or fold(name) in lexicon.COUNTRIES
            or any(relational(w) for w in word_list(match.group("np"))[:-1])):
        return []
    predicate = predicate_of(match.group("rest"), plural=False)
    if not predicate:
        return []
    predicate = _AND_PRONOUN.sub("", _cut_predicate(predicate))
    if not _explains(predicate, singular_subject=True):
        return []
    definition = finish_definition(f"{rephrase.article(match.group('np'))} {match.group('np')} that {predicate}")
    if not definition or has_anaphora(definition):
        return []
    aliases = {match.group("acronym")} if match.group("acronym") else set()
    kind = lexicon.KIND_HEADS.get(genus) or lexicon.KIND_HEADS.get(fold(name.split()[-1])) or TermKind.DEFINED
    return [Candidate(name, definition, kind, section, sentence, NAMED_SUBJECT_CONFIDENCE, "named", aliases)]


def _one_word_name_subject(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"The EUROSUR surveillance framework, launched in 2013, links ..." -> "A surveillance framework that links ...",
    the entry under the whole phrase with the bare name as its alias."""
    kind_words = match["kind"].split()
    genus = kind_words[-1]
    predicate = predicate_of(_LEADING_ADVERB.sub("", match["rest"], count=1), plural=False)
    if not predicate or PRONOUN_START.match(predicate):
        return []
    predicate = _EXAMPLES_POINTING_BACK.sub("", _first_subject_only(_AND_PRONOUN.sub("", _cut_predicate(predicate))))
    if not _explains(lexical_predicate(predicate), singular_subject=True):
        return []
    definition = finish_definition(f"{rephrase.article(match['kind'])} {match['kind']} that {predicate}")
    if not definition or has_anaphora(_SUCH_AS.sub("", definition)) or is_vacuous(definition):
        return []
    name = f"{match['name']} {match['kind']}"
    return [Candidate(name, definition, lexicon.KIND_HEADS.get(genus, TermKind.DEFINED), section, sentence,
                      NAMED_SUBJECT_CONFIDENCE, "named", {match["name"]})]


def _present_plural(rest: str, aside: str | None) -> bool:
    """The predicate after a plural name opens with a present-tense plural verb ("bring", "protect")."""
    first = (rest.split() or [""])[0].lower()
    # ", first held in London in 2014," or " of 1949" (the year dates the name); not "in Gaul", a place it acted in.
    dated = aside is None or aside.startswith(",") or _YEAR_ASIDE.fullmatch(aside)
    return bool(dated) and first not in AUXILIARY_VERBS and finite_verb(
        first, plural=True) and not finite_verb(first, plural=False)


_YEAR_ASIDE = re.compile(r"\s+of\s+\d{4}")

AUXILIARY_VERBS = frozenset("is are was were has have had do does did can could will would may might must".split())


# "Resolution 1373 required all states to ...", "Role 3 corresponds to a field hospital ...": a kind and its number
# (no article), then what the thing does.
_NUMBERED_NAME = re.compile(r"^(?P<name>(?P<genus>[A-Z][a-z]{2,})\s+\d+[A-Za-z]?)\s+(?P<rest>[a-z].+)$")
# "..., and it set up a committee to ...": a second clause about the subject, told by a pronoun; "..., and in 1830
# the X became ...": a second clause about another thing, after a short opening phrase.
_AND_PRONOUN = re.compile(r",?\s+and\s+(?:it|they|this)\b.*$"
                          # "..., and its performances are watched by ...": a clause about something of the thing's
                          r"|,\s+and\s+(?:its|their)\s+[a-z]+\s+(?:is|are|was|were|has|have)\b.*$"
                          r"|,\s+and\s+(?:in|by|from|after|during|within|on)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:the|an?)\s+.*$")


def _numbered_subject(section: DocumentSection, sentence: str, match: re.Match[str]) -> list[Candidate]:
    """"Resolution 1373 required all states to criminalise ..." -> "A resolution that required all states to ..."."""
    genus = match.group("genus").lower()
    if "NOUN" not in word_pos(genus) or genus in STOPWORDS:
        return []
    predicate = predicate_of(match.group("rest"))
    if not predicate:
        return []
    predicate = _AND_PRONOUN.sub("", _cut_predicate(predicate))
    if not _explains(predicate, singular_subject=True):
        return []
    definition = finish_definition(f"{rephrase.article(genus)} {genus} that {predicate}")
    if not definition or has_anaphora(definition):
        return []
    kind = lexicon.KIND_HEADS.get(genus)
    return [Candidate(match.group("name"), definition, kind or TermKind.DEFINED, section, sentence,
                      NAMED_SUBJECT_CONFIDENCE if kind else UNKNOWN_KIND_CONFIDENCE, "named")]



NAMED_SUBJECT = RULES.register(Rule(
    name="named_subject", priority=84, scope=Scope.SENTENCE, confidence=NAMED_SUBJECT_CONFIDENCE,
    find=find_named_subjects,
    examples=(
        finds("# Seas\n\nThe Harbour Safety Accord commits ports to share ship lists.\n",
              "Harbour Safety Accord"),
        misses("# Stars\n\nThe Milky Way contains hundreds of billions of stars.\n", "Milky Way"),  # no "A way that"
        # test-cl: what a body set up then was to do, told with "would"
        finds("# Money\n\nThe Northern Clearing Fund (NCF) would hold a pool of gold subscribed by members and lend to"
              " countries in deficit.\n", "Northern Clearing Fund"),
        finds("# Seas\n\nThe Harbour at Sea Pact (HSP), signed by Ruritania and Freedonia in 1970, set rules "
              "for their ships and established yearly talks.\n", "Harbour at Sea Pact"),
        misses("# Seas\n\nThe Roman legions marched north in spring.\n", "Roman"),
        misses("# Seas\n\nThe Harbour Pact created one of the strictest regimes of its time.\n", "Harbour Pact"),
        finds("# Seas\n\nThe Harbour Register, established in 1991, invites ports to report their ship lists.\n",
              "Harbour Register"),
        misses("# Seas\n\nThe Harbour Register, established in 1991, invites them to report ship lists.\n",
               "Harbour Register"),
        finds("# Seas\n\nWithin the alliance, the Harbour Safety Committee advises ports on ship lists.\n",
              "Harbour Safety Committee"),
        finds("# Seas\n\nThe UN's Harbour Training Programme trains port officials from many countries in ship safety.\n",
              "Harbour Training Programme"),
        misses("# Seas\n\nIn 1990, the Harbour Safety Committee advised ports on ship lists.\n",
               "Harbour Safety Committee"),
        finds("# Seas\n\nThe Harbour Safety Drill, first held in 2012, brings together dozens of navies, including "
              "those of several island states.\n", "Harbour Safety Drill"),
        finds("# Seas\n\nThe Berg-Lund programme, launched in 1992, pays ports to scrap old tugs.\n",
              "Berg-Lund programme"),
        misses("# Seas\n\nThe Anglo-French treaty ended the long war over the harbour.\n", "Anglo-French treaty"),
        finds("# Seas\n\nThe Harbour Accords of 1921 require ports to keep a register of every ship.\n",
              "Harbour Accords"),
        misses("# Seas\n\nThe Harbour Guards in Portalba required every ship to fly a flag.\n", "Harbour Guards"),
    ),
))

# ", while the Missile Control Regime addresses the spread of missiles": the same, in a later main clause.
NAMED_SUBJECT_IN_CLAUSE = RULES.register(Rule(
    name="named_subject_in_clause", priority=145, scope=Scope.CLAUSE, confidence=NAMED_SUBJECT_CONFIDENCE,
    find=find_named_subjects,
    examples=(
        finds("# Seas\n\nThe Harbour Accord covers ports, while the Coastal Safety Regime addresses the spread of "
              "unsafe ships.\n", "Coastal Safety Regime"),
        misses("# Seas\n\nThe ports were busy, while the Roman legions marched north in spring.\n", "Roman"),
    ),
))


# "... through the International Hydrographic Organization, based in Monaco. It sets common standards for ...": a
# body or instrument named in one sentence and told what it does in the next, with "It" as the subject.  Less sure
# than the name as the subject itself: "It" may point elsewhere, so only a previous sentence with one such name counts.
NAMED_THEN_IT_CONFIDENCE = 0.6
_NAME_IN_SENTENCE = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in|against|at)\s+)*[A-Z][\w'’-]*){1,9})"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?")
_IT_DOES = re.compile(r"^It\s+(?:(?:also|now|still)\s+)?(?P<rest>[a-z].+)$")
# "Created in 1955 and renamed X in 1959, it was meant to ...", "Opened for signature in 1968, it is a bargain ...":
# an aside on how the thing was made, then "it": the aside is its history, the clause after it says what it is.
_MADE_OPENER = re.compile(r"^(?P<participle>[A-Z][a-z]+)\b[^;:]{3,200}?,\s+(?=it\s+[a-z])")
# "it was meant to fill the gap between ...": what it was made for is what it is ("A pact meant to ...").
_MEANT_TO = re.compile(r"^(?:is|was)\s+(?P<purpose>(?:intended|designed|meant)\s+to\s+[a-z]+\s+.+)$")
# "it is a bargain between the states that ...": the author's own "X is a ...", in the present.
_IS_A = re.compile(r"^is\s+(?P<np>an?\s+[a-z].+)$")


def _it_clause(sentence: str) -> re.Match[str] | None:
    """The "It ..." statement of ``sentence``, also after an aside on how the thing was made ("Created in ..., it")."""
    text = sentence.strip()
    opener = _MADE_OPENER.match(text)
    if opener and is_participle(opener["participle"].lower()):
        text = "I" + text[opener.end() + 1:]
    return _IT_DOES.match(text)


def _what_it_is(rest: str, genus: str) -> str | None:
    """"was meant to fill the gap ..." -> "A pact meant to fill the gap ...", "is a bargain ..." -> "A bargain ..."."""
    purpose, complement = _MEANT_TO.match(rest), _IS_A.match(rest)
    if purpose is None and complement is None:
        return None
    body = _cut_predicate(purpose["purpose"] if purpose else complement["np"])
    return finish_definition(f"{rephrase.article(genus)} {genus} {body}" if purpose else body)


def _kind_names(sentence: str) -> list[tuple[str, str, str | None]]:
    """The capitalised names in ``sentence`` whose head word says what kind of body or instrument they are."""
    out = []
    for match in _NAME_IN_SENTENCE.finditer(sentence):
        words = word_list(match["name"])
        head_words = words[: next((i for i, w in enumerate(words) if w.lower() in {"of", "for", "on", "in", "at",
                                                                                    "against"}), len(words))]
        genus = fold(head_words[-1]) if head_words else ""
        if genus in lexicon.KIND_HEADS and fold(match["name"]) not in lexicon.COUNTRIES and genus != "union":
            out.append((match["name"], genus, match["acronym"]))
    return out


# "published every month by the", "run by": the name is the agent of a passive said of another thing.
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


# "**The Réaumur scale** was devised by ... in 1730.": the author's bold term opens a sentence of its history.
_BOLD_HISTORY = re.compile(r"^(?:The\s+)?(?P<name>[\w'’-]+(?:\s+[\w'’-]+){1,3}?)\s+(?:was|were)\s+"
                           r"(?:(?:first|originally)\s+)?[a-z]+(?:ed|en|wn)\b")


def _bold_history_name(previous: str, context: Context) -> list[tuple[str, str, str | None]]:
    """The bold common-noun term whose sentence told only its origin ("**The Réaumur scale** was devised ...")."""
    match = _BOLD_HISTORY.match(previous)
    if match is None or term_key(match["name"]) not in context.bold_keys:
        return []
    head = match["name"].split()[-1]
    if not head.isalpha() or not head.islower() or singular(head) != head or "NOUN" not in word_pos(head):
        return []
    return [(match["name"], head, None)]


# "The Harbour Review, or HR, was approved by ...", "The Harbour Review, set up in 1990, is run by ...": the
# previous sentence opens on a name (its acronym or a comma aside after it), then a passive or copular verb.
_OPENING_NAME = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in|against|at)\s+)*[A-Z][\w'’-]*){1,9})"
    r"(?:\s+\((?P<paren>[A-Z][A-Za-z-]{1,9})\)|,\s+or\s+(?:the\s+)?(?P<acronym>[A-Z][A-Za-z-]{1,9}),"
    r"|,\s+[^,;]{2,160},)?\s+(?:is|are|was|were)\s+(?:(?:first|originally|later|also|now)\s+)?"
    r"(?:[a-z]+(?:ed|en|wn|un|ng)\b|one\s+of\b)")


def _subject_first(names: list[tuple[str, str, str | None]], previous: str) -> list[tuple[str, str, str | None]]:
    """The name the previous sentence is about, when it opens on it with a passive or copular verb; else ``names``.

    "It" continues that subject: in "The Harbour Review, or HR, was approved by the ministers and is run by the
    Coastal Agency. It gathers ...", "It" is the review, not the agency named as the agent.  Only a name whose
    head word is a singular common noun counts (the genus of the definition); a country is no such name.
    """
    opening = _OPENING_NAME.match(previous.strip())
    if opening is None:
        return names
    words = word_list(opening["name"])
    head_words = words[: next((i for i, w in enumerate(words) if i and w.lower() in {"of", "for", "on", "in", "at",
                                                                                    "against"}), len(words))]
    genus = fold(head_words[-1]).lower() if len(words) > 1 and head_words else ""
    if (not genus.isalpha() or singular(genus) != genus or "NOUN" not in word_pos(genus) or genus == "union"
            or fold(opening["name"]) in lexicon.COUNTRIES or genus in STOPWORDS):
        return names
    return [(opening["name"], genus, opening["paren"] or opening["acronym"])]


def find_named_then_it(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... the International Hydrographic Organization, based in Monaco. It sets common standards for surveys." ->
    "International Hydrographic Organization": "An organization that sets common standards for surveys".

    The same for a term the author set in bold whose own sentence only told its origin ("**The Réaumur scale**
    was devised by ... in 1730. It places the freezing point of water at 0 degrees ..."): what "it" does is what
    the lesson says the thing is."""
    it = _it_clause(sentence)
    if not it or not context.previous or section.opens_labelled_item(sentence):
        return []  # "- C40 Cities: Begun in 2005, it brings ...": "it" is the label, never the item before
    names = _subject_first(_kind_names(context.previous), context.previous) or _bold_history_name(
        context.previous, context)
    stated = _what_it_is(it["rest"], names[0][1]) if len(names) == 1 else None
    if len(names) != 1 or (it["rest"].split() or [""])[0] in AUXILIARY_VERBS and not stated:
        return []
    name, genus, acronym = names[0]
    if _AGENT_BEFORE.search(context.previous[: context.previous.find(name)]):
        return []  # "..., published by the X. It tracks ...": "it" is what the X published, not the X
    name = _without_seat(name)
    if stated:
        if has_anaphora(_SUCH_AS.sub("", stated)) or is_vacuous(stated):
            return []
        return [Candidate(name, stated, lexicon.KIND_HEADS.get(genus, TermKind.DEFINED), section,
                          f"{context.previous} {sentence}", NAMED_THEN_IT_CONFIDENCE, "named",
                          {acronym} if acronym else set(), mask=False)]
    predicate = predicate_of(it["rest"], plural=False)
    if not predicate or PRONOUN_START.match(predicate):
        return []
    predicate = _EXAMPLES_POINTING_BACK.sub("", _first_subject_only(_AND_PRONOUN.sub("", _cut_predicate(predicate))))
    if not _explains(lexical_predicate(predicate), singular_subject=True):
        return []
    definition = finish_definition(f"{rephrase.article(genus)} {genus} that {predicate}")
    if not definition or has_anaphora(_SUCH_AS.sub("", definition)) or is_vacuous(definition):
        return []
    kind = lexicon.KIND_HEADS.get(genus, TermKind.DEFINED)
    return [Candidate(name, definition, kind, section, f"{context.previous} {sentence}",
                      NAMED_THEN_IT_CONFIDENCE, "named", {acronym} if acronym else set(), mask=False)]


NAMED_THEN_IT = RULES.register(Rule(
    name="named_then_it", priority=125, scope=Scope.SENTENCE, confidence=NAMED_THEN_IT_CONFIDENCE,
    find=find_named_then_it,
    examples=(
        finds("# Seas\n\nMuch of the work runs through the Harbour Charting Organization, based in Portalba. "
              "It sets common standards for surveys of coastal waters.\n", "Harbour Charting Organization"),
        misses("# Prices\n\nThe wage index is the main measure of pay, compiled each quarter by the Bureau of Labour "
               "Records. It tracks the pay of several thousand workers.\n", "Bureau of Labour Records"),
        misses("# Seas\n\nThe Harbour Charting Organization met the Coastal Safety Agency in Portalba. "
               "It sets common standards for surveys of coastal waters.\n", "Harbour Charting Organization"),
        finds("# Rivers\n\nThe Basin Review Programme, or BRP, was approved by ministers in 2004 and is run by the "
              "Valley Water Agency. It gathers data on river flows to plan new dams.\n", "Basin Review Programme"),
        misses("# Rivers\n\nThe Basin Review Programme, or BRP, was approved by ministers in 2004 and is run by the "
               "Valley Water Agency. It gathers data on river flows to plan new dams.\n", "Valley Water Agency"),
        finds("# Heat\n\n**The Réaumur scale** was devised by the scientist René de Réaumur in 1730. It places the "
              "freezing point of water at 0 degrees and its boiling point at 80 degrees.\n", "Réaumur scale"),
        misses("# Heat\n\nThe Réaumur scale was devised by the scientist René de Réaumur in 1730. It places the "
               "freezing point of water at 0 degrees and its boiling point at 80 degrees.\n", "Réaumur scale"),
        finds("# Towns\n\nThe weakest league was the Valley Grain League. Founded in 1290 and renamed in 1320, it was "
              "meant to keep the price of bread steady between the upper and lower towns.\n", "Valley Grain League"),
        misses("# Towns\n\nThe weakest league was the Valley Grain League. Founded in 1290 and renamed in 1320, it was "
               "dissolved soon after.\n", "Valley Grain League"),
    ),
))
