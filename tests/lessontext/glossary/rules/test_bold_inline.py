"""The bold_inline rule: a bold phrase mid-sentence that the sentence explains."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Most surveys report the **sample mean**, which is the sum of the values divided by their count.",
            {}, ("Sample mean",),
            id="which-is-with-a-pronoun-is-left-alone",
        ),
        pytest.param(
            "To compare offers, many shoppers use the **unit price**, which is cost divided by weight.",
            {"Unit price": ("defined", "Cost divided by weight.")}, (),
            id="bold-then-which-is-a-bare-noun-phrase",
        ),
        pytest.param(
            "Many textbooks use the **running total method**, which adds each new value to the sum so far.",
            {"Running total method": ("defined", "A method that adds each new value to the sum so far.")}, (),
            id="bold-then-which-verb",
        ),
        pytest.param(
            "In **wet milling**, which is carried out by large mills, grain is soaked before grinding.",
            {"Wet milling": ("defined", "Milling that is carried out by large mills.")}, (),
            id="bold-then-which-passive-keeps-its-head",
        ),
        pytest.param(
            "Current is measured with an **ammeter**, which must be connected in series. Meters vary in size.",
            {}, ("Ammeter",),
            id="one-word-bold-then-which-has-no-head-noun",
        ),
        pytest.param(
            "Bread rises thanks to **yeasts**, which are microscopic fungi that feed on sugar. Bakers buy them dried.",
            {"Yeasts": ("defined", "Microscopic fungi that feed on sugar.")}, (),
            id="one-word-bold-then-which-is-a-noun-phrase",
        ),
        pytest.param(
            "At a joint the bone ends are covered in smooth **cartilage**, which reduces friction between them."
            " Glucose is joined into **cellulose**, which strengthens cell walls.",
            {"Cellulose": ("defined", "Strengthens cell walls.")}, ("Cartilage",),
            id="one-word-bold-then-which-does-in-the-present-unless-a-pronoun",
        ),
        pytest.param(
            "The retina holds **cones**, which need bright light and detect colour. The budget shows a **surplus**,"
            " which can be saved. Peace came with a **truce**, which ended the war in 1648. Ovaries make"
            " oestrogen and **progesterone**, which control the monthly cycle.",
            {"Cones": ("defined", "Need bright light and detect colour.")}, ("Surplus", "Truce", "Progesterone"),
            id="one-word-bold-then-which-verb-agrees-with-a-plural-not-a-modal-past-or-mismatch",
        ),
        pytest.param(
            "Everything gives off energy as **radiation**, and hot things give off more. Sunlight is short-wave"
            " radiation, which passes fairly easily through the atmosphere.",
            {}, ("Radiation",),
            id="one-word-bold-then-which-only-where-the-bold-first-names-it",
        ),
        pytest.param(
            "Voltage is measured with a **voltmeter**, which is always connected in parallel. Meters vary in size.",
            {}, ("Voltmeter",),
            id="one-word-bold-then-which-is-an-adverb-and-passive",
        ),
        pytest.param(
            "The interest rate quoted by a bank is the **nominal rate**. What matters for your purchasing power"
            " is the **real rate**, which takes inflation into account.\n",
            {
                "Nominal rate": ("defined", "The interest rate quoted by a bank."),
                "Real rate": ("defined", "A rate that takes inflation into account."),
            },
            (),
            id="subject-named-in-bold-after-is-the",
        ),
        pytest.param(
            "A useful shortcut for estimating growth is the **rule of 72**: divide 72 by the rate to find the"
            " years it takes to double.\n",
            {"Rule of 72": ("defined", "A useful shortcut for estimating growth: divide 72 by the rate to find the"
                            " years it takes to double.")},
            (),
            id="colon-after-the-bold-complement-adds-what-it-says",
        ),
        pytest.param(
            "In his speech, Lord Atkin set out the **neighbour principle**: we must take reasonable care to avoid"
            " acts that could injure our neighbour.\n\nThe court then applied the **new test**: see below.\n",
            {"Neighbour principle": ("defined", "The principle that we must take reasonable care to avoid acts that"
                                     " could injure our neighbour.")},
            ("New test",),
            id="principle-named-in-bold-with-the-proposition-after-the-colon",
        ),
        pytest.param(
            "- moving to 2.1.1 signals a **patch**: a bug fix that changes nothing else;\n"
            "- moving to 2.2.0 signals a **minor** release: new features that remain compatible with old code;\n"
            "- moving to 3.0.0 signals a **major** release: we tell users early.\n",
            {
                "Patch": ("defined", "A bug fix that changes nothing else."),
                "Minor release": ("defined", "A release with new features that remain compatible with old code."),
            },
            ("Bug fix", "Major release"),
            id="bold-name-then-colon-and-a-noun-phrase-gloss-but-not-a-clause",
        ),
        pytest.param(
            "The most important is the **dominant seventh**. This is the **leading note**."
            " The chord is the **tonic triad**.\n",
            {},
            ("Dominant seventh", "Leading note", "Tonic triad"),
            id="ranking-pointing-or-too-short-subjects-do-not-explain",
        ),
        pytest.param(
            "A higher orbit is a much longer path, so the **orbital period**, the time for one complete orbit, rises "
            "steeply with height.\n",
            {"Orbital period": ("defined", "The time for one complete orbit.")},
            (),
            id="the-appositive-ends-where-the-subjects-verb-follows",  # test-ee, both raters: "..., rises steeply"
        ),
        pytest.param(
            "This conclusion is the seed of Cartesian **dualism**, the view, developed later in the *Meditations*, that "
            "mind and body are two distinct kinds of substance.\n",
            {"Dualism": ("defined", "The view, developed later in the Meditations, that mind and body are two distinct "
                                    "kinds of substance.")},
            (),
            id="a-participle-aside-inside-the-appositive-is-no-verb-of-the-subject",  # test-dd, accepted
        ),
        pytest.param(
            "Air first enters through the **intake**, the smooth, rounded opening at the front of the engine.\n",
            {"Intake": ("defined", "The smooth, rounded opening at the front of the engine.")},
            (),
            id="two-adjectives-before-the-noun-are-no-verb-of-the-subject",  # test-dh, accepted by both
        ),
    ],
)
def test_bold_inline(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("A ridge of high ground that separates two river basins is a **divide**; rain falling on either "
                     "side flows away from it.",
                     {"Divide": ("defined", "A ridge of high ground that separates two river basins.")}, (),
                     id="a-second-clause-after-a-semicolon"),
        pytest.param("It is a **divide**; rain falling on either side flows away from it.", {}, ("Divide",),
                     id="a-pronoun-subject-still-explains-nothing"),
    ],
)
def test_a_bold_complement_before_a_second_main_clause(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("When a team scores more goals than it concedes, the result is a **winning season**.",
                     {}, ("Winning season",),
                     id="a-condition-with-a-pronoun-leans-on-the-sentence"),
        pytest.param("When rainfall exceeds evaporation, the result is a **water surplus**, and the rivers rise.",
                     {"Water surplus": ("defined", "The result when rainfall exceeds evaporation.")}, (),
                     id="the-result-under-a-condition"),
        pytest.param("When a melody moves by step without leaps, the effect is described as **conjunct motion**.",
                     {"Conjunct motion": ("defined", "The effect when a melody moves by step without leaps.")}, (),
                     id="the-effect-described-as"),
        pytest.param("If the string is pressed against a fret, the note is **stopped**.",
                     {"Stopped": ("defined", "Said of a note when the string is pressed against a fret.")}, (),
                     id="an-adjective-said-of-the-subject-under-a-condition"),
        pytest.param("When Anna Smith paints a portrait of her sister, the sister is a **sitter**.",
                     {}, ("Sitter",),
                     id="a-named-case-is-an-example-not-a-definition"),
        pytest.param("If the ratio is greater than 2, the bridge is **stiff**: it bends very little under load.",
                     {}, ("Stiff",),
                     id="a-colon-gloss-is-left-to-the-colon-rule"),
        pytest.param("When two notes sound at the same time, they are **harmonic intervals**.",
                     {}, ("Harmonic intervals",),
                     id="a-pronoun-subject-after-the-condition-names-nothing-to-say-it-of"),
        pytest.param("When the air is still, the process is known as **radiative cooling**.",
                     {}, ("Radiative cooling",),
                     id="a-definite-subject-other-than-the-result-points-back"),
        pytest.param("When this pump fails, the result is a **dry well**.",
                     {}, ("Dry well",),
                     id="a-demonstrative-in-the-condition-points-back"),
    ],
)
def test_a_condition_then_the_bold_term_it_names(body, expected, absent):
    check(body, expected, absent)
