"""Item-level features of a generated question: what bench/gatestudy.py tests against the raters' verdicts."""

import pytest

from lessontext.questions.gatefeatures import features, item_key, position_in, specialist_words


@pytest.mark.parametrize(
    ("type_", "correct", "answers", "expected"),
    [
        ("fill_blank", (), ("mitosis", "mitoses"), "mitosis"),
        ("fill_blank", (), (), ""),
        ("single", ("Osmosis",), (), "Osmosis"),
        ("multiple", ("iron", "copper"), (), "iron copper"),
        ("true_false", ("True",), (), ""),  # a statement has no key to produce
        ("matching", (), (), ""),
    ],
)
def test_item_key(type_, correct, answers, expected):
    assert item_key(type_, correct=correct, answers=answers) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chlorophyll gives leaves their colour during photosynthesis.", 2),
        ("The attaché reports to the embassy.", 1),  # accented letters are one word
        ("Many countries play a part in this.", 0),  # everyday words only
        ("", 0),
    ],
)
def test_specialist_words(text, expected):
    assert specialist_words(text) == expected


def test_position_in():
    source = "First sentence here. Second sentence there."
    assert position_in(source, "First sentence here.") == 0
    assert 0.4 < position_in(source, "Second sentence there.") < 0.5
    assert position_in(source, "Not in the source.") == 0
    assert position_in(source, "") == 0


def _features(**overrides):
    item = {"type": "fill_blank", "stem": "_____ is the division of a cell nucleus.", "key": "Mitosis",
            "confidence": 0.623, "source_sentence": "Mitosis is the division of a cell nucleus."}
    return features(**{**item, **overrides})


@pytest.mark.parametrize(
    ("overrides", "name", "expected"),
    [
        ({}, "confidence", 0.62),
        ({}, "key_words", 1),
        ({"key": "the 1648 treaty"}, "key_number", True),
        ({}, "key_capitalised", True),
        ({"key": "cell nucleus"}, "key_capitalised", False),
        ({}, "key_defined", True),  # "Mitosis is ...": the key is the subject of a definition
        ({"source_sentence": "The cell nucleus divides by mitosis."}, "key_defined", False),
        ({"source_sentence": "Mitosis (from the Greek) refers to nuclear division."}, "key_defined", True),
        ({}, "key_headword", False),
        ({"headwords": {"mitosis"}}, "key_headword", True),
        ({}, "stem_refers", False),
        ({"stem": "It divides the _____ of a cell."}, "stem_refers", True),
        ({"type": "true_false", "key": "", "stem": "True or false? According to the text, the treaty was signed."},
         "statement_names", False),  # the lead's capitals do not count
        ({"type": "true_false", "key": "", "stem": "True or false? According to the text, the treaty was signed in 1648."},
         "statement_names", True),
        ({}, "stem_words", 8),
        ({}, "specialist_words", 0),  # "division", "cell", "nucleus" are everyday enough
        ({"stem": "In mitosis the _____ of a cell splits in two."}, "specialist_words", 1),
    ],
)
def test_features(overrides, name, expected):
    assert _features(**overrides)[name] == expected
