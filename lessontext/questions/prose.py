"""Structure inside running prose: inline enumerations and completable clauses.

A lesson written as plain paragraphs has no lists or labels, but its
sentences still carry structure a question can rest on:

- inline enumerations, "The cooperation covers A, B, C, and much more",
  "in areas such as A, B and C", ", from A to B";
- clauses that state a purpose, a means or a result, each of one
  grammatical form, so that the same clause taken from another sentence is
  a homogeneous distractor: a bare verb phrase ("..., enabling them to
  VP", "X can VP"), a gerund phrase ("By VPing ..., X ...", "..., thereby
  VPing ..."), or a result noun phrase ("X has led to NP").

Everything here is pattern matching on one sentence (plus the sentences
before it, to resolve "these negotiations"); the rubric judges the items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lessontext.words import getAllLemmas

from .text import BLANK, STOPWORDS, content_words, is_gerund, norm, related, word_count, words

MAX_ITEM_WORDS = 6
MAX_CLAUSE_WORDS = 8
MIN_CLAUSE_WORDS = 2

_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|or)\s+(?:much|many|so)\s+(?:more|on|others)|among others|and others|etc\.?)\s*$", re.I
)
_TRIGGERS = ("such as", "including", "like", "namely", "especially", "particularly", "notably")
# Heads of the first item's segment after which the items begin ("the complexities of A, B and C").
_BOUNDARY_PREPOSITIONS = frozenset({"of", "from", "among", "between"})
_MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "to"})
_BE = frozenset({"is", "are", "was", "were", "include", "includes", "included"})
_ADVERB_ASIDES = frozenset(
    {"most importantly", "above all", "finally", "lastly", "crucially", "notably", "especially", "in particular",
     "of course", "most notably", "perhaps most importantly"}
)
_CLAUSE_OPENERS = frozenset(
    "which who whom whose that it they he she we its their his her them this these those there when where while".split()
)


@dataclass(frozen=True)
class Enumeration:
    """Items listed inline in one sentence; ``frame`` is the sentence with the items blanked."""

    sentence: str  # the lesson sentence (the source)
    items: tuple[str, ...]
    frame: str
    ranged: bool  # ", from A to B"


@dataclass(frozen=True)
class Clause:
    """A purpose, means or result clause; ``frame`` is the sentence with it blanked."""

    sentence: str
    form: str  # "verb", "gerund" or "result"
    text: str
    frame: str


# --------------------------------------------------------------------------
# Word classes


@lru_cache(maxsize=16384)
def _lemmas(word: str) -> dict:
    return getAllLemmas(word.lower())


def is_verb(word: str, previous: str = "") -> bool:
    """A word that is a verb here: only a verb, or a verb right after a modal or "to"."""
    low = word.lower()
    if low in _BE:
        return True
    lemmas = _lemmas(low)
    if not lemmas.get("VERB"):
        return False
    if previous.lower() in _MODALS:
        return True
    return not lemmas.get("NOUN") and not lemmas.get("ADJ") and not lemmas.get("PROPN")


def is_base_verb(word: str) -> bool:
    """The bare infinitive of a verb ("establish", "detect"), which can start a verb phrase."""
    low = word.lower()
    if low in {"be", "have", "do", "not"}:
        return False
    verbs = _lemmas(low).get("VERB", ())
    return low in verbs


def _is_ing_verb(word: str) -> bool:
    low = word.lower()
    return low.endswith("ing") and len(low) > 5 and any(v != low for v in _lemmas(low).get("VERB", ()))


# --------------------------------------------------------------------------
# Enumerations


def _segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated segments of ``text``, outside brackets."""
    out: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _first_item_start(segment: str, *, weak_verbs: bool = True) -> int | None:
    """Where the first listed item begins in the segment that introduces the list."""
    lowered = segment.lower()
    best = None
    for trigger in _TRIGGERS:
        for m in re.finditer(rf"(?<![\w-]){re.escape(trigger)}\s+", lowered):
            best = max(best or -1, m.end())
    toks = list(re.finditer(r"[^\W_]+(?:['’\-][^\W_]+)*", segment))
    weak = None
    for k, m in enumerate(toks):
        tok = m.group(0)
        prev = toks[k - 1].group(0) if k else ""
        if k == 0:
            verb = _is_ing_verb(tok) and len(toks) > 1  # "involving A, B and C" (not the item "banking")
        else:
            # An "-ing" word inside the segment is more often the first item ("including shipping").
            verb = is_verb(tok, prev) and not _is_ing_verb(tok)
            # "covers", "brings": a verb that is also a noun; the first one after the subject is the verb.
            if weak is None and tok.endswith("s") and prev.lower() not in STOPWORDS and _lemmas(tok).get("VERB"):
                weak = m.end()
        if tok.lower() in _BOUNDARY_PREPOSITIONS or verb:
            if best is None or m.end() > best:
                best = m.end()
    if best is None and weak_verbs:
        best = weak
    if best is None:
        return None
    while best < len(segment) and segment[best].isspace():
        best += 1
    return best


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _item_ok(item: str) -> bool:
    toks = words(item)
    if not toks or len(toks) > MAX_ITEM_WORDS or not content_words(item):
        return False
    first = toks[0].lower()
    if first in _CLAUSE_OPENERS or first in STOPWORDS and first not in {"the", "a", "an"}:
        return False
    participle = first.endswith(("ed", "en")) and len(toks) > 1  # "fortified global ties"
    if is_verb(first) and not _is_ing_verb(first) and not participle:
        return False  # "promotes conversation": a verb phrase, not an item
    if is_base_verb(first) and len(toks) > 1 and toks[1].lower() in {"the", "a", "an", "their", "its", "his", "her"}:
        return False  # "slow the heart rate"
    if any(ch in item for ch in ";:()\"“”"):
        return False
    # A clause ("the crust crumples upwards") is not an item.
    return not any(is_verb(t, toks[i - 1] if i else "") and not _is_ing_verb(t) for i, t in enumerate(toks[1:], 1))


