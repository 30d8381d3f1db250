"""Benchmark the quiz generator: speed, memory, question mix, rubric rejections.

    .venv/bin/python bench/quizgen.py [--seed N]

Runs on the seed lessons (seeds/*.md, else ../shared/seeds/*.txt, repaired
with ftfy), on the field documents in bench/corpus/ (top level, one mixed
course) and bench/corpus/dev/ (one course), and on a generated 60,000-word
document; prints automatic quality proxies per folder.  Never reads
bench/corpus/test/ (the held-out set).  Writes every selected question of the seeds and the
corpus, with its source sentence, to bench/out/quiz-review.md for reading.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402

from lessontext.document import Document, parse_document  # noqa: E402
from lessontext.glossary import extract_glossary, merge_course_terms  # noqa: E402
from lessontext.questions import GlossaryEntry, QuestionType, QuizDraft, balance_course, generate_quiz  # noqa: E402
from lessontext.questions.course import build_course  # noqa: E402
from lessontext.questions.families import generate  # noqa: E402
from lessontext.questions.rubric import evaluate  # noqa: E402

TARGET_SEEDS_S = 1.0
TARGET_LARGE_S = 10.0
TARGET_MB = 300
LARGE_WORDS = 60_000


def seed_paths() -> list[Path]:
    local = sorted((ROOT / "seeds").glob("*.md"))
    if local:
        return local
    return sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


def corpus_paths() -> list[Path]:
    """The lessons at the top of bench/corpus/ (its README, a table of the rated sets, is no lesson: compiled
    into the 60,000-word document it made up 40% of it, cheap table rows that flattered the timing)."""
    return sorted(p for p in (ROOT / "bench" / "corpus").glob("*.md") if p.name != "README.md")


def dev_paths(folder: Path | None = None) -> list[Path]:
    """The development documents (bench/corpus/dev/); the held-out bench/corpus/test/ is never read here."""
    folder = folder or ROOT / "bench" / "corpus" / "dev"
    if folder.name == "test":
        raise SystemExit("bench/corpus/test/ is the held-out set: never run on it")
    return sorted(folder.glob("*.md"))


# A distractor the lesson does not contain and whose similarity to the lesson's text is below this
# is counted as "off-domain" (a term from another subject).
DOMAIN_PROXY = 0.3
PUBLISH_AT = 0.5


def proxies(label: str, runs: list[tuple[Document, QuizDraft]]) -> None:
    """Automatic quality proxies for one folder of lessons (no human judgement)."""
    from lessontext.semantics import similarity

    lessons = len(runs)
    questions = [(doc, q) for doc, draft in runs for q in draft.questions]
    n = len(questions)
    families = Counter(getattr(q, "family", "") or q.rule for _, q in questions)
    types = Counter(q.type.value for _, q in questions)
    tf = [q for _, q in questions if q.type is QuestionType.TRUE_FALSE]
    tf_true = sum(1 for q in tf if q.options and q.options[0].correct)
    off = total_d = 0
    texts: dict[int, str] = {}
    for doc, q in questions:
        if q.type not in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            continue
        text = texts.setdefault(id(doc), " ".join(s for _, s in doc.sentences()))
        for o in q.options:
            if o.correct:
                continue
            total_d += 1
            if o.text.lower() not in text.lower() and similarity(o.text, text) < DOMAIN_PROXY:
                off += 1
    beyond = sum(1 for _, q in questions if getattr(q, "level", "remember") not in ("", "remember"))
    publish = sum(1 for _, q in questions if q.confidence >= PUBLISH_AT)
    print(f"== proxies: {label}")
    print(f"  lessons {lessons}, questions {n} ({n / max(lessons, 1):.1f} per lesson), "
          f"publish (confidence >= {PUBLISH_AT}) {publish}, draft {n - publish}")
    print(f"  true/false {len(tf)}: keyed True {tf_true} ({100 * tf_true / max(len(tf), 1):.0f}%)")
    print(f"  distractors {total_d}: off-domain (not in the lesson, similarity < {DOMAIN_PROXY}) "
          f"{off} ({100 * off / max(total_d, 1):.0f}%)")
    print(f"  beyond recall (understand/apply) {beyond} ({100 * beyond / max(n, 1):.0f}%)")
    print("  per type: " + ", ".join(f"{t}={c}" for t, c in sorted(types.items())))
    print("  per family: " + ", ".join(f"{f}={c}" for f, c in families.most_common()))


def run_folder(label: str, paths: list[Path], seed: int, results: list) -> tuple[float, list]:
    """Generate a quiz for each lesson of a folder, the folder being one course; return the time taken."""
    docs = [(p.stem, load(p)) for p in paths]
    if not docs:
        print(f"== {label}: no documents")
        return 0.0, []
    all_docs = [d for _, d in docs]
    glossary = course_glossary(all_docs)
    print(f"== {label} ({len(docs)} lessons, one course), glossary entries: {len(glossary)}")
    total = 0.0
    drafts, times = [], []
    for i, (_, doc) in enumerate(docs):
        others = all_docs[:i] + all_docs[i + 1:]
        start = time.perf_counter()
        drafts.append(generate_quiz(doc, rng=random.Random(seed), glossary=glossary, other_documents=others))
        times.append(time.perf_counter() - start)
    # The course's true/false keys balanced over its lessons, as the publishing pipeline does.
    start = time.perf_counter()
    drafts = balance_course(drafts)
    times[-1] += time.perf_counter() - start
    runs = []
    for i, ((name, doc), draft, elapsed) in enumerate(zip(docs, drafts, times)):
        total += elapsed
        summarise(name, doc, draft, elapsed)
        results.append((f"{label} {name}", doc, draft, glossary, all_docs[:i] + all_docs[i + 1:]))
        runs.append((doc, draft))
    return total, runs


def load(path: Path) -> Document:
    return parse_document(ftfy.fix_text(path.read_text(encoding="utf-8")))


def course_glossary(documents: list[Document]) -> list[GlossaryEntry]:
    """The course glossary as the generator sees it: every document's terms, merged across the course."""
    merged = merge_course_terms([(str(i), extract_glossary(d)) for i, d in enumerate(documents)])
    return [
        GlossaryEntry(term=c.term.term, definition=c.term.definition, kind=c.term.kind, aliases=c.aliases)
        for c in merged
    ]


