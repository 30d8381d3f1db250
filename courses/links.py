"""Links to content pages, reversed once per process.

A page links to dozens of lessons, terms and quizzes, and ``reverse()`` is a
measurable share of its CPU (``bench/pagecost.py``). A URL is a pure function of
the URLconf, the script prefix and its arguments, so each is worked out once per
process and remembered (least recently used first out): nothing another server
would need to see.
"""

from __future__ import annotations

from functools import lru_cache

from django.core.signals import setting_changed
from django.urls import get_script_prefix, reverse


@lru_cache(maxsize=16384)
def _reverse(prefix: str, viewname: str, kwargs: tuple) -> str:
    return reverse(viewname, kwargs=dict(kwargs))


def content_url(viewname: str, **kwargs) -> str:
    """``reverse(viewname, kwargs=kwargs)``, remembered."""
    return _reverse(get_script_prefix(), viewname, tuple(kwargs.items()))


def _forget(*, setting, **kwargs) -> None:
    if setting == "ROOT_URLCONF":
        _reverse.cache_clear()


setting_changed.connect(_forget)
