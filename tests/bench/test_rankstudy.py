"""bench/rankstudy.py: the shipped quality weights are what ``train`` makes of the labels in the repository."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

rankstudy = pytest.importorskip("rankstudy")


def test_the_shipped_weights_are_what_train_makes_of_the_labels():
    from lessontext.questions.quality import WEIGHTS

    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    fresh = rankstudy.train(rankstudy.load())
    assert sorted(fresh["weights"]) == sorted(shipped["weights"])
    assert fresh["trained_on"] == shipped["trained_on"]
    for part in ("weights", "means", "scales"):
        for name, value in fresh[part].items():
            assert shipped[part][name] == pytest.approx(value, abs=1e-3), (part, name)
    assert shipped["intercept"] == pytest.approx(fresh["intercept"], abs=1e-3)
    assert shipped["floor"] == pytest.approx(fresh["floor"], abs=0.01)


@pytest.mark.parametrize(("scores", "labels", "expected"), [
    ([0.9, 0.8, 0.2, 0.1], [True, True, False, False], 1.0),
    ([0.1, 0.2, 0.8, 0.9], [True, True, False, False], 0.0),
    ([0.5, 0.5, 0.5, 0.5], [True, False, True, False], 0.5),
])
def test_auc(scores, labels, expected):
    assert rankstudy.auc(scores, labels) == pytest.approx(expected)


def test_the_floor_drops_where_rejects_outnumber_accepts_and_spares_true_false():
    def item(verdicts, truth=None):
        return {"verdicts": verdicts, "wrong": [False] * len(verdicts), "item": type("I", (), {"truth": truth})()}
    items = [item(["reject", "reject"]), item(["reject", "reject"], truth=False), item(["accept", "minor"]),
             item(["accept", "accept"])]
    assert rankstudy.choose_floor(items, np.array([0.1, 0.05, 0.6, 0.9])) == pytest.approx(0.6)
