"""Glossary terms: "Which of the following does the text describe as “<definition>”?" and
"According to the text, what is meant by “<term>”?".

Reads the course glossary entries whose terms this lesson mentions, when the
entry's definition is a definition phrase (not a sentence about the term) and
a sentence of this lesson states it: the lesson is then the source of the
key.  Distractor terms are glossary terms of the same kind and category (a
person for a person; a named example such as "Eurasian Plate" or "Whin Sill" only beside another name:
raters on test-b, test-c, test-h and test-l struck it out beside concepts; a graph, a sound or an illness only
beside its own sort: ``genus.same_sort``), those this lesson defines first, never one the text makes a kind of the key or the key a kind of (``kindof``: raters on
test-h and test-i, a second key); a term another lesson
defines only when its definition is built on the same word as the key's ("a
principle ..." for a principle: raters called a unit or a tool beside a
principle implausible); distractor definitions are other terms' definitions
this lesson does not state, else definitional sentences of the rest of the
course. Definition options built on the key's word come first, then those nearest the key
in meaning (``closeness``: the sibling raters asked for); when the key would then stand out as by
far the longest, a second choice by length from the same pool keeps the item.  A wrong definition (or a
wrong term, by its definition) that is further from the key's in meaning than ``DEFINITION_FLOOR`` is
never offered, and an item left with fewer than two wrong options is not asked: raters struck such an
option out at once ("A fluid that acts like oil in a machine" as the meaning of "Femur").

A definition is asked or offered only when it reads alone as one (blind
raters on three documents: context lost, fragments, synonyms): nothing that
points outside it ("the following year", "the youngest of the three", "to
which it can erode"), something that defines its noun (not "a gently
sloping slip-off slope" nor "a marsh or melting ice"), one sentence (no
clause run on after a colon), not a verb and its object ("draws 0.5 A from
a 6 V supply"); as an option, no vague head ("Something that ...", and as a key "Things that ..."), no clause ("Some writers argue
that ...") and no name where a meaning should be ("The Civil Code of 1804"); no "it" that stands for
a noun outside it ("Any consequence that makes it less likely").  A name ("Whin Sill", a person
defined as "A Russian physiologist who ...") is never asked what it means, nor a filler phrase
("Best-known examples") asked or offered. Nor a label of the layout or a gloss ("Formula in words",
"Meaning ..."), a sentence ("Interest equals Principal multiplied by ...") or a role ("The main
ingredient of many ...") where a meaning should be (``definition_forms``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from lessontext.semantics import similarity, specificity
from lessontext.words import getAllLemmas, singular, word_pos
from lessontext.words.people import PERSON_NOUNS

from ..candidate import Candidate
from ..closeness import definition_options, key_stands_out
from ..course import CourseView, LessonView, Mention
from ..definition_forms import VAGUE_KEY, reads_as_option, usable_definition
from ..definitions import (
    defining_sentence,
    garbled_description,
    is_definition,
    term_category,
)
from ..distractors import pick_distractors, shared_words
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..genus import (
    process_beside_thing,
    same_class,
    same_genus,
    same_sort,
    sort_resolver,
)
from ..headwords import defines_another_term, lone_symbol, no_headword, prefixed_unit
from ..kindof import definition_head, kind_related, said_of
from ..kinds import name_class
from ..meanings import (
    listed_beside,
    named_work,
    not_a_term,
    plural_for_one,
    without_extras,
)
from ..pairs import synonymous
from ..phrasing import anchor_of
from ..rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from ..scenes import lesson_scenes
from ..text import (
    BLANK,
    content_words,
    filler_key,
    head_word,
    is_plural,
    mask_words,
    norm,
    related,
    usable_term,
    words,
)
from ..types import GlossaryEntry, QuestionType
from . import FAMILIES

# A term or definition from another lesson is offered only when it is this close to the lesson's text
# (wordllama): "Lead nation" for "Host nation support" (0.17), not "Tabletop exercise" (0.01).
ON_SUBJECT = 0.1
# A one-word term less specialised than this (``specificity``) is an everyday word: "Percentage" (0.44).
EVERYDAY = 0.45
# An activity named by a verb's -ing form less specialised than this is an everyday one: "Breathing" (0.47).
EVERYDAY_ACTIVITY = 0.5
# A wrong definition is offered only when it is at least this close to the key's in meaning (wordllama),
# and a wrong term only when its definition is: one word's vector says little ("Filtration" and
# "Coagulation", -0.02, are good rivals).  Of the items blind raters judged on the open folders, those
# with an option below this floor (32, from 14 folders) were rejected by both raters two times in three
# and accepted 1.5 times ("A fluid that acts like oil in a machine" beside "The longest and strongest bone
# in the body", -0.06; "A direct communication link between Washington and Moscow" beside "An attempt to
# reform the stagnant economy", -0.11).  A higher floor (0.05) struck good siblings too.
DEFINITION_FLOOR = 0.0
# A key built on no noun ("Things that show who eats whom in a pond") says too little for a distance to
# rule on: "A network of linked food chains" (-0.01) is still its natural rival.
_NO_NOUN = re.compile(r"^(?:things|stuff|something|someone|somebody|anything|anyone)\b", re.I)


def near_enough(option: str, key: str) -> bool:
    """The definition ``option`` is close enough to the key's definition ``key`` to rival it."""
    return bool(_NO_NOUN.match(key.strip())) or similarity(option, key) >= DEFINITION_FLOOR


