"""The called rule: "X is called T", "..., a process called T", "also known as"."""

from __future__ import annotations

import pytest

from lessontext.glossary.called_definition import kind_with_relative
from lessontext.glossary.named_phrase import subject_number, verb_after_name
from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Each root splits again and again into thousands of finer threads called root hairs. The skin carries "
            "even smaller folds called ridges. The spine is a stack of small bones called vertebrae.",
            {"Root hairs": ("defined", "Finer threads into which each root splits again and again.")},
            ("Ridges", "Vertebrae"),  # "Even smaller folds.": smaller than what; "A stack of": the spine's, not theirs
            id="vague-count-dropped-bare-comparative-and-collection-refused",
        ),
        pytest.param(
            "A list of readings is known as a **log**, and each single reading in it is called an **entry**.\n\n"
            "- A bright disc of gas called the **core**.\n- A thin ring around it, called the **halo**, glows faintly.",
            {"Entry": ("defined", "Each single reading in a log."), "Halo": ("defined", "A thin ring around the core.")},
            (),
            id="trailing-it-resolved-to-the-name-just-given",
        ),
        pytest.param(
            "A team may score often, and shots blocked by defenders, usually called deflections, still count.",
            {"Deflections": ("defined", "Shots blocked by defenders.")}, (),
            id="comma-aside-names-a-bare-plural-with-its-participle",
        ),
        pytest.param(
            "As the tide turns, it leaves pools where small fish are trapped, called tide pools, along the shore.",
            {"Tide pools": ("defined", "Pools where small fish are trapped.")}, (),
            id="comma-aside-names-the-object-with-its-relative",
        ),
        pytest.param(
            "As the tide turns, it leaves pools where they are trapped, called tide pools, along the shore.",
            {}, ("Tide pools",),
            id="comma-aside-modifier-leaning-on-a-pronoun",
        ),
        pytest.param(
            "A metal weakens as the number of cycles of loading, known as its fatigue life, rises.",
            {"Fatigue life": ("defined", "The number of cycles of loading.")}, (),
            id="comma-aside-after-a-subordinating-as",
        ),
        pytest.param(
            "In cold regions, glaciers carve a deep, U-shaped trough called a glacial trough.",
            {"Glacial trough": ("defined", "A deep, U-shaped trough carved by glaciers.")}, (),
            id="subject-verb-object-called-becomes-agent",
        ),
        pytest.param(
            "Each spring, heavy rain feeds small temporary lakes called vernal pools. They dry out in the summer.",
            {"Vernal pools": ("defined", "Small temporary lakes fed by heavy rain.")}, (),
            id="bare-plural-object-called-becomes-agent",
        ),
        pytest.param(
            "Light rays from a distant object converge at a single spot on the far side of the lens, called the focal point. It is where"
            " the image is sharp.",
            {"Focal point": ("defined", "A single spot on the far side of the lens at which light rays from a distant object"
                                      " converge.")},
            (),
            id="prepositional-object-comma-called",
        ),
        pytest.param(
            "Painters used a method known as glazing, from an old word for glass, in which thin layers of paint are laid"
            " over each other.",
            {"Glazing": ("defined", "A method in which thin layers of paint are laid over each other.")}, (),
            id="named-then-later-in-which",
        ),
        pytest.param(
            "Wet areas beside a lake are called marshes, and the line where the water meets the land is known as a"
            " shoreline.",
            {"Shoreline": ("defined", "The line where the water meets the land.")}, (),
            id="second-conjunct-known-as",
        ),
        pytest.param(
            "The wind shapes the cliff, leaving tall columns of stone that stand alone; these are called sea stacks.",
            {"Sea stacks": ("defined", "Tall columns of stone that stand alone.")}, (),
            id="participle-object-then-these-are-called",
        ),
        pytest.param(
            "Teams divide the work, and place all four under a senior manager called the director.",
            {}, ("Director",),
            id="coordinated-verb-phrase-has-no-subject",
        ),
        pytest.param(
            "Beneath the council sit committees called working groups.",
            {}, ("Working groups",),
            id="object-of-preposition-is-no-agent",
        ),
        pytest.param(
            "The first fan is round, while the second fan has long arms and is called a split fan.",
            {}, ("Split fan",),
            id="clause-conjunct-is-not-what-is-named",
        ),
        pytest.param(
            "Plants store sugar as starch for the winter. This method of storing energy in a stable form is known as"
            " reserve storage.",
            {"Reserve storage": ("defined", "The method of storing energy in a stable form.")}, (),
            id="demonstrative-with-its-own-restriction",
        ),
        pytest.param(
            "Many poems repeat a sound at the start of neighbouring words. This device is known as alliteration.",
            # ("many", the sentence's quantifier, is left out: lessontext.glossary.clauses.lifted_quantifier.)
            {"Alliteration": ("defined", "A device in which poems repeat a sound at the start of neighbouring"
                                         " words.")},
            (),
            id="demonstrative-noun-names-the-sentence-before",
        ),
        pytest.param(
            "It keeps the whole system stable over time. This feature is called homeostasis.",
            {}, ("Homeostasis",),
            id="demonstrative-after-a-pronoun-sentence",
        ),
        pytest.param(
            "Costs are often shared by a rule called pro rata, or in proportion, under which each member pays"
            " according to its size.",
            {"Pro rata": ("defined", "A rule under which each member pays according to its size.")}, (),
            id="relative-after-the-name-beats-the-clause-before",
        ),
        pytest.param(
            "The hot outer layer of the Sun is called the corona.",
            {"Corona": ("defined", "The hot outer layer of the Sun.")}, (),
            id="passive-called",
        ),
        pytest.param(
            "Water vapour cools and turns into droplets, a process called condensation.",
            {"Condensation": ("defined", "A process in which water vapour cools and turns into droplets.")}, (),
            id="clause-then-event-noun-called",
        ),
        pytest.param(
            "Loans may be spent on the wrong projects, a risk known as leakage.",
            {"Leakage": ("defined", "A risk in which loans may be spent on the wrong projects.")}, (),
            id="clause-then-risk-noun-known-as",
        ),
        pytest.param(
            "The ribosome joins amino acids to a growing chain called a polypeptide.",
            {"Polypeptide": ("defined", "A growing chain to which the ribosome joins amino acids.")}, (),
            id="prepositional-object-called",
        ),
        pytest.param(
            "Explorers found a narrow channel between the islands, now known as the Drake Passage.",
            {"Drake Passage": ("defined", "A narrow channel between the islands.")}, (),
            id="comma-now-known-as",
        ),
        pytest.param(
            "Linnaeus called the smallest group of similar organisms a species.",
            {"Species": ("defined", "The smallest group of similar organisms (so named by Linnaeus).")}, (),
            id="active-called",
        ),
        pytest.param(
            "The leaf is covered by a waxy layer called the cuticle.",
            {"Cuticle": ("defined", "A waxy layer that covers the leaf.")}, (),
            id="passive-agent-called",
        ),
        pytest.param(
            "Many countries use trade law, also known as commercial law, to settle disputes between firms.",
            {"Trade law": ("defined", "Law that many countries use to settle disputes between firms.")},
            ("Use trade law",),
            id="object-also-known-as",
        ),
        pytest.param(
            "When an acid donates a proton, what remains is called its conjugate base.",
            {"Conjugate base": ("defined", "What remains when an acid donates a proton.")}, (),
            id="fronted-when-clause-what-remains-called-its",
        ),
        pytest.param(
            "When an acid reacts with a base, the products are a salt and water. This reaction is called"
            " neutralisation.\n\nIf the bench is wet, the acid spreads. This process is called seepage.",
            {"Neutralisation": ("defined", "The reaction in which an acid reacts with a base; the products are a salt"
                                " and water.")},
            ("Seepage",),
            id="this-reaction-is-called-after-a-when-sentence",
        ),
        pytest.param(
            "Wandering traders called pedlars carried cloth and needles from village to village. Salted cod, known as bacalao, could be"
            " kept through the whole winter. Their outer shells, called carapaces, are very hard.",
            {"Pedlars": ("defined", "Wandering traders who carried cloth and needles from village to village."),
             "Bacalao": ("defined", "Salted cod that could be kept through the whole winter.")},
            ("Carapaces",),
            id="subject-named-in-passing-defined-by-its-predicate",
        ),
        # test-cj: nothing is named by "named" before a bare plural, by "called" as the clause's verb ("called a
        # boycott"), or by a naming whose subject is "it" ("... Pacific it is called a hurricane").
        pytest.param(
            "The older rules applied only to a short list of named diseases, and by 1981 just three remained. "
            "Local leaders called a boycott of the city's buses, and a new group chose a minister as its president. "
            "Over the North Atlantic and the north-east Pacific it is called a hurricane.",
            {}, ("Diseases", "Boycott", "Hurricane"), id="named-plural-called-as-verb-and-it-subject-name-nothing",
        ),
        pytest.param(
            "Each cell contains a structure called a nucleus. Sugar is stored in a tissue called a tuber.",
            {"Tuber": ("defined", "A tissue in which sugar is stored.")}, (), id="called-after-a-verb-still-names",
        ),
        # An adverb in the aside ("later known as") is read as if absent: the phrase before its comma is named.
        pytest.param(
            "In September 1957 nine Black students, later known as the Little Rock Nine, tried to enrol at Central"
            " High School in Little Rock, Arkansas.",
            {"Little Rock Nine": ("defined", "Nine Black students that tried to enrol at Central High School in Little"
                                             " Rock.")}, (), id="later-known-as-names-the-phrase-before-the-comma",
        ),
        # A bold name in passing is defined by what its subject does, a second verb after ", and" included.
        pytest.param(
            "A wheeled platform called the **ekkyklema** could be rolled out of the skene. Scam messages, called"
            " **phishing**, pretend to come from a real company, and try to trick you into giving away your password.",
            {"Ekkyklema": ("defined", "A wheeled platform that could be rolled out of the skene."),
             "Phishing": ("defined", "Scam messages that pretend to come from a real company, and try to trick you"
                                     " into giving away your password.")}, (),
            id="bold-name-in-passing-and-a-shared-second-verb",
        ),
        pytest.param(
            "In incomplete metamorphosis, found in grasshoppers and dragonflies, a young stage called a nymph gradually "
            "comes to resemble the adult.\n\n"
            "In crabs the head and thorax are fused into a cephalothorax covered by a hard shield called the carapace.\n\n"
            "The tubes open to the outside through small holes called spiracles.\n\n"
            "They breathe through tubes, which open to the outside through small holes called pores.\n\n"
            "Women in the First Clinic died of puerperal fever, often called childbed fever, at far higher rates.\n\n"
            "A photographic plate placed behind the body therefore records a shadow picture, called a radiograph.",
            {"Nymph": ("defined", "A young stage that gradually comes to resemble the adult."),
             "Carapace": ("defined", "A hard shield that covers a cephalothorax."),
             "Spiracles": ("defined", "Small holes through which the tubes open to the outside.")},
            # test-cr, both raters: "Nymph gradually comes", "Spiracles: The outside through small holes.", "Childbed
            # fever: The First Clinic died of puerperal fever.", "Radiograph: A photographic plate ... records ..."
            ("Nymph gradually comes", "Childbed fever", "Radiograph", "Pores"),
            id="a-name-before-its-verb-an-agent-phrase-and-no-clause-taken-for-the-named-phrase",
        ),
        pytest.param(
            "When the tide covers it, the limpet moves about, scraping algae off the rock with a rough, tooth-covered "
            "tongue called a radula.\n\nWhen the tide goes out, they seal their shell with a door called an operculum.",
            {"Radula": ("defined", "A rough, tooth-covered tongue.")},
            # No clause around it to rebuild: the phrase that gets the name, as written, when it has a modifier.
            ("Operculum",),
            id="the-plain-noun-phrase-when-nothing-around-it-can-be-rebuilt",
        ),
        # test-cu, both raters: how long the act runs belongs to the verb, not to the named phrase
        pytest.param(
            "The soaked hides are stirred in heated tanks called vats for several weeks.",
            {}, ("Vats",),
            id="a-duration-after-the-name-is-no-part-of-the-definition",
        ),
        # test-cu, both raters: "had been seeing a critic named T" is a verb's phrase, no definition of the name
        pytest.param(
            "The painter learned that his brother had been visiting a moneylender named Isaac Pell.",
            {}, ("Isaac Pell",), id="a-verbs-phrase-is-no-definition-of-a-name",
        ),
        # test-cy, both raters missed "prosthaphaeresis" and "House of Wisdom": the kind before the naming verb and
        # the relative after the name say what it is, whatever the sentence's subject ("Some calculators, including
        # ..., used"); an earlier rule read "The body releases an enzyme, which digests fibrin."
        pytest.param(
            "Some calculators, including the circle around the astronomer Tycho Brahe, used a trick called "
            "prosthaphaeresis, which turned a product into a sum with the help of trigonometric identities. "
            "Bleeding stops when the body releases an enzyme called plasmin, which digests fibrin.",
            {"Prosthaphaeresis": ("defined", "A trick that turned a product into a sum with the help of "
                                             "trigonometric identities."),
             "Plasmin": ("defined", "An enzyme that digests fibrin.")}, (),
            id="a-kind-called-t-which-does-something-is-that-kind-that-does-it",
        ),
        pytest.param(
            "The caliph gathered scholars in Baghdad at an institution later remembered as the House of Wisdom, where "
            "Greek and Indian texts were translated into Arabic. Farmers feared a problem called lodging, which meant "
            "that a wheat plant carrying a heavy head of grain would topple over.",
            {"House of Wisdom": ("defined", "An institution where Greek and Indian texts were translated into Arabic."),
             "Lodging": ("defined", "A problem in which a wheat plant carrying a heavy head of grain would topple "
                                    "over.")}, (),
            id="a-place-where-and-a-problem-which-meant-that",
        ),
        # test-eb, both raters: "Abutment: A wall curved upstream ... passes the water's thrust ..." named the wall, not
        # the rock the aside follows
        pytest.param(
            "A wall curved upstream like an arch on its side passes the water's thrust sideways into the rock of the "
            "valley walls, called the abutments.",
            {"Abutments": ("defined", "The rock of the valley walls into which a wall curved upstream like an arch on "
                                      "its side passes the water's thrust sideways.")},
            (), id="a-clause-whose-verb-is-a-plural-noun-too-names-its-object",
        ),
        # test-ae, both raters accepted the clause before: the kind is its setting, the relative only an effect
        pytest.param(
            "Hotter rock rises and cooler rock sinks in a slow circulation called mantle convection, which helps to "
            "move the plates at the surface.",
            {"Mantle convection": ("defined", "A slow circulation in which hotter rock rises and cooler rock sinks.")},
            (), id="a-kind-after-a-preposition-is-read-from-its-clause",
        ),
    ],
)
def test_naming_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("The muscle releases a chemical", ", which their kidneys store."),  # about someone else
        ("The town hired a clerk", ", who kept the accounts."),  # a person's deeds, no kind
        ("The cheese goes through a step", ", which for Cheddar means heating."),  # no verb of the kind's own
        ("The river has a source", ", which is far away."),  # "source" names nothing to define
    ],
)
def test_a_relative_after_the_name_defines_only_a_kind_that_does_what_it_says(head, tail):
    assert kind_with_relative(head, tail) is None
    assert kind_with_relative("Cells use an enzyme", ", which digests fibrin.") == "An enzyme that digests fibrin."


