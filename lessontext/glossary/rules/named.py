"""Named programmes, exercises, equipment and organisations with the sentence that says something about them."""

from __future__ import annotations

import re

from lessontext.document import Document, DocumentSection
from lessontext.glossary import lexicon, narrated, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, mask_term
from lessontext.glossary.phrases import (
    ANY_DIGIT,
    PRONOUN_START,
    after_another_noun,
    finite_verb,
    has_anaphora,
    is_participle,
    plural_head,
    predicate_of,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, first_clause, fold, getAllLemmas, getInflection, term_key, word_pos

# "the Bayraktar TB2 drone, built by ...": equipment by its head noun and participle phrase.
EQUIPMENT_CONFIDENCE = 0.75
# "the Efes-2022 exercise, held every two years ...": the participle phrase.
PARTICIPLE_CONFIDENCE = 0.7
# "Aldus Manutius founded the Aldine Press in 1494" -> "A press founded by Aldus Manutius in 1494".
CREATED_BY_CONFIDENCE = 0.7
# "X, which ...".
WHICH_CONFIDENCE = 0.65
# Only mentioned (an example, "such as the X"): the sentence, below the cut.
MENTIONED_CONFIDENCE = 0.45


# "NATO Centre of Excellence for Military Medicine": a name opened by an acronym goes on through its "of"/"for",
# and through "and" before two more capitalised words ("the ASEAN Agreement on Trade and Customs Procedures": one
# name, not a name and its tail; after the acronym itself, "NATO and Russia" are two);
# "Organisation for the Prohibition of ...": "for the" inside a name.
_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:[A-Z][\w-]*-\d[\w-]*|[A-Z]{3,}[\w-]*|[A-Z][a-z]+[A-Z][\w-]*)"
    r"(?:\s+(?:(?:of|for|on)\s+)?[A-Z][\w-]*|(?<![A-Z]{2})\s+and\s+(?!The\b)[A-Z][\w-]*(?=\s+[A-Z])){0,5})"
    r"|(?:[A-Z][\w-]*(?:\s+(?:(?:of|for|on)\s+the|of|for|and|the|on)\s+|\s+)){1,5}[A-Z][\w-]*)(?:\s+(?P<head>[a-z]+))?"
)


_CREATION_VERBS = (
    r"founded|established|created|set up|launched|formed|developed|built|introduced|designed|completed|"
    r"issued|published|signed|held|organised|organized|conducted"
)


_CREATION = re.compile(r"\b(?:" + _CREATION_VERBS + r")\b")


_INSTANCE = re.compile(r"\b(?:like|such as|including|e\.g\.|namely)\s+(?:the\s+)?$")


_DIGIT_OR_CAPITALS_OPENER = re.compile(r"\d|^[A-Z]{3,}")


_THREE_CAPITALS = re.compile(r"[A-Z]{3,}")


_COMMA_PARTICIPLE_PHRASE = re.compile(r",\s+(?P<p>(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\b[^,;]{3,120}),")


# ", signed by A and B in 1946 to continue their partnership.": a creation participle closing the sentence
# with the purpose the thing was made for.
_FINAL_PURPOSE_PARTICIPLE = re.compile(
    r"^\s*,\s+(?P<p>(?P<v>" + _CREATION_VERBS + r")\s+(?:by|in|at)\s+[^,;()]{3,120}?\s+to\s+(?P<inf>[a-z]+)\s+[^,;()]{3,120}?)"
    r"\.?$")


def _purpose_phrase(after: str) -> str | None:
    """", set up in 1948 to supervise the truce." -> "set up in 1948 to supervise the truce": made, and what for."""
    match = _FINAL_PURPOSE_PARTICIPLE.match(after)
    if not match or match.group("inf") not in (getAllLemmas(match.group("inf")).get("VERB") or ()):
        return None
    return match.group("p")


# "Science Organization and The Technical Program": a name that ends in its kind, "and", then another name.
_TWO_NAMES = re.compile(r"^.+?\s(?P<head>[A-Z][a-z]+)\s+and\s+(?:The\s+)?(?P<second>[A-Z][\w-]*(?:\s+\S+)+)$")


