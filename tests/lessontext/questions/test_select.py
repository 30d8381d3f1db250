"""Quiz assembly: the same candidates give the same quiz, whatever the random stream."""

import random
from dataclasses import replace

import pytest

from lessontext.questions.candidate import Candidate
from lessontext.questions.rules import GLOSSARY_FILL_BLANK
from lessontext.questions.select import choose
from lessontext.questions.types import QuestionType

TERMS = "osmosis granite nebula sonnet tariff enzyme glacier verdict lattice prism mantle".split()


def blank(n: int, base: float = 0.6) -> Candidate:
    term = TERMS[n]
    sentence = f"The {term} changes slowly in part {n}."
    return Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK, stem=sentence.replace(term, "_____"),
                     source_anchor=f"s{n}", source_sentence=sentence, explanation=sentence, base=base, key=term,
                     answers=(term,))


def test_the_choice_does_not_depend_on_the_random_stream():
    pool = [blank(i) for i in range(8)]
    first = choose(pool, rng=random.Random(0), target=4)
    for seed in (1, 2, 3):
        assert choose(pool, rng=random.Random(seed), target=4) == first


def test_adding_a_candidate_that_is_not_chosen_changes_nothing():
    pool = [blank(i) for i in range(8)]
    first = choose(pool, rng=random.Random(0), target=4)
    weak = blank(9, base=0.51)
    assert choose([*pool, weak], rng=random.Random(0), target=4) == first



def test_equal_scores_go_to_the_candidate_generated_first():
    pool = [blank(i) for i in range(8)]
    assert choose(pool, rng=random.Random(0), target=2) == pool[:2]
    assert choose(pool[::-1], rng=random.Random(0), target=2) == pool[::-1][:2]


def _meant(term: str, key: str, distractors: tuple[str, ...], n: int) -> Candidate:
    return Candidate(type=QuestionType.SINGLE, rule="glossary_term_to_definition",
                     stem=f"According to the text, what is meant by “{term}”?", source_anchor=f"d{n}",
                     source_sentence=f"{term} is {key}.", explanation="", base=0.6, correct=(key,),
                     distractors=distractors, kind="definition", original=term)


def test_a_definition_item_loses_distractors_another_item_shows_as_its_own():
    from lessontext.questions.select import without_shown_definitions

    doctrine = "A doctrine that promised support to countries resisting pressure from abroad"
    link = "A direct communication link between two capitals"
    tension, treaty = "A period of tension between two blocs", "A treaty that banned tests in the air"
    # The fill-in's stem is the doctrine's definition: the learner can strike that option out elsewhere.
    fill = Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK,
                     stem="The _____ promised support to countries resisting pressure from abroad.",
                     source_anchor="f", source_sentence="The Doctrine promised ...", explanation="", base=0.6,
                     key="Doctrine", answers=("Doctrine",))
    theory = _meant("Domino theory", "A belief that neighbours fall in turn", (doctrine, tension, treaty), 2)
    assert without_shown_definitions([fill, theory])[1].distractors == (tension, treaty)
    # One item's key offered as another's distractor goes too.
    hotline = _meant("Hotline", link, (tension, treaty), 1)
    theory = _meant("Domino theory", "A belief that neighbours fall in turn", (link, tension, treaty), 2)
    assert without_shown_definitions([hotline, theory]) == [hotline, _meant(
        "Domino theory", "A belief that neighbours fall in turn", (tension, treaty), 2)]
    # Never below two distractors: then the item stays as it was.
    short = _meant("Domino theory", "A belief that neighbours fall in turn", (link, tension), 2)
    assert without_shown_definitions([hotline, short]) == [hotline, short]


def test_when_not_every_shown_distractor_can_go_another_items_key_goes_first():
    from lessontext.questions.select import without_shown_definitions

    doctrine = "A doctrine that promised support to countries resisting pressure from abroad"
    link = "A direct communication link between two capitals"
    treaty = "A treaty that banned tests in the air"
    fill = Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK,
                     stem="The _____ promised support to countries resisting pressure from abroad.",
                     source_anchor="f", source_sentence="The Doctrine promised ...", explanation="", base=0.6,
                     key="Doctrine", answers=("Doctrine",))
    hotline = _meant("Hotline", link, (treaty, "A period of calm"), 1)
    # Two of three distractors are shown elsewhere: one may go, the hotline's key before the fill-in's stem.
    theory = _meant("Domino theory", "A belief that neighbours fall in turn", (doctrine, link, treaty), 2)
    chosen = without_shown_definitions([fill, hotline, theory])
    assert chosen[2].distractors == (doctrine, treaty)


