"""The other names a lesson gives a term, accepted as answers to its fill-in-the-blank items."""

import pytest

from lessontext.questions.synonyms import cut_synonym, text_synonyms

LESSON = (
    "What drives current is described by voltage, also known as potential difference (often shortened to p.d.). "
    "Gross income is what you earn; net income, often called take-home pay, is what remains after taxes. "
    "The process of splitting into ions is called dissociation (or ionisation). "
    "The most widely reported measure is the Consumer Price Index (CPI). "
    "That molecule is adenosine triphosphate, usually shortened to ATP. "
    "A wing produces lift (also known as aerodynamic force), and the air pushes back with drag (or air resistance). "
    "A main clause (also called an independent clause) makes sense alone. A fluid (a gas) flows. "
    "In Kashan the annual distillation known as golabgiri is still practised today. "
    "The edge of a coin is milled, so milling is also known as reeding; the lathe is called a wheel."
)
NAMES = frozenset({"voltage", "potential difference", "price index", "net income", "adenosine triphosphate"})


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("net income", {"take-home pay"}),
        ("potential difference", {"p.d.", "voltage"}),
        ("voltage", {"potential difference"}),
        ("dissociation", {"ionisation"}),
        ("ATP", {"adenosine triphosphate"}),
        ("CPI", set()),  # "Price Index" is the tail of a name, not another name of the CPI
        ("Gross income", set()),  # no naming cue: "what you earn" is a definition, not a name
        # test-s: "(also known as buoyancy)" gave "known as buoyancy"; the cue is no part of the name.
        ("lift", {"aerodynamic force"}),
        ("drag", {"air resistance"}),
        # test-cf: "(also called an independent clause)" was lost to its article; a bare "(a gas)" names nothing.
        ("main clause", {"independent clause"}),
        ("fluid", set()),
        # test-da, both raters: the verb after the name is no part of it ("golabgiri is still practised")
        ("distillation", {"golabgiri"}),
        # test-ek: "so bruting is also known as girdling" (a second name after "is also"; "is called" names a kind)
        ("milling", {"reeding"}),
        ("lathe", set()),
    ],
)
def test_text_synonyms(key, expected):
    assert set(text_synonyms(key, LESSON, NAMES)) == expected


def test_a_name_before_the_cue_counts_only_when_the_lesson_names_it():
    assert text_synonyms("potential difference", LESSON, frozenset()) == ["p.d."]


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("is called _____ (or ionisation).", ("is called _____.", ["ionisation"])),
        ("is called _____ (see Figure 2).", ("is called _____ (see Figure 2).", [])),
        ("the _____ is measured.", ("the _____ is measured.", [])),
    ],
)
def test_cut_synonym(stem, expected):
    assert cut_synonym(stem, "_____") == expected


def test_a_bare_bracket_after_the_key_is_a_name_only_when_the_lesson_names_it():
    lesson = "The apex predator has no natural predators in that ecosystem (hawk). Resistance (impedance) matters."
    assert text_synonyms("ecosystem", lesson, frozenset({"impedance"})) == []
    assert text_synonyms("resistance", lesson, frozenset({"impedance"})) == ["impedance"]


@pytest.mark.parametrize(
    ("key", "lesson", "expected"),
    [
        # The next sentence gives the name's other spelling (test-v: "Genghis" refused for "Chinggis Khan").
        ("Tamerlan Beg", "The council named him Tamerlan Beg, a title of honour. In Persia his name is often spelled Timur.",
         {"Timur Beg", "Timur"}),
        ("Tamerlan", "He took the name Tamerlan, also spelt Temirlan, in 1370.", {"Temirlan"}),
        # A name in another sentence that is no spelling, or a spelling two sentences on: nothing.
        ("Tamerlan Beg", "The council named him Tamerlan Beg. His rival was often called the Lame.", set()),
        ("Tamerlan Beg", "The council named him Tamerlan Beg. He ruled long. His name is often spelled Timur.", set()),
    ],
)
def test_a_spelling_the_lesson_gives_is_accepted(key, lesson, expected):
    assert set(text_synonyms(key, lesson, frozenset())) == expected


@pytest.mark.parametrize(("key", "lesson", "names", "expected"), [
    # The key read inside a longer name: that name's other name is not the key's.
    ("neurons", "Signals pass along M neurons (M cells) to the cortex.", frozenset({"m cells"}), []),
    ("fibres", "Fast twitch fibres (type II) contract quickly.", frozenset({"twitch fibres", "type ii"}), []),
    # The longer name itself keeps its own.
    ("M neurons", "Signals pass along M neurons (M cells) to the cortex.", frozenset({"m cells"}), ["M cells"]),
    ("neurons", "Signals pass along neurons (nerve cells) to the cortex.", frozenset({"nerve cells"}), ["nerve cells"]),
    ("neuron", "A neuron (nerve cell) carries signals.", frozenset({"nerve cell"}), ["nerve cell"]),  # an article
])
def test_a_longer_names_other_name_is_not_the_keys(key, lesson, names, expected):
    assert text_synonyms(key, lesson, names) == expected


MERIDIANS = ("A meridian is an imaginary line from pole to pole. Longitudes are measured from one chosen meridian, "
             "called the prime meridian, which is 0 degrees.")


def test_a_kind_named_with_the_keys_own_head_is_no_second_name():
    names = frozenset({"meridian", "prime meridian"})
    assert text_synonyms("meridian", MERIDIANS, names) == []  # "the prime meridian" is one meridian
    assert text_synonyms("prime meridian", MERIDIANS, names) == []  # nor is any meridian the prime one


@pytest.mark.parametrize(
    ("key", "lesson", "expected"),
    [
        pytest.param("equity", "Equity, also called owner's equity or, in a company, shareholders' equity, is the "
                     "owners' residual claim.", ["owner's equity"], id="also-called-gives-a-second-name"),
        pytest.param("stop", "Photographers compare light by the stop, often called the f-stop, a doubling of light.",
                     ["f-stop"], id="often-called-with-a-hyphen-is-another-word"),
    ],
)
def test_a_longer_name_the_lesson_gives_as_another_name_stays(key, lesson, expected):
    assert text_synonyms(key, lesson, frozenset({key})) == expected
