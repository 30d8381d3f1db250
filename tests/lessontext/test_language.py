"""A lesson's language and writing direction, from front matter or from its text."""

import pytest

from lessontext.language import detect_language, lesson_language, text_direction
from lessontext.sources import parse_source

ARABIC = "التعاون الدفاعي بين الدول يقوم على الثقة المتبادلة وتبادل الخبرات العسكرية والتدريب المشترك."
HEBREW = "שיתוף הפעולה הביטחוני בין המדינות מבוסס על אמון הדדי ועל חילופי ידע צבאי ואימונים משותפים."
ENGLISH = "Defence cooperation between states rests on mutual trust, shared training and the exchange of military know-how."
FRENCH = "La coopération de défense entre les États repose sur la confiance mutuelle et les exercices communs."


@pytest.mark.parametrize(("text", "language", "direction"), [
    (ARABIC, "ar", "rtl"), (HEBREW, "he", "rtl"), (ENGLISH, "en", "ltr"), (FRENCH, "fr", "ltr"),
])
def test_language_and_direction_are_read_from_the_text(text, language, direction):
    assert lesson_language({}, text) == (language, direction)


def test_front_matter_wins_and_bad_tags_are_ignored():
    assert lesson_language({"lang": "fa", "dir": "rtl"}, ENGLISH) == ("fa", "rtl")
    assert lesson_language({"language": "he"}, ENGLISH) == ("he", "rtl")  # a right-to-left language
    assert lesson_language({"lang": "<script>"}, ENGLISH) == ("en", "ltr")
    assert lesson_language({"dir": "sideways"}, ARABIC) == ("ar", "rtl")


def test_unsure_means_unsaid():
    assert detect_language("x y z") == ""  # too short to tell
    assert text_direction("1234 — !!") == "ltr"
    assert text_direction(f"{ARABIC} ok") == "rtl"  # mostly Arabic letters


def test_parsed_sources_carry_them():
    source = parse_source(f"# درس\n\n{ARABIC}\n".encode(), name="a.md", max_bytes=10_000)
    assert (source.language, source.direction) == ("ar", "rtl")
