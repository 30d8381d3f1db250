"""The broad class of thing a definition names, read from the noun it is built on.

Blind raters on eight folders (test-d to test-k) called a multiple-choice item heterogeneous or its
distractors implausible most often when the options name different classes of thing: a vein and a
protein offered as the meaning of a process ("The taking of food into the mouth"), processes offered as
the meaning of a liquid, a belief and a doctrine as the meaning of a period, rocks and slabs as the
meaning of a conversion, a disease beside measures.  The class is read from the definition's genus (the
noun it is built on, past "a set of", "a wave of") with general English, never a topic word:

- an ``EVENT``: a process, a change, an action noun ("the taking of", "the removal of", "a process in
  which", "learning that ...");
- a ``MEASURE``: a quantity ("the rate of", "the proportion of", "the time taken ...");
- a ``SPAN`` of time ("the long period of ...", "the interval at which ...");
- a ``PERSON`` ("a character created by ...");
- an ``ENTITY``: any other noun the word list knows (a vein, a liquid, a system), except an idea, a
  way or a capacity ("the belief that", "the method of", "the ability of"), which has no class.

A definition whose genus is none of these (a name, an unknown word, an action noun used for its
result, "socialisation that ...") has no class and constrains nothing.

Within things, a few sorts never rival a thing of another sort (``same_sort``): a depiction (a graph, a
map), a sound (a vowel, a consonant) and an illness; a noun the lists lack takes the sort the course's own
definition of it gives ("a plosive" defined as "A consonant ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.words import getAllLemmas, singular

from .kindof import POSTMODIFIERS
from .text import content_words, head_word, norm, related, words

EVENT, MEASURE, SPAN, PERSON, ENTITY = "event", "measure", "span", "person", "entity"

_EVENT_HEADS = frozenset("""
    process processes change rise fall increase decrease growth loss breakdown spread flow transfer
    action act activity event reaction response procedure conflict war revolt attack campaign shift
    attempt effort control
    """.split())
_MEASURE_HEADS = frozenset("""
    measure rate ratio proportion percentage number amount sum total quantity value distance time
    length speed volume mass weight size frequency degree share fraction count average index
    half more majority minimum maximum
    """.split())
_SPAN_HEADS = frozenset("period era interval phase stage decade century epoch duration".split())
_PERSON_HEADS = frozenset("""
    person people individual character someone man woman child leader member official figure
    worker labourer craftsman artisan farmer peasant merchant trader soldier citizen ruler king queen
    monarch noble priest monk judge lawyer politician writer author poet artist scientist student teacher
    employer employee protester
    """.split())
# Abstract heads: an idea, a way or a capacity, which raters accepted beside processes ("The ability of
# forces to operate together" beside "The process of helping ...", "The belief that ..." beside "A
# conflict in which ...", "The method of making ..." beside "The process that makes ...").
_ABSTRACT_HEADS = frozenset("""
    ability capacity method way means approach technique belief idea theory principle doctrine concept
    view notion practice policy strategy study branch field discipline
    skill knowledge understanding
    """.split())
# Nouns that count or group what follows "of": the class is that of the noun after it ("The continuous
# set of processes", "A wave of muscle contractions").
_CONTAINERS = frozenset("set series sequence chain wave kind type sort form group collection pair".split())
# "The range of distances ...": an extent of what follows is a quantity.
_MEASURE_CONTAINERS = frozenset({"range", "extent"})
# "A wave of panic": a wave of anything is an event; "a series of contractions" is one by its noun.
_EVENT_CONTAINERS = frozenset({"wave"})
_ARTICLES = frozenset({"a", "an", "the", "any", "each", "every", "one"})
# Action-noun endings, longest first, and how the verb is rebuilt from what precedes them.
_ACTION_SUFFIXES = (("ation", ("", "e", "ate")), ("ition", ("", "e")), ("sion", ("d", "t", "de")),
                    ("tion", ("t", "te", "")), ("ion", ("", "e")), ("ment", ("",)), ("al", ("", "e")),
                    ("ance", ("", "e")), ("ence", ("", "e")))


# The particles of phrasal verbs: "squeezing together", "breaking down", "wearing away".
_PARTICLES = frozenset("together down up out away apart off".split())


def _is_verb(word: str) -> bool:
    return word in getAllLemmas(word).get("VERB", ())


def action_noun(noun: str) -> bool:
    """A noun made from a verb: "removal" (remove), "conversion" (convert), "planting" (plant)."""
    noun = noun.lower()
    if noun.endswith("ing"):
        return bool(getAllLemmas(noun).get("VERB"))
    for suffix, endings in _ACTION_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            base = noun[: -len(suffix)]
            stems = [base + e for e in endings] + [base[:-1] + e for e in endings if base.endswith("s")]
            return any(_is_verb(s) for s in stems)
    return False


def _adjective(word: str) -> bool:
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("ADJ")) and not lemmas.get("NOUN")


def _postpositive(word: str, after: str) -> bool:
    """An adjective after the noun it qualifies, opening a phrase of place or content ("region deep in
    the brain", "a layer rich in iron"): the noun before it is the genus.  Raters on test-q: "A small
    region deep in the brain" went unclassed and met a response and a neuron as rivals (rejected by both)."""
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("ADJ")) and not lemmas.get("NOUN") and not lemmas.get("VERB") and after in POSTMODIFIERS


