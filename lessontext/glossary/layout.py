"""Layout labels: "**Myth:** ...", "**Fact:** ...", "Example 1: ...", "Step 3: ..." opening paragraph after paragraph.

A page built of labelled paragraphs uses some labels as its own furniture: each "Myth:" paragraph states a
different myth and each "Example 2:" paragraph sets a different problem.  A label that opens two or more
paragraphs of one document (its trailing number or letter set aside) names the paragraph's role on the page,
never a term, and its body is never that label's definition.  A glossary page's labels ("**Osmosis**: ...",
"**Diffusion**: ...") each open one paragraph and are untouched.

A repeated label that names a speaker ("**Interviewer:**", "**Dr Ana Silva:**", "**Q:**") opens a turn of a
dialogue: the sentence after it is ordinary prose ("Dr Ana Silva: A glacier is ..." reads "A glacier is ..."), and
:func:`without_speaker` gives the rules that sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from lessontext.document import Paragraph
from lessontext.glossary import lexicon
from lessontext.glossary.rule import Context
from lessontext.words import term_key

__all__ = ["layout_label", "without_speaker"]

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


# "Dr Ana Silva: ...", "Interviewer: ...", "Q: ...": a label of at most four words, then the turn.
_LEADING_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
_TITLES = frozenset("dr prof professor mr mrs ms miss sir dame lady lord captain rev".split())
_SPEAKER_ROLES = frozenset("interviewer host presenter reporter journalist guest narrator speaker chair moderator "
                           "expert q a question answer".split())


def _speaker(label: str) -> bool:
    """"Dr Ana Silva", "Interviewer", "Q", "Student": a person or a speaker's role, not the page's furniture."""
    words = label.replace(".", " ").split()
    last = words[-1].lower()
    return (words[0].lower() in _TITLES and len(words) > 1 or last in _SPEAKER_ROLES or last in lexicon.PERSON_NOUNS
            or len(words) in (2, 3) and all(w[:1].isupper() and w[1:].islower() for w in words)
            and not any(w.lower() in lexicon.BAD_TERM_START for w in words))


def without_speaker(sentence: str, context: Context) -> str:
    """"Dr Ana Silva: A glacier is ..." -> "A glacier is ..." when the label opens two or more turns."""
    match = _LEADING_LABEL.match(sentence)
    if not match or not _speaker(match["label"]) or not layout_label(match["label"], context):
        return sentence
    return sentence[match.end():]
