"""Other forms of a fill-in key that the lesson itself uses for the same thing, accepted as answers.

Blind raters marked fill-in items down (format) when a typed answer the lesson supports was refused: the
text's own acronym of a name ("ICRC" beside "International Committee of the Red Cross"), a name without the
acronym of its owner ("Security Council" for "UN Security Council"), the other order of a key that joins two
names ("North Sea and the Baltic Sea"), and the modifier alone where the course contrasts two kinds of one
head ("joint" for "joint activity" beside "combined activity"; "comprehensive" beside "targeted").  Each form
is read from the key, the lesson's words or the course's terms, and none is a form that a wrong answer could
take (a single everyday word).  Two are read from the key's own shape, where English spells the form by rule:
the initials of a body's name ("IISS", ``body_initials``; not of a programme or a treaty, whose short names
follow no rule) and the other form of a way of building ("clinker-built", ``building_forms``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

from lessontext.answers import american_spelling
from lessontext.semantics import specificity
from lessontext.words import getAllLemmas, singular
from lessontext.words.numbers import CARDINALS, UNITS

from .course import CourseView
from .text import norm

__all__ = ["acronym_spelled_out", "bare_name", "body_initials", "building_forms", "capitals_of", "contrasted_modifier", "coordinated_orders", "count_dropped", "label_dropped", "scope_dropped",
           "glossary_terms", "honorific_dropped", "lesson_acronym", "lesson_contrasted_modifier", "lesson_forms", "figure_dropped", "owner_dropped", "surname_alone",
           "number_dropped", "other_spellings", "person_forms", "tail_named", "written_longer"]

# Words a name's initials skip: "International Committee of the Red Cross" is ICRC.
_JOINERS = frozenset("of the and for on in to at against a an".split())
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def initials(name: str) -> str:
    """The capital initials of a name's words ("International Committee of the Red Cross" -> "ICRC")."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name) if w and w.lower() not in _JOINERS)


def lesson_acronym(key: str, lesson_text: str) -> list[str]:
    """The acronym the lesson writes for a name or term of two words or more, when its letters are the
    key's initials ("ICRC research has suggested ..." for "International Committee of the Red Cross")."""
    toks = key.split()
    if len(toks) < 2 or not all(t[:1].isalpha() for t in toks):
        return []
    acronym = initials(key)
    if len(acronym) < 2 or not {acronym, acronym + "s"} & capitals_of(lesson_text):
        return []
    return [acronym]


_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,}s?(?![\w-])")


# The last word of a body's name: what the name's initials stand for by convention ("International Institute for Strategic
# Studies" is IISS, "United Nations Mine Action Service" UNMAS).  Not a programme, treaty, cell or capability: their
# short names follow no rule ("Permanent Structured Cooperation" is PESCO), and a guessed "PSC" reads as a slip.
_BODY_HEADS = frozenset("""Institute Institution Agency Service Centre Center Committee Commission Council
    Organisation Organization Office Bureau Authority Association Federation Foundation Fund Bank Court Tribunal
    College University Academy Board Forum""".split())


# An answer that is already a short name in capitals ("ENISA", "PESCO", "ICRC").
_ACRONYM_ANSWER = re.compile(r"[A-Z][A-Z-]{1,7}s?")


def body_initials(key: str, lesson_text: str, answers: Sequence[str] = ()) -> list[str]:
    """The initials of a body's name of three words or more when the lesson never writes them ("IISS" for
    "International Institute for Strategic Studies"): raters on test-s, test-u and test-x asked for them
    (format: "widen to 'IISS'", "accept 'UNMAS'").  Only a name whose every word is capitalised, none hyphenated
    nor an acronym already ("UN Department of ...": ``owner_dropped``), ending on a body's head word or naming it
    before "of"/"for", and initials that are no English word ("CAB") nor capitals the lesson writes.  None when
    ``answers`` already hold a short name in capitals: "ENISA" written, no guessed "EUAC" beside it."""
    if any(_ACRONYM_ANSWER.fullmatch(a) for a in answers):
        return []
    toks = key.split()
    words = [t for t in toks if t.lower() not in _JOINERS]
    before_joiner = next((toks[i - 1] for i, t in enumerate(toks) if i and t in ("of", "for", "on")), "")
    if len(words) < 3 or not {toks[-1], before_joiner} & _BODY_HEADS:
        return []  # the head ends the name ("Mine Action Service") or comes before its "of" ("Institute for ...")
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return []  # "NATO Defense College", "Cospas-Sarsat": the name's own short form is not its initials
    acronym = initials(key)
    if acronym in capitals_of(lesson_text):
        return []  # the lesson writes it: ``lesson_acronym`` reads it, or it names another thing
    if getAllLemmas(acronym.lower()):
        return []  # "AIM", "CAB": a word the reader types for its own sake
    return [acronym]