_CIRCUMSTANCE_WORDS = frozenset("in at on by from during since until and the of".split())


def _only_circumstances(phrase: str) -> bool:
    """"signed in Prague in 2010": a place and a date say when and where, not what the thing is (but "founded The
    Peregrine Fund" is a verb and its object: the sentence's own verb, after its subject's aside, test-do)."""
    rest = word_list(phrase)[1:]
    if rest and rest[0].lower() in {"the", "a", "an"}:
        return False
    return all(w.lower() in _CIRCUMSTANCE_WORDS or w[:1].isupper() or w[:1].isdigit() for w in rest)


_COMMA_WHICH_OR_WHO = re.compile(r"\s*,\s*(?:which|who)\b")
# "the X Treaty of 1967, which ...", "the X Centre in Budapest, which ...": a date or place, then the relative.
_DATE_OR_PLACE = r"(?P<where>\s+(?:of\s+\d{4}|in\s+(?:The\s+)?[A-Z][\w-]+))?"
_NAME_THEN_WHICH = re.compile(_DATE_OR_PLACE + r"\s*,\s*which\s+(?P<verb>[a-z]+)\b")


_INSIDE_A_LONGER_NAME = re.compile(r"(?:\bof|[A-Z][\w-]*\s+(?:for|and|on))\s+(?:the\s+)?$")


def _present(verb: str, *, plural: bool) -> bool:
    """"give" after a plural name, "bans" after a singular one: the present tense says what the thing does."""
    tag = "VBP" if plural else "VBZ"
    return any(verb in (getInflection(lemma, tag) or ()) for lemma in getAllLemmas(verb).get("VERB") or ())


# "the International Commission on Missing Persons", "the Treaty of Lisbon", "the Ministry of Defence": a name with
# "of"/"on"/"for" inside it is a kind of thing named by the word before that preposition, not by its last word.
_INSIDE_NAME_PREPOSITIONS = frozenset({"of", "on", "for"})


# "Operation Sea Guardian", "Exercise Cobra Warrior", "Project Sapphire": the kind first, then a code name.
_LEADING_KINDS = frozenset({"operation", "exercise", "project"})


def _name_head(words: list[str]) -> str:
    """"Commission on Missing Persons" -> "Commission": the word that says what kind of thing the name names."""
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _INSIDE_NAME_PREPOSITIONS), len(words))
    return words[cut - 1]


def leading_kind(words: list[str]) -> str | None:
    """"Operation Sea Guardian" -> "operation": a code name's kind is its first word ("Project Offices" are offices)."""
    if (len(words) > 1 and words[0].lower() in _LEADING_KINDS and words[-1].lower() not in lexicon.KIND_HEADS
            and not plural_head(words[-1].lower()) and not any(w.lower() in _INSIDE_NAME_PREPOSITIONS for w in words)):
        return words[0].lower()
    return None


# "which ended in 2016", "which began in 1992": when, not what the operation does.
_WHEN_ONLY = re.compile(r"^(?:began|ended|lasted|started|took\s+place|ran)\b(?:\s+(?:in|on|from|until|between)\s+[^,]*)?$")


def _common_head(words: list[str]) -> bool:
    """"Allied Joint Publications": the name ends in a capitalised common noun that can head a genus."""
    head = words[-1]
    return (len(words) >= 2 and head[:1].isupper() and not head.isupper()
            and "NOUN" in word_pos(head.lower()) and head.lower() not in STOPWORDS)


def find_named(document: Document, context: Context) -> list[Candidate]:
    """"the Efes-2022 exercise, held in ...", "Aldus Manutius founded the Aldine Press": a proper name said something about.

    Reads every sentence once all sections have been read, so that names
    the lesson expands as acronyms (``context.acronyms``) are known and left
    alone.  The name's kind comes from its head word ("Exercise", "Fund");
    a name only given as an example stays below the cut.
    """
    out = []
    for section in document.sections:
        for sentence in section.sentences:
            out += _named_in_sentence(section, sentence, context.acronyms)
    return out


