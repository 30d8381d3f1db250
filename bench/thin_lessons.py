"""Why a structured lesson ends with a thin quiz: its candidates, and the first check that refused each.

    .venv/bin/python bench/thin_lessons.py                  # per corpus: lessons, items, lessons with <= 2 items
    .venv/bin/python bench/thin_lessons.py -v               # and, per thin lesson, its items, spares and refusals
    .venv/bin/python bench/thin_lessons.py -v test-be       # only these corpora
    .venv/bin/python bench/thin_lessons.py --max=3          # "thin" is at most 3 items

Regenerates each rated corpus as ``rerated.py`` does (seed 0, the course glossary, keys balanced per course) and,
for the documents named ``lesson-*`` whose quiz holds at most ``--max`` items (2 by default), generates every
candidate again and charges each refused one to the first rubric check that refused it (``rubric.evaluate``;
``rule_retired_by_ratings`` for a retired rule).  The totals say which check or which missing family leaves thin
quizzes thin: on the open sets before this script (25 thin lessons of 235, the check sets aside), most thin lessons
had fewer than ten candidates in all, and the check that refused most of the rest was ``key_not_title`` through
``topic_of_text`` (a key written in 15% of the lesson's sentences: "opportunity cost", "resultant force", "yeast").
Verdicts are joined from ``bench/labels`` as ``rerated.py`` joins them.  Never reads the held-out folders.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rerated import RATED, course_drafts, verdicts  # noqa: E402

from lessontext.questions.course import build_course  # noqa: E402
from lessontext.questions.families import generate  # noqa: E402
from lessontext.questions.gate import retired  # noqa: E402
from lessontext.questions.rubric import evaluate  # noqa: E402

THIN = 2


def refusals(document, documents, glossary) -> tuple[int, Counter[str]]:
    """How many candidates passed every check, and the refused ones counted by their first refusing check."""
    course = build_course(document, glossary=glossary, others=[o for o in documents if o is not document])
    passed, first = 0, Counter()
    for candidate in generate(course, random.Random(0)):
        failed = evaluate(candidate, course) or (["rule_retired_by_ratings"] if retired(candidate.rule) else [])
        if failed:
            first[failed[0]] += 1
        else:
            passed += 1
    return passed, first


def main() -> None:
    verbose = "-v" in sys.argv
    thin = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--max=")), THIN)
    chosen = [a for a in sys.argv[1:] if not a.startswith("-")] or list(RATED)
    overall: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    for corpus in chosen:
        rated: dict = {}
        for labels in reversed(RATED[corpus]):  # the newest rating of a question wins
            rated.update(verdicts(ROOT / "bench" / "labels" / labels))
        paths, documents, glossary, drafts = course_drafts(corpus)
        lessons = [(p, d, q) for p, d, q in zip(paths, documents, drafts) if p.stem.startswith("lesson")]
        few = [(p, d, q) for p, d, q in lessons if len(q.questions) <= thin]
        items = sum(len(q.questions) for *_, q in lessons)
        overall.update(lessons=len(lessons), items=items, thin=len(few))
        print(f"{corpus}: lessons {len(lessons)}, items {items}, with <= {thin} items {len(few)}")
        for path, document, draft in few:
            passed, first = refusals(document, documents, glossary)
            refused.update(first)
            overall.update(candidates=passed + sum(first.values()), passed=passed)
            if not verbose:
                continue
            print(f"  [{corpus}/{path.stem}] items {len(draft.questions)}, spares {len(draft.spare)}, "
                  f"candidates {passed + sum(first.values())}, passed {passed}; refused first by "
                  + ", ".join(f"{k} {n}" for k, n in first.most_common()))
            for sign, questions in (("+", draft.questions), ("~", draft.spare)):
                for q in questions:
                    print(f"     {sign} {q.rule} {rated.get((q.rule, q.stem), [])} :: {q.stem[:150]}")
    lessons = max(1, overall["lessons"])
    print(f"all: lessons {overall['lessons']}, items {overall['items']}, mean {overall['items'] / lessons:.2f}, "
          f"with <= {thin} items {overall['thin']}; their candidates {overall['candidates']}, "
          f"passed {overall['passed']}")
    print("first refusing check in thin lessons: " + ", ".join(f"{k} {n}" for k, n in refused.most_common()))


if __name__ == "__main__":
    main()
