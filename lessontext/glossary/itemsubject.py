"""The subject a nested list item leaves to its parent, put back into a definition rebuilt from the item.

An outline often names the subject once and lists what it does below it::

    - Water
      - Travels up the stem to the leaves through a tube-like tissue called **xylem**.

A rule that turns "... through a tissue called X" into "A tissue through which ..."
then has no subject for the verb: "A tube-like tissue through which travels up
the stem" (blind raters: "is missing 'water'"). The parent item is that subject:
"A tube-like tissue through which water travels up the stem to the leaves".
Only a parent that is a short noun phrase (no verb, no colon) and an item that
opens with its predicate ("Travels ...", "Is absorbed ...") count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.document import Document
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Term
from lessontext.glossary.phrases import finite_verb, word_list
from lessontext.words import STOPWORDS, word_pos

__all__ = ["item_subjects", "restored_subject"]

_MAX_SUBJECT_WORDS = 4
_BE = frozenset("is are was were has have".split())
_AUXILIARIES = _BE | frozenset("had can could will would may might must do does did".split())
# "... through which travels up ...", "... by which is absorbed": a preposition, "which", then straight a verb.
_WHICH_WITHOUT_SUBJECT = re.compile(
    r"\b(?P<which>(?:in|on|at|by|through|under|to|from|for|with|into|across|along)\s+which)\s+(?P<verb>[a-z]+)\b")


def _opening_verb(sentence: str) -> str | None:
    """"Travels up the stem ..." -> "travels", "Usually comes from ..." -> "comes": the verb with no subject before it."""
    words = word_list(sentence)
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    at = 1 if words[0].lower().endswith("ly") and len(words) > 2 else 0
    first, following = words[at].lower(), words[at + 1].lower()
    if first in _BE:
        return first
    if following in _AUXILIARIES or "NOUN" in word_pos(first) and finite_verb(following) \
            and not word_pos(following) & {"ADP", "ADV", "PART"}:
        return None  # "Muscles are attached to bones ...", "Plants make ...": the item has its own subject
    return first if finite_verb(first) else None


def _subject_phrase(text: str) -> bool:
    """"Water", "Carbon dioxide": a short noun phrase, headed by a noun, with no punctuation."""
    words = word_list(text)
    return (0 < len(words) <= _MAX_SUBJECT_WORDS and not re.search(r"[:;,.()]", text)
            and not any(w.lower() in STOPWORDS - {"of", "and"} for w in words)
            and bool(word_pos(words[-1].lower()) & {"NOUN", "PROPN"} or words[-1].isupper()))


def item_subjects(document: Document) -> dict[str, tuple[str, str]]:
    """Each predicate-only sub-item's first sentence -> its parent item (the subject it leaves out) and its verb."""
    subjects: dict[str, tuple[str, str]] = {}
    for section in document.sections:
        for block in section.lists:
            parent = (block.lead_in or "").strip()
            if not _subject_phrase(parent):
                continue
            for item in block.items:
                verb = _opening_verb(item.sentences[0]) if item.sentences else None
                if verb:
                    subjects[item.sentences[0]] = (parent, verb)
    return subjects


def restored_subject(term: Term, subjects: dict[str, str]) -> Term:
    """"A green pigment by which is absorbed." (under "Light") -> "A green pigment by which light is absorbed."."""
    subject, verb = subjects.get(term.sentence, ("", ""))
    found = _WHICH_WITHOUT_SUBJECT.search(term.definition)
    if not subject or not found or found.group("verb") != verb:
        return term  # "Tough cords by which muscles are attached ...": "muscles" is a subject, not the item's verb
    definition = f"{term.definition[: found.start('verb')]}{rephrase.lower_first(subject)} {term.definition[found.start('verb'):]}"
    return replace(term, definition=definition)
