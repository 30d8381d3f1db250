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
far the longest, a second choice by length from the same pool keeps the item.

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
ingredient of many ...") where a meaning should be.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import lru_cache

from lessontext.semantics import similarity, specificity
from lessontext.words import getAllLemmas, singular

from ..candidate import Candidate
from ..closeness import definition_options, key_stands_out
from ..course import CourseView, LessonView, Mention
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
from ..headwords import defines_another_term, no_headword, prefixed_unit
from ..kindof import POSTMODIFIERS as _POSTMODIFIERS
from ..kindof import definition_head, kind_related, said_of
from ..kinds import name_class
from ..meanings import (
    factors_not_meaning,
    fragment_definition,
    gloss_of_an_example,
    listed_beside,
    named_work,
    not_a_term,
    plural_for_one,
    role_not_meaning,
    runs_into_predicate,
    symbol_for_noun,
    uncountable_with_article,
    without_extras,
)
from ..pairs import synonymous
from ..phrasing import anchor_of
from ..prose import is_verb
from ..rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from ..scenes import lesson_scenes
from ..text import (
    BLANK,
    CALCULATION,
    STOPWORDS,
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
# A definition that points back ("organising this support", "such cases") or is a worked
# calculation ("2,000 × 1.05 = ...") reads wrongly as an option.
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such)\s+[a-z]|\bin the same way\b", re.I)


# A definition that names something outside itself (raters: context lost): "The following year the ...",
# "The youngest of the three", "the two rates", "sinks beneath the other", or a pronoun right after the
# relative that the genus heads,
# so it cannot be the genus ("The lowest point to which it can erode": what erodes?).
_OUTSIDE_REFERENCE = re.compile(
    r"^(?:the\s+)?(?:following|next|previous|preceding|same)\b"
    r"|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b"  # "the two rates", "of the three"
    r"|\b(?:of|among)\s+the\s+(?:others|rest)\b"
    r"|\bthe\s+(?:former|latter|others?)\b(?=\s*[,.;]|\s+(?:is|are|was|were|into|in|on|at|to|from|with|by|and|or)\b|$)"
    r"|^(?:a|an|the)?\s*(?:\S+\s+){0,3}(?:to|in|by|from|at|on|for|with|through)\s+which\s+(?:it|they|he|she)\b"
    # Built on a comparison with something not shown: "A related form of reasoning" (raters on test-c: the
    # key of "Abduction", a wrong key; as a distractor, a fragment), "Another way to ...", "A similar ...".
    r"|^(?:a|an|the)?\s*(?:related|similar|another|comparable|parallel|further)\b",
    re.I,
)
# A definition that names a term of its own ("A central vowel ... (called schwa)"): as an option it
# answers another question, as a key it defines the other term (raters on test-c: leak).
_NAMES_A_TERM = re.compile(r"\((?:also\s+|sometimes\s+|often\s+)?(?:called|known\s+as|termed)\b", re.I)

# After a colon, a finite verb before any relative pronoun: a second sentence run on ("A layer of
# hard rock over which ... is a classic example: the river falls"), not a list ("three notes: a root, ...").
_RELATIVES = frozenset("that which who whom whose where when".split())
_ARTICLES = frozenset({"a", "an", "the"})


# Heads that name no kind of thing: "Something that describes how completely a substance ionises"
# is a sentence about the term ("Strength describes ...") rewritten, and reads as one (raters: clumsy).
# An interrogative clause ("Which part of the tongue is highest") reads as a question beside noun phrases.
_VAGUE_OPENERS = re.compile(r"^(?:something|someone|somebody|anything|anyone|which|whether|why)\b", re.I)
# A key built on "things" names no kind of thing either: "Things that pump blood out of the heart" for
# "Ventricles" (raters on test-p: vague, "a generator placeholder"). As a wrong option beside "Flaps of
# tissue ..." it passed (the same raters accepted that item), so only the key is held to it.
_VAGUE_KEY = re.compile(r"^(?:things|stuff)\b", re.I)


# ", which is why ...", ", which means ...": a clause about the whole noun phrase, not one that restricts it.
_COMMENT_CLAUSE = re.compile(r",\s*which\s+(?:is\s+why|means|explains\s+why|is\s+how)\b", re.I)