def test_a_named_noun_phrase_with_a_participle_aside_is_the_definition():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Nutrients needed in large amounts, measured in grams, are called macronutrients. "
                     "Each macronutrient supplies energy. Macronutrients matter.")
    assert found.get("Macronutrients") == ("defined", "Nutrients needed in large amounts, measured in grams.")


def test_a_named_noun_phrase_with_a_clause_after_its_comma_is_not_the_definition():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Nutrients we need, we eat, are called macronutrients. Macronutrients matter.")
    assert found.get("Macronutrients", ("", ""))[1] != "Nutrients we need, we eat."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The season from about May to early October, when storms form over warm water, is called the "
                     "storm season. Ships avoid the storm season.", "Storm season",
                     "The season from about May to early October, when storms form over warm water.", id="when-aside"),
        pytest.param("The branch of biology that studies where animals live, and why, is called animal ecology. "
                     "Animal ecology uses surveys.", "Animal ecology",
                     "The branch of biology that studies where animals live, and why.", id="and-why-aside"),
    ],
)
def test_a_named_determined_noun_phrase_with_a_when_or_and_why_aside_is_the_definition(body, term, definition):
    assert glossary(body).get(term) == ("defined", definition)


def test_a_when_aside_after_an_undetermined_subject_is_not_the_definition():
    found = glossary("Months of heavy rain, when rivers flood the plains, are called monsoon months. "
                     "Monsoon months matter.")
    assert found.get("Monsoon months", ("", ""))[1] != "Months of heavy rain, when rivers flood the plains."


