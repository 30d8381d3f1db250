"""The forms a fill-in gap accepts besides its key (``families/fill_blank.py``): the singular or plural a reader
types, a term's shorter forms without an everyday head or an uncontrasted modifier (or a rare adjective alone where
the noun only says what sort of thing), and its short forms the lesson itself writes.  Grading
(``lessontext.answers``) forgives case, accents and number; these are the other forms a teacher would accept, listed
so that the teacher reviewing the item sees them.  A shorter form the lesson also writes outside the key has a cost:
the selection keeps apart items that show another's accepted answers, so it can push a good item out of the quiz."""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.semantics import similarity, specificity, zipf
from lessontext.words import getAllLemmas, getInflection, singular

from .answerforms import initials
from .course import CourseView
from .gaps import PHRASE_OPENERS
from .known import NAME_JOINERS
from .text import BLANK, STOPWORDS, find_phrase, named_mid_sentence, norm

# A concept term whose words English hardly uses (``semantics.specificity``) ranks above an everyday one.
EVERYDAY_CONCEPT = 0.5


# How common (Zipf) the plural of an -ing head must be to be listed: "buildings" 4.7, "meetings" 4.5
# pass; "learnings" 2.4, "sharings" 1.1 do not.
GERUND_PLURAL_MIN = 3.0
# How common (Zipf) any other plural must be: "nebulae" 2.5, "immunities" 2.6 pass; the plural of a mass noun
# ("cooperations" 1.8, "tractions" 1.1, "inflations" 1.2) is no form a teacher lists (raters on test-o).
PLURAL_MIN = 2.0


def variants(term: str, lesson_text: str | None = None) -> list[str]:
    """The singular and plural of a lower-case term ("enzymes" -> "enzyme", "enzyme" -> "enzymes").

    No plural English does not use ("polygenics", "recessives"), nor of a process named by an -ing word
    ("capacity buildings" of a compound, "learnings"; "buildings" and "meetings" alone stay): grading forgives number anyway
    (``answers.py``), and a listed nonsense form reads as a generator's slip (test-e, test-f).

    Given the lesson, the other number is listed only where it is a form of the key in its sense: the lesson
    writes it, or the key is one word that English reads only as a noun.  A word that is also an adjective,
    adverb or verb ("fair", "outside", "consent") and a phrase ("effective verification", "venules collect
    blood") have no plural a teacher lists unless the lesson uses one ("fairs", "outsides", "consents",
    "effective verifications": raters on test-aj and test-al, "drop the nonsense variant")."""
    if lesson_text is None:
        return _number_forms(term)
    return list(_lesson_variants(term, lesson_text))


@lru_cache(maxsize=4096)
def _lesson_variants(term: str, lesson_text: str) -> tuple[str, ...]:
    """``variants`` in a lesson, once per term and lesson (every family asks it of the same keys)."""
    return tuple(f for f in _number_forms(term) if (" " not in f and _noun_only(term)) or find_phrase(lesson_text, f)
                 or _compound_singular(term, f))


def _compound_singular(term: str, form: str) -> bool:
    """``form`` is the singular of a compound noun of two or three words ("swallow hole" of "swallow holes", "union
    system" of "union systems"): a reader types either (test-db, both raters: "accept 'swallow hole'")."""
    toks = term.split()
    return 2 <= len(toks) <= 3 and len(form) < len(term) and all(
        "NOUN" in getAllLemmas(t) or "ADJ" in getAllLemmas(t) for t in toks)


def unlisted_number(answer: str, key: str, lesson_text: str) -> bool:
    """``answer`` is the key in its other number (a glossary alias "Mixed crew" of "mixed crews") and no
    form ``variants`` lists: dropped like a nonsense plural the generator would make itself."""
    other = answer.lower()
    return other in _number_forms(key.lower()) and other not in variants(key.lower(), lesson_text)


def _noun_only(word: str) -> bool:
    """English reads ``word`` only as a noun ("enzyme", "octave"; not "fair", "outside", "consent"), or the
    lexicon does not know it: a rare technical word ("venule", "outlier") is a term's noun."""
    lemmas = getAllLemmas(word.lower())
    return set(lemmas) <= {"NOUN", "PROPN"}


