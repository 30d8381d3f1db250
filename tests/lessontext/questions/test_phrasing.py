"""phrasing.lift: a framing label is dropped even when the sentence under it opens in lower case."""

import pytest

from lessontext.questions.phrasing import lift


@pytest.mark.parametrize(("sentence", "lifted"), [
    # test-l, test-g: "Key idea: most of ...", "Key point: for a ..." reached stems as layout residue.
    ("Key idea: most of the world's volcanoes are found along the edges of plates.",
     "Most of the world's volcanoes are found along the edges of plates."),
    ("Key point: for a fixed mass, pressure rises with temperature.", "For a fixed mass, pressure rises with temperature."),
    ("Example: the Pacific plate moves north-west.", "The Pacific plate moves north-west."),
    # The article "a" opens the sentence under the label (a reversal on test-q kept "key idea:" in its stem).
    ("Key idea: a reflex arc skips the brain, so the response is fast.", "A reflex arc skips the brain, so the response is fast."),
    # A label that names the topic stays, whatever the case after it.
    ("Height: tall plants are dominant.", "Height: tall plants are dominant."),
])
def test_a_framing_label_before_a_lower_case_sentence_is_dropped(sentence, lifted):
    assert lift(sentence) == lifted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A distributed system, by contrast, gives every developer a full copy.",
         "A distributed system gives every developer a full copy."),
        ("Descartes, in contrast, stressed doubt and reason.", "Descartes stressed doubt and reason."),
        ("Plants, on the other hand, make their own food.", "Plants make their own food."),
        # No contrast, or a contrast that names its other end: unchanged.
        ("Cells, for example, divide by mitosis.", "Cells, for example, divide by mitosis."),
        ("Rivers, in contrast to glaciers, flow quickly.", "Rivers, in contrast to glaciers, flow quickly."),
    ],
)
def test_cut_parenthetical_marker(sentence, expected):
    from lessontext.questions.phrasing import cut_parenthetical_marker

    assert cut_parenthetical_marker(sentence) == expected
