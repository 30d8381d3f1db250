"""lessontext.glossary.salience: the features of a lesson's noun phrases, and the learned score over them."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.salience import FEATURES, phrase_features, probability, salient_phrases

LESSON = parse_document(
    "# Harbour Pilots\n\n"
    "Large ships entering a port take on a **harbour pilot**, a sailor who knows the local channels. "
    "The Pilotage Board (PB) licenses every harbour pilot. Crews often drink coffee on deck.\n\n"
    "## Tugboats\n\n"
    "A harbour pilot directs the tugboats by radio. Tugboats push the hull. The coffee is strong.\n"
)


def _features(key: str) -> dict[str, float]:
    return next(f for p, f in phrase_features(LESSON) if p.key == key)


@pytest.mark.parametrize(
    ("key", "feature", "value"),
    [
        pytest.param("harbour pilot", "bold", 1.0, id="bold-phrase"),
        pytest.param("coffee", "bold", 0.0, id="plain-phrase-not-bold"),
        pytest.param("harbour pilot", "in_title", 1.0, id="title-names-it"),
        pytest.param("coffee", "in_title", 0.0, id="title-does-not-name-it"),
        pytest.param("tugboat", "in_heading", 1.0, id="heading-names-it"),
        pytest.param("pilotage board", "abbreviation", 1.0, id="given-an-abbreviation-in-brackets"),
        pytest.param("coffee", "abbreviation", 0.0, id="no-abbreviation"),
        pytest.param("pilotage board", "capitalised", 1.0, id="capitalised-inside-a-sentence"),
        pytest.param("coffee", "capitalised", 0.0, id="lower-case"),
        pytest.param("harbour pilot", "first_position", 0.0, id="first-sentence-is-position-zero"),
    ],
)
def test_phrase_features(key, feature, value):
    assert _features(key)[feature] == pytest.approx(value)


def test_every_feature_is_computed_for_every_phrase():
    assert all(set(f) == set(FEATURES) for _p, f in phrase_features(LESSON))


def test_rare_words_score_a_lower_zipf_than_everyday_ones():
    assert _features("tugboat")["min_zipf"] < _features("coffee")["min_zipf"]


def test_a_bold_defined_phrase_is_more_salient_than_an_incidental_one():
    scores = {p.key: p.score for p in salient_phrases(LESSON)}
    assert scores["harbour pilot"] > scores["coffee"]
    assert all(0.0 <= s <= 1.0 for s in scores.values())


def test_probability_is_a_logistic_of_the_standardised_dot_product():
    weights = {"features": ["a", "b"], "means": {"a": 1.0, "b": 0.0}, "scales": {"a": 2.0, "b": 1.0},
               "weights": {"a": 2.0, "b": -1.0}, "intercept": 0.0}
    assert probability({"a": 1.0, "b": 0.0}, weights) == pytest.approx(0.5)
    assert probability({"a": 3.0, "b": 0.0}, weights) > 0.8
    assert probability({"a": 1.0, "b": 3.0}, weights) < 0.1


@pytest.mark.parametrize("text", ["", "# Title\n"])
def test_a_document_without_running_text_has_no_salient_phrases(text):
    assert salient_phrases(parse_document(text)) == ()
