"""Can an item-level condition make the publish gate reach its targets on documents nobody tuned on?

    .venv/bin/python bench/gatestudy.py             # every rated item, as the raters saw it
    .venv/bin/python bench/gatestudy.py --current   # only items the current generator still makes

Reads the blind ratings in bench/labels/ (dev-r5, dev-b-r3, test-b to test-i; never the held-out
folders), computes each rated item's features (lessontext/questions/gatefeatures.py) from what the
raters saw (``input/``) and what they did not (``private.json``: rule, confidence, checks), then
validates the choice of conditions LEAVE ONE SET OUT: on all sets but one, each rule keeps the
broadest single condition (a threshold on one feature, a boolean feature, a passed check, or none)
whose items have at least ``--min`` ratings, usable as is >= 70%, usable >= 90% and no wrong key;
the items those conditions publish on the left-out set are scored with their blind verdicts. Every
fold is printed, then the pooled out-of-fold figures with 90% Wilson intervals.

``--current`` restricts every set to the rated items whose (rule, stem) the current generator still
makes (as bench/rerated.py joins them). Those are the survivors of fixes designed on the same
ratings, so their figures are optimistic; the default (every item as first rated) is the honest one.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lessontext.questions.gate import MIN_USABLE, MIN_USABLE_AS_IS, NEEDS_ONE_OF  # noqa: E402
from lessontext.questions.gatefeatures import features, item_key, position_in  # noqa: E402
from lessontext.words import term_key  # noqa: E402

# label folder -> corpus folder; each set is scored on its own ratings only.
SETS = {"dev-r5": "dev", "dev-b-r3": "dev-b", "test-b": "test-b", "test-c": "test-c", "test-d": "test-d",
        "test-e": "test-e", "test-f": "test-f", "test-g": "test-g", "test-h": "test-h", "test-i": "test-i"}
WRONG_KEY_REASONS = {"wrong_key", "two_keys", "distractor_true"}
NUMERIC = ("confidence", "key_specificity", "key_words", "stem_words", "position", "specialist_words")
BOOLEAN = ("key_number", "key_capitalised", "key_headword", "key_defined", "stem_refers", "statement_names")


def rated_items(labels: Path) -> list[dict]:
    """Every rated question of one label folder: its features, rule, stem and both raters' verdicts."""
    private = json.loads((labels / "private.json").read_text(encoding="utf-8"))
    lessons = json.loads((labels / "input" / "questions.json").read_text(encoding="utf-8"))
    glossary = json.loads((labels / "input" / "glossary.json").read_text(encoding="utf-8"))
    headwords = {term_key(entry["term"]) for entry in glossary}
    verdicts: dict[str, list[tuple[str, bool]]] = {}
    for rater in sorted(labels.glob("rater-*")):
        for rating in json.loads((rater / "ratings.json").read_text(encoding="utf-8")):
            wrong = bool(set(rating.get("reasons", [])) & WRONG_KEY_REASONS)
            verdicts.setdefault(rating["id"], []).append((rating["verdict"], wrong))
    items = []
    for lesson in lessons:
        source = (labels / "input" / "sources" / f"{lesson['lesson']}.md").read_text(encoding="utf-8")
        for q in lesson["questions"]:
            if q["id"] not in verdicts:
                continue
            secret = private["questions"][q["id"]]
            sentence = q.get("source_sentence", "")
            key = item_key(q["type"], correct=[o["text"] for o in q["options"] if o["correct"]],
                           answers=q.get("accepted_answers") or [])
            row = features(type=q["type"], stem=q["stem"], key=key, confidence=secret["confidence"],
                           source_sentence=sentence, position=position_in(source, sentence), headwords=headwords)
            row.update(set=labels.name, rule=secret["rule"], stem=q["stem"], checks=secret.get("checks", []),
                       verdicts=verdicts[q["id"]])
            items.append(row)
    return items


def still_made() -> dict[str, set[tuple[str, str]]]:
    """corpus folder -> the (rule, stem) of every question the current generator makes there."""
    import random

    import ftfy

    sys.path.insert(0, str(ROOT / "bench"))
    from quizgen import course_glossary

    from lessontext.document import parse_document
    from lessontext.questions import generate_quiz

    made = {}
    for corpus in SETS.values():
        paths = sorted((ROOT / "bench" / "corpus" / corpus).glob("*.md"))
        documents = [parse_document(ftfy.fix_text(p.read_text(encoding="utf-8"))) for p in paths]
        glossary = course_glossary(documents)
        made[corpus] = {
            (q.rule, q.stem)
            for document in documents
            for q in generate_quiz(document, rng=random.Random(0), glossary=glossary,
                                   other_documents=[d for d in documents if d is not document]).questions
        }
    return made


def counts(items: list[dict]) -> tuple[int, int, int, int]:
    """(usable as is, usable after one edit, ratings, ratings naming a wrong key), both raters counted."""
    verdicts = [v for item in items for v in item["verdicts"]]
    return (sum(v == "accept" for v, _ in verdicts), sum(v == "minor" for v, _ in verdicts),
            len(verdicts), sum(w for _, w in verdicts))