def on_subject(text: str, course: CourseView) -> bool:
    """``text`` (from another lesson) is close enough to this lesson's subject to be a plausible option."""
    return course.remembered(("on_subject", text),
                             lambda: similarity(text, course.profile or course.lesson_text) >= ON_SUBJECT)


def plural_head(definition: str) -> bool:
    """The definition names several things ("Rocks that form ...") rather than one ("The conversion of ...")."""
    head = definition_head(definition)
    return bool(head) and is_plural(head) and words(definition)[0].lower() not in ("a", "an", "one")


def same_number(key_definition: str, option: str) -> bool:
    """An option that names as many things as the key: beside "The conversion of loose sediment into solid
    rock" (a process), "Rocks that form when ..." or "The large rigid slabs ..." is no rival (raters on
    test-d: rocks and slabs offered as the meaning of a process, eliminated at once)."""
    return plural_head(key_definition) == plural_head(option)


def close_definitions(key_definition: str, definitions: dict[str, str]):
    """A rank per term, lower first: terms whose definitions are built on the key's noun ("A gland ..." beside
    "The largest gland ..."), then those nearer the key's (wordllama), so "Ledger" is offered beside "Journal"
    before "Cash" (raters on test-d: options of another kind)."""
    def rank(term: str) -> tuple[bool, int]:
        other = definitions.get(term)
        return (True, 10) if other is None else (not same_genus(other, key_definition), round(10 * (1 - similarity(other, key_definition))))
    return rank


def proper_name(term: str, course: CourseView) -> bool:
    """A name ("Whin Sill", "Leonardo da Vinci"): its first word is capitalised mid-sentence and never
    written in lower case. "What is meant by" a name asks for a label of one example, not a concept
    (raters: not worth asking, an expansion instead of a definition)."""
    first = words(term)[0] if words(term) else ""
    lex = course.lexicon
    return bool(first) and not first.isupper() and first in lex.mid_caps and first.lower() not in lex.lower


def titled(term: str) -> bool:
    """Every word of a term of two or more capitalised ("Great Fear", "Cold War"): the name of one event or
    body, even when its first word is also an ordinary word; other names stand beside it as options."""
    toks = words(term)
    return len(toks) >= 2 and all(t[:1].isupper() for t in toks)


