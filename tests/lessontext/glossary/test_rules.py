"""One table per extraction rule: the definition a teacher would accept, and the near misses it must leave out."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import MASK, extract_glossary
from lessontext.glossary.rephrase import (
    article,
    drop_demonstratives,
    genus_phrase,
    head_with_modifiers,
    relative_definition,
    reorder_subordinate,
)


def glossary(body: str) -> dict[str, tuple[str, str]]:
    document = parse_document(f"# Lesson\n\n## Part\n\n{body}\n")
    return {t.term: (t.kind, t.definition) for t in extract_glossary(document)}


def check(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    found = glossary(body)
    for term, value in expected.items():
        assert found.get(term) == value, (term, found.get(term))
    for term in absent:
        assert term not in found, (term, found[term])
    for kind, definition in found.values():
        assert MASK not in definition or kind == "defined", definition


# --------------------------------------------------------------------------
# Rephrasing helpers


@pytest.mark.parametrize(
    ("term", "predicate", "expected"),
    [
        ("void contract", "has no legal effect.", "A contract that has no legal effect"),
        ("accessory pigments", "absorb other wavelengths", "Pigments that absorb other wavelengths"),
        ("enzyme inhibitor", "slows a reaction", "An inhibitor that slows a reaction"),
        ("redirect", "tells the client to go elsewhere", "Tells the client to go elsewhere"),
    ],
)
def test_genus_phrase(term, predicate, expected):
    assert genus_phrase(term, predicate) == expected


@pytest.mark.parametrize(
    ("noun_phrase", "preposition", "clause", "expected"),
    [
        ("a step", "in", "Light splits water", "A step in which light splits water"),
        ("a sugar", "to", "The enzyme attaches carbon", "A sugar to which the enzyme attaches carbon"),
        ("a boundary", "at", "When plates meet, one sinks", "A boundary at which one sinks when plates meet"),
        ("a room", "in", "Wegener worked", "A room in which Wegener worked"),
    ],
)
def test_relative_definition(noun_phrase, preposition, clause, expected):
    assert relative_definition(noun_phrase, preposition, clause) == expected


@pytest.mark.parametrize(
    ("function", "argument", "expected"),
    [
        (article, "hour", "An"),
        (article, "unit", "A"),
        (article, "enzyme", "An"),
        (article, "HTTP", "An"),
        (article, "URL", "A"),
        (drop_demonstratives, "much of this work", "much of the work"),
        (drop_demonstratives, "a series of such exercises", "a series of exercises"),
        (reorder_subordinate, "When ice melts, water rises", "water rises when ice melts"),
        (reorder_subordinate, "Water rises", "Water rises"),
    ],
)
def test_small_helpers(function, argument, expected):
    assert function(argument) == expected


def test_head_with_modifiers():
    assert head_with_modifiers("a three-digit status code", "status code") == "a three-digit code"
    assert head_with_modifiers("a fast enzyme", "enzyme") == "a fast enzyme"


# --------------------------------------------------------------------------
# Labels


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "- **Printing press**: a machine that presses inked type onto paper.\n"
            "- **Boiling point**: the temperature at which a liquid turns to gas.\n"
            "- **Peacekeeping**: the use of neutral forces to keep a ceasefire.\n"
            "- **Building Trust and Confidence**: nations meet often and share plans.\n"
            "- **Promoting Mutual Understanding**: states exchange officers.\n"
            "- **Managing risk**: managers should list what can go wrong.\n",
            {
                "Printing press": ("defined", "A machine that presses inked type onto paper."),
                "Boiling point": ("defined", "The temperature at which a liquid turns to gas."),
                "Peacekeeping": ("defined", "The use of neutral forces to keep a ceasefire."),
            },
            ("Building trust and confidence", "Promoting mutual understanding", "Managing risk"),
            id="gerund-compound-is-a-term-gerund-with-object-is-an-activity",
        ),
        pytest.param(
            "- **Treaties**: states sign treaties with partners that share their aims.\n",
            {"Treaties": ("defined", "States sign treaties with partners that share their aims.")},
            (),
            id="label-body-mentioning-the-term-is-not-a-cloze",
        ),
        pytest.param(
            "- Stroke (CVA): loss of brain function when blood flow stops, commonly known as a brain attack.\n",
            {"Stroke": ("acronym", "Loss of brain function when blood flow stops.")},
            ("Brain attack",),
            id="label-alias-after-commonly-known-as",
        ),
        pytest.param(
            "- Source: the place where a river begins.\n- Source: World Bank, 2020.\n",
            {"Source": ("defined", "The place where a river begins.")},
            (),
            id="aside-word-as-a-term-only-with-a-defining-body",
        ),
    ],
)
def test_labels(body, expected, absent):
    check(body, expected, absent)


def test_category_from_a_lead_in_and_its_labelled_members():
    body = (
        "Several things can stop a seed from growing. The main limiting conditions are:\n\n"
        "- **Drought**: too little water in the soil.\n"
        "- **Frost**: ice that forms on the surface.\n"
    )
    assert glossary(body)["Limiting conditions"] == ("concept", "Conditions such as drought and frost.")


# --------------------------------------------------------------------------
# Definitional sentences


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "The nervous system serves as a crucial link between organs. "
            "Trade represents an essential aspect of modern life.",
            {}, ("Nervous system", "Trade"),
            id="serves-as-and-vacuous-generic-head-are-not-definitions",
        ),
        pytest.param(
            "Anaemia is blood loss caused by a lack of iron. Water is essential for life.",
            {"Anaemia": ("defined", "Blood loss caused by a lack of iron.")}, ("Water",),
            id="bare-noun-complement-with-a-restriction",
        ),
        pytest.param(
            "The usual remedy is damages, a sum paid to the injured party.",
            {}, ("Usual remedy",),
            id="generic-modifier-subject-is-a-role",
        ),
        pytest.param(
            "The Gini coefficient measures how unequally income is shared.",
            {"Gini coefficient": ("defined", "A measure of how unequally income is shared.")}, (),
            id="measures",
        ),
    ],
)
def test_copula_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
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
    ],
)
def test_naming_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A void contract, by contrast, has no legal effect at all. A firewall filters network traffic. "
            "A single copy could take months. A valid contract needs all of the following elements:",
            {
                "Void contract": ("defined", "A contract that has no legal effect at all."),
                "Firewall": ("defined", "Filters network traffic."),
            },
            ("Single copy", "Valid contract"),
            id="generic-indefinite-subject",
        ),
        pytest.param(
            "A MAC address is fixed to the network card by its maker, while a hub repeats every signal it receives.",
            {
                "MAC address": ("defined", "An address that is fixed to the network card by its maker."),
                "Hub": ("defined", "Repeats every signal it receives."),
            },
            (),
            id="passive-predicate-and-while-clause",
        ),
        pytest.param(
            "Root vegetables, such as carrots and beets, store energy underground. "
            "The offer, like any promise, binds the party.",
            {"Root vegetables": ("defined", "Vegetables that store energy underground (for example, carrots and beets).")},
            ("Offer",),
            id="subject-with-examples",
        ),
        pytest.param(
            "At a subduction zone, one plate slides beneath another. In a sense, it runs backwards. "
            "During the day, a healthy plant grows.",
            {"Subduction zone": ("defined", "A zone at which one plate slides beneath another.")},
            ("Sense", "Day", "Healthy plant"),
            id="prepositional-setting",
        ),
        pytest.param(
            "Under the mirror rule, a reply must match the offer exactly.",
            {"Mirror rule": ("defined", "The rule that a reply must match the offer exactly.")}, (),
            id="under-the-rule",
        ),
        pytest.param(
            "A vote that changes the bill is not a yes but an amendment, which returns it to committee.",
            {"Amendment": ("defined", "A vote that changes the bill and returns it to committee.")}, (),
            id="not-a-but-b",
        ),
        pytest.param(
            "UDP is a connectionless protocol: the sender does not check that packets arrive. "
            "Python is a popular language: many people use it.",
            {"Connectionless protocol": ("defined",
                                         "A protocol in which the sender does not check that packets arrive.")},
            ("Popular language",),
            id="kind-then-colon-explanation",
        ),
        pytest.param(
            "Each leaf has a pair of bundle sheaths that surround it. Economists call costs that cannot be recovered sunk costs.",
            {"Bundle sheaths": ("defined", "Sheaths that surround the leaf.")},
            ("Call costs",),
            id="noun-noun-compound-with-relative-clause",
        ),
        pytest.param(
            "Soft power, using culture as a means of influence, has grown in importance. "
            "Farmers, using new tools, increased their yields.",
            {"Soft power": ("defined", "The use of culture as a means of influence.")}, ("Farmers",),
            id="participle-appositive",
        ),
        pytest.param(
            "Inflation — a general rise in prices — erodes savings.",
            {"Inflation": ("defined", "A general rise in prices.")}, (),
            id="dash-appositive",
        ),
        pytest.param(
            "Beneath the crust lies the mantle, a thick layer of hot rock that flows slowly. "
            "Mercury, the smallest planet in the solar system, orbits closest to the Sun. "
            "Sheet erosion, the removal of thin layers of soil, follows heavy rain.",
            {
                "Mantle": ("defined", "A thick layer of hot rock that flows slowly."),
                "Mercury": ("defined", "The smallest planet in the solar system."),
                "Sheet erosion": ("defined", "The removal of thin layers of soil."),
            },
            (),
            id="appositives-after-an-inverted-verb-and-between-subject-and-verb",
        ),
        pytest.param(
            "A method is safe if calling it changes nothing on the server. "
            "A loan made under duress is usually voidable, which means the borrower may cancel it.",
            {
                "Safe": ("defined", "Said of a method when calling it changes nothing on the server."),
                "Voidable": ("defined", "Said of a loan: the borrower may cancel it."),
            },
            (),
            id="adjectives-in-dictionary-shape",
        ),
    ],
)
def test_prose_rules(body, expected, absent):
    check(body, expected, absent)


# --------------------------------------------------------------------------
# Acronyms and named things


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Data travels over a Transmission Control Protocol (TCP) connection, which resends lost bytes.",
            {"Transmission Control Protocol": ("acronym", "A protocol whose connection resends lost bytes.")},
            (),
            id="acronym-before-a-noun-and-a-relative-clause",
        ),
        pytest.param(
            "Most data travels over Transmission Control Protocol (TCP) links today.",
            {"Transmission Control Protocol": ("acronym", "Most data travels over TCP links today.")},
            (),
            id="expansion-shortened-to-the-acronym-not-masked",
        ),
        pytest.param(
            "Cells make glyceraldehyde 3-phosphate (G3P), a sugar from which glucose is built.",
            {"Glyceraldehyde 3-phosphate": ("acronym", "A sugar from which glucose is built.")}, (),
            id="appositive-after-the-acronym",
        ),
        pytest.param(
            "Berners-Lee wrote the first browser alongside the HyperText Markup Language (HTML) and a server.",
            {}, ("HyperText Markup Language",),
            id="listed-pair-is-not-explained",
        ),
        pytest.param(
            "An echocardiogram (ECHO) shows the heart moving. "
            "The signal reaches the atrioventricular (AV) node, which delays it.",
            {
                "Echocardiogram": ("acronym", "Something that shows the heart moving."),
                "Atrioventricular node": ("acronym", "A node that delays the signal."),
            },
            ("Echocardiogram shows",),
            id="one-word-expansion-and-acronym-inside-a-name",
        ),
        pytest.param(
            "The International Monetary Fund (IMF) estimates that growth will slow.",
            {}, ("International Monetary Fund",),
            id="reported-claim-does-not-explain",
        ),
        pytest.param(
            "Books were sold at fairs such as the Leipzig Book Fair.",
            {},
            ("Leipzig Book Fair",),
            id="named-thing-given-only-as-an-example",
        ),
        pytest.param(
            "Aldus Manutius founded the Aldine Press in 1494.",
            {"Aldine Press": ("organisation", "A press founded by Aldus Manutius in 1494.")}, (),
            id="named-thing-with-its-founder",
        ),
        pytest.param(
            "A large series of naval drills, like the Sea Shield-2023 Exercise, brings in ships from many states.",
            {"Sea Shield-2023 Exercise": ("exercise", "A large series of naval drills that brings in ships from many states.")},
            (),
            id="named-instance-of-the-subject",
        ),
    ],
)
def test_acronyms_and_names(body, expected, absent):
    check(body, expected, absent)


# --------------------------------------------------------------------------
# Heading concepts and display


def test_heading_concept_is_introduced_by_a_sentence():
    text = (
        "# Web\n\n## Port numbers\n\nEvery service listens on a sixteen-bit port number. Ports below 1024 are reserved.\n\n"
        "## Light reactions\n\nThe light reactions take place in the thylakoid membranes.\n"
    )
    found = {t.term: (t.kind, t.definition) for t in extract_glossary(parse_document(text))}
    assert found["Port number"] == ("concept", "A sixteen-bit number on which every service listens.")
    assert found["Light reactions"] == ("concept", "Reactions that take place in the thylakoid membranes.")


def test_label_keeps_its_number_and_a_proper_kind_needs_a_name():
    text = (
        "# Rivers\n\n- Tributary: a smaller river that joins a larger one.\n\n"
        "Some tributaries are long. Other tributaries are short. Large tributaries flood.\n\n"
        "Blood pressure (BP) is the force that blood exerts on the walls of the arteries.\n"
    )
    found = {t.term: t for t in extract_glossary(parse_document(text))}
    assert "Tributary" in found and found["Tributary"].aliases == ("tributaries",)
    assert found["Blood pressure"].kind == "acronym"
