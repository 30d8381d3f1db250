"""The course's true/false balance (``balance.balance_course``): spares join, Trues leave, a False joins only
from the spares and only to pair a True."""

from types import MappingProxyType

import pytest

from lessontext.questions import REASON_FEW, REASON_HELD_BACK, REASON_NO_CONTENT, QuizDraft, balance_course
from lessontext.questions.balance import MAX_FALSE_SHARE, MIN_FALSE_SHARE, keyed_true
from lessontext.questions.types import OptionDraft, QuestionDraft, QuestionType


def tf(name: str, truth: bool, confidence: float = 0.6, level: str = "remember") -> QuestionDraft:
    return QuestionDraft(type=QuestionType.TRUE_FALSE, stem=f"True or false? {name}", confidence=confidence,
                         options=(OptionDraft("True", truth), OptionDraft("False", not truth)), level=level)


def turned(name: str, confidence: float = 0.56) -> QuestionDraft:
    """A False that asks beyond recall (a direction reversed, a negation dropped)."""
    return tf(name, False, confidence, level="understand")


def fill(name: str) -> QuestionDraft:
    return QuestionDraft(type=QuestionType.FILL_BLANK, stem=name, answers=(name,), confidence=0.7)


def quiz(*questions: QuestionDraft, spare: tuple[QuestionDraft, ...] = ()) -> QuizDraft:
    return QuizDraft(questions=questions, reason="", candidates=len(questions), spare=spare)


def stems(drafts: list[QuizDraft]) -> list[list[str]]:
    return [[q.stem.removeprefix("True or false? ") for q in d.questions] for d in drafts]


def false_share(drafts: list[QuizDraft], trues: int = 0, falses: int = 0) -> float:
    keys = [keyed_true(q) for d in drafts for q in d.questions if keyed_true(q) is not None]
    trues += sum(keys)
    falses += len(keys) - sum(keys)
    return falses / (trues + falses)


def test_keyed_true_reads_the_correct_option():
    assert keyed_true(tf("a", True)) is True
    assert keyed_true(tf("a", False)) is False
    assert keyed_true(fill("a")) is None


