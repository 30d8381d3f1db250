"""A publishing gate (:class:`Gate`) and the ordered list every gate registers in (:data:`GATES`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["GATES", "Gate", "register"]


@dataclass(frozen=True)
class Gate:
    """A named check on a (term, definition) pair: the definition to publish, or None to drop the entry.

    ``check(term, definition, headwords)`` may look at the other headwords of
    the same glossary (``headwords``) to tell a checklist from a term.
    """

    name: str
    check: Callable[[str, str, Sequence[str]], str | None]
    # (term, definition, what the gate returns): the behaviour a test asserts.
    examples: tuple[tuple[str, str, str | None], ...]
    # The glossary's headwords when the examples are checked.
    example_headwords: tuple[str, ...] = ()
    # Also refuse a candidate before the merge, so a usable definition of the same term can win; False when
    # polishing may still repair the definition ("these steps") or the gate needs the whole glossary.
    on_candidates: bool = True


GATES: list[Gate] = []


def register(gate: Gate) -> Gate:
    """Append ``gate`` to :data:`GATES`: gates run in the order they register."""
    GATES.append(gate)
    return gate
