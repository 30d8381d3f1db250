"""What the quiz assembly keeps and leaves out, joined to the blind verdicts.

    .venv/bin/python bench/assembly.py                 # per corpus: kept and left-out candidates, rated
    .venv/bin/python bench/assembly.py --essays        # and per essay: candidates, kept, left out
    .venv/bin/python bench/assembly.py --why           # and why each rated left-out candidate was left out
    .venv/bin/python bench/assembly.py --refusals [-v|-a] [CORPUS ...]   # left-out candidates counted per refusal,
                                                       # joined to every verdict of any set; quiz sizes
    .venv/bin/python bench/assembly.py --save=K.json                     # keep what each quiz took
    .venv/bin/python bench/assembly.py --against=K.json -v \
        --exec='S.MAX_DRAFTS = 10'                     # what a change to the assembly adds and removes, rated

Regenerates the rated corpora of ``rerated.py`` (the same course glossary, seed and course balance) and joins
every candidate that passed every check to the verdicts of the same rule and stem, from the corpus's rated
folders and, for test-l and test-m, the near-miss ratings of what the checks and the assembly left out.
A ranking of candidates by their rule's measured acceptance was tried with it, each corpus ranked by a table
left without its own ratings: it removed more accepted items than rejected ones, so the assembly does not
rank by rule (the experiment is commit 74731bb).
``--refusals`` charges each candidate the published quiz left out to ``balance_waiting`` (a spare the
course's true/false balance did not take), ``balance_out`` (the balance took it out), or the first
quiz-level rule that refuses it against the quiz as it stands (``select.refusal``), and joins it to every
blind verdict of the same rule and stem in ``bench/labels/`` (any set, the near-miss studies too): a rule
whose refusals raters accept costs coverage; one whose refusals they reject earns its place.  It prints,
per refusal, the count and the verdicts, and the quiz sizes, essays apart from lessons.
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
from rerated import RATED, course_drafts, verdicts  # noqa: E402

import lessontext.questions as questions  # noqa: E402
from lessontext.document import parse_document  # noqa: E402
from lessontext.questions import balance_course, checked_candidates, generate_quiz, select  # noqa: E402
from lessontext.questions.balance import keyed_true  # noqa: E402
from lessontext.questions.course import build_course  # noqa: E402
from lessontext.questions.select import refusal  # noqa: E402

NEAR_MISSES = {"test-l": ("near-misses-test-l",), "test-m": ("near-misses-test-m",)}
LABELS = ROOT / "bench" / "labels"


def corpus_verdicts(corpus: str) -> dict[tuple[str, str], list[str]]:
    rated: dict[tuple[str, str], list[str]] = {}
    for folder in (*NEAR_MISSES.get(corpus, ()), *reversed(RATED[corpus])):  # the newest rating wins
        rated.update(verdicts(LABELS / folder))
    return rated


def study(corpus: str):
    """Per document: (name, passed candidates, kept candidates)."""
    paths, documents, glossary, drafts = course_drafts(corpus)
    out = []
    for path, document, draft in zip(paths, documents, drafts):
        course = build_course(document, glossary=glossary, others=[o for o in documents if o is not document])
        passed, _, _ = checked_candidates(course, random.Random(0))
        kept = {(q.rule, q.stem) for q in draft.questions}
        out.append((path.stem, passed, kept))
    return out


def _tally(found_lists) -> Counter:
    t: Counter = Counter()
    for found in found_lists:
        if not found:
            t["unrated"] += 1
        for v in found:
            t[v] += 1 / len(found)
    return t


def _show(t: Counter) -> str:
    return "/".join(f"{t[k]:.1f}".rstrip("0").rstrip(".") for k in ("accept", "minor", "reject")) + f" +{t['unrated']} unrated"


def main() -> None:
    if "--refusals" in sys.argv:
        refusals([a for a in sys.argv[1:] if not a.startswith("-")] or list(RATED), "-v" in sys.argv, "-a" in sys.argv)
        return
    essays, why = "--essays" in sys.argv, "--why" in sys.argv
    save = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--save=")), None)
    against = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--against=")), None)
    corpora = [a for a in sys.argv[1:] if not a.startswith("-")] or list(RATED)
    for code in (a.split("=", 1)[1] for a in sys.argv if a.startswith("--exec=")):
        exec(code, {"S": select})  # an experiment on the assembly's constants, named on the command line
    totals = [Counter(), Counter()]
    saved: dict[str, list] = {}
    before = json.loads(Path(against).read_text()) if against else {}
    for corpus in corpora:
        rated = corpus_verdicts(corpus)
        docs = study(corpus)
        kept_now = sorted({(name, *k) for name, _, kept in docs for k in kept})
        saved[corpus] = kept_now
        if against:
            old = {tuple(k) for k in before[corpus]}
            now = set(kept_now)
            added = _tally([rated.get(k[1:], []) for k in now - old])
            removed = _tally([rated.get(k[1:], []) for k in old - now])
            totals[0] += added
            totals[1] += removed
            print(f"{corpus}: added {_show(added)}; removed {_show(removed)}")
            if "-v" in sys.argv:
                for sign, ks in (("+", now - old), ("-", old - now)):
                    for k in sorted(ks):
                        print(f"   {sign} {k[0]} {k[1]} {rated.get(k[1:], [])} :: {k[2][:110]}")
        kept_t, left_t = Counter(), Counter()
        for name, passed, kept in docs:
            k = [rated.get((c.rule, c.stem), []) for c in passed if (c.rule, c.stem) in kept]
            left = [c for c in passed if (c.rule, c.stem) not in kept]
            lt = _tally([rated.get((c.rule, c.stem), []) for c in left if rated.get((c.rule, c.stem))])
            kept_t += _tally(k)
            left_t += lt
            if essays and name.startswith("essay"):
                print(f"  [{corpus}] {name}: passed {len(passed)}, kept {len(kept)} ({_show(_tally(k))}), "
                      f"left out {len(left)} (rated {_show(lt)})")
            if why:
                kept_c = [c for c in passed if (c.rule, c.stem) in kept]
                for c in left:
                    found = rated.get((c.rule, c.stem))
                    if found:
                        print(f"    [{corpus}/{name}] left {c.rule} {c.base} {found} :: {c.stem[:90]} || "
                              f"{refusal(c, kept_c, 10) or 'a spare, or taken out by the course balance'}")
        print(f"{corpus}: kept {_show(kept_t)}; left out (rated only) {_show(left_t)}")
    if against:
        print(f"all: added {_show(totals[0])}; removed {_show(totals[1])}")
    if save:
        Path(save).write_text(json.dumps(saved, indent=0))


def all_verdicts() -> dict[tuple[str, str], list[str]]:
    """(rule, stem) -> every blind verdict of any rated set (the seed course's apart)."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for labels in sorted(LABELS.iterdir()):
        if not labels.name.startswith("seeds") and (labels / "private.json").exists():
            for key, found_here in verdicts(labels).items():
                found[key].extend(found_here)
    return found


def refusals(corpora: list[str], verbose: bool, every: bool = False) -> None:
    """Print, per quiz-level refusal, how many candidates it left out and how raters judged them."""
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


if __name__ == "__main__":
    main()