def _number_forms(term: str) -> list[str]:
    """The other number of ``term`` that English uses (``variants`` without the lesson)."""
    if not term.islower() or not term.replace(" ", "").replace("-", "").isalpha():
        return []
    toks = term.split()
    if "of" in toks[1:]:
        # "margin of safety": the noun before "of" is the head ("margins of safety", never "margin of safeties":
        # raters on test-n); "exchange of liaison officers" has no singular "exchange of liaison officer".
        at = toks.index("of", 1)
        head_forms = _number_forms(toks[at - 1])
        return [" ".join([*toks[: at - 1], *head_forms, *toks[at:]])] if head_forms else []
    head = toks[-1]
    one = singular(head)
    if one != head:
        return [term[: len(term) - len(head)] + one]
    plural = getInflection(head, "NNS")
    gerund = head.endswith("ing") and any(v != head for v in getAllLemmas(head).get("VERB", ()))  # not "herring"
    if not plural or plural[0] == head or (gerund and " " in term) \
            or zipf(plural[0]) < (GERUND_PLURAL_MIN if gerund else PLURAL_MIN):
        return []  # "intelligence sharings", "learnings", "polygenics": no plural a reader would type
    return [term[: len(term) - len(head)] + plural[0]]


_OF_FORM = re.compile(r"^(\w+) (?:on|of|for) (?:the )?(.+)$", re.I)


def short_forms(term: str, lesson_text: str) -> list[str]:
    """Forms a reader may type for a term with a generic head (a common word: ``specificity`` below
    ``EVERYDAY_CONCEPT``): a name "Open Skies Treaty" <-> "Treaty on Open Skies" and "Open Skies"; a
    lower-case "real interest rate" -> "real rate" where the lesson writes it so (raters wanted these
    accepted, but not "slippery argument" nor "role nation", which drop the word that carries the concept).
    A letter is no head: "Constant E" has no "E on Constant"."""
    toks = term.split()
    if len(toks) < 2 or len(toks[-1]) < 2:
        return []
    if not all(t[:1].isupper() for t in toks if t.lower() not in NAME_JOINERS):
        term, toks = term.lower(), term.lower().split()  # "Underlying logic": not a name ("logic on Underlying")
    if term.islower():
        short = f"{toks[0]} {toks[-1]}"
        return [short] if len(toks) == 3 and specificity(toks[-1]) < EVERYDAY_CONCEPT \
            and find_phrase(lesson_text, short) else []
    of_form = _OF_FORM.match(term)
    if of_form and specificity(of_form.group(1)) < EVERYDAY_CONCEPT:
        head, rest = of_form.group(1), of_form.group(2)
    elif specificity(toks[-1]) < EVERYDAY_CONCEPT or toks[-1] in SIGNED_TEXT_HEADS:
        head, rest = toks[-1], " ".join(toks[:-1])
    else:
        return []
    if len(rest.split()) > 2:
        return []  # "Organization of North Atlantic Treaty", "American Great White": no one types these
    if len(rest.split()) == 1 and (of_form or _adjective_only(rest)):
        # "Protocol on Additional", "Court of Supreme", "Terror Reign": an adjective is no name to
        # turn around, nor is one word after "of" (raters on test-e and test-f: nonsense answers)
        return [rest] if of_form and specificity(rest) >= EVERYDAY_CONCEPT else []
    named = len(rest.split()) >= 2 or specificity(rest) >= EVERYDAY_CONCEPT
    forms = [f"{rest} {head}"] if of_form else [f"{head} on {rest}", f"{head} of {rest}"]
    # Only the forms the lesson writes: "Manual on Tallinn", "Spring of Prague" and a bare "Tallinn" are
    # no names a teacher accepts (raters on test-f, test-h, test-i and test-j: nonsense or over-lenient answers).
    forms = [f for f in forms if find_phrase(lesson_text, f)]
    if named and " " not in rest and not _stands_alone(rest, lesson_text):
        # "Nordic" of "Nordic Council" beside "Nordic countries": a modifier, no name of its own; but the place
        # that names a signed text is its short name ("Dayton" for "Dayton Agreement")
        return forms + ([rest] if place_of_signing(rest, head, lesson_text) else [])
    return forms + ([rest] if named and _alone(rest, lesson_text, head) else [])