def test_a_clause_closed_by_which_is_called_names_a_process():
    from tests.lessontext.glossary.support import glossary

    found = glossary("The weight of overlying material squeezes out water and packs grains together, which is called "
                     "compaction, and minerals dissolved in groundwater crystallise between the grains and glue them "
                     "together, which is called cementation.")
    assert found.get("Compaction") == (
        "defined", "A process in which the weight of overlying material squeezes out water and packs grains together.")
    assert found.get("Cementation") == (
        "defined", "A process in which minerals dissolved in groundwater crystallise between the grains and glue them "
                   "together.")


def test_a_clause_closed_by_which_is_called_a_thing_is_not_made_a_process():
    from tests.lessontext.glossary.support import glossary

    found = glossary("The council meets in a large hall, which is called the chamber.")
    assert not found.get("Chamber", ("", ""))[1].startswith("A process")


def test_a_named_head_with_a_relative_aside_is_defined_by_the_relative():
    from tests.lessontext.glossary.support import glossary

    found = glossary("A machine tool can also shape missile casings. Goods of this kind, which have both civilian and "
                     "military uses, are called dual-use goods.")
    assert found.get("Dual-use goods") == ("defined", "Goods that have both civilian and military uses.")


def test_a_relative_aside_after_a_preposition_keeps_its_preposition():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Phoenician wrote only consonants. A script of this kind, in which vowels are left for the reader "
                     "to supply, is called an abjad.")
    assert found.get("Abjad") == ("defined", "A script in which vowels are left for the reader to supply.")


def test_a_clause_before_a_semicolon_is_no_definition_of_a_name_given_after_it():
    """test-de: "The Greeks adopted it, probably in the eighth century BC; the historian Herodotus still called the
    letters phoinikeia grammata" became "Letters phoinikeia grammata: The Greeks adopted it, ..."."""
    from tests.lessontext.glossary.support import glossary

    found = glossary("The Greeks adopted it, probably in the eighth century BC; the historian Herodotus still called "
                     "the letters phoinikeia grammata, \"Phoenician letters\", and told a legend about them.")
    assert not any(definition.startswith("The Greeks adopted it") for _, definition in found.values())


def test_people_named_after_their_writings_are_the_people():
    from tests.lessontext.glossary.support import glossary

    found = glossary("From the sixteenth century there is a further source: the writings of spelling reformers and "
                     "teachers of pronunciation, often called orthoepists.")
    assert found.get("Orthoepists") == ("defined", "Spelling reformers and teachers of pronunciation.")


def test_where_an_answer_lies_is_no_definition_of_the_thing_named():
    """test-df, both raters: "Great Vowel Shift: A series of sound changes in which a large part of the answer lies"."""
    from tests.lessontext.glossary.support import glossary

    found = glossary("Why is English spelled so oddly? A large part of the answer lies in a series of sound changes "
                     "known as the Great Vowel Shift, which transformed the pronunciation of English after 1400.")
    assert "answer" not in found["Great Vowel Shift"][1] and "transformed the pronunciation" in found["Great Vowel Shift"][1]


def test_a_principle_named_then_stated_after_a_colon_is_defined_by_what_it_states():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Alliances rest on these clauses. The principle behind these clauses is known as collective "
                     "defence: an armed attack against one member is treated as an attack against all.")
    assert found.get("Collective defence") == (
        "defined", "The principle that an armed attack against one member is treated as an attack against all.")


def test_a_colon_list_after_a_named_principle_is_not_a_statement():
    from tests.lessontext.glossary.support import glossary

    found = glossary("The principle behind it is known as subsidiarity: local, regional, national.")
    assert not found.get("Subsidiarity", ("", ""))[1].startswith("The principle that")


