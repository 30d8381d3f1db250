"""Print each document's glossary with timings: ``python bench/glossary.py [paths...]``.

Times parse_document + extract_glossary: the first run of each document
(word caches only warm from earlier documents) and the mean of repeats.
Defaults to the seed lessons (``seeds/*.md``, else ``../shared/seeds/*.txt``)
and ``bench/corpus/*.md``.  Text is repaired with ftfy first, as on import.
"""

from __future__ import annotations

import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402

from lessontext import semantics  # noqa: E402
from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary import extract_glossary  # noqa: E402

REPEATS = 5


def default_paths() -> list[Path]:
    seeds = sorted((ROOT / "seeds").glob("*.md")) or sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    return seeds + sorted((ROOT / "bench" / "corpus").glob("*.md"))


def main(argv: list[str]) -> None:
    paths = [Path(p) for p in argv] or default_paths()
    total_words = 0
    total_seconds = 0.0
    total_repeat = 0.0
    start = time.perf_counter()
    semantics.specificity("warm-up")  # the word-frequency table and the embeddings load once per process
    semantics.similarity("warm-up", "exercise")
    print(f"semantics data loaded in {(time.perf_counter() - start) * 1000:.0f} ms (once per process)")
    extract_glossary(parse_document("# Warm-up\n\nA warm-up is a short exercise done first."))
    for path in paths:
        text = ftfy.fix_text(path.read_text(encoding="utf-8"))
        start = time.perf_counter()
        document = parse_document(text)
        terms = extract_glossary(document)
        first = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(REPEATS):
            extract_glossary(parse_document(text))
        repeat = (time.perf_counter() - start) / REPEATS
        words = document.word_count
        total_words += words
        total_seconds += first
        total_repeat += repeat
        per_k = first * 1000 / max(words, 1) * 1000
        print(f"\n=== {path.name}: {document.title!r} — {words} words, {len(terms)} terms, "
              f"{first * 1000:.1f} ms first run ({per_k:.1f} ms / 1,000 words), {repeat * 1000:.1f} ms repeated")
        for term in terms:
            print(f"  [{term.kind:<12} {term.confidence:.2f}] {term.term}"
                  + (f"  (aliases: {', '.join(term.aliases)})" if term.aliases else ""))
            print(textwrap.indent(textwrap.fill(term.definition, 100), "      "))
    if total_words:
        print(f"\nTOTAL {total_words} words: first runs {total_seconds * 1000:.1f} ms = "
              f"{total_seconds * 1000 / total_words * 1000:.1f} ms / 1,000 words; repeated runs "
              f"{total_repeat * 1000 / total_words * 1000:.1f} ms / 1,000 words (parse + extract)")


if __name__ == "__main__":
    main(sys.argv[1:])