def bare_noun_phrase(definition: str) -> bool:
    """A noun phrase with nothing that defines it: a synonym ("A gently sloping slip-off slope"), a name
    spelled out ("The United Nations Military Observer Group"), a fragment of a list ("A marsh or melting
    ice"). Beside definitions, it stands out and asks nothing (raters: heterogeneous options)."""
    # A contrast adds nothing that defines: "A tendency rather than a strict rule" (raters on test-d: "not
    # the definition of anything", offered beside a district).
    definition = re.split(r"\s+rather\s+than\s+", definition, maxsplit=1)[0]
    # A comment on the noun adds nothing that defines it either: "A mechanical wave, which is why it cannot
    # travel through a vacuum", "A scalar quantity, which means it has a size ..." (raters on test-g: "not a
    # definition"; the same shape on test-l).
    definition = _COMMENT_CLAUSE.split(definition, maxsplit=1)[0]
    toks = [t.lower() for t in words(definition)]
    return "," not in definition and not any(t in _POSTMODIFIERS for t in toks[1:])


def opens_with_predicate(definition: str) -> bool:
    """A verb, then its object: "Draws 0.5 A from a 6 V supply", "Used a guideline". What the term
    does in one example, not what it is."""
    toks = [t.lower() for t in words(definition)]
    if len(toks) >= 2 and base_verb_first(toks[0], toks[1]):
        return True
    if len(toks) < 2 or not toks[0].endswith(("s", "ed")) or not getAllLemmas(toks[0]).get("VERB"):
        return False
    # "Glides from one position to another": a verb and where it goes (raters on test-c: a diphthong's
    # "definition" beside noun phrases); "Sounds of speech" keeps its noun.
    return toks[1] in _ARTICLES or toks[1] in {"its", "their", "his", "her", "this", "these"} \
        or toks[1][:1].isdigit() or toks[1] in _MOTION_PREPOSITIONS and toks[0].endswith("s")


def base_verb_first(first: str, second: str) -> bool:
    """A verb in its base form, as a plural term's sentence goes on ("Gyres turn clockwise ...": "Turn clockwise
    in the northern hemisphere"), then an adverb, a determiner or where it goes: a fact about the term cut
    from its sentence, not what it is (raters on test-am: a wrong key from a 'Key facts' bullet)."""
    lemmas = getAllLemmas(first)
    if first not in lemmas.get("VERB", ()) or lemmas.get("ADJ"):
        return False
    after = getAllLemmas(second)
    adverb = bool(after.get("ADV")) and not after.get("NOUN") and second not in STOPWORDS | _MOTION_PREPOSITIONS
    # "Form of energy", "Turn of phrase": a noun then its complement; "Protect their young": a verb only.
    return adverb or second in _MOTION_PREPOSITIONS or not lemmas.get("NOUN") and (
        second in _ARTICLES or second in {"its", "their", "his", "her", "this", "these"})


# "Travels down the oesophagus ...": a particle after a verb in -s is where the term goes in one walk-through
# (raters on test-k: a wrong key, "what a bolus does in the sandwich example, not a definition").
_MOTION_PREPOSITIONS = frozenset({"from", "into", "onto", "through", "across", "towards", "toward", "away",
                                  "down", "up", "along", "over", "out", "back", "around", "off", "past"})

def run_on_after_colon(definition: str) -> bool:
    """A colon followed by a clause of its own: two sentences cut into one definition."""
    if ":" not in definition:
        return False
    after = [t.lower() for t in words(definition.split(":", 1)[1])]
    if after and after[0] in _POSTMODIFIERS - _RELATIVES:
        return True  # "A school of psychology: in the early twentieth century": a phrase cut from a sentence
    for i, tok in enumerate(after):
        if tok in _RELATIVES:
            return False
        if i == 0 or after[i - 1] in _ARTICLES or tok.endswith(("ed", "ing")):
            continue  # "a third above it": no verb follows an article
        if is_verb(tok, after[i - 1]):
            return True
        # "the river falls": an article, a noun and a word that can be a verb in -s.
        if i >= 2 and after[i - 2] in _ARTICLES and tok.endswith("s") and getAllLemmas(tok).get("VERB") \
                and getAllLemmas(after[i - 1]).get("NOUN"):
            return True
    return False


def object_pronoun(definition: str) -> bool:
    """ "it" or "them" as a verb's object ("Any consequence that makes it less likely"): it stands for a
    noun of the sentence the definition was cut from (raters on test-f, key and option: context lost)."""
    toks = [t.lower() for t in words(definition)]
    head = definition_head(definition).lower()
    for i, tok in enumerate(toks):
        if tok in {"it", "them"} and i and getAllLemmas(toks[i - 1]).get("VERB"):
            # A noun before it, other than the head, may be what it stands for ("glue them": the grains).
            nouns = [t for t in toks[:i] if t != head and t not in STOPWORDS
                     and getAllLemmas(t).get("NOUN") and not getAllLemmas(t).get("VERB")]
            if not nouns:
                return True
    return False


# A copula or an equation verb before the definition's first postmodifier: a sentence, not a noun
# phrase ("Interest equals Principal multiplied by ...", "Speed is distance divided by time"). Beside
# definitions it is of another form (raters on test-i: a formula, not a period).
_SENTENCE_VERBS = frozenset("is are was were equals equal means mean".split())