# "the Military World Games, in which athletes compete ...", "the European Defence Fund, through which the Union
# co-finances ...": what happens in or through the named thing.
_NAME_THEN_PREPOSITION_WHICH = re.compile(
    r"^\s*,\s*(?P<prep>in|through|under|by|with|from)\s+which\s+(?P<clause>[^;:()]{10,200}?)\.?$")


def _prepositional_relative(name: str, words: list[str], after: str, before: str) -> str | None:
    """"A fund through which ...", "Games in which ...": the name's own common head and the relative after it."""
    relative = _NAME_THEN_PREPOSITION_WHICH.match(after)
    if (not relative or not _common_head(words) or fold(name) in lexicon.COUNTRIES or "and" in words
            or _INSIDE_A_LONGER_NAME.search(before) or not any(finite_verb(w) for w in word_list(relative["clause"]))
            or _AGENT_BEFORE.search(before)):
        return None  # "an experiment by Jerome Bruner and Leo Postman, in which ...": the relative is the experiment's
    clause = relative["clause"]
    resumed = next((m for m in _CLAUSE_COMMA.finditer(clause) if finite_verb(m["next"]) or
                    finite_verb(m["next"], plural=True)), None)
    if resumed:
        clause = clause[: resumed.start()]  # "..., through which ports share costs, last decades": the main verb
    if PRONOUN_START.match(clause) or has_anaphora(clause):
        return None  # "..., under which they shared the tolls": who "they" are is told before
    # "the Treaty of Marrow, under which ...": a treaty, the head before "of", not "a marrow".
    cut = next((i for i, w in enumerate(words) if i and w.lower() in {"of", "for", "on"}), len(words))
    head = words[cut - 1].lower()
    genus = head.capitalize() if plural_head(head) else f"{rephrase.article(head)} {head}"
    return finish_definition(f"{genus} {relative['prep']} which {clause}")


_AGENT_BEFORE = re.compile(r"\bby\s*$")
_CLAUSE_COMMA = re.compile(r",\s+(?P<next>[a-z]+)\b")


