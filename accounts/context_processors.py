"""Template context about the user's role."""

from django.utils.functional import SimpleLazyObject

from .services import user_is_instructor_cached


def roles(request):
    """``is_instructor``: whether to offer the instructor workspace (computed only when a template asks)."""
    return {"is_instructor": SimpleLazyObject(lambda: user_is_instructor_cached(request.user))}
