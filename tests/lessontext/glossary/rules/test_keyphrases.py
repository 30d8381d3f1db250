"""The keyphrase rule: key concepts the lesson keeps using, with a sentence that explains them."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.rules.keyphrases import _explaining_definition


@pytest.mark.parametrize(
    ("term", "sentence", "expected"),
    [
        pytest.param("longshore drift", "Longshore drift occurs when waves approach the beach at an angle.",
                     "A drift that occurs when waves approach the beach at an angle.", id="occurs-when"),
        pytest.param("crop rotation", "Crop rotation involves growing different crops on the same field each year.",
                     "A rotation that involves growing different crops on the same field each year.", id="involves"),
        pytest.param("heat exchanger", "A heat exchanger is used to move heat between two fluids without mixing the fluids.",
                     "Something used to move heat between two fluids without mixing the fluids.", id="used-to-agent-noun"),
        pytest.param("deposition", "Deposition occurs when a river slows down and drops its load of sediment.",
                     "A process that occurs when a river slows down and drops its load of sediment.", id="process-noun"),
        pytest.param("breach of contract", "A breach of contract occurs when a party fails to perform its duty.",
                     "A breach that occurs when a party fails to perform its duty.", id="head-before-of"),
        pytest.param("food webs", "However, food webs consist of many food chains linked at shared species.",
                     "Webs that consist of many food chains linked at shared species.", id="discourse-marker-and-plural"),
    ],
)
def test_explaining_sentence_gives_a_definition(term, sentence, expected):
    assert _explaining_definition(term, sentence) == expected


@pytest.mark.parametrize(
    ("term", "sentence"),
    [
        pytest.param("crop rotation", "Crop rotation was popular in 1750 among farmers in Norfolk.", id="story-not-explanation"),
        pytest.param("crop rotation", "It involves growing different crops on the same field.", id="subject-is-a-pronoun"),
        pytest.param("crop rotation", "Crop rotation involves this.", id="too-short"),
        pytest.param("crop rotation", "Crop rotation involves these steps and many more besides.", id="anaphora-in-predicate"),
        pytest.param("crop rotation", "Farmers say crop rotation involves growing different crops.", id="not-the-subject"),
        pytest.param("crop rotation", "Crop rotation's effects include richer soil and better yields.", id="possessive"),
        pytest.param("longshore drift", "Longshore drift, however, includes the movement of sand and shingle.",
                     id="interrupted-subject"),
        pytest.param("mesh", "Devices connect to several others, giving many paths for data.", id="other-subject"),
        pytest.param("plants", "Plants carry out both processes during the day and at night.", id="both-refers-back"),
    ],
)
def test_non_explaining_sentence_gives_nothing(term, sentence):
    assert _explaining_definition(term, sentence) is None


def lesson(body: str, title: str = "Coastal Landforms") -> dict[str, tuple[str, str]]:
    document = parse_document(f"# {title}\n\n## Part\n\n{body}\n")
    return {t.term: (t.kind, t.definition) for t in extract_glossary(document)}


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Longshore drift moves sand along a beach. Longshore drift involves the movement of sand by waves that "
            "approach the beach at an angle. Groynes are built to slow longshore drift, and longshore drift shapes spits.",
            {"Longshore drift": ("concept", "A drift that involves the movement of sand by waves that approach the "
                                            "beach at an angle.")},
            (), id="ranked-and-explained",
        ),
        pytest.param(
            "Longshore drift moved sand in 1990. Longshore drift was strong that winter. Longshore drift shaped "
            "the spit near the town.",
            {}, ("Longshore drift",), id="ranked-but-not-explained",
        ),
        pytest.param(
            "Coastal landforms include spits and bars that develop over centuries. Coastal landforms change.",
            {}, ("Coastal landforms",), id="title-is-not-a-concept",
        ),
        pytest.param(
            "Gardeners break down dead organisms and waste. Gardeners return nutrients to the soil.",
            {}, ("Gardeners",), id="no-head-noun-to-build-on",
        ),
    ],
)
def test_key_concepts_listed_only_when_explained(body, expected, absent):
    found = lesson(body)
    for term, value in expected.items():
        assert found.get(term) == value, (term, found)
    for term in absent:
        assert term not in found, (term, found[term])


@pytest.mark.parametrize(
    ("body", "term", "expected"),
    [
        pytest.param("An electrocardiogram (ECG) records the electrical activity of the heart.", "Electrocardiogram",
                     "Something that records the electrical activity of the heart.", id="bare-verb-gets-a-head"),
        pytest.param("Beta blockers, such as atenolol, slow the heart rate.", "Beta blockers",
                     "Things that slow the heart rate (for example, atenolol).", id="agent-noun-not-echoed"),
        pytest.param("Herbivores eat grass; they are called grazers.", "Grazers",
                     "Herbivores that eat grass.", id="pronoun-after-semicolon-resolved"),
    ],
)
def test_definitions_read_as_noun_phrases(body, term, expected):
    assert lesson(body, title="Lesson").get(term, (None, None))[1] == expected


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        pytest.param("The sea otter is a classic example: by eating urchins, sea otters protect kelp forests.",
                     "Sea otter", id="example-is-not-a-definition"),
        pytest.param("In a meadow, for example, grass is eaten by a grasshopper and the grasshopper by a frog.",
                     "Meadow", id="setting-of-an-example"),
        pytest.param("The highest judges were the two chief justices, who were elected every year.",
                     "Highest judges", id="superlative-is-a-rank"),
        pytest.param("The city was ruled by elected judges, a council of elders and assemblies of citizens.",
                     "Judges", id="list-is-not-an-appositive"),
        pytest.param("Napoleon was named emperor for life and was crowned in Paris in 1804.",
                     "Emperor", id="blanked-sentence"),
    ],
)
def test_not_terms(body, absent):
    assert absent not in lesson(body, title="Lesson")


@pytest.mark.parametrize(
    ("term", "proper"),
    [
        pytest.param("Camp Bondsteel", True, id="a-place-name"),
        pytest.param("Fort Halden", True, id="a-fort"),
        pytest.param("Krebs Cycle", False, id="a-common-noun-head-in-capitals"),
        pytest.param("longshore drift", False, id="a-lower-case-concept"),
    ],
)
def test_a_term_ending_in_a_name_has_no_kind(term, proper):
    from lessontext.glossary.rules.keyphrases import _proper_head

    assert _proper_head(term) is proper
