"""The items blind raters gave a wrong-key reason (wrong_key, two_keys, distractor_true), joined to ``rerated.py -v``.

    .venv/bin/python bench/rerated.py --all -v > /tmp/before-v.txt      # before a change, then after it
    .venv/bin/python bench/wrong_keys.py count /tmp/before-v.txt /tmp/after-v.txt   # how many are still made
    .venv/bin/python bench/wrong_keys.py list /tmp/after-v.txt          # each, by rule, with the raters' notes
    .venv/bin/python bench/wrong_keys.py count --check ...              # the check sets instead of the open ones

An item counts once per corpus, rule and stem (both raters, every rating folder of the corpus); "both" counts the
items both raters flagged.  A change that only widens or narrows the accepted answers keeps the stem: read those.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from missed_terms import CHECK_SETS  # noqa: E402
from rerated import RATED  # noqa: E402

CHECK = set(CHECK_SETS)  # the one list of check sets, so a new one is never designed on
WRONG_KEY = {"wrong_key", "two_keys", "distractor_true"}
_LINE = re.compile(r"  \[(\S+)\] (\S+) (\S+) \[.*?\] :: (.*)$")


def collect(check: bool) -> dict[tuple[str, str, str], dict]:
    """(corpus, rule, stem) -> the item, its raters' verdicts and reasons, and their notes."""
    found: dict[tuple[str, str, str], dict] = {}
    for corpus, folders in RATED.items():
        if (corpus in CHECK) != check:
            continue
        for folder in folders:
            labels = ROOT / "bench" / "labels" / folder
            rules = json.loads((labels / "private.json").read_text())["questions"]
            items = {q["id"]: q for lesson in json.loads((labels / "input" / "questions.json").read_text())
                     for q in lesson["questions"]}
            for rater in sorted(labels.glob("rater-*")):
                for rating in json.loads((rater / "ratings.json").read_text()):
                    reasons = set(rating.get("reasons") or []) & WRONG_KEY
                    if not reasons:
                        continue
                    item = items[rating["id"]]
                    entry = found.setdefault((corpus, rules[rating["id"]]["rule"], item["stem"]),
                                             {"item": item, "ratings": [], "notes": []})
                    entry["ratings"].append((rater.name, rating["verdict"], sorted(reasons)))
                    entry["notes"].append(rating.get("note", ""))
    return found


def made(path: str) -> set[tuple[str, str, str]]:
    """(corpus, rule, stem) of every item a ``rerated.py -v`` output lists."""
    return {(m.group(1), m.group(3), m.group(4)) for line in open(path, encoding="utf-8")
            if (m := _LINE.match(line.rstrip("\n")))}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--check"]
    items = collect("--check" in sys.argv)
    mode, paths = args[0], args[1:]
    if mode == "count":
        for path in paths:
            still = [k for k in items if k in made(path)]
            both = [k for k in still if len({r[0] for r in items[k]["ratings"]}) > 1]
            print(f"{path}: {len(still)} of {len(items)} wrong-key items still made ({len(both)} flagged by both raters)")
            print("  by rule:", dict(Counter(k[1] for k in still).most_common()))
        return
    now = made(paths[0]) if paths else None
    by_rule = defaultdict(list)
    for key, entry in items.items():
        by_rule[key[1]].append((key, entry))
    for rule, entries in sorted(by_rule.items(), key=lambda x: -len(x[1])):
        print(f"==== {rule}: {len(entries)} items in {len({k[0] for k, _ in entries})} corpora")
        for key, entry in entries:
            item = entry["item"]
            options = " | ".join(("*" if o["correct"] else "") + o["text"] for o in item["options"])
            state = "" if now is None else (" MADE" if key in now else " gone")
            print(f"- [{key[0]}]{state} {entry['ratings']}\n  STEM: {item['stem']}\n  OPTIONS: {options}"
                  f" ANSWERS: {item.get('accepted_answers')}\n  SOURCE: {item.get('source_sentence')}")
            for note in entry["notes"]:
                print(f"  NOTE: {note}")


if __name__ == "__main__":
    main()
