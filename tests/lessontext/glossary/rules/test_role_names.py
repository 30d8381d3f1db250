"""The role_name and role_gloss rules: a term given as the complement of a role, with an aside or a colon gloss."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.extract import collect_candidates
from lessontext.glossary.rules.role_names import ROLE_NAME, _noun_phrase_gloss
from tests.lessontext.glossary.support import glossary


def role_name_definitions(body: str) -> dict[str, str]:
    """What role_name alone proposes for ``body`` (other rules may word a name better in the glossary)."""
    candidates, _ = collect_candidates(parse_document(f"# Lesson\n\n{body}\n"), [ROLE_NAME])
    return {c.term: c.definition for c in candidates}


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The oldest binding instrument is the Upper Basin Water Convention, opened for signature in 1961 "
                     "and in force since 1964.", "Upper Basin Water Convention",
                     "The oldest binding instrument, opened for signature in 1961 and in force since 1964.",
                     id="a-ranked-kind-and-a-participle"),
        pytest.param("The legal basis for sharing the lake is the Lakeside Treaty, which sets a quota for each "
                     "shore and forbids new dams upstream.", "Lakeside Treaty",
                     "The legal basis for sharing the lake, which sets a quota for each shore and forbids new dams "
                     "upstream.", id="a-qualified-kind-and-a-which-clause"),
        pytest.param("The heart of the warning effort is the Valley Siren Service, set up in 1972 by the three "
                     "valley towns, and it still sounds every Monday.", "Valley Siren Service",
                     "The heart of the warning effort, set up in 1972 by the three valley towns.",
                     id="a-central-part-of-a-named-whole-cut-before-a-second-statement"),
    ],
)
def test_a_name_is_defined_by_the_role_the_sentence_gives_it(body, term, definition):
    assert role_name_definitions(body)[term] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("The best-known example is the Upper Basin Water Convention, opened for signature in 1961.",
                     "Upper Basin Water Convention", id="an-example-says-nothing-of-what-it-is"),
        pytest.param("The most ambitious answer is the Valley Siren Service, set up in 1972.", "Valley Siren Service",
                     id="an-answer-says-nothing-of-what-it-is"),
        pytest.param("The central node of this effort is the Valley Siren Service, set up in 1972.",
                     "Valley Siren Service", id="a-subject-pointing-back"),
        pytest.param("The main forum is the Basin Commission.", "Basin Commission", id="no-aside"),
        pytest.param("The oldest instrument is the Basin Commission, and it meets twice a year.", "Basin Commission",
                     id="a-second-statement-is-no-aside"),
    ],
)
def test_a_role_that_says_nothing_of_the_name_defines_nothing(body, term):
    assert term not in role_name_definitions(body)


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("One answer has been the tide gauge: a post with a marked scale that shows the height of the "
                     "water.", "tide gauge", "A post with a marked scale that shows the height of the water.",
                     id="a-noun-phrase-gloss"),
        pytest.param("The aim is slow grazing: time for the grass to recover before the herd returns.",
                     "slow grazing", "Time for the grass to recover before the herd returns.",
                     id="a-noun-phrase-with-an-infinitive"),
        pytest.param("Their central idea is the principle of prudence: no boat should leave while a storm warning "
                     "stands.", "principle of prudence",
                     "The principle that no boat should leave while a storm warning stands.",
                     id="a-principle-and-its-proposition"),
    ],
)
def test_a_colon_after_the_complement_glosses_the_term(body, term, definition):
    found = {key.lower(): value for key, value in glossary(body).items()}
    assert found[term][1] == definition


@pytest.mark.parametrize(
    ("gloss", "noun_phrase"),
    [
        ("a post with a marked scale that shows the height of the water", True),
        ("time to act before the river floods", True),
        ("every boat should be able to reach shelter within an hour", False),
        ("when a port records a surge, it warns the next port", False),
        ("the ten boats are counted every evening", False),
    ],
)
def test_a_gloss_is_a_noun_phrase_until_a_verb_of_its_own(gloss, noun_phrase):
    assert _noun_phrase_gloss(gloss) is noun_phrase
