"""bench/term_salience.py: the shipped salience weights are what ``train`` makes from the labels in the repository."""

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

term_salience = pytest.importorskip("term_salience")


def test_shipped_weights_match_a_fresh_training_run():
    shipped = json.loads(term_salience.WEIGHTS_FILE.read_text(encoding="utf-8"))
    fresh = term_salience.train()
    assert shipped["features"] == fresh["features"]
    assert shipped["trained_on"] == fresh["trained_on"]
    assert shipped["penalty"] == fresh["penalty"]
    assert shipped["threshold"] == fresh["threshold"]
    for part in ("means", "scales", "weights"):
        for name in fresh["features"]:
            assert shipped[part][name] == pytest.approx(fresh[part][name], abs=1e-3), (part, name)
    assert shipped["intercept"] == pytest.approx(fresh["intercept"], abs=1e-3)