# The head of a text that states sign and name after a place or a person ("Dayton Agreement", "Kyoto Protocol",
# "Warsaw Pact", "Oslo Accords"): the name alone is the text's short name, as "Windsor" is of "Treaty of Windsor".
SIGNED_TEXT_HEADS = frozenset("""Agreement Agreements Accord Accords Treaty Pact Convention Conventions
    Declaration Protocol Charter""".split())


def place_of_signing(word: str, head: str, lesson_text: str) -> bool:
    """``word`` before a signed text's head is the text's short name: a proper name English has no other use
    for ("Dayton", "Kyoto"; not "Security", "Camp"), no people's adjective ("Nordic", "Egyptian"), which the
    lesson writes only before that head, so that it names no other text or thing of the lesson ("Paris" beside
    both "Paris Agreement" and "Paris Peace Conference" names neither).  Raters on test-be: "widen to 'Dayton'"."""
    return (head in SIGNED_TEXT_HEADS and word.isalpha() and not _DEMONYM.match(word)
            and not getAllLemmas(word.lower()) and only_before(word, head, lesson_text))


def _stands_alone(word: str, lesson_text: str) -> bool:
    """The lesson writes ``word`` at least once as a whole name: before a stop, a small word or a verb, not before
    a noun or an adjective it qualifies ("Nordic countries", "Nordic armed forces"; raters on test-bb: "the bare adjective 'Nordic'
    should not be marked correct")."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?:\s+([A-Za-z]+))?", lesson_text):
        after = found.group(1)
        lemmas = getAllLemmas(after.lower()) if after else {}
        if after is None or after.lower() in STOPWORDS or not (lemmas.get("NOUN") or lemmas.get("ADJ")):
            return True
    return False


def lesson_short_forms(term: str, course: CourseView) -> list[str]:
    """``short_forms`` of ``term`` in this lesson, once per term (each form is looked up in the whole lesson)."""
    found = course.memo.get(("short_forms", term))
    if found is None:
        found = course.memo[("short_forms", term)] = short_forms(term, course.lesson_text)
    return found


def _adjective_only(word: str) -> bool:
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("ADJ")) and not lemmas.get("NOUN")


MODIFIER_ALONE = 0.45


def topic_head_dropped(term: str, blanked: str, title: str) -> list[str]:
    """The modifier of a lower-case term alone, where its head is understood: the head is a word of
    the lesson's title ("comprehensive" for "comprehensive embargo" in "Arms Embargoes") or shared with
    an adjective before the gap ("episodic and _____" -> "semantic"; not a noun: "shared ownership and _____"
    gets no "mixed" for "mixed crews"). The title's head only where the gap is the kind its sentence names
    (``kind_slot``). Raters on test-c: a student may
    well write the modifier alone, and marking it wrong is a format fault."""
    toks = term.split()
    if len(toks) < 2 or not term.islower() or "of" in toks:
        return []
    head, modifier = toks[-1], " ".join(toks[:-1])
    # The title's head leaves the modifier to carry the concept only when the modifier is no everyday
    # word ("comprehensive", "deductive"; not "simple" for "simple circuit").
    in_title = any(singular(head) == singular(w.lower()) for w in re.findall(r"[A-Za-z]+", title)) \
        and specificity(modifier) >= MODIFIER_ALONE
    shared = any(_adjective_only(m.group(1)) for m in
                 re.finditer(rf"\b([a-z]+)\s+(?:and|or)\s+{re.escape(BLANK)}", blanked))
    return [modifier] if in_title and kind_slot(blanked) or shared else []


# The blank is the kind a sentence names or defines: "A(n) _____ is one in which ...", "A _____ covers an
# entire country, while a targeted one ...", "In a _____, each device ...", "_____ goes further by ...", "Sound is
# a _____", "which is called _____", "known as _____".
_KIND_SLOT = re.compile(
    rf"(?:^|[.;:!?]\s+)(?:(?:In|For|With)\s+)?(?:A|An|A\(n\)|a|an|a\(n\))\s+{re.escape(BLANK)}"
    rf"|(?:^|[.;:!?]\s+){re.escape(BLANK)}\s+(?!of\b)[a-z]+"
    rf"|\b(?:a|an|a\(n\)|A\(n\))\s+{re.escape(BLANK)}\s+(?:is|are|was|were|means)\b"
    rf"|\b(?:is|are|was|were|be|called|known\s+as|termed)\s+(?:(?:a|an|a\(n\)|A\(n\))\s+)?{re.escape(BLANK)}")


def kind_slot(blanked: str) -> bool:
    """Whether the gap of ``blanked`` is the kind its sentence names, where the modifier of a term alone names
    it too ("A _____ is one in which the premises guarantee the conclusion" -> "deductive").  Elsewhere the
    modifier alone names nothing ("work out the _____, the volume added" -> "rough" for "rough titre";
    "shared ownership and _____" -> "mixed" for "mixed crews": raters on test-ah and test-al)."""
    return _KIND_SLOT.search(blanked) is not None


def _alone(form: str, lesson_text: str, next_word: str = "") -> re.Match[str] | None:
    """Where the lesson writes ``form`` as a whole phrase (not followed by ``next_word``)."""
    after = rf"(?!\s+{re.escape(next_word)})" if next_word else ""
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-]){after}", lesson_text, re.I)


# The endings of a people's adjective ("Egyptian", "British", "Japanese", "Iraqi", "French"): English writes it
# with a capital like a name, but alone it names no thing.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)$")


# How common (Zipf) a people's adjective must be to be dropped before its noun ("British" 5.2, "Egyptian" 4.2,
# "Olympic" 4.5): a rarer one names a style or a school, the kind the lesson contrasts ("Shakespearean sonnet" 2.9,
# "Petrarchan" 1.5, "Byzantine" 3.4).
PEOPLES_ADJECTIVE = 4.0


def attributive_demonym(word: str, lesson_text: str) -> bool:
    """``word`` is a people's adjective the lesson writes only before a noun or a name ("British taxpayers",
    "British North America"): capitalised like a name, unknown to the lemmatiser as a noun or a verb, never standing
    alone in the lesson as a people ("the British were").  Before its noun it only says whose, and the noun alone
    names the same thing (``modifier_dropped``; raters on test-bm: "widen the answers, e.g. 'taxpayers'")."""
    if not _DEMONYM.match(word) or getAllLemmas(word.lower()).get("NOUN") or getAllLemmas(word.lower()).get("VERB"):
        return False
    uses = [re.match(r"[ \t]+([A-Za-z]+)", lesson_text[m.end():])
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w’'-])", lesson_text)]
    # Before a noun ("taxpayers") or a name ("British North America"); not "the British were ...", a people.
    return bool(uses) and all(after is not None and (after.group(1)[:1].isupper() or _nominal(after.group(1)))
                              for after in uses)


def peoples_adjective(word: str, lesson_text: str) -> bool:
    """``word`` (or the last part of a hyphenated word: "Anglo-French") has a people's adjective's shape and the
    lesson never writes it alone as a name, only before a noun: alone it names no thing, and as an accepted answer
    it is a fragment (raters on test-bl and test-bf: "the bare adjective 'Egyptian' is also accepted")."""
    last = word.split("-")[-1]
    if not _DEMONYM.match(last) or getAllLemmas(word.lower()).get("NOUN"):
        return False
    return not _stands_alone(word, lesson_text)


def _nominal(word: str) -> bool:
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("NOUN") or lemmas.get("ADJ")) and word.lower() not in STOPWORDS


def _place_in(word: str, head: str, lesson_text: str) -> bool:
    """The lesson writes ``word`` as a place: after "in", "from", "to", "across" or "throughout" (with at most one
    capitalised or compass word between), not as the first word of the term again ("from China stone")."""
    return word[:1].isupper() and re.search(
        rf"\b(?:in|from|to|across|throughout)\s+(?:(?:[A-Z][\w-]*|northern|southern|eastern|western|central)\s+)?"
        rf"{re.escape(word)}\b(?!\s+{re.escape(head)})", lesson_text) is not None


def head_dropped(key: str, lesson_text: str) -> list[str]:
    """The key without its trailing everyday head word where the lesson writes the shorter name alone
    ("variable ratio" for "variable ratio schedule"), or without its everyday heads where what is left is
    a name ("Cospas-Sarsat" for "Cospas-Sarsat satellite system"). Raters on test-f and test-g: the short
    form is right and was marked wrong. A single common word is no short name ("national", "electron")."""
    toks = key.split()
    forms = []
    for n in range(len(toks) - 1, 0, -1):
        if not toks[n].islower() or specificity(toks[n]) >= EVERYDAY_CONCEPT:
            break  # a word that carries the concept ("socialisation", "jurisdiction") stays
        short = " ".join(toks[:n])
        if n == 1 and (peoples_adjective(short, lesson_text) or _place_in(short, toks[1], lesson_text)):
            break  # "Egyptian" of "Egyptian politics", "Anglo-French" of "Anglo-French military mission": whose, not what;
            # "China" of "China stone" where the lesson writes "in southern China": a country (both raters on test-cz)
        if named_mid_sentence(short, lesson_text) or (
                n == len(toks) - 1 and n >= 2 and getAllLemmas(toks[n - 1].lower()).get("NOUN")
                and _alone(short, lesson_text, toks[n])):
            forms.append(short)
    return forms


# How close (wordllama) a compound and its noun alone must be for the noun to name the same thing: "gross tonnage"
# and "tonnage" 0.85; not "cardiac arrest" and "arrest" (0.68), "public goods" and "goods" (0.72).
HEAD_KEEPS_MEANING = 0.75


def modifier_dropped(key: str, lesson_text: str, terms: frozenset[str]) -> list[str]:
    """The noun of an adjective-noun term that the lesson never contrasts ("collisions" for "successful
    collisions", "tenure" for "secure tenure"; raters on test-d, test-f and test-g wanted the bare noun
    accepted). Not where the lesson writes another modifier before the noun ("complex carbohydrates"), the
    noun is a term of its own or the tail of another ("socialisation", "secondary socialisation"), or the
    noun is an everyday word ("plates").  A first word that is also a noun ("gross", "cardiac") is dropped too
    where the lesson writes the noun only after it ("tonnage" for "gross tonnage": raters on test-ak) and the noun
    alone keeps the compound's meaning (``HEAD_KEEPS_MEANING``: not "arrest" for "cardiac arrest")."""
    toks = key.split()
    if len(toks) != 2 or not toks[1].islower() or specificity(toks[1]) < EVERYDAY_CONCEPT:
        return []
    modifier, tail = toks[0].lower(), toks[1]
    lemmas = getAllLemmas(modifier)
    if zipf(modifier) >= PEOPLES_ADJECTIVE and attributive_demonym(toks[0], lesson_text):
        lemmas = {"ADJ": (modifier,)}  # "British taxpayers": the lemmatiser knows no people's adjective
    if not lemmas.get("ADJ"):
        return []  # "juste retour", "electron transport": the first word is no adjective
    if norm(tail) in terms or any(t != norm(key) and t.endswith(" " + norm(tail)) for t in terms):
        return []
    if lemmas.get("NOUN"):
        return [tail] if only_after(tail, modifier, lesson_text) and similarity(key, tail) >= HEAD_KEEPS_MEANING else []
    for found in re.finditer(rf"(?<![\w-])([A-Za-z][\w-]*)\s+{re.escape(tail)}(?![\w-])", lesson_text, re.I):
        word = found.group(1).lower()
        if word != modifier and word not in STOPWORDS and word not in PHRASE_OPENERS:
            return []  # "complex carbohydrates" beside "digestible carbohydrates": the modifier matters
    return [tail]


