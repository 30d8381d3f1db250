"""lessontext.words.tokens: what a word is, and folding."""

import pytest

from lessontext.words import WORD_RE, first_clause, fold, split_words


def test_split_words_keeps_inner_punctuation():
    assert split_words("Efes-2022, HTTP/1.1 and state-of-the-art co-operation (e.g. ATP's)") == (
        "Efes-2022", "HTTP/1.1", "and", "state-of-the-art", "co-operation", "e.g", "ATP's",
    )


def test_split_words_is_the_word_pattern():
    text = "Rock & roll — it's 3.5 km."
    assert split_words(text) == tuple(WORD_RE.findall(text))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Attaché", "attache"),
        ("Co–operation", "co-operation"),
        ("Nation’s", "nation's"),
        ("HTTP", "http"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("offering up to £20,000 for a method, and a board", "offering up to £20,000 for a method"),
        ("5,474 round seeds, 1,850 wrinkled", "5,474 round seeds"),
        ("a ratio of 3, 4 or 5", "a ratio of 3"),
        ("in 1,2345 steps, then", "in 1"),
        ("no comma at all", "no comma at all"),
    ],
)
def test_first_clause_keeps_thousands_separators(text, clause):
    assert first_clause(text) == clause
