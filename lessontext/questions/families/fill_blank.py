"""Fill in the blank: a sentence of the lesson with one name, date, quantity, acronym or glossary term blanked.

Reads each mention of a recognised entity (country, organisation, person,
place, year, acronym, a name or quantity) or glossary term in a sentence: the
sentence is the source of the answer, and its own words are accepted (plus
the glossary's name and aliases, a person's surname, the singular or plural of a
term, and the other forms the lesson uses for it: ``answerforms.py``).  No blank when the
mention occurs twice, is one end of a range of years ("1939–1945") or an acronym spelt out
beside it.  A long sentence of two claims joined by "; " is cut to the one that holds the gap (``gaps.gap_clause``).
The text's "a" before the gap stays ("A _____ reduces ..."); an "an" goes into it ("_____ is ...",
not "A(n) _____ is ...": ``gaps.place_article``).

Gaps are ranked (raters rejected blanks on incidental details): a concept term the
sentence is about (a glossary term that is not a name; a specialised one first) > a
number > an organisation > a date > other names.  A person or place never becomes the
gap of a sentence that holds a concept term (the co-author, the town of an anecdote),
and a name joined by "and"/"or" to another name ("NATO and the _____") is left out:
world knowledge fills it without the lesson; so is a body every reader knows by its short name
("_____ has invoked Article 5 only once": NATO, the EU, the UN; ``known_body``).  Nor does a name, date or number that is
not a concept term become the gap where it is incidental (``incidental.py``): in an aside
(", signed in Prague in 2010,"), in an example or a worked example's givens, part of a
longer name ("The Incidents at _____ (INCSEA)"), or in a sentence about the lesson itself.

Since the dev-b ratings only glossary terms are blanked: on new documents raters rejected
most name, date and number gaps (a character's name, a story title, a homework word count,
an acronym beside its expansion) while the sentence held the concept.  ``entity_gap`` still
says which of them would be fit; the rule name is retired (``rules.RETIRED``).  Nor is a
term blanked whose glossary entry is not a sound definition (``is_definition``): the term of
a broken entry ("Underlying logic", "Warship") is no concept of the lesson.

Nor is the tail of a longer term gapped ("the Maxwell–Boltzmann _____", "a primary _____", "from
puzzle _____": the word left in the stem is part of the term or gives it away), nor a key that is the
sentence's filler ("typical experiment", "best-known examples"); a name is never turned round into
an accepted answer around an adjective or a single word ("Protocol on Additional", "Terror Reign").
Raters on test-e and test-f, in two documents each.  Nor is the opening line of a lesson of three or more
paragraphs gapped, its hook (``opening_hook``; raters on test-ak to test-aq: not worth asking), unless it defines a
field, nor a word after a sentence's first word that the lesson writes with it as one term (``opening_modifier``).
Nor is one of the sentence's examples of a kind gapped ("such as _____", ", like _____,", "include _____, ... and
..."): any other example fills it (``gaps.example_slot``; raters on test-bl: a second key).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace

from lessontext.answers import distinct_answers
from lessontext.semantics import specificity, zipf
from lessontext.words import singular

from ..answerforms import (
    body_initials,
    building_forms,
    glossary_terms,
    lesson_contrasted_modifier,
    lesson_forms,
    person_forms,
)
from ..borrowed import defined_elsewhere
from ..candidate import Candidate
from ..context import leans_on_context
from ..course import CourseView, Mention
from ..definitions import defining_sentence, is_definition
from ..family import MENTIONS, QuestionFamily, makes, makes_no
from ..gapforms import (
    EVERYDAY_CONCEPT,
    initials_shown,
    kind_slot,
    lesson_head_alone,
    lesson_short_forms,
    named_without_head,
    text_forms,
    topic_head_dropped,
    unlisted_number,
    variants,
)
from ..gaps import (
    CLOSING_BRACKET,
    GapSpan,
    actor_subject,
    bracketed_name,
    cuts_a_compound,
    either_article,
    example_slot,
    gap_clause,
    general_kind_key,
    generic_subject_gap,
    instrument_key,
    labels_a_name,
    members_only,
    modifies_a_noun,
    not_the_point,
    place_article,
    premodifier_gap,
    shares_a_stem,
    source_article,
    verb_gap,
    without_sequence_marker,
    worked_figures,
)
from ..headwords import read_as_verb, source_of_a_finding, symbol_term, uncounted
from ..incidental import framing_sentence, illustrative, in_aside, splits_a_name, summary_sentence
from ..keyextent import beyond_term, runs_into_name, term_extent
from ..kinds import GLOSSARY_SWAPPABLE, fillable_kind, personal_name
from ..known import KNOWN_SHORT_NAME, known_body
from ..people import looks_like_a_person, person_gap_fails
from ..phrasing import cut_parenthetical_marker, lift, name_the_topic
from ..referents import lesson_people, named_possessive, previous_sentence, resolve_person
from ..remarks import bare_remark
from ..rubric import MIN_STATEMENT_WORDS
from ..rules import GLOSSARY_FILL_BLANK
from ..scenes import lesson_scenes, unpinned_tour_gap
from ..sequel import without_conclusion
from ..statements import opening_sentence
from ..synonyms import cut_expansion, cut_synonym, lesson_synonyms
from ..text import BLANK, CALCULATION, STOPWORDS, filler_key, find_phrase, norm, norm_phrase, usable_term
from ..types import GlossaryEntry, QuestionType
from ..units import unit_symbol
from ..verdicts import AFFIRMING
from . import FAMILIES

# "entity_fill_blank" is retired (rules.RETIRED): names, dates and numbers are no longer blanked.
CONFIDENCE = {GLOSSARY_FILL_BLANK: 0.62}

# Gaps blind raters rejected outright when the name is not a glossary term: a year ("the
# Vienna Convention of _____"), a person ("Git was created by _____"), a place or a period
# ("during the _____"): incidental to the sentence's point, or filled by world knowledge.
NOT_A_GAP = frozenset({"year", "person", "place"})
# A name's head word at least this rare (``specificity``) is a surname ("Torvalds" 0.73), not a
# thing's head ("Treaty" 0.46, "System" 0.30).
SURNAME = 0.5

# Taken off the base by what the gap is: the concept a sentence is about first.
KIND_RANK = {"concept": 0.0, "quantity": 0.02, "organisation": 0.04, "year": 0.06}
OTHER_RANK = 0.08
EVERYDAY_PENALTY = 0.04
INCIDENTAL = frozenset({"person", "place", "glossary:person", "glossary:place"})
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*"
_COORDINATED = re.compile(
    rf"{_NAME}\s+(?:and|or)\s+(?:the\s+)?{re.escape(BLANK)}|{re.escape(BLANK)}\s+(?:and|or)\s+(?:the\s+)?[A-Z]"
)
# A period of history ("the Cold War", "the Bronze Age"): world knowledge dates the sentence.
_PERIOD = re.compile(r"\b(?:War|Age|Era|Period|Revolution|Century)$")
_CONCEPTS: dict[int, tuple[object, frozenset[str]]] = {}

ACRONYM_PENALTY = 0.12


def is_concept(mention: Mention) -> bool:
    """A glossary term that names a concept, not a person, place or organisation."""
    return mention.glossary is not None and mention.kind.startswith("glossary:") and mention.kind not in GLOSSARY_SWAPPABLE


def concept_sentences(course: CourseView) -> frozenset[str]:
    """The sentences of the lesson that hold a concept term (computed once per lesson)."""
    mentions = course.lesson.mentions
    hit = _CONCEPTS.get(id(mentions))
    if hit is None or hit[0] is not mentions:
        _CONCEPTS.clear()
        hit = (mentions, frozenset(m.sentence for m in mentions if is_concept(m)))
        _CONCEPTS[id(mentions)] = hit
    return hit[1]


def rank_penalty(mention: Mention) -> float:
    """How far below the best gap (a specialised concept term) this mention's gap ranks."""
    if is_concept(mention):
        return 0.0 if specificity(mention.text) >= EVERYDAY_CONCEPT else EVERYDAY_PENALTY
    kind = mention.kind.removeprefix("glossary:")
    if kind.startswith("quantity:"):
        kind = "quantity"
    return KIND_RANK.get(kind, OTHER_RANK)