def only_after(word: str, before: str, lesson_text: str) -> bool:
    """``word`` (or its other number) is written in the lesson only right after ``before``: a form of the key
    that no other sentence shows, so accepting it lets no other item of the quiz cue the gap (the selection
    keeps apart items that show another's accepted answers)."""
    forms = "|".join(re.escape(f) for f in sorted({word, singular(word), *_number_forms(word)}))
    return all(re.search(rf"(?<![\w-]){re.escape(before)}\s+$", lesson_text[: m.start()], re.I)
               for m in re.finditer(rf"(?<![\w-])(?:{forms})(?![\w-])", lesson_text, re.I))


# A modifier this specialised names the kind by itself ("categorical" 0.64, "igneous" 0.65, "suborbital" 0.72);
# "nuclear" (0.41), "tidal" (0.54) and "solar" (0.43) do not, and "mixed", "rough" say nothing alone.
MODIFIER_NAMES_KIND = 0.6
# A noun this common only says what sort of thing the adjective qualifies: "data" (0.33), "flight" (0.39), "rock"
# (0.37); "reactor" (0.52) and "bore" (0.51) carry the concept themselves.
SORT_NOUN = 0.45


def modifier_alone(key: str, lesson_text: str) -> list[str]:
    """The adjective alone of an "adjective noun" term whose noun is an everyday word that only says what sort
    of thing it is ("categorical" for "categorical data", "igneous" for "igneous rock", "suborbital" for
    "suborbital flight"): the adjective carries the concept, and a reader who types it is right (raters on test-ao
    and test-ap: "widen it to accept 'categorical'").  Only an adjective English uses as nothing else, and
    rare enough (``MODIFIER_NAMES_KIND``) to name the kind alone; and only where the lesson writes it nowhere else
    (``only_before``), so no other item of the quiz shows it."""
    toks = key.split()
    if len(toks) != 2 or not toks[1].islower() or not toks[0].isalpha():
        return []
    modifier = toks[0].lower()
    lemmas = set(getAllLemmas(modifier))
    # (a rare noun or a word the tables lack names the kind too: "miasma" of "miasma theory", "supernormal" of
    # "supernormal profit"; raters on test-ck and test-ci: "widen to 'miasma'"; never a word that is both)
    if lemmas not in ({"ADJ"}, {"NOUN"}, set()) or specificity(modifier) < MODIFIER_NAMES_KIND \
            or specificity(singular(toks[1])) >= SORT_NOUN:
        return []
    return [modifier] if only_before(modifier, toks[1], lesson_text) else []


