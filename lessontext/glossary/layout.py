"""Layout labels: "**Myth:** ...", "**Fact:** ...", "Example 1: ...", "Step 3: ..." opening paragraph after paragraph.

A page built of labelled paragraphs uses some labels as its own furniture: each "Myth:" paragraph states a
different myth and each "Example 2:" paragraph sets a different problem.  A label that opens two or more
paragraphs of one document (its trailing number or letter set aside) names the paragraph's role on the page,
never a term, and its body is never that label's definition.  A glossary page's labels ("**Osmosis**: ...",
"**Diffusion**: ...") each open one paragraph and are untouched.
"""

from __future__ import annotations

import re
from collections import Counter

from lessontext.document import Paragraph
from lessontext.glossary.rule import Context
from lessontext.words import term_key

__all__ = ["layout_label"]

# "Example 1", "Step 3b", "Case B", "Part II": the counter after a repeated label word.
_TRAILING_COUNTER = re.compile(r"\s+(?:\d+[a-z]?|[A-Z]|[IVX]+)\s*$")
# Two paragraphs opened by one label: the page's layout.
LAYOUT_REPEATS = 2


def _label_key(label: str) -> str:
    return term_key(_TRAILING_COUNTER.sub("", label.strip().rstrip(".:")))


def layout_label(label: str, context: Context) -> bool:
    """Whether ``label`` (counter aside) opens at least two paragraphs of the document."""
    counts = context.memo.get("paragraph_labels")
    if counts is None:
        counts = Counter(_label_key(block.label) for section in context.document.sections
                         for block in section.blocks if isinstance(block, Paragraph) and block.label)
        context.memo["paragraph_labels"] = counts
    key = _label_key(label)
    return bool(key) and counts[key] >= LAYOUT_REPEATS  # type: ignore[index]