def test_a_kind_of_thing_named_then_stated_after_a_colon_is_defined_by_what_happens_in_it():
    from tests.lessontext.glossary.support import glossary

    found = glossary("After several pairings, the tone alone made the dog salivate. This kind of learning is called "
                     "**classical conditioning**: a neutral stimulus comes to trigger a response after being paired "
                     "with a stimulus that naturally produces it.")
    assert found.get("Classical conditioning") == (
        "defined", "Learning in which a neutral stimulus comes to trigger a response after being paired with a "
                   "stimulus that naturally produces it.")


def test_a_bold_name_ends_before_the_verb_its_phrase_is_subject_of():
    from tests.lessontext.glossary.support import glossary

    found = glossary("In the early twentieth century, a school of psychology known as **behaviourism** set out to "
                     "study learning through observable behaviour alone.")
    assert "Behaviourism set" not in found
    assert found.get("Behaviourism") == (
        "defined", "A school of psychology that set out to study learning through observable behaviour alone.")


def test_a_demonstrative_description_stands_as_a_definition_unless_it_only_groups():
    from tests.lessontext.glossary.support import glossary

    found = glossary("- As a clump collapses, its centre becomes hotter.\n- This glowing ball of gas is called a "
                     "**protostar**.\n- This extraordinary series of events is known as the **Great Change**.")
    assert found.get("Protostar") == ("defined", "A glowing ball of gas.")
    assert "Great Change" not in found


def test_a_restrictive_name_after_an_arrangement_names_the_units():
    from tests.lessontext.glossary.support import glossary

    found = glossary("The membranes are stacks of flattened sacs called thylakoids, which are surrounded by a fluid. "
                     "Proteins are long chains of building blocks called amino acids.")
    assert found["Thylakoids"][1] == "Flattened sacs, which are surrounded by a fluid."
    assert not found.get("Amino acids", ("", ""))[1].startswith("Long chains")


def test_a_process_named_after_a_colon_finding_is_defined_by_the_finding():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Yet learning also depends on thinking: Albert Bandura showed that children learn by watching "
                     "and imitating others, a process called observational learning.")
    assert found.get("Observational learning") == (
        "defined", "A process in which children learn by watching and imitating others.")


def test_a_short_definite_phrase_given_a_name_is_no_definition():
    body = ("Weathering breaks rock into small pieces. The loose fragments are called sediment. "
            "Molten rock below the surface is called magma.")
    found = glossary(body)
    assert "Sediment" not in found
    assert found["Magma"] == ("defined", "Molten rock below the surface.")


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Waves that need a material to travel through, such as water, air or a rope, are called "
                     "mechanical waves.", "Mechanical waves",
                     "Waves that need a material to travel through, such as water, air or a rope.",
                     id="closing-examples"),
        pytest.param("The people, groups and institutions that carry out socialisation are known as agents of "
                     "socialisation.", "Agents of socialisation",
                     "The people, groups and institutions that carry out socialisation.", id="list-of-nouns"),
    ],
)
def test_a_named_noun_phrase_keeps_its_closing_examples_and_its_list_of_nouns(body, term, definition):
    assert glossary(body).get(term) == ("defined", definition)


def test_a_named_subject_with_a_clause_between_commas_is_still_not_the_definition():
    found = glossary("Rivers, which flood every spring, and lakes are called water bodies. Water bodies matter.")
    assert found.get("Water bodies", ("", ""))[1] != "Rivers, which flood every spring, and lakes."


_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("A body called the Council for Coastal Rescue Training brings together instructors from many "
                     "ports to share methods.", "Council for Coastal Rescue Training",
                     "A body that brings together instructors from many ports to share methods.",
                     id="a-long-name-after-called-is-the-subject-of-the-verb"),
        pytest.param("The navy's signalling agreement known as SIGNAL 42 describes the flags used between ships.",
                     "SIGNAL 42", "The navy's signalling agreement that describes the flags used between ships.",
                     id="a-possessor-and-a-name-with-a-number"),
        pytest.param("The city's flood framework is known as the Northern Coastal Flood Defence Architecture.",
                     "Northern Coastal Flood Defence Architecture", "The city's flood framework.",
                     id="a-name-of-five-words"),
    ],
)
def test_a_capitalised_name_after_a_naming_verb(body, term, definition):
    from tests.lessontext.glossary.support import glossary

    assert glossary(f"{body} {_PLAIN}").get(term, ("", ""))[1] == definition


def test_a_person_given_a_name_is_not_a_term():
    from tests.lessontext.glossary.support import glossary

    assert "Smith" not in glossary(f"A man called Smith arrived late at the harbour with his boat. {_PLAIN}")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The flat land beside a river in its lower course, which is naturally covered by water during floods, "
            "is called the floodplain.",
            {"Floodplain": ("defined", "The flat land beside a river in its lower course, which is naturally covered "
                                       "by water during floods.")},
            id="subject-with-a-relative-aside",
        ),
        pytest.param(
            "The branch of physics that describes how things move, without asking why they move, is called kinematics.",
            {"Kinematics": ("defined", "The branch of physics that describes how things move, without asking why they "
                                       "move.")},
            id="subject-with-a-prepositional-aside",
        ),
        pytest.param(
            "A component designed to have a particular resistance is simply called a resistor.",
            {"Resistor": ("defined", "A component designed to have a particular resistance.")},
            id="simply-called",
        ),
    ],
)
def test_a_subject_noun_phrase_with_asides_is_what_gets_the_name(body: str, expected: dict) -> None:
    check(body, expected, ())


def test_a_fronted_where_clause_restricts_the_subject_it_precedes() -> None:
    check("Where one plate sinks beneath another, the process is called subduction.",
          {"Subduction": ("defined", "The process where one plate sinks beneath another.")}, ())


def test_a_fronted_condition_on_a_bare_the_noun_is_not_a_definition() -> None:
    check("When oxygen is available, the process is called aerobic respiration.", {}, ("Aerobic respiration",))


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("A rough surface, such as paper, reflects light in many directions, which is called diffuse "
                     "reflection.",
                     {"Diffuse reflection": ("defined", "A reflection in which a rough surface, such as paper, reflects "
                                                        "light in many directions.")}, (),
                     id="clause-which-is-called-a-kind-of-event"),
        pytest.param("With training, it can learn to respond only to the original tone, which is known as stimulus "
                     "discrimination.", {}, ("Stimulus discrimination",),
                     id="clause-with-a-pronoun-subject"),
    ],
)
def test_a_clause_named_by_which_is_called_an_event_noun(body, expected, absent):
    check(body, expected, absent)


