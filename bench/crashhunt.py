"""Hunt for crashes of the text analysis on documents nobody wrote: corpus sentences cut and mixed.

    .venv/bin/python bench/crashhunt.py [--seed N] [--documents N]

A user's markdown is never one the rules were written from.  Two IndexErrors reached a user's import
(a naming verb with no name after it; a three-word label body) although every rated corpus ran clean,
because the shapes that break a rule are rare in whole documents.  This builds documents from the
sentences of every corpus under bench/corpus (never a held-out folder outside the repository), cuts some
at random word boundaries, joins others, and dresses them as list items, labelled items, table rows,
numbered steps and headings; then parses each, extracts its glossary and generates its quiz.  Prints one
line per distinct crash site (exception, file, line, a saved copy of the document) and the count.
``tests/lessontext/test_robustness.py`` runs a small fixed sample of the same documents in the suite.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary import extract_glossary  # noqa: E402
from lessontext.questions import generate_quiz  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def corpus_sentences(root: Path = ROOT / "bench" / "corpus") -> list[str]:
    """Every sentence of every corpus document, in a fixed order."""
    sentences = []
    for path in sorted(root.rglob("*.md")):
        for line in ftfy.fix_text(path.read_text(encoding="utf-8")).splitlines():
            sentences.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return sentences


def _short(sentence: str, rng: random.Random, most: int) -> str:
    return " ".join(sentence.split()[: rng.randint(1, most)]).strip("*:.,")


def mixed_document(sentences: list[str], rng: random.Random, number: int = 0) -> str:
    """A markdown document of 3-25 corpus sentences, some cut or joined, dressed in the shapes lessons use."""
    lines = [f"# Document {number}", ""]
    for _ in range(rng.randint(3, 25)):
        sentence = rng.choice(sentences)
        words = sentence.split()
        roll = rng.random()
        if roll < 0.3 and len(words) > 3:
            start = rng.randint(0, len(words) - 2)
            sentence = " ".join(words[start: rng.randint(start + 1, len(words))])
        elif roll < 0.4:
            sentence = f"{sentence} {rng.choice(sentences)}"
        dress = rng.random()
        if dress < 0.15:
            sentence = f"- {sentence}"
        elif dress < 0.25:
            sentence = f"- **{_short(rng.choice(sentences), rng, 3)}**: {sentence}"
        elif dress < 0.3:
            sentence = "| " + " | ".join(sentence.split()[:3]) + " |"
        elif dress < 0.35:
            sentence = f"1. {sentence}"
        elif dress < 0.4:
            sentence = f"{_short(sentence, rng, 3)}: {sentence}"
        lines.append(sentence)
        if rng.random() < 0.3:
            lines.append("")
        if rng.random() < 0.1:
            lines.extend(["", f"## {_short(rng.choice(sentences), rng, 4)}", ""])
    return "\n".join(lines) + "\n"


def analyse(text: str) -> None:
    """What an import does with a document's text: parse, glossary, quiz."""
    document = parse_document(text)
    extract_glossary(document)
    generate_quiz(document, rng=random.Random(0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    sentences, rng, sites = corpus_sentences(), random.Random(args.seed), set()
    args.out.mkdir(parents=True, exist_ok=True)
    for number in range(args.documents):
        text = mixed_document(sentences, rng, number)
        try:
            analyse(text)
        except Exception as error:  # noqa: BLE001 - every crash is what this script looks for
            frame = traceback.extract_tb(error.__traceback__)[-1]
            site = (frame.filename, frame.lineno)
            if site not in sites:
                sites.add(site)
                saved = args.out / f"crash-{args.seed}-{len(sites)}.md"
                saved.write_text(text, encoding="utf-8")
                where = Path(frame.filename).resolve().relative_to(ROOT) if ROOT in Path(frame.filename).resolve().parents else frame.filename
                print(f"crash: {type(error).__name__}: {error} at {where}:{frame.lineno} ({saved})", flush=True)
    print(f"{args.documents} documents (seed {args.seed}): {len(sites)} distinct crash sites")


if __name__ == "__main__":
    main()
