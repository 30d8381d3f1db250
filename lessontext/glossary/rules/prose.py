"""Explanations in prose that use no definition verb: "A redirect tells the client ...", "At a divergent boundary, ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_vacuous, valid_term
from lessontext.glossary.phrases import (
    AUXILIARIES,
    CONTRAST_SPLIT,
    PRONOUN_START,
    Guarded,
    finite_verb,
    has_anaphora,
    is_participle,
    plural_head,
    predicate_of,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import specificity, zipf
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# "A redirect tells the client ...": a generic subject and what it does, as "Something that tells ...".
GENERIC_SUBJECT_CONFIDENCE = 0.7
# "Scarcity — the gap between ... — forces ...".
DASH_APPOSITIVE_CONFIDENCE = 0.8
# "Accessory pigments, such as carotenoids, absorb ...".
EXAMPLES_CONFIDENCE = 0.75
# "An ongoing series of such exercises, like the Efes-2022 Live Fire Exercise, pulls in ...".
NAMED_INSTANCE_CONFIDENCE = 0.7
# "At a divergent boundary, two plates move apart ...".
SETTING_CONFIDENCE = 0.7
# "Under the postal rule, an acceptance ...".
UNDER_RULE_CONFIDENCE = 0.75
# "A reply that changes the terms is not an acceptance but a counter-offer".
NOT_BUT_CONFIDENCE = 0.75
# "HTTP is a stateless protocol: the server keeps ...".
KIND_COLON_CONFIDENCE = 0.7
# "Each pore is bordered by a pair of guard cells that open and close it": a compound is often not a term.
# Below the publishing cut: every entry it published on the rated sets was rejected by both raters ("Member
# states: States that contribute troops", "Trade routes: Routes that linked China", "Glass electrode: An electrode
# that gives a reading ..."): a relative clause on a passing noun says what one sentence needs, not what the
# compound means.  The candidate is still made, for a rule that wants to know the compound was there.
COMPOUND_THAT_CONFIDENCE = 0.45
# "Military diplomacy, using defense cooperation as ..., has allowed ...".
PARTICIPLE_APPOSITIVE_CONFIDENCE = 0.7


_IT_OR_THEM = re.compile(r"\b(?:it|them)\b")


_TERM_RE = r"[\w][\w-]*(?:\s+[\w][\w-]*){0,3}"


_ASIDE = r"(?:,\s+(?:by contrast|in contrast|however|on the other hand|for example|therefore|in turn),)?"


_LEADING_MARKER = re.compile(r"^(?:By contrast|In contrast|However|Likewise|Similarly|Conversely|Instead),\s+")


# "A void contract, by contrast, has no legal effect."; "A redirect tells the client ..."
_GENERIC_SUBJECT = re.compile(r"^(?:An?)\s+(?P<rest>.+)$")


_ASIDE_RE = re.compile(r"^" + _ASIDE + r"\s+")

# "great deal of progress", "number of states", "majority of voters": how much or how many, never a term.
_QUANTITY_PHRASE = re.compile(r"^(?:(?:great|good|large|small|growing)\s+)?(?:deal|number|lot|majority|minority|handful)"
                              r"\s+of\b", re.I)

# "false dilemma, or false dichotomy, presents ...": a short subject, its other name between commas, the rest.
_OR_ALIAS_SUBJECT = re.compile(
    r"^(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+or\s+(?!(?:an?|the)\s)(?P<alias>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}),\s+"
    r"(?P<rest>[a-z].+)$"
)


_ASIDE_SPACED = re.compile(r"\s*" + _ASIDE + r"\s*")
_EXAMPLE_MARKER = re.compile(r"\b(?:for\s+example|for\s+instance|e\.g\.)", re.I)


# "Accessory pigments, such as carotenoids, absorb other wavelengths ..."
_EXAMPLE_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<term>" + _TERM_RE + r"),\s+(?:such as|like|including|e\.g\.)\s+(?P<ex>[^,;()]+?),\s+(?P<pred>.+)$"
)


# "An ongoing series of such exercises, like the Efes-2022 Live Fire Exercise, pulls in troops ..."
_INSTANCE_SUBJECT = re.compile(
    r"^(?P<np>(?:An?|The)\s+[^,;()]{3,80}?),\s+(?:such as|like|including)\s+(?:the\s+)?(?P<name>[^,;()]+),\s+(?P<pred>.+)$"
)


_BODIES = lexicon.PERSON_NOUNS | frozenset("adult child baby infant person patient individual human organism animal".split())
# "On a warm day, gas inside the wood expands ...": a time is when a case is observed, not a setting the lesson names
# (test-dp, both raters: "Warm day: A day on which gas inside the wood expands ...").
_TIMES = frozenset("day night morning evening afternoon week month year season occasion moment".split())
# "At a divergent boundary, two plates move apart ..."
_GENERIC_SETTING = re.compile(
    r"^(?P<prep>At|In|On|During|Within|Along|Across|Inside)\s+(?:an?)\s+(?P<term>" + _TERM_RE + r"),\s+(?P<clause>.{12,})$"
)


# "Under the postal rule, an acceptance sent by post takes effect when ..."
_UNDER_RULE = re.compile(
    r"^(?:Under|According to|By)\s+the\s+(?P<term>" + _TERM_RE + r"),\s+(?P<clause>.{12,})$"
)


_RULE_HEADS = frozenset("rule principle doctrine law theorem maxim test convention presumption".split())


# "A reply that changes the terms is not an acceptance but a counter-offer, which destroys the offer."
_NOT_BUT = re.compile(
    r"^(?P<subj>(?:An?|The)\s+[^,;]{3,80}?)\s+(?:is|are)\s+not\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+but\s+"
    r"(?:an?\s+|the\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,2}?)(?:,\s+which\s+(?P<rel>[^;]+?))?\.?$"
)


# "HTTP is a stateless protocol: the server keeps no memory of earlier requests."
# "It is an unusual body: a meeting place where ...": a noun phrase after the colon renames the thing, no clause.
_INDEFINITE_OPENING = re.compile(r"an?\s", re.I)
_KIND_COLON = re.compile(r"^.{2,60}?\s+(?:is|are)\s+an?\s+(?P<adj>[a-z][\w-]+)\s+(?P<head>[a-z][\w-]+):\s+(?P<clause>.{12,})$")


# "Each pore is bordered by a pair of guard cells that open and close it."
_COMPOUND_THAT = Guarded(re.compile(r"\b(?P<term>[a-z][\w-]+\s+[a-z][\w-]+)\s+that\s+(?P<rel>[a-z][^,;.]{5,120})"), "that")


# "Military diplomacy, using defense cooperation as a diplomatic instrument, has allowed ..."
_PARTICIPLE_APPOSITIVE = re.compile(
    r"^(?:The\s+)?(?P<term>" + _TERM_RE + r"),\s+(?P<part>(?:using|involving|combining|consisting of|meaning|being)\s+[^,;]{5,120}),\s+"
    r"(?P<verb>[a-z]+)\b"
)


# "Scarcity — the gap between limited resources and unlimited wants — forces ..."
_DASH_APPOSITIVE = re.compile(
    r"^(?:The\s+)?(?P<term>" + _TERM_RE + r")\s+[—–]\s+(?P<np>(?:an?|the)\s+[^—–]{8,160}?)\s+[—–]\s+(?P<verb>[a-z]+)\b"
)


_THEY_THEM_THEIR = re.compile(r"\b(?:they|them|their|theirs)\b")


# "so that they split atoms", ", so their crystals grow": a result clause whose subject is what the predicate acted on.
_SO_THAT_BEFORE = re.compile(r"\bso(?:\s+that)?\s+$")


def _plural_pronoun_outside(definition: str) -> bool:
    """"they", "them", "their" with no plural noun before it in the definition: it points at what the text told before.

    "Something that slows the neutrons so that they split atoms ..." resolves "they", opening the result clause,
    to the neutrons it names; anywhere else the pronoun is taken to point outside.
    """
    found = _THEY_THEM_THEIR.search(definition)
    if found is None:
        return False
    if not _SO_THAT_BEFORE.search(definition[: found.start()]):
        return True  # ("... asked how fast the cars were going when they ...": a scene the sentence tells)
    before = word_list(definition[: found.start()])
    if len(before) > 2 and before[1].lower() == "that":
        before = before[2:]  # "Rocks that cool ...", "Something that slows ...": the genus of a rebuilt definition
    before = before[1:]  # past the verb ("Slows the neutrons ...")
    return not any(w.lower() not in STOPWORDS and singular(w.lower()) != w.lower() and "NOUN" in word_pos(w.lower())
                   for w in before)


_WORD_TOKEN = re.compile(r"[\w][\w-]*")
# "X is a NP that ...", "X: a NP that ...": the noun phrase is the genus in another term's definition.
# "A hydrogen ion is simply a hydrogen atom that ...": an adverb after the copula changes nothing.
_GENUS_OF_ANOTHER = re.compile(
    r"(?:\b(?:is|are|was|were)(?:\s+(?:[a-z]+ly|just|also|often|always|still|thus|therefore|merely|now|then))?|:)"
    r"\s+(?:an?|the)\s+$")


_PASSIVE_WITH_PREPOSITION = re.compile(r"(?:is|are)\s+(?:\w+ly\s+)?(?P<v>[a-z]+(?:ed|en))\s+(?:to|by|in|on|into|from|at)\b")


_QUANTIFIER_OPENER = re.compile(r"(?:any|an?|every|each|all|the)\b")


_DETERMINER_AND_NOUN = re.compile(r"(?:Each|Every|The|A|An)\s+([a-z][\w-]+)\s")


_USING_OPENER = re.compile(r"^using\s+")


# A word this common (0 everyday .. 1 hardly used) is not a term just because a sentence opens with it.
_EVERYDAY = 0.45


# "A multinational integrated logistic unit (MILU) is formed": an -ed word inside a subject that has its copula later.
_LATER_COPULA = re.compile(r"^[^,;.]*?\b(?:is|are|was|were)\b")
# "A stanza of two rhyming lines is a couplet": a word right before the copula is the subject's head noun, not
# its verb ("lines"), however the lexicon knows it.
_NEXT_IS_COPULA = re.compile(r"^\s+(?:is|are|was|were)\b")


def _everyday_subject(term: str, context: Context) -> bool:
    """"A restaurant owes ...", "In a crisis, ...", "A sample of rainwater has ...": an everyday noun, not a term.

    One everyday word, or an everyday head before "of", that the author did
    not set in bold is only the sentence's subject.
    """
    if term_key(term) in context.bold_keys:
        return False
    words = word_list(term)
    head = words[0] if len(words) > 1 and words[1].lower() == "of" else words[-1] if len(words) == 1 else None
    return head is not None and specificity(head.lower()) < _EVERYDAY


# Plain adjectives of size and weight before two nouns ("a thin metal spoon", "a large glass jar"): one object
# described ("strong acid", "cold front", "high pressure system" name kinds).
_DESCRIBING = frozenset("thin thick heavy tiny huge small large big".split())
# "A survey published in 2016 found that ...": what one study reported, not what the subject is.
_REPORTED_FINDING = re.compile(r"^(?:\S+\s+){0,6}?(?:found|showed|concluded|estimated|reported|suggested)\s+that\b")
# How common a participle must be to say what one thing is like, not which kind it is ("attenuated": 2.75).
_EVERYDAY_PARTICIPLE = 3.0
# "A worker's sting": a common noun's possession.
_COMMON_POSSESSOR = re.compile(r"\b[a-z][\w-]*['’]s\b")


def _one_case(term: str, predicate: str, context: Context) -> bool:
    """The subject is one case the sentence tells of, not a kind the lesson names.

    "A worker's sting has barbs": a common noun's possession; "A returning
    forager performs a dance": an -ing participle says what one member is
    doing, and "A thin metal spoon has a large k" a plain adjective what one
    object is like (unless the lesson uses the phrase again, as it does a name:
    "printing press"); "A major assessment published in 2016 found that
    ...": a finding, reported.
    """
    if _COMMON_POSSESSOR.search(term) or _REPORTED_FINDING.match(predicate):
        return True
    first = word_list(term)[0].lower()
    described = len(word_list(term)) > 2 and first in _DESCRIBING  # "A thin metal spoon has a large k": one object
    # "A trained technician makes ...", "A weakened oyster reacts ...": an everyday participle says what one is like
    # (written once, every such entry rated but two was rejected; "Attenuated vaccines", rarer words, were kept).
    everyday_participle = (len(first) > 5 and first.endswith("ed") and not first.endswith("eed")
                           and zipf(first) >= _EVERYDAY_PARTICIPLE)
    if not (described or everyday_participle or first.endswith("ing") and word_pos(first) == {"VERB"}) \
            or {term_key(term), term_key(first)} & context.bold_keys:  # "A **streamlined** object has ..."
        return False
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in word_list(term.lower())), re.I)
    return sum(len(pattern.findall(s)) for _, s in context.document.sentences()) < 2


# ", a pint of milk costs ...": after a comma, an indefinite subject and its present-tense verb open a new clause.
_SPLICED_CLAUSE = re.compile(r",\s+(?:a|an)\s+(?P<words>(?:[a-z][\w-]*\s+){1,4})")


def _comma_spliced(predicate: str) -> bool:
    """"goes up, a pint of milk costs more": a second clause joined by a comma alone, a list of happenings."""
    for match in _SPLICED_CLAUSE.finditer(predicate):
        words = match["words"].split()
        if any(w.endswith("s") and finite_verb(w) and "NOUN" not in word_pos(w) for w in words[1:]):
            return True
        if len(words) > 1 and words[-1].endswith("s") and finite_verb(words[-1]) and words[-2] not in STOPWORDS:
            return True
    return False


def _bold_term_in_a_state(term: str, context: Context) -> bool:
    """"An adult heart beats ...", "A healthy liver stores ...": the author's bold term after an everyday adjective.

    As the subject of what it does, it is a fact about the term in one
    state, not a new term ("In a competitive market, ...", a setting, is
    not judged here).
    """
    words = word_list(term)
    return (len(words) == 2 and term_key(words[1]) in context.bold_keys
            and term_key(term) not in context.bold_keys
            and "ADJ" in word_pos(words[0].lower()) and specificity(words[0].lower()) < _EVERYDAY)


_BEING_OPENER = re.compile(r"^being\s+")


# "A port visit belongs mainly to the third.": an ordinal standing for a noun the sentence does not show.
_BARE_ORDINAL_END = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|former|latter|last)\s*\.?$", re.I)
# "A café raises the price of a sandwich from $2 to $3.": figures make a worked example, not a definition.
_WORKED_FIGURES = re.compile(r"[$£€¥]\s?\d|\d\s?%|\bfrom\s+\S*\d\S*\s+to\s+\S*\d")
# "A cyclist rides at 12 km/h for 2.5 hours.", "An aeroplane flies 1,800 km at 720 km/h.": two measured quantities
# are the data of one worked case ("pinpoints a place to within 100 metres", one figure, may say what it is).
_MEASURED_QUANTITY = re.compile(r"\d\s?(?:km/h|m/s|mph|km|cm|mm|kg|Hz|kHz|kWh|kW|litres?|m|s|g|N|J|W|V)\b(?![-/])"
                                r"|\d\s+(?:seconds|minutes|hours|metres|kilometres|kilograms|grams)\b")


def _described_not_named(term: str, context: Context) -> bool:
    """"A quick check helps ...", "A large current means ...": a common modifier describes the noun, names no kind.

    Kept when the author set the phrase in bold, or the lesson names another kind of the same noun with a
    modifier that classifies ("real value" beside "nominal value": the pair are kinds).
    """
    words = [w.lower() for w in word_list(term)]
    if len(words) < 2 or words[0] not in lexicon.GENERIC_MODIFIERS or term_key(term) in context.bold_keys:
        return False
    head = singular(words[-1])
    text = context.running_text
    siblings = re.findall(rf"\b([a-z][\w-]+) {re.escape(head)}s?\b", text)
    return not any(s not in lexicon.GENERIC_MODIFIERS and s not in STOPWORDS and s != words[0]
                   and "ADJ" in word_pos(s) for s in siblings)


def _splits_bold(term: str, rest: str, context: Context) -> bool:
    """"A **deletion anomaly** happens ...": the subject stops inside a phrase the author set in bold."""
    key = term_key(term)
    following = word_list(rest[len(term):])[:1]
    if not key or not following:
        return False
    return any(term_key(b) == term_key(f"{term} {following[0]}") or term_key(b).startswith(f"{key} ")
               and term_key(f"{term} {' '.join(word_list(rest[len(term):])[:len(b.split()) - len(term.split())])}") == term_key(b)
               for b in context.document.emphasis)


_NAMING_PARTICIPLE = re.compile(r"^(?:[a-z]+ly\s+)?(?:called|known\s+as|named|termed|nicknamed)\b")


def _not_a_definition(predicate: str) -> bool:
    """A predicate that leans on an unseen ordinal ("the third") or gives a worked example's figures."""
    return bool(_BARE_ORDINAL_END.search(predicate) or _WORKED_FIGURES.search(predicate)
                or len(_MEASURED_QUANTITY.findall(predicate)) >= 2)