def large_document(paths: list[Path]) -> str:
    """Concatenate corpus and seed documents under distinct headings until 60,000 words."""
    parts = ["# A Long Compiled Lesson\n\nThis lesson compiles many shorter lessons into one long text.\n"]
    words = 0
    n = 0
    texts = [ftfy.fix_text(p.read_text(encoding="utf-8")) for p in paths]
    texts = [t for t in texts if len(t.split()) > 50]
    while words < LARGE_WORDS:
        text = texts[n % len(texts)]
        n += 1
        lines = []
        for line in text.splitlines():
            if line.startswith("#"):
                hashes, _, heading = line.partition(" ")
                level = min(len(hashes) + 1, 6)
                line = f"{'#' * level} {heading} (part {n})"
            lines.append(line)
        chunk = "\n".join(lines)
        parts.append(chunk)
        words += len(chunk.split())
    return "\n\n".join(parts)


def summarise(name: str, doc: Document, draft: QuizDraft, seconds: float) -> dict:
    per_type = Counter(q.type.value for q in draft.questions)
    per_k = seconds * 1000 / max(doc.word_count / 1000, 0.001)
    print(
        f"{name:<42} {doc.word_count:>6} w {seconds * 1000:>8.1f} ms {per_k:>7.1f} ms/1k  "
        f"cand {draft.candidates:>4} kept {len(draft.questions):>2}  "
        + " ".join(f"{t}={n}" for t, n in sorted(per_type.items()))
    )
    if draft.reason:
        print(f"{'':<42} reason: {draft.reason}")
    return {"types": per_type, "rejections": Counter(draft.rejections)}


def recheck(doc: Document, draft: QuizDraft, glossary, others, seed: int) -> int:
    """Re-run the rubric on the same candidates; count selected questions that fail a check (must be 0)."""
    course = build_course(doc, glossary=glossary, others=others)
    passing = {c.stem for c in generate(course, random.Random(seed)) if not evaluate(c, course)}
    return sum(1 for q in draft.questions if q.stem not in passing or not q.checks)