def _named_in_sentence(section: DocumentSection, sentence: str, defined_acronyms: dict[str, str]) -> list[Candidate]:
    out = []
    for match in _NAMED.finditer(sentence):
        name = match.group("name").strip()
        head = match.group("head")
        words = name.split()
        if match.start() == 0 and words[0].lower() in STOPWORDS | lexicon.BAD_TERM_START:
            words = words[1:]
            while words and words[0].lower() in {"of", "for", "and", "the", "on"}:
                words = words[1:]
            if not words or (len(words) < 2 and not _DIGIT_OR_CAPITALS_OPENER.search(words[0])):
                continue
            name = " ".join(words)
        two = _TWO_NAMES.match(name)
        if two and fold(two.group("head")) in lexicon.KIND_HEADS:
            # "the Science Organization and The Technical Program, which links ...": two names; the last is the subject.
            name = two.group("second")
            words = name.split()
        if name in defined_acronyms or name in lexicon.COMMON_ACRONYMS:
            continue
        through = _prepositional_relative(name, words, sentence[match.end("name"):], sentence[: match.start("name")])
        if through:
            out.append(Candidate(name, through, lexicon.KIND_HEADS.get(fold(words[-1]), TermKind.DEFINED), section,
                                 sentence, WHICH_CONFIDENCE, "named"))
            continue
        purposed = _created_for_a_purpose(name, sentence[: match.start("name")], sentence[match.end("name"):])
        if purposed:
            out.append(Candidate(name, purposed, lexicon.KIND_HEADS.get(fold(words[-1]), TermKind.DEFINED), section,
                                 sentence, CREATED_BY_CONFIDENCE, "named"))
            continue
        kind = None
        display = name
        if head and lexicon.KIND_HEADS.get(head) == TermKind.EQUIPMENT:
            kind = TermKind.EQUIPMENT
            display = f"{name} {head}"
        else:
            kind = lexicon.KIND_HEADS.get(fold(words[-1])) or lexicon.KIND_HEADS.get(fold(_name_head(words)))
        which_follows = _NAME_THEN_WHICH.match(sentence[match.end("name"):])
        if which_follows and _INSIDE_A_LONGER_NAME.search(sentence[: match.start("name")]):
            # "Article 51 of the United Nations Charter, which ...": the relative may be the outer head's;
            # "the NATO Centre of Excellence for ..., which": the name began before this match.
            which_follows = None
        if kind is None and leading_kind(words) and _COMMA_WHICH_OR_WHO.match(sentence[match.end("name"):]):
            kind = lexicon.KIND_HEADS[leading_kind(words)]  # "Operation Sea Guardian, which monitors ...": its kind first
        if (kind is None and which_follows and _common_head(words) and fold(name) not in lexicon.COUNTRIES
                and _present(which_follows.group("verb"), plural=plural_head(words[-1]))):
            # "Allied Joint Publications, which give commanders ...": what the thing does, in the present tense.
            kind = TermKind.DEFINED
        if kind is None:
            if fold(name) in lexicon.COUNTRIES:
                continue  # Countries are named, but a glossary needs an explanation.
            if not (ANY_DIGIT.search(name) or _THREE_CAPITALS.fullmatch(words[0])):
                continue
            kind = TermKind.PROGRAMME if ANY_DIGIT.search(name) else TermKind.CONCEPT
        if kind == TermKind.CONCEPT:
            continue
        # The sentence must say something about the thing itself.
        after = sentence[match.end("name") if not head or display == name else match.end():]
        before = sentence[: match.start()]
        participle = _COMMA_PARTICIPLE_PHRASE.match(after)
        if participle and is_participle(participle.group("v")) and kind != TermKind.EQUIPMENT \
                and _only_circumstances(participle.group("p")):
            # "the X Treaty, signed in Prague in 2010,": when and where, with no genus to say what; a relative after
            # it ("the X Mechanism, created in 2016, which clears cargo ...") still says what the thing does.
            if _COMMA_WHICH_OR_WHO.match(after[participle.end() - 1:]):
                after = after[participle.end() - 1:]
            participle = None
        elif participle and not is_participle(participle.group("v")):
            participle = None
        purpose = None if participle else _purpose_phrase(after)
        explained = bool(participle or purpose or _CREATION.search(before[-60:]) or _INSTANCE.search(before)
                         or _COMMA_WHICH_OR_WHO.match(after) or which_follows or _COMMA_WHOSE.match(after))
        if not explained:
            continue
        genus = fold(_name_head(words))
        if purpose and genus in lexicon.KIND_HEADS:
            # "the UKUSA Agreement, signed by A and B in 1946 to continue ..." -> "An agreement signed by ... to ...".
            definition = finish_definition(f"{rephrase.article(genus)} {genus} {purpose}")
            confidence = PARTICIPLE_CONFIDENCE
        elif participle and kind == TermKind.EQUIPMENT:
            noun = head or genus  # "the Webb Space Telescope, taken ...": the kind is the name's own last word
            definition = finish_definition(f"{'An' if noun[0] in 'aeiou' else 'A'} {noun} {participle.group('p')}")
            confidence = EQUIPMENT_CONFIDENCE
        elif participle and len(words) > 1 and (main := _main_predicate(after[participle.end():], _name_head(words))):
            # "A First Protocol, concluded at the same time, deals with ...": the participle only interrupts; the
            # sentence's own verb says what the thing is ("A protocol that deals with ...").
            definition = finish_definition(rephrase.genus_phrase(display, main))
            confidence = PARTICIPLE_CONFIDENCE
        elif participle:
            definition = _kind_and_participle(display, genus, participle.group("p"), before)
            confidence = PARTICIPLE_CONFIDENCE
        else:
            definition, confidence = _named_context_definition(display, before, after)
        if definition is None:
            continue
        out.append(Candidate(display, definition, kind, section, sentence, confidence, "named"))
    return out


# "The X Assembly, organised by ...", "In 1990 the X Council, staffed by ...": the name opens the sentence (after at
# most a short introductory phrase), so a participle set off after it describes the name itself.
_SENTENCE_SUBJECT_BEFORE = re.compile(r"^(?:[^,]{1,40},\s+)?(?:the\s+)?$", re.I)