def _option_text(item: str) -> str:
    return _ARTICLE.sub("", item.strip())


def find_enumerations(sentence: str) -> list[Enumeration]:
    """Inline enumerations of three or more short items (or ", from A to B") in ``sentence``."""
    found: list[Enumeration] = []
    body = sentence.rstrip()
    end_punct = ""
    if body[-1:] in ".!?":
        end_punct, body = body[-1], body[:-1]
    tail = _TAIL.search(body)
    cut = tail.start() if tail else len(body)
    text = body[:cut]
    segs = [_strip(text, a, b) for a, b in _segments(text)]
    j = 1
    while j < len(segs):
        a, b = segs[j]
        seg = text[a:b]
        last: tuple[int, int] | None = None
        items: list[tuple[int, int]] = []
        first_middle = j - 1
        m = re.match(r"(?:and|or)\s+", seg)
        if tail and j == len(segs) - 1 and not re.match(r"(?:and|or)\s", seg):
            last = (a, b)  # "A, B, C, and much more": the tail was cut off
        elif seg in ("and", "or") and j + 2 < len(segs):
            aside = text[segs[j + 1][0]: segs[j + 1][1]].lower()
            if aside in _ADVERB_ASIDES:
                la, lb = segs[j + 2]
                last = (la, lb)
        elif m:
            last = (a + m.end(), b)
        elif re.search(r"\s(?:and|or)\s", seg):
            # "A, B and C": the last segment holds two items.
            k = re.search(r"\s(?:and|or)\s", seg)
            before = _strip(text, a, a + k.start())
            after = _strip(text, a + k.end(), b)
            if _item_ok(text[before[0]:before[1]]) and _item_ok(text[after[0]:after[1]]):
                items = [before]
                last = after
        if last is None or not _item_ok(text[last[0]:last[1]]):
            j += 1
            continue
        middle: list[tuple[int, int]] = []
        i = first_middle
        start_item = None
        while i >= 0:
            sa, sb = segs[i]
            seg_i = text[sa:sb]
            if i > 0 and _item_ok(seg_i) and _first_item_start(seg_i, weak_verbs=False) is None:
                middle.insert(0, (sa, sb))
                i -= 1
                continue
            offset = _first_item_start(seg_i)
            if offset is not None and _item_ok(seg_i[offset:]):
                start_item = (sa + offset, sb)
            elif i == 0 and _item_ok(seg_i) and middle:
                start_item = None  # a list opening the sentence: its end is unclear
            break
        if start_item is None:
            j += 1
            continue
        spans = [start_item, *middle, *items, last]
        texts = [text[x:y] for x, y in spans]
        if len(spans) >= 3 and len({is_gerund(t) for t in texts}) == 1:
            span_end = last[1]
            rest = body[span_end:] if span_end < cut else ""
            rest = "" if tail and span_end >= cut - 1 else rest
            frame = body[: start_item[0]] + BLANK + rest + end_punct
            options = tuple(_option_text(t) for t in texts)
            if len({norm(o) for o in options}) == len(options):
                found.append(Enumeration(sentence, options, frame, False))
        j = (segs.index(last) if last in segs else j) + 1
    for m in re.finditer(r"(?:^|,\s*)from\s+([^,;]+?)\s+to\s+([^,;]+?)(?=$|,)", body, re.I):
        first, second = m.group(1), m.group(2)
        if any(ch.isdigit() for ch in first + second) or not (_item_ok(first) and _item_ok(second)):
            continue
        if is_gerund(first) != is_gerund(second) or is_base_verb(words(second)[0]):
            continue
        after = body[m.end():]
        if re.match(r",\s*(?:or|and)\s", after):
            continue  # "from A to B, or C": where the list ends is unclear
        prefix = body[: m.start()] + (m.group(0)[: m.group(0).lower().index("from")] if m.start() else "")
        frame = f"{prefix}from {BLANK} to {BLANK}{after}{end_punct}"
        frame = frame[0].upper() + frame[1:]
        found.append(Enumeration(sentence, (_option_text(first), _option_text(second)), frame, True))
    return found


