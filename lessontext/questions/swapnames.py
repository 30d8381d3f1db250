"""How a name reads swapped into a sentence in place of another: its article, and the names it is part of or follows.

Read by the false-statement family (``families/false_statement.py``), which swaps one name of a sentence for
another of the lesson: the replacement keeps or drops the article as the lesson writes it ("the United
Kingdom" -> "Canada"), and a name is not swapped for one that the lesson writes inside it ("the United Nations
Security Council" and "the UN"), that it replaced ("the AU, which replaced the OAU"), or that it only writes
inside longer names or after "each" ("Each State Party"); nor a name that the rest of the sentence writes again
(``named_again``: its naming word, initials or first name left behind refute the false form on its face).
"""

from __future__ import annotations

import re

from lessontext.words import getAllLemmas

from .course import CourseView
from .entities import ORGANISATION_HEADS
from .incidental import splits_a_name
from .phrasing import same_case
from .text import STOPWORDS, find_phrase, norm_phrase, words

# Heads of the names of states and groups that take an article ("the United States", "the Philippines").
_STATE_HEADS = frozenset("nations states kingdom republic emirates islands centre center pact treaty convention".split())

_ARTICLE_BEFORE = re.compile(r"\b(the)\s+$", re.I)
# The possessive of a name ending in "s", an apostrophe alone: "the United States' system".
_BARE_POSSESSIVE = re.compile(r"^['’](?![\w])")


def swapped(statement: str, start: int, end: int, replacement: str, course: CourseView) -> str:
    """``statement`` with ``replacement`` in place of its span ``start:end``; an article before the span
    goes when the lesson never writes one before the replacement ("the United Kingdom" -> "Canada")."""
    before = statement[:start]
    after = statement[end:]
    if _BARE_POSSESSIVE.match(after) and not replacement.endswith("s"):
        # "the United States' system" -> "the United Kingdom's system", not "the United Kingdom' system"
        after = after[0] + "s" + after[1:]
    statement = before + statement[start:end] + after
    article = _ARTICLE_BEFORE.search(before)
    if article and replacement[:1].isupper() and not with_article(replacement, course):
        # The name takes the article's place and keeps its own capital ("The EU has" -> "NATO has").
        return before[: article.start()] + replacement + statement[end:]
    return before + same_case(replacement, statement[start:end]) + statement[end:]


_SUCCESSION = re.compile(r"\b(?:replaced|replacing|succeeded|successor|predecessor|renamed|became|formerly|superseded)\b", re.I)


def _forms(name: str) -> set[str]:
    """A name and its initials ("Organisation of African Unity" -> "OAU")."""
    caps = [w for w in name.split() if w[:1].isupper()]
    return {name, "".join(w[0] for w in caps)} if len(caps) > 1 else {name}


def succession(name: str, other: str, course: CourseView) -> bool:
    """A sentence of the lesson says one of the two replaced or became the other ("The African Union (AU),
    which replaced the OAU in 2002"): one body at two times, and a statement about one may hold of the
    other (dev-b: "beneath the Organisation of African Unity sit ... regional economic communities")."""
    key = ("succession", *sorted((name, other)))
    if key not in course.memo:
        if "succession-sentences" not in course.memo:
            course.memo["succession-sentences"] = [s for _, s in course.lesson.sentences if _SUCCESSION.search(s)]
        course.memo[key] = any(
            any(find_phrase(sentence, f) for f in _forms(name)) and any(find_phrase(sentence, f) for f in _forms(other))
            for sentence in course.memo["succession-sentences"]
        )
    return course.memo[key]


def part_of(name: str, other: str, course: CourseView) -> bool:
    """The lesson writes ``name`` (or its initials) as part of ``other``'s name ("United Nations Security
    Council", "the Council of the European Union"): the one acts through the other, and a statement
    with one in the other's place may still be true (test-c: "measures adopted by the UN")."""
    key = ("part_of", name, other)
    if key not in course.memo:
        forms = course.aliases(name) | {norm_phrase(name)}
        inside = other.split()[:-1]  # "United Nations" of "United Nations Security Council"
        runs_before, names_after = _names_around(other, course)
        # "WHO" beside "World Health Assembly", "NATO" beside "North Atlantic Council": the acronym opens with the
        # initials of the organ's own words, so the organ is the body's, and a statement about one holds of the
        # other (raters on test-ad-r2 and test-af-r2: "the WHO adopted", "NATO grants" are still true).
        initials = "".join(w[0] for w in inside).upper()
        organ = len(inside) >= 2 and name.isupper() and name.startswith(initials)
        found = organ or any(
            norm_phrase(" ".join(inside[:k])) in forms or "".join(w[0] for w in inside[:k]) == name
            for k in range(1, len(inside) + 1)
        ) or any(
            norm_phrase(" ".join(words_before[-k:])) in forms or "".join(w[0] for w in words_before[-k:]) == name
            for words_before in runs_before
            for k in range(1, len(words_before) + 1)
        ) or any(norm_phrase(after) in forms for after in names_after)
        course.memo[key] = found
    return course.memo[key]


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,4}\Z")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*){1,4})")


