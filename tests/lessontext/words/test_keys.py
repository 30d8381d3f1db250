"""lessontext.words.keys: term_key, the one normalisation used for merging and matching, and the spans that carry it."""

import pytest

from lessontext.words import group_by_key, span_key, term_key, token_spans, tokens


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Defense attachés", "defense attache"),
        ("Defense Attaches", "defense attache"),
        ("defense attaché", "defense attache"),
        ("Co-operative Security", "cooperative security"),
        ("cooperative security", "cooperative security"),
        ("The Calvin cycle", "calvin cycle"),
        ("Army Diplomacy's", "army diplomacy"),
        ("Joint Military Exercises", "joint military exercise"),
        ("policies", "policy"),
        ("cookies", "cookie"),
        ("stomata", "stoma"),
        ("crises", "crisis"),
        ("analysis", "analysis"),
        ("photosynthesis", "photosynthesis"),
        ("species", "species"),
        ("leaves", "leaf"),
        ("HTTPS", "https"),
        ("APIs", "api"),
        ("NATO", "nato"),
        ("Efes-2022 Live Fire Exercise", "efes2022 live fire exercise"),
        ("  ", ""),
    ],
)
def test_term_key(text, key):
    assert term_key(text) == key


def test_glossary_exports_the_same_term_key():
    from lessontext.glossary import term_key as glossary_term_key

    assert glossary_term_key is term_key


def test_token_spans_carry_offsets_plain_and_singular_forms():
    text = "The cell's Mitochondria, and APIs."
    spans = token_spans(text)
    assert [text[s:e] for s, e, _plain, _single in spans] == ["The", "cell's", "Mitochondria", "and", "APIs"]
    assert [plain for _s, _e, plain, _single in spans] == ["the", "cell", "mitochondria", "and", "apis"]
    assert [single for _s, _e, _plain, single in spans] == ["the", "cell", "mitochondrion", "and", "api"]


def test_span_key_is_the_term_key_of_the_words():
    spans = token_spans("Ribosomes make proteins")
    assert span_key(spans, 0, 1) == term_key("Ribosomes") == "ribosome"
    assert span_key(spans, 1, 3) == term_key("make proteins") == "make protein"


def test_tokens_are_folded_without_possessive():
    assert tokens("Gödel's Co-operative") == ["godel", "cooperative"]


def test_group_by_key_joins_keys_through_aliases_in_first_seen_order():
    items = [("World Health Organization", {"WHO"}), ("cell", set()), ("WHO", set()), ("cells", set())]
    groups = group_by_key(items, key=lambda i: term_key(i[0]), aliases=lambda i: i[1])
    assert [[name for name, _ in group] for group in groups] == [["World Health Organization", "WHO"], ["cell", "cells"]]