def test_a_whole_subject_named_in_passing_is_defined_with_its_predicate():
    check("Part of the land, known as the demesne, was farmed directly for the lord, while the rest was divided "
          "among peasant households.", {"Demesne": ("defined", "Part of the land that was farmed directly for the lord.")},
          ())


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("A component that obeys Ohm's law is described as an ohmic conductor.",
                     {"Ohmic conductor": ("defined", "A component that obeys Ohm's law.")}, (),
                     id="described-as-after-a-descriptive-subject"),
        pytest.param("The African Union, which replaced the OAU in 2002, adopted a different stance that is often "
                     "described as non-indifference.", {}, ("Non-indifference",),
                     id="described-as-inside-a-relative-clause"),
        pytest.param("The illegal trade in rare birds is often described as a customs problem, but for the police "
                     "it is also a crime.", {}, ("Customs problem",), id="described-as-characterises-one-thing"),
        pytest.param("Any rock that cooled slowly underground is described as a plutonic rock.",
                     {"Plutonic rock": ("defined", "Any rock that cooled slowly underground.")}, (),
                     id="described-as-after-a-general-subject-names-a-kind"),
    ],
)
def test_described_as_names_only_after_a_descriptive_subject(body, expected, absent):
    check(body, expected, absent)


def test_described_as_after_an_adverb_leaves_the_adjective_to_its_own_rule():
    found = glossary("Instead an inductive argument is described as strong when its premises make the conclusion "
                     "likely.")
    assert not found.get("Strong", ("", ""))[1].startswith("Instead")


# "A judgement in which every military aircraft that takes off must first be judged safe to fly." (the sentence
# before, read by the called rule) was rejected by both raters on test-n-r3; the called_aside rule's reading of the
# aside's own present-tense predicate wins over it now.
def test_a_demonstrative_subject_named_in_an_aside_is_what_its_own_present_predicate_says():
    found = glossary("Every ferry that leaves port must first be judged safe to sail. This judgement, known as "
                     "seaworthiness, covers the hull, the engines and the crews that look after it.")
    assert found["Seaworthiness"][1] == "A judgement that covers the hull, the engines and the crews that look after it."


def test_a_demonstrative_subject_named_in_an_aside_is_never_the_masked_sentence():
    found = glossary("It was a hard year for the ports. This judgement, known as seaworthiness, covers the hull, the "
                     "engines and the crews that look after it.")
    assert found["Seaworthiness"][1] == "A judgement that covers the hull, the engines and the crews that look after it."


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A pond snail has a soft body, thin feelers called tentacles that sense food, and a coiled shell.",
            {"Tentacles": ("defined", "Thin feelers that sense food.")}, (),
            id="restrictive-relative-after-the-name",
        ),
        pytest.param(
            "Millers took fees called multure for every sack of grain they ground.",
            {"Multure": ("defined", "Fees for every sack of grain they ground.")}, (),
            id="phrase-after-the-name",
        ),
        pytest.param(
            "When the gate opens, the lock releases water called the flush.",
            {}, ("Flush",),
            id="bare-singular-object-is-not-introduced",
        ),
        pytest.param(
            "When a frog is startled, the skin releases chemicals called toxins.",
            {"Toxins": ("defined", "Chemicals that the skin releases when a frog is startled.")}, (),
            id="object-named-at-the-end-with-the-clause-as-relative",
        ),
        pytest.param(
            "The basis of every loom design is a simple frame known as the warp rack.",
            {"Warp rack": ("defined", "A simple frame that is the basis of every loom design.")}, (),
            id="copula-complement-named-at-the-end",
        ),
        pytest.param(
            "We fit a small wheel called the idler.",
            {}, ("Idler",),
            id="pronoun-subject-leans-on-the-reader",
        ),
        pytest.param(
            "The workshop has a small kiln called the Firebox.",
            {}, ("Firebox",),
            id="having-says-nothing-of-what-it-is",
        ),
        pytest.param(
            "Muscles: Muscles are long bundles of fibres called myofibrils.",
            {}, ("Myofibrils",),
            id="a-label-and-an-arrangement-are-not-rebuilt",
        ),
    ],
)
def test_a_name_in_running_text_is_defined_by_the_phrase_it_names_and_what_follows(body, expected, absent):
    check(body, expected, absent)