def test_a_key_and_its_plural_are_one_key():
    """``stem`` alone cut "interval" to "interv" but "intervals" to "interval"."""
    from lessontext.questions.select import _key

    assert _key("intervals") == _key("interval")
    assert _key("Key signatures") == _key("key signature")


def _described(key: str, others: tuple[str, ...], n: int, rule: str = "description_to_term") -> Candidate:
    quoted = f"the thing of part {n}"
    return Candidate(type=QuestionType.SINGLE, rule=rule, stem=f"Which of the following does the text describe here? “{quoted}”",
                     quoted=quoted, source_anchor=f"s{n}", source_sentence=f"{key} is {quoted}.", explanation="",
                     base=0.7, key=key, correct=(key,), distractors=others)


def test_a_thin_quiz_may_ask_a_term_another_item_offers_as_a_wrong_option():
    """Siblings: each key is a distractor of the other. A full quiz keeps them apart; a thin one takes both."""
    median = _described("Median", ("Mode", "Mean"), 1)
    mode = _described("Mode", ("Median", "Mean"), 2, rule="glossary_description_to_term")
    assert choose([median, mode], rng=random.Random(0), target=10) == [median, mode]
    full = [replace(blank(i), rule=f"rule_{i}", type=kind)
            for i, kind in enumerate([QuestionType.FILL_BLANK, QuestionType.MULTIPLE] * 4)]
    chosen = choose([median, mode, *full], rng=random.Random(0), target=6)
    assert len(chosen) == 6 and not (median in chosen and mode in chosen)


def test_a_draft_is_capped_by_the_quizs_size_not_by_the_top_ups():
    # Three publishable items, two of one rule: the quiz has room, and a rule may fill 40% of ten places.
    # Counted from the draft pass's own stop (three items and two drafts), the rule's cap was two.
    link = "A direct communication link between two capitals"
    meant = _meant("Hotline", link, ("A period of tension between two blocs", "A treaty that banned tests"), 5)
    draft = blank(2, base=0.4)
    chosen = choose([blank(0), blank(1), meant, draft], rng=random.Random(0), target=10)
    assert draft in chosen and len(chosen) == 4


@pytest.mark.parametrize(("blocks", "expected"), [
    ([["A is first.", "B follows."], ["C stands alone."]], {"A is first.": 0, "B follows.": 0, "C stands alone.": 1}),
    ([[], ["Only one."]], {"Only one.": 1}),
    # A sentence repeated later keeps its first paragraph.
    ([["Same words."], ["Same words.", "New words."]], {"Same words.": 0, "New words.": 1}),
    ([], {}),
])
def test_paragraph_numbers_follow_the_lesson_order(blocks, expected):
    from lessontext.questions.select import paragraph_numbers

    assert paragraph_numbers(blocks) == expected


def _in_section(n: int, sentence: str, base: float) -> Candidate:
    term = TERMS[n]
    return Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK, stem=f"The _____ is part {n}.",
                     source_anchor="one-section", source_sentence=sentence, explanation=sentence, base=base,
                     key=term, answers=(term,))


@pytest.mark.parametrize(("second_base", "spread"), [
    (0.6, True),    # equal confidence: the unasked paragraph wins
    (0.55, True),   # a little less sure: still the unasked paragraph
    (0.45, False),  # far less sure (a draft): the asked paragraph's item wins
])
def test_a_quiz_spreads_over_the_paragraphs_of_one_section(second_base, spread):
    """One section, two paragraphs; the quiz has room for two items: the second comes from the other paragraph
    unless it is far less sure."""
    sentences = ["The osmosis works in the first paragraph.", "The granite lies in the first paragraph.",
                 "The nebula shines in the second paragraph."]
    paragraphs = {sentences[0]: 0, sentences[1]: 0, sentences[2]: 1}
    first, same, other = (_in_section(0, sentences[0], 0.7), _in_section(1, sentences[1], 0.6),
                          _in_section(2, sentences[2], second_base))
    chosen = choose([first, same, other], rng=random.Random(0), target=2, paragraphs=paragraphs)
    assert chosen[0] is first
    assert (chosen[1] is other) is spread
    # Without the lesson's paragraphs the quiz goes by confidence alone, as before.
    assert choose([first, same, other], rng=random.Random(0), target=2)[1] is (other if second_base > 0.6 else same)