def _head(toks: list[str]) -> tuple[int, str]:
    """The genus noun and its index: the last word before the first postmodifier, a comma-free phrase of
    modifiers and a noun; a participle after it ("The time taken for ...") is not the head."""
    head, at = "", -1
    for i, tok in enumerate(toks):
        low = tok.lower()
        if i and low in {"and", "or"} and head and _adjective(head.lower()):
            continue  # "The civil and military assistance ...": two modifiers of one noun
        if i and (low in POSTMODIFIERS or low in {"rather", "and", "or"}):
            break
        if head.lower().endswith("ing") and low in _PARTICLES:
            continue  # "The squeezing together of sediment": the particle of a phrasal verb, not the head
        if head and head.lower() not in _ARTICLES and getAllLemmas(head.lower()).get("NOUN"):
            lemmas = getAllLemmas(low)
            if _postpositive(low, toks[i + 1].lower() if i + 1 < len(toks) else ""):
                break  # "A small region deep in the brain": the region, not "deep"
            if low in _ARTICLES:
                break  # "The distance the wave travels ...": a clause with no relative
            if lemmas.get("VERB") and (not lemmas.get("NOUN") or low.endswith("ing") and low not in lemmas["VERB"]) \
                    and not (low.endswith("ing") and getAllLemmas(head.lower()).get("ADJ") and i == at + 1
                             and i + 1 < len(toks) and toks[i + 1].lower() == "of"):
                break  # "The time taken for ...", "Any water falling from ...": a participle (not "string"; not
                # "The chemical weathering of ...", an adjective's noun: test-db, both raters, a process among landforms)
        head, at = tok, i
    return at, head


@lru_cache(maxsize=65536)
def genus_class(definition: str) -> str | None:
    """The class of thing ``definition`` names, or None when its genus says nothing reliable."""
    toks = words(definition)
    if len(toks) > 1 and toks[0].endswith("ing") and toks[0][:1].isupper() and not toks[1][:1].isupper():
        lemmas = getAllLemmas(toks[0].lower())
        if lemmas.get("VERB") and not lemmas.get("ADJ"):
            return EVENT  # "Destroying machinery as a form of protest": an action and its object
    at, head = _head(toks)
    if not head or head[:1].isupper() and at > 0:
        return None
    low = singular(head.lower())
    if low in _MEASURE_CONTAINERS and at + 1 < len(toks) and toks[at + 1].lower() == "of":
        return MEASURE
    if low in _CONTAINERS and at + 2 < len(toks) and toks[at + 1].lower() == "of":
        rest = toks[at + 2:]
        sub_at, sub = _head(rest)
        if sub and not sub[:1].isupper():
            if low in _EVENT_CONTAINERS or action_noun(singular(sub.lower())):
                return EVENT
            at, low = at + 2 + sub_at, singular(sub.lower())
    if low in _EVENT_HEADS:
        return EVENT
    if low in _MEASURE_HEADS:
        return MEASURE
    if low in _SPAN_HEADS:
        return SPAN
    if low in _PERSON_HEADS:
        return PERSON
    if low in _ABSTRACT_HEADS:
        return None
    after = toks[at + 1].lower() if at + 1 < len(toks) else ""
    if low.endswith("ing") and getAllLemmas(low).get("VERB"):
        # "The taking of food", "Learning in which ..."; "A painting made on ...", "a building that ...":
        # counted, the noun names what the action made.
        return None if toks[0].lower() in ("a", "an") else EVENT
    if action_noun(low):
        # "The removal of undigested material": an action and what it acts on; "Socialisation that ...",
        # "a government that ...": the noun may name the result or a body, so no class.
        # "A statement of the terms", "an agreement of ...": with "a", the noun names what the action made.
        if after in {"and", "or"} and at + 3 < len(toks) and toks[at + 3].lower() == "of" \
                and (action_noun(toks[at + 2]) or _is_verb(toks[at + 2].lower())):
            after = "of"  # "The removal and transport of weathered rock": two actions on one object
        return EVENT if after == "of" and toks[0].lower() == "the" else None
    if low in _ARTICLES or _adjective(low) or not getAllLemmas(low).get("NOUN") and (at == 0 or not low.isalpha()):
        return None
    # A noun, or a word the list lacks after an article ("An allele whose ..."): a thing.
    return ENTITY


