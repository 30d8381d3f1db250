"""Words that tie a lifted statement to a sentence not shown: a conclusion, "both", "the same", "other"."""

import pytest

from lessontext.questions.sequel import points_back, without_conclusion


@pytest.mark.parametrize("statement, found", [
    # "both" with no "and" naming its two things (test-l, test-q).
    ("The SI unit for both is metres per second, written m/s.", "both"),
    ("The mule combined features of both machines to produce fine, strong thread, and the loom came later.", "both"),
    ("Canada and the United States run teams that bring together police from both countries.", None),
    ("The fleet includes the A330 and the KC-46, both of which refuel in flight.", None),
    ("Both mitosis and meiosis divide cells.", None),
    # "the same" with no "as" (test-o); with "as" the sentence compares its own parts.
    ("Runoff moves slowly in the same direction, completing the cycle.", "the same"),
    ("A class of 24 has the same ratio as a class of 12.", None),
    # A comparison closing its clause with no "than" (test-e, test-k, test-o).
    ("The Stockholm Document of 1986 went much further.", "further"),
    ("Advising goes a step further: advisers work alongside commanders.", "further"),
    ("Less than a year earlier, in December 2018, drone sightings disrupted flights.", "earlier"),
    ("The army later contributed troops to UN operations.", None),
    ("The Document went further than any earlier text.", None),
    ("Further training followed in 1990.", None),
    # A subject "other" than something not shown (test-q).
    ("Other arrangements aim to prevent accidents rather than to end fighting.", "Other"),
    ("Another approach pools the aircraft.", "Another"),
    ("Some arrangements differ from other treaties.", None),
    ("The treaty was signed in 1990.", None),
])
def test_points_back_finds_the_relation_with_no_other_end(statement, found):
    assert points_back(statement) == found


@pytest.mark.parametrize("statement, alone", [
    # A conclusion inside the sentence: raters on test-n and test-p asked to drop it (context lost).
    ("Break-even analysis is therefore best treated as a guide rather than an exact prediction.",
     "Break-even analysis is best treated as a guide rather than an exact prediction."),
    ("Cooperation must, therefore, be sustained.", "Cooperation must be sustained."),
    ("The law was passed and thus came into force.", "The law was passed and came into force."),
    ("Thus far, few states have ratified it.", "Thus far, few states have ratified it."),
    ("It is thus far unclear.", "It is thus far unclear."),
    # A ", then," between commas concludes too; a "then" of time stays.
    ("Mapping, then, is a continuing task.", "Mapping is a continuing task."),
    ("The tide turned, and then the ships sailed.", "The tide turned, and then the ships sailed."),
])
def test_without_conclusion_drops_the_adverb_that_concludes_from_before(statement, alone):
    assert without_conclusion(statement) == alone