@pytest.mark.parametrize(("drafts", "elsewhere", "expected"), [
    pytest.param(  # Spares join while the course stays at least 40% False, the thinnest quiz first.
        [quiz(fill("f1"), tf("t1", True), tf("f2", False), spare=(tf("s1", True),)),
         quiz(tf("f3", False), spare=(tf("s2", True), tf("s3", True)))],
        (0, 0),
        [["f1", "t1", "f2"], ["f3", "s2", "s3"]],
        id="thinnest-first",
    ),
    pytest.param(  # No False anywhere: a True alone would make the course 100% True.
        [quiz(fill("f1"), spare=(tf("s1", True),)), quiz(spare=(tf("s2", True),))],
        (0, 0),
        [["f1"], []],
        id="no-false-no-spare",
    ),
    pytest.param(  # Falses elsewhere in the course (another lesson, an instructor's) make room.
        [quiz(fill("f1"), spare=(tf("s1", True), tf("s2", True)))],
        (1, 3),
        [["f1", "s1", "s2"]],
        id="falses-elsewhere",
    ),
    pytest.param(  # Short of Falses: the least confident generated True leaves first; other items stay.
        [quiz(fill("f1"), tf("t1", True, 0.7), tf("f2", False)), quiz(tf("t2", True, 0.55), tf("f3", False))],
        (2, 0),
        [["f1", "t1", "f2"], ["f3"]],
        id="drop-least-confident-true",
    ),
    pytest.param(  # Trues written elsewhere outnumber every False: all generated Trues go, no False is added.
        [quiz(tf("t1", True), tf("f1", False), spare=(tf("s1", True),))],
        (9, 0),
        [["f1"]],
        id="drop-every-generated-true",
    ),
    pytest.param(  # A False waiting in one lesson lets another lesson's waiting True in, and one more.
        [quiz(fill("f1"), tf("t1", True), tf("f2", False)),
         quiz(fill("f3"), spare=(tf("w1", False),)),
         quiz(fill("f4"), spare=(tf("s1", True), tf("s2", True)))],
        (0, 0),
        [["f1", "t1", "f2"], ["f3", "w1"], ["f4", "s1", "s2"]],
        id="false-from-another-lesson",
    ),
    pytest.param(  # No True waits: the waiting False stays out, the course already within the band.
        [quiz(fill("f1"), tf("t1", True), tf("f2", False)), quiz(fill("f3"), spare=(tf("w1", False),))],
        (0, 0),
        [["f1", "t1", "f2"], ["f3"]],
        id="no-false-for-its-own-sake",
    ),
    pytest.param(  # The most confident waiting False joins first; the second is not needed for one True.
        [quiz(fill("f1"), spare=(tf("w1", False, 0.56), tf("s1", True))),
         quiz(fill("f3"), spare=(tf("w2", False, 0.58),))],
        (0, 0),
        [["f1", "s1"], ["f3", "w2"]],
        id="most-confident-false",
    ),
    pytest.param(  # Short of Falses: a waiting False joins before a generated True leaves.
        [quiz(fill("f1"), tf("t1", True, 0.7), tf("f2", False)), quiz(tf("t2", True, 0.55), spare=(tf("w1", False),))],
        (1, 0),
        [["f1", "t1", "f2"], ["t2", "w1"]],
        id="false-before-dropping-a-true",
    ),
    pytest.param(  # A waiting False that asks beyond recall joins for its own sake: 2 of 4 keyed False.
        [quiz(fill("f1"), tf("t1", True), tf("f2", False)), quiz(fill("f3"), spare=(turned("r1"),))],
        (1, 0),
        [["f1", "t1", "f2"], ["f3", "r1"]],
        id="beyond-recall-false-joins",
    ),
    pytest.param(  # Not past 60%: the most confident first; a third would make 4 of 6 keyed False.
        [quiz(tf("t1", True), tf("f1", False), spare=(turned("r1", 0.5),)),
         quiz(fill("f3"), spare=(turned("r2", 0.58), turned("r3", 0.57)))],
        (1, 0),
        [["t1", "f1"], ["f3", "r2", "r3"]],
        id="beyond-recall-false-up-to-the-ceiling",
    ),
    pytest.param(  # Where a False must let a True in, one that asks beyond recall goes ahead of a recall False.
        [quiz(tf("t1", True), tf("f1", False), spare=(tf("s1", True), tf("w1", False, 0.9), turned("r1", 0.5)))],
        (0, 0),
        [["t1", "f1", "r1", "s1"]],
        id="beyond-recall-false-before-recall-false",
    ),
    pytest.param(  # Once the Trues have joined, another waiting False that asks beyond recall fits within 60%.
        [quiz(tf("t1", True), tf("f1", False), spare=(tf("s1", True), turned("r1")))],
        (0, 1),
        [["t1", "f1", "s1", "r1"]],
        id="beyond-recall-false-after-the-trues",
    ),
    pytest.param(  # Already within 40-60% with nothing spare: nothing changes.
        [quiz(tf("t1", True), tf("f1", False), tf("f2", False))],
        (0, 0),
        [["t1", "f1", "f2"]],
        id="unchanged",
    ),
])
def test_balance_course(drafts, elsewhere, expected):
    trues, falses = elsewhere
    balanced = balance_course(drafts, keyed_true_elsewhere=trues, keyed_false_elsewhere=falses)
    assert stems(balanced) == expected
    # No false statement is added but a spare one, and every non-true/false item stays.
    for before, after in zip(drafts, balanced):
        assert {q for q in after.questions if keyed_true(q) is not True} <= {
            q for q in (*before.questions, *before.spare) if keyed_true(q) is not True}
        assert {q for q in before.questions if keyed_true(q) is None} <= set(after.questions)
    # The course stands at least 40% False wherever it keeps a generated True, and at most 60% wherever a
    # False joined for its own sake.
    assert not any(keyed_true(q) for d in balanced for q in d.questions) or (
        false_share(balanced, trues, falses) >= MIN_FALSE_SHARE)
    joined = [q for d, b in zip(drafts, balanced) for q in b.questions if q.level != "remember" and q in d.spare]
    assert not joined or false_share(balanced, trues, falses) <= MAX_FALSE_SHARE


def test_the_course_lands_within_the_band_where_the_spares_allow():
    drafts = [quiz(tf(f"f{i}", False), spare=(tf(f"s{i}", True), tf(f"u{i}", True))) for i in range(5)]
    balanced = balance_course(drafts)
    assert MIN_FALSE_SHARE <= false_share(balanced) <= 0.6
    # One more True would take the course below the band.
    assert false_share(balanced, trues=1) < MIN_FALSE_SHARE


def test_a_lesson_regenerated_alone_keeps_what_the_course_gave_it():
    """Regenerating one lesson, the others' true/false questions counted as they stand, changes nothing."""
    drafts = [quiz(fill("a"), tf("f1", False), spare=(tf("s1", True),)),
              quiz(tf("f2", False), tf("t2", True), spare=(tf("s2", True), tf("s3", True))),
              quiz(fill("b"), spare=(tf("s4", True),))]
    course = balance_course(drafts)
    for i, draft in enumerate(drafts):
        others = [q for j, d in enumerate(course) if j != i for q in d.questions if keyed_true(q) is not None]
        trues = sum(keyed_true(q) for q in others)
        alone = balance_course([draft], keyed_true_elsewhere=trues, keyed_false_elsewhere=len(others) - trues)
        assert alone[0].questions == course[i].questions


def test_a_lesson_regenerated_alone_keeps_the_false_the_course_gave_it():
    """A False that joined to pair another lesson's True joins again when its lesson is regenerated alone."""
    drafts = [quiz(fill("a"), tf("f1", False), tf("t1", True)),
              quiz(fill("b"), spare=(tf("w1", False),)),
              quiz(fill("c"), spare=(tf("s1", True), tf("s2", True)))]
    course = balance_course(drafts)
    assert stems(course) == [["a", "f1", "t1"], ["b", "w1"], ["c", "s1", "s2"]]
    for i, draft in enumerate(drafts):
        others = [q for j, d in enumerate(course) if j != i for q in d.questions if keyed_true(q) is not None]
        trues = sum(keyed_true(q) for q in others)
        alone = balance_course([draft], keyed_true_elsewhere=trues, keyed_false_elsewhere=len(others) - trues)
        assert alone[0].questions == course[i].questions


