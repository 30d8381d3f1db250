from dataclasses import dataclass

import pytest

from lessontext.registry import Registry


@dataclass(frozen=True)
class Item:
    name: str
    priority: int


def test_iterates_highest_priority_first_ties_in_registration_order():
    registry = Registry()
    for item in (Item("low", 10), Item("high", 90), Item("mid-a", 50), Item("mid-b", 50)):
        registry.register(item)
    assert registry.names() == ("high", "mid-a", "mid-b", "low")
    assert len(registry) == 4


def test_register_returns_the_item_and_looks_it_up_by_name():
    registry = Registry()
    item = registry.register(Item("called_x", 40))
    assert item is registry["called_x"]
    assert "called_x" in registry and "other" not in registry


def test_a_name_is_registered_once():
    registry = Registry()
    registry.register(Item("twice", 1))
    with pytest.raises(ValueError, match="twice"):
        registry.register(Item("twice", 2))


def test_order_is_recomputed_after_a_late_registration():
    registry = Registry()
    registry.register(Item("a", 1))
    assert registry.names() == ("a",)
    registry.register(Item("b", 2))
    assert registry.names() == ("b", "a")
