"""lessontext.words.lemmas: cached lemminflect look-ups and the singular of a noun."""

import pytest
from lemminflect import getAllLemmas as lemminflect_all_lemmas
from lemminflect import getInflection as lemminflect_inflection

from lessontext.words import folded_singular, getAllLemmas, getInflection, lemma_pos, past_tense, singular, word_pos


@pytest.mark.parametrize("word", ["cells", "Running", "HTTP", "leaves", "better", "xyzzy"])
def test_cached_lemmas_match_lemminflect(word):
    assert dict(getAllLemmas(word)) == {pos: tuple(forms) for pos, forms in lemminflect_all_lemmas(word).items()}
    assert lemma_pos(word) == frozenset(lemminflect_all_lemmas(word))


def test_cached_inflection_matches_lemminflect():
    assert getInflection("run", "VBZ") == tuple(lemminflect_inflection("run", "VBZ"))


def test_word_pos_ignores_case():
    assert word_pos("Forms") == lemma_pos("forms")
    assert "NOUN" in word_pos("Forms") and "VERB" in word_pos("Forms")
    assert word_pos("xyzzy") == frozenset()


@pytest.mark.parametrize(
    ("word", "single"),
    [("cookies", "cookie"), ("policies", "policy"), ("boxes", "box"), ("species", "species"),
     ("analysis", "analysis"), ("bacteria", "bacterium"), ("leaves", "leaf"), ("gas", "gas"), ("cell", "cell")],
)
def test_singular(word, single):
    assert singular(word) == single


def test_folded_singular_folds_first():
    assert folded_singular("Attachés") == "attache"
    assert folded_singular("Bacteria") == "bacterium"


@pytest.mark.parametrize(("word", "past"), [
    ("sat", True), ("stood", True), ("ran", True), ("held", True),
    ("respond", False),  # a base form
    ("formed", False),  # also an adjective ("well formed"): not only a verb
    ("room", False),
])
def test_past_tense_is_a_verb_only_past_form(word, past):
    assert past_tense(word) is past
