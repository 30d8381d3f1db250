"""Cached lemminflect look-ups: lemmas, inflections, parts of speech, and the singular of a noun.

lemminflect deep-copies its tables on every call (most of its cost); these
read them once and cache by word, with the same results.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from types import MappingProxyType

from lemminflect import getAllLemmas as _lemminflect_all_lemmas
from lemminflect import getInflection as _lemminflect_inflection
from lemminflect.core.Lemmatizer import Lemmatizer

from lessontext.words.tokens import fold

__all__ = ["folded_singular", "getAllLemmas", "getInflection", "lemma_pos", "past_participle", "singular", "word_pos"]

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


def past_participle(word: str) -> bool:
    """``word`` is a verb's past participle ("created", "built", "set"), not an adjective only ("red")."""
    return any(word.lower() in (getInflection(lemma, "VBN") or ()) for lemma in getAllLemmas(word.lower()).get("VERB", ()))


def past_tense(word: str) -> bool:
    """``word`` is a verb's past tense ("sat", "stood", "held"), a verb only and not its base form ("respond")."""
    return word_pos(word) == {"VERB"} and any(word.lower() in (getInflection(lemma, "VBD") or ())
                                              for lemma in getAllLemmas(word.lower()).get("VERB", ()))


def word_pos(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows ``word`` (any case) as, cached by spelling: ``lemma_pos(word.lower())``."""
    result = _WORD_POS.get(word)
    if result is None:
        result = _WORD_POS[word] = lemma_pos(word.lower())
    return result


_WORD_POS: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=65536)
def folded_singular(word: str) -> str:
    """``singular(fold(word))``, cached: "Bacteria" -> "bacterium"."""
    return singular(fold(word))