# --------------------------------------------------------------------------
# Clauses

_VERB_CUE = re.compile(
    r"(?:\b(?:in order|so as|with the (?:aim|intention|goal)|(?:enabl|allow|help|empower|encourag)(?:e|es|ed|ing)? \w+|"
    r"(?:aims?|strives?|seeks?|serves?|helps?|tends?))\s+to\s+|"
    r"\b(?:can|could|may|might|will|must)\s+(?:also\s+|often\s+|still\s+)?)(?P<x>[^,;:]+)$",
    re.I,
)
_GERUND_CUE = re.compile(
    r"(?:^By\s+(?P<a>[^,;:]+?),\s|,\s*(?:thereby|thus)\s+(?P<b>[^,;:]+)$|"
    r"\b(?:role|roles|instrumental|pivotal|crucial|vital|essential|central|important)\s+in\s+(?P<c>[a-z]+ing\b[^,;:]*)$)"
)
_RESULT_CUE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:led|leads?)\s+to|(?:resulted|results?)\s+in|(?:gave|give|gives|given)\s+rise\s+to)\s+"
    r"(?P<x>[^,;:]+)$",
    re.I,
)


def _clause_ok(text: str) -> bool:
    n = word_count(text)
    return MIN_CLAUSE_WORDS <= n <= MAX_CLAUSE_WORDS and not any(ch in text for ch in "()\"“”")


