"""Similarity and specificity from the shipped wordllama and wordfreq data, with no network."""

import subprocess
import sys
from pathlib import Path

import pytest

from lessontext import semantics

ROOT = Path(__file__).resolve().parents[2]


def test_near_synonyms_score_high_and_other_subjects_near_zero():
    assert semantics.similarity("military diplomacy", "army diplomacy") > 0.85
    assert abs(semantics.similarity("military diplomacy", "photosynthesis")) < 0.2
    assert semantics.similarity("treaty", "") == 0.0


def test_similarities_keep_the_candidates_order():
    scores = semantics.similarities("naval cooperation between allies", ["maritime partnership", "chlorophyll", ""])
    assert len(scores) == 3 and scores[0] > scores[1] and scores[2] == 0.0
    assert semantics.similarities("anything", []) == []


@pytest.mark.parametrize(
    ("common", "rare"),
    [("the", "diplomacy"), ("house", "interoperability"), ("big army", "military attaché")],
)
def test_specificity_ranks_rarer_words_higher(common, rare):
    assert 0.0 <= semantics.specificity(common) < semantics.specificity(rare) <= 1.0


def test_specificity_of_no_words_is_zero():
    assert semantics.specificity("1990 – 2000") == 0.0


def test_the_centre_of_a_passage_is_nearer_its_own_subject_than_another():
    passage = ["Volcanoes erupt molten rock called lava.", "Magma rises through cracks in the crust.",
               "Ash clouds from an eruption can ground aircraft."]
    vector = semantics.centre(passage)
    assert abs(float(vector @ vector) - 1) < 1e-5
    assert semantics.similarity_to(vector, "A volcano spewed lava and ash.") > semantics.similarity_to(
        vector, "The recipe needs two cups of flour.")


@pytest.mark.parametrize(("passage", "text"), [([], "Lava is molten rock."), (["", "  "], "Lava is molten rock."),
                                               (["Lava is molten rock."], ""), (["Lava is molten rock."], "   ")])
def test_similarity_to_an_empty_centre_or_text_is_zero(passage, text):
    assert semantics.similarity_to(semantics.centre(passage), text) == 0.0


def test_loading_touches_no_network():
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise RuntimeError('network touched')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from lessontext import semantics\n"
        "print(round(semantics.similarity('military diplomacy', 'army diplomacy'), 2))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "0"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0.92"