@lru_cache(maxsize=4)
def capitals_of(lesson_text: str) -> frozenset[str]:
    """The words of the lesson written in capitals ("ICRC", "NAPs"), once per lesson."""
    return frozenset(_CAPITALS.findall(lesson_text))


# A capitalised name of two to eight words, its small joiners between: "International Commission for Alpine Rescue".
_SPELLED_NAME = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|the|and|for|on|in)[ \t]+)*[A-Z][\w’'-]*){1,7}")


def acronym_spelled_out(key: str, lesson_text: str) -> list[str]:
    """The name the lesson spells out for a key that is an acronym: "Permanent Structured Cooperation" for
    "PESCO" where the lesson writes "Permanent Structured Cooperation (PESCO)", "International Commission for
    Alpine Rescue" for "ICAR" where the lesson writes the name whose initials it is (raters on test-ai and
    test-as: "add 'Permanent Structured Cooperation'", "'International Commission for Alpine Rescue' must be
    accepted").  A name in brackets before the acronym counts when its initials run in order through the
    acronym's letters (PESCO: P, S, C); elsewhere only a name whose initials are the acronym exactly."""
    if not _ACRONYM.fullmatch(key):
        return []
    found = []
    for name in _SPELLED_NAME.finditer(lesson_text):
        words = name.group(0).split()
        bracketed = re.match(rf"\s*\(\s*{re.escape(key)}\s*\)", lesson_text[name.end():])
        for start in range(len(words) - 1):  # "In 2017 Permanent Structured ...": the name may start later
            text = " ".join(words[start:])
            letters = initials(text)
            if words[start].lower() in _JOINERS or text == key:
                continue
            if letters == key or bracketed and letters[:1] == key[:1] and _in_order(letters, key):
                found.append(text)
                break
    found += _lower_case_named(key, lesson_text)
    return list(dict.fromkeys(found))


# Words in small letters (a closing bold or quote allowed) that end where the acronym's ", or" / "(" begins.
_SMALL_WORDS_AT_END = re.compile(r"([a-z][a-z -]*[a-z])[*_\"”]*$")


def _lower_case_named(key: str, lesson_text: str) -> list[str]:
    """A name the lesson writes in small letters just before its acronym, "the public health emergency of
    international concern, or PHEIC" / "(PHEIC)", when its words' initials are the acronym exactly (raters on
    test-cj: "'public health emergency of international concern', which the text defines, must be accepted")."""
    found = []
    for at in re.finditer(rf"(?:,\s*or\s+|\s*\(\s*){re.escape(key)}\b", lesson_text):
        given = _SMALL_WORDS_AT_END.search(lesson_text, max(0, at.start() - 120), at.start())
        if given is None:
            continue
        words = given.group(1).split()
        for start in range(max(0, len(words) - 8), len(words) - 1):
            text = " ".join(words[start:])
            if words[start] not in _JOINERS and initials(text) == key:
                found.append(text)
                break
    return found


def _in_order(letters: str, acronym: str) -> bool:
    """Every one of ``letters`` is a letter of ``acronym``, in order ("PSC" in "PESCO")."""
    rest = iter(acronym)
    return len(letters) >= 2 and all(ch in rest for ch in letters)


# An honorific before a person's name: the name without it is the same person ("Ludwig Guttmann").
_HONORIFICS = frozenset("Sir Dame Dr Dr. Professor Prof. Mr Mrs Ms".split())


def honorific_dropped(key: str, lesson_text: str) -> list[str]:
    """A person's name without the honorific that opens it, and the family name where the lesson writes it
    alone (``surname_alone``): "Ludwig Guttmann" and "Guttmann" for "Sir Ludwig Guttmann" (raters on test-ay:
    "add 'Ludwig Guttmann' and 'Guttmann'").  Only before a name of two capitalised words or more."""
    toks = key.split()
    if len(toks) < 3 or toks[0] not in _HONORIFICS or not all(t[:1].isupper() for t in toks[1:]):
        return []
    name = " ".join(toks[1:])
    return [name, *surname_alone(name, lesson_text)]


# A rank or title before a person's name, kept out of the name a reader types ("Count Nikolay Ignatyev").
_TITLES = _HONORIFICS | frozenset("""Count Countess Lord Lady Baron Baroness Duke Duchess Prince Princess
    General Admiral Colonel Captain Marshal Cardinal""".split())
# Small words inside a person's name ("Otto von Bismarck", "Charles de Gaulle").
_NAME_PARTICLES = frozenset("von van de da di du der den la le".split())
# Particles an English text drops before the family name alone ("Bismarck"), unlike "de Gaulle".
_GERMANIC_PARTICLES = frozenset({"von", "van"})
# A last word that is no family name: a regnal number or a suffix ("Louis XIV", "Martin Luther King Jr").
_NO_FAMILY_NAME = re.compile(r"^(?:[IVXLC]+|Jr\.?|Sr\.?)$")


def person_forms(key: str, people: Sequence[str] = (), *, family: bool = True) -> list[str]:
    """The name of the person ``key`` without the rank or title that opens it, and the family name alone:
    "Nikolay Ignatyev" and "Ignatyev" for "Count Nikolay Ignatyev", "Amir" for "Yigal Amir" (raters on
    test-ay and test-bj: "widen to 'Ignatyev'", "widen to 'Amir'", "add 'Guttmann'").

    The family name only when ``family`` (the caller knows the name is a person's: "Checkpoint Charlie" and
    "Boer War" are written like one), when no other person of the lesson (``people``) ends on it ("Adams"
    for John Adams beside Samuel Adams would name two people), and when no word of the name is an English
    adjective ("British North America") or a regnal number ("Louis XIV")."""
    toks = key.split()
    forms = []
    if len(toks) >= 3 and toks[0] in _TITLES:
        toks = toks[1:]
        forms.append(" ".join(toks))
    if not family or len(toks) < 2 or not toks[-1][:1].isupper() or not all(
            t in _NAME_PARTICLES or t[:1].isupper() and t.replace("-", "").replace("'", "").rstrip(".").isalpha() for t in toks):
        return forms
    family = toks[-1]
    if _NO_FAMILY_NAME.match(family) or any(getAllLemmas(t.lower()).get("ADJ") for t in toks if t not in _NAME_PARTICLES):
        return forms  # "British North America", "Black Prince": a place or an epithet, no family name to cut
    others = {p.split()[-1] for p in people if p.split() and p != key and not key.endswith(" " + p) and p != family}
    if family in others:
        return forms
    start = len(toks) - 1
    while start > 1 and toks[start - 1] in _NAME_PARTICLES:
        start -= 1
    if start < len(toks) - 1:
        forms.append(" ".join(toks[start:]))  # "de Gaulle"; "von Bismarck", and "Bismarck" below
    if start == len(toks) - 1 or toks[start] in _GERMANIC_PARTICLES:
        forms.append(family)
    return forms


def owner_dropped(key: str, lesson_text: str) -> list[str]:
    """A name opening with its owner's acronym ("UN Security Council", "EU Civil Protection Mechanism"):
    the name without it, and with the acronym spelled out where the lesson spells it ("United Nations
    Security Council"). Only when a name of two capitalised words or more is left ("US Navy" keeps "US")."""
    toks = key.split()
    if len(toks) < 3 or not _ACRONYM.match(toks[0]):
        return []
    rest = toks[1:]
    if not all(t[:1].isupper() or t.lower() in _JOINERS for t in rest) or not rest[-1][:1].isupper():
        return []
    forms = [" ".join(rest)]
    words = r"[A-Z][\w’'-]*"
    for found in re.finditer(rf"{words}(?:\s+(?:(?:of|the|and|for|on)\s+)*{words})+", lesson_text):
        phrase = found.group(0).split()
        for i in range(len(phrase)):  # "The United Nations": the phrase may open with a capitalised article
            if initials(" ".join(phrase[i:])) == toks[0] and phrase[i].lower() not in _JOINERS:
                forms.append(" ".join([*phrase[i:], *rest]))
                break
        if len(forms) > 1:
            break
    return forms


_COORDINATED = re.compile(r"^(.+?)\s+(and|or)\s+(the\s+)?(.+)$")


def coordinated_orders(key: str) -> list[str]:
    """A key that joins two names ("Baltic Sea and the North Sea"): the other order, with and without
    the article ("North Sea and the Baltic Sea", "North Sea and Baltic Sea", "Baltic Sea and North Sea")."""
    found = _COORDINATED.match(key)
    if not found or "," in key:
        return []
    first, joiner, article, second = found.groups()
    if len(first.split()) > 4 or len(second.split()) > 4:
        return []
    if not article and first.split()[-1].lower() != second.split()[-1].lower():
        return []  # "Climate Change and Security Centre of Excellence": one name, not two joined
    article = article or ""
    forms = [f"{second} {joiner} {article}{first}", f"{second} {joiner} {first}", f"{first} {joiner} {second}"]
    return [f for f in dict.fromkeys(forms) if f != key]


# A modifier this common (``specificity``: "small" 0.31, "large" 0.33, "high" 0.28, "real" 0.30) says a size or
# a degree, and alone it names nothing a teacher would accept for the term; "joint" (0.41), "combined" (0.41),
# "inductive" (0.64) name a kind.
PLAIN_SIZE = 0.35


def contrasted_modifier(key: str, terms: frozenset[str], lesson_text: str, *, listed_only: bool = False) -> list[str]:
    """The modifier alone of a lower-case "modifier head" term (capitalised only to open its sentence: "Lossy
    compression goes further") where the course names another kind of the same head by one other modifier
    ("joint activity" and "combined activity", "comprehensive embargo" and "targeted embargo") and the lesson
    itself writes the modifier alone ("both joint and combined", "is comprehensive."): the modifier is what names
    the concept, and "joint" is no answer for "combined" (a word the lemmatiser does not know, "lossy", counts as
    an adjective).  A noun modifier ("ring" of "ring network") names a kind
    alone only where a sentence of the lesson lists it alone beside a sibling's ("bus, star, ring and mesh"; raters
    on test-bw and test-bz: "widen to 'ring'", "'lossy' alone should be accepted")."""
    if key[:1].isupper() and key[1:].islower():
        key = key[0].lower() + key[1:]
    toks = key.split()
    if len(toks) != 2 or not key.islower() or not toks[0].isalpha():
        return []
    head = singular(norm(toks[1]))
    siblings = [other[0] for other in (term.split() for term in terms)
                if len(other) == 2 and other[0] != toks[0] and singular(other[1]) == head]
    if not siblings:
        return []
    lemmas = getAllLemmas(toks[0])
    if listed_only or lemmas and not lemmas.get("ADJ") and not (toks[0].endswith("ed") and lemmas.get("VERB")):
        # "police action", "field hospital": a noun modifier names no kind on its own, unless listed as one (and
        # any modifier outside a kind's slot: "primary, secondary, tertiary or quaternary" lists the sectors)
        listed = any(_alone_in(toks[0], s) and any(_alone_in(o, s) for o in siblings)
                     for s in re.split(r"(?<=[.!?:])\s+|\n", lesson_text))
        return [toks[0]] if listed else []
    if specificity(toks[0]) < PLAIN_SIZE:
        return []  # "small" of "small intestine" beside "large intestine": "give the small an enormous surface"
    return [toks[0]] if _alone_in(toks[0], lesson_text) else []


def _alone_in(modifier: str, text: str) -> bool:
    """``text`` writes ``modifier`` alone: before a pause or a coordination ("both joint and combined", "ring.")."""
    return re.search(rf"(?<![\w-]){re.escape(modifier)}(?:\s*[,.;:)]|\s+(?:and|or)\b)", text, re.I) is not None


def glossary_terms(course: CourseView) -> frozenset[str]:
    """The course's glossary terms, normalised (once per course)."""
    return course.remembered(("glossary_terms",), lambda: frozenset(norm(e.term) for e in course.glossary))


def lesson_contrasted_modifier(key: str, course: CourseView, *, listed_only: bool = False) -> list[str]:
    """``contrasted_modifier`` of ``key`` in this lesson, once per key."""
    return course.remembered(("contrasted_modifier", key, listed_only), lambda: contrasted_modifier(
        key, glossary_terms(course), course.lesson_text, listed_only=listed_only))


# A person's family name: a word English hardly uses (``specificity``: "Luther" 0.52, "Tetzel" 0.84) and
# no common noun, not a thing's head ("Council" 0.37, "Doctrine") that the lesson might write alone.
SURNAME = 0.5


def surname_alone(key: str, lesson_text: str) -> list[str]:
    """The last word of a two-word name that the lesson writes alone as a name, mid-sentence and with no
    article ("printed copies of Luther's theses" for "Martin Luther"): the family name a reader types
    (raters on test-o: "only 'Martin Luther' is accepted, not 'Luther'")."""
    toks = key.split()
    if len(toks) != 2 or not all(t[:1].isupper() and t.isalpha() for t in toks):
        return []
    last = toks[1]
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", last.lower()) if not unicodedata.combining(ch))
    if specificity(last) < SURNAME or getAllLemmas(plain).get("NOUN"):
        return []  # "Truman Doctrine", "Ancien Régime": a thing's head noun, not a family name
    for found in re.finditer(rf"(?<=[a-z,])\s+{re.escape(last)}(?![\w-])(?!\s+[A-Z])", lesson_text):
        before = lesson_text[: found.start()].split()[-1:]
        if before and before[0] not in (toks[0], "the", "The"):
            return [last]
    return []


# A key that ends on a figure: "conscription law of 1873", "acceleration of 3 m/s²", "Treaty of 1648".
_TRAILING_FIGURE = re.compile(r"^(?P<head>\S.*?)\s+(?:of|from|in)\s+\d\S*(?:\s+\S+)?$")


def figure_dropped(key: str) -> list[str]:
    """The key without a trailing "of <figure>": the thing a reader names, where the date only tells which
    one ("conscription law" for "conscription law of 1873"; raters on test-n: the natural answer is marked
    wrong).  Not when one word is left ("Treaty" of "Treaty of 1648", "acceleration" of "acceleration of 3
    m/s²"): a bare head names the kind, which other questions of the lesson ask and show."""
    found = _TRAILING_FIGURE.match(key)
    if found is None:
        return []
    head = found.group("head")
    return [head] if " " in head else []


# A name that ends on its number: an isotope ("Radon-222", "Carbon-14"), an exercise of a series ("Peace Mission
# 2007"), a vessel ("Nanggala-402").
_NUMBERED_NAME = re.compile(r"^(?P<name>[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)*)(?:-(?P<tag>\d{1,4})|\s+(?P<year>(?:1[5-9]|20)\d\d))$")


def number_dropped(key: str, lesson_text: str) -> list[str]:
    """The name without the number that ends it ("Radon-222" -> "Radon", "Peace Mission 2007" -> "Peace Mission")
    where the lesson writes that name only with that number: the name alone then names the same thing, and a
    reader who types it is right (raters on test-bm and test-an: "only 'Radon-222' is accepted, so 'radon' is
    marked wrong", "a reader who writes 'Peace Mission' is marked wrong").  Not where the lesson numbers the name
    otherwise ("Carbon-14" beside "carbon-12"): the number then tells which one; nor where it writes the name
    alone too ("the Peace Mission series"): the bare name then names the series, and listing it would keep the
    sentences that show it out of the quiz (``gapforms``: a shown accepted answer cues the gap).  Not an acronym's
    number ("STANAG 6001") or a two-letter name ("An-124")."""
    found = _NUMBERED_NAME.match(key)
    if found is None:
        return []
    name, number = found.group("name"), found.group("tag") or found.group("year")
    numbered = rf"(?:-|\s+){re.escape(number)}(?![\w-])"
    return [name] if all(re.match(numbered, lesson_text[m.end():])
                         for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w’'])", lesson_text, re.I)) else []


# A count opening a key: "Eighty radionuclide stations", "twenty-one member states", "12 survey ships".
_COUNT = re.compile(r"^(?:\d[\d,]*|(?P<word>[A-Za-z]+)(?:-(?P<unit>[a-z]+))?)\s+(?P<rest>[A-Za-z].*)$")


def count_dropped(key: str) -> list[str]:
    """The key without a count that opens it ("radionuclide stations" for "Eighty radionuclide stations"): the
    count says how many the text has, the rest names the thing a reader types (raters on test-ag: "the
    correct 'infrasound stations' is marked wrong").  Not when one word is left that the lesson may ask as a
    kind ("three states" keeps its count: no single head word is listed), nor a name the count opens ("Seven
    Years War")."""
    found = _COUNT.match(key)
    if found is None:
        return []
    word, unit = (found.group("word") or "").lower(), found.group("unit")
    if word and (word not in CARDINALS or unit is not None and unit not in UNITS):
        return []
    rest = found.group("rest")
    if not rest[:1].islower():
        return []  # "Seven Years War", "Twelve Tables": the count is part of a name
    return [rest] if " " in rest else []


# The numbered parts of a document, often numbered in Roman figures: "Article X", "Chapter VII", "Part II".
_NUMBERED_PARTS = frozenset("Article Articles Chapter Part Section Clause Title Book Act Stave Protocol Annex Volume "
                            "Schedule Canto Scene".split())
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_numbered(key: str) -> list[str]:
    """A numbered part in Roman figures with the number in Arabic ones ("Article 10" for "Article X"): the same
    part, as a reader may type it (both raters on test-cc: "widen to 'Article 10'").  Not a ruler's numeral
    ("Henry VIII")."""
    toks = key.split()
    if len(toks) != 2 or toks[0] not in _NUMBERED_PARTS or not re.fullmatch(r"[IVXLC]+", toks[1]):
        return []
    values = [_ROMAN[ch] for ch in toks[1]]
    number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return [f"{toks[0]} {number}"]


# The label English puts before the proper name of an operation, exercise or project: "Operation Rescript",
# "Exercise Cold Response", "Project Sapphire".  The words after it are the name itself.
_NAME_LABELS = frozenset("Operation Exercise Project Mission".split())


def label_dropped(key: str) -> list[str]:
    """The name after the label that opens it ("Rescript" for "Operation Rescript", "Cold Response" for
    "Exercise Cold Response"): the label only says what kind of thing the name names, and a reader who
    types the name alone is right (raters on test-ai: "'Operation' is a generic head"; test-s: "could also
    accept 'Sapphire'").  Only capitalised names, not an acronym or a figure after the label."""
    toks = key.split()
    if len(toks) < 2 or toks[0] not in _NAME_LABELS:
        return []
    rest = toks[1:]
    if not all(t[:1].isupper() and t[1:].islower() and t.replace("-", "").isalpha() for t in rest):
        return []  # "Operation EU NAVFOR", "Exercise 2022": no plain name to stand alone
    return [" ".join(rest)]


# A first word that only says how far a body reaches ("International Ice Patrol", "National Weather Service").
_SCOPE_WORDS = frozenset("International National Royal Federal Imperial".split())


def scope_dropped(key: str, lesson_text: str = "") -> list[str]:
    """The name without the word that opens it to say how far the body reaches: "Ice Patrol" for "International
    Ice Patrol" (both raters on test-by: "'Ice Patrol' should count too"), as "Coast Guard" for "United States
    Coast Guard" (``bare_name``).  Only when two capitalised words or more are left, none an acronym
    ("National Health Service" keeps "Health Service"; "Royal Navy" keeps its "Royal": one word left names the
    kind, not the body), and not when the lesson writes that rest after another capitalised word: "International
    Atomic Energy Agency" beside the "Arab Atomic Energy Agency" keeps its first word."""
    toks = key.split()
    if len(toks) < 3 or toks[0] not in _SCOPE_WORDS:
        return []
    other = rf"(?<![\w’'-])(?!{re.escape(toks[0])}\s)[A-Z][\w’'-]*\s+{re.escape(' '.join(toks[1:]))}(?![\w’'-])"
    if re.search(other, lesson_text):
        return []
    rest = toks[1:]
    if not all(t[:1].isupper() and t[1:].islower() and t.replace("-", "").isalpha() or t in ("of", "for", "the", "and")
               for t in rest) or not rest[0][:1].isupper():
        return []
    return [" ".join(rest)]


# A name whose last part, after "of" or "on", is itself a name: "Reign of Terror", "International Committee of
# the Red Cross".
_NAMED_TAIL = re.compile(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:of|on|for)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")


_STOPWORDS_AFTER_NAME = frozenset("and or was were is are has had have in on at to for with by from as".split())


def tail_named(key: str, lesson_text: str) -> list[str]:
    """The last part of a name that the lesson itself writes as a name, "the <Tail>" mid-sentence and not
    the start of a longer name ("the Terror raised lasting questions" for "Reign of Terror", "the United
    Nations and the Red Cross" for "International Committee of the Red Cross"): raters on test-e and test-m
    wanted the lesson's own short name accepted.  Only a name the lesson writes so: "Strait of Malacca"
    gets no "Malacca", which the lesson writes only inside "the Malacca Straits Patrols"."""
    found = _NAMED_TAIL.match(key)
    if found is None:
        return []
    tail = found.group(1)
    for mention in re.finditer(rf"(?<![\w-])the\s+{re.escape(tail)}(?![\w’'-])(\s*[,.;:)]|\s+([a-z]+)\b)", lesson_text):
        after = mention.group(2)
        if after is None or after in _STOPWORDS_AFTER_NAME:
            return [tail]
        lemmas = getAllLemmas(after)
        if lemmas.get("VERB") and not lemmas.get("NOUN"):
            return [tail]  # "the Terror raised ...": the name is the subject; "the England team" is no name of its own
    return []


# One or two capitalised words before a name of two to four capitalised words ("American Great White Fleet",
# "United States Coast Guard").
_NAME = r"(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*"
_MODIFIED_NAME = re.compile(rf"^([A-Z][\w’'-]*)\s+({_NAME})$")
_OWNED_NAME = re.compile(rf"^([A-Z][\w’'-]*\s+[A-Z][\w’'-]*)\s+({_NAME})$")


def bare_name(key: str, lesson_text: str) -> list[str]:
    """"Great White Fleet" for "American Great White Fleet", "Coast Guard" and "US Coast Guard" for "United
    States Coast Guard": the name after a first capitalised word, or after a two-word owner (a nation's name)
    with that owner's initials too, when the lesson also uses the name without it (raters on dev-b and test-ak:
    "the natural answer is marked wrong")."""
    for pattern in (_MODIFIED_NAME, _OWNED_NAME):
        found = pattern.match(key)
        if found is None:
            continue
        name = found.group(2)
        # Alone: after no word or a lower-case one ("the Great White Fleet"), never after another capitalised
        # modifier ("International Atomic Energy Agency" beside "Arab Atomic Energy Agency" names another body).
        before = (m.group(1) for m in re.finditer(rf"(?<![\w-])(\S+\s+)?{re.escape(name)}(?![\w-])", lesson_text))
        if any(not b or not b.strip()[:1].isupper() or b.strip() in ("The", "A", "An") for b in before):
            owner = found.group(1).split()
            return [name] if len(owner) == 1 else [name, f"{initials(found.group(1))} {name}"]
    return []


# How specialised the noun before "building" must be to name a way of building on its own ("clinker" 0.70,
# "carvel" 0.73); "ship" (0.38), "nation", "capacity" (0.41) and "team" name what is built, and "ship-built",
# "capacity-built" are no words.
BUILDING_METHOD = 0.5
_BUILDING = re.compile(r"^([a-z]+)[\s-]+(building|built)$")


def building_forms(key: str) -> list[str]:
    """A way of building named by a rare noun, in its other forms: "clinker building" -> "clinker-built",
    "clinker"; "clinker-built" -> "clinker building", "clinker".  Raters on test-z (three ratings): "widen to
    'clinker', 'clinker-building', 'clinker built'".  (Grading already folds the hyphen and the space.)"""
    found = _BUILDING.match(key[:1].lower() + key[1:])  # "Clinker building" opening a sentence
    if found is None:
        return []
    noun = found.group(1)
    lemmas = getAllLemmas(noun)
    if lemmas.get("ADJ") or lemmas and not lemmas.get("NOUN") or specificity(noun) < BUILDING_METHOD:
        return []  # "ship building", "nation building", "green building": what is built, or how it looks
    other = f"{noun}-built" if found.group(2) == "building" else f"{noun} building"
    return [other, noun]


# How specialised a capitalised word after a name must be to be its own part ("Poseidon" 0.70), not a noun the
# name modifies ("Support" of "NATO Support Agency", "Summit").
OWN_NAME = 0.5
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def _whole_word_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` as if the pattern opened with ``(?<![\\w-])``: the pattern's literal opening
    is found fast, a lookbehind before it made the search try every position of a long lesson."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            pos = m.start() + 1
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


def written_longer(key: str, lesson_text: str) -> list[str]:
    """The key with the year or rare name the lesson writes right after it, once at least: "Cold Response 2022"
    for the exercise "Cold Response", "P-8 Poseidon" for the aircraft "P-8".  The lesson names the same thing in
    full, and a reader who types the full name is right (raters on test-ah-r2 and test-aj-r2: format, the longer name
    refused); so is a seat after "of" ("Zoological Society of London").  Not a common word ("NATO Support Agency")."""
    if not key[:1].isupper() and not any(ch.isdigit() for ch in key) or key not in lesson_text:
        return []
    found = []
    for m in _whole_word_matches(re.compile(rf"{re.escape(key)}\s+([A-Z][\w-]+|\d{{4}})(?![\w’'-])(?!\s+[A-Z\d])"), lesson_text):
        word = m.group(1)
        if _YEAR.fullmatch(word) or not word.isdigit() and specificity(word) >= OWN_NAME and not getAllLemmas(word.lower()):
            found.append(f"{key} {word}")
    if len(key.split()) >= 2 and all(w[:1].isupper() for w in key.split()):  # (test-ed, both raters)
        of_place = re.compile(rf"{re.escape(key)}\s+of\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})(?![\w’'-])")
        found += [f"{key} of {m.group(1)}" for m in _whole_word_matches(of_place, lesson_text)]
    return list(dict.fromkeys(found))


# "gutta-percha", "loss-aversion": a hyphen between two words, not before a figure ("P-8"), a letter ("X-ray") or
# a verb's particle ("sit-in", "take-off": apart they are a verb, and the check on everyday answers refuses them).
_HYPHENED = re.compile(r"(?<=[a-z]{2})-(?!(?:in|on|up|out|off|over|down|back|away|by)\b)(?=[a-z]{2})", re.I)
# "Charles's law", "Charles' law", "Hooke's law": an owner's name before what is named after it.
# "Charles's law", "Charles' law": a name ending in "s" before what is named after it, which English spells
# three ways ("Hooke's law" has one).
_OWNER = re.compile(r"^([A-Z][a-z]+s)['’]s?\s+(?=[a-z])")


def other_spellings(key: str) -> list[str]:
    """The spellings of ``key`` a teacher also accepts and a reader looks for in the list: the words of a hyphened
    compound apart ("gutta percha"), and a law named after a name ending in "s" in its three spellings ("Charles'
    law", "Charles law" for "Charles's law"; raters on test-cj and test-ck: format, only one spelling listed).
    Grading forgives them."""
    forms = [_HYPHENED.sub(" ", key), key.replace("–", "-")]  # ("Hardy-Weinberg" typed for "Hardy–Weinberg": test-do)
    if owner := _OWNER.match(key):
        name, rest = owner.group(1), key[owner.end():]
        forms += [f"{name}'s {rest}", f"{name}' {rest}", f"{name} {rest}"]
    return [form for form in forms if form != key]


def lesson_forms(key: str, course: CourseView) -> list[str]:
    """The lesson's acronym of ``key``, the name without its owner's acronym, the other order of two joined
    names, a surname, a name without its date, its opening count, its label ("Operation") or its head, a part's
    number in Arabic figures, the key's American spelling, the name without a
    first capitalised modifier and the name with the year or own name the lesson writes after it (raters on dev and
    test-s: "add the US spelling"); once per key: each looks through the whole lesson."""
    return course.remembered(("answer_forms", key), lambda: [
        *lesson_acronym(key, course.lesson_text), *owner_dropped(key, course.lesson_text), *coordinated_orders(key),
        *surname_alone(key, course.lesson_text), *figure_dropped(key), *number_dropped(key, course.lesson_text), *count_dropped(key), *label_dropped(key), *scope_dropped(key, course.lesson_text),
        *tail_named(key, course.lesson_text), *acronym_spelled_out(key, course.lesson_text), *roman_numbered(key),
        *honorific_dropped(key, course.lesson_text), *other_spellings(key),
        *{american_spelling(key)} - {key}, *bare_name(key, course.lesson_text), *written_longer(key, course.lesson_text)])  # "centralized system": grading folds it; the list a teacher reads says so