def clause_attaches_to_name(before: str) -> bool:
    """Does a participle after the name describe the name, or another noun of the sentence?

    "Each mission is set up by a decision of the Council of the EU, staffed by contributions from member states and
    directed from Brussels": the name is the object of a preposition inside a longer predicate, and the participles
    continue the list of what the SUBJECT is ("set up by ..., staffed by ... and directed from ..."); only a name
    that is the sentence's subject surely owns the clause set off after it."""
    return bool(_SENTENCE_SUBJECT_BEFORE.match(before))


# "NATO, the North Atlantic Treaty Organization, led the mission ...": a past form followed by its object is the
# sentence's main verb, not a participle set off after the name (a past participle takes no direct object).
_VERB_THEN_OBJECT = re.compile(r"^(?:[a-z]+ly\s+)?[a-z]+\s+(?:the|a|an|its|their|his|her|this|these|those)\b")


def _finite_with_object(phrase: str) -> bool:
    return bool(_VERB_THEN_OBJECT.match(phrase))


def _kind_and_participle(display: str, genus: str, phrase: str, before: str) -> str | None:
    """"The Tribal Assembly, organised by districts, elected ..." -> "An assembly organised by districts.".

    A bare participle ("Organised by districts.") has no head noun: it gets the name's kind word when the clause
    is the name's own; without a kind word, or when the clause may be another noun's, it is refused."""
    if genus not in lexicon.KIND_HEADS or not clause_attaches_to_name(before) or _finite_with_object(phrase) \
            or narrated.origin_fragment(display, phrase) is None:
        return None
    return finish_definition(f"{rephrase.article(genus)} {genus} {mask_term(phrase, term_key(display))}")


# ", while the Second Protocol ...": another clause joined after the main predicate.
_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and|although|though)\b|;")


def _main_predicate(rest: str, head: str) -> str | None:
    """" deals with the export of goods, while ..." -> "deals with the export of goods": the verb after an interrupter.

    Only a present tense says what the thing is; a past one ("elected lower magistrates") tells what it did.
    """
    rest = _NEXT_CLAUSE.split(rest.strip().rstrip("."), maxsplit=1)[0]
    verbs = rest.split()[:1]
    if not verbs or not predicate_of(rest) or not _present(verbs[0], plural=plural_head(head)):
        return None
    return rest


_CREATED_BY = re.compile(
    r"(?P<subj>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:\w+ly\s+)?(?P<verb>" + _CREATION_VERBS + r")\s+(?:the\s+)?$"
)
# "NATO adopted a Climate Plan, committing allies to ...", "The alliance later established a X Centre ... to bring
# together ...": a body (a name, or "the" and a common noun) brings a new thing into being, then its purpose.
# ("In 2008 it established the X Forum, bringing together ...", "and it set up the X Committee to monitor ...": made by
# a body the sentence only points to, and named with "the"; the maker is then left out.)
_CREATED_A = re.compile(
    r"(?:(?P<subj>\b[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|of|for|and))*?(?:\s+of\s+\d{4})?)|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"[a-z]+)\s+(?:(?:\w+ly|later|also|then|soon)\s+)?(?P<verb>" + _CREATION_VERBS + r"|adopted)\s+an?\s+$"
    r"|(?:\b[Ii]n\s+(?P<year>\d{4}),?\s+)?\b(?:it|they)\s+(?:(?:\w+ly|later|also|then|soon)\s+)?(?P<pverb>" + _CREATION_VERBS + r")\s+(?:an?|the)\s+$")
_PLACE_OR_YEAR = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w-]+|\s+in\s+\d{4})*")
# ", committing allies to assess ...", ", hosted by Canada, to bring together ...", " to develop ...": the purpose.
_PURPOSE_AFTER = re.compile(
    r"^(?:,\s+[a-z]+ed\s+by\s+[A-Z][^,;()]{0,40},)?(?P<purpose>,\s+[a-z]+ing\s+[^;()]{8,200}?|\s+to\s+[a-z]+\s+[^;()]{8,200}?)"
    r"(?:,\s+(?:while|but|and|which|whereas)\b.*)?\.?$")


