"""Description to term: "Which of the following does the text describe as “<description>”?".

Reads a labelled group (a list of "**Term**: description" items, labelled
paragraphs, or sibling sections with a term-like heading).  The text itself
pairs each label with what it says about it, so the key is certain and the
other labels of the same group are distractors of the same kind.  The key's
words are masked out of the quoted description (left out when they are
scattered: then the stem asks which item the sentence is about).  At most one such
left-out run, and not at the sentence's end: raters marked "a legal […]." and
"The […] system ... the […] of each digit" as garbled (dev-r5 and test-e).  The words every option
shares stay in the sentence, so the options are what fills the gap ("A […] boundary ...": "Divergent",
not the heading "Divergent Boundaries"; raters on test-l and test-d: format).  A quote with a gap that
stands for the whole label asks which option completes it ("describe here" does not fit a cloze: raters
on test-g); a gap that stands for only part of the label ("the original _____" keyed "Interest on
Loans") is not asked, nor one that stands for a word inside the label ("two small back _____ begin to
grow" keyed a stage named "... with legs": the gap wants the word, every option reads as nonsense; raters on
test-at, rejected by both).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, Group
from ..distractors import pick_distractors, shared_words
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..genus import same_class, thing_beside_stage
from ..incidental import framing_sentence
from ..listitems import of_symbols, stages_in_paragraphs
from ..phrasing import anchor_of, description_stem, first_sentence
from ..rules import DESCRIPTION_TO_TERM
from ..text import BLANK, ELISION, content_words, label_points_outside, mask_key, norm, related, words, worked_value
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {DESCRIPTION_TO_TERM: 0.76}
MIN_ALIKE = 2  # wrong options of the key's own class, to keep to them (two make a three-option item)

# Confidence taken off per left-out run of the key's words ("[…]") in the quoted description.
ELISION_PENALTY = 0.04

# A description with more left-out runs of the key's words than this is not worth quoting: "The […]
# system, or base 10, ... the […] of each digit" reads as a puzzle (raters on test-e: rejected by both).
MAX_ELISIONS = 1


def worked_example(group: Group) -> bool:
    """At least half the group's descriptions are worked values: its labels are the steps of a worked
    example ("Situation", "Given", "Answer"; "Part A", "Check"), not terms the lesson teaches."""
    described = [i for i in group.items if i.description]
    return bool(described) and 2 * sum(worked_value(i.description) for i in described) >= len(described)


def without_shared(key: str, distractors: list[str], keep: list[str]) -> tuple[str, list[str]]:
    """The key and the distractors without the words all of them share (``keep``), when what is left of
    each is a word or more and the options stay distinct; else as they are."""
    def trim(label: str) -> str:
        return " ".join(w for w in words(label) if not any(related(w, k) for k in keep))
    trimmed = [trim(x) for x in (key, *distractors)]
    if not keep or not all(trimmed) or len({norm(t) for t in trimmed}) < len(trimmed):
        return key, distractors
    return trimmed[0], trimmed[1:]


def part_of_label(label: str, keep: list[str]) -> bool:
    """Words of ``label`` stay in the sentence because every option shares them, so a gap there stands
    for the rest of the label only: "If a debt is not repaid, interest is charged ... on the original _____"
    keyed "Interest on Loans" beside "Compound Interest" (raters on test-p: rejected by both, a heading
    asked as the gap's word)."""
    return any(any(related(w, k) for k in keep) for w in content_words(label))


def fills_gap(description: str, masked: str, label: str) -> bool:
    """The words the gap took from ``description`` are the words of ``label``, no more and no fewer."""
    at = masked.find(BLANK)
    taken = description[at: len(description) - (len(masked) - at - len(BLANK))]
    mine, theirs = words(label), content_words(taken)  # every word of the label, "on" of "on Loans" too
    return bool(mine) and all(any(related(w, t) for t in theirs) for w in mine) \
        and all(any(related(t, w) for w in mine) for t in theirs)


def gap_holds_label(description: str, masked: str, label: str) -> bool:
    """The gap took more than half the content words of ``label`` from ``description``: it stands for the label
    ("_____ convert sunlight ..." for "Rooftop Solar Arrays", from "Solar panel arrays convert ..."), not for
    one word inside it ("soft grey _____ begin to grow" for "Chick with feathers", from "feathers")."""
    at = masked.find(BLANK)
    taken = content_words(description[at: len(description) - (len(masked) - at - len(BLANK))])
    mine = content_words(label) or words(label)
    held = sum(any(related(w, t) for t in taken) for w in mine)
    if re.search(r"\band\b", label):
        return held == len(mine)  # "_____ dies of grief" for "Lord and Lady Montague": one of the two (test-br, wrong key)
    return 2 * held > len(mine)


# A list of slips or tips: its labels name what not to do, its bodies the correction, and no concept either.
_ADVICE_HEADING = re.compile(r"\b(?:mistakes?|errors|pitfalls?|tips|hints)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)


def _pronoun_sex(description: str | None) -> str:
    """"f" or "m" when a description speaks of its item as "she" or "he" only; "" otherwise."""
    she, he = bool(_SHE.search(description or "")), bool(_HE.search(description or ""))
    return "f" if she and not he else "m" if he and not she else ""


def _object_only(label: str, description: str) -> bool:
    """A label "<act> of <thing>" whose description names only the thing ("Emergence of the radicle": "The radicle
    is the first part to break out"): left out, the words stand for the thing, and the options are acts (both
    raters on test-cp: the stem and the options do not fit)."""
    act, of, _ = label.partition(" of ")
    return bool(of) and not {norm(w) for w in words(act)} & {norm(w) for w in words(description)}


def description_to_term(group: Group, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    if worked_example(group):
        return  # raters rejected "Situation"/"Answer" as keys and options (test-g); its values are asked by number
    if _ADVICE_HEADING.search(group.heading or ""):
        return  # "Common Mistakes": which slip a correction describes is a layout question (both raters, test-cc)
    if any(label_points_outside(i.label) for i in group.items) or of_symbols(group.items):
        return  # "its length": the list hangs on a noun outside it; "v_e", "M": a formula's symbols
    # A stage's paragraph opens by setting the scene: its first sentence describes the stage only when it names it
    # ("Beans are […] at about 120 to 150 °C"; never "The dried beans are bagged and shipped" for "Cleaning").
    scene_setting = stages_in_paragraphs(group.items)
    for item in group.items:
        if not item.description or worked_value(item.description) or framing_sentence(item.description):
            continue  # a calculation or an amount is matched to its label by its numbers; "we first need to ..."
        sex = _pronoun_sex(item.description)
        # "she is lonely and bored" among three men: the pronoun gives the key away (both raters on test-cb).
        others = [i for i in group.items if i.label != item.label and _pronoun_sex(i.description) in (sex, "")]
        # Nor a material among processes while enough processes remain ("Lava" for "The settling of sediment ...":
        # both raters on test-cn, heterogeneous).
        # Never a thing as a stage, whatever is left (``thing_beside_stage``: both raters on test-dj).
        others = [i for i in others if not thing_beside_stage(item.description, i.description or "")]
        alike = [i.label for i in others if same_class(item.description, i.description or "")]
        pool = alike if len(alike) >= MIN_ALIKE else [i.label for i in others]
        distractors = pick_distractors(item.label, pool, rng, course, siblings=True)
        if len(distractors) < 2:
            continue
        keep = shared_words([item.label, *distractors])
        masked, mode = mask_key(item.description, item.label, keep=keep)
        label = item.label
        if mode == "partial":
            if masked.count(ELISION) > MAX_ELISIONS or masked.rstrip(" .;").endswith(ELISION):
                continue  # more gaps than sentence, or its end cut away ("owed the claimant a legal […]."; dev-r5)
            if _object_only(item.label, item.description):
                continue  # "The […] is the first part to break out" for "Emergence of the radicle": a part, not the stage
            # The key's words are left out, not replaced: ask which item the sentence is about.
            stem = f"Which of the following does this sentence from the text describe? “{masked}”"
            # The words every label shares stay in the sentence ("A […] boundary is ..."): the options are
            # what fills the gap, not the labels again ("Divergent Boundaries" for "A […] boundary";
            # raters on test-l, twice, and test-d: format).
            label, distractors = without_shared(item.label, distractors, keep)
        elif BLANK in masked:
            if part_of_label(item.label, keep):
                # The gap holds the label without the words every option shares ("does _____ work" for
                # "Part alpha"): the options are those rests, when the gap's words are the key's rest.
                label, distractors = without_shared(item.label, distractors, keep)
                if not fills_gap(item.description, masked, label):
                    continue  # "on the original _____" for "Interest on Loans": one word of a heading
            elif not gap_holds_label(item.description, masked, label):
                continue  # "soft grey _____ begin to grow" for "Chick with feathers": the gap wants "feathers"
            # A gap in the quote: the options fill it (raters on test-g: "describe here" does not fit a cloze).
            stem = f"Which of the following completes this sentence from the text? “{masked}”"
        elif scene_setting:
            continue
        else:
            stem = description_stem(masked)  # "describe as “a small region ...”?", "which of the following deploys ...?"
        source = first_sentence(item.description, item.sentences)
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=DESCRIPTION_TO_TERM,
            stem=stem,
            quoted=masked,
            key=label,
            correct=(label,),
            distractors=tuple(distractors),
            kind=f"label:{group.id}",
            source_anchor=group.anchor if group.origin != "sections" else anchor_of(course, source, group.anchor),
            source_sentence=source,
            explanation=f"The text says of {item.label}: “{item.description}”",
            base=CONFIDENCE[DESCRIPTION_TO_TERM] - ELISION_PENALTY * masked.count(ELISION),
            shown=(source,),
            claims=(f"key:{norm(item.label)}", f"group:{group.id}"),
        )


PARTS_OF_A_CELL = """# The Cell

Cells are the basic units of life.

## Parts of a cell

The main parts of a cell are:

- **Nucleus**: the compartment that holds the genetic material and controls the cell's activities.
- **Ribosome**: a small structure that builds proteins from amino acids.
- **Mitochondrion**: the organelle that releases energy from food through respiration.
"""

# A process told stage by stage in paragraphs under action labels: a first sentence that never names its stage sets
# the scene (no matching, no question of which stage it describes); one that names it is asked.
STAGE_PARAGRAPHS = """# Bread

## The stages of baking

1. **Mixing.** Flour, water, salt and yeast are combined in a large bowl. The dough is then worked by hand for
ten minutes until it is smooth.
2. **Proving.** The dough is left in a warm place for an hour. Yeast feeds on the sugars and releases carbon
dioxide, which makes the dough rise.
3. **Shaping.** The risen dough is knocked back to release large bubbles. It is then divided and formed into loaves.
4. **Baking.** Baking in a hot oven at about 220 °C sets the loaf. The crust browns as sugars and proteins react.
"""

# Two items: a question needs the key and two other labels of its group.
TWO_PARTS = """# The Cell

## Parts of a cell

- **Nucleus**: the compartment that holds the genetic material of the cell.
- **Ribosome**: a small structure that builds proteins from amino acids.
"""

# A worked example set out as labelled paragraphs: its step labels are no terms to ask about.
WORKED_EXAMPLE = """# Waves

## Worked example

**Situation:** A guitar string vibrates in a room where the air is still.

**Given:** f = 200 Hz and v = 340 m/s.

**Working:** λ = 340 ÷ 200 = 1.7 m.

**Answer:** 1.7 m.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="description_to_term",
    priority=140,
    scope=GROUPS,
    build=description_to_term,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, DESCRIPTION_TO_TERM, "describe as “a small structure that builds proteins from amino acids”?"),
        makes(PARTS_OF_A_CELL, DESCRIPTION_TO_TERM, "Mitochondrion"),
        makes_no(TWO_PARTS),
        makes_no(WORKED_EXAMPLE),
        makes(STAGE_PARAGRAPHS, DESCRIPTION_TO_TERM, "“_____ in a hot oven at about 220 °C sets the loaf.”"),
        makes_no(STAGE_PARAGRAPHS, DESCRIPTION_TO_TERM, "worked by hand"),
        makes_no(STAGE_PARAGRAPHS, DESCRIPTION_TO_TERM, "The dough is left in a warm place"),
    ),
))