def _names_around(other: str, course: CourseView) -> tuple[list[list[str]], list[str]]:
    """Around each ``other`` in the lesson: the run of up to four capitalised words right before it (as
    words), and the name after "of" ("Council of the European Union").

    One pass per name, memoised, finding ``other`` first: a pattern tried at every capital letter of a
    long lesson, for every pair of names, took seconds on 60,000 words.
    """
    key = ("names_around", other)
    if key not in course.memo:
        text = course.lesson_text
        before, after = [], []
        for m in re.finditer(rf"\b{re.escape(other)}\b", text):
            if m.start() and text[m.start() - 1].isspace():
                if run := _CAPITALISED_RUN.search(text, max(0, m.start() - 160), m.start()):
                    before.append(run.group(0).split())
            if named := _OF_NAME.match(text, m.end()):
                after.append(named.group(1))
        course.memo[key] = (before, after)
    return course.memo[key]


def only_inside_names(name: str, course: CourseView) -> bool:
    """Every time the lesson writes ``name``, it is part of a longer name: a swap would put a fragment in."""
    key = ("only_inside_names", name)
    if key not in course.memo:
        spans = [(s, find_phrase(s, name)) for s in course.sentences_naming(name)]
        course.memo[key] = bool(spans) and all(splits_a_name(s, m.start(), m.end()) for s, m in spans)
    return course.memo[key]


_ONE_OF_MANY = re.compile(r"\b(?:each|every|a|an|any|one|another|no)\s+$", re.I)


def role_not_body(name: str, course: CourseView) -> bool:
    """The lesson only writes ``name`` after "each", "every" or "a" ("Each State Party must ..."): a role many
    hold, no one body ("the State Party adopted" for the World Health Assembly reads as no statement)."""
    places = [s[: m.start()] for _, s in course.lesson.sentences if name in s for m in re.finditer(re.escape(name), s)]
    return bool(places) and all(_ONE_OF_MANY.search(before) for before in places)


def with_article(name: str, course: CourseView) -> bool:
    """The lesson writes "the <name>" as a name on its own more often than it writes the name bare
    (memoised: a long lesson has thousands of swaps).  "the NATO Support Agency", "the NATO summit": a name
    used as a modifier in front of a noun takes the noun's article, not its own; counted, they made
    "the NATO has pursued", "within the NATO" (raters on test-i and test-e: ungrammatical)."""
    key = ("with_article", name)
    if key not in course.memo and _HEADED_NAME.search(name) and " " in name:
        course.memo[key] = True  # "the United Nations", "the European Union": a common noun heads the name
    if key not in course.memo:
        text, bare, with_the = course.lesson_text, 0, 0
        for m in re.finditer(rf"\b{re.escape(name)}\b(?![-\w])", text):
            if _MODIFIER_AFTER.match(text, m.end()) or _noun_after(text, m.end()):
                continue
            if re.search(r"\bthe\s+$", text[max(0, m.start() - 5): m.start()], re.I):
                with_the += 1
            else:
                bare += 1
        if not with_the + bare:  # no use on its own: any "the <name>" counts, as in "the UN Charter"
            with_the = re.search(rf"\bthe\s+{re.escape(name)}\b", text, re.I) is not None
        course.memo[key] = with_the > 0 and with_the >= bare
    return course.memo[key]


def _noun_after(text: str, end: int) -> bool:
    """A lower-case word that can be a noun follows: the name modifies it ("UN efforts", "UN sanctions
    regime") and says nothing of the name's own article."""
    following = re.match(r"\s+([a-z]+)\b(?:\s+([a-z]+))?", text[end:])
    if not following:
        return False
    pos = getAllLemmas(following.group(1))
    if "VERB" in pos and following.group(2) in _DETERMINERS:
        return False  # "NATO runs a school": a verb, then its object
    return not pos or "NOUN" in pos  # an unknown word ("peacekeepers") is most often a noun


_DETERMINERS = frozenset("a an the its their his her this that these those all some no".split())


# A name headed by a common noun takes "the" however the lesson happens to write it: "the United Nations",
# "the Warsaw Pact", "the Aldine Press" (raters on test-e and test-i: "and United Nations gathers", "Cyber
# Operations Centre (Hybrid CoE) in Helsinki": the article dropped).
_HEADED_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(ORGANISATION_HEADS | _STATE_HEADS)) + r")$", re.I)

