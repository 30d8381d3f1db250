"""Glosses given in passing: ", meaning ..." after a noun phrase."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Governments usually speak of **effective verification**, meaning a standard under which any serious"
            " violation would be detected in time.\n\n"
            "Once accepted, an envoy enjoys diplomatic immunity, meaning protection from arrest by the host country.\n\n"
            "The doctrine speaks of collective responsibility, meaning that nations share the task of supply.\n",
            {
                "Effective verification": ("defined", "A standard under which any serious violation would be detected"
                                           " in time."),
                "Diplomatic immunity": ("defined", "Protection from arrest by the host country."),
                "Collective responsibility": ("defined", "The idea that nations share the task of supply."),
            },
            (),
            id="noun-phrase-then-meaning-gloss",
        ),
        pytest.param(
            "The bank raised its interest rates, meaning the price of loans went up.\n\n"
            "Sales fell, meaning profits dropped sharply.\n",
            {},
            ("Interest rates", "Sales"),
            id="meaning-of-a-consequence-is-no-gloss",
        ),
        pytest.param(
            "Early legal systems relied on primogeniture, meaning that the eldest son inherited the whole estate.\n\n"
            "The club valued loyalty, meaning that members stayed for years.\n",
            {"Primogeniture": ("defined", "The idea that the eldest son inherited the whole estate.")},
            ("Loyalty",),
            id="a-specialised-word-is-a-term-an-everyday-one-is-not",
        ),
        pytest.param(
            "In 1696 the Hand in Hand was founded as a mutual office, meaning that its policyholders were also its "
            "owners and shared in any surplus.\n",
            {"Mutual office": ("defined", "An office whose policyholders were also its owners and shared in any "
                                          "surplus.")},
            (),
            id="what-its-people-do-glosses-a-thing-not-an-idea",  # test-eh, both raters: "an insurer, not an idea"
        ),
        pytest.param(
            "Critics contrasted impasto, meaning a thick layer of paint applied with a knife, with velatura, meaning a"
            " thin transparent glaze laid over dry paint.\n",
            {
                "Impasto": ("defined", "A thick layer of paint applied with a knife."),
                "Velatura": ("defined", "A thin transparent glaze laid over dry paint."),
            },
            (),
            id="a-gloss-ends-where-the-next-term-and-its-gloss-begin",
        ),
        pytest.param(
            'Every dancer first learns the demi plié, meaning "a small bend of the knees", before anything else is'
            " taught in class.\n",
            {}, ("Demi plié",), id="a-quoted-translation-is-no-definition",
        ),
        pytest.param(
            "The new leader introduced autarky, meaning independence, which cut imports, and dirigisme, meaning"
            " direction, a policy of state control over investment.\n",
            {}, ("Meaning direction",), id="meaning-opens-a-gloss-not-a-name",
        ),
    ],
)
def test_glosses(body, expected, absent):
    check(body, expected, absent)


def test_a_bare_plural_gloss_of_a_plural_term_is_said_of_one():
    """test-df: "diphthongs, that is, glides from one vowel position to another" was refused as "Glides from ...", a
    predicate with no subject."""
    from tests.lessontext.glossary.support import glossary

    found = glossary("The long vowels did not simply rise. Instead they became diphthongs, that is, glides from one "
                     "vowel position to another, and over time developed into modern sounds.")
    assert ("defined", "A glide from one vowel position to another.") in found.values()


def test_a_bare_plural_gloss_after_there_were_keeps_the_whole_name():
    # test-dn, both raters: "Baths: Pools intended ..." lost "plunge", read as a verb
    check("Finally there were plunge baths, pools intended at first for cleansing rather than sport.",
          {"Plunge baths": ("defined", "Pools intended at first for cleansing rather than sport.")}, ("Baths",))


def test_a_bare_plural_gloss_names_who_makes_the_thing_and_glosses_a_foreign_word():
    # test-dn: "onsen", a must-have term of both raters, was missed
    check("Sentō should not be confused with onsen, baths fed by natural hot springs, which are common in Japan.",
          {"Onsen": ("defined", "Baths fed by natural hot springs.")}, ())


def test_a_participle_clause_after_a_verb_is_no_gloss():
    # test-dp, both raters: "Reverse: Creating suction that draws water up from the roots ..."
    check("On a cold night the process reverses, creating suction that draws water up from the roots.", {},
          ("Reverses", "Reverse"))


def test_a_verb_glossed_with_meaning_that_it_is_no_idea():
    # test-dp, both raters: "Capsize: The idea that it changes shape under strain and pulls apart."
    check("When used to join two loaded ropes the knot can capsize, meaning that it changes shape under strain.", {},
          ("Capsize",))