@pytest.mark.parametrize(("markdown", "same", "apart"), [
    ("# T\n\nKelp grows fast. Kelp needs light.\n\nOtters eat urchins.\n",
     ("Kelp grows fast.", "Kelp needs light."), ("Kelp grows fast.", "Otters eat urchins.")),
    # A list is one paragraph, whatever its items; a new section starts a new one.
    ("# T\n\n- Sand drifts in wind.\n- Clay holds water.\n\n## Next\n\nSilt settles slowly.\n",
     ("Sand drifts in wind.", "Clay holds water."), ("Clay holds water.", "Silt settles slowly.")),
])
def test_a_lesson_numbers_its_paragraphs_and_lists(markdown, same, apart):
    from lessontext.document import parse_document
    from lessontext.questions import paragraphs

    numbers = paragraphs(parse_document(markdown))
    assert numbers[same[0]] == numbers[same[1]]
    assert numbers[apart[0]] != numbers[apart[1]]


def _fill(term: str, n: int) -> Candidate:
    sentence = f"Each morning the {term} is checked by the crew of part {n}."
    return Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK, stem=sentence.replace(term, "_____"),
                     source_anchor=f"f{n}", source_sentence=sentence, explanation=sentence, base=0.6, key=term,
                     answers=(term,))


@pytest.mark.parametrize(("distractors", "answers", "kept"), [
    # Another item's answer offered as a wrong option goes, while two wrong options remain.
    (("Ballast", "Rudder", "Keel"), {"keel"}, ("Ballast", "Rudder")),
    (("Ballasts", "Rudder", "Keel"), {"ballast"}, ("Rudder", "Keel")),  # a plural is the same answer
    # Two would have to go: the item stays as it was (and the quiz keeps the two items apart).
    (("Ballast", "Rudder", "Keel"), {"keel", "rudder"}, ("Ballast", "Rudder", "Keel")),
    (("Rudder", "Keel"), {"keel"}, ("Rudder", "Keel")),
    # No answer among the options: nothing to strike.
    (("Ballast", "Rudder", "Keel"), {"anchor"}, ("Ballast", "Rudder", "Keel")),
])
def test_an_answer_offered_as_a_wrong_option_elsewhere_is_struck(distractors, answers, kept):
    from lessontext.questions.select import _key, struck

    item = _described("Mast", distractors, 1)
    assert struck(item, frozenset(_key(a) for a in answers)).distractors == kept


def test_an_item_offering_a_fill_ins_answer_joins_without_that_option():
    """The fill-in asks for "keel"; the other item offers "Keel" as a wrong option among three: it joins, and the
    published item no longer shows the fill-in's answer."""
    keel = _fill("keel", 1)
    mast = _described("Mast", ("Ballast", "Rudder", "Keel"), 2)
    chosen = choose([keel, mast], rng=random.Random(0), target=10)
    assert sorted(c.rule for c in chosen) == ["description_to_term", GLOSSARY_FILL_BLANK]
    assert next(c for c in chosen if c.rule == "description_to_term").distractors == ("Ballast", "Rudder")
    # With only two wrong options it cannot lose one: the full quiz keeps them apart, as before.
    short = _described("Mast", ("Rudder", "Keel"), 2)
    full = [replace(blank(i), rule=f"rule_{i}", type=kind)
            for i, kind in enumerate([QuestionType.FILL_BLANK, QuestionType.MULTIPLE] * 4)]
    chosen = choose([keel, short, *full], rng=random.Random(0), target=6)
    assert not (keel in chosen and short in chosen)


def _listed(key: str, others: tuple[str, ...], n: int, rule: str = "description_to_term",
            kind: QuestionType = QuestionType.SINGLE) -> Candidate:
    return replace(_described(key, others, n, rule=rule), type=kind, claims=(f"key:{key.lower()}", "group:tools"))