# A name followed by another capitalised word or a lower-case noun before a verb is a modifier: "NATO
# Support Agency", "NATO summit has"; before "and"/"or" it may be one ("UN and African Union peace
# operations").  Followed by punctuation, a verb or a preposition, it stands alone.
_MODIFIER_AFTER = re.compile(r"(?:['’]s\b|\s+[A-Z]|\s+(?:and|or)\s|\s+(?!(?:is|are|was|were|has|have|had|and|or|in|of|to|for|on|at|by|with|from|as|that|which|who)\b)[a-z]+\s+(?:is|are|was|were|has|have|had)\b)")


# A part of a document named by its number: "Article II", "Article 5", "Clause 4", "Part One", "Chapter VII", "Annex
# 1-B".  Two capitalised words, it reads as a name, but it names a piece of a text that does nothing: swapped for a
# treaty, a delegate or a base, or one of them for it, the false form is nonsense and often half true ("Article II in
# Bosnia and Herzegovina was negotiated at Dayton" for the agreement whose annex holds it; "the heart of the treaty is
# Clark Air Base" for Article IV; "Article IX" offered among the delegates of a team: both raters on test-as, test-bk
# and test-bm, reject, no such swap accepted on any rated set).
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_DOCUMENT_PART = re.compile(
    r"^(?:the\s+)?(?:article|clause|section|part|chapter|annex|annexe|paragraph|schedule|appendix|title|book|amendment)"
    r"\s+(?:(?-i:[IVXLC]+)|\d+[A-Za-z]?(?:[-.(][\w.()-]*)?|(?:" + _NUMBER_WORDS + r"))(?:\s+of\b.*)?$",
    re.I)


def document_part(name: str) -> bool:
    """``name`` is a numbered part of a document ("Article II", "Clause 4", "Part One", "Article 5 of the Treaty")."""
    return bool(_DOCUMENT_PART.match(name.strip()))


# The end of a word: no letter, hyphen or apostrophe after it, but a possessive may follow ("Monroe's").
_WORD_END = r"(?=['’]s\b|['’](?!\w)|[^\w’'-]|$)"


def named_again(sentence: str, start: int, end: int, name: str, *, alone: bool = False) -> bool:
    """A capitalised word of ``name`` that the rest of the sentence repeats ("the EU ... the EU Training
    Mission", "Punnett ... a Punnett square"): swapped out, the name left behind refutes the false form
    on its face (raters on test-e, two documents: leak, trivially false).

    With ``alone``, asked of a partner to swap in: its naming word standing alone in the rest of the sentence
    (a surname: "the director Viktor Bryukhanov, chief engineer [Nikolai Fomin] and Dyatlov were sentenced"),
    not inside another name ("Soviet Union" for "European Union"), in the possessive too ("acting secretary in the
    early months of Monroe's presidency" for another man: both raters on test-ay).  Swapped in, one person is
    named twice and the false form is nonsense (both raters on test-aj and test-aj-r2)."""
    rest = sentence[:start] + " " + sentence[end:]
    if alone:
        named = [w for w in words(name) if len(w) > 1 and w[:1].isupper() and w.lower() not in STOPWORDS]
        return bool(named) and any(_standing_alone(rest, m.start(), m.end()) for m in re.finditer(
            rf"(?<![\w’'-]){re.escape(named[-1])}{_WORD_END}", rest))
    # The last capitalised word: the one that names ("Kingdom" of "United Kingdom", which shares
    # "United" with "the United States").
    named = [w for w in words(name) if len(w) > 1 and w[:1].isupper() and w.lower() not in STOPWORDS]
    if not named:
        return False
    # Its initials too: "NATO has conducted several, including the EU Training Mission" for the European
    # Union, "NATO launched its first naval operation, EU NAVFOR" (raters on test-e: leak, it refutes itself).
    initials = "".join(w[0] for w in named) if len(named) > 1 else ""
    return find_phrase(rest, named[-1]) is not None or bool(initials) and re.search(rf"\b{initials}\b", rest) is not None \
        or _in_compound(rest, named[-1])


def _in_compound(text: str, word: str) -> bool:
    """``word`` joined by a hyphen to a lower-case word ("an India-specific agreement", "a US-led coalition",
    "the pro-Moscow government"): the name stays in the sentence, and swapped out, it refutes the false form
    on its face ("Austria separated its facilities and ... approved an India-specific agreement": raters on
    test-ao, gives itself away)."""
    return re.search(rf"(?<![\w’'-]){re.escape(word)}-[a-z]|(?<![\w’'-])[a-z]+-{re.escape(word)}(?![\w’'-])", text) is not None


def _standing_alone(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` has no capitalised word beside it: a name of its own, not part of a longer one."""
    before = re.search(r"([\w’'-]+)\s+$", text[:start])
    after = re.match(r"\s+([\w’'-]+)", text[end:])
    return not (before and before.group(1)[:1].isupper() and before.group(1).lower() not in STOPWORDS
                or after and after.group(1)[:1].isupper() and after.group(1).lower() not in STOPWORDS)
