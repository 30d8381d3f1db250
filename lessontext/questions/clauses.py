"""The one clause of a sentence that carries a given word, and the checks that it can stand as a statement alone.

A false statement made by turning one word of a sentence should say one thing: beside the turned clause, the
sentence's other clauses are true, and a learner can judge the statement by them, or must weigh a long true tail
(raters on a test-o and a test-i lesson: "a three-clause statement of which only the first is altered", "the
falsehood is buried in a 'because' clause before a true definition").  A verb turned beside a second verb of the
same subject ("increases interception and slows runoff") makes the statement contradict itself (a test-j lesson),
and a bare "the speed" whose noun the sentences before it qualify ("Speed of sound: ...") loses what it measures
(a test-g lesson).
"""

from __future__ import annotations

import re

from lessontext.words import getAllLemmas, singular

from .text import words

# A clause opened by a cause: "Because energy decreases at each level, ecologists draw ...".
_BECAUSE = re.compile(r"^(?:because|since)\s+(?P<cause>[^,;:]+),\s+(?P<main>.+)$", re.I)
_DETERMINERS = frozenset("the a an its their his her this these that those some many more less".split())


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".;:, ")
    return text[:1].upper() + text[1:] + "."


def carrying_clause(statement: str, start: int, end: int) -> str | None:
    """Of ``statement``, the clause that holds the word at ``start:end``, as a sentence of its own: the side of a
    "; " or the clause of a list of clauses joined by ", and" that holds it, or the cause of an opening "Because
    ...," or the main clause after it.  The statement itself when it joins no clauses; None when the word's
    clause cannot be cut out whole (it sits in a clause between commas after its subject was named)."""
    if "; " in statement:
        cut = statement.rfind("; ", 0, start)
        after = statement.find("; ", end)
        piece = statement[cut + 2 if cut >= 0 else 0: after if after >= 0 else len(statement)]
        return carrying_clause(_sentence(piece), *_located(piece, statement[start:end]))
    because = _BECAUSE.match(statement)
    if because:
        if start < because.end("cause"):
            return _sentence(because.group("cause"))
        if statement.count(", ", 0, start) > 1:
            return None  # "Because the soil is present, often with seeds, ...": where the cause ends is unsure
        return _sentence(because.group("main"))
    reason = statement.find(", because ")
    if reason > end:
        return _sentence(statement[:reason])  # "X is less efficient than Y, because ...": the reason is true
    if ", and " not in statement:
        return statement
    joined = statement.rfind(", and ", 0, start)
    if joined >= 0:
        return None  # the word's clause follows the list: its subject may be shared, leave it
    comma = statement.find(", ", end)
    return _sentence(statement[:comma]) if comma >= 0 else statement


def _located(piece: str, word: str) -> tuple[int, int]:
    i = piece.find(word)
    return (i, i + len(word)) if i >= 0 else (0, 0)


def _inflected_verb(word: str) -> bool:
    verbs = getAllLemmas(word).get("VERB")
    return bool(verbs) and word not in verbs and word.endswith(("s", "ed"))


def coupled_verb(statement: str, start: int, end: int) -> bool:
    """The verb at ``start:end`` is one of two joined by "and" that share its subject ("increases interception
    and slows runoff", "and rises"): turned alone, the statement contradicts itself."""
    before = words(statement[:start])
    if before and before[-1].lower() == "and":
        return True
    clause = re.split(r"[,;:]", statement[end:], maxsplit=1)[0]
    after = words(clause)
    for i, tok in enumerate(after[:-1]):
        if tok.lower() != "and":
            continue
        nxt = after[i + 1].lower()
        if _inflected_verb(nxt) and (not getAllLemmas(nxt).get("NOUN")
                                     or (i + 2 < len(after) and after[i + 2].lower() in _DETERMINERS)):
            return True
    return False


# "the speed", "the angle": a subject "the <noun>" followed by no qualifier of its own.
_THE_NOUN = re.compile(r"\bthe\s+([a-z]+)\b(?!\s+(?:of|in|on|at|for|between|from|with|that|which|who)\b)", re.I)


def qualified_before(statement: str, earlier: str) -> str | None:
    """A bare "the <noun>" of ``statement`` whose noun the text ``earlier`` (the sentences before it) names with
    a qualifier ("Speed of sound: ... In air, the speed also increases"): which speed, the sentence does not
    say.  None when the statement names it in full."""
    for m in _THE_NOUN.finditer(statement):
        noun = singular(m.group(1).lower())
        if not getAllLemmas(m.group(1).lower()).get("NOUN"):
            continue
        if re.search(rf"\b{re.escape(noun)}s?\s+of\s+[a-z]", earlier, re.I):
            return m.group(0)
    return None