def concept_beside_name(key_term: str, term: str, course: CourseView) -> bool:
    """``term`` is a concept offered where the key is a name: "Arms embargo" and "Comprehensive embargo"
    for "a maritime operation run by the Western European Union" (Sharp Guard, test-c) are no operations,
    and a reader picks the only name.  The converse (a name beside a concept) is ruled out above."""
    return proper_name(key_term, course) and not proper_name(term, course) and not titled(term)


def names_a_person(term: str, definition: str) -> bool:
    """A capitalised name defined as someone ("Ivan Pavlov": "A Russian physiologist who won ..."): what
    is meant by a person is a biography, not a concept (raters on test-f: not worth asking); nor is a
    biography offered as what a concept means (the same raters: options of two kinds)."""
    toks = words(term)
    if not toks or not all(t[:1].isupper() for t in toks):
        return False
    if len(toks) >= 2 and re.match(r"^(?:an?|the)\s+(?:[\w’'-]+\s+){1,4}who\b", definition.strip(), re.I):
        return True
    # "Seneca: A wealthy statesman and adviser ...", "Cleanthes: A former boxer that wrote ...": a name headed by a
    # person noun (test-do, both raters: "what is meant by" a person, offered beside a colonnade and a virtue).
    # A one-word name is one the dictionary does not know ("Pharaoh: A king of ..." names a role, a concept).
    noun = definition_head(definition).lower()
    if len(toks) == 1:
        return bool(noun) and not getAllLemmas(toks[0].lower()) and (
            noun in PERSON_NOUNS or noun.endswith(("er", "ist", "ian")) and "NOUN" in word_pos(noun))
    return noun in PERSON_NOUNS


def everyday_word(term: str) -> bool:
    """One everyday word ("Percentage"), or the name of an everyday activity ("Breathing", "Saving": a
    verb's -ing form, rarer than a noun before readers need the lesson for it): readers know its meaning
    without the lesson (raters: trivial; "Breathing" rejected by both on dev-b, "everyday knowledge")."""
    activity = term.lower().endswith("ing") and bool(getAllLemmas(term.lower()).get("VERB"))
    return len(term.split()) == 1 and specificity(term) < (EVERYDAY_ACTIVITY if activity else EVERYDAY)


def leaks(term: str, key: str, options: list[str]) -> bool:
    """A word or number of the term that the key repeats and no distractor has ("Rule of 72" …
    "divide 72 by ..."): the key gives itself away."""
    tokens = set(re.findall(r"\d+(?:\.\d+)?", term)) | {w for w in content_words(term)}
    def has(text: str, t: str) -> bool:
        # "keys" and "key": a short word's plural, which ``related`` leaves apart.
        return t in re.findall(r"\d+(?:\.\d+)?", text) or any(
            related(t, w) or singular(t.lower()) == singular(w.lower()) for w in content_words(text))
    return any(has(key, t) and not any(has(o, t) for o in options) for t in tokens)


# Letters alike from this ratio (``difflib``) spell the same word: "they are" and "They're" (0.93).
SPELLED_ALIKE = 0.8


def spelled_out(term: str, quoted: str, distractors: list[str]) -> bool:
    """A run of one to three words of the quoted definition that spells the key term all but exactly ("a short
    form of they are" for "They're", "the French word from which 'bastion' comes" for "Bastide"), when no
    distractor is spelled like that run: the stem answers itself (raters on test-aq and test-am: leak)."""
    def letters(text: str) -> str:
        return re.sub(r"[^a-z]", "", text.lower())
    toks = words(quoted)
    runs = {letters(" ".join(toks[i:i + n])) for n in (1, 2, 3) for i in range(len(toks) - n + 1)}
    def alike(option: str) -> bool:
        target = letters(option)
        return len(target) >= 4 and any(len(r) >= 4 and SequenceMatcher(None, target, r).ratio() >= SPELLED_ALIKE
                                        for r in runs)
    return alike(term) and not any(alike(d) for d in distractors)


