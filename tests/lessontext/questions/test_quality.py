"""The learned quality score: named features of made-up items, the dot product, the floor and the rank."""

from dataclasses import replace

import pytest

from lessontext.questions.candidate import Candidate
from lessontext.questions.quality import (
    Item,
    LessonFacts,
    Model,
    candidate_item,
    emphasis_of,
    features,
    lesson_facts,
    load_model,
    score,
    scored,
)
from lessontext.questions.types import MatchPair, QuestionType

SENTENCES = (
    "Glaciers carve deep valleys as they slide downhill.",
    "A moraine is the ridge of rock a glacier leaves behind.",
    "The bakery on the corner sells bread every morning.",
    "Meltwater from glaciers feeds many rivers in summer.",
)
LESSON = LessonFacts(sentences=SENTENCES, title="How Glaciers Shape Land",
                     paragraphs={SENTENCES[0]: 0, SENTENCES[1]: 0, SENTENCES[2]: 1, SENTENCES[3]: 1},
                     headwords=frozenset({"moraine"}))


def true_false(statement: str, *, truth: bool = True, sentence: str = SENTENCES[0]) -> Item:
    return Item(rule="true_statement", type="true_false", stem=f"True or false? According to the text, {statement}",
                source_sentence=sentence, confidence=0.52, truth=truth)


def blank(key: str, sentence: str = SENTENCES[1]) -> Item:
    return Item(rule="glossary_fill_blank", type="fill_blank", stem=sentence.replace(key, "_____"),
                source_sentence=sentence, confidence=0.6, answers=(key,))


@pytest.mark.parametrize(("statement", "name", "expected"), [
    ("they slide downhill and carve valleys.", "statement_refers", 1.0),
    ("glaciers slide downhill and carve valleys.", "statement_refers", 0.0),
    ("glaciers do not slide uphill.", "negated", 1.0),
    ("glaciers slide downhill.", "negated", 0.0),
    ("the largest glaciers slide fastest.", "compares", 1.0),
    ("glaciers slide downhill.", "compares", 0.0),
    ("glaciers (rivers of ice) slide downhill.", "statement_parenthesis", 1.0),
    ("glaciers slide downhill.", "statement_parenthesis", 0.0),
])
def test_statement_shapes(statement, name, expected):
    sentence = statement[0].upper() + statement[1:]  # a True states its source sentence
    assert features(true_false(statement, sentence=sentence), LESSON)[name] == expected


def test_the_swaps_of_one_sentence_score_alike():
    swapped = [true_false(f"{who} carved the valley.", truth=False, sentence="Glaciers carved the valley.")
               for who in ("Rivers", "Winds")]
    assert features(swapped[0], LESSON) == features(swapped[1], LESSON)


@pytest.mark.parametrize(("item", "name", "expected"), [
    (blank("moraine"), "key_headword", 1.0),
    (blank("ridge of rock"), "key_headword", 0.0),
    (blank("moraine"), "key_words", 1),
    (blank("ridge of rock"), "key_words", 3),
    (true_false("glaciers slide.", truth=True), "keyed_true", 1.0),
    (true_false("bakeries slide.", truth=False), "keyed_true", 0.0),
    (blank("moraine"), "rule:glossary_fill_blank", 1.0),
    (blank("moraine"), "type:fill_blank", 1.0),
])
def test_key_and_indicator_features(item, name, expected):
    assert features(item, LESSON)[name] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    (SENTENCES[0], 1.0),  # the first sentence of its paragraph
    (SENTENCES[1], 0.0),  # the second
    (SENTENCES[2], 1.0),  # a new paragraph starts
    ("A sentence the lesson does not hold.", 0.0),
])
def test_paragraph_opening(sentence, expected):
    assert features(true_false("glaciers slide.", sentence=sentence), LESSON)["paragraph_opening"] == expected


def test_a_sentence_on_the_lessons_subject_is_more_central_than_an_aside():
    on_subject = features(true_false("glaciers slide.", sentence=SENTENCES[3]), LESSON)
    aside = features(true_false("bakeries sell bread.", sentence=SENTENCES[2]), LESSON)
    assert on_subject["sentence_similarity"] > aside["sentence_similarity"]
    assert on_subject["sentence_centrality"] > aside["sentence_centrality"]


@pytest.mark.parametrize(("distractors", "expected"), [
    (("Drumlin", "Cirque"), 0.0),
    (("drumlin", "Cirque"), 0.5),
    (("drumlin", "cirque"), 1.0),
])
def test_option_case_mismatch(distractors, expected):
    item = Item(rule="glossary_description_to_term", type="single", stem="Which term does the text describe?",
                source_sentence=SENTENCES[1], confidence=0.6, correct=("Moraine",), distractors=distractors)
    assert features(item, LESSON)["option_case_mismatch"] == expected


def test_a_candidate_shows_the_item_the_raters_saw():
    c = Candidate(type=QuestionType.MATCHING, rule="matching", stem="Match each term.", source_anchor="s",
                  source_sentence="", explanation="", base=0.8,
                  pairs=(MatchPair("ridge of rock", "Moraine"), MatchPair("bowl in a mountain", "Cirque")))
    item = candidate_item(c)
    assert (item.type, item.pairs, item.key, item.confidence) == ("matching", 2, "", 0.8)


MODEL = Model(intercept=0.0, weights={"negated": 2.0, "key_words": -1.0}, means={"negated": 0.5, "key_words": 1.0},
              scales={"negated": 0.5, "key_words": 1.0}, floor=0.5)


