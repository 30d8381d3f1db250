"""Learn which noun phrases of a lesson teachers list as must-have glossary terms (term salience).

    .venv/bin/python bench/term_salience.py          # leave-one-corpus-out validation tables
    .venv/bin/python bench/term_salience.py train    # fit on every rated corpus, write the weights

Every rated lesson of ``bench/rerated.py``'s RATED (``missed_terms.lessons``) gives its ranked noun
phrases (:func:`lessontext.glossary.salience.phrase_features`); a phrase is positive when its key is
a form of one of the lesson's must-have terms (both raters, every round of the corpus).  The model
is an L2-regularised logistic regression on standardised features, fitted by Newton's method.

Validation is leave one corpus out: each corpus (all of its label folders) is scored by a model
trained on the others, with the penalty chosen inside the training folds (an inner leave one corpus
out); the pooled out-of-fold recall at k per lesson is compared with the keyphrase ranking alone.
The threshold above which ``described_salient`` may write an entry is chosen the same way: the
lowest probability whose inner out-of-fold share of must-have terms reaches TARGET_PRECISION.
``train`` writes ``lessontext/glossary/salience_weights.json`` (feature names, means, scales,
weights, the training sets and how it was made); tests/bench/test_term_salience.py retrains and
compares, so the shipped file never drifts from the labels.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from logistic import fit, probability  # noqa: E402
from missed_terms import lessons  # noqa: E402
from rerated import RATED  # noqa: E402

from lessontext.glossary.salience import FEATURES, WEIGHTS_FILE, phrase_features  # noqa: E402

PENALTIES = (0.3, 3.0, 30.0, 300.0)
KS = (5, 10, 15, 20)
# The rule that writes entries for salient terms wants phrases a teacher lists at least this often.
TARGET_PRECISION = 0.8
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))


def dataset(corpora: list[str] | None = None) -> list[dict]:
    """One row per lesson: its phrase features (matrix), labels, the must-have count, keyphrase order."""
    rows = []
    for lesson in lessons(corpora):
        if not lesson.must:
            continue
        scored = phrase_features(lesson.document)
        x = np.array([[f[name] for name in FEATURES] for _p, f in scored], dtype=float).reshape(-1, len(FEATURES))
        # Which must-have term each phrase is (-1: none): a term found twice counts once.
        which = np.array([next((i for i, m in enumerate(lesson.must) if p.key in m.keys), -1) for p, _f in scored])
        rows.append({"corpus": lesson.corpus, "slug": lesson.slug, "x": x, "which": which,
                     "y": (which >= 0).astype(float), "must": len(lesson.must)})
    return rows


def stack(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([r["x"] for r in rows]), np.concatenate([r["y"] for r in rows])


def recall_at(rows: list[dict], scores: list[np.ndarray], k: int) -> float:
    """Pooled share of must-have terms among each lesson's top ``k`` phrases."""
    hit = total = 0
    for row, score in zip(rows, scores, strict=True):
        order = np.argsort(-score, kind="stable")[:k]
        hit += len({int(row["which"][i]) for i in order if row["which"][i] >= 0})
        total += row["must"]
    return hit / max(total, 1)


