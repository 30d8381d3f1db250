"""Who "he" or "she" is in a sentence lifted out of its paragraph.

A fill-in stem that keeps "he" or "she" from its paragraph ("On 31 October 1517 he sent his _____") asks
about someone the stem never names (raters on test-o: context lost, "resolve the pronoun"; on the near
misses of test-l and test-m, "They" and "Their" with no referent).  Where the sentence before opens on a
person's name ("Martin Luther, an Augustinian friar ..., was outraged."), the pronoun is that name, as a
teacher would write it; where it does not, the stem cannot be repaired by its form and is not asked.
Each check reads only the form of the sentences (capitals, commas, the pronoun), never particular words.

So for a definite description: "the agreement ended rivalry at sea", "gave the force a formal legal basis"
(raters on test-p, test-i and test-u: context lost, "name the European Gendarmerie Force").  Where the
paragraph, or the two sentences before, gave exactly one name ending in that noun ("the 1972 Incidents at
Sea Agreement"), the stem writes the name (``name_descriptions``); where they gave two, which one is meant
is not for the stem to guess, and the item is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from lessontext.document import Paragraph
from lessontext.words import getAllLemmas, singular

from .anaphora import fronted_possessive, objectless_join
from .candidate import Candidate
from .context import leans_on_context, ownerless_possessive
from .course import CourseView
from .rubric import MAX_STEM_WORDS
from .text import STOPWORDS, find_phrase, named_mid_sentence, norm_phrase
from .types import QuestionType

__all__ = ["ambiguous_description", "described_name", "earlier_sentences", "headings_above", "joined_title", "name_description", "name_descriptions", "named_in_context", "named_possessive", "names_with_head",
           "lesson_people", "possessive_owner", "previous_sentence", "resolve_person", "subject_name",
           "unnamed_person"]

# "he"/"she" as a subject with no name before it in the sentence (a name before it is its referent).
_PERSON_PRONOUN = re.compile(r"(?<![\w’'-])(he|she|He|She)(?![\w’'-])")
# A name that opens a sentence and is its subject: capitalised words up to a comma or a lower-case verb
# ("Martin Luther, an Augustinian friar ...", "Luther was outraged").
_OPENING_NAME = re.compile(r"^((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?=\s*,|\s+[a-z])")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
# Capitalised words that name a time, not anyone a pronoun could stand for ("On 31 October 1517 he ...").
_CALENDAR = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())


def _named_before(sentence: str, at: int, people: Sequence[str] | None = None) -> bool:
    """A capitalised word other than the sentence's first stands before position ``at``; given the lesson's
    ``people``, a word of one of their names (a treaty's or a town's name stands for no "he")."""
    if people is not None:
        words_of = {w for name in people for w in _CAPITALISED.findall(name)}
        return any(m.group(0) in words_of for m in _CAPITALISED.finditer(sentence[:at]))
    return any(m.start() > 0 and m.group(0).lower() not in _CALENDAR for m in _CAPITALISED.finditer(sentence[:at]))


def unnamed_person(stem: str, people: Sequence[str] | None = None) -> re.Match[str] | None:
    """The first "he"/"she" of ``stem`` that no name before it in the stem accounts for (with ``people``, only
    a word of a person's name does)."""
    found = _PERSON_PRONOUN.search(stem)
    if found is None or _named_before(stem, found.start(), people):
        return None
    return found


def opening_name(sentence: str, lesson_text: str) -> str | None:
    """The person's name the sentence opens on, as its subject: two or more capitalised words, or one the
    lesson also writes capitalised after a lower-case word (a name, not a capital that opens a sentence)."""
    found = _OPENING_NAME.match(sentence.strip())
    if found is None:
        return None
    name = found.group(1)
    toks = name.split()
    if any(t.lower() in STOPWORDS for t in toks):
        return None  # "In Germany", "The Church": a phrase or a noun, no person's name
    if len(toks) == 1 and not named_mid_sentence(name, lesson_text):
        return None
    return name


def _another_person(sentence: str, name: str, people: Sequence[str]) -> bool:
    """``sentence`` names one of the lesson's ``people`` besides ``name``: a "he" after it may stand for either."""
    if not people:
        return False
    own = set(_CAPITALISED.findall(name))
    others = {w for person in people for w in _CAPITALISED.findall(person)} - own
    return any(m.group(0) in others for m in _CAPITALISED.finditer(sentence) if m.start() > 0)


def resolve_person(stem: str, previous: str | None, lesson_text: str,
                   people: Sequence[str] | None = None, *, others: Sequence[str] | None = None) -> str | None:
    """``stem`` with its unnamed "he"/"she" written as the name the previous sentence opens on; ``stem``
    unchanged when it has no such pronoun; None when the pronoun has no name to stand for, or when that sentence
    names another of ``others`` (default ``people``), whom it may stand for as well."""
    found = unnamed_person(stem, people)
    if found is None:
        return stem
    name = opening_name(previous, lesson_text) if previous else None
    if name is None:
        return None
    if set(_CAPITALISED.findall(name)) & set(_CAPITALISED.findall(stem[: found.start()])):
        return stem  # "Kishi was controversial: he had served" after "Prime Minister Nobusuke Kishi ...": named
    if _another_person(previous, name, people if others is None else others):
        return None  # "Dee sought ..., with Kelley as his scryer; Kelley sought gold. He claimed ...": which one?
        # (both raters on test-dz: the stem said Dee, the text meant Kelley)
    return stem[: found.start()] + name + stem[found.end():]


def lesson_people(course: CourseView) -> list[str]:
    """The names of the lesson's persons, once per course (a lifted "he" can only stand for one of them)."""
    return course.remembered(("person_mentions",), lambda: [
        m.text for m in course.lesson.mentions if m.kind.endswith("person") or m.kind.startswith("name:")])


def previous_sentence(course: CourseView, sentence: str) -> str | None:
    """The sentence before ``sentence`` in its section of the lesson (None at a section's start)."""
    sentences = course.lesson.sentences
    for i, (section, text) in enumerate(sentences):
        if text == sentence:
            return sentences[i - 1][1] if i and sentences[i - 1][0] is section else None
    return None


# "the <noun>" a lifted sentence leans on: "The agreement ended rivalry at sea", "the centre works to ...",
# "gave the force a formal legal basis" (raters on test-p, test-r2, test-i and test-u: context lost, "which
# agreement?", "name the centre").  The lesson named it in full just before ("the 1972 Incidents at Sea
# Agreement", "the NATO Cooperative Cyber Defence Centre"); a teacher writes that name in the stem.
_DEFINITE = re.compile(r"\b([Tt]he)\s+([a-z]+)\b(?![\w-])(?![’'](?!s\b))")  # "the centre", "the centre's"
# The connecting words a name keeps between its capitalised words ("Incidents at Sea", "Partnership for Peace").
_NAME_CONNECTORS = r"(?:of|for|at|on|and|against|in|to|the|de)"


@lru_cache(maxsize=256)
def _name_with_head(head: str) -> re.Pattern[str]:
    """A name that ends in ``head`` (either case, singular or plural): capitalised words, with connecting
    words between them and an optional year first ("1972 Incidents at Sea Agreement", "Partnership for
    Peace programme"), and no capitalised word after it (the name does not run on: "Second World War")."""
    cap = r"(?:[A-Z][\w’'.-]*|\d{4})"
    spelt = re.escape(head).replace("is", "i[sz]").replace("iz", "i[sz]")  # "organisation", "Organization"
    return re.compile(
        rf"(?<![\w’'-])((?:{cap}\s+(?:{_NAME_CONNECTORS}\s+(?=[A-Z]))*)+)"
        rf"({spelt}|{spelt.capitalize()})(s?)(?![\w’'-])"
        # the name's tail: "Centre of Excellence", "Treaty on the Non-Proliferation of Nuclear Weapons", "Security
        # and Co-operation in Europe"; not "in the <place>", where the name stands ("the Chagos Archipelago in the
        # Indian Ocean": a stem too long for the name, on test-ap)
        rf"((?:\s+(?:(?:of|for|on|at|to)(?:\s+the)?|in(?!\s+the\b))\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*(?![\w’'-]))*)"
        r"(?!\s+[A-Z\d])")


@lru_cache(maxsize=8192)
def names_with_head(text: str, head: str) -> tuple[str, ...]:
    """The names of ``text`` whose last word is the noun ``head`` ("Outer Space Treaty" for "treaty"), as
    written: a capitalised head after another name word ("Malacca Strait"), or a lower-case head after a
    name word that is not the sentence's first ("the Partnership for Peace programme"); not a sentence's
    opening capital alone ("Exchange rates", "Prepare the meat")."""
    found = []
    for m in _name_with_head(head).finditer(text):
        toks = m.group(1).split()
        if m.start() == 0 or text[: m.start()].rstrip().endswith((".", ":", "!", "?")):
            toks = toks[1:]  # the sentence's first word is capitalised whatever it is
        while toks and (toks[0].islower() or toks[0] in ("The", "A", "An")):
            toks = toks[1:]
        # A capitalised head is a name's own word ("the Treaty on the Non-Proliferation ..."); a lower-case head
        # is a name only after one ("the Partnership for Peace programme", not "the panel on Libya").
        named_by = [*toks, *m.group(4).split()] if m.group(2)[:1].isupper() else toks
        if not any(t[:1].isupper() and t.lower() not in STOPWORDS for t in named_by):
            continue
        found.append(" ".join([*toks, m.group(2) + m.group(3)]) + m.group(4))
    return tuple(found)


def _head_noun(word: str, after: str) -> bool:
    """``word`` is a noun and the head of its phrase: the word after it is no noun it would modify ("the
    centre works", "the treaty in 2023"; not "the chemical weapons", "the diplomatic staff")."""
    if not getAllLemmas(word).get("NOUN"):
        return False
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    if not nxt or after[:1] in "’'":
        return True
    following = nxt.group(1)
    if following.lower() in STOPWORDS or following[:1].isupper():
        return True
    lemmas = getAllLemmas(following.lower())
    return bool(lemmas.get("VERB") or lemmas.get("ADV") or lemmas.get("ADP") or lemmas.get("AUX"))


def _names_for(found: re.Match[str], sentence: str, earlier: Sequence[str]) -> list[str]:
    """The different names ``earlier`` gives the noun of ``found`` ("the agreement"), in its number; none
    when the sentence names it itself or the noun modifies another ("the chemical weapons")."""
    word = found.group(2)
    head = singular(word)
    if len(head) < 4 or word not in (head, head + "s") or not _head_noun(word, sentence[found.end():]):
        return []
    if names_with_head(sentence[: found.start()], head):
        return []
    names = {n.lower(): n for text in earlier for n in names_with_head(text, head)
             # "the force" is not "the Peace Forces": a name in another number may be another thing
             if (word == head) == (singular(n.split()[-1].lower()) == n.split()[-1].lower())}
    # A shorter form of a longer name is the same name ("Vienna Convention", "1961 Vienna Convention").
    return [n for k, n in names.items() if not any(o != k and o.endswith(k) for o in names) and not find_phrase(sentence, n)]


def described_name(sentence: str, earlier: Sequence[str], headings: Sequence[str] = (),
                   written: str = "") -> tuple[re.Match[str], str] | None:
    """The first "the <noun>" of ``sentence`` that the one name ``earlier`` gives that noun stands for,
    and that name ("the agreement", "1972 Incidents at Sea Agreement"); None when the sentence names it
    itself, or no earlier sentence does.  When no earlier sentence names that noun at all, the first of
    ``headings`` (the section's heading, then the lesson's title) that names it once does, with a name the
    lesson's text (``written``) writes as a name (``_titled_name``)."""
    for m in _DEFINITE.finditer(sentence):
        names = _names_for(m, sentence, earlier)
        if len(names) == 1:
            return m, names[0]
        if not names and headings:
            titled = _titled_name(m, sentence, earlier, headings, written)
            if titled:
                return m, titled
    return None


# A noun the paragraph brings in as a new thing of its kind ("a second treaty", "another agreement", "a new
# alliance"): "the treaty" after it is that one, not the one the heading or title names.
_INTRODUCED = r"\b(?:an?|another|one|new|second|third|separate|rival|further|later|earlier|different)\s+(?:[a-z-]+\s+)?"


@lru_cache(maxsize=4096)
def _introduced(head: str) -> re.Pattern[str]:
    """The text brings in a thing of kind ``head`` ("a treaty", "another treaty"); compiled once per head."""
    return re.compile(_INTRODUCED + rf"{re.escape(head)}s?\b", re.I)


# The longest name written as an owner ("the Treaty of Rarotonga's home"); a longer one buries the claim.
MAX_OWNER_WORDS = 4


def _titled_name(found: re.Match[str], sentence: str, earlier: Sequence[str], headings: Sequence[str],
                 written: str) -> str | None:
    """The name the first heading that names "the <noun>" of ``found`` gives it ("the treaty" in an essay
    titled "The Treaty of Dunkirk", "the agreement" under "The Rush-Bagot Agreement"): the paragraph speaks
    of its subject by its head noun, as a teacher names it in full when the sentence stands alone (raters on
    test-ay and test-ap: "should name the Rush-Bagot Agreement", "which treaty?").  None when the paragraph
    brought in another thing of that kind ("a second treaty ... the treaty"), the sentence names one, or the
    lesson's text never writes the heading's words as a name mid-sentence: a heading in title case is often a
    topic ("Mode and Range", "Potential Energy", "The Modern Alliance"), not a name of the thing."""
    introduced = _introduced(singular(found.group(2)))
    if any(introduced.search(text) for text in (*earlier, sentence[: found.start()])):
        return None
    for heading in headings:
        names = _names_for(found, sentence, [heading])
        if names:
            if len(names) > 1 or not _written_as_name(names[0], written) \
                    or sentence[found.end(): found.end() + 2] in ("'s", "’s") and len(names[0].split()) > MAX_OWNER_WORDS:
                return None  # "the Treaty on Conventional Armed Forces in Europe's operation": too long an owner
            return names[0]
    return None


# A name that opens a sentence as its subject, before its verb: "The E-3A is a modified ...", "NATO agreed ...".
_SUBJECT_NAME = re.compile(r"^(?:(The)\s+)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+([a-z]+)\b")
_FINITE_OPENERS = frozenset("is was has had can could may might must will would".split())


def subject_name(sentence: str) -> str | None:
    """The one singular name ``sentence`` opens on as its subject, as a possessive owner is written ("the
    E-3A", "NATO"), or None: a name of two words, one after "The", or one in capitals, with a figure or
    that English has no word for ("NATO", "E-3A", "Ukraine"), right before a singular verb ("is", "agreed",
    "carries")."""
    found = _SUBJECT_NAME.match(sentence.strip())
    if found is None:
        return None
    article, name, verb = found.groups()
    toks = name.split()
    if any(t.lower() in STOPWORDS for t in toks) or not (article or len(toks) > 1 or toks[0].isupper()
                                                          or any(ch.isdigit() for ch in toks[0])
                                                          or not getAllLemmas(toks[0].lower())):
        return None  # "In Germany", "Scientists found ...": a phrase, or a capital that only opens the sentence
    if singular(toks[-1].lower()) != toks[-1].lower() and not toks[-1].isupper():
        return None  # "The Vikings": "its" is not theirs
    if toks[-1].endswith(("'s", "’s")):
        return None  # "Scotland's lights were ...": an owner, not the subject (test-cw: "Scotland's's engineer")
    lemmas = getAllLemmas(verb)
    if verb not in _FINITE_OPENERS and not (lemmas.get("VERB") and (verb.endswith("s") or verb not in lemmas["VERB"])):
        return None
    return f"the {name}" if article else name


def possessive_owner(sentence: str, earlier: Sequence[str]) -> tuple[str, str] | None:
    """The "its <noun>" of ``sentence`` with no owner in it (``ownerless_possessive``, ``fronted_possessive``)
    and the name that owns it: the one the sentence before opens on as its subject ("The E-3A is ... From an
    operating height of ... its radar can ..." -> "the E-3A's radar"; raters on test-al: "name the E-3A")."""
    found = fronted_possessive(sentence) or ownerless_possessive(sentence)
    if not found or not found.lower().startswith("its ") or not earlier:
        return None
    owner = subject_name(earlier[-1])
    return (found, f"{owner}'s {found.split()[1]}") if owner else None


def ambiguous_description(sentence: str, earlier: Sequence[str]) -> str | None:
    """The "the <noun>" of ``sentence`` for which ``earlier`` gives two different names ("the treaty" after
    "the Outer Space Treaty" and "the Moon Treaty"): which one is meant is not for the stem to guess, or None."""
    for m in _DEFINITE.finditer(sentence):
        if len(_names_for(m, sentence, earlier)) > 1:
            return m.group(0)
    return None


def name_description(sentence: str, earlier: Sequence[str], headings: Sequence[str] = (), written: str = "") -> str:
    """``sentence`` with its first "the <noun>" written as the one name ``earlier`` (else ``headings``) gives
    that noun ("the agreement ended" -> "the 1972 Incidents at Sea Agreement ended"), or unchanged
    (``described_name``)."""
    found = described_name(sentence, earlier, headings, written)
    if found is None:
        owned = possessive_owner(sentence, earlier)
        return _rename(sentence, *owned) if owned else sentence
    m, name = found
    return f"{sentence[: m.start()]}{m.group(1)} {name}{sentence[m.end():]}"


def earlier_sentences(course: CourseView, sentence: str) -> list[str]:
    """The sentences before ``sentence`` that can name what it means: those of its paragraph, else the
    two before it in its section."""
    key = ("earlier_sentences", sentence)
    if key not in course.memo:
        course.memo[key] = _earlier_sentences(course, sentence)
    return course.memo[key]


def named_in_context(course: CourseView, sentence: str) -> str:
    """``sentence`` with the "the <noun>" it leans on named as the lesson named it just before
    (``name_description``), and a "joined" with no object given the lesson's title (``joined_title``).
    A "sentence" far longer than any stem (a table row run together, a list with no full stops) is left as it
    is: no cut of it makes an item, and each of its hundreds of "the <noun>" would search it again."""
    if len(sentence.split()) > 3 * MAX_STEM_WORDS:
        return sentence
    named = name_description(sentence, earlier_sentences(course, sentence), headings_above(course, sentence),
                             course.lesson_text)
    return joined_title(named, course.title, course.lesson_text) or named


def _written_as_name(name: str, text: str) -> bool:
    """``text`` writes ``name`` after a lower-case word, a comma or "the" ("signed the Treaty of Dunkirk"): a name
    of the lesson's prose, not only a heading's words in title case."""
    return re.search(rf"(?:[a-z,]|\bthe)\s+{re.escape(name)}(?![\w-])", text) is not None


# A title that is the name of a body one joins: capitalised words, "The" first or not ("The Eurocorps", "OCCAR",
# "The Weimar Triangle"), that the lesson writes capitalised mid-sentence too (a name, not a topic in title case).
_TITLE_NAME = re.compile(r"^(?:(The)\s+)?((?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|on|in|the|de)\s+)*)*[A-Z][\w’'.-]*)$")


def joined_title(sentence: str, title: str, lesson_text: str) -> str | None:
    """``sentence`` with the lesson's title written after a "joined" that has no object ("Belgium joined in 2003"
    -> "Belgium joined OCCAR in 2003" in a lesson titled "OCCAR"): a lesson about a body says who joined it; None
    when the sentence has no such "joined" or the title is no name the lesson writes mid-sentence."""
    found = objectless_join(sentence)
    named = _TITLE_NAME.match(title.strip()) if found else None
    if named is None or not (named_mid_sentence(named.group(2), lesson_text)
                             or named.group(1) and re.search(rf"\bthe\s+{re.escape(named.group(2))}(?![\w-])", lesson_text)):
        return None
    name = f"the {named.group(2)}" if named.group(1) else named.group(2)
    return f"{sentence[: found.end(1)]} {name}{sentence[found.end(1):]}"


def _first_headings(course: CourseView) -> dict[str, str]:
    """Each sentence of a block -> the heading of the first headed section holding it."""
    first: dict[str, str] = {}
    for s in course.lesson.document.sections:
        if s.heading:
            for b in s.blocks:
                for sentence in getattr(b, "sentences", ()):
                    first.setdefault(sentence, s.heading)
    return first


def headings_above(course: CourseView, sentence: str) -> list[str]:
    """The heading of ``sentence``'s section, then the lesson's title: where a lesson names what its
    sentences call "the treaty" or "the agreement"."""
    key = ("headings_above", "joined_title", sentence)
    if key not in course.memo:
        heading = course.remembered(("first_headings",), lambda: _first_headings(course)).get(sentence)
        found = [heading] if heading else []
        course.memo[key] = [*found, course.title] if course.title else found
    return course.memo[key]


def named_possessive(course: CourseView, sentence: str, asked: str = "") -> str:
    """``sentence`` with its ownerless "its <noun>" written as the name that owns it (``possessive_owner``),
    or unchanged; unchanged too when the possessed noun is what the item asks (``asked``): the stem could
    not name its owner around the gap."""
    owned = possessive_owner(sentence, earlier_sentences(course, sentence))
    if owned is None or asked and find_phrase(owned[0], asked):
        return sentence
    return _rename(sentence, *owned)


def name_descriptions(c: Candidate, course: CourseView) -> Candidate | None:
    """``c`` with what its lifted sentence leans on named in its stem: a "the <noun>" (``_named_descriptions``),
    then a "joined" with no object (``joined_title``); None when it cannot be asked."""
    named = _named_descriptions(c, course)
    if named is None or named.type not in (QuestionType.TRUE_FALSE, QuestionType.FILL_BLANK) \
            or not objectless_join(named.source_sentence):
        return named
    stem, statement = (joined_title(text, course.title, course.lesson_text) for text in (named.stem, named.statement))
    if stem is None or named.type is QuestionType.FILL_BLANK and any(
            _shares_word(course.title, answer) for answer in (named.key, *named.answers) if answer):
        return named  # a fill-in whose key is the title's name: written in, it gives the key away
    return replace(named, stem=stem, statement=statement or named.statement)


def _named_descriptions(c: Candidate, course: CourseView) -> Candidate | None:
    """``c`` with the "the <noun>" its lifted sentence leans on named in its stem ("True or false? According
    to the text, the agreement ended ..." -> "..., the 1972 Incidents at Sea Agreement ended ..."): a
    true/false statement or a fill-in, whose stem quotes its source; not when the name would give away a
    fill-in's key, nor a glossary term, nor past the stem's length limit.  None (not asked) when its stem
    keeps a "the <noun>" that two earlier names could stand for (``ambiguous_description``)."""
    if c.type not in (QuestionType.TRUE_FALSE, QuestionType.FILL_BLANK) or not c.source_sentence:
        return c
    earlier = earlier_sentences(course, c.source_sentence)
    found = described_name(c.source_sentence, earlier, headings_above(course, c.source_sentence), course.lesson_text)
    titled = found is not None and not _names_for(found[0], c.source_sentence, earlier)
    owned = possessive_owner(c.source_sentence, earlier) if found is None else None
    if found is None and owned is None:
        ambiguous = ambiguous_description(c.source_sentence, earlier)
        return None if ambiguous and re.search(rf"(?<![\w’'-]){re.escape(ambiguous)}(?![\w’'-])", c.stem, re.I) else c
    old, new = owned or (found[0].group(0), f"{found[0].group(1)} {found[1]}")
    named = found[1] if found else re.sub(r"^the |'s \S+$", "", new)  # "the E-3A's radar" names "E-3A"
    stem = _rename(c.stem, old, new)
    if stem == c.stem:
        return c
    # Not named: a name that shares a word with a fill-in's key gives it away ("The Chemical Weapons Convention
    # also provides for _____"); a glossary term is often another item's key, and the quiz would keep only one
    # of the two (test-v: "the games" named "the Military World Games" cost the item asking for that name);
    # nor past the stem's length.  An item whose lifted sentence then leans on the one before is not asked.  (An
    # owner named for "its" may be a term: "the E-3A's radar" asks nothing about the E-3A; nor may the name a
    # heading or the title gives: the lesson's subject, the topic of all its items.)
    if c.type is QuestionType.FILL_BLANK and any(_shares_word(new, answer) for answer in (c.key, *c.answers) if answer) \
            or found and not titled and norm_phrase(named) in course.alias_groups or len(stem.split()) > MAX_STEM_WORDS:
        return None if leans_on_context(c.source_sentence, course.title) else c
    statement = _rename(c.statement, old, new)
    return replace(c, stem=stem, statement=statement)


def _rename(text: str, old: str, new: str) -> str:
    """``text`` with its first ``old`` (in either case) written ``new``, capitalised as ``old`` was there."""
    found = re.search(rf"(?<![\w’'-]){re.escape(old)}(?![\w-])(?![’'](?!s\b))", text, re.I)  # "the force's" too
    if found is None:
        return text
    lowered = new[:1].lower() + new[1:] if re.match(r"[Tt]he\s", new) else new  # "the E-3A's", never "ukraine's"
    written = new[:1].upper() + new[1:] if found.group(0)[:1].isupper() else lowered
    return text[: found.start()] + written + text[found.end():]


def _shares_word(name: str, answer: str) -> bool:
    """A capitalised word of ``name`` is a word of ``answer`` (the name would give the key away)."""
    answer_words = {w.lower() for w in re.findall(r"[\w’'-]+", answer)}
    return any(w.lower() in answer_words for w in re.findall(r"[\w’'-]+", name) if w[:1].isupper())


def _earlier_sentences(course: CourseView, sentence: str) -> list[str]:
    for section in course.lesson.document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and sentence in block.sentences:
                at = block.sentences.index(sentence)
                if at:
                    return list(block.sentences[:at])
        texts = list(section.sentences)
        if sentence in texts:
            at = texts.index(sentence)
            return texts[max(0, at - 2): at]
    return []