def same_class(key_definition: str, option: str) -> bool:
    """``option`` is no thing where the key is an event, nor an event where the key is a thing.

    Only that split is enforced, and an idea, a way or a capacity is no thing here: on the rated option
    sets of twelve folders it drops items whose ratings were 1 accept, 29 minor and 8 reject, and trims
    items rated 5 accept, 11 minor, 4 reject, where requiring every class to match (a measure beside a thing, a period beside a belief) also
    dropped accepted items ("A network of ..." beside "The percentage of ...").

    A key that names a period or a person takes options of its own class: "The belief that ..." and "A
    doctrine that ..." are no period of rivalry (raters on test-h), a formula and an amount no interval, kinds
    of verse no character (the same change, on test-i: 2 items, 4 "minor" ratings, none accepted, left out).
    Not a quantity: beside "The distance between two notes" raters accepted chords and keys (dev)."""
    key, other = genus_class(key_definition), genus_class(option)
    if key in _OWN_CLASS and other != key:
        return False
    if formula_shaped(key_definition) != formula_shaped(option):
        return False
    return {key, other} != {EVENT, ENTITY}


def thing_beside_stage(key_definition: str, option: str) -> bool:
    """The key names a stage or a period and ``option`` a thing: kept apart even where too few options of the
    key's own class are left for ``same_class`` to hold to ("platelet", "fibrin" and "fibroblast" as "the stage
    in which blood vessels widen ...": both raters on test-dj, heterogeneous; "the process that stops bleeding" is
    the stage's rival).  Not the other way round: a thing keeps a stage as its third option where nothing else
    is left (refusing both cost accepted items on the open sets, "a rock containing enough of a metal ...")."""
    return genus_class(key_definition) == SPAN and genus_class(option) == ENTITY


# A definition that is a calculation: "Volume divided by area of cross-section", "Number of times the event
# occurred divided by number of trials".  Beside definitions of things it is of another form (raters on
# test-x, test-i and test: "a formula, not a solid", heterogeneous options; over every rated definition
# item, such a distractor beside a key that is no formula: 1 accept, 8 minor, 17 reject ratings); beside a
# key that is one it is the natural rival ("Displacement divided by time taken" for average speed).
_FORMULA = re.compile(r"\b(?:divided|multiplied)\s+by\b|[=×÷]")


def formula_shaped(definition: str) -> bool:
    """The definition is a calculation of other quantities, not a kind of thing."""
    return _FORMULA.search(definition) is not None


# Classes a key holds its options to (``same_class``).
_OWN_CLASS = frozenset({SPAN, PERSON})


# Sorts of thing that are never a rival to a thing of another sort, read from the genus noun (general
# English, no topic's words).  Blind raters called options heterogeneous when they were things of one
# broad class but another sort: "The bony bump just behind the upper front teeth" beside a vowel and a
# consonant (test-c), "A graph showing how the height of the river bed changes" beside a rock layer and
# places (test-b), "Sounds that can change the meaning of a word" beside a manner and a guide (test-c),
# "A pair of bar charts" beside two rates (test-m).  Only these sorts: a finer split of other things (a
# place, a material, an instrument) also struck out options raters accepted ("An instrument with which we
# measure current" beside "A material that lets charge flow easily", test-j), and "condition" is as often
# a state of affairs ("A condition in which neither side feels pressure ...") as an illness.
_SORTS = {
    "depiction": "graph diagram chart map table picture drawing photograph sketch",
    "sound": "sound vowel consonant noise",
    "illness": "disease illness disorder infection syndrome",
}
_SORT_OF = {word: sort for sort, nouns in _SORTS.items() for word in nouns.split()}


def genus_sort(definition: str, resolve=None) -> str | None:
    """The sort of thing ``definition`` names (``_SORTS``), read from its genus noun; a noun the lists
    lack is looked up with ``resolve`` (the sort of the lesson's own definition of that noun: "A plosive
    released slowly ..." is a sound when the lesson defines a plosive as "A consonant ..."). None when
    unknown, or a name ("Table Mountain")."""
    noun = _sort_noun(definition)
    if not noun:
        return None
    return _SORT_OF.get(noun) or (resolve(noun) if resolve is not None else None)