def is_sentence(definition: str) -> bool:
    """A subject and a verb: "Interest equals Principal multiplied by Rate"."""
    toks = [t.lower() for t in words(definition)]
    for i, tok in enumerate(toks):
        if i and tok in _POSTMODIFIERS:
            return False
        if i and tok in _SENTENCE_VERBS:
            return True
    return False


@lru_cache(maxsize=65536)
def usable_definition(definition: str) -> bool:
    """A definition that reads alone as an option: no reference back or outside, no worked calculation,
    opening with a word, something that defines its noun, one sentence."""
    return (not _POINTS_BACK.search(definition) and not CALCULATION.search(definition)
            and definition.strip()[:1].isalpha()  # "3 sharps (F♯, C♯, G♯)": a table cell, not a definition
            and not _OUTSIDE_REFERENCE.search(definition.strip())
            and not bare_noun_phrase(definition) and not run_on_after_colon(definition)
            and not opens_with_predicate(definition) and not _NAMES_A_TERM.search(definition)
            and not is_sentence(definition) and not role_not_meaning(definition)
            and not object_pronoun(definition) and not uncountable_with_article(definition)
            and not gloss_of_an_example(definition) and not fragment_definition(definition)
            and not factors_not_meaning(definition) and not symbol_for_noun(definition)
            and not runs_into_predicate(definition))


@lru_cache(maxsize=65536)
def reads_as_option(definition: str) -> bool:
    """A definition shown as an option of its own, not quoted in a stem: a vague head ("Something
    that describes ...") that reads well after "describe as" reads as a clumsy rewrite there."""
    return usable_definition(definition) and not _VAGUE_OPENERS.match(definition.strip()) \
        and not clause_not_phrase(definition) and not names_an_example(definition)


def clause_not_phrase(definition: str) -> bool:
    """A clause, not a noun phrase: the word its head falls on is a verb ("Some writers argue that ...",
    "The closer the results tend to come ..."). Raters on two test-e documents: a garbled option, not
    the definition of anything."""
    head = definition_head(definition)
    if not head or head == words(definition)[0] or head[:1].isupper() or head.lower().endswith(("ed", "ing")):
        return False
    lemmas = getAllLemmas(head.lower())
    if not lemmas.get("VERB") or lemmas.get("NOUN"):
        return False
    # A present-tense verb ("argue", "tend", "argues"), not a participle that postmodifies ("built").
    return any(head.lower() in (v, v + "s", v + "es") for v in lemmas["VERB"])


def names_an_example(definition: str) -> bool:
    """A name where a definition should be: the head is capitalised mid-phrase ("The United States
    Navy's USNS Mercy and USNS Comfort, ...", "The Civil Code of 1804"). Beside definitions it is an
    example or a label, not a meaning (raters on test-e and test-f: heterogeneous, even true)."""
    toks = words(definition)
    head = definition_head(definition)
    return bool(head) and len(toks) > 1 and head != toks[0] and head[:1].isupper() and not head.isupper()


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
    return len(toks) >= 2 and all(t[:1].isupper() for t in toks) \
        and re.match(r"^(?:an?|the)\s+(?:[\w’'-]+\s+){1,4}who\b", definition.strip(), re.I) is not None


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
                or defines_another_term(entry.term, entry.definition, course) or prefixed_unit(entry.term):
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
            and (named or not proper_name(e.term, course))  # no named example beside a concept
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
                and (t not in own or same_class(key, own[t]) and same_sort(key, own[t], resolve)) \
                and not process_beside_thing(term, key, t)
        distractors = pick_distractors(entry.term, here, rng, course, prefer=close_definitions(entry.definition, own),
                                       extra=fits)
        if len(distractors) < 2:
            distractors += [d for d in pick_distractors(entry.term, elsewhere, rng, course, extra=fits)
                            if not any(synonymous(d, x, course) for x in distractors)][: 2 - len(distractors)]
        definition = entry.definition.rstrip(".")
        keep = shared_words([entry.term, *distractors])
        masked = mask_words(definition, entry.term, keep=keep)
        if len(distractors) >= 2 and BLANK not in masked:  # "is also _____ to one or more states": a gap in a quote
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
            return unrelated(term_of[d], term) and not said_of(term, key, d, course)
        options = definition_options(key_def, pool, rng, allowed)
        if len(options) >= 2 and not leaks(entry.term, key_def, options) and not everyday_word(entry.term) \
                and not proper_name(entry.term, course) and not names_a_person(entry.term, key_def) \
                and reads_as_option(key_def) and not _VAGUE_KEY.match(key_def) \
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
