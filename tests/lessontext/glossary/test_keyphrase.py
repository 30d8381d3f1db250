"""lessontext.glossary.keyphrase: ranking a lesson's noun phrases."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.keyphrase import rank_keyphrases

TIDES = """# Coasts

## Tides

Tidal range is the difference in height between high and low water. Tidal range varies with the phase of the Moon.
A spring tide occurs when the Sun and Moon line up. The tidal range is largest at a spring tide.

## Waves

Longshore drift moves sand along the coast. Longshore drift occurs when waves approach the beach at an angle.
Groynes slow longshore drift. Each aspect of the coast matters, and the role of people is important.
"""


def ranked_keys(text: str) -> list[str]:
    return [k.key for k in rank_keyphrases(parse_document(text))]


@pytest.mark.parametrize(
    ("text", "above", "below"),
    [
        pytest.param(TIDES, "tidal range", "coast", id="repeated-compound-beats-everyday-word"),
        pytest.param(TIDES, "longshore drift", "sand", id="spread-over-sentences-beats-single-mention"),
        pytest.param(
            "# Soil\n\nHumus feeds plants. Humus holds water. Humus darkens soil. A worm eats leaves.\n",
            "humus", "worm", id="frequency",
        ),
    ],
)
def test_ranking_orders_phrases(text, above, below):
    keys = ranked_keys(text)
    assert above in keys
    assert below not in keys or keys.index(above) < keys.index(below)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(TIDES, "aspect", id="generic-noun"),
        pytest.param(TIDES, "role", id="generic-role"),
        pytest.param("# Talk\n\nThe important role was clear. An important role helps.\n", "important role", id="judgement-plus-noun"),
        pytest.param("# Plates\n\nThe plates slowly managed public finances.\n", "managed public finance", id="participle-not-modifier"),
        pytest.param("# Rocks\n\nGranite, basalt and chalk differ.\n", "granite basalt", id="commas-split-phrases"),
    ],
)
def test_ranking_leaves_out(text, absent):
    assert absent not in ranked_keys(text)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        pytest.param("# Ports\n\nHarbourco runs joint patrols in the bay. Harbourco trains pilots. The patrols deter smugglers.\n",
                     "harbourco run joint patrol", "joint patrol", id="name-then-verb-then-object"),
        pytest.param("# Ports\n\nThe Port Authority coordinates the pilots. The Port Authority sets fees.\n",
                     "port authority coordinate", "port authority", id="verb-before-an-article"),
        pytest.param("# Ports\n\nCoastal patrols build trust between crews. Coastal patrols sail at night.\n",
                     "coastal patrol build trust", "coastal patrol", id="plural-subject-then-plain-verb"),
    ],
)
def test_a_verb_between_subject_and_object_ends_the_phrase(text, absent, present):
    keys = ranked_keys(text)
    assert absent not in keys
    assert present in keys


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("# Money\n\nExchange rates change daily. Banks publish exchange rates.\n", "exchange rate",
                     id="a-plural-noun-that-ends-a-phrase-elsewhere"),
        pytest.param("# Arms\n\nSmall arms control needs cooperation. Treaties list the small arms.\n",
                     "small arms control", id="a-plural-modifier-the-lesson-also-uses-as-a-noun"),
        pytest.param("# Rocks\n\nMetamorphic rocks form under heat. The metamorphic rocks are hard.\n",
                     "metamorphic rock", id="plural-subject-then-verb"),
        pytest.param("# Arms\n\nSmall arms control programmes need money. Export control is older.\n",
                     "small arms control programme", id="a-plain-noun-the-lesson-ends-a-phrase-with-elsewhere"),
    ],
)
def test_a_plural_noun_the_lesson_uses_as_a_noun_is_kept(text, kept):
    assert kept in ranked_keys(text)


def test_ranking_is_normalised_and_deterministic():
    first = rank_keyphrases(parse_document(TIDES))
    assert first[0].score == 1.0
    assert all(0 < k.score <= 1 for k in first)
    assert first == rank_keyphrases(parse_document(TIDES))
    assert rank_keyphrases(parse_document("# Only a title\n")) == ()


def test_a_rare_word_outranks_an_everyday_word_used_as_often():
    text = ("# Soil\n\nThe food of worms is humus. Worms turn humus into food for plants. "
            "Plants take food from humus.\n")
    scores = {k.key: k.score for k in rank_keyphrases(parse_document(text))}
    assert scores["humus"] > scores["food"]