@lru_cache(maxsize=65536)
def _sort_noun(definition: str) -> str:
    """The genus noun, singular and lower-case, past a container ("A pair of bar charts": chart)."""
    toks = words(definition)
    if len(toks) > 1 and toks[0].endswith("ing") and toks[0][:1].isupper() and not toks[1][:1].isupper():
        lemmas = getAllLemmas(toks[0].lower())
        if lemmas.get("VERB") and not lemmas.get("ADJ"):
            return EVENT  # "Destroying machinery as a form of protest": an action and its object
    at, head = _head(toks)
    if head and not getAllLemmas(head.lower()).get("NOUN"):
        at, head = _noun_before_participle(toks)  # "A plosive released slowly into ...": not "slowly"
    if not head or head[:1].isupper() and at > 0:
        return ""
    low = singular(head.lower())
    if low in _CONTAINERS and at + 2 < len(toks) and toks[at + 1].lower() == "of":
        _, sub = _head(toks[at + 2:])
        if sub and not sub[:1].isupper():
            low = singular(sub.lower())
    return low


def _noun_before_participle(toks: list[str]) -> tuple[int, str]:
    """The word before the first participle, adverb or postmodifier: the genus when the word list does not
    know it as a noun ("plosive" in "A plosive released slowly ...")."""
    for i, tok in enumerate(toks[1:], start=1):
        lemmas = getAllLemmas(tok.lower())
        if tok.lower() in POSTMODIFIERS or lemmas.get("VERB") and not lemmas.get("NOUN") or lemmas.get("ADV") and not lemmas.get("NOUN"):
            return (i - 1, toks[i - 1]) if toks[i - 1].lower() not in _ARTICLES else (-1, "")
    return -1, ""


def sort_resolver(course):
    """The sort (``genus_sort``) of a one-word term by the course's own definition of it, for a genus noun
    the word lists lack ("plosive": "A consonant in which ..." is a sound). ``course``: a ``CourseView``."""
    def build() -> dict[str, str]:
        found: dict[str, str] = {}
        for e in course.glossary:
            sort = genus_sort(e.definition)
            if sort and len(words(e.term)) == 1:
                found.setdefault(singular(e.term.lower()), sort)
        return found
    return course.remembered(("term_sorts",), build).get


def same_sort(key_definition: str, option: str, resolve=None) -> bool:
    """``option`` is no thing of another sort than the key: when one of the two is a depiction, a sound or
    an illness (``_SORTS``), the other is one too, or no thing at all (a process, an idea: "The movement
    of the tongue during speech" may stand beside "Sounds that a child learns first")."""
    key, other = genus_sort(key_definition, resolve), genus_sort(option, resolve)
    if key == other:
        return True
    if key and other:
        return False
    known_is_key = key is not None
    return genus_class(option if known_is_key else key_definition) != ENTITY


# Suffixes that make a process of a verb in a term's name: "Infiltration", "Lateral erosion", "Corrosion".
# ("-ance", "-ment", "-al" also name things and quantities: "Trial balance", "Resistance", "Settlement".)
_PROCESS_NAME_SUFFIXES = ("tion", "sion")
# Heads that a process may define: "The method of making ATP ...", "A technique in which ...".
_PROCESS_LIKE = frozenset({"method", "way", "means", "approach", "technique", "practice", "procedure"})


_SCIENCE_PREFIX = re.compile(r"^(?:osmo|photo|thermo|hydro|electro|micro|ultra|chemo|neuro|bio|geo|auto|trans)(?=[a-z]{6})")


def process_name(term: str) -> bool:
    """A term whose name says it is a process: its last word is a verb's action noun in "-tion" or "-sion"
    ("Precipitation", "Lateral erosion"), whatever its definition reads like."""
    head = head_word(term)  # "Manner of articulation": a manner
    if not head or head[:1].isupper() and len(words(term)) > 1:
        return False
    last = singular(head.lower())
    # "Osmoregulation", "Ultrafiltration": a science's prefix on an action noun ("regulation"); not any letters
    # before one ("Alliteration" is no iteration).
    prefix = _SCIENCE_PREFIX.match(last)
    return last.endswith(_PROCESS_NAME_SUFFIXES) and (action_noun(last) or bool(prefix) and action_noun(last[prefix.end():]))


def may_be_process(definition: str) -> bool:
    """``definition`` names a process, a change or a way of doing something (or its class is unknown
    because it is built on such a head)."""
    if genus_class(definition) == EVENT:
        return True
    _, head = _head(words(definition))
    return singular(head.lower()) in _PROCESS_LIKE or action_noun(singular(head.lower()))


