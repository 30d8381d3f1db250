"""bench/logistic.py: the regression every learned score of the bench fits."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

logistic = pytest.importorskip("logistic")


def test_fit_recovers_the_direction_of_a_separating_feature_and_ignores_noise():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.1 * rng.normal(size=400) > 0).astype(float)
    model = logistic.fit(x, y, penalty=1.0)
    assert model["weights"][0] > 2 and abs(model["weights"][1]) < 0.5
    low, high = logistic.probability(model, np.array([[-2.0, 0.0], [2.0, 0.0]]))
    assert low < 0.1 < 0.9 < high


@pytest.mark.parametrize("penalty", [0.1, 100.0])
def test_a_stronger_penalty_shrinks_the_weights(penalty):
    x = np.array([[0.0], [0.1], [0.2], [1.0], [1.1], [1.2]])
    y = np.array([0.0, 0.0, 1.0, 0.0, 1.0, 1.0])
    weak, strong = logistic.fit(x, y, penalty=penalty), logistic.fit(x, y, penalty=penalty * 10)
    assert 0 < strong["weights"][0] < weak["weights"][0]


def test_row_weights_count_a_row_that_many_times():
    x = np.array([[0.0], [1.0], [1.0]])
    y = np.array([0.0, 1.0, 0.0])
    weighted = logistic.fit(np.array([[0.0], [1.0]]), np.array([0.0, 0.5]), np.array([1.0, 2.0]), penalty=1.0)
    repeated = logistic.fit(x, y, penalty=1.0)
    assert logistic.logit(weighted, np.array([[1.0]]))[0] == pytest.approx(
        logistic.logit(repeated, np.array([[1.0]]))[0], abs=0.3)


def test_a_constant_column_is_left_unscaled():
    x = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    model = logistic.fit(x, np.array([0.0, 0.0, 1.0, 1.0]), penalty=1.0)
    assert model["scales"][0] == 1.0 and np.isfinite(logistic.logit(model, x)).all()