def only_before(word: str, after: str, lesson_text: str) -> bool:
    """``word`` is written in the lesson only right before ``after`` (either number): see ``only_after``."""
    forms = "|".join(re.escape(f) for f in sorted({after, singular(after), *_number_forms(after)}))
    return all(re.match(rf"\s+(?:{forms})(?![\w-])", lesson_text[m.end():], re.I)
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lesson_text, re.I))


def text_forms(key: str, lesson_text: str, terms: frozenset[str]) -> list[str]:
    """The shorter forms of the key a reader may type: without an everyday head or an uncontrasted
    adjective. (Not longer ones: "planetary nebula", "basic titration" name other things.)"""
    return [*head_dropped(key, lesson_text), *modifier_dropped(key, lesson_text, terms), *modifier_alone(key, lesson_text)]


# The words that leave a noun standing alone: "the reactor", "a colony", "an impulse", "this front".
_ALONE_BEFORE = frozenset("the a an this that these those each every its their his her our your one no".split())


def head_alone(key: str, lesson_text: str, terms: frozenset[str], headings: str = "") -> list[str]:
    """The noun of a two-word term where the lesson itself writes that noun alone, after an article or a
    determiner, for the same thing ("impulse" for "nerve impulse" beside "When an impulse reaches ...", "reactor"
    for "nuclear reactor" beside "a reactor exploded", "tube" for "inner tube" beside "pinch the tube").  Raters
    on test-q, test-aj, test-an and test-au (format: "accept 'reactor'", "widen to 'deposits'", "accept 'tube' as
    well").  Not where the noun is a term of its own or the tail of another term of the course ("front" beside
    "warm front" names the genus of both), where the modifier is the rarer word (``specificity``: "miasma
    theory", "cardiac arrest", "attenuated vaccines"), which carries the concept, nor where the lesson writes the
    whole term more often than the noun alone in the singular after a determiner ("outer electrons" 13 times, "an
    electron" twice; "the magistrates" names a class, not the "former magistrates"), nor a noun of the lesson's
    title or headings ("narrative" for "frame narrative" under "Narrative Point of View"): the lesson's wider word.
    Elsewhere the noun alone would accept another term of the lesson, or only its kind."""
    toks = key.split()
    if len(toks) != 2 or not key[1:].islower() or not all(t.replace("-", "").isalpha() for t in toks):
        return []
    modifier, head = toks[0].lower(), toks[1]
    if len(head) < 4 or head in STOPWORDS or not getAllLemmas(head).get("NOUN"):
        return []
    if specificity(modifier) >= specificity(head):
        return []  # "miasma theory", "cardiac arrest", "low-emission zone": the modifier carries the concept
    forms = {head, singular(head), *_number_forms(head)}
    own = norm(key.lower())
    if any(norm(f) in terms or any(t != own and t.endswith(" " + norm(f)) for t in terms) for f in forms):
        return []
    pattern = "|".join(re.escape(f) for f in sorted(forms))
    if find_phrase(headings, head) or find_phrase(headings, singular(head)):
        return []  # "narrative" under "Narrative Point of View": the lesson's subject, wider than the term
    one = singular(head)
    found = re.finditer(rf"(?<![\w-])([\w-]+)\s+({pattern})(?![\w-])", lesson_text, re.I)
    before = [(m.group(1).lower(), m.group(2).lower()) for m in found]
    # One thing named by its noun alone: "the reactor", "a deposit"; not "the magistrates", a class of people.
    alone = sum(word in _ALONE_BEFORE and noun == one for word, noun in before)
    # The lesson calls the thing by its noun alone at least as often as by the whole term ("the tube" 13 times
    # beside "inner tube" 3): not a term it always writes whole ("outer electrons" 13 times, "an electron" twice).
    return [head] if alone and alone >= sum(word == modifier for word, _ in before) else []


