"""Term to description: "According to the text, which of these describes “<term>”?".

Reads a labelled group whose descriptions are short (at most 30 words) and
at least three: the options are the descriptions the text gives the group's
items (only those that never name their own term: a masked option reads as
broken), so every option is something the text says, and only one is said of
the term asked about.  Descriptions that name
the key's words are left out as distractors (they would point to it).  A worked figure after a rule
(", so 8% becomes 0.08") is left out of every option: it rules an option in or out at a glance.

Not a group whose every label is one everyday word ("Liquid", "Gas", "Solid" over lists of examples on a
slide): "which of these describes 'Gas'?" is answered by what the word means, not by the lesson (both raters on
test-ag: world knowledge).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.semantics import specificity
from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..course import CourseView, Group
from ..distractors import pick_descriptions, stands_out_by_length
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..genus import same_class
from ..headwords import prefixed_unit
from ..listitems import of_symbols, stages_in_paragraphs
from ..phrasing import anchor_of, first_sentence
from ..rules import TERM_TO_DESCRIPTION
from ..text import (
    BLANK,
    CALCULATION,
    content_words,
    label_points_outside,
    mask_words,
    norm,
    related,
    word_count,
    words,
    worked_value,
)
from ..types import QuestionType
from . import FAMILIES
from .description_to_term import PARTS_OF_A_CELL, STAGE_PARAGRAPHS, TWO_PARTS

CONFIDENCE = {TERM_TO_DESCRIPTION: 0.7}

# A one-word label less specialised than this (``specificity``) is an everyday word ("Gas" 0.37, "Liquid" 0.45).
EVERYDAY_LABEL = 0.5

_RELATIVES = frozenset("whose which who whom where when whereby".split())
_PREPOSITIONS = frozenset("in on at by for with under from to into through over of".split())


def opening_form(description: str) -> str:
    """How a description opens: "relative" ("whose skies are ...", "under which ..."), a fragment of the
    sentence it was cut from; "formula" ("P = VI = 24 W"); else "phrase" (a noun phrase, a predicate
    or a clause of its own: "shares a room" is as often a noun as a verb, so the two are not told apart)."""
    toks = [t.lower() for t in words(description)]
    if not toks:
        return "phrase"
    if toks[0] in _RELATIVES or toks[0] in _PREPOSITIONS and len(toks) > 1 and toks[1] in _RELATIVES:
        return "relative"
    if "=" in description or CALCULATION.search(description):
        return "formula"
    return "phrase"


def everyday_label(label: str) -> bool:
    """One everyday word ("Gas", "Solid"), not a symbol ("ii", "V") nor a specialised term."""
    return label.isalpha() and len(label) >= 3 and label[1:].islower() and specificity(label) < EVERYDAY_LABEL


def spelled_letter(label: str, description: str) -> bool:
    """``label`` is a letter or two of an acronym model that its description spells out ("N: Nationalism",
    "SM: Specific, measurable"): asked about, the letter gives the key away, and alone it names nothing
    (both raters on test-ah: "only one option begins with N")."""
    letters = label.replace(".", "").strip()
    initials = "".join(w[0] for w in words(description) if w[:1].isalpha()).lower()
    return letters.isalpha() and len(letters) <= 2 and initials.startswith(letters.lower())


def state_label(label: str) -> bool:
    """``label`` ends in a participle English has no noun reading of ("Still debated", "Widely accepted",
    "Disputed"): a verdict or a state set before a line of a slide, not a thing the line describes
    (both raters on test-ah: "a bullet label read as a term")."""
    toks = words(label)
    if not toks or len(toks) > 3 or not all(t.isalpha() for t in toks) or not toks[-1].islower() and len(toks) > 1:
        return False
    last = toks[-1].lower()
    lemmas = getAllLemmas(last)
    # A participle ("debated", "accepted", "proven"), not an adjective that names a kind ("Omniscient" narrator).
    return "VERB" in lemmas and last.endswith(("ed", "en", "wn")) and "NOUN" not in lemmas and "PROPN" not in lemmas


# A worked figure after the rule: ", so 8% becomes 0.08", ", for example 3/4 = 0.75".
_WORKED_TAIL = re.compile(r",\s*(?:so|e\.g\.|for\s+example|for\s+instance|as\s+in)\s+[^;]*\d[^;]*$", re.I)


def without_worked_tail(description: str) -> str:
    """``description`` without the worked figure that follows its rule ("multiply by 100, so 0.4 becomes 40%"):
    as an option, the figure rules it in or out at a glance (raters on test-ao: distractors "carry percentage
    examples that plainly rule them out"); what is left is the rule, when it is three words or more."""
    rule = _WORKED_TAIL.sub("", description.rstrip(". "))
    if rule == description.rstrip(". ") or word_count(rule) < 3:
        return description
    return rule + ("." if description.rstrip().endswith(".") else "")


def term_to_description(group: Group, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    if any(label_points_outside(i.label) for i in group.items) or of_symbols(group.items):
        return  # "its length": the list hangs on a noun outside it; "v_e", "M": a formula's symbols
    if stages_in_paragraphs(group.items):
        return  # a stage's first sentence sets the scene: no option says what its stage does
    usable = [i for i in group.items if i.description and word_count(i.description) <= 30 and not worked_value(i.description)]
    # A description that names its own label would be shown with a gap in it ("3 flats (B♭, _____♭,
    # A♭)", "R______ = ..."): options with holes read as broken (raters: format, ungrammatical).
    usable = [i for i in usable if BLANK not in mask_words(i.description, i.label)]
    # A relative clause cut from its sentence ("whose skies are covered by ...") is no option, and options
    # open alike: a predicate beside relative clauses, a formula beside noun phrases stands out (raters
    # on test-h: ungrammatical, heterogeneous options).
    usable = [i for i in usable if opening_form(i.description) != "relative"]
    if len(usable) < 3 or all(everyday_label(i.label) for i in usable):
        return
    masked = {i.label: without_worked_tail(i.description) for i in usable}
    for item in usable:
        if spelled_letter(item.label, item.description) or state_label(item.label) or prefixed_unit(item.label):
            continue  # "Micrometre: one thousandth of a millimetre": the prefix says it (``headwords``)
        key_words = content_words(item.label)
        pool = [
            masked[o.label] for o in usable
            if o is not item and opening_form(o.description) == opening_form(item.description) and not any(any(related(w, t) for t in content_words(o.description)) for w in key_words)
            and same_class(item.description, o.description)  # no material beside processes (test-cn: heterogeneous)
        ]
        distractors = pick_descriptions(masked[item.label], pool, rng)
        if len(distractors) < 2 or stands_out_by_length(masked[item.label], distractors):
            continue  # too few, or the key alone far shorter or longer than the rest
        source = first_sentence(item.description, item.sentences)
        shown = tuple(first_sentence(i.description, i.sentences) for i in usable if masked[i.label] in (masked[item.label], *distractors))
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=TERM_TO_DESCRIPTION,
            stem=f"According to the text, which of these describes “{item.label}”?",
            key=masked[item.label],
            correct=(masked[item.label],),
            distractors=tuple(distractors),
            kind="definition",
            original=item.label,
            source_anchor=anchor_of(course, source, group.anchor),
            source_sentence=source,
            explanation=f"The text says of {item.label}: “{item.description}”",
            base=CONFIDENCE[TERM_TO_DESCRIPTION],
            shown=shown,
            claims=(f"key:{norm(item.label)}", f"group:{group.id}"),
        )


# Everyday words over lists of what they name: world knowledge sorts them.
STATES = """# Kitchen Science

## Three states in the kitchen

- Solid: butter from the fridge, ice cubes, a frozen pea
- Liquid: milk, melted butter, cooking oil
- Gas: steam over the kettle, the smell of toast
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="term_to_description",
    priority=130,
    scope=GROUPS,
    build=term_to_description,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, TERM_TO_DESCRIPTION, "which of these describes “Ribosome”?"),
        makes(PARTS_OF_A_CELL, TERM_TO_DESCRIPTION, "a small structure that builds proteins from amino acids."),
        makes_no(TWO_PARTS),
        makes_no(STATES, TERM_TO_DESCRIPTION),
        makes_no(STAGE_PARAGRAPHS, TERM_TO_DESCRIPTION),
    ),
))