def process_beside_thing(key_term: str, key_definition: str, term: str) -> bool:
    """``term`` is named as a process ("Infiltration", "Precipitation") and offered for a thing that is
    no process ("the top of the fully saturated ground"): its name alone rules it out (raters on test-o
    and test-b: processes offered for a place, a graph and a stream; test-k: a process for a protein)."""
    return process_name(term) and not process_name(key_term) and not may_be_process(key_definition)


# The word a definition is built on, and options ranked or limited by it.

@lru_cache(maxsize=65536)
def genus(definition: str) -> str:
    """The word a definition is built on: the noun its opening phrase is built on, past the adjectives
    before it ("bone" in "The longest and strongest bone in the body", "layer" in "A hotter and weaker
    layer of the mantle", "process" in "The continuous set of processes ..."), else its first content word
    ("command" in "A command that records ...").

    Raters in most folders asked for a sibling of the key's own kind ("swap in the lithosphere definition"
    beside "A hotter and weaker layer ...", "the stapes description" beside "The longest and strongest
    bone ..."); read from the first content word, a key opening on an adjective ("long", "strong",
    "hotter") met no option built on its noun, and the sibling was not preferred."""
    found = content_words(definition)
    first = norm(found[0]) if found else ""
    toks = words(definition)
    if len(toks) > 1 and toks[0].endswith("ing") and toks[0][:1].isupper() and not toks[1][:1].isupper():
        lemmas = getAllLemmas(toks[0].lower())
        if lemmas.get("VERB") and not lemmas.get("ADJ"):
            return EVENT  # "Destroying machinery as a form of protest": an action and its object
    at, head = _head(toks)
    if not head or head[:1].isupper() or not head.isalpha() or at < 1:
        return first
    low = head.lower()
    if low in _CONTAINERS and at + 2 < len(toks) and toks[at + 1].lower() == "of":
        sub_at, sub = _head(toks[at + 2:])
        if sub and sub.isalpha() and not sub[:1].isupper() and getAllLemmas(sub.lower()).get("NOUN"):
            return norm(singular(sub.lower()))
    # Only past words that modify it: an article, adjectives, "and"/"or" between them.
    before = [t.lower() for t in toks[:at]]
    if not all(t in _ARTICLES or t in {"and", "or", "most", "more", "very"} or _modifier(t) for t in before):
        return first
    if low in _ARTICLES or not getAllLemmas(low).get("NOUN"):
        return first
    return norm(low)


def _modifier(word: str) -> bool:
    """A word that can modify the noun after it: an adjective ("long", "hotter", "greenish", "intellectual")
    or an adverb of degree in -ly ("extremely rapid inflation")."""
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("ADJ")) or bool(lemmas.get("ADV")) and word.endswith("ly")


def same_genus(definition: str, other: str) -> bool:
    """Two definitions built on one word: "A principle under which ..." and "The principle that ..."."""
    g, h = genus(definition), genus(other)
    return bool(g and h) and related(g, h)


def one_per_genus(key: str, options: list[str]) -> list[str]:
    """Options other than one per genus the key lacks: three "A command that ..." beside "Software that
    ..." single the key out (raters: heterogeneous options)."""
    seen: set[str] = set()
    out = []
    for option in options:
        g = genus(option)
        if g and not related(g, genus(key)):
            if any(related(g, s) for s in seen):
                continue
            seen.add(g)
        out.append(option)
    return out


def same_genus_first(key_definition: str):
    """A rank per option, lower first: definitions built on the key's own word first ("A consonant that ..."
    beside "A consonant that ...", before "The space between ..."). Raters in most folders asked for a
    sibling of the key's kind in place of an option of another kind; a definition built on the same noun is
    the surest such sibling ("A stanza of two rhyming lines" beside "A stanza of four lines", "A process by
    which large boulders are rolled" beside "A process by which fine particles are carried"); next, one of
    the key's class when that class is a process, a quantity or a period (``genus``): "The number of ..."
    beside "A minimum share of ...", before "The study of ..." (raters on test-g: a discipline beside
    measures). Only an order: no item is dropped for want of one."""
    own, kind = genus(key_definition), genus_class(key_definition)

    def rank(option: str) -> int:
        if own and genus(option) and related(genus(option), own):
            return 0
        return 1 if kind in _SPECIFIC_CLASSES and genus_class(option) == kind else 2
    return rank


_SPECIFIC_CLASSES = frozenset({EVENT, MEASURE, SPAN})