def find_prose(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """A generic subject and what it does ("A redirect tells the client ..."), and other shapes of running prose.

    Also: a dash appositive ("Scarcity — the gap between ... — forces"), a
    kind with its examples ("Accessory pigments, such as carotenoids,
    absorb ..."), a setting ("At a divergent boundary, two plates ..."), a
    rule ("Under the postal rule, ..."), "is not X but a Y", "is a stateless
    protocol: ...", a noun compound with its relative clause, and a
    participle appositive ("Military diplomacy, using ..., has ...").
    """
    out: list[Candidate] = []
    clean = _LEADING_MARKER.sub("", sentence).rstrip()

    def add(term: str, definition: str | None, confidence: float, kind: str = TermKind.DEFINED, generic_ok: bool = False,
            aliases: frozenset[str] = frozenset()) -> None:
        definition = finish_definition(definition) if definition else None
        if (definition and not has_anaphora(definition) and (generic_ok or not is_vacuous(definition))
                and not _plural_pronoun_outside(definition)):
            out.append(Candidate(term, definition, kind, section, sentence, confidence, "pattern", set(aliases)))

    match = _GENERIC_SUBJECT.match(clean)
    if match:
        rest = match.group("rest")
        # "A false dilemma, or false dichotomy, presents ...": the other name is an alias, not part of the subject.
        other_name = _OR_ALIAS_SUBJECT.match(rest)
        aliases = frozenset({other_name.group("alias")}) if other_name else frozenset()
        if other_name:
            rest = f"{other_name.group('term')} {other_name.group('rest')}"
        # The subject is the shortest run of words followed by a finite verb.
        for word in _WORD_TOKEN.finditer(rest):
            if word.start() == 0:
                continue
            term = rest[: word.start()].strip().rstrip(",")
            if len(word_list(term)) > 4 or term.count(",") > 0 and not _ASIDE_RE.match(rest[len(term):]):
                break
            if len(term.split()) > 1 and all(w[:1].isupper() for w in term.split()):
                break  # "A Doll's House keeps to a single room ...": a title, no kind of thing (test-cj)
            aside = _ASIDE_SPACED.match(rest[len(term):])
            if aside and _EXAMPLE_MARKER.search(aside.group(0)) and term.islower():
                # "A bathroom scale, for example, usually shows ...": an example of the point, not a term (test-cf);
                # a named kind stays ("A Shakespearean sonnet, for example, follows the scheme ...").
                break
            remainder = rest[len(term) + (aside.end() if aside else 0):]
            if len(word_list(term)) == 1:
                # "A moderator slows ...; in the older design this was graphite": an agent noun's own clause ends at
                # the semicolon ("A large current means ...; ..." describes one case and stays whole, and refused).
                remainder = remainder.split(";")[0]
            predicate = predicate_of(remainder, plural=False)
            verb = word_list(remainder)[:1]
            if (verb and (verb[0].endswith("ed") and "ADJ" in word_pos(verb[0]) or is_participle(verb[0]))
                    and _LATER_COPULA.match(remainder[len(verb[0]):])):
                continue  # "A multinational integrated ... unit is formed", "A warship tied up ... is": a modifier
            if verb and _NEXT_IS_COPULA.match(remainder[len(verb[0]):]):
                continue  # "A stanza of two rhyming lines is ...": "lines" heads the subject
            if _QUANTITY_PHRASE.match(term):
                break  # "A great deal of progress has come from ...": an amount, not a term
            if _splits_bold(term, rest, context):
                continue  # "A **deletion anomaly** happens ...": the subject is the whole bold phrase
            if predicate and _bold_term_in_a_state(term, context):
                break
            if predicate and _comma_spliced(predicate):
                break  # "A train ticket goes up, a pint of milk costs more, and ...": a run of happenings, a scene
            if predicate and predicate.split()[0] in {"means", "mean"} and predicate.split()[1:2] != ["that"]:
                break  # "A longer string means a lower pitch": the copula rule reads "X means Y", never "A string that means"
            if predicate and (_everyday_subject(term, context) or _not_a_definition(predicate) or _one_case(term, predicate, context)
                              or _described_not_named(term, context) or _impression(predicate)):
                break
            passive = _PASSIVE_WITH_PREPOSITION.match(remainder)
            if passive and "VERB" in word_pos(passive.group("v")):
                # "A MAC address is fixed to the network card by ...": passive.
                predicate = CONTRAST_SPLIT.split(remainder)[0].rstrip(".")
            if predicate:
                # After "A", even a word the lexicon knows only as a verb
                # ("A redirect tells ...") is a noun.
                one_word = (len(word_list(term)) == 1 and term.isalpha() and term not in STOPWORDS
                            and not (term.endswith("ly") and "ADV" in word_pos(term)))  # "A poorly designed table"
                first = word_list(term)[0].lower()
                compared = first.endswith(("er", "est")) and word_pos(first) & {"ADJ", "NOUN"} == {"ADJ"}  # "A heavier object"
                if (valid_term(term) or one_word and valid_term(term, strict=False)) and not PRONOUN_START.match(predicate) \
                        and not compared:
                    add(term, rephrase.genus_phrase(term, predicate), GENERIC_SUBJECT_CONFIDENCE,
                        aliases=aliases if other_name and term == other_name.group("term") else frozenset())
                break
    match = _DASH_APPOSITIVE.match(clean)
    if match and valid_term(match.group("term")) and (
        match.group("verb") in AUXILIARIES or finite_verb(match.group("verb"))
    ):
        add(match.group("term"), match.group("np"), DASH_APPOSITIVE_CONFIDENCE)
    match = _EXAMPLE_SUBJECT.match(clean)
    if match and (not plural_head(match.group("term"))
                  or _QUANTIFIER_OPENER.match(match.group("ex"))):
        match = None  # "The offer, like any promise, binds": a comparison, not a kind's examples
    if match and valid_term(match.group("term")) and not match.group("term")[:1].isupper() or (
        match and match.group("term")[:1].isupper() and match.group("term").split()[0].lower() not in STOPWORDS
        and valid_term(match.group("term")) and not _named_like(match.group("term"))
    ):
        term = match.group("term")
        predicate = predicate_of(match.group("pred"), plural=plural_head(term))
        if predicate:
            add(term, f"{rephrase.genus_phrase(term, predicate)} (for example, {match.group('ex')})", EXAMPLES_CONFIDENCE)
    match = _INSTANCE_SUBJECT.match(clean)
    if match and _named_like(match.group("name")):
        name = match.group("name").strip()
        predicate = predicate_of(match.group("pred"), plural=False)
        np = rephrase.drop_demonstratives(match.group("np"))
        if predicate and not has_anaphora(np) and not _NAMING_PARTICIPLE.match(predicate):  # "usually called T, ..."
            kind = lexicon.KIND_HEADS.get(fold(word_list(name)[-1]), TermKind.DEFINED)
            add(name, f"{np} that {predicate}", NAMED_INSTANCE_CONFIDENCE, kind)
    match = _GENERIC_SETTING.match(clean)
    if (match and valid_term(match.group("term")) and not PRONOUN_START.match(match.group("clause"))
            and not _everyday_subject(match.group("term"), context) and _describes(match.group("clause"))
            and not _setting_tells_a_case(match.group("term"), match.group("clause"))):
        term = match.group("term")
        words = word_list(term)
        genus = f"{rephrase.article(words[-1])} {words[-1].lower()}" if len(words) > 1 else f"{rephrase.article(term)} {term}"
        # "In a healthy young adult, pressure rises to ...": a body or a person is where a case is observed, not a
        # setting the lesson names ("An adult in which pressure rises ..." defines nothing).
        if (len(words) > 1 or word_pos(term) & {"NOUN"}) and singular(words[-1].lower()) not in _BODIES | _TIMES:
            add(term, rephrase.relative_definition(genus, match.group("prep").lower(), match.group("clause")), SETTING_CONFIDENCE)
    match = _UNDER_RULE.match(clean)
    if match and valid_term(match.group("term")):
        term = match.group("term")
        head = fold(word_list(term)[-1])
        clause = DISCOURSE_OPENER.sub("", match.group("clause"))
        # "Under the Harbour Convention, ...": a named instrument is no rule "that" the clause states (governing_name).
        if head in _RULE_HEADS and not PRONOUN_START.match(clause) and not term[:1].isupper():
            add(term, f"The {head} that {rephrase.lower_first(clause)}", UNDER_RULE_CONFIDENCE)
    match = _NOT_BUT.match(clean)
    if match and valid_term(match.group("term"), strict=False):
        definition = match.group("subj")
        if match.group("rel") and predicate_of(match.group("rel"), plural=False):
            definition += f" and {match.group('rel')}"
        add(match.group("term"), definition, NOT_BUT_CONFIDENCE)
    match = _KIND_COLON.match(clean)
    if match:
        adj, head = match.group("adj"), match.group("head")
        if ((not word_pos(adj) or "ADJ" in word_pos(adj) and "NOUN" not in word_pos(adj)) and adj not in lexicon.GENERIC_MODIFIERS
                and adj not in lexicon.EVALUATIVE and "NOUN" in word_pos(head) and head not in lexicon.GENERIC_NOUNS
                and not PRONOUN_START.match(match.group("clause")) and not _INDEFINITE_OPENING.match(match.group("clause"))):
            add(f"{adj} {head}", rephrase.relative_definition(f"{rephrase.article(head)} {head}", "in",
                                                              match.group("clause")), KIND_COLON_CONFIDENCE)
    for match in _COMPOUND_THAT.finditer(clean):
        term = match.group("term")
        modifier, head = term.split()
        # A noun-noun compound ("guard cells", "status code"); an adjective
        # before the noun ("green pigment") rarely makes a term.
        if not ("NOUN" in word_pos(modifier) and "ADJ" not in word_pos(modifier) and "NOUN" in word_pos(head)) or not valid_term(term):
            continue
        if modifier in STOPWORDS or head in lexicon.GENERIC_NOUNS or singular(head) in lexicon.GENERIC_NOUNS:
            continue
        preceding = word_list(clean[: match.start()])[-1:]
        if not preceding or preceding[0].lower() not in {"a", "an", "the", "of"}:
            continue  # "Economists call costs that ...": not a noun phrase of its own; "every member state that
            # wishes ...", "each team member that ...": the clause picks out some of them, it does not define them
        if clean[: match.start()].strip().lower() in {"a", "an", "the"}:
            continue  # "A rock layer that stores water ... is an aquifer": the sentence's subject; its verb follows
        if _GENUS_OF_ANOTHER.search(clean[: match.start()]):
            continue  # "A cadence is a chord progression that ...", "a **patch**: a bug fix that ...": another term's genus
        relative = match.group("rel")
        if not predicate_of(relative, plural=plural_head(term)):
            continue
        if _IT_OR_THEM.search(relative):
            subject = _DETERMINER_AND_NOUN.match(clean)
            if not subject or subject.group(1) == head:
                continue
            relative = _IT_OR_THEM.sub(f"the {subject.group(1)}", relative)
        add(term, rephrase.genus_phrase(term, relative), COMPOUND_THAT_CONFIDENCE)
    match = _PARTICIPLE_APPOSITIVE.match(clean)
    if (match and valid_term(match.group("term")) and not plural_head(match.group("term"))
            and (match.group("verb") in AUXILIARIES or finite_verb(match.group("verb"), plural=False))):
        part = match.group("part")
        part = _USING_OPENER.sub("the use of ", part)
        part = _BEING_OPENER.sub("", part)
        add(match.group("term"), part, PARTICIPLE_APPOSITIVE_CONFIDENCE, generic_ok=True)
    return out


# "In a grave emergency, the consuls could appoint ...", "In a block and tackle, the pulleys have weight, and that
# weight must ...": a modal, or a second clause after ", but" / ", and", tells what can happen in one case, not
# what the setting is.  Blind raters rejected 28 of 44 verdicts on the setting shape (9 corpora); the accepted ones
# ("A market in which no single buyer or seller sets the price") state one general present-tense fact.
_CASE_MODAL = re.compile(r"\b(?:can|cannot|could|may|might|would|must|should|tends?\s+to)\b")
_SECOND_CLAUSE = re.compile(r",\s+(?:but|and|who|whereas|while)\s")
# "A bus timetable looks like a grid ...", "A quiet room feels calm": how the thing looks or feels to a reader.
_IMPRESSION = re.compile(r"^(?:looks?|seems?|feels?|sounds?|appears?)\b")


def _setting_tells_a_case(term: str, clause: str) -> bool:
    """"In a seesaw, ..." (the genus would be the term itself), or a clause with a modal or a second clause."""
    return (len(word_list(term)) == 1 or bool(_CASE_MODAL.search(clause))
            or bool(_SECOND_CLAUSE.search(clause.split(";")[0])))


def _impression(predicate: str) -> bool:
    """"looks like a grid of numbers", "seems confusing": how the thing strikes a reader, not what it is."""
    return bool(_IMPRESSION.match(predicate))


def _describes(clause: str) -> bool:
    """"two plates move apart ...", not "however, the answer matters" (a connective) or "explain what ..." (an instruction)."""
    if DISCOURSE_OPENER.match(clause) or _not_a_definition(clause):
        return False
    first = word_list(clause)[:1]
    return not (first and first[0].islower() and word_pos(first[0]) == {"VERB"} and not is_participle(first[0])
                and not first[0].endswith("s"))


def _named_like(name: str) -> bool:
    """"Efes-2022 Live Fire Exercise", "AKINCI", "Gutenberg Bible": a proper name."""
    words = word_list(name)
    return bool(words) and len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w in {"of", "the", "and", "for"}
                                                    for w in words) and words[0][:1].isupper()


