"""Kinds of one another: which terms the text says are a kind of which.

A term the text calls a kind of another ("A cylinder is a prism", "Every alkali is a base", a
glossary definition "A foot of a stressed syllable followed by ..." for "Trochee") shares what the
other is: the broader term's definition also holds for the narrower term, and the narrower term also
fits the broader one's description.  Offered beside each other in one item, one of them is a second
key (blind raters on test-h and test-i, three documents: "A solid with the same cross-section all the
way along" for "cylinder", "A substance that produces hydroxide ions in water" for "alkali",
"Trochee" among the answers to "a small group of syllables with a fixed pattern of stress").
"""

from __future__ import annotations

import re

from .course import CourseView
from .text import content_words, norm, related, words

# Words that attach a defining part to a definition's opening noun ("a layer of ...", "a process
# that ...", "the movement behind ..."), or a comma before one.
POSTMODIFIERS = frozenset("""
    that which who whom whose where when whereby of in by for with to on at from between behind into under
    over about through against across within without after before during around among than like
    """.split())
_ARTICLES = frozenset({"a", "an", "the"})

# "<subject> is (also) a (kind of) <predicate>": the subject is a kind of what the predicate names.
_IS_A = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|always\s+|simply\s+|itself\s+|themselves\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:kind|type|sort|form|special\s+case|class|variety)s?\s+of\s+(?:a\s+|an\s+)?)?",
    re.I)
_NEGATION = frozenset({"not", "never", "no", "neither", "rarely", "seldom"})
# Words of the subject looked at before "is": enough for a term of three words and its article.
_SUBJECT_WORDS = 5


def definition_head(definition: str) -> str:
    """The noun a definition is built on: the last word before its first postmodifier ("slabs" in "The
    large rigid slabs into which ...", "set" in "The continuous set of processes ...")."""
    toks = words(definition)
    head = ""
    for i, tok in enumerate(toks):
        if i and (tok.lower() in POSTMODIFIERS or tok.lower() in {"rather", "and", "or"}):
            break
        head = tok
    return head


def _same_word(a: str, b: str) -> bool:
    return related(a, b) or norm(a).rstrip("s") == norm(b).rstrip("s")


def names_kind(phrase: str, term: str) -> bool:
    """``phrase`` is a noun phrase built on ``term``: its head is the term's last word and the term's
    other words come before it ("A prism with a circular cross-section" on "Prism"; "A simple sorting
    algorithm" is not built on "Insertion sort")."""
    toks = words(phrase)
    if toks and toks[0].lower() in _NEGATION:
        return False
    head = definition_head(phrase)
    term_words = content_words(term)
    if not head or not term_words or not _same_word(head, term_words[-1]):
        return False
    before = [t.lower() for t in toks[: toks.index(head)]]
    return all(any(_same_word(w, t) for t in before) for w in term_words[:-1])


def _subject_is(subject: list[str], term: str) -> bool:
    """The words before "is" end with ``term`` as a subject of its own (not "the volume of a cylinder")."""
    term_words = words(term)
    n = len(term_words)
    if not n or len(subject) < n or not all(_same_word(a, b) for a, b in zip(subject[-n:], term_words)):
        return False
    rest = [t.lower() for t in subject[:-n]]
    while rest and rest[-1] in _ARTICLES | {"every", "each", "any", "all"}:
        rest.pop()
    return not rest or rest[-1] not in POSTMODIFIERS


def _index_word(word: str) -> str:
    return norm(word).rstrip("s")


def _is_a_clauses(course: CourseView, term: str) -> list[tuple[list[str], str]]:
    """(words before "is", what follows it) for the lesson's "X is a Y" whose subject ends in the last
    word of ``term``; the lesson is read once per course and indexed by that word (large documents)."""
    key = ("is_a_clauses",)
    if key not in course.memo:
        found: dict[str, list[tuple[list[str], str]]] = {}
        for _, sentence in course.lesson.sentences:
            for m in _IS_A.finditer(sentence):
                subject = words(sentence[: m.start()])[-_SUBJECT_WORDS:]
                predicate = re.split(r"[,;:.!?()]", sentence[m.end():], maxsplit=1)[0]
                if subject and predicate.strip() and _noun_phrase(m.group(0), predicate):
                    found.setdefault(_index_word(subject[-1]), []).append((subject, predicate))
            for narrower, broader in _inverted(sentence) + _enumerated(sentence):
                found.setdefault(_index_word(narrower[-1]), []).append((narrower, broader))
        course.memo[key] = found
    last = words(term)
    return course.memo[key].get(_index_word(last[-1]), []) if last else []