@pytest.mark.parametrize(
    ("head", "definition"),
    [
        pytest.param("When a frog is startled, the skin releases chemicals", "Chemicals that the skin releases when a frog "
                     "is startled.", id="common-noun-subject"),
        pytest.param("The philosopher Ann Vale raised a famous challenge", None, id="a-person-s-deed"),
        pytest.param("The workshop has a small kiln", None, id="having"),
    ],
)
def test_the_object_a_name_closes_is_defined_by_its_clause_unless_it_tells_a_deed_or_a_possession(head, definition):
    from lessontext.glossary.named_phrase import object_named

    assert object_named(head) == definition


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("In the old port, merchants began to pay fees called wharfage for every cargo landed.",
                     {"Wharfage": ("defined", "Fees which merchants began to pay.")}, (),
                     id="infinitive-to-names-its-object"),
        pytest.param("Some towns were allowed to hold markets called fairs.",
                     {"Fairs": ("defined", "Markets which some towns were allowed to hold.")}, (),
                     id="passive-verb-before-the-infinitive"),
        # test-cv: the aside names the infinitive's object, not the phrase before the verb.
        pytest.param("They dipped the pipe into the furnace to collect a glowing lump, called a gather.",
                     {"Gather": ("defined", "A glowing lump.")}, (), id="aside-names-the-infinitive-s-object"),
        pytest.param("They began to pay fees called wharfage.", {}, ("Wharfage",),
                     id="infinitive-after-a-pronoun-subject-is-not-rebuilt"),
        pytest.param("Chemists weigh samples using a balance called a microbalance.",
                     {"Microbalance": ("defined", "A balance with which chemists weigh samples.")}, (),
                     id="the-means-after-using-gets-the-name"),
        pytest.param("They weigh samples using a balance called a microbalance.", {}, ("Microbalance",),
                     id="the-means-after-a-pronoun-subject-is-not-rebuilt"),
        pytest.param("Guttation is the loss of sap from grasses, mostly through small openings in their tips called "
                     "hydathodes.", {"Hydathodes": ("defined", "Small openings in the tips.")}, (),
                     id="a-verbless-phrase-before-the-preposition-heads-the-name"),
        pytest.param("Sand is carried by water, wind or ice in a process known as transport.", {}, ("Transport",),
                     id="a-coordinated-noun-before-the-preposition-heads-nothing"),
        pytest.param("In the leaf, each sugar is split into two molecules of a four-carbon acid called malate.",
                     {"Malate": ("defined", "A four-carbon acid.")}, (), id="a-count-of-molecules-is-not-what-is-named"),
        pytest.param("Enzymes attach the phosphate to a sugar called ribose.",
                     {"Ribose": ("defined", "A sugar to which enzymes attach the phosphate.")}, (),
                     id="preposition-to-keeps-its-relative"),
    ],
)
def test_an_infinitive_a_means_or_a_verbless_phrase_is_no_relative_clause(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The money a shop takes in, whether in cash or by card, is called the takings.",
                     "Takings", "The money a shop takes in.", id="whether-or-aside"),
        pytest.param("Trees that keep their leaves all year, by contrast, are known as evergreens because they never"
                     " stand bare.", "Evergreens", "Trees that keep their leaves all year.", id="by-contrast-aside"),
        pytest.param("Walls are built from bricks, and rows of bricks laid at one height are known as courses.",
                     "Courses", "Rows of bricks laid at one height.", id="bare-plural-subject-after-and"),
    ],
)
def test_a_naming_subject_stands_without_its_aside_or_the_clause_before(body, term, definition):
    assert glossary(body)[term] == ("defined", definition)


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("Songs are sung loudly, and others are called ballads.", "Ballads", id="quantifier-subject"),
        pytest.param("Singers, drummers, and string players are called musicians.", "Musicians",
                     id="a-list-is-no-clause-before"),
    ],
)
def test_a_quantifier_or_a_list_is_not_a_coordinated_bare_plural_subject(body, term):
    found = glossary(body).get(term)
    assert found is None or found[1] != "Others." and not found[1].startswith("String players")


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Where two roads meet, we paint a white line at right angles to the kerb called the stop line.",
                     "Stop line", "A white line at right angles to the kerb.", id="compound-preposition"),
        pytest.param("On the plan, we sketch a low bank parallel to the river called the levee.",
                     "Levee", "A low bank parallel to the river.", id="parallel-to"),
        pytest.param("Where two roads meet, we paint it at right angles to the kerb called the stop line.",
                     "Stop line", None, id="a-pronoun-object-names-nothing"),
    ],
)
def test_a_verbs_indefinite_object_placed_by_a_compound_preposition_gets_the_name(body, term, definition):
    found = glossary(body).get(term)
    assert (found[1] if found else None) == definition


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Grand Council, first held around 1200, is often described as one of the oldest assemblies "
                     "in the region.", id="described-as-one-of"),
        pytest.param("The River Board is sometimes called the most powerful body in the valley.", id="called-the-most"),
    ],
)
def test_a_naming_verb_followed_by_no_name_gives_no_entry_and_no_error(body):
    # "is described as one of the ...": the words after the naming verb stop at once, so no name is read.
    assert not any(term in {"One", "Most"} for term in glossary(body))


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Small seabirds called puffins nest on cliffs along the coast.", "Puffins",
                     "Small seabirds that nest on cliffs along the coast.", id="verb-then-preposition"),
        pytest.param("Tall plants called reeds grow in the shallow water of the lake.", "Reeds",
                     "Tall plants that grow in the shallow water of the lake.", id="verb-then-preposition-2"),
        pytest.param("A farming method called crop rotation keeps the soil fertile by changing the crop each year.",
                     "Crop rotation", "A farming method that keeps the soil fertile by changing the crop each year.",
                     id="singular-name-then-verb-in-s-then-article"),
        pytest.param("The system known as field rotation uses narrow strips of land to rest the soil.",
                     "Field rotation", "The system that uses narrow strips of land to rest the soil.",
                     id="the-naming-phrase-is-the-subject"),
        pytest.param("The duties known as harbour tolls fund the repair of the quays.", "Harbour tolls",
                     "The duties that fund the repair of the quays.", id="the-verb-agrees-with-the-plural-subject"),
        pytest.param("- A ring of muscle called a **valve** keeps the tube closed until the animal feeds.", "Valve",
                     "A ring of muscle that keeps the tube closed until the animal feeds.", id="a-bold-name-ends-itself"),
    ],
)
def test_the_verb_after_a_plural_name_is_no_part_of_the_name(body, term, definition):
    found = glossary(body)
    assert found[term][1] == definition
    assert not any(t.lower().startswith(term.lower() + " ") for t in found), found


@pytest.mark.parametrize(
    ("previous", "word", "following", "expected"),
    [
        ("puffins", "nest", "on", True),
        ("cells", "form", "a", True),
        ("arms", "control", "limits", False),  # a noun compound goes on with its own head
        ("ducts", "carry", "urine", True),  # a plain verb after a plural, then its object
        ("swifts", "catch", "insects", True),
        ("goods", "train", "runs", False),  # the verb in -s comes next: the name goes on
        ("puffin", "nests", "on", False),  # after a singular noun "nests" may be the plural noun
        ("puffins", "nest", "", False),  # the name ends the clause
        ("Puffins", "Nest", "on", False),  # a capitalised word belongs to a name
        ("rotation", "keeps", "the", True),
        ("separation", "answers", "that", True),
        ("animal", "rights", "in", False),  # after a singular noun a preposition may follow a plural noun
        ("rotation", "keep", "the", False),  # a plain verb does not agree with a singular name
    ],
)
def test_verb_after_name(previous, word, following, expected):
    assert verb_after_name([previous], word, following) is expected


@pytest.mark.parametrize(
    ("term_words", "word", "subject_plural", "expected"),
    [
        (["land", "release"], "uses", False, True),
        (["trade"], "sanctions", True, False),  # "sanctions" does not agree with "The measures"
        (["trade", "sanctions"], "work", True, True),
        (["separation", "of"], "powers", False, False),  # the object of "of" is the name's
    ],
)
def test_the_verb_after_a_name_that_is_part_of_the_subject_agrees_with_the_subject(term_words, word, subject_plural,
                                                                                    expected):
    assert verb_after_name(term_words, word, "", subject_plural) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The approach", False),
        ("The measures", True),
        ("A farming method", False),
        ("The rigid outer layer is", None),  # "X is called Y": the sentence has its verb
        ("The broader field,", None),  # "The broader field, usually called X, is ...": an aside, its verb after it
        ("Governments use competition law, also", None),
    ],
)
def test_subject_number(before, expected):
    assert subject_number(before + " ") is expected


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The Harbour Union of North Sea Ports (HUNSP), founded in 1975, deployed a patrol fleet known as "
                     "the Grey Watch to the outer islands.", "Grey Watch", "A patrol fleet deployed by HUNSP.",
                     id="a-subject-with-its-abbreviation-and-an-aside"),
        pytest.param("The harbour board, founded in 1890, built a new breakwater known as the Long Mole in 1900.",
                     "Long Mole", "A new breakwater built by the harbour board.", id="a-subject-with-an-aside"),
    ],
)
def test_the_agent_of_a_named_object_skips_its_aside_and_goes_by_its_abbreviation(body, term, definition):
    assert glossary(body)[term][1] == definition


def test_a_name_for_a_new_thing_after_a_known_one_takes_the_verb_as_a_relative_clause():
    found = glossary("At dawn, the ferry leaves the harbour through a narrow rocky gap called the Sound. "
                     "The Sound is shallow.")
    assert found.get("Sound", (None, ""))[1] == "A narrow rocky gap through which the ferry leaves the harbour."


