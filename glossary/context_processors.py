"""Template context shared by every page."""

from django.utils.functional import SimpleLazyObject

from .selectors import flashcards_due_badge


def flashcards(request):
    # Lazy, so pages that never show the count never run its query.
    return {"flashcards_due": SimpleLazyObject(lambda: flashcards_due_badge(user=request.user))}
