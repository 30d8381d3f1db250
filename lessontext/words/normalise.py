"""Normalisation shared by extraction, merging and linking.

``term_key`` is the one function that decides when two surface forms are the
same term: case, accents, hyphenation ("co-operative" / "cooperative"),
possessive 's and the plural of the head noun are folded away.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from types import MappingProxyType
from typing import TypeVar

from lemminflect import getAllLemmas as _lemminflect_all_lemmas
from lemminflect import getInflection as _lemminflect_inflection
from lemminflect.core.Lemmatizer import Lemmatizer

__all__ = [
    "fold", "getAllLemmas", "getInflection", "group_by_key", "lemma_pos", "singular", "span_key", "term_key", "token_spans",
    "token_spans_cached", "tokens", "WORD_RE",
]

# A word: letters/digits, with inner apostrophes, hyphens, slashes or dots
# ("co-operative", "Efes-2022", "HTTP/1.1", "state-of-the-art").
WORD_RE = re.compile(r"[^\W_]+(?:(?:['’\-/.]|&)[^\W_]+)*")

_INVARIANT = frozenset(
    """
    series species news means physics mathematics economics politics ethics
    logistics athletics diabetes measles headquarters aircraft spacecraft sheep
    fish deer corps chassis gas atlas alias canvas bias lens chaos cosmos ethos
    thermos kudos status virus bus campus census bonus focus process access
    analysis basis thesis crisis synthesis photosynthesis hypothesis diagnosis
    emphasis axis genesis metamorphosis osmosis mitosis meiosis
    this its thus always perhaps whereas yes less unless
    """.split()
)
_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "criteria": "criterion", "phenomena": "phenomenon", "stomata": "stoma",
    "indices": "index", "matrices": "matrix", "appendices": "appendix",
    "vertices": "vertex", "alumni": "alumnus", "fungi": "fungus",
    "nuclei": "nucleus", "cacti": "cactus", "radii": "radius", "stimuli": "stimulus",
    "larvae": "larva", "formulae": "formula", "antennae": "antenna",
    "incunabula": "incunabulum", "bacteria": "bacterium", "curricula": "curriculum",
    "memoranda": "memorandum", "strata": "stratum", "mitochondria": "mitochondrion",
    "data": "data", "media": "media", "leaves": "leaf", "lives": "life",
    "knives": "knife", "wives": "wife", "halves": "half", "shelves": "shelf",
    "wolves": "wolf", "thieves": "thief", "selves": "self", "calves": "calf",
}


_NO_LEMMAS: MappingProxyType = MappingProxyType({})
_NO_POS: frozenset[str] = frozenset()


@lru_cache(maxsize=65536)
def getAllLemmas(word: str):  # noqa: N802 - same name and result as lemminflect's
    """lemminflect's ``getAllLemmas(word)``, cached; read-only, as it is shared between callers.

    lemminflect deep-copies its tables on every call (most of its cost); the
    tables hold tuples of strings, so a shallow copy gives the same result.
    """
    tables = _lemma_tables()
    if tables is None:
        return MappingProxyType(_lemminflect_all_lemmas(word))
    lowered = word.lower()
    entry = tables[0].get(lowered)
    override = tables[1].get(lowered)
    if not entry and not override:
        return _NO_LEMMAS
    lemmas = dict(entry) if entry else {}
    if override:
        lemmas.update(override)
    restyle = _caps_style(word)
    return MappingProxyType({
        upos: tuple([restyle(w) for w in forms]) if isinstance(forms, (list, tuple)) else restyle(forms)
        for upos, forms in lemmas.items()
    })


@lru_cache(maxsize=65536)
def lemma_pos(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows ``word`` as: ``frozenset(getAllLemmas(word).keys())``."""
    tables = _lemma_tables()
    if tables is None:
        return frozenset(_lemminflect_all_lemmas(word).keys())
    lowered = word.lower()
    entry = tables[0].get(lowered)
    override = tables[1].get(lowered)
    if not entry and not override:
        return _NO_POS
    if not override:
        return frozenset(entry)
    return frozenset(entry or ()) | frozenset(override)


def _noun_lemmas(word: str) -> tuple[str, ...] | None:
    """``getAllLemmas(word).get("NOUN")`` without building the other parts of speech."""
    tables = _lemma_tables()
    if tables is None:
        return getAllLemmas(word).get("NOUN")
    lowered = word.lower()
    override = tables[1].get(lowered)
    if override and "NOUN" in override:
        forms = override["NOUN"]
    else:
        entry = tables[0].get(lowered)
        forms = entry.get("NOUN") if entry else None
    if forms is None:
        return None
    restyle = _caps_style(word)
    return tuple([restyle(w) for w in forms]) if isinstance(forms, (list, tuple)) else restyle(forms)


def _caps_style(word: str) -> Callable[[str], str]:
    """lemminflect's caps style: its lemmas are spelt the way ``word`` is (upper, capitalised, lower)."""
    if word.isupper():
        return str.upper
    if word[:1].isupper():
        return str.capitalize
    return str.lower


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict, dict] | None:
    """lemminflect's lemma and override tables (as its ``getAllLemmas`` reads them), or None if unavailable."""
    try:
        lemmatizer = Lemmatizer()
        return lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    except AttributeError:  # another lemminflect version: use its public function
        return None


@lru_cache(maxsize=16384)
def getInflection(lemma: str, tag: str):  # noqa: N802 - same name and result as lemminflect's
    """lemminflect's ``getInflection(lemma, tag)``, cached; a tuple instead of a list."""
    result = _lemminflect_inflection(lemma, tag)
    return tuple(result) if result is not None else None


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return text.lower()


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """Singular of an English noun given in lower case (``word`` is folded)."""
    if len(word) < 4 or not word.isalpha() or not word.endswith("s") and word not in _IRREGULAR:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _INVARIANT or word.endswith(("ss", "us", "is", "ous", "ics")):
        return word
    lemmas = _noun_lemmas(word)
    if lemmas:
        # lemminflect lists the regular lemma first ("cookies" -> "cookie").
        return lemmas[0]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")) and "NOUN" in lemma_pos(word[:-2]):
        return word[:-2]
    return word[:-1]


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text``, possessive 's removed."""
    return [plain for _start, _end, plain, _single in token_spans(text)]


def _acronym_like(word: str) -> bool:
    """"HTTPS", "RuBP", "NADPH": never singularised ("HTTPS" is not "HTTP")."""
    if word.islower():
        return False  # no upper-case letter at all (the common case)
    return sum(ch.isupper() for ch in word) >= 2


@lru_cache(maxsize=16384)
def term_key(text: str) -> str:
    """Merge key of a term: "Defense Attachés" -> "defense attache"."""
    spans = token_spans(text)
    if spans and spans[0][2] in {"the", "a", "an"} and len(spans) > 1:
        spans = spans[1:]
    if not spans:
        return ""
    return span_key(spans, 0, len(spans))


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
