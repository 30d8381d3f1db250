"""Entities: a capitalised word is a place only after a preposition of place."""

import pytest

from lessontext.questions.entities import build_lexicon, find_entities


@pytest.mark.parametrize("sentence, word, place", [
    ("The royal family was stopped at Varennes and brought back.", "Varennes", True),
    ("Attachés in Nairobi meet their colleagues weekly.", "Nairobi", True),
    ("The king claimed his authority from God and ruled alone.", "God", False),
    ("Modern negligence is traced to Donoghue v Stevenson, decided in 1932.", "Donoghue", False),
    ("The word comes from Greek and means a layer.", "Greek", False),
])
def test_a_place_follows_a_preposition_of_place(sentence, word, place):
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert (kinds.get(word) == "place") is place