_UP_TO_PUNCTUATION = re.compile(r"[^,;.]*")
_POINTING_BACK = re.compile(r"\b(?:the\s+same|this|that|these|those|its|their)\s*$", re.I)
# "the United Kingdom, Italy and " before the last name of a subject list.
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
_NAME_LIST_BEFORE = re.compile(rf"(?P<list>(?:{_LISTED_NAME},\s+)*{_LISTED_NAME},?\s+and\s+)$")
_AND_BEFORE = re.compile(r"\band\s+(?:the\s+)?$")


_WHICH_OR_WHO_PREDICATE = re.compile(_DATE_OR_PLACE + r"\s*,\s*(?:which|who)\s+(?P<pred>[^;]+?)\.?$")
# "the Organisation for the Prohibition of X in The Hague, whose inspectors verify declarations": what its people or
# parts do says what the body is for.
_WHOSE_CLAUSE = re.compile(_DATE_OR_PLACE + r"\s*,\s*whose\s+(?P<clause>[a-z][^;]+?)\.?$")
_COMMA_WHOSE = re.compile(_DATE_OR_PLACE + r"\s*,\s*whose\s")
# "whose full name is ...", "whose motto is ...": about the name, not the thing.
_ABOUT_THE_NAME = re.compile(r"^(?:\w+\s+)?(?:name|names|motto|acronym|title|initials)\b")


def _named_context_definition(name: str, before: str, after: str) -> tuple[str | None, float]:
    """"Aldus Manutius founded the Aldine Press in 1494" -> "A press founded by Aldus Manutius in 1494".

    A name that is only given as an example ("such as the X") is not
    explained; its sentence stays below the cut.
    """
    words = word_list(name)
    head = _name_head(words).lower()
    genus = f"{rephrase.article(head)} {head} " if head in lexicon.KIND_HEADS else ""
    created = _CREATED_BY.search(before)
    if created and _POINTING_BACK.search(before[: created.start("subj")]):
        created = None  # "The same Act created the Supreme Court ...": which Act is in a sentence the reader cannot see
    if created:
        rest = _UP_TO_PUNCTUATION.match(after).group(0).rstrip()
        subject = created.group("subj")
        # "the United Kingdom, Italy and Japan launched the X": the whole list launched it, not its last name.
        listed = _NAME_LIST_BEFORE.search(before[: created.start("subj")])
        if listed:
            subject = listed.group("list") + subject
        elif _AND_BEFORE.search(before[: created.start("subj")]):
            subject = ""  # "those three states and the United States formed ...": only the last of the makers
            if len(word_list(rest)) < 3:
                return None, MENTIONED_CONFIDENCE  # "A treaty signed.": nothing left to say what it is
        phrase = f"{created.group('verb')} by {subject}{rest}" if subject else f"{created.group('verb')}{rest}"
        return finish_definition(genus + phrase if genus else phrase), CREATED_BY_CONFIDENCE
    which = _WHICH_OR_WHO_PREDICATE.match(after)
    if which and after_another_noun(before):
        which = None  # "the "Ring of Fire" around the Pacific Ocean, which includes ...": the ring's relative, maybe
    if which and "who" in after[:which.start("pred")].split() and not _present(which["pred"].split()[0], plural=False):
        which = None  # "... and founding Fellow of the Royal Society, who helped compile ...": one person's deed (test-dy)
    code_kind = leading_kind(words)
    if which and code_kind and _WHEN_ONLY.match(which.group("pred")):
        which = None  # "Operation Ocean Shield, which ended in 2016": neither a kind from "Shield" nor a definition
    if which and code_kind and predicate_of(which.group("pred")):
        # "Operation Sea Guardian, which monitors ..." -> "An operation that monitors ...", not "A guardian ...".
        where = which.group("where") or ""
        definition = f"{rephrase.article(code_kind)} {code_kind}{where} that {which.group('pred')}"
        return finish_definition(definition), WHICH_CONFIDENCE
    if which and predicate_of(which.group("pred")):
        # The name's own head is the genus when it is a known kind, or when a present-tense relative explains it.
        term = name if genus or _common_head(words) and which.group("where") is None else head
        where = which.group("where") or ""
        return finish_definition(rephrase.genus_phrase(term, which.group("pred"), where)), WHICH_CONFIDENCE
    whose = _WHOSE_CLAUSE.match(after)
    if whose and genus:
        # ", whose model text was approved in 1997, gives ...": the relative ends at its comma.
        clause = first_clause(whose.group("clause"))
        opening = [w.lower() for w in word_list(clause)[1:4]]
        if (any(finite_verb(w) or finite_verb(w, plural=True) for w in opening)
                and not _NOT_WHAT_IT_DOES.intersection(opening) and not _ABOUT_THE_NAME.match(clause)
                and not _PRONOUN_INSIDE.search(clause)):
            # "An organisation whose inspectors verify declarations and observe destruction on site."
            return finish_definition(f"{genus}whose {clause}"), WHICH_CONFIDENCE
    return finish_definition(mask_term(before + name + after, term_key(name))), MENTIONED_CONFIDENCE


