"""Which kinds of mention a question may blank out or swap for another of the same kind."""

from __future__ import annotations

from lessontext.words import getAllLemmas

from .text import norm_phrase, words

GLOSSARY_SWAPPABLE = frozenset(
    f"glossary:{k}" for k in ("country", "organisation", "programme", "exercise", "equipment", "person", "place")
)

SWAPPABLE_KINDS = ("country", "organisation", "person", "place", "year")
FILL_KINDS = ("country", "organisation", "person", "place", "year", "acronym")


def fillable_kind(kind: str) -> bool:
    """A mention of this kind may be blanked out of its sentence."""
    return kind in FILL_KINDS or kind.startswith(("name:", "quantity:", "glossary:"))


def swappable_kind(kind: str) -> bool:
    """A mention of this kind may be swapped for another of its kind to make a false statement."""
    # Glossary terms "defined" or "concept" are too broad a kind: swapping two
    # of them yields nonsense or a statement that may still be true.
    return kind in SWAPPABLE_KINDS or kind.startswith(("name:", "quantity:")) or kind in GLOSSARY_SWAPPABLE


def name_class(kinds: dict[str, str], term: str) -> str | None:
    """The entity kind of ``term`` (person, place, ...) when it is a swappable one, else None."""
    kind = kinds.get(norm_phrase(term))
    return kind if kind in SWAPPABLE_KINDS else None


def personal_name(name: str) -> bool:
    """A name one of whose words English does not use as a common word ("Luca Pacioli", "Pope Julius II"),
    not a capitalised phrase of ordinary words ("Accounts Payable"; raters on test-d: a nonsense swap)."""
    # A letter is no part of a name ("Transaction B", "Step C"; raters on test-d: a nonsense swap).
    if name.endswith(("'s", "’s")):
        return False  # "St Mary's", "Lloyd's": a church, a school or a firm named by its owner, no person
    lemmas = [getAllLemmas(w.lower()) for w in words(name) if len(w) > 1]
    if any(set(found) == {"VERB"} for found in lemmas):
        return False  # "Suppose Maya": a worked example's opening verb run into a name
    return any(not found or found.get("PROPN") for found in lemmas)


def opening_adjective(name: str, start: int) -> bool:
    """``name`` opens its sentence with an adjective English has no noun of ("Crowded Soho", "Medieval
    Paris"): capitalised by its place, it describes a place, it names no person."""
    toks = words(name)
    if start > 0 or len(toks) < 2:
        return False
    lemmas = getAllLemmas(toks[0].lower())
    return "ADJ" in lemmas and "NOUN" not in lemmas and "PROPN" not in lemmas