@pytest.mark.parametrize(("first", "second", "both"), [
    # Two labels of one list, each asked once: the second's option naming the first's key goes.
    (_listed("Chisel", ("Plane", "Rasp", "Awl"), 1), _listed("Plane", ("Chisel", "Rasp", "Awl"), 2), True),
    # Each offers the other's key among only two wrong options: they would cue each other.
    (_listed("Chisel", ("Plane", "Rasp"), 1), _listed("Plane", ("Chisel", "Rasp"), 2), False),
    # Different rules of one list (a label for a quote, a quote for a label) show each other's halves.
    (_listed("Chisel", ("Plane", "Rasp", "Awl"), 1),
     _listed("Plane", ("Rasp", "Awl", "Saw"), 2, rule="term_to_description"), False),
    # A matching already asks every pair of the list.
    (_listed("Chisel", ("Plane", "Rasp", "Awl"), 1),
     _listed("Plane", ("Rasp", "Awl", "Saw"), 2, kind=QuestionType.MATCHING), False),
])
def test_a_labelled_list_may_give_a_second_item_of_the_same_rule(first, second, both):
    chosen = choose([first, second], rng=random.Random(0), target=10)
    assert len(chosen) == (2 if both else 1)
    if both:
        assert not any(c.key in o.distractors for c in chosen for o in chosen)


def test_a_labelled_list_gives_two_items_at_most():
    items = [_listed(k, tuple(x for x in ("Chisel", "Plane", "Rasp", "Awl", "Saw") if x != k), i)
             for i, k in enumerate(("Chisel", "Plane", "Rasp"))]
    assert len(choose(items, rng=random.Random(0), target=10)) == 2


@pytest.mark.parametrize(("candidate", "quiz", "why"), [
    (_fill("keel", 2), [_fill("keel", 1)], "typed_key_shown"),          # the same term asked twice
    (_fill("rudder", 2), [replace(_fill("keel", 1), source_sentence=_fill("rudder", 2).source_sentence)],
     "sentence_used"),
    (_fill("rudder", 2), [_described("Mast", ("Rudder", "Keel"), 1)], "typed_key_shown"),  # cannot strike
    (_fill("rudder", 2), [_described("Mast", ("Rudder", "Keel", "Boom"), 1)], None),        # struck instead
    (_fill("rudder", 2), [blank(i) for i in range(10)], "quiz_full"),
    (_listed("Saw", ("Chisel", "Rasp", "Awl"), 3),
     [_listed("Chisel", ("Plane", "Rasp", "Awl"), 1), _listed("Plane", ("Chisel", "Rasp", "Awl"), 2)], "claim_used"),
])
def test_refusal_names_the_quiz_level_rule_that_leaves_an_item_out(candidate, quiz, why):
    from lessontext.questions.select import refusal

    assert refusal(candidate, quiz, 10) == why


@pytest.mark.parametrize(("candidate", "why"), [
    # A name typed in part beside the same name in full: one answer asked twice.
    (_fill("Tomas Brand", 2), "typed_key_shown"),
    (_fill("Brand", 2), "typed_key_shown"),
    # Another name, or a common noun that opens its stem (capitalised only there), is another answer.
    (_fill("Ilse Vogel", 2), None),
    (replace(_fill("Brand", 2), stem="_____ is checked by the crew of part 2.",
             source_sentence="Brand is checked by the crew of part 2."), None),
])
def test_a_name_typed_in_part_beside_it_in_full_is_asked_twice(candidate, why):
    from lessontext.questions.select import refusal

    quiz = [_fill("Brand", 1)] if candidate.key == "Tomas Brand" else [_fill("Tomas Brand", 1)]
    assert refusal(candidate, quiz, 10) == why


def _volcano_blank(sentence: str, term: str, n: int, base: float = 0.6) -> Candidate:
    return Candidate(type=QuestionType.FILL_BLANK, rule=GLOSSARY_FILL_BLANK, stem=sentence.replace(term, "_____", 1),
                     source_anchor=f"v{n}", source_sentence=sentence, explanation=sentence, base=base, key=term,
                     answers=(term,))


# A made-up lesson on volcanoes: one sentence names three terms that three other sentences define.
HUB = _volcano_blank("A volcano forms where magma rises, collects in a crater and pours out as lava.",
                     "volcano", 0, base=0.7)
LEAVES = [
    _volcano_blank("Molten rock below the ground is called magma.", "magma", 1),
    _volcano_blank("The bowl-shaped hollow at the summit of a cone is its crater.", "crater", 2),
    _volcano_blank("Molten rock that reaches the surface is called lava.", "lava", 3),
]