def test_a_direction_word_before_the_named_phrase_is_never_made_a_participle():
    found = glossary("In spring, sap climbs up a hollow woody channel called the xylem. The xylem is long.")
    assert "upped" not in found.get("Xylem", (None, ""))[1]
    assert "climbed" not in found.get("Xylem", (None, ""))[1]


def test_named_as_an_adjective_before_a_bare_plural_names_nothing():
    found = glossary("Merchants sailed with small named ships along the coast. The ships carried salt.")
    assert "Ships" not in found



@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("In Ruritania, a fund known as the Harbour Fund pays for the repair of small ports.",
                     "Harbour Fund", "A fund that pays for the repair of small ports.", id="a-fronted-place"),
        pytest.param("In the north, a rule known as the Slow Bell Rule, agreed in 1990, requires ferries to sound a "
                     "bell in fog.", "Slow Bell Rule", "A rule that requires ferries to sound a bell in fog.",
                     id="a-fronted-place-and-a-dated-aside"),
    ],
)
def test_a_fronted_setting_is_no_clause_the_name_describes(body, term, definition):
    assert glossary(body)[term][1] == definition


def test_a_plural_name_ends_before_its_verb_and_object():
    found = glossary("Small ducts called tubules carry urine away from the filters.")
    assert found["Tubules"][1] == "Small ducts that carry urine away from the filters."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("A region with many people per square kilometre is called **densely settled**.", "Densely settled",
                     "A region with many people per square kilometre.", id="adverb-and-participle"),
        pytest.param("A soil that lets water through quickly is described as **freely drained**.", "Freely drained",
                     "A soil that lets water through quickly.", id="described-as-adverb-and-participle"),
    ],
)
def test_a_name_of_an_adverb_and_a_participle_is_kept_whole(body, term, definition):
    assert glossary(f"Places differ. {body}").get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        ("Most of the town's guilds opposed the new charter, a stance known as protectionism: the effort to shield "
         "local trades from outside competition.", "Protectionism",
         "The effort to shield local trades from outside competition."),
        ("Inside the leaf, the carbon is built into sugars; this is called fixation, meaning the conversion of a gas "
         "into a solid compound.", "Fixation", "The conversion of a gas into a solid compound."),
        ("Together, these choices are known as the **service blend**: the combination of tools a shop uses to "
         "please its customers.", "Service blend", "The combination of tools a shop uses to please its customers."),
    ],
)
def test_the_authors_noun_phrase_gloss_after_the_name_is_the_definition(body, term, definition):
    from tests.lessontext.glossary.support import glossary

    assert glossary(body).get(term) == ("defined", definition)


@pytest.mark.parametrize(
    ("body", "term", "refused"),
    [
        # a list of the members after the colon, not a gloss
        ("The layers are separated by boundaries called pauses: the lower pause, the middle pause and the upper "
         "pause.", "Pauses", "The lower pause"),
        # a clause after the colon ("a neutral stimulus comes to ..."), not a noun phrase
        ("This kind of learning is called **classical conditioning**: a neutral stimulus comes to trigger a "
         "response after being paired with a stimulus that naturally produces it.", "Classical conditioning",
         "A neutral stimulus"),
        # a statement about the named thing after the colon
        ("The four walls form a square called the keep: the tower protects the lord.", "Keep", "The tower"),
    ],
)
def test_a_list_or_a_clause_after_the_name_is_no_gloss(body, term, refused):
    from tests.lessontext.glossary.support import glossary

    assert not glossary(body).get(term, ("", ""))[1].startswith(refused)


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Around the hub turn much smaller wheels called cogs, which carry the chain.", "Cogs",
                     "Much smaller wheels, which carry the chain.", id="a-verb-after-a-noun-before-a-quantifier"),
        pytest.param("Inside the cell drift many tiny grains called granules, which store starch.", "Granules",
                     "Many tiny grains, which store starch.", id="a-verb-after-a-noun-before-many"),
        pytest.param("A crank is a bent rod that turns about a fixed point called the hinge, or axle.", "Hinge",
                     None, id="a-preposition-after-the-verb-is-no-start-of-the-phrase"),
    ],
)
def test_the_named_phrase_starts_after_a_verb_that_could_be_a_noun(body, term, definition):
    """"Around the hub turn much smaller wheels called T": "turn" is the verb, not part of the named phrase."""
    found = glossary(body).get(term)
    assert (found[1] if found else None) == definition


def test_a_noun_that_is_also_a_verb_heads_the_phrase_a_preposition_names():
    """test-cf: "The skydiver falls at a constant speed called the **terminal velocity**" read "speed" as a verb
    and kept the sentence with a gap; the named phrase is the speed, and the clause says what it is of."""
    check("The forces on the skydiver balance. The skydiver falls at a constant speed called the"
          " **terminal velocity**.\n",
          {"Terminal velocity": ("defined", "A constant speed at which the skydiver falls.")}, ())


def test_a_thing_placed_just_before_another_is_what_the_name_after_them_names():
    # test-cq, both raters: "The gene before which the enzyme RNA polymerase attaches to a region of DNA just."
    found = glossary("The enzyme **RNA polymerase** attaches to a region of DNA just before the gene, called the promoter.")
    assert found["Promoter"][1] == "A region of DNA just before the gene."


def test_this_kind_of_thing_with_its_relative_is_what_gets_the_name():
    """test-cw: "This kind of system, which works by reflection, is called catoptric" defined nothing."""
    found = glossary("Lamps need reflectors. This kind of system, which works by reflection, is called catoptric.")
    assert found["Catoptric"] == ("defined", "A system that works by reflection.")


def test_what_is_done_to_a_thing_and_a_phrase_after_as_are_no_definitions():
    """test-cw, both raters: "Mat: Cut into slabs ..." and "Micelles: Milk as tiny clusters"."""
    found = glossary("Cheese starts as milk. The drained curd knits together into a mat, which is cut into slabs that "
                     "are stacked and turned repeatedly. The caseins float in milk as tiny clusters called micelles.")
    assert "Mat" not in found
    assert found.get("Micelles", ("", ""))[1] != "Milk as tiny clusters."


def test_the_object_of_the_sentences_verb_gets_the_name_not_the_phrase_before_it():
    """test-db, both raters: "Flowstone: Walls and floors deposits sheets." read the subject's phrase and its verb."""
    found = glossary("Rain running in thin streams down cliffs and ledges leaves crusts called travertine.")
    assert found.get("Travertine") == ("defined", "Crusts that rain running in thin streams down cliffs and ledges leaves.")


def test_a_participle_after_a_clause_names_no_agent_of_the_clause():
    """test-db, both raters: "Bedding planes: Surfaces that separate the limestone forms in layers."."""
    found = glossary("The clay settles in beds, separated by thin films called partings.")
    assert not found.get("Partings", ("", ""))[1].startswith("Thin films that separate")
    assert "are flattened" not in glossary("Thylakoids are flattened sacs, surrounded by a fluid called the stroma."
                                           ).get("Stroma", ("", ""))[1]