def log_loss(rows: list[dict], scores: list[np.ndarray]) -> float:
    y = np.concatenate([r["y"] for r in rows])
    p = np.clip(np.concatenate(scores), 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def _inner(rows: list[dict], penalty: float) -> tuple[list[dict], list[np.ndarray]]:
    """Leave-one-corpus-out predictions inside ``rows``."""
    scores, held = [], []
    for corpus in sorted({r["corpus"] for r in rows}):
        train = [r for r in rows if r["corpus"] != corpus]
        test = [r for r in rows if r["corpus"] == corpus]
        model = fit(*stack(train), penalty=penalty)
        scores += [probability(model, r["x"]) for r in test]
        held += test
    return held, scores


def choose_penalty(rows: list[dict]) -> float:
    """The penalty with the best inner leave-one-corpus-out log loss on ``rows``."""
    return min(PENALTIES, key=lambda penalty: log_loss(*_inner(rows, penalty)))


def precision_at(rows: list[dict], scores: list[np.ndarray], threshold: float) -> tuple[float, int]:
    """Share of phrases scoring at least ``threshold`` that are must-have terms, and how many there are."""
    y = np.concatenate([r["y"] for r in rows])
    p = np.concatenate(scores)
    chosen = p >= threshold
    return (float(y[chosen].mean()) if chosen.any() else 0.0), int(chosen.sum())


def choose_threshold(rows: list[dict], penalty: float) -> float:
    """The lowest threshold whose inner leave-one-corpus-out precision reaches TARGET_PRECISION."""
    held, scores = _inner(rows, penalty)
    return next((t for t in THRESHOLDS if precision_at(held, scores, t)[0] >= TARGET_PRECISION), THRESHOLDS[-1])


def out_of_fold(rows: list[dict]) -> tuple[list[dict], list[np.ndarray], dict[str, tuple[float, float]]]:
    """Each corpus scored by a model trained on the others (penalty and threshold chosen inside the training folds)."""
    held, scores, chosen = [], [], {}
    for corpus in sorted({r["corpus"] for r in rows}):
        train = [r for r in rows if r["corpus"] != corpus]
        test = [r for r in rows if r["corpus"] == corpus]
        penalty = choose_penalty(train)
        chosen[corpus] = (penalty, choose_threshold(train, penalty))
        model = fit(*stack(train), penalty=penalty)
        scores += [probability(model, r["x"]) for r in test]
        held += test
    return held, scores, chosen


def validate() -> None:
    rows = dataset()
    positives = sum(len({int(w) for w in r["which"] if w >= 0}) for r in rows)
    total = sum(r["must"] for r in rows)
    print(f"{len(rows)} lessons in {len({r['corpus'] for r in rows})} corpora; {total} must-have terms, "
          f"{positives} ({positives / total:.0%}) among the lessons' ranked phrases (the ceiling)")
    held, scores, chosen = out_of_fold(rows)
    baseline = [r["x"][:, FEATURES.index("keyphrase_score")] for r in held]
    print("penalty, threshold chosen inside the training folds, per left-out corpus: "
          + ", ".join(f"{c} {p}/{t}" for c, (p, t) in chosen.items()))
    hits = total = terms = 0
    for corpus, (_p, threshold) in chosen.items():
        idx = [i for i, r in enumerate(held) if r["corpus"] == corpus]
        for i in idx:
            picked = scores[i] >= threshold
            hits += int(held[i]["y"][picked].sum())
            total += int(picked.sum())
            terms += len({int(w) for w in held[i]["which"][picked] if w >= 0})
    print(f"out of fold at each fold's threshold: {total} phrases pass, {hits / max(total, 1):.0%} of them must-have "
          f"terms; they cover {terms} of {sum(r['must'] for r in held)} must-have terms")
    print(f"\n  {'recall at k per lesson (pooled, out of fold)':46} " + " ".join(f"k={k:<5}" for k in KS))
    print(f"  {'keyphrase ranking alone':46} " + " ".join(f"{recall_at(held, baseline, k):7.1%}" for k in KS))
    print(f"  {'salience model':46} " + " ".join(f"{recall_at(held, scores, k):7.1%}" for k in KS))
    print("\n  per left-out corpus, recall at 10: keyphrase -> model")
    for corpus in RATED:
        idx = [i for i, r in enumerate(held) if r["corpus"] == corpus]
        if not idx:
            continue
        sub = [held[i] for i in idx]
        print(f"    {corpus:8} {recall_at(sub, [baseline[i] for i in idx], 10):6.1%} -> "
              f"{recall_at(sub, [scores[i] for i in idx], 10):6.1%}")
    # Calibration: out-of-fold probability bands against the share of phrases teachers list.
    p = np.concatenate(scores)
    y = np.concatenate([r["y"] for r in held])
    print("\n  out-of-fold probability band: phrases, share listed by teachers")
    for lo, hi in ((0, .1), (.1, .2), (.2, .3), (.3, .45), (.45, .6), (.6, 1.01)):
        band = (p >= lo) & (p < hi)
        print(f"    {lo:.2f}-{min(hi, 1):.2f}: {band.sum():6d} {y[band].mean() if band.any() else 0:6.1%}")


def train() -> dict:
    """Fit on every rated corpus (penalty by leave one corpus out) and return the weights file's content."""
    rows = dataset()
    penalty = choose_penalty(rows)
    model = fit(*stack(rows), penalty=penalty)
    return {
        "threshold": choose_threshold(rows, penalty),
        "target_precision": TARGET_PRECISION,
        "features": list(FEATURES),
        "means": {n: round(float(v), 6) for n, v in zip(FEATURES, model["means"], strict=True)},
        "scales": {n: round(float(v), 6) for n, v in zip(FEATURES, model["scales"], strict=True)},
        "weights": {n: round(float(v), 6) for n, v in zip(FEATURES, model["weights"], strict=True)},
        "intercept": round(float(model["intercept"]), 6),
        "penalty": penalty,
        "trained_on": sorted({f for c in {r["corpus"] for r in rows} for f in RATED[c]}),
        "note": ("L2 logistic regression (Newton) on standardised features; positives are a lesson's ranked "
                 "noun phrases whose key is a form of a raters' must-have term; penalty (log loss) and threshold "
                 "(lowest with precision >= target) chosen by leave one corpus out; written by "
                 "bench/term_salience.py train"),
    }


def main(argv: list[str]) -> None:
    if argv[:1] == ["train"]:
        weights = train()
        WEIGHTS_FILE.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)} (penalty {weights['penalty']}, threshold {weights['threshold']})")
        for name in FEATURES:
            print(f"  {name:20} {weights['weights'][name]:+.3f}")
        return
    validate()


if __name__ == "__main__":
    main(sys.argv[1:])