def test_a_thin_quiz_does_not_let_one_item_keep_the_others_out():
    """Ranked first, the item whose stem names the other items' answers would leave a quiz of one: a thin quiz
    is ranked again with each candidate's cost in the items it keeps out, and holds the three it spared."""
    chosen = choose([HUB, *LEAVES], rng=random.Random(0), target=10)
    assert [c.key for c in chosen] == ["magma", "crater", "lava"]


def test_a_quiz_keeps_its_best_item_when_it_keeps_nothing_out():
    """Nothing named by the first item's stem is asked elsewhere: the first ranking stands."""
    hub = _volcano_blank("A volcano forms where molten rock rises through a weak point in the crust.", "volcano", 0,
                         base=0.7)
    chosen = choose([hub, *LEAVES], rng=random.Random(0), target=10)
    assert chosen[0] == hub and len(chosen) == 4


def test_a_full_quiz_is_not_ranked_again():
    """Five items or more: the quiz is not thin, and the first ranking stands even where it keeps one out."""
    others = [replace(blank(i), rule=f"rule_{i}") for i in range(5)]
    chosen = choose([HUB, *LEAVES, *others], rng=random.Random(0), target=10)
    assert HUB in chosen


def test_a_thin_quiz_is_not_ranked_again_for_one_item_more():
    """Two items for one is too little to give up the best-ranked item (``CROWDING_GAIN``)."""
    chosen = choose([HUB, *LEAVES[:2]], rng=random.Random(0), target=10)
    assert chosen == [HUB]


def _matched(terms: tuple[str, ...], n: int) -> Candidate:
    from lessontext.questions.types import MatchPair

    return Candidate(type=QuestionType.MATCHING, rule="matching", stem="Match each description with the term it describes.",
                     source_anchor=f"m{n}", source_sentence=f"Tools of part {n}.", explanation="", base=0.8,
                     pairs=tuple(MatchPair(prompt=f"What the {t.lower()} of part {n} does.", answer=t) for t in terms))


@pytest.mark.parametrize(("candidate", "quiz", "why"), [
    # A term a matching item pairs is asked: an item keyed by it repeats the question.
    (_described("Chisel", ("Hammer", "Drill", "Awl"), 2), [_matched(("Chisel", "Plane", "Rasp"), 1)], "key_twice"),
    # The other way round the matching would show the item's key among its terms.
    (_matched(("Chisel", "Plane", "Rasp"), 1), [_described("Chisel", ("Hammer", "Drill", "Awl"), 2)], "gives_away"),
    (_described("Hammer", ("Drill", "Awl", "Spade"), 2), [_matched(("Chisel", "Plane", "Rasp"), 1)], None),
])
def test_a_term_a_matching_item_pairs_is_not_keyed_again(candidate, quiz, why):
    from lessontext.questions.select import refusal

    assert refusal(candidate, quiz, 10) == why


KEY_TERMS = ("ore", "flux", "slag", "coke")


def _matching() -> Candidate:
    from lessontext.questions.types import MatchPair

    pairs = tuple(MatchPair(prompt=f"What the text says {t} is, in part {n}.", answer=t.capitalize())
                  for n, t in enumerate(KEY_TERMS))
    return Candidate(type=QuestionType.MATCHING, rule="matching", stem="Match each description with the term it describes.",
                     source_anchor="terms", source_sentence="ore: a rock ...", explanation="", base=0.82, pairs=pairs)


def _key_term_item(n: int, term: str) -> Candidate:
    others = ("Furnace", "Tower", "Blast")
    return Candidate(type=QuestionType.SINGLE, rule="description_to_term",
                     stem=f"Which of the following does the text describe as “what {term} is in part {n}”?",
                     source_anchor="terms", source_sentence=f"The {term} of part {n} is described here.", explanation="",
                     base=0.7, correct=(term.capitalize(),), distractors=others)


def test_a_matching_learners_get_is_not_traded_for_more_items_that_wait_for_review(monkeypatch):
    from lessontext.questions import gate

    # Whatever the ratings say today: a gate that publishes matchings and nothing else.
    monkeypatch.setattr(gate, "_rule_passes", lambda rule, measured: rule == "matching")
    singles = [_key_term_item(n, t) for n, t in enumerate(KEY_TERMS)]
    quiz = choose([_matching(), *singles], rng=random.Random(0), target=10)
    assert gate.publishable("matching", 0.82) and not gate.publishable("description_to_term", 0.7)
    assert [c.type for c in quiz].count(QuestionType.MATCHING) == 1  # (it had been left out for the four singles)
