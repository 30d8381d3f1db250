"""A lesson's language and writing direction: from its front matter, else read from its text.

The page sets ``lang`` and ``dir`` from these, so a lesson in Arabic or Hebrew
reads right to left and screen readers speak it in the right voice. Language
identification is py3langid's model, which ships inside its wheel (offline,
deterministic); it answers only when it is sure, else the lesson's language is
left unsaid ("") and the page's own applies.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

LTR, RTL = "ltr", "rtl"
# Primary language subtags written right to left (ISO 639-1 and common 639-3).
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"})
# A text whose letters are at least this share right-to-left (Arabic, Hebrew, Syriac, Thaana...) reads right to left.
RTL_SHARE = 0.5
MIN_PROBABILITY = 0.8
MIN_LETTERS = 20
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def text_direction(text: str) -> str:
    """``rtl`` when most of the text's letters are in a right-to-left script, else ``ltr``."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return LTR
    rtl = sum(1 for ch in letters if unicodedata.bidirectional(ch) in ("R", "AL"))
    return RTL if rtl / len(letters) >= RTL_SHARE else LTR


def detect_language(text: str) -> str:
    """The text's language as a primary subtag ("en", "ar"), or "" when unsure or too short."""
    if sum(1 for ch in text if ch.isalpha()) < MIN_LETTERS:
        return ""
    language, probability = _identifier().classify(text)
    return language if probability >= MIN_PROBABILITY else ""


def lesson_language(metadata: dict, text: str) -> tuple[str, str]:
    """(language, direction) of a lesson: front matter ``lang``/``language`` and ``dir`` first."""
    declared = str(metadata.get("lang") or metadata.get("language") or "").strip()
    language = declared if _LANGUAGE_TAG.match(declared) else detect_language(text)
    direction = str(metadata.get("dir") or "").strip().lower()
    if direction not in (LTR, RTL):
        primary = language.split("-")[0].lower()
        direction = RTL if primary in RTL_LANGUAGES or text_direction(text) == RTL else LTR
    return language, direction
