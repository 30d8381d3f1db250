"""Which statements keyed True wait unused for want of a False, and what false forms their sentences could take.

    .venv/bin/python bench/spare_trues.py                 # per corpus: spare Trues left after the course's balance
    .venv/bin/python bench/spare_trues.py -v              # and each spare True with the false forms its sentence offers
    .venv/bin/python bench/spare_trues.py test-b test-c   # only these corpora

Regenerates each rated corpus as ``rerated.py`` does (seed 0, the course glossary, keys balanced per course) and
lists, per lesson, the true statements still among the quiz's spares (``QuizDraft.spare``), the true/false keys
of the quiz and the keyed-False share of the course.  For each spare True it names the shapes of its source
sentence a False could be made from: a word of the general opposites table (``opposites.TURNS``), a comparative
before "than", a year or a quantity, a stated contrast ("whereas", "unlike", "rather than").  A False of the kind
raters rated best (``direction_reversed_false``) pairs a True of the same lesson.  Never reads the held-out folders.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rerated import RATED, course_drafts  # noqa: E402

from lessontext.questions.balance import keyed_true  # noqa: E402
from lessontext.questions.opposites import TURNS  # noqa: E402

SHAPES = {
    "opposite": re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t.word) for t in TURNS) + r")(?![\w-])"),
    "comparative": re.compile(r"\b\w+er\s+than\b|\b(?:more|less|fewer)\s+\w+\s+than\b"),
    "year": re.compile(r"\b1\d{3}\b|\b20\d\d\b"),
    "quantity": re.compile(r"\b\d[\d,.]*\b"),
    "contrast": re.compile(r"\b(?:whereas|while|unlike|rather than|instead of|but)\b", re.I),
}


def shapes(sentence: str) -> list[str]:
    """The shapes of ``sentence`` a False could be made from."""
    return [name for name, pattern in SHAPES.items() if pattern.search(sentence)]


def main() -> None:
    verbose = "-v" in sys.argv
    chosen = [a for a in sys.argv[1:] if not a.startswith("-")] or list(RATED)
    overall: Counter[str] = Counter()
    for corpus in chosen:
        paths, *_, drafts = course_drafts(corpus)
        keys = Counter(keyed_true(q) for d in drafts for q in d.questions)
        waiting = Counter()
        sizes = []
        for path, draft in zip(paths, drafts, strict=True):
            sizes.append(len(draft.questions))
            spare = [q for q in draft.spare if keyed_true(q)]
            for q in spare:
                found = shapes(q.source_sentence)
                waiting.update(found or ["none"])
                if verbose:
                    print(f"  [{corpus}/{path.stem}] {q.rule} {found} :: {q.source_sentence[:160]}")
        overall.update(waiting)
        trues, falses = keys[True], keys[False]
        share = falses / (trues + falses) if trues + falses else 0.0
        print(f"{corpus}: quiz sizes {sizes}, true/false {trues}T {falses}F ({share:.0%} False), "
              f"spare Trues by shape {dict(waiting)}")
    print(f"all: spare Trues by shape {dict(overall)}")


if __name__ == "__main__":
    main()
