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



def test_coverage_reads_a_table_column_and_ignores_other_rows():
    summary = """# Ratings

| lesson | n | accept | coverage (1-5) |
|---|---|---|---|
| essay-tides | 4 | 3 | 2 |
| lesson-rocks | 5 | 5 | **4** |
| overall | 9 | 8 | 3 |
"""
    assert rating.coverage(summary, {"essay-tides", "lesson-rocks"}) == {"essay-tides": 2.0, "lesson-rocks": 4.0}


def test_coverage_reads_slug_lines_and_keeps_the_first_score_of_a_lesson():
    summary = """## Coverage per lesson

- **essay-tides**: 2/5. Missing: spring tides.
- `lesson-rocks` (8 items): 3.5/5
- **lesson-rocks**: 1/5 (repeated in a later note)
- **unknown-slug**: 5/5
"""
    assert rating.coverage(summary, {"essay-tides", "lesson-rocks"}) == {"essay-tides": 2.0, "lesson-rocks": 3.5}


def test_true_false_balance_counts_false_keys_among_all_items():
    options = {True: [{"text": "True", "correct": True}, {"text": "False", "correct": False}],
               False: [{"text": "True", "correct": False}, {"text": "False", "correct": True}]}
    questions = [{"lesson": "a", "questions": [
        {"id": "a#1", "type": "true_false", "options": options[True]},
        {"id": "a#2", "type": "true_false", "options": options[False]},
        {"id": "a#3", "type": "fill_blank", "options": []},
    ]}]
    private = {"questions": {qid: {"rule": "no_such_rule", "confidence": 0.9} for qid in ("a#1", "a#2", "a#3")}}
    line = rating._true_false_balance(questions, private)
    assert "keyed True (published): 0/0" in line
    assert "keyed False (all generated): 1/2 = 50%" in line