def write_review(out: Path, results: list[tuple[str, Document, QuizDraft]]) -> None:
    lines = ["# Quiz review", "", "Every selected question with its source sentence.", ""]
    for name, doc, draft, *_ in results:
        lines += [f"## {name}: {doc.title}", ""]
        if draft.reason:
            lines += [f"_Reason: {draft.reason}_", ""]
        for n, q in enumerate(draft.questions, 1):
            lines.append(f"### {n}. [{q.type.value} / {q.rule} / {q.confidence:.2f}]")
            lines.append("")
            lines.append(q.stem)
            lines.append("")
            for o in q.options:
                lines.append(f"- [{'x' if o.correct else ' '}] {o.text}")
            for p in q.pairs:
                lines.append(f"- {p.prompt} → **{p.answer}**")
            if q.answers:
                lines.append("- answers: " + " | ".join(q.answers))
            lines.append("")
            lines.append(f"> source ({q.source_anchor or 'intro'}): {q.source_sentence}")
            lines.append("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dev", type=Path, default=None, help="folder of development documents (default bench/corpus/dev)")
    args = parser.parse_args()

    seeds = [(p.stem, load(p)) for p in seed_paths()]
    seed_docs = [d for _, d in seeds]
    seed_glossary = course_glossary(seed_docs)

    # Warm up imports and caches (start-up is not counted).
    generate_quiz(seed_docs[0], rng=random.Random(0), glossary=seed_glossary, other_documents=seed_docs[1:])

    results: list = []
    cpu_seeds = time.process_time()
    t_seeds, seed_runs = run_folder("seeds", seed_paths(), args.seed, results)
    cpu_seeds = time.process_time() - cpu_seeds
    print(f"seeds total: {t_seeds:.3f} s wall / {cpu_seeds:.3f} s CPU (target < {TARGET_SEEDS_S} s), "
          f"{t_seeds * 1000 / (sum(d.word_count for d in seed_docs) / 1000):.1f} ms per 1,000 words")
    # The top-level corpus is one course of mixed subjects: distractors from another subject show up here.
    _, corpus_runs = run_folder("corpus", corpus_paths(), args.seed, results)
    _, dev_runs = run_folder("dev", dev_paths(args.dev), args.seed, results)
    total_types: Counter[str] = Counter(q.type.value for r in results for q in r[2].questions)
    total_rej: Counter[str] = Counter()
    for r in results:
        total_rej.update(r[2].rejections)

    print("== large document")
    text = large_document(corpus_paths() + seed_paths())
    start = time.perf_counter()
    big = parse_document(text)
    parsed = time.perf_counter() - start
    glossary_cpu = time.process_time()
    big_glossary = course_glossary([big])
    glossary_cpu = time.process_time() - glossary_cpu
    start, cpu = time.perf_counter(), time.process_time()
    draft = generate_quiz(big, rng=random.Random(args.seed), glossary=big_glossary)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    info = summarise("generated", big, draft, elapsed)
    total_rej += info["rejections"]
    # CPU time as well: on a shared machine the wall clock also counts other processes.
    print(f"parse {parsed:.2f} s, generate {elapsed:.2f} s wall / {cpu:.2f} s CPU (target < {TARGET_LARGE_S} s)")
    # What an import does: parse, extract the glossary, generate the quiz.
    print(f"parse + glossary + generate: {parsed + glossary_cpu + cpu:.2f} s CPU "
          f"(glossary {glossary_cpu:.2f} s; target < {TARGET_LARGE_S} s)")

    # Memory: Python allocations while generating the large quiz again (tracemalloc slows it
    # down, so this run is not timed), and the whole process's peak resident size.
    tracemalloc.start()
    generate_quiz(big, rng=random.Random(args.seed), glossary=big_glossary)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"== memory: generation peak {peak / 2**20:.1f} MB (tracemalloc), process max RSS {rss_mb:.1f} MB "
          f"(target < {TARGET_MB} MB)")

    kept = sum(len(r[2].questions) for r in results)
    cands = sum(r[2].candidates for r in results)
    print(f"== candidates {cands}, kept {kept} (seeds + corpus)")
    print("== questions per type (seeds + corpus)")
    for t in QuestionType:
        print(f"  {t.value:<12} {total_types[t.value]}")
    print("== rubric rejections per rule (all runs)")
    for rule, n in total_rej.most_common():
        print(f"  {rule:<28} {n}")
    failing = sum(recheck(d, dr, g, o, args.seed) for _, d, dr, g, o in results)
    print(f"== selected items failing a check: {failing}")

    out = ROOT / "bench" / "out" / "quiz-review.md"
    write_review(out, results)
    print(f"review written to {out.relative_to(ROOT)}")
    for label, runs in (("seeds", seed_runs), ("corpus (top level)", corpus_runs), ("dev", dev_runs)):
        if runs:
            proxies(label, runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
