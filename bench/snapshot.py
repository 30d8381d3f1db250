"""Print everything the generators make from the seeds and the bench corpus, as JSON.

    .venv/bin/python bench/snapshot.py > before.json   # then refactor, run again, diff
    .venv/bin/python bench/snapshot.py --without-rules  # leave out which rule made each item

A refactor that should not change behaviour must leave this output byte-identical:
each document's glossary (term, kind, confidence, rule, definition, aliases) and
its generated quiz for a fixed seed, with the course glossary as the generator sees it.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402
from quizgen import course_glossary  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary import extract_glossary  # noqa: E402
from lessontext.questions import generate_quiz  # noqa: E402


def plain(value, *, drop: frozenset[str] = frozenset()):
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value):
        return {f.name: plain(getattr(value, f.name), drop=drop) for f in fields(value) if f.name not in drop}
    if isinstance(value, Mapping):
        return {str(k): plain(v, drop=drop) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, drop=drop) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def main() -> None:
    drop = frozenset({"rule"}) if "--without-rules" in sys.argv[1:] else frozenset()
    paths = sorted((ROOT / "seeds").glob("*.md")) + sorted((ROOT / "bench" / "corpus").glob("*.md"))
    documents = [parse_document(ftfy.fix_text(p.read_text(encoding="utf-8"))) for p in paths]
    terms = [extract_glossary(d) for d in documents]
    glossary = course_glossary(documents)
    out = {}
    for path, document, doc_terms in zip(paths, documents, terms):
        others = [d for d in documents if d is not document]
        draft = generate_quiz(document, rng=random.Random(7), glossary=glossary, other_documents=others)
        out[path.name] = {
            "glossary": plain(doc_terms, drop=drop),
            "quiz": plain(draft, drop=drop),
        }
    out["_course_glossary"] = plain(glossary, drop=drop)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