def lesson_head_alone(key: str, course: CourseView, terms: frozenset[str]) -> list[str]:
    """``head_alone`` of ``key`` in this lesson, its title and headings, once per key."""
    def compute() -> list[str]:
        document = course.lesson.document
        headings = " ".join([document.title, *(section.heading or "" for section in document.sections)])
        return head_alone(key, course.lesson_text, terms, headings)
    return course.remembered(("head_alone", key), compute)


EVERYDAY_WORD = 4.5  # Zipf: "its", "the", "was" are words before they are anyone's initials


def initials_shown(blanked: str, key: str) -> bool:
    """The stem spells out the key's initials ("A(n) _____ has "plc" after its name" for "public limited company"):
    the gap asks what the letters stand for (both raters on test-cq: a leak)."""
    letters = initials(key)  # (three letters at least, and no everyday word: "IT" of "inner tube" is no "it")
    return len(letters) >= 3 and letters.isalpha() and zipf(letters.lower()) < EVERYDAY_WORD and re.search(
        rf"(?<![\w-]){re.escape(letters)}(?![\w-])", blanked, re.I) is not None


def named_without_head(key: str, course: CourseView) -> list[str]:
    """The key without its last word where what is left is the lesson's own name for the same thing: a glossary
    term or a list item's label whose definition names the key's head ("triglyceride" of "triglyceride molecule"
    beside "**triglyceride** – the main molecule in fats and oils"), or a table row's label under a header that
    names it ("Sandy" of "sandy soils" in the column "Soil type").  Raters on test-cy: "the natural answer
    'triglyceride' (the glossary term) must be accepted too".  Not "lymph" of "lymph nodes": the glossary's lymph
    is a fluid, no node."""
    toks = key.split()
    if len(toks) < 2 or not toks[-1].islower():
        return []
    short, head = " ".join(toks[:-1]), singular(toks[-1].lower())
    names_head = re.compile(rf"\b{re.escape(head)}s?\b", re.I)
    described = [e.definition for e in course.glossary if norm(e.term) == norm(short)] + [
        i.description or "" for g in course.lesson.groups for i in g.items if norm(i.label) == norm(short)]
    if any(names_head.search(d) for d in described):
        return [short]
    rows = [t for t in course.lesson.tables if t.header and names_head.search(t.header[0])]
    return [short] if any(row and norm(row[0]) == norm(short) for t in rows for row in t.rows) else []
