"""The other names a lesson itself gives a term: "net income, often called take-home pay", "voltage, also
known as potential difference (often shortened to p.d.)", "dissociation (or ionisation)".

A typed answer that uses one of them is right by the lesson's own words; blind raters on test-i and test-j
marked fill-in-the-blank items down (format, two keys) when it was refused.  Only forms the lesson writes
beside the term with a naming cue are read, never guessed ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .course import CourseView
from .text import BLANK

# A short name: one to four words, no digits or clause punctuation ("take-home pay", "p.d.", "autoionisation").
_NAME = r"[A-Za-z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,3}"
# "X, also known as Y", "X, often called Y", "X (often shortened to Y)", "X (or Y)".
_CUE = (r"(?:(?:also|often|sometimes|commonly|usually)\s+)?"
        r"(?:known\s+as|called|termed|referred\s+to\s+as|shortened\s+to|abbreviated\s+(?:to|as)|spelled|spelt)")
_STOP = frozenset("the a an and or of in on for to with by which that this these is are was it its".split())


# A verb after the name ends it: "known as golabgiri is still practised" names "golabgiri" (test-da, both raters).
_VERBS_AFTER = frozenset("is are was were has have had can could will would may might must remains remained".split())


def _clean(name: str) -> str:
    name = name.strip().rstrip(".") if not re.search(r"\w\.\w", name) else name.strip()
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _VERBS_AFTER), len(words))
    words = words[:cut]
    while words and words[-1].lower() in _STOP:
        words.pop()  # "take-home pay, is ..." is cut at the comma; "pressure and" is cut at the joiner
    return " ".join(words)


def _term(key: str) -> str:
    return r"[\s-]*".join(re.escape(p) for p in re.split(r"[\s-]+", key.strip()) if p)


_AROUND = 120
_NAMED = rf"(?:the\s+)?({_NAME})"
# After a naming cue, "a" too: "(also called an independent clause)" (not in a bare bracket: "fluid (a gas)").
_CUED_NAME = rf"(?:(?:the|an?)\s+)?({_NAME})"
# After the key: ", also known as Y", " is also known as Y" ("so bruting is also known as girdling": test-ek), " (or
# Y)", " (Y)"; before it: "Y, also known as (the) ", "Y (or ".
# The cue is tried before a bare "or"/"also": "(also known as buoyancy)" names "buoyancy", not "known as
# buoyancy" (raters on test-s: "fix the accepted answers", a parsing artefact listed as an answer).
_AFTER_KEY = re.compile(rf",?\s+(?:(?:is|are)\s+(?=(?:also|often|sometimes|commonly)\s))?{_CUE}\s+{_CUED_NAME}|\s*\(\s*(?:{_CUE}\s+|(?:or|also)\s+){_CUED_NAME}\s*\)", re.I)
_BARE_AFTER_KEY = re.compile(rf"\s*\(\s*{_NAMED}\s*\)", re.I)
_BEFORE_KEY = re.compile(rf"({_NAME}),?\s+{_CUE}\s+(?:the\s+)?$", re.I)
_BRACKET_BEFORE_KEY = re.compile(rf"({_NAME})\s*\(\s*(?:or\s+)?$", re.I)
_CUE_OR_BRACKET = re.compile(rf"\(|{_CUE}", re.I)


# The sentence after a name gives its other spelling: "... proclaimed him Chinggis Khan, a title .... In Europe
# his name is often spelled Genghis." (raters on test-v: the text's own spelling refused).  One word, the
# name's first.
_NAME_SPELLED = re.compile(r"[^.]*\.\s+[^.]*?\b(?:his|her|its|their|the)\s+name\s+is\s+(?:\w+\s+)?"
                           r"(?:spelled|spelt|written)\s+(?:as\s+)?([A-Z][\w’'-]+)(?=\s*[.,;])")


@lru_cache(maxsize=4)
def _cue_windows(lesson_text: str) -> tuple[tuple[str, str], ...]:
    """The stretches of the lesson around a naming cue or a bracket (and each lower-cased), merged: the
    only places a second name can be, so a long lesson is scanned once, not once per key."""
    spans: list[list[int]] = []
    for cue in _CUE_OR_BRACKET.finditer(lesson_text):
        start, end = max(0, cue.start() - _AROUND), cue.end() + _AROUND
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return tuple((lesson_text[a:b], lesson_text[a:b].lower()) for a, b in spans)


# The word before a mention that makes it the tail of a longer name: one capital letter ("T lymphocytes",
# "B cells"), which names a kind of what the key names; not the article "A" nor "I" ("A neuron (nerve cell)").
_KIND_LETTER = re.compile(r"(?<![\w-])[B-HJ-Z]\s+$")


def _longer_name(before: str, mention: str, names: frozenset[str]) -> bool:
    """The mention is the tail of a longer name: after a single capital letter, or after a word with which it
    makes one of the lesson's emphasised words or glossary terms ("killer lymphocytes" beside "lymphocytes").
    Raters on test-y: "T cells" accepted for "lymphocytes" (from "T lymphocytes (T cells)") while "B cells"
    was not, "inconsistent"."""
    if _KIND_LETTER.search(before):
        return True
    last = before.split()[-1:]
    return bool(last) and f"{last[0]} {mention}".lower() in names


def text_synonyms(key: str, lesson_text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The names the lesson gives ``key`` with a naming cue, in either direction.

    A name written before the key ("voltage, also known as potential difference") counts only when it is
    one of ``names`` (the lesson's emphasised words and glossary terms, lower-case): the words before a cue
    are otherwise the end of any clause ("is described by voltage").
    """
    term = _term(key)
    if not term:
        return []
    first = key.split()[0].lower()
    text = " … ".join(w for w, low in _cue_windows(lesson_text) if first in low)
    found = []
    # Each mention of the key, then only the few words on either side: a regex anchored there, not one
    # that tries a name at every position of a long lesson.
    for mention in re.finditer(rf"(?<![\w-]){term}(?![\w-])", text, re.I):
        after, before = text[mention.end():mention.end() + _AROUND], text[max(0, mention.start() - _AROUND):mention.start()]
        if _longer_name(before, mention.group(0), names):
            continue  # "T lymphocytes (T cells)": the other name is the longer term's, not the key's
        cued = _AFTER_KEY.match(after)
        if cued:
            found.append(_clean(next(g for g in cued.groups() if g)))
        bare = _BARE_AFTER_KEY.match(after)
        if bare and bare.group(1).lower() in names:
            found.append(bare.group(1))
        respelled = _NAME_SPELLED.match(after)
        if respelled and key[:1].isupper():
            rest = key.split()[1:]  # "Chinggis Khan" ... "his name is often spelled Genghis": "Genghis Khan"
            found += [" ".join([respelled.group(1), *rest]), *([respelled.group(1)] if rest else [])]
        back = _BEFORE_KEY.search(before) if not after.lstrip().startswith(")") else _BRACKET_BEFORE_KEY.search(before)
        if back:
            words = back.group(1).split()
            named = [i for i in range(len(words)) if " ".join(words[i:]).lower() in names]
            if named and not (named[0] and words[named[0] - 1][:1].isupper()):
                found.append(" ".join(words[named[0]:]))  # not the tail of a name: "Consumer Price Index"
    key_form = key.lower()
    return list(dict.fromkeys(f for f in found if f and f.split()[0].lower() not in _STOP and f.lower() != key_form
                              and not _kind_named(key, f, text)))


