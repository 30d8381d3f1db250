"""bench/rating.py: the rule table counted from rated folders."""

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

rating = pytest.importorskip("rating")


def _rated_folder(root: Path, name: str, rules: dict[str, str], verdicts: dict[str, list[str]]) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "private.json").write_text(json.dumps({"questions": {qid: {"rule": r} for qid, r in rules.items()}}))
    for i, per_rater in enumerate(zip(*verdicts.values()), start=1):
        rater = folder / f"rater-{i}"
        rater.mkdir()
        ratings = [{"id": qid, "verdict": v} for qid, v in zip(verdicts, per_rater)]
        (rater / "ratings.json").write_text(json.dumps(ratings))
    return folder


def test_rule_counts_sum_both_raters_of_every_folder(tmp_path):
    one = _rated_folder(tmp_path, "one", {"a#1": "x", "a#2": "y"},
                        {"a#1": ["accept", "minor"], "a#2": ["reject", "accept"]})
    two = _rated_folder(tmp_path, "two", {"b#1": "x"}, {"b#1": ["accept", "accept"]})
    counts = rating.rule_counts(one, two)
    assert dict(counts) == {"x": [3, 1, 4], "y": [1, 0, 2]}