CONFIDENCE = {
    # Below a fill-in of the same term (0.62): blind raters (dev-r5 to test-c) found 5 of 22 usable as is,
    # against 51 of 114 fill-ins; its options mix kinds of thing more often than not.
    GLOSSARY_DESCRIPTION_TO_TERM: 0.6,
    # Above clause completion: a lesson's own defined term is worth more than a clause of its definition.
    GLOSSARY_TERM_TO_DEFINITION: 0.64,
}


def glossary_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    in_lesson: dict[str, Mention] = {}
    for m in lesson.mentions:
        if m.glossary is not None and m.glossary.term not in in_lesson:
            in_lesson[m.glossary.term] = m
    kinds = course.entity_kinds
    resolve = sort_resolver(course)
    for mention in in_lesson.values():
        entry = mention.glossary
        if entry is None or not is_definition(entry, course) or not usable_definition(entry.definition):
            continue  # not a definition, or one that leans on the sentence before ("organising this support")
        if not usable_term(entry.term) or filler_key(entry.term) or not_a_term(entry.term):
            continue  # "Other's territory", "Strength and concentration", "Best-known examples": no term
        if plural_for_one(entry.term, entry.definition) or named_work(entry.term) or no_headword(entry.term, course) \
                or defines_another_term(entry.term, entry.definition, course) or prefixed_unit(entry.term) \
                or lone_symbol(entry.term):
            continue  # "Given", "Collect pollen"; "A condition in which CPR is an emergency procedure ..."   # "Stop": "Amounts of light using a unit"; "Donatello's bronze David": a work, no term
        source = defining_sentence(course, entry.term, entry.definition)
        if not source or listed_beside(source, entry.term, entry.definition) \
                or garbled_description(entry.definition, source):
            continue  # from another lesson, a sibling in a list of examples, or turned round into no phrase
        if source in lesson_scenes(course):
            continue  # "Travels down the oesophagus ... the cheese": what it does in a walk-through
        # Same glossary kind, and the same kind of name: a person for a person, a thing for a thing.
        entity_kind = name_class(kinds, entry.term)
        person = names_a_person(entry.term, entry.definition)
        category = term_category(entry, course)
        named = proper_name(entry.term, course) or titled(entry.term)
        same_kind = [
            e for e in course.glossary
            if e.kind == entry.kind and e.term != entry.term and name_class(kinds, e.term) == entity_kind
            and names_a_person(e.term, e.definition) == person  # "A Russian physiologist who ..." is no concept
            and usable_term(e.term) and not filler_key(e.term) and not not_a_term(e.term) and not no_headword(e.term, course)
            and (category is None or term_category(e, course) == category)
            and (named or not proper_name(e.term, course) and not titled(e.term))  # no name beside a concept
            and not concept_beside_name(entry.term, e.term, course)
        ]
        # Only terms the course defines: "Familiar military saying", "Scale" are no terms to offer.
        here = [e.term for e in same_kind if e.term in in_lesson and is_definition(e, course)
                and defining_sentence(course, e.term, e.definition)]
        # A term another lesson defines (even one this lesson mentions) only when its definition names
        # the same kind of thing as the key's (raters on essays in three folders: "Military-to-military
        # contacts" is not a protection, "Observation" not a standard, "Role specialist nation" not a
        # principle: implausible, from another lesson).
        elsewhere = [e.term for e in same_kind if e.term not in here and on_subject(e.term, course)
                     and (e.term not in in_lesson or is_definition(e, course))
                     and same_genus(e.definition, entry.definition)]
        own = {e.term: e.definition for e in same_kind}
        # A kind of the term, or what it is a kind of: one of the two fits the other's meaning.
        def unrelated(t: str, term: str = entry.term) -> bool:
            return not kind_related(term, t, course)

        # And as many things as the key: "Decomposers" is no answer to "the percentage of ..." (raters
        # on eight documents in seven folders: every such item implausible or heterogeneous).
        # And the same class of thing (``genus``): no vein or protein among processes; nor a term named as a
        # process ("Infiltration") for a thing that is none ("the top of the fully saturated ground").
        def fits(t: str, term: str = entry.term, key: str = entry.definition, own: dict = own) -> bool:
            return unrelated(t, term) and is_plural(t) == is_plural(term) \
                and (t not in own or same_class(key, own[t]) and same_sort(key, own[t], resolve)
                     and near_enough(own[t], key)) \
                and not process_beside_thing(term, key, t)
        distractors = pick_distractors(entry.term, here, rng, course, prefer=close_definitions(entry.definition, own),
                                       extra=fits)
        if len(distractors) < 2:
            distractors += [d for d in pick_distractors(entry.term, elsewhere, rng, course, extra=fits)
                            if not any(synonymous(d, x, course) for x in distractors)][: 2 - len(distractors)]
        definition = entry.definition.rstrip(".")
        keep = shared_words([entry.term, *distractors])
        masked = mask_words(definition, entry.term, keep=keep)
        if len(distractors) >= 2 and BLANK not in masked \
                and not spelled_out(entry.term, masked, distractors):  # "is also _____ to ...": a gap in a quote
            if masked[:2].istitle() and masked.split()[0].lower() in _LOWERCASE_OPENERS:
                masked = masked[:1].lower() + masked[1:]
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=GLOSSARY_DESCRIPTION_TO_TERM,
                stem=f"Which of the following does the text describe as “{masked}”?",
                quoted=masked,
                key=entry.term,
                correct=(entry.term,),
                distractors=tuple(distractors),
                kind=f"glossary:{entry.kind}",
                source_anchor=anchor_of(course, source, mention.anchor),
                source_sentence=source,
                explanation=f"According to the text: “{source}”",
                base=CONFIDENCE[GLOSSARY_DESCRIPTION_TO_TERM],
                shown=(source,),
                claims=(f"key:{norm(entry.term)}",),
            )
        # Definitions of other terms of the course: plausible, and false here
        # unless this lesson says the same thing.
        definitions = {
            e.term: without_extras(e.definition.rstrip(".")) for e in same_kind
            if is_definition(e, course) and reads_as_option(e.definition)
            and reads_as_option(without_extras(e.definition.rstrip(".")))
            # Raters: other lessons' definitions are implausible ("a series of notes" beside acids):
            # only definitions this lesson states.
            and e.term in in_lesson and defining_sentence(course, e.term, e.definition)
            and not defines_another_term(e.term, e.definition, course)
            and not garbled_description(e.definition, defining_sentence(course, e.term, e.definition))
        }
        key_def = without_extras(definition)
        head = head_word(entry.term)
        pool = [
            d for t, d in definitions.items()
            if not synonymous(entry.term, t, course) and not any(related(head, w) for w in content_words(d))
            and same_number(definition, d) and same_class(key_def, d) and same_sort(key_def, d, resolve)
        ]
        term_of = {d: t for t, d in definitions.items()}
        # Nor the definition of a noun the text says the term is ("X is a strong base": "A base that ...").
        def allowed(d: str, term: str = entry.term, key: str = key_def, term_of: dict = term_of) -> bool:
            return unrelated(term_of[d], term) and not said_of(term, key, d, course) \
                and near_enough(d, key)
        options = definition_options(key_def, pool, rng, allowed)
        if len(options) >= 2 and not leaks(entry.term, key_def, options) and not everyday_word(entry.term) \
                and not proper_name(entry.term, course) and not names_a_person(entry.term, key_def) \
                and reads_as_option(key_def) and not VAGUE_KEY.match(key_def) \
                and not key_stands_out(key_def, options):
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=GLOSSARY_TERM_TO_DEFINITION,
                stem=f"According to the text, what is meant by “{entry.term}”?",
                key=key_def,
                correct=(key_def,),
                distractors=tuple(options),
                kind="definition",
                original=entry.term,
                source_anchor=anchor_of(course, source, mention.anchor),
                source_sentence=source,
                explanation=f"According to the text: “{source}”",
                base=CONFIDENCE[GLOSSARY_TERM_TO_DEFINITION],
                shown=(source,),
                claims=(f"key:{norm(entry.term)}",),
            )


