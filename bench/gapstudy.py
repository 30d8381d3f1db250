"""Which fill-in gaps blind raters accept, and which a second word fits as well ("two keys").

    .venv/bin/python bench/gapstudy.py          # every rated fill-in item, by signal
    .venv/bin/python bench/gapstudy.py -v       # and the items each gap check in lessontext/questions/gaps.py refuses

Reads every folder of bench/labels/ (not the seed course's): each rating of a fill-in item (glossary_fill_blank,
entity_fill_blank) joined to its stem and accepted answers as the raters saw them.  For each signal of the stem
and key (the gap opens the sentence, a naming cue pins it, the gap is a list member, the key is one word, ...)
it prints how many ratings were accept / minor / reject and how many gave the reason two_keys; for each gap
check it prints the same for the ratings of the stems the check refuses, split by the design and check halves
of the rated sets (``DESIGN``: the half the q-gaps rules were written from), and the exchange rate (accepted
ratings lost per rejected rating removed).  Only the shown stem is read, never the lesson: a signal that needs
the lesson (is this sentence the key's definition?) is for a generation-time study.
Never reads the held-out test folders.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lessontext.questions.gaps import (  # noqa: E402
    _LIST_MIDDLE,
    _LIST_TAIL,
    _NAMING_CUE,
    closed_list,
    list_head,
    members_only,
    modifier_key,
    names_a_neighbour,
)
from lessontext.questions.text import BLANK  # noqa: E402

DESIGN = frozenset("dev test-b test-d test-f test-h test-j test-l test-n test-p test-s test-u test-w".split())
_ROUND = re.compile(r"-(?:r\d+|mid)$")
_SUBJECT = re.compile(rf"^(?:(?:the|a|an|a\(n\))\s+)?{re.escape(BLANK)}\s", re.I)
_CUE = re.compile(r"\b(?:called|known\s+as|termed|referred\s+to\s+as|meaning)\b", re.I)
_DEFINING = re.compile(rf"^(?:(?:the|a|an|a\(n\))\s+)?{re.escape(BLANK)}\s+(?:is|are|means|refers)\b", re.I)


def corpus_of(folder: str) -> str:
    return _ROUND.sub("", folder.removeprefix("near-misses-"))


def ratings() -> list[dict]:
    """Every rating of a fill-in item in bench/labels (the seed course's folders left out)."""
    rows = []
    for labels in sorted((ROOT / "bench" / "labels").iterdir()):
        if labels.name.startswith("seeds") or not (labels / "private.json").exists():
            continue
        rules = {qid: q["rule"] for qid, q in json.loads((labels / "private.json").read_text())["questions"].items()}
        shown = {q["id"]: q for lesson in json.loads((labels / "input" / "questions.json").read_text())
                 for q in lesson["questions"]}
        for rater in sorted(labels.glob("rater-*")):
            for rating in json.loads((rater / "ratings.json").read_text()):
                rule = rules.get(rating["id"], "")
                if not rule.endswith("fill_blank"):
                    continue
                q = shown[rating["id"]]
                # the stem as the checks see it, before the family writes the text's article ("a _____")
                stem = re.sub(rf"\b([Aa])n? {re.escape(BLANK)}", rf"\1(n) {BLANK}", q["stem"])
                rows.append({"folder": labels.name, "half": "design" if corpus_of(labels.name) in DESIGN else "check",
                             "rule": rule, "stem": stem, "key": (q.get("accepted_answers") or [""])[0],
                             "verdict": rating["verdict"], "two_keys": "two_keys" in rating.get("reasons", [])})
    return rows


SIGNALS = {
    "gap opens the sentence": lambda r: bool(_SUBJECT.match(r["stem"])),
    "'_____ is/are/means' (a definition)": lambda r: bool(_DEFINING.match(r["stem"])),
    "a naming cue ('called', 'meaning')": lambda r: bool(_CUE.search(r["stem"])),
    "key of one word": lambda r: len(r["key"].split()) == 1,
    "key of three words or more": lambda r: len(r["key"].split()) >= 3,
}
CHECKS = {
    "list tail (not_the_point)": lambda r: bool(_LIST_TAIL.search(r["stem"])) and not closed_list(r["stem"]),
    "list middle (not_the_point)": lambda r: bool(_LIST_MIDDLE.search(r["stem"])) and not closed_list(r["stem"]),
    "list head (list_head)": lambda r: list_head(r["stem"]) and not closed_list(r["stem"]),
    "a cue names another term (names_a_neighbour)": lambda r: any(
        names_a_neighbour(r["stem"], cue) for cue in _NAMING_CUE.finditer(r["stem"])),
    "key sorts the noun after it (modifier_key)": lambda r: modifier_key(r["stem"], r["key"]),
    "subject lists members (members_only)": lambda r: members_only(r["stem"]),
}


def tally(rows: list[dict]) -> str:
    c = Counter(r["verdict"] for r in rows)
    n = len(rows) or 1
    two = sum(r["two_keys"] for r in rows)
    return (f"n {len(rows):4d}  accept {c['accept']:3d} ({c['accept'] / n:.0%})  minor {c['minor']:3d}  "
            f"reject {c['reject']:3d}  two_keys {two:3d} ({two / n:.0%})")


def main() -> None:
    rows = ratings()
    print(f"every fill-in rating: {tally(rows)}")
    for name, signal in SIGNALS.items():
        print(f"  {name:40s} yes: {tally([r for r in rows if signal(r)])}")
        print(f"  {'':40s} no:  {tally([r for r in rows if not signal(r)])}")
    print("gap checks (the ratings of stems each refuses):")
    for name, check in CHECKS.items():
        hit = [r for r in rows if check(r)]
        for half in ("design", "check"):
            part = [r for r in hit if r["half"] == half]
            c = Counter(r["verdict"] for r in part)
            rate = f"{c['accept'] / c['reject']:.2f}" if c["reject"] else "-"
            print(f"  {name:44s} {half:6s} {tally(part)}  accepted lost per reject removed {rate}")
        if "-v" in sys.argv:
            seen: dict[str, list[str]] = defaultdict(list)
            for r in hit:
                seen[f"[{r['half']}] {r['stem'][:110]}  (key {r['key']})"].append(r["verdict"])
            for stem, verdicts in sorted(seen.items()):
                print(f"      {verdicts} {stem}")


if __name__ == "__main__":
    main()
