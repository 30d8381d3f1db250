"""bench/glossary_rankstudy.py: the regression it fits, its AUC and the floor it would choose."""

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

study = pytest.importorskip("glossary_rankstudy")


def test_auc_counts_each_rating_and_a_tie_as_half():
    rows = [{"verdicts": ["accept", "accept"]}, {"verdicts": ["reject", "minor"]}, {"verdicts": ["reject"]}]
    scores = np.array([2.0, 1.0, 0.0])
    assert study.auc(scores, rows, ("accept",)) == 1.0
    assert study.auc(-scores, rows, ("accept",)) == 0.0
    # usable: the minor and the reject of the middle entry share its score (half a pair), every other pair ordered
    assert study.auc(scores, rows, ("accept", "minor")) == pytest.approx(5.5 / 6)


@pytest.mark.parametrize(("price", "expected"), [(0.0, 1.0), (10.0, None)])
def test_floor_weighs_rejects_against_usable_ratings_and_must_haves(price, expected):
    rows = [{"verdicts": ["reject", "reject"], "must": 1}, {"verdicts": ["accept", "minor"], "must": 0},
            {"verdicts": ["accept", "accept"], "must": 0}]
    assert study.choose_floor(rows, np.array([0.0, 1.0, 2.0]), price) == expected
