"""Caching what every learner sees the same, safely for several app servers.

Pages keep what is the same for every learner (a lesson's sections and
neighbours, a course's lessons, its glossary terms) in Django's cache: Redis
when ``REDIS_URL`` is set, shared by every app server, else each process's
local memory. Keys carry the course's ``content_version``, which any change to
the course's lessons, glossary or quizzes bumps in the database (in the same
transaction as the change), so the next request on any server reads the new
version with the course row it loads anyway: an edit shows everywhere at once
and old entries simply expire.

Per-instance saves and deletes bump through signals (admin edits included);
services that write in bulk (``bulk_create``, ``update``) call
:func:`content_changed` themselves.

What one learner sees of their own records (the dashboard, a course's outline,
their standing in a lesson) is keyed the same way by their ``LearnerVersion`` token, which every change of their progress,
attempts or flashcards replaces (:func:`learner_changed`, signals for saves and
deletes).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save

from .models import Course, LearnerVersion

T = TypeVar("T")

TIMEOUT = 60 * 60
PREFIX = "lf"


def content_changed(**course_lookup) -> None:
    """Bump the content version of the courses matching ``course_lookup`` (e.g. ``pk=3``, ``lessons=7``)."""
    Course.objects.filter(**course_lookup).update(content_version=F("content_version") + 1)


def content_key(course: Course, name: str, *parts) -> str:
    """A cache key for ``name`` of ``course`` as its content stands now."""
    return ":".join([PREFIX, name, str(course.pk), str(course.content_version), *map(str, parts)])


def cached(key: str, compute: Callable[[], T], timeout: int = TIMEOUT) -> T:
    """``compute()``'s value, from the cache when it is there."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def cached_per_course(courses, name: str, compute: Callable[[list[int]], dict[int, T]],
                      timeout: int = TIMEOUT) -> dict[int, T]:
    """``name`` of each course (by pk), from the cache; ``compute(pks)`` reads the missing ones together."""
    keys = {course.pk: content_key(course, name) for course in courses}
    found = cache.get_many(list(keys.values()))
    values = {pk: found[key] for pk, key in keys.items() if key in found}
    if missing := [pk for pk in keys if pk not in values]:
        fresh = compute(missing)
        cache.set_many({keys[pk]: fresh[pk] for pk in missing}, timeout)
        values.update({pk: fresh[pk] for pk in missing})
    return values


def _on_save_or_delete(model, name: str, handler) -> None:
    post_save.connect(handler, sender=model, weak=False, dispatch_uid=f"{name}-{model._meta.label}")
    post_delete.connect(handler, sender=model, weak=False, dispatch_uid=f"{name}-del-{model._meta.label}")


def bump_on_change(model, course_lookup: Callable[[object], dict]) -> None:
    """Bump the course of every saved or deleted ``model`` instance; ``course_lookup`` finds it."""

    def bump(sender, instance, **kwargs):
        if not kwargs.get("raw"):
            content_changed(**course_lookup(instance))

    _on_save_or_delete(model, "content-version", bump)


# The tokens this request has read, by user id: a page reads a learner's token once, often together
# with the course it loads anyway. Set per request by ``LearnerTokenMiddleware``; None outside requests.
_request_tokens: ContextVar[dict[int, str] | None] = ContextVar("learner_tokens", default=None)


def learner_changed(user_id: int) -> None:
    """Give the learner a new version token: their cached pages are recomputed on any server (1 query)."""
    token = uuid.uuid4()
    LearnerVersion.objects.bulk_create(
        [LearnerVersion(user_id=user_id, token=token)],
        update_conflicts=True, unique_fields=["user"], update_fields=["token"],
    )
    remember_learner_token(user_id, token)


def remember_learner_token(user_id: int, token) -> None:
    """Note ``token`` (None: the learner has none yet) as ``user_id``'s for the rest of this request.

    ``token`` is a UUID, or the database's own form of one from a plain SQL query (SQLite: 32 hex digits):
    either is kept as the UUID's string, so every page keys the learner's entries alike.
    """
    if (tokens := _request_tokens.get()) is not None:
        tokens[user_id] = str(uuid.UUID(str(token))) if token else "new"


def learner_token(user) -> str:
    """The learner's current version token (1 query, none when this request has read it already)."""
    tokens = _request_tokens.get()
    if tokens is not None and user.pk in tokens:
        return tokens[user.pk]
    token = LearnerVersion.objects.filter(user_id=user.pk).values_list("token", flat=True).first()
    remember_learner_token(user.pk, token)
    return str(token or "new")


class LearnerTokenMiddleware:
    """Scope the learner tokens a request reads to that request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = _request_tokens.set({})
        try:
            return self.get_response(request)
        finally:
            _request_tokens.reset(scope)


def learner_key(user, name: str, *parts) -> str:
    """A cache key for ``name`` of ``user``'s own records as they stand now (1 query: their token)."""
    return ":".join([PREFIX, name, str(user.pk), learner_token(user), *map(str, parts)])


def bump_learner_on_change(model, user_id: Callable[[object], int], *, unless_only: frozenset = frozenset()) -> None:
    """Give the learner of every saved or deleted ``model`` instance a new token; ``user_id`` finds them.

    A save whose ``update_fields`` are all in ``unless_only`` changes nothing a
    cached page shows (a quiz's autosaved answers) and costs no write.
    """

    def bump(sender, instance, **kwargs):
        fields = kwargs.get("update_fields")
        if kwargs.get("raw") or (fields and unless_only and set(fields) <= unless_only):
            return
        learner_changed(user_id(instance))

    _on_save_or_delete(model, "learner-version", bump)