# Definition openers that are ordinary words, lower-cased when a definition is quoted mid-sentence
# (names keep their capital: "Roman Senate" stays as it is).
_LOWERCASE_OPENERS = frozenset({"a", "an", "the", "something", "things", "someone", "people", "one", "any"})

CONTRACTS = """# Contracts

## Key terms

Offer: a clear statement of the terms on which a person is willing to be bound.

Acceptance: an unqualified agreement to all the terms of an offer.

Consideration: something of value that each party gives in exchange for a promise.

## Remedies

The usual remedy for a breach is damages, a sum of money that puts the innocent party where the contract would have put them.
"""

CONTRACT_TERMS = (
    GlossaryEntry("Damages", "A sum of money that puts the innocent party where the contract would have put them", "defined"),
    GlossaryEntry("Offer", "A clear statement of the terms on which a person is willing to be bound", "defined"),
    GlossaryEntry("Acceptance", "An unqualified agreement to all the terms of an offer", "defined"),
    GlossaryEntry("Consideration", "Something of value that each party gives in exchange for a promise", "defined"),
)

# "Damages" is mentioned, but its definition comes from another lesson: not this lesson's to ask.
DEFINED_ELSEWHERE = """# Contracts

## Remedies

Damages are often paid when a contract is broken by one of the parties.
"""

