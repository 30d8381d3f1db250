"""Slides read as groups: sibling slide titles that each name a term, with the slide's first bullet saying what it is.

A lesson written as slides has no prose: a '## ' title, then a few terse bullet fragments.  Where the title is a
term and the first bullet is a fragment that describes it, the bullet is the title's definition:

    ## Erosion
    - Rock and soil worn away and carried off by water, wind or ice
    - Fastest on bare slopes

Three or more such slides at one level are siblings, like the items of a labelled list ("Which of the following
does the text describe as 'rock and soil worn away ...'?", the other titles as options).  The rest of each slide's
bullets are facts about the term, not its meaning, so only the first is read.

A slide is read so only when it is one: no paragraph in it, a list first; a title of one to three words, no
question, no "and" (a topic of several things: "Ice, snow and sublimation"), and a one-word title specialised
enough to be a term ("Erosion", not "Overview" or "Examples"); a first bullet of three to sixteen words with no
"Label:" of its own, no finite verb opening it and no word of the title (a sentence about the term, not a gloss).
"""

from __future__ import annotations

from lessontext.document import Document, DocumentSection, ItemList, Paragraph
from lessontext.semantics import specificity

from .listitems import Item
from .text import GENERIC_HEADS, content_words, is_finite_verb, norm, related, words

MIN_SLIDES = 3
MAX_TITLE_WORDS = 3
MIN_BULLET_WORDS, MAX_BULLET_WORDS = 3, 16
# A one-word title less specialised than this names a topic, not a term ("Overview", "Uses").
TERM_TITLE = 0.5
_NOT_TERMS = frozenset("and or what why how where when which who".split())
_DECK_WORDS = frozenset("""key summary overview introduction recap review conclusion conclusions questions quiz facts
    examples example notes agenda outline objectives goals takeaways today next""".split())


def _term_title(heading: str | None) -> bool:
    if not heading or any(ch in heading for ch in ":?!(),&"):
        return False
    toks = words(heading)
    lowered = {t.lower() for t in toks}
    if not 1 <= len(toks) <= MAX_TITLE_WORDS or lowered & (_NOT_TERMS | _DECK_WORDS):
        return False  # "Key facts", "Recap", "Summary": a slide of the deck's own, not a term
    if all(norm(w) in GENERIC_HEADS for w in content_words(heading)):
        return False
    return len(toks) > 1 or specificity(heading) >= TERM_TITLE


def _predicate(word: str) -> bool:
    """A bullet opening with a verb of its own ("Is caused by ...", "Forms clouds"), not a participle ("Carried")."""
    low = word.lower()
    return low in _COPULAS or is_finite_verb(low) and low.endswith("s") and not low.endswith("ss")


_COPULAS = frozenset("is are was were has have can may".split())


def slide_definition(section: DocumentSection) -> str:
    """The first bullet of a slide whose title is a term, when it reads as the term's gloss ("" otherwise)."""
    if not _term_title(section.heading) or not section.blocks or any(isinstance(b, Paragraph) for b in section.blocks):
        return ""
    first = section.blocks[0]
    if not isinstance(first, ItemList) or first.ordered or not first.items or first.items[0].label:
        return ""
    text = first.items[0].text.strip().rstrip(".")
    toks = words(text)
    if not MIN_BULLET_WORDS <= len(toks) <= MAX_BULLET_WORDS or ":" in text or _predicate(toks[0]):
        return ""
    title = content_words(section.heading or "")
    if any(related(w, t) for w in title for t in content_words(text)):
        return ""
    return text


def slide_groups(document: Document) -> list[tuple[str, str, tuple[Item, ...]]]:
    """(an id, the anchor, the items) of each run of sibling slides (one heading level) whose titles are terms
    glossed by their first bullet."""
    by_level: dict[int, list[tuple[DocumentSection, str]]] = {}
    for section in document.sections:
        gloss = slide_definition(section)
        if gloss:
            by_level.setdefault(section.level, []).append((section, gloss))
    groups = []
    for level, slides in by_level.items():
        if len(slides) >= MIN_SLIDES and len({norm(s.heading or "") for s, _ in slides}) == len(slides):
            items = tuple(Item(s.heading or "", gloss, (gloss,)) for s, gloss in slides)
            groups.append((f"D{level}", slides[0][0].anchor, items))
    return groups
