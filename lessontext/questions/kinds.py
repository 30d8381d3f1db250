"""Which kinds of mention a question may blank out or swap for another of the same kind."""

from __future__ import annotations

from .text import norm_phrase

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
