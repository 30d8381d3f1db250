"""Usernames that cannot pass for someone else's: no bare dots, no look-alike letters from another script."""

from __future__ import annotations

import unicodedata

from confusable_homoglyphs import confusables
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

# Names that would pass for the site's own staff; look-alikes of existing usernames are refused too.
RESERVED = frozenset({"admin", "administrator", "root", "staff", "support", "instructor", "teacher", "lessonforge"})

ERROR_NO_LETTER = "A username needs at least one letter or digit."
ERROR_MIXED = "This username mixes letters from different alphabets that look alike; use one alphabet."
ERROR_LOOKALIKE = "This username looks like an existing or reserved one; choose another."


def skeleton(name: str) -> str:
    """``name`` with every character that looks like a Latin one replaced by it, lower-cased and NFKC-normalised."""
    name = unicodedata.normalize("NFKC", name)
    found = confusables.is_confusable(name, greedy=True, preferred_aliases=["latin"]) or []
    latin = {
        item["character"]: next((h["c"] for h in item["homoglyphs"] if h["c"].isascii()), item["character"])
        for item in found
    }
    return "".join(latin.get(ch, ch) for ch in name).casefold()


def validate_username(name: str) -> None:
    """Refuse ``.``, ``..`` and the like, mixed-script look-alikes, and look-alikes of taken or reserved names."""
    if not any(ch.isalnum() for ch in name):
        raise ValidationError(ERROR_NO_LETTER, code="no_letter")
    if confusables.is_dangerous(name):
        raise ValidationError(ERROR_MIXED, code="mixed_script")
    plain = skeleton(name)
    if plain in RESERVED or (
        plain != name.casefold() and get_user_model().objects.filter(username__iexact=plain).exists()
    ):
        raise ValidationError(ERROR_LOOKALIKE, code="lookalike")