def everyday_undefined(mention: Mention, course: CourseView) -> bool:
    """A concept term made of everyday words ("crisis", "restaurant", "base") that the lesson does not
    define: any reader fills its gap without the lesson (raters: not worth asking)."""
    entry = mention.glossary  # a plural as everyday as its singular ("oceans" 0.53, "ocean" 0.41)
    if entry is None or not is_concept(mention) or specificity(singular(mention.text.lower())) >= EVERYDAY_CONCEPT:
        return False
    return not (entry.definition and is_definition(entry, course)
                and defining_sentence(course, entry.term, entry.definition))


def defines_another(mention: Mention, course: CourseView) -> bool:
    """One everyday word gapped in the sentence that defines another term ("The median is the middle value
    when the _____ are arranged in order of size"): the sentence's concept goes unasked while the gap takes
    a generic word any reader supplies (raters on test-j and test-k: trivial, not worth asking, "move the
    gap to the concept")."""
    if not is_concept(mention) or len(mention.text.split()) != 1 or specificity(mention.text) >= EVERYDAY_CONCEPT:
        return False
    for other in course.mentions_in(mention.sentence):
        entry = other.glossary
        if entry is None or entry is mention.glossary \
                or norm(entry.term) == norm(mention.glossary.term) or not is_concept(other):
            continue
        if is_definition(entry, course) and defining_sentence(course, entry.term, entry.definition) == mention.sentence:
            return True
    return False