@pytest.mark.parametrize(("found", "logit"), [
    ({"negated": 1.0, "key_words": 1}, 2.0),
    ({"negated": 0.0, "key_words": 1}, -2.0),
    ({"negated": 0.0, "key_words": 3}, -4.0),
    ({}, -1.0),  # absent features count 0: (0 - 0.5) / 0.5 * 2 + (0 - 1) / 1 * -1
])
def test_the_score_is_a_dot_product_over_standardised_named_features(found, logit):
    assert MODEL.logit(found) == pytest.approx(logit)


def candidate(kind: QuestionType, stem: str) -> Candidate:
    return Candidate(type=kind, rule="x", stem=stem, source_anchor="s", source_sentence=SENTENCES[1],
                     explanation="", base=0.6, answers=("moraine",) if kind is QuestionType.FILL_BLANK else (),
                     truth=True if kind is QuestionType.TRUE_FALSE else None)


def test_the_floor_drops_items_scored_poor_but_spares_true_false_statements():
    poor = Model(intercept=-5.0, weights={}, means={}, scales={}, floor=0.5)
    fill = candidate(QuestionType.FILL_BLANK, "A _____ is the ridge of rock a glacier leaves behind.")
    statement = candidate(QuestionType.TRUE_FALSE, "True or false? A moraine is a ridge of rock.")
    kept = scored([fill, statement], LESSON, poor)
    assert [c.type for c in kept] == [QuestionType.TRUE_FALSE]
    assert kept[0].quality == pytest.approx(score(statement, LESSON, poor))
    good = Model(intercept=5.0, weights={}, means={}, scales={}, floor=0.5)
    assert len(scored([fill, statement], LESSON, good)) == 2


@pytest.mark.parametrize(("quality", "rank"), [(None, 0.6), (0.9, 0.9), (0.1, 0.1)])
def test_the_selection_ranks_by_the_learned_score_when_there_is_one(quality, rank):
    c = replace(candidate(QuestionType.FILL_BLANK, "A _____ is a ridge."), quality=quality)
    assert c.rank == rank


def test_the_shipped_model_scores_between_zero_and_one():
    model = load_model()
    assert model is not None and 0.0 <= model.floor < 1.0 and 0.0 < model.blend <= 1.0
    value = score(candidate(QuestionType.FILL_BLANK, "A _____ is the ridge of rock a glacier leaves behind."), LESSON)
    assert 0.0 < value < 1.0


@pytest.mark.parametrize("item, expected", [
    # A true/false statement cut short of its sentence counts its sentence's words (7 of the lead + 12).
    (Item(rule="true_statement", type="true_false",
          stem="True or false? According to the text, the guild of Ghent was founded in 1302.",
          source_sentence="The guild of Ghent was founded in 1302, after a long quarrel with the count.",
          confidence=0.52, truth=True), 22),
    # A statement as long as its sentence: its own words.
    (Item(rule="true_statement", type="true_false",
          stem="True or false? According to the text, the guild of Ghent was founded in 1302.",
          source_sentence="The guild of Ghent was founded in 1302.", confidence=0.52, truth=True), 15),
    # Any other type: the stem's words, whatever its sentence.
    (Item(rule="glossary_fill_blank", type="fill_blank", stem="The guild of _____ was founded in 1302.",
          source_sentence="The guild of Ghent was founded in 1302, after a long quarrel with the count.",
          confidence=0.62, answers=("Ghent",)), 8),
])
def test_stem_words_of_a_cut_statement_count_its_sentence(item, expected):
    assert features(item, LessonFacts(sentences=(item.source_sentence,)))["stem_words"] == expected


BOLD = replace(LESSON, emphasis=emphasis_of(["Moraine ", "cirque", ""]))


@pytest.mark.parametrize(("item", "lesson", "expected"), [
    (blank("moraine"), BOLD, (1.0, 1.0, 1.0)),  # the key bolded, its sentence holds it, the lesson bolds
    (blank("ridge of rock"), BOLD, (1.0, 0.0, 1.0)),  # a plain phrase of a sentence that holds a bold one
    (blank("valleys", SENTENCES[0]), BOLD, (1.0, 0.0, 0.0)),  # neither the key nor its sentence bolded
    (blank("moraine"), LESSON, (0.0, 0.0, 0.0)),  # a lesson with no bold tells nothing
    (true_false("a moraine is a ridge.", sentence=SENTENCES[1]), BOLD, (1.0, 0.0, 1.0)),  # no key
])
def test_the_authors_bold(item, lesson, expected):
    found = features(item, lesson)
    assert (found["lesson_emphasis"], found["key_emphasised"], found["sentence_emphasis"]) == expected


def test_emphasis_is_compared_stripped_and_lower_cased():
    assert emphasis_of(["  Moraine", "CIRQUE", " "]) == frozenset({"moraine", "cirque"})
    assert lesson_facts(SENTENCES, emphasis=["Moraine"]).emphasis == frozenset({"moraine"})


def test_a_key_that_carries_its_sentence_is_closer_to_it_than_an_incidental_word():
    sentence = "A moraine is the ridge of rock and gravel that a retreating glacier leaves behind near the town."
    carrying = features(blank("moraine", sentence), LESSON)["key_sentence_similarity"]
    incidental = features(blank("town", sentence), LESSON)["key_sentence_similarity"]
    assert carrying > incidental
    assert features(true_false("glaciers slide."), LESSON)["key_sentence_similarity"] == 0.0
