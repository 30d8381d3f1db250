"""A registry of named, prioritised rules, after Python-Markdown's ``markdown.util.Registry``.

Glossary rules and question families each register one small object with a
``name`` and a ``priority``; the pipelines iterate the registry instead of
wiring rules by hand, so adding a rule is adding one module.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, Protocol, TypeVar


class Named(Protocol):
    name: str
    priority: int


T = TypeVar("T", bound=Named)


class Registry(Generic[T]):
    """Items by unique name, iterated highest priority first (ties in registration order)."""

    def __init__(self) -> None:
        self._items: dict[str, T] = {}
        self._sorted: tuple[T, ...] | None = None

    def register(self, item: T) -> T:
        """Add ``item`` under ``item.name`` and return it, so a module can write ``RULE = registry.register(...)``."""
        if item.name in self._items:
            raise ValueError(f"a rule named {item.name!r} is already registered")
        self._items[item.name] = item
        self._sorted = None
        return item

    def __iter__(self) -> Iterator[T]:
        if self._sorted is None:
            order = {name: i for i, name in enumerate(self._items)}
            self._sorted = tuple(sorted(self._items.values(), key=lambda item: (-item.priority, order[item.name])))
        return iter(self._sorted)

    def __getitem__(self, name: str) -> T:
        return self._items[name]

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __len__(self) -> int:
        return len(self._items)

    def names(self) -> tuple[str, ...]:
        return tuple(item.name for item in self)