def conditions(items: list[dict], family: str = "all") -> list[tuple[str, Callable[[dict], bool]]]:
    """The single conditions the study tries on a rule's items: none (``rule``), a flag (``flags``), or also
    a threshold on a number and a passed check (``all``)."""
    found: list[tuple[str, Callable[[dict], bool]]] = [("any item", lambda item: True)]
    if family == "rule":
        return found
    if family == "specialist":
        return found + [(f"specialist_words >= {t}", lambda item, t=t: item["specialist_words"] >= t) for t in (1, 2, 3)]
    for name in BOOLEAN:
        for value in (True, False):
            found.append((f"{name} is {value}", lambda item, n=name, v=value: item[n] is v))
    if family == "flags":
        return found
    for name in NUMERIC:
        for t in sorted({item[name] for item in items}):
            found.append((f"{name} >= {t}", lambda item, n=name, t=t: item[n] >= t))
            found.append((f"{name} <= {t}", lambda item, n=name, t=t: item[n] <= t))
    for check in sorted({c for item in items for c in item["checks"]}):
        found.append((f"passed {check}", lambda item, c=check: c in item["checks"]))
    return found


def passes(row: tuple[int, int, int, int], min_rated: int) -> bool:
    as_is, minor, rated, wrong = row
    return (rated >= min_rated and not wrong and as_is / rated >= MIN_USABLE_AS_IS
            and (as_is + minor) / rated >= MIN_USABLE)


def choose(items: list[dict], min_rated: int, family: str = "all", balance: bool = True) -> dict[str, tuple[str, Callable[[dict], bool]]]:
    """rule -> the condition covering the most rated items that still meets the targets on ``items``."""
    chosen = {}
    for rule in sorted({item["rule"] for item in items}):
        mine = [item for item in items if item["rule"] == rule]
        best, best_rated = None, 0
        for name, test in conditions(mine, family):
            row = counts([item for item in mine if test(item)])
            if passes(row, min_rated) and row[2] > best_rated:
                best, best_rated = (name, test), row[2]
        if best:
            chosen[rule] = best
    for rule, partners in NEEDS_ONE_OF.items() if balance else ():  # the gate's balance rule for true statements
        if rule in chosen and not any(p in chosen for p in partners):
            del chosen[rule]
    return chosen


def wilson(k: int, n: int, z: float = 1.645) -> str:
    """The 90% Wilson interval of k successes in n."""
    if not n:
        return "[-]"
    p = k / n
    centre, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return f"[{(centre - half) / (1 + z * z / n):.2f}, {(centre + half) / (1 + z * z / n):.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--current", action="store_true", help="only items the current generator still makes")
    parser.add_argument("--family", choices=("rule", "specialist", "flags", "all"), default="all",
                        help="rule: whole rules only (today's gate); specialist: or at least 1-3 specialist words; flags: and one yes/no feature; all: and thresholds")
    parser.add_argument("--no-balance", action="store_true",
                        help="diagnostic: let true statements publish without a false statement to balance them")
    parser.add_argument("--min", type=int, default=12, help="ratings a condition needs on the training sets")
    args = parser.parse_args()
    items = [item for labels in SETS for item in rated_items(ROOT / "bench" / "labels" / labels)]
    if args.current:
        made = still_made()
        items = [item for item in items if (item["rule"], item["stem"]) in made[SETS[item["set"]]]]
    print(f"{len(items)} rated items; conditions need {args.min} ratings on the training sets")
    pooled, published = [0, 0, 0, 0], 0
    for left_out in SETS:
        chosen = choose([item for item in items if item["set"] != left_out], args.min, args.family, not args.no_balance)
        out = [item for item in items if item["set"] == left_out
               and item["rule"] in chosen and chosen[item["rule"]][1](item)]
        row = counts(out)
        pooled = [a + b for a, b in zip(pooled, row)]
        published += len(out)
        rules = "; ".join(f"{rule}: {name}" for rule, (name, _) in chosen.items()) or "nothing"
        print(f"  {left_out:9} publishes {len(out):2} items: as is {row[0]}, after an edit {row[1]}, "
              f"ratings {row[2]}, wrong keys {row[3]}  <- {rules}")
    as_is, minor, rated, wrong = pooled
    if rated:
        print(f"pooled out of fold: {published} items, {rated} ratings; as is {as_is}/{rated} = {as_is / rated:.2f} "
              f"{wilson(as_is, rated)}; usable {as_is + minor}/{rated} = {(as_is + minor) / rated:.2f} "
              f"{wilson(as_is + minor, rated)}; wrong keys {wrong}")
    chosen = choose(items, args.min, args.family, not args.no_balance)
    print("on every set:", "; ".join(f"{rule}: {name}" for rule, (name, _) in chosen.items()) or "nothing")


if __name__ == "__main__":
    main()