# A definition that leans on the sentence before ("organising this support"): not quoted as an option.
LOGISTICS = """# Coalition Logistics

## Support

Armed forces abroad need fuel, food, spare parts and medical care. Coalition logistics is the discipline of organising this support so that a multinational force is sustained as a whole.

Host nation support is the civil and military assistance that a host country gives to foreign forces on its territory.

Pooled contracting is an arrangement in which several nations buy fuel or food through one shared contract.

Pre-positioning is the storing of equipment and supplies in or near an area before the forces arrive.
"""

LOGISTICS_TERMS = (
    GlossaryEntry("Coalition logistics", "The discipline of organising this support so that a multinational force is sustained as a whole", "defined"),
    GlossaryEntry("Host nation support", "The civil and military assistance that a host country gives to foreign forces on its territory", "defined"),
    GlossaryEntry("Pooled contracting", "An arrangement in which several nations buy fuel or food through one shared contract", "defined"),
    GlossaryEntry("Pre-positioning", "The storing of equipment and supplies in or near an area before the forces arrive", "defined"),
)

FAMILY = FAMILIES.register(QuestionFamily(
    name="glossary",
    priority=90,
    scope=LESSON,
    build=glossary_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(CONTRACTS, GLOSSARY_DESCRIPTION_TO_TERM, "describe as “an unqualified agreement to all the terms of an offer”?",
              glossary=CONTRACT_TERMS),
        makes(CONTRACTS, GLOSSARY_TERM_TO_DEFINITION, "what is meant by “Damages”?", glossary=CONTRACT_TERMS),
        makes_no(DEFINED_ELSEWHERE, glossary=CONTRACT_TERMS),
        makes_no(CONTRACTS),  # no glossary, no glossary questions
        makes(LOGISTICS, GLOSSARY_TERM_TO_DEFINITION, "what is meant by “Pre-positioning”?", glossary=LOGISTICS_TERMS),
        # The key repeats "host" of the term and no wrong answer does: it gives itself away.
        makes_no(LOGISTICS, GLOSSARY_TERM_TO_DEFINITION, "what is meant by “Host nation support”?", glossary=LOGISTICS_TERMS),
        makes_no(LOGISTICS, GLOSSARY_TERM_TO_DEFINITION, "organising this support", glossary=LOGISTICS_TERMS),
        makes_no(LOGISTICS, GLOSSARY_DESCRIPTION_TO_TERM, "Coalition logistics", glossary=LOGISTICS_TERMS),
    ),
))