def find_clauses(sentence: str) -> list[Clause]:
    """Purpose, means and result clauses of ``sentence`` that can be blanked whole."""
    body = sentence.rstrip()
    end_punct = ""
    if body[-1:] in ".!?":
        end_punct, body = body[-1], body[:-1]
    found: list[Clause] = []
    m = _VERB_CUE.search(body)
    if m:
        x = m.group("x")
        toks = words(x)
        first = toks[0] if toks else ""
        if first.lower().endswith("ly") and len(toks) > 1:
            first = toks[1]
        if _clause_ok(x) and is_base_verb(first) and word_count(body[: m.start()]) >= 2:
            found.append(Clause(sentence, "verb", x, body[: m.start("x")] + BLANK + end_punct))
    m = _GERUND_CUE.search(body)
    if m:
        group = next(g for g in "abc" if m.group(g))
        x = m.group(group)
        toks = words(x)
        if toks and _is_ing_verb(toks[0]) and _clause_ok(x):
            frame = body[: m.start(group)] + BLANK + body[m.end(group):] + end_punct
            found.append(Clause(sentence, "gerund", x, frame))
    m = _RESULT_CUE.search(body)
    if m:
        x = m.group("x")
        toks = words(x)
        lead = ""
        if toks and toks[0].lower() == "the":
            lead = x[: len(toks[0]) + 1]
            x = x[len(lead):]
            toks = toks[1:]
        nominal = toks and (not is_verb(toks[0]) or _is_ing_verb(toks[0]))  # "the bleaching of corals"
        if nominal and toks[0].lower() not in {"a", "an"} | _CLAUSE_OPENERS and _clause_ok(x):
            if word_count(body[: m.start()]) >= 2:
                found.append(Clause(sentence, "result", x, body[: m.start("x")] + lead + BLANK + end_punct))
    return found


# --------------------------------------------------------------------------
# References


_DESCRIBED = re.compile(r"(This|These)\s+(?:[a-z][\w-]*\s+){1,3}[a-z][\w-]*,\s+[a-z]+ed\s")
_DEMONSTRATIVE = re.compile(r"\b([Tt]his|[Tt]hese)\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]*)\b")


def resolve_demonstratives(sentence: str, previous: Sequence[str]) -> str:
    """Replace "these negotiations" by "diplomatic negotiations" when an earlier sentence names them.

    Only a demonstrative directly before its head noun is resolved, and only
    when the sentences just before name exactly one "<modifier> <head>"
    phrase; anything else is left as it is (and the rubric rejects it).
    """
    out = sentence
    described = _DESCRIBED.match(sentence)
    if described:
        # "These significant peace agreements, achieved through ...": a descriptive phrase that a
        # participle clause specifies reads as well with "The".
        return "The" + sentence[len(described.group(1)):]
    for m in list(_DEMONSTRATIVE.finditer(sentence))[::-1]:
        det, modifiers, head = m.group(1), m.group(2), m.group(3)
        if head in STOPWORDS or modifiers.strip():
            continue
        phrases: set[str] = set()
        for prev in previous:
            for p in re.finditer(rf"\b([A-Za-z][\w-]+)\s+({re.escape(head)})\b", prev):
                mod = p.group(1)
                if mod.lower() in STOPWORDS:
                    continue
                if p.start() == 0 and not mod.isupper():
                    mod = mod[0].lower() + mod[1:]  # sentence-initial capital
                phrases.add(f"{mod} {head}")
        if len({p.lower() for p in phrases}) != 1:
            continue
        phrase = phrases.pop()
        plural = det.lower() == "these"
        after_preposition = re.search(r"\b(?:of|in|among|between|for|to|with|by|from|on|at)\s*$", sentence[: m.start()])
        # "diplomatic negotiations have ..." but "one of the vitiating factors".
        replacement = phrase if plural and not after_preposition else f"the {phrase}"
        if m.start() == 0:
            replacement = replacement[0].upper() + replacement[1:]
        out = out[: m.start()] + replacement + out[m.end():]
    return out


def shares_content(a: str, b: str) -> bool:
    """True when two phrases share a content word (inflections included)."""
    wb = content_words(b)
    return any(any(related(w, t) for t in wb) for w in content_words(a))


__all__ = ["Clause", "Enumeration", "find_clauses", "find_enumerations", "resolve_demonstratives", "shares_content"]