# "whose text was approved in 1997", "whose relations had ...": when or how it stood, not what it does.
_NOT_WHAT_IT_DOES = frozenset("is are was were has have had".split())
# "whose officers tracked down its art": a pronoun inside leans on the sentences around.
_PRONOUN_INSIDE = re.compile(r"\b(?:it|its|they|their|them|this|these|those)\b", re.I)


def _created_for_a_purpose(name: str, before: str, after: str) -> str | None:
    """"NATO adopted a X Plan, committing allies to assess ..." -> "A plan adopted by NATO, committing allies to ...".

    The thing is new in the sentence ("a"/"an"), made by its subject, and
    the sentence says what it was made for: a present participle or a "to"
    infinitive after the name (and after its place or date).  A made thing
    with no purpose is left to the rule's other shapes.
    """
    created = _CREATED_A.search(before)
    if not created or created["verb"] and _POINTING_BACK.search(before[: created.start()]):
        return None
    verb_made = created["verb"] or created["pverb"] + (f" in {created['year']}" if created["year"] else "")
    where = _PLACE_OR_YEAR.match(after).group(0)
    purpose = _PURPOSE_AFTER.match(after[len(where):])
    if not purpose:
        return None
    verb = word_list(purpose["purpose"])[1 if purpose["purpose"].lstrip().startswith("to ") else 0]
    if "VERB" not in word_pos(verb):
        return None
    words = word_list(name)
    genus_words = words[: next((i for i, w in enumerate(words) if i and w.lower() in {"of", "for", "on"}), len(words))]
    head = genus_words[-1].lower()
    if "NOUN" not in word_pos(head) or head in STOPWORDS or plural_head(head):
        return None
    agent = f" by {created['subj'][:1].lower() + created['subj'][1:] if created['subj'].startswith('The ') else created['subj']}" \
        if created["subj"] else ""
    return finish_definition(f"{rephrase.article(head)} {head} {verb_made}{agent}{where}{purpose['purpose']}")


NAMED = RULES.register(Rule(
    name="named", priority=80, scope=Scope.DOCUMENT, confidence=PARTICIPLE_CONFIDENCE, find=find_named,
    examples=(
        finds("# Printing\n\nAldus Manutius founded the Aldine Press in Venice in 1494 to print the Greek classics.\n",
              "Aldine Press"),
        misses("# Printing\n\nScholars still admire the Aldine Press today.\n", "Aldine Press"),
        finds("# Aircraft\n\nMore recently, the United Kingdom, Italy and Japan launched the Global Combat Air "
              "Programme to develop a fighter.\n", "Global Combat Air Programme"),
        misses("# Arms\n\nUnder the New START Treaty, signed in Prague in 2010, both sides shared data.\n",
               "New START Treaty"),
        finds("# Rivers\n\nRiver law rests on the Danube Shipping Treaty of 1921, which opens the river to all ships.\n",
              "Danube Shipping Treaty"),
        finds("# Aid\n\nSome schemes, such as the Harbour Repair Fund, through which ports share the cost of repairs, "
              "last decades.\n", "Harbour Repair Fund"),
        misses("# Aid\n\nShips sailed to the Harbour Repair Fund, in which.\n", "Harbour Repair Fund"),
    ),
))