def test_a_step_named_after_two_clauses_is_the_last_clause():
    """test-db, both raters: "Sparging: A step in which now called wort and is drained off and ..." (garbled)."""
    found = glossary("After a day the thick paste, now called pulp, is pressed out and the vat is washed with cold "
                     "water, a step known as rinsing, before the pulp is dried.")
    assert found.get("Rinsing") == ("defined", "A step in which the vat is washed with cold water.")


def test_a_practice_named_after_a_gerund_phrase_is_the_practice_of_doing_it():
    """test-db, both raters: "Burtonisation: A practice in which adding gypsum and other salts to softer water."."""
    found = glossary("Steeping the grain in warm water for two days, a step called malting, wakes the seed.")
    assert found.get("Malting") == ("defined", "The step of steeping the grain in warm water for two days.")
    # a participle that modifies a noun and a clause with its own verb are no gerund's phrase
    assert not glossary("Rising prices encouraged people to buy shares to sell them, a practice called speculation."
                        ).get("Speculation", ("", ""))[1].startswith("The practice of")
    assert not glossary("According to tradition, the first actor was a performer called Thespis.").get(
        "Thespis", ("", ""))[1].startswith("The performer of")


def test_an_adverb_before_the_verb_ends_the_name():
    # test-dn, both raters: "Reverse transcriptase first" as a headword
    check("For RNA viruses, an enzyme called reverse transcriptase first copies the RNA into DNA.",
          {"Reverse transcriptase": ("defined", "An enzyme that first copies the RNA into DNA.")},
          ("Reverse transcriptase first",))


def test_a_process_named_after_a_relative_clause_is_the_relatives():
    # test-do, both raters: "Biomagnification: A process in which DDT breaks down into ..."
    check("DDT breaks down into a compound known as DDE, which builds up in animals at each step of the food chain, a "
          "process called biomagnification.",
          {"Biomagnification": ("defined", "A process in which DDE builds up in animals at each step of the food chain.")},
          ())


def test_a_gerund_before_the_named_phrase_is_no_part_of_its_definition():
    # test-dp, both raters: "Tailpole: Pushing a long beam."
    check("When the wind changed, the miller turned the body to face it by pushing a long beam called the tailpole.",
          {"Tailpole": ("defined", "A long beam.")}, ())


def test_named_between_a_compound_adjective_and_a_plural_names_nothing():
    """test-dr, both raters: "Winds: Some of the best-known." from "compares some of the best-known named winds"."""
    found = glossary("This lesson explains those processes and then compares some of the best-known named winds.")
    assert "Winds" not in found


def test_a_size_aside_before_the_name_leaves_no_definition():
    """test-dv, both raters: "International Prototype of the Kilogram: The size of a golf ball", a wrong key."""
    found = glossary("From 1889 until 2019 the kilogram was the mass of one particular cylinder of platinum–iridium, "
                     "about the size of a golf ball, known as the International Prototype of the Kilogram.")
    assert "International Prototype of the Kilogram" not in found, found


def test_a_participle_inside_the_name_before_its_last_noun_is_part_of_it():
    """test-dv: "Ribbed: A tough, translucent brown sheet" cut the name at "smoked"."""
    found = glossary("The result is a tough, translucent brown sheet known as ribbed smoked sheet.")
    assert found.get("Ribbed smoked sheet") == ("defined", "A tough, translucent brown sheet."), found
    assert "Ribbed" not in found


def test_a_rebuilt_definition_that_points_back_with_a_bare_this_is_refused():
    """test-dv, both raters: "Emissivity: A number with which we allow for this"."""
    found = glossary("Real surfaces radiate less than a perfect black body. We allow for this with a number called "
                     "the emissivity, written ε.")
    assert not any("for this" in definition for _, definition in found.values()), found


def test_a_scope_before_the_named_phrase_goes_after_it():
    """test-dv: "For a star, the total power radiated is called its luminosity" (missed by both raters' lists)."""
    assert glossary("For a star, the total power radiated is called its **luminosity**, L.").get("Luminosity") == (
        "defined", "The total power radiated by a star.")
    assert glossary("For a gas, the pressure of each component is called its partial pressure.").get(
        "Partial pressure") == ("defined", "The pressure of each component of a gas.")


def test_known_to_people_as_names_and_known_to_history_as_does_not():
    """"known to numismatists as T" names the phrase before it; "known to history as" renames a person."""
    assert glossary("The reverse showed only the rough square impression of the punch, known to numismatists as an "
                    "incuse punch.").get("Incuse punch") == ("defined", "The rough square impression of the punch.")
    assert "Emperor Meiji" not in glossary(
        "A proclamation announced the restoration of imperial rule in the name of the fifteen-year-old Emperor "
        "Mutsuhito, known to history as the Emperor Meiji.")
    # inside a sentence, "the oval rings in the text" is a noun phrase, not a subject and its verb
    assert glossary("He recognised that the oval rings in the hieroglyphic text, now called **cartouches**, enclosed "
                    "royal names.").get("Cartouches") == ("defined", "The oval rings in the hieroglyphic text.")


def test_a_process_named_after_a_participle_clause_is_not_glossed_by_the_clause_object():
    """test-dw, both raters: "Zipping: A ring around the broad end in a process" (a wrong key)."""
    found = glossary("After a rest, the chick rotates inside the shell, chipping a ring around the broad end in a "
                     "process called zipping.")
    assert "ring around" not in found.get("Zipping", ("", ""))[1]


def test_a_belief_summed_up_as_an_idea_named_is_that_idea():
    """A reported claim before ", an idea known as T" is what the idea holds (the colon form it replaces was never
    published)."""
    found = glossary("Many scientists also believe that mitochondria and chloroplasts were once free-living "
                     f"prokaryotes that came to live inside larger cells, an idea known as the endosymbiotic theory. {_PLAIN}")
    assert found["Endosymbiotic theory"][1] == ("The idea that mitochondria and chloroplasts were once free-living "
                                                "prokaryotes that came to live inside larger cells.")


def test_a_plural_subjects_verb_and_its_object_pronoun_end_the_name():
    """test-ef, both raters: "Hydroxyapatite give: Crystals of a calcium phosphate mineral", a verb read into the name
    and the crystals read as the mineral."""
    found = glossary("Its strength comes from collagen, while crystals of a calcium phosphate mineral called "
                     f"hydroxyapatite give it hardness. {_PLAIN}")
    assert found["Hydroxyapatite"][1] == "A calcium phosphate mineral."


def test_two_adjectives_joined_by_or_share_the_noun_they_name():
    """test-ef, both raters: "Secondary: The usual pattern ..." from "is called secondary or indirect healing"."""
    found = glossary("The usual pattern in a broken long bone, such as the tibia or radius, is called secondary or "
                     f"indirect healing, and it passes through the stages below. {_PLAIN}")
    assert "Secondary" not in found
    assert found["Secondary healing"][1] == "The usual pattern in a broken long bone, such as the tibia or radius."
