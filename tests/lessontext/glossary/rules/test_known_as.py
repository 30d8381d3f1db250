"""The named_subject_aside and named_bold_subject rules: a subject named in an aside or in bold, then what it does."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "An ad hominem argument attacks the person. A related move, known as tu quoque, rejects criticism by"
            " pointing out that the critic behaves the same way.",
            {"Tu quoque": ("defined", "A move that rejects criticism by pointing out that the critic behaves the same"
                                      " way.")}, (),
            id="the-subject-noun-is-the-genus-and-the-verb-phrase-the-definition",
        ),
        pytest.param(
            "An ad hominem argument attacks the person. A related move, known as tu quoque, was discussed in the"
            " last lesson.",
            {}, ("Tu quoque",), id="a-passive-about-the-move-does-not-define",
        ),
        pytest.param(
            "The bloc invaded in 1968. The justification offered afterwards, later called the Lorwick Doctrine, held"
            " that the bloc had a right to intervene in any member.",
            {"Lorwick Doctrine": ("defined", "A justification that held that the bloc had a right to intervene in any"
                                             " member.")}, (),
            id="a-later-proper-name-after-the-article-and-the-noun-before-its-participle",
        ),
    ],
)
def test_named_subject_aside(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The artistic movement called **Mannerism** favoured elongated figures and crowded scenes in paintings.",
            {"Mannerism": ("defined", "The artistic movement that favoured elongated figures and crowded scenes"
                           " in paintings.")},
            (),
            id="noun-phrase-called-bold-name-then-its-verb",
        ),
        pytest.param(
            "In the late eighteenth century, a school of economics known as **physiocracy** set out to explain"
            " wealth through farming alone.",
            {"Physiocracy": ("defined", "A school of economics that set out to explain wealth through farming"
                             " alone.")},
            (),
            id="after-an-opening-phrase-with-an-of-phrase",
        ),
        pytest.param(
            "The rule known as the **golden mean** holds that every virtue lies between two opposite vices.",
            {"Golden mean": ("defined", "The rule that every virtue lies between two opposite vices.")},
            (),
            id="a-content-noun-then-holds-that-is-the-clause",
        ),
        pytest.param(
            "The left page is called the **verso** page and the right one the recto. Printers number them.",
            {}, ("Verso",),
            id="a-verb-before-called-is-no-subject-noun-phrase",
        ),
        pytest.param(
            "The old market town called **Ashby** saw this change in the twelfth century.",
            {}, ("Ashby",),
            id="a-predicate-pointing-outside-is-left-alone",
        ),
    ],
)
def test_named_bold_subject(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("Tiny hairs called **cilia** sweep dust out of the airways.",
                     {"Cilia": ("defined", "Tiny hairs that sweep dust out of the airways.")}, (),
                     id="bare-plural-subject-named-in-bold-then-what-it-does"),
        pytest.param("Other plants called **epiphytes** grow on the branches of trees, while mosses cover the ground.",
                     {"Epiphytes": ("defined", "Plants that grow on the branches of trees.")}, (),
                     id="a-contrasting-word-and-a-second-claim-are-dropped"),
        pytest.param("Thin folds of tissue in the throat, called **vocal cords**, vibrate to make sound.",
                     {"Vocal cords": ("defined", "Thin folds of tissue in the throat that vibrate to make sound.")}, (),
                     id="a-named-subject-between-commas"),
        pytest.param("Hard outer cases, called **shells**, are layers of calcium carbonate made by the animal.",
                     {"Shells": ("defined", "Hard outer cases: layers of calcium carbonate made by the animal.")}, (),
                     id="a-copula-then-a-noun-phrase-says-what-it-is"),
        pytest.param("The loose grains, called **silt**, are then carried downstream by the water.",
                     {}, ("Silt",),
                     id="a-copula-then-what-happens-to-it-is-context"),
        pytest.param("These tiny hairs, called **cilia**, sweep dust out of the airways.",
                     {}, ("Cilia",),
                     id="a-demonstrative-subject-points-back"),
        pytest.param("Tiny hairs called cilia sweep dust out of the airways.",
                     {}, ("Cilia",),
                     id="without-the-authors-bold-the-name-is-left-alone"),
    ],
)
def test_a_named_subject_opening_the_sentence_is_defined_by_its_predicate(body, expected, absent):
    check(body, expected, absent)
