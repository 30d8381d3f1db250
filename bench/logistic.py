"""The small model the bench's learned scores share: L2 logistic regression on standardised columns.

    from logistic import fit, logit, probability

``fit`` runs Newton's method with a ridge penalty on every weight but the intercept; rows may carry
weights (a rated item counts once per rating).  The model is a plain dict of numpy arrays - ``intercept``,
``weights``, ``means``, ``scales`` - which the training scripts round into the JSON files the run-time
scorers in ``lessontext`` read (``questions/quality_weights.json``, ``glossary/salience_weights.json``).
"""

from __future__ import annotations

import numpy as np

__all__ = ["fit", "logit", "probability"]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray | None = None, *, penalty: float = 1.0) -> dict:
    """Fit P(y) on ``x`` (rows weighted by ``w``, 1 each by default); ``y`` may be a share between 0 and 1."""
    w = np.ones(len(x)) if w is None else w
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    beta = np.zeros(z.shape[1])
    ridge = np.full(z.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ (w * (p - y)) + ridge * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    return {"intercept": float(beta[0]), "weights": beta[1:], "means": means, "scales": scales}


def logit(model: dict, x: np.ndarray) -> np.ndarray:
    """The log-odds the model gives each row of ``x``."""
    return model["intercept"] + ((x - model["means"]) / model["scales"]) @ model["weights"]


def probability(model: dict, x: np.ndarray) -> np.ndarray:
    """The probability the model gives each row of ``x``."""
    return 1 / (1 + np.exp(-np.clip(logit(model, x), -30, 30)))
