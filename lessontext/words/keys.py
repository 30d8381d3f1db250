"""When two surface forms are the same term, and word spans that carry their keys.

``term_key`` is the one function that decides: case, accents, hyphenation
("co-operative" / "cooperative"), possessive 's and the plural of the head
noun are folded away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from lessontext.words.lemmas import singular
from lessontext.words.tokens import WORD_RE, fold

__all__ = ["group_by_key", "span_key", "term_key", "token_spans", "token_spans_cached", "tokens"]


@lru_cache(maxsize=16384)
def term_key(text: str) -> str:
    """Merge key of a term: "Defense Attachés" -> "defense attache"."""
    spans = token_spans(text)
    if spans and spans[0][2] in {"the", "a", "an"} and len(spans) > 1:
        spans = spans[1:]
    if not spans:
        return ""
    return span_key(spans, 0, len(spans))


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text``, possessive 's removed."""
    return [plain for _start, _end, plain, _single in token_spans(text)]


def _acronym_like(word: str) -> bool:
    """"HTTPS", "RuBP", "NADPH": never singularised ("HTTPS" is not "HTTP")."""
    if word.islower():
        return False  # no upper-case letter at all (the common case)
    return sum(ch.isupper() for ch in word) >= 2


def _token_plain(word: str) -> str:
    word = fold(word)
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    return word.replace("-", "").replace("'", "")


def token_spans(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, plain, singular)`` for each word of ``text``.

    ``plain`` and ``singular`` are folded forms, so that
    ``" ".join(plain[i:j-1] + [singular[j-1]])`` is the :func:`term_key` of
    the words ``i..j`` (without the leading article rule).
    """
    return list(token_spans_cached(text))


@lru_cache(maxsize=2048)
def token_spans_cached(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """:func:`token_spans` as a tuple, cached: extraction tokenises the same sentences many times."""
    out = []
    for match in WORD_RE.finditer(text):
        plain, single = _word_forms(match.group(0))
        if plain:
            out.append((match.start(), match.end(), plain, single))
    return tuple(out)


@lru_cache(maxsize=65536)
def _word_forms(word: str) -> tuple[str, str]:
    plain = _token_plain(word)
    if _acronym_like(word):
        # "APIs" -> "api", but "HTTPS" stays "https".
        single = plain[:-1] if word.endswith("s") and word[:-1].isupper() and len(word) > 2 else plain
    else:
        single = singular(plain)
    return plain, single


def span_key(spans: list[tuple[int, int, str, str]], i: int, j: int) -> str:
    """The :func:`term_key` of the words ``spans[i:j]``."""
    words = [s[2] for s in spans[i : j - 1]]
    words.append(spans[j - 1][3])
    return " ".join(words)


T = TypeVar("T")


def group_by_key(items: Iterable[T], *, key: Callable[[T], str], aliases: Callable[[T], Iterable[str]]) -> list[list[T]]:
    """Group items whose keys meet directly or through an alias's key (union-find), in first-seen order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    items = list(items)
    for item in items:
        root = find(key(item))
        for alias in aliases(item):
            alias_key = term_key(alias)
            if alias_key:
                parent[find(alias_key)] = root
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(find(key(item)), []).append(item)
    return list(groups.values())