# A settlement the glossary defines by what it is ("Boscastle: A small village on the north coast of Cornwall",
# "Alice Springs: A town in the Northern Territory"): the place of a case study or a worked example, a gap
# raters rejected as a name is (``NOT_A_GAP``) whatever the glossary calls it (test-j, test-bk: not worth asking).
_SETTLEMENT = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:town|village|city|port|settlement|hamlet|island)(?![\w’'-])", re.I)
# A unit's symbol or a formula written beside the gap ("measured in _____ (kg)", "In a _____, H₂, the two atoms
# ..."): its letters give the key away (raters on test-az and test-bh: leak, trivial).
_SYMBOL_BESIDE = re.compile(r"^\s*(?:\(\s*([A-Za-z][a-z]?[A-Za-z]?[₀-₉\d]*)\s*\)|,\s+([A-Z][a-z]?[₀-₉\d]+),)")


def settlement(entry: GlossaryEntry) -> bool:
    """A name the glossary defines as a town, village, city, port or island."""
    return entry.term[:1].isupper() and bool(_SETTLEMENT.match(entry.definition or ""))


def symbol_beside(statement: str, end: int, key: str) -> bool:
    """A short symbol in brackets or between commas right after the gap that begins as the key does."""
    found = _SYMBOL_BESIDE.match(statement[end:])
    symbol = found and (found.group(1) or found.group(2))
    return bool(symbol) and symbol[0].lower() == key[:1].lower()


# A gap on today's name of a place the sentence has named ("the large peninsula in southern Greece now called the
# _____"), which world knowledge fills, or on the occasion that opens a scene ("On a _____, Mr Enfield tells ..."):
# both raters on test-by and test-bz, not worth asking.
_TODAYS_NAME = re.compile(r"\b(?:(?:now|today|present-day|modern-day)\s+(?:(?:called|known\s+as|named)\s+)?"
                          r"|(?:called|known|named)\s+(?:now|today)\s+(?:as\s+)?)(?:the\s+)?$", re.I)
_OCCASION = re.compile(r"^\s*On\s+(?:a|an|one)\s+$")


def incidental_gap(statement: str, start: int, end: int, anchor: str) -> bool:
    """A name, date or number the sentence only mentions in passing: in an aside (", signed in
    Prague in 2010,"), in an example or a worked example's givens, part of a longer name, framing."""
    return (
        in_aside(statement, start, end) or illustrative(statement, anchor)
        or splits_a_name(statement, start, end) or framing_sentence(statement)
    )


def setting_gap(statement: str, start: int, end: int) -> bool:
    """A gap, of a term or a name, on a place's name today (a name: "a method now called _____" names a
    term) or on the occasion a scene opens on."""
    return statement[start:end][:1].isupper() and bool(_TODAYS_NAME.search(statement[:start])) \
        or bool(_OCCASION.match(statement[:start])) and statement[end:].lstrip().startswith(",")


def entity_gap(mention: Mention, course: CourseView) -> bool:
    """A name or number that is not a glossary term makes a gap only when it is a quantity or a named
    thing of more than one letter that no heading of the lesson gives away; never a year, a person, a
    place, a period or a letter ("in _____ major")."""
    if mention.kind in NOT_A_GAP:
        return False
    if mention.kind.startswith("quantity:"):
        return True
    if mention.kind.startswith("name:") and specificity(mention.kind.removeprefix("name:")) >= SURNAME:
        return False  # "Linus Torvalds": a name whose head English hardly uses is a person's, not a thing's
    text = mention.text.strip()
    if len(text.replace(" ", "")) < 2 or _PERIOD.search(text):
        return False
    document = course.lesson.document
    headings = " ".join([document.title, *(s.heading or "" for s in document.sections)])
    return not any(find_phrase(headings, w) for w in text.split() if len(w) > 2 and w[:1].isupper())


def given_away(statement: str, start: int, end: int, key: str) -> bool:
    """The rest of the sentence gives the gap away: a distinctive word of the key stated elsewhere
    ("Compound interest ... between simple and _____"), or a generic word after a name ("Git _____")."""
    rest = statement[:start] + " " + statement[end:]
    key_words = [w for w in re.findall(r"[A-Za-z][\w-]+", key) if specificity(w) >= EVERYDAY_CONCEPT or len(key.split()) == 1]
    if any(find_phrase(rest, w) for w in key_words if len(w) > 3) or shares_a_stem(rest, key):
        return True  # the word again, or a part or a form of it ("equals zero": "Zero-based budgeting")
    before = statement[:start].rstrip().split()
    # One word after a capitalised word: the tail of a name ("the Maxwell–Boltzmann _____", "By the First
    # World _____"), which the name fills (raters on test-f: leak; on test-k: "filled by world knowledge").
    return (len(key.split()) == 1 and (key.islower() or key[:1].isupper() and key[1:].islower())
            and len(before) >= 2 and before[-1][:1].isupper() and before[-1].isalpha())


# A field the lesson's first line defines ("_____ is the study of how disease is distributed ..."): a concept.
# Paragraphs a lesson needs before its first line is taken for a hook rather than its point.
HOOKED_LESSON = 3
_FIELD_DEFINITION = re.compile(rf"^{re.escape(BLANK)}\s+is\s+the\s+(?:\w+\s+)?(?:study|science|branch)\s+of\b")


def opening_hook(blanked: str, sentence: str, course: CourseView) -> bool:
    """``sentence`` is the lesson's opening line (``statements.opening_sentence``) and no field definition.

    A lesson or an essay opens with a hook: a scene from everyday life ("Light from the _____, the signal that
    reaches your phone ..."), the thing the title names ("_____ is the sense we rely on most" under a title
    about the eye), a person introduced by trade ("Dr Ana Silva is a _____, a scientist who ..."), the
    familiar object a process starts from ("A simple white _____ needs only flour ...").  Its gap is filled by
    the title or by world knowledge and asks nothing the lesson teaches: of the rated fill-ins lifted from an
    opening line (open sets dev to test-aq, the check sets aside), raters rejected 7 of 8 ratings, the eighth
    a minor, naming them not worth asking.  An opening that defines a field ("_____ is the study of ...")
    states the lesson's first concept and stays, and so does the first line of a note of one or two paragraphs,
    too short to open with anything but its point.
    """
    if sentence != opening_sentence(course) or _FIELD_DEFINITION.match(blanked):
        return False
    return sum(len(section.paragraphs) for section in course.lesson.document.sections) >= HOOKED_LESSON


def opening_modifier(statement: str, start: int, key: str, lesson_text: str) -> bool:
    """The sentence's first word runs into the gap and the lesson writes the two again as one term ("Short _____
    is corrected with a concave lens" where the lesson speaks of "short sight" elsewhere): the gap is the tail of
    that term, which the word left in the stem gives away (``gaps.cuts_a_compound`` reads the same after "the"
    or "a").  A count, a possessive or a phrase the lesson writes once ("Swollen _____ are a sign ...") is no term."""
    first = statement[:start].strip()
    if not re.fullmatch(r"[A-Za-z]+", first) or first.lower() in STOPWORDS:
        return False
    return len(re.findall(rf"\b{re.escape(first)}\s+{re.escape(key)}\b", lesson_text, re.I)) >= 2


def fill_blank(mention: Mention, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    """The sentence of ``mention`` with the mention blanked (``rng`` unused: nothing is drawn)."""
    if not fillable_kind(mention.kind):
        return
    if mention.glossary is None:
        return  # a name, date or number (entity_gap): raters rejected most on new documents
    if not is_definition(mention.glossary, course):
        return  # a broken glossary entry ("Underlying logic", "Warship"): its term is no concept to ask
    if leans_on_context(named_possessive(course, mention.sentence, mention.text), course.title, mention.text):
        return  # "The _____ ... follows a similar logic": similar to what the sentence before names
    if mention.sentence in lesson_scenes(course):
        return  # "In the mouth, teeth break the bread ...": a step of a walk-through, not a claim of its own
    # "The rate therefore depends on ...": the claim without the conclusion's "therefore" (as true/false items)
    statement = without_conclusion(without_sequence_marker(cut_parenthetical_marker(lift(mention.sentence))))
    if (label := AFFIRMING.match(statement)) is not None:
        statement = statement[label.end():]  # "Fact: Caffeine works by ...": the claim, not the page's label
    # "Twelve survey ships": the count stays in the stem ("Twelve _____ map ..."), the term is the gap.
    if runs_into_name(mention.text):
        return  # "Within a _____, the Czech Republic ..." keyed "decade Poland": two phrases run together
    if (whole := mention.text) != (term := uncounted(term_extent(whole, statement, course.lesson_text))):
        mention = replace(mention, text=term)  # "Zhang Qian westward": the name; "westward" stays in the stem
    match = find_phrase(statement, mention.text)
    if not match or find_phrase(statement[match.end():], mention.text):
        return
    if mention.kind == "year" and re.search(rf"{mention.text}\s*[–-]\s*\d|\d\s*[–-]\s*{mention.text}", statement):
        return  # one end of a range ("1989–1991")
    if mention.kind == "acronym" and re.search(r"\(\s*" + re.escape(mention.text) + r"\s*\)", statement):
        return  # "Domain Name System (DNS)": the expansion gives it away
    if mention.glossary is not None and CLOSING_BRACKET.match(statement[match.end():]) \
            and statement[: match.start()].rstrip().endswith("("):
        return  # "the European Defence Agency (_____)": asked once, by the name before it (``bracketed_name``)
    other_name = bracketed_name(statement, match.end(), mention.glossary)
    if other_name and zipf(min(mention.text, other_name[1], key=len).lower()) >= KNOWN_SHORT_NAME:
        return  # "the North Atlantic Treaty Organization (NATO)": a name every reader knows fills the gap
    if other_name:
        match = GapSpan(match.start(), match.end() + len(other_name[0]))
    incidental = mention.kind in INCIDENTAL or mention.kind.startswith("name:")
    if incidental and mention.sentence in concept_sentences(course):
        return  # an incidental detail of a sentence about a concept
    if settlement(mention.glossary):
        return  # "_____ is a small village on the north coast of Cornwall": a case study's place
    if defined_elsewhere(mention, course):
        return  # "a short distance across the _____" (lagoon): a term another lesson of the course defines
    if everyday_undefined(mention, course) or symbol_term(mention.text, course.lesson_text) \
            or defines_another(mention, course) or generic_subject_gap(statement, match.start(), match.end(), mention.text):
        return
    if mention.glossary is not None and (not usable_term(mention.text) or read_as_verb(
            mention.glossary.term, course.mentions_of(mention.glossary.term), glossary_terms(course))):
        return  # "Strength and concentration", "Command post and tabletop exercises": two gaps in one
    if mention.glossary is not None and (CALCULATION.search(statement) or summary_sentence(mention.sentence)):
        return  # "A sample of rainwater has ... 1 × 10⁻⁵ mol/L": a worked example; "In short, ...": a summary
    if not is_concept(mention) and incidental_gap(statement, match.start(), match.end(), mention.anchor) \
            or setting_gap(statement, match.start(), match.end()):
        return
    if is_concept(mention) and match.start() and statement[match.start()].isupper() and " " not in mention.text \
            and splits_a_name(statement, match.start(), match.end()):
        return  # "a Book of the Chemistry of Perfume and _____": a concept's word inside a title (both raters on test-da)
    if mention.glossary is not None and (given_away(statement, match.start(), match.end(), mention.text)
                                         or symbol_beside(statement, match.end(), mention.text)):
        return  # "measured in _____ (kg)": the unit's symbol gives its name away
    if known_body(mention.text, mention.glossary, course.lesson_text):
        return  # "_____ has invoked Article 5 only once": NATO, which any reader supplies
    led = whole != mention.text and whole.endswith(" " + mention.text)  # "the Venetian _____": the word cut by ``term_extent``
    if not led and cuts_a_compound(statement, match.start()) or filler_key(mention.text) or worked_figures(statement) \
            or opening_modifier(statement, match.start(), mention.text, course.lesson_text):
        return
    statement, start, end = gap_clause(statement, match.start(), match.end())  # "...; it needs little ...": one claim
    blanked = statement[:start] + BLANK + statement[end:]
    article = source_article(statement[:start])
    named = mention.kind.removeprefix("glossary:") in ("country", "organisation", "place", "person") or mention.kind.startswith("name:")
    if named and not is_concept(mention) and _COORDINATED.search(blanked):
        return  # "NATO and the _____": world knowledge fills it
    blanked = re.sub(rf"\b([Aa])n? {re.escape(BLANK)}", rf"\1(n) {BLANK}", blanked)
    if not_the_point(blanked) or members_only(blanked) or example_slot(blanked) or verb_gap(blanked, mention.text) or source_of_a_finding(blanked) \
            or not is_concept(mention) and modifies_a_noun(blanked):
        return
    if premodifier_gap(blanked, mention.text) or actor_subject(blanked, mention.text) or general_kind_key(mention.text) \
            or instrument_key(blanked, mention.text) or initials_shown(blanked, mention.text):
        return  # "The _____ engine ...", "American _____ teams", "_____ describe maps as ...", "floating object", "treaty"
    if labels_a_name(blanked, mention.text):
        return  # "The _____ is the Chemical Weapons Convention": a role word, any synonym fills it, the name given
    if unpinned_tour_gap(blanked):
        return  # "You step out into the _____ and climb ...": any word for the place fills it
    if opening_hook(blanked, mention.sentence, course):
        return  # "Light from the _____, the signal that reaches your phone, ...": the lesson's hook
    blanked, expansion = cut_expansion(blanked)
    blanked, second_name = cut_synonym(blanked, BLANK)
    if is_concept(mention) and bare_remark(blanked, mention, course):
        return
    blanked = name_the_topic(blanked, course.lesson.document.title, course.lesson_text)
    blanked = resolve_person(blanked, previous_sentence(course, mention.sentence), course.lesson_text,
                             others=lesson_people(course))
    if blanked is None:
        return  # "he sent his _____" with no name in the sentence before: who is not for the stem to guess
    answers = [mention.text, *(other_name[1:] if other_name else ()), *expansion, *second_name]
    if mention.glossary is not None:
        answers += [" ".join(a.split()) for a in (mention.glossary.term, *mention.glossary.aliases)]
        answers += [f for a in list(answers) for f in lesson_short_forms(a, course)]
        terms = glossary_terms(course)
        forms = course.memo.get(("text_forms", mention.text))
        if forms is None:  # a regex over the whole lesson per form: once per key, not per mention
            forms = course.memo[("text_forms", mention.text)] = text_forms(mention.text, course.lesson_text, terms)
        answers += forms
        if defining_sentence(course, mention.glossary.term, mention.glossary.definition) != mention.sentence:
            # "reactor" where the lesson says "the reactor"; not in the sentence that tells the kind from its genus
            # ("the _____, a tower built on an exposed reef rather than on a headland": "lighthouse", test-cw)
            answers += lesson_head_alone(mention.text, course, terms)
        # "main clauses" under "A **main clause** (also called an independent clause)": the term's names too.
        answers += [n for name in dict.fromkeys((mention.text, mention.glossary.term)) for n in lesson_synonyms(name, course)]
        answers += lesson_forms(mention.text, course)  # "ICRC", "Security Council", "centralized system", "Great White Fleet"
        answers += body_initials(mention.text, course.lesson_text, answers)  # "IISS", which the lesson never writes
    if is_concept(mention):
        answers += [v for a in list(answers) for v in variants(a, course.lesson_text)]
    if mention.glossary is not None:
        # After the plurals: a modifier has none ("semantic", not "semantics").
        answers += topic_head_dropped(mention.text, blanked, course.lesson.document.title)
        # "A _____ is one in which ...": not "work out the _____" ("rough" of "rough titre"), unless the lesson lists
        # the kinds by their modifiers alone ("primary, secondary, tertiary or quaternary": test-cp's raters)
        answers += lesson_contrasted_modifier(mention.text, course, listed_only=not kind_slot(blanked))
        answers += building_forms(mention.text)  # "clinker-built", "clinker": no plural of either
        answers += named_without_head(mention.text, course)  # "triglyceride", "sandy"
        answers += unit_symbol(mention.text, mention.glossary.definition, course.lesson_text)  # "kg" for "kilograms"
    blanked = place_article(blanked, article, MIN_STATEMENT_WORDS, mention.text)
    if either_article(blanked):
        return  # "A(n) _____ is taken from the original.": too short to lose its article, too short to ask (test-dk,
        # test-cq, test-bf, test-bo: 8 ratings, 4 rejected, none accepted)
    named_as = course.entity_kinds.get(norm_phrase(mention.text), "")
    person = mention.kind in ("person", "glossary:person") or named_as == "person" or (
        mention.kind == "glossary:defined" and personal_name(mention.text) and looks_like_a_person(mention.text))
    people = lesson_people(course)
    if person and person_gap_fails(mention.text, blanked, course.lesson.document.title, course.lesson_text, people):
        return  # the lesson's protagonist, a name the stem gives in another form, a passer-by of an anecdote
    if mention.kind in ("person", "glossary:person") and len(mention.text.split()) > 1:
        answers.append(mention.text.split()[-1])
    if person:  # "Ignatyev" for "Count Nikolay Ignatyev"; a family name only for a name known to be a person's
        known = mention.kind in ("person", "glossary:person") or named_as == "person"
        answers += person_forms(mention.text, people, family=known)
    answers = list(distinct_answers([a for a in answers if a and not beyond_term(a, whole, mention.text)
                                     and not unlisted_number(a, mention.text, course.lesson_text)]))
    rule = GLOSSARY_FILL_BLANK
    base = CONFIDENCE[rule] - rank_penalty(mention) - (ACRONYM_PENALTY if mention.kind == "acronym" else 0.0)
    yield Candidate(
        type=QuestionType.FILL_BLANK,
        rule=rule,
        stem=blanked,
        key=mention.text,
        answers=tuple(answers),
        kind=mention.kind,
        source_anchor=mention.anchor,
        source_sentence=mention.sentence,
        explanation=f"According to the text: “{mention.sentence}”",
        base=base,
        shown=(mention.sentence,),
        claims=(f"key:{norm(mention.text)}",),
    )


EARLY_PRINTING = """# Early Printing

## Print spreads

In 1476, William Caxton set up the first press in England at Westminster.
Aldus Manutius founded the Aldine Press in Venice in 1494.
Martin Luther, a monk in Wittenberg, wrote his Ninety-five Theses in 1517.
"""

PRINTERS = (
    GlossaryEntry("William Caxton", "An English merchant who set up the first printing press in England", "person"),
    GlossaryEntry("Aldus Manutius", "A Venetian printer who founded the Aldine Press", "person"),
    GlossaryEntry("Martin Luther", "A German monk who wrote the Ninety-five Theses", "person"),
)

# Incidental details: the city in an aside, the givens of a worked example, a part of a name.
ASIDES = """# Treaties

## Signing

The Treaty of Paris, signed in Versailles in 1783, ended the war between Britain and America.
Suppose a merchant ships 40 barrels of tea to Boston in 1773.
The Incidents at Sea Agreement (INCSEA) set rules for warships.
"""

# Everyday words as glossary terms: a gap only where the lesson defines the word.
SAVINGS = """# Savings

## Interest

With simple interest, interest is paid only on the original sum, called the principal.
In a crisis, many savers rush to withdraw their deposits from the same bank.
"""

SAVINGS_TERMS = (
    GlossaryEntry("principal", "The original sum on which simple interest is paid", "defined"),
    GlossaryEntry("crisis", "A time of intense difficulty or danger", "defined"),
)

WAR_YEARS = """# The War

## Dates

The long war in Europe lasted from 1939–1945 and changed the map of the continent.
The treaty was signed in Paris in 1947 by many of the nations.
"""

LENDERS = """# Institutions

## Lenders

The World Bank lends money to poorer countries for roads and schools.
The International Monetary Fund lends to countries in a currency crisis.
The African Development Bank finances projects across the continent.
"""

TOOLS = """# The Apache Project

## History

The version control tool was created by Linus Torvalds to manage the kernel.
Many such tools were first written during the Cold War in university laboratories.
The Apache Software Foundation hosts projects with more than 30,000 commits a year.
"""

# A gap that takes the tail of a longer term ("A solid _____"), and a key that is the sentence's filler
# ("typical test"): no gap; the term gapped whole is one.
ROCKETS = """# Rocket Engines

## Fuels

Every engine burns a mixture of fuel and oxidiser, called the propellant, to produce thrust.
A solid propellant, such as powdered aluminium in a rubber binder, burns until it is used up.
In a typical test, engineers fire the motor on a stand and measure the thrust.
"""

ROCKET_TERMS = (
    GlossaryEntry("Propellant", "A mixture of fuel and oxidiser that an engine burns to produce thrust", "defined"),
    GlossaryEntry("Typical test", "A firing of the motor on a stand to measure the thrust", "defined"),
)

# One example of a kind ("like diamond"): any other substance of the kind fills the gap.
BONDING = """# Bonding

## Giant structures

A giant covalent structure is a huge network of atoms joined by covalent bonds.
Diamond is a form of carbon in which each atom is bonded to four others.
A very hard substance with a very high melting point that does not conduct, like diamond, is likely to have a giant covalent structure.
"""

BONDING_TERMS = (GlossaryEntry("diamond", "A form of carbon in which each atom is bonded to four others", "defined"),)

FAMILY = FAMILIES.register(QuestionFamily(
    name="fill_blank",
    priority=80,
    scope=MENTIONS,
    build=fill_blank,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes_no(LENDERS, GLOSSARY_FILL_BLANK),
        makes(EARLY_PRINTING, GLOSSARY_FILL_BLANK, "_____ founded the Aldine Press", glossary=PRINTERS),
        makes_no(EARLY_PRINTING, GLOSSARY_FILL_BLANK),  # no glossary
        makes(SAVINGS, GLOSSARY_FILL_BLANK, "called the _____.", glossary=SAVINGS_TERMS),
        makes_no(SAVINGS, GLOSSARY_FILL_BLANK, "many savers rush", glossary=SAVINGS_TERMS),
        makes(ROCKETS, GLOSSARY_FILL_BLANK, "oxidiser, called the _____, to produce thrust.", glossary=ROCKET_TERMS),
        makes_no(ROCKETS, GLOSSARY_FILL_BLANK, "A solid _____", glossary=ROCKET_TERMS),
        makes_no(ROCKETS, GLOSSARY_FILL_BLANK, "engineers fire the motor", glossary=ROCKET_TERMS),
        makes(BONDING, GLOSSARY_FILL_BLANK, "_____ is a form of carbon", glossary=BONDING_TERMS),
        makes_no(BONDING, GLOSSARY_FILL_BLANK, "like _____", glossary=BONDING_TERMS),
    ),
))