# A cue that says "another name for the same thing": "also called", "often known as" (not a bare "called").
_SECOND_NAME_CUE = rf"(?:also|often|sometimes|commonly|usually)\s+{_CUE}\s+(?:the\s+)?"


def _kind_named(key: str, name: str, text: str) -> bool:
    """``name`` is ``key`` with a modifier before it, or ``key`` is ``name`` with one ("meridian" and "prime
    meridian"), and no "also called" / "often known as" between them says they are one thing: "one chosen
    meridian, called the prime meridian" names one meridian, a kind of the key, and neither answers for the other
    (both raters on test-ax: "'prime meridian' is wrongly accepted").  "Equity, also called owner's equity" gives
    a second name, and it stays."""
    longer, shorter = (name, key) if len(name) > len(key) else (key, name)
    if not longer.lower().endswith(" " + shorter.lower()):
        return False
    end = r"(?=\s*[,.;:)]|\s+(?:or|and)\b|\s*$)"  # the name ends there: not "incidence proportion"
    one_thing = re.compile(rf"{_term(shorter)},?\s+{_SECOND_NAME_CUE}{_term(longer)}{end}"
                           rf"|{_term(longer)},?\s+{_SECOND_NAME_CUE}{_term(shorter)}{end}", re.I)
    return one_thing.search(text) is None


# An expansion after the gap spells the key ("known as _____, short for Standardization Agreements";
# raters: leak): the clause is cut and the expansion accepted as an answer.
_EXPANSION = re.compile(rf"(?<={re.escape(BLANK)})\s*(?:,\s*|\(\s*)(?:short\s+for|which\s+stands\s+for|standing\s+for)\s+([^,;.()]+)\)?")


def cut_expansion(blanked: str) -> tuple[str, list[str]]:
    """The stem without an expansion that follows the gap, and the expansion (an accepted answer)."""
    found = _EXPANSION.search(blanked)
    if not found:
        return blanked, []
    return blanked[: found.start()] + blanked[found.end():], [found.group(1).strip()]


# "called _____ (or ionisation)": a second name right after the gap gives the answer away.
_AFTER_GAP = re.compile(r"\s*\(\s*(?:or|also)\s+([^()]{1,40})\)")


def cut_synonym(blanked: str, blank: str) -> tuple[str, list[str]]:
    """The stem without a parenthesised second name that follows the gap, and that name (an accepted answer)."""
    at = blanked.find(blank)
    if at < 0:
        return blanked, []
    end = at + len(blank)
    found = _AFTER_GAP.match(blanked, end)
    if not found:
        return blanked, []
    return blanked[:end] + blanked[found.end():], [_clean(found.group(1))]


def lesson_synonyms(key: str, course: CourseView) -> list[str]:
    """The other names the lesson gives ``key`` ("net income, often called take-home pay"; raters on test-i
    and test-j: format, two keys), computed once per key."""
    found = course.memo.get(("text_synonyms", key))
    if found is None:
        names = course.memo.get(("known_names",))
        if names is None:
            names = course.memo[("known_names",)] = frozenset(
                [e.term.lower() for e in course.glossary] + [w.lower() for w in course.lesson.document.emphasis])
        found = course.memo[("text_synonyms", key)] = text_synonyms(key, course.lesson_text, names)
    return found