# "The most common foot in English is the iamb", "The simplest system is plurality voting", "the main forces
# are slab pull and ridge push": the kind named first, what is of that kind after "is" (test-d, test-f,
# test-i, test-l; raters on test-i: "Trochee" offered as not being "a small group of syllables ...", a foot), "the
# traditional ground was gesso" (test-do, both raters: a ground's definition offered as not what gesso is).
_INVERTED_IS_A = re.compile(
    r"\b(?:the|one\s+of\s+the)\s+(?:most\s+common|commonest|simplest|best-known|most\s+familiar|most\s+important"
    r"|main|chief|usual|traditional|standard|typical|classic)\s+([a-z]+(?:\s+(?!in\b|of\b|is\b|are\b|was\b|were\b)[a-z]+)?)"
    r"(?:\s+(?:in|of)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?"
    r"([^,;:.!?()]+)", re.I)


def _inverted(sentence: str) -> list[tuple[list[str], str]]:
    """(the words of each thing named, "a <kind>") for "The most common <kind> ... is <thing>"."""
    found = _INVERTED_IS_A.search(sentence)
    if not found:
        return []
    things = re.split(r"\s*,\s*|\s+(?:and|or)\s+", found.group(2))
    return [(words(t), f"a {found.group(1)}") for t in things if words(t) and len(words(t)) <= _SUBJECT_WORDS]


# "There are three common averages: the mean, the median and the mode", "two types of rock: igneous and
# sedimentary": a count of a kind, a colon, then the things of that kind.  Offered for "the middle value
# ...", "Average" is a second key beside "Median" (the shape of test-h's "Trochee" beside "Foot", on test-j).
_COUNTS = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|[2-9])"
_ENUMERATED_KINDS = re.compile(
    rf"\b{_COUNTS}\s+(?:(?:main|common|basic|principal|major|key|different|broad|important|usual)\s+)?"
    r"(?:(?:kinds|types|sorts|forms|classes|categories|varieties)\s+of\s+)?"
    r"([a-z]+(?:\s+[a-z]+)?)\s*:\s*([^.;!?()]+)", re.I)
# Words that say the colon opens steps or reasons, not things of the kind ("three steps: first, ...").
_NOT_KINDS = frozenset("""
    steps stages reasons ways things points questions parts ideas examples factors features rules
    """.split())


def _enumerated(sentence: str) -> list[tuple[list[str], str]]:
    """(the words of each thing listed, "a <kind>") for "<count> <kind>: A, B and C"."""
    found = _ENUMERATED_KINDS.search(sentence)
    if not found or words(found.group(1))[-1].lower() in _NOT_KINDS:
        return []
    things = [t for t in re.split(r"\s*,\s*|\s+(?:and|or)\s+", found.group(2).strip()) if words(t)]
    if len(things) < 2 or any(len(words(t)) > 3 for t in things):
        return []  # not a list of names: a clause follows the colon
    return [(words(t), f"a {found.group(1)}") for t in things]


def _noun_phrase(link: str, predicate: str) -> bool:
    """What follows "is" names a thing: an article or "kind of" opens it ("is a prism"), or a plural
    follows "are" ("are bases"); not "is measured with a voltmeter", "is large"."""
    if re.search(r"\b(?:a|an|the|of)\s*$", link, re.I):
        return True
    head = definition_head(predicate)
    return link.lower().startswith("are") and head.lower().endswith("s") and not head.lower().endswith("ss") \
        and not head.lower().endswith(("ed", "ing"))


def _definition(term: str, course: CourseView) -> str:
    by_term = course.remembered(("definitions_by_term",), lambda: {e.term: e.definition for e in reversed(course.glossary)})
    return by_term.get(term, "")


def is_a(narrower: str, broader: str, course: CourseView) -> bool:
    """The text makes ``narrower`` a kind of ``broader``: its glossary definition is built on it, or a
    sentence says so ("A cylinder is a prism")."""
    if names_kind(_definition(narrower, course), broader):
        return True
    return any(_subject_is(subject, narrower) and names_kind(predicate, broader)
               for subject, predicate in _is_a_clauses(course, narrower))


def kind_related(a: str, b: str, course: CourseView) -> bool:
    """One of ``a`` and ``b`` is a kind of the other, so what is said of the broader holds for both."""
    memo = ("kind_related", a, b)
    if memo not in course.memo:
        course.memo[memo] = is_a(a, b, course) or is_a(b, a, course)
    return course.memo[memo]


def said_of(term: str, key: str, definition: str, course: CourseView) -> bool:
    """``definition`` is built on a noun the text says ``term`` is, other than the one its definition
    ``key`` is built on ("Sodium hydroxide is a strong base": "A base that dissolves well in water" then
    fits sodium hydroxide too; raters on test-i). Other definitions on the key's own noun ("The
    repetition of ..." beside "The repetition of ...") are its siblings: they tell it apart."""
    head, genus = definition_head(definition), definition_head(key)
    if not head or _same_word(head, genus):
        return False
    return any(_subject_is(subject, term) and _same_word(definition_head(predicate), head)
               for subject, predicate in _is_a_clauses(course, term))