def test_the_note_counts_the_questions_the_quiz_ends_with():
    structure = MappingProxyType({"labelled items": 0, "table rows": 0, "listed items": 0, "glossary terms": 1})
    draft = QuizDraft(questions=(), reason="none", candidates=1, spare=(tf("s1", True),), structure=structure)
    (balanced,) = balance_course([draft], keyed_false_elsewhere=2)
    assert len(balanced.questions) == 1 and balanced.spare == ()
    assert balanced.reason == REASON_FEW.format(n=1, s="")
    (held,) = balance_course([draft])
    assert held.questions == () and held.spare == draft.spare
    # Not "too little content": the teacher learns that a true statement waits, and what would bring it in.
    assert held.reason != REASON_NO_CONTENT
    assert held.reason == REASON_HELD_BACK.format(n=1, s="", verb="was", share=MIN_FALSE_SHARE, them="it")


def test_the_note_names_the_trues_held_back_beside_the_questions_kept():
    structure = MappingProxyType({"labelled items": 0, "table rows": 0, "listed items": 0, "glossary terms": 1})
    draft = QuizDraft(questions=(fill("f1"),), reason="before", candidates=3, spare=(tf("s1", True), tf("s2", True)),
                      structure=structure)
    (balanced,) = balance_course([draft])
    assert balanced.questions == draft.questions
    assert balanced.reason.startswith(REASON_FEW.format(n=1, s=""))
    assert "2 true statements that passed the quality checks were held back" in balanced.reason


def test_a_quiz_with_nothing_waiting_keeps_its_note():
    draft = QuizDraft(questions=(fill("f1"),), reason="before", candidates=1)
    (balanced,) = balance_course([draft])
    assert balanced.reason == "before"



def rich(n_trues: int, n_falses: int, size: int, name: str = "r") -> QuizDraft:
    """A quiz of ``size`` items: its Trues (less confident the later), its Falses, then fill-ins."""
    tfs = [tf(f"{name}t{i}", True, 0.7 - 0.01 * i) for i in range(n_trues)]
    tfs += [tf(f"{name}f{i}", False) for i in range(n_falses)]
    return quiz(*tfs, *(fill(f"{name}x{i}") for i in range(size - len(tfs))))


def thin(n: int, *waiting: str) -> QuizDraft:
    return quiz(*(fill(f"e{i}") for i in range(n)), spare=tuple(tf(w, True) for w in waiting))


# Every course below stands at the floor of 40% keyed False: a waiting True joins only in place of another.
@pytest.mark.parametrize(("drafts", "moved"), [
    pytest.param([rich(3, 2, 7), thin(1, "w1")], True, id="thin-takes-from-rich"),
    pytest.param([rich(3, 2, 7), thin(3, "w1")], True, id="three-items-is-still-thin"),
    pytest.param([rich(3, 2, 5), thin(1, "w1")], False, id="giver-at-the-usable-size-keeps"),
    pytest.param([rich(3, 2, 7), thin(4, "w1")], False, id="four-items-is-not-thin"),
    pytest.param([rich(1, 2, 7), quiz(tf("a", True), tf("b", True)), thin(1, "w1")], False,
                 id="giver-keeps-its-pairing"),
    pytest.param([rich(3, 2, 7), thin(1)], False, id="nothing-waiting"),
])
def test_a_thin_quiz_takes_a_true_from_a_rich_one(drafts, moved):
    balanced = balance_course(drafts)
    # The course's counts of True and False stay as they were.
    assert false_share(balanced) == false_share(drafts) == MIN_FALSE_SHARE
    before = stems(drafts)
    if moved:
        assert stems(balanced)[-1] == [*before[-1], "w1"]
        # The rich quiz gives its least confident True; it waits among that quiz's spares, and its note says so.
        assert stems(balanced)[0] == [s for s in before[0] if s != "rt2"]
        assert [q.stem for q in balanced[0].spare] == ["True or false? rt2"]
        assert "1 true statement that passed the quality checks was held back" in balanced[0].reason
    else:
        assert stems(balanced) == before


def test_a_true_moved_between_lessons_stays_when_either_is_regenerated_alone():
    drafts = [rich(3, 2, 7), thin(1, "w1", "w2")]
    course = balance_course(drafts)
    assert stems(course) == [["rt0", "rf0", "rf1", "rx0", "rx1"], ["e0", "w1", "w2"]]
    for i, draft in enumerate(drafts):
        others = [q for j, d in enumerate(course) if j != i for q in d.questions if keyed_true(q) is not None]
        trues = sum(keyed_true(q) for q in others)
        alone = balance_course([draft], keyed_true_elsewhere=trues, keyed_false_elsewhere=len(others) - trues)
        assert alone[0].questions == course[i].questions
