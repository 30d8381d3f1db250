"""Why the quiz assembly leaves out candidates that passed every check, and how raters judged them.

    .venv/bin/python bench/assembly_study.py [CORPUS ...]      # default: every rated corpus of rerated.RATED
    .venv/bin/python bench/assembly_study.py -v [CORPUS ...]   # and each rated left-out item
    .venv/bin/python bench/assembly_study.py -a [CORPUS ...]   # and each chosen and left-out item, rated or not

Regenerates each corpus as ``rerated.py`` does (one course, seed 0, the course glossary, the course's
true/false keys balanced) and, for every lesson, takes the candidates that passed every check
(``generate_quiz`` hands them to ``select.choose_with_spares``).  Each one the published quiz left out is
charged to ``balance_waiting`` when it waited as a spare the course's true/false balance did not take,
to ``balance_out`` when the balance took it out, else to the first quiz-level rule that refuses it
against the quiz as it stands (``select.refusal``).  Each is joined to every blind verdict of the same rule and stem in ``bench/labels/`` (any set,
also the near-miss studies): a rule whose refusals raters accept is costing coverage; one whose refusals
they reject earns its place.  It prints, per refusal, the count and the verdicts, and the quiz sizes per
lesson (essays apart from lessons, by the file's name).
Never reads the held-out test folders.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from quizgen import course_glossary  # noqa: E402
from rerated import RATED  # noqa: E402

import lessontext.questions as questions  # noqa: E402
from lessontext.document import parse_document  # noqa: E402
from lessontext.questions import balance_course, generate_quiz  # noqa: E402
from lessontext.questions.balance import keyed_true  # noqa: E402
from lessontext.questions.select import refusal  # noqa: E402

LABELS = ROOT / "bench" / "labels"


def all_verdicts() -> dict[tuple[str, str], list[str]]:
    """(rule, stem) -> every blind verdict of any rated set (the seed course's apart)."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for labels in sorted(LABELS.iterdir()):
        if labels.name.startswith("seeds") or not (labels / "private.json").exists():
            continue
        rules = {qid: q["rule"] for qid, q in json.loads((labels / "private.json").read_text())["questions"].items()}
        stems = {q["id"]: q["stem"] for lesson in json.loads((labels / "input" / "questions.json").read_text())
                 for q in lesson["questions"]}
        for rater in sorted(labels.glob("rater-*")):
            ratings = rater / "ratings.json"
            if ratings.exists():
                for rating in json.loads(ratings.read_text()):
                    if rating["id"] in rules and rating["id"] in stems:
                        found[(rules[rating["id"]], stems[rating["id"]])].append(rating["verdict"])
    return found


def study(corpora: list[str], verbose: bool, every: bool = False) -> None:
    rated = all_verdicts()
    calls: list[tuple[list, list, list, int]] = []
    original = questions.choose_with_spares

    def recording(passed, **kwargs):
        chosen, spare = original(passed, **kwargs)
        calls.append((list(passed), chosen, spare, kwargs["target"]))
        return chosen, spare

    questions.choose_with_spares = recording
    refused: Counter[str] = Counter()
    scores: dict[str, Counter[str]] = defaultdict(Counter)
    sizes: dict[str, list[int]] = defaultdict(list)
    try:
        for corpus in corpora:
            paths = sorted((ROOT / "bench" / "corpus" / corpus).glob("*.md"))
            documents = [parse_document(ftfy.fix_text(p.read_text(encoding="utf-8"))) for p in paths]
            glossary = course_glossary(documents)
            calls.clear()
            drafts = [generate_quiz(d, rng=random.Random(0), glossary=glossary,
                                    other_documents=[o for o in documents if o is not d]) for d in documents]
            recorded = list(calls)
            balanced = balance_course(drafts)
            keyed = Counter(keyed_true(q) for d in balanced for q in d.questions)
            waiting = Counter(keyed_true(q) for d in balanced for q in d.spare)
            print(f"{corpus}: true/false keyed True {keyed[True]}, False {keyed[False]}; "
                  f"waiting True {waiting[True]}, False {waiting[False]}")
            for path, draft, (passed, chosen, spare, target) in zip(paths, balanced, recorded):
                essay = not path.stem.startswith("lesson")
                sizes["essay" if essay else "lesson"].append(len(draft.questions))
                published = {(q.rule, q.stem) for q in draft.questions}
                in_select = {(c.rule, c.stem) for c in chosen}
                quiz = [c for c in passed if (c.rule, c.stem) in published]
                if every:
                    for c in quiz:
                        print(f"  [{corpus}/{path.stem}] CHOSEN {c.rule} {c.base:.2f} {c.rank:.2f} :: {c.stem} {c.statement}")
                for c in passed:
                    if (c.rule, c.stem) in published:
                        continue
                    if (c.rule, c.stem) in in_select:
                        why = "balance_out"  # chosen, then taken out for the course's balance
                    elif any((c.rule, c.stem) == (s.rule, s.stem) for s in spare):
                        why = "balance_waiting"  # a spare the course's balance did not take
                    else:
                        why = refusal(c, quiz, target) or "unexplained"
                    why = f"{'essay' if essay else 'lesson'} {why}"
                    refused[why] += 1
                    for v in rated.get((c.rule, c.stem), []):
                        scores[why][v] += 1 / len(rated[(c.rule, c.stem)])
                    if every:
                        print(f"  [{corpus}/{path.stem}] {why} {c.rule} {c.base:.2f} {c.rank:.2f} "
                              f"{rated.get((c.rule, c.stem), [])} :: {c.stem} {c.statement}")
                    if rated.get((c.rule, c.stem)):
                        scores[why]["items"] += 1
                        if verbose and not every:
                            print(f"  [{corpus}/{path.stem}] {why} {c.rule} {rated[(c.rule, c.stem)]} :: {c.stem}")
    finally:
        questions.choose_with_spares = original
    print("refusal: left out (rated items: accept/minor/reject)")
    for why, n in refused.most_common():
        s = scores[why]
        print(f"  {why:<25} {n:>5}  rated {int(s['items']):>4}: "
              f"{s['accept']:.1f}/{s['minor']:.1f}/{s['reject']:.1f}")
    for kind, ns in sorted(sizes.items()):
        print(f"{kind}: {len(ns)} quizzes, {sum(ns)} questions, mean {sum(ns) / max(1, len(ns)):.2f}, "
              f"sizes {dict(sorted(Counter(ns).items()))}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    corpora = [a for a in argv if not a.startswith("-")] or list(RATED)
    study(corpora, verbose, every="-a" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