PROSE = RULES.register(Rule(
    name="prose", priority=100, scope=Scope.SENTENCE, confidence=GENERIC_SUBJECT_CONFIDENCE, find=find_prose,
    examples=(
        finds("# HTTP\n\nA **redirect** tells the client to request a different address instead.\n", "redirect"),
        # test-ct: a comparative opens a comparison of two cases, no kind ("Heavier object: An object that needs ...")
        misses("# Circles\n\nA heavier object needs more force to keep it on the same circle.\n", "heavier object"),
        finds("# Plates\n\nAt a divergent boundary, two plates move apart and new crust forms.\n",
              "divergent boundary"),
        misses("# HTTP\n\nA server tells them nothing.\n", "server"),
        finds("# Stoves\n\nA **baffle** slows the gases so that they burn more completely; in older stoves this was brick.\n",
              "baffle"),
        misses("# Roads\n\nA witness watched the riders and asked how fast they were going.\n", "witness"),
        misses("# Lungs\n\nIn a resting adult, each breath moves about half a litre of air in and out.\n", "resting adult"),
        misses("# Mines\n\nA great deal of progress has come from working smarter than before.\n",
               "great deal of progress"),
        misses("# Tort\n\nA restaurant owes contractual duties only to its customers.\n", "restaurant"),
        misses("# Acids\n\nA sample of rainwater has a hydrogen ion concentration of 0.1 mol/L.\n", "sample of rainwater"),
        misses("# Tables\n\nA **deletion anomaly** happens when removing one fact destroys another.\n", "deletion"),
        misses("# Tables\n\nA poorly designed table may repeat the same fact in many rows.\n", "poorly"),
        misses("# Navies\n\nA warship tied up alongside a foreign quay is one of the oldest instruments of statecraft.\n",
               "warship"),
        misses("# Prices\n\nA café raises the price of a sandwich from $2 to $3.\n", "café"),
        misses("# Heat\n\nA thin metal spoon has a large k and cools in moments.\n", "thin metal spoon"),  # test-cx
        misses("# Speed\n\nA delivery van covers 150 km in 3 hours on the motorway.\n", "delivery van"),
        finds("# Maps\n\nA ten-figure grid reference pinpoints a place to within 1 metre.\n", "ten-figure grid reference"),
        misses("# Navies\n\nNavies have three roles. A port visit belongs mainly to the third.\n", "port visit"),
        misses("# Operations\n\nIn a multinational operation, however, the answer matters a great deal.\n",
               "multinational operation"),
        misses("# Writing\n\nIn a paragraph, explain what your rewrite reveals about the writer.\n", "paragraph"),
        misses("# Poems\n\nA stanza of two rhyming lines is a couplet.\n", "stanza of two rhyming"),
        misses("# Cells\n\nA group of similar cells is a tissue.\n", "group of similar"),
        misses("# Ions\n\nA sodium ion is simply a sodium atom that has lost one electron.\n", "sodium atom"),
        misses("# Cells\n\nA stoma is usually a leaf pore that lets gases in and out.\n", "leaf pore"),
        misses("# Data\n\nThe images are sent to every member state that asks for a copy.\n", "member state"),
    ),
))

# "Rivers carry sediment; a meander is ...": a later main clause can explain in prose too.
PROSE_IN_CLAUSE = RULES.register(Rule(
    name="prose_in_clause", priority=150, scope=Scope.CLAUSE, confidence=GENERIC_SUBJECT_CONFIDENCE, find=find_prose,
    examples=(
        finds("# HTTP\n\nThe first request fails; a **redirect** tells the client to request a different address instead.\n",
              "redirect"),
        misses("# HTTP\n\nA redirect tells the client to request a different address instead.\n", "redirect"),
    ),
))
