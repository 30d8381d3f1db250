"""Roles and demo accounts."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction

INSTRUCTORS = "Instructors"
# How late the navigation's "Teach" link may follow a change of role made outside Django (a raw SQL edit).
ROLE_CACHE_TIMEOUT = 5 * 60
# Instructors curate content: every permission on these apps' models, except
# on learners' own records (progress, attempts), which they may only view.
INSTRUCTOR_APPS = ("courses", "glossary", "quizzes", "learning")
LEARNER_RECORD_MODELS = ("lessonprogress", "attempt", "response", "flashcard", "flashcardreview")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str


DEMO_ACCOUNTS = (
    DemoAccount("student", "student-demo-2026", "student"),
    DemoAccount("instructor", "instructor-demo-2026", "instructor"),
    DemoAccount("admin", "admin-demo-2026", "admin"),
)


def roles_ensure() -> Group:
    """Create or update the Instructors group and its permissions."""
    group, _ = Group.objects.get_or_create(name=INSTRUCTORS)
    permissions = Permission.objects.filter(content_type__app_label__in=INSTRUCTOR_APPS).select_related("content_type")
    group.permissions.set(
        p
        for p in permissions
        if p.content_type.model not in LEARNER_RECORD_MODELS or p.codename.startswith("view_")
    )
    return group


def user_is_instructor(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.groups.filter(name=INSTRUCTORS).exists())


def _instructor_key(user_id: int) -> str:
    return f"lf:is-instructor:{user_id}"


def user_is_instructor_cached(user) -> bool:
    """:func:`user_is_instructor` for the navigation's link, from the cache (a change of groups forgets it).

    Only the link is cached: every instructor page checks the role afresh.
    """
    if not user.is_authenticated:
        return False
    key = _instructor_key(user.pk)
    if (hit := cache.get(key)) is None:
        hit = user_is_instructor(user)
        cache.set(key, hit, ROLE_CACHE_TIMEOUT)
    return hit


def user_roles_forget(*user_ids: int) -> None:
    cache.delete_many([_instructor_key(pk) for pk in user_ids])


@transaction.atomic
def demo_accounts_ensure() -> list[tuple[DemoAccount, bool]]:
    """Create the demo accounts that are missing; never touch existing ones."""
    User = get_user_model()
    instructors = roles_ensure()
    results = []
    for account in DEMO_ACCOUNTS:
        if User.objects.filter(username=account.username).exists():
            results.append((account, False))
            continue
        user = User.objects.create_user(
            username=account.username,
            password=account.password,
            email=f"{account.username}@example.com",
            is_staff=account.role in ("instructor", "admin"),
            is_superuser=account.role == "admin",
        )
        if account.role == "instructor":
            user.groups.add(instructors)
        results.append((account, True))
    return results
