"""Examples a lesson sets in italics, kept visible as quotations in the items that lift them.

A language lesson shows its examples in italics ("Active: *The cat chased the mouse.*", "In *My phone has
been stolen*, the writer does not know the thief"); a sentence read from the document keeps the words and
loses the marks, so a lifted statement runs the example into its own clause ("in My phone has been stolen,
the writer knows the thief"; raters on test-al: "quote the examples", six items of one lesson).  The parser
records what the author set in italics (``Document.italics``); here an italic phrase of three words or more
(an example sentence or clause, not an emphasised word or a two-word name such as *Homo sapiens*) is written
in quotation marks wherever an item's stem, statement or options lift it: double marks, or single ones
inside a quotation the stem already opens.  A true/false statement that is nothing but an example (with
its label: "Passive: *The vase was broken by the cat.*") states no claim of the lesson and is not asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .course import CourseView
from .types import MatchPair, QuestionType

# An italic phrase this long is an example quoted in the prose; shorter ones are words set off for emphasis
# or names ("*have*", "*Homo sapiens*"), longer ones a passage the author stressed.
MIN_EXAMPLE_WORDS = 3
MAX_EXAMPLE_WORDS = 20

_LABEL = re.compile(r"^[A-Za-z][\w -]{0,24}:\s+")


def italic_examples(italics: tuple[str, ...]) -> tuple[str, ...]:
    """The italic phrases that read as examples, without a closing stop, longest first (so a phrase inside a
    longer one is not quoted on its own)."""
    found = {}
    for phrase in italics:
        text = phrase.strip().rstrip(".!?").strip()
        if MIN_EXAMPLE_WORDS <= len(text.split()) <= MAX_EXAMPLE_WORDS and text[:1].isalnum():
            found[text] = None
    return tuple(sorted(found, key=len, reverse=True))


def quote_examples(text: str, examples: tuple[str, ...]) -> str:
    """``text`` with each example it holds in quotation marks (its first letter in either case: a stem
    lower-cases the letter it opens on); its own "?" or "!" inside the marks, a full stop after them (a stem
    ends on its stop).  Not an example
    that is the whole of ``text`` (a sentence the author set in italics), nor one already quoted."""
    for example in examples:
        pattern = re.compile(
            rf"(?<![\w‘\"'])([{re.escape(example[0].upper())}{re.escape(example[0].lower())}]"
            rf"{re.escape(example[1:])}[!?]?)(?![\w’\"'])")
        out, at = [], 0
        for found in pattern.finditer(text):
            if text.strip(" .!?") == found.group(1).rstrip(".!?") \
                    or text[found.start() - 1: found.start()] == "“" and text[found.end():].lstrip(".!?")[:1] == "”":
                continue  # the whole text, or the whole of a quotation: already set off
            inside = text.count("“", 0, found.start()) > text.count("”", 0, found.start())
            open_mark, close_mark = ("‘", "’") if inside else ("“", "”")
            out += [text[at: found.start()], open_mark, found.group(1), close_mark]
            at = found.end()
        text = "".join(out) + text[at:] if out else text
    return text


def example_only(statement: str, examples: tuple[str, ...]) -> bool:
    """``statement`` is one example and nothing else, bar a label ("Passive: The vase was broken ...")."""
    bare = _LABEL.sub("", statement.strip()).strip(" .!?“”\"")
    return any(bare.lower() == example.lower() for example in examples)


def quote_candidate(c: Candidate, course: CourseView) -> Candidate | None:
    """``c`` with the lesson's italic examples quoted in its stem, statement and options; None for a
    true/false statement that is only an example."""
    examples = course.remembered(("italic_examples",),
                                 lambda: italic_examples(course.lesson.document.italics))
    if not examples:
        return c
    if c.type is QuestionType.TRUE_FALSE and example_only(c.statement or c.source_sentence, examples):
        return None

    def quoted(text: str) -> str:
        return quote_examples(text, examples) if text else text

    return replace(
        c, stem=quoted(c.stem), statement=quoted(c.statement),
        correct=tuple(quoted(o) for o in c.correct), distractors=tuple(quoted(o) for o in c.distractors),
        pairs=tuple(MatchPair(prompt=quoted(p.prompt), answer=quoted(p.answer)) for p in c.pairs))
