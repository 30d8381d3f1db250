"""Matching: "Match each description with the term it describes (“<heading>”).".

The heading is quoted only when it is a plural noun phrase that names the terms' kind ("Cadences"); the
descriptions read as options of one list: no list punctuation left at their end, a capital to open each.

Reads a labelled group of three or more items with descriptions of at most
35 words (six at most are drawn): the text pairs each label with its
description, so the pairs are certain.  A worked calculation is no
description and stays out, and no group whose descriptions read the same
once their numbers are masked (a trace's lines, a calculation's, a
table's layout, or two identical descriptions) makes a matching.  A published matching shows every description as
the text has it: descriptions that never name their label are preferred, and
a matching that still needs a masked one waits as a draft (raters: a gap to
fill, not a match).  A pair stays out when it cannot read cleanly on its own:
its label only partly left out ("known as […] situational awareness"), its
label's word begun in a compound or behind a prefix ("quartz-rich" for
"Quartzite", "operate together" for "Interoperability"), its initials
written out, or a description that points outside itself ("so that ...",
"these weapons", "occurs when it is pushed").
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence

from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..course import CourseView, Group, Item
from ..distractors import shared_words
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..listitems import of_symbols, stages_in_paragraphs
from ..phrasing import anchor_of, first_sentence, heading_phrase
from ..rules import MATCHING
from ..text import (
    ELISION,
    content_stems,
    content_words,
    is_content,
    is_plural,
    mask_key,
    norm,
    related,
    word_count,
    words,
    worked_value,
)
from ..titles import names_the_title, title_topic
from ..types import MatchPair, QuestionType
from . import FAMILIES
from .description_to_term import PARTS_OF_A_CELL, STAGE_PARAGRAPHS, TWO_PARTS

CONFIDENCE = {MATCHING: 0.82}

MIN_PAIRS = 3
# Masked descriptions a published matching may keep: none.  A gap in a description reads as a fill-in
# instruction or a slip ("a mixture of _____ that shows"; raters on dev-r5, test-d, test-e: format), so a
# matching that needs one waits for the teacher as a draft.
MAX_MASKED = 0
# Taken off the confidence of a matching with more masked descriptions: below the gate, a draft.
MASKED_PENALTY = 0.4
# Confidence added per pair beyond three: a longer matching asks more.
PAIR_BONUS = 0.01
# The most pairs drawn from a list of up to seven usable items.
MAX_PAIRS = 6
# A list of this many usable items or more (a lesson's "Key terms") is asked in parts of about ``PART_SIZE``
# pairs (``short_first_parts``); each later part ranks ``PART_STEP`` below the one before.
LONG_LIST = 8
PART_SIZE = 5
PART_STEP = 0.01


# A closing example whose words were left out ("..., such as those of the […]"; raters on test-d: a masking
# artefact, trim the clause): the example only hid a word of the label.
_ELIDED_EXAMPLE = re.compile(
    rf",\s*(?:such as|like|including|e\.g\.|for example)\b[^,;:.]*{re.escape(ELISION)}[^,;:.]*\.?\s*$", re.I)


def without_elided_example(masked: str, mode: str) -> tuple[str, str]:
    """A partly masked description without a closing example that held the left-out words."""
    if mode != "partial":
        return masked, mode
    trimmed = _ELIDED_EXAMPLE.sub("", masked)
    if trimmed == masked or ELISION in trimmed:
        return masked, mode
    return trimmed, "none"


# The numbered steps of a procedure ("Step 3: Count the genotypes") are no terms: matching sentences to
# them asks where a sentence stands in the text (raters on test-e: a layout question).
_STEP_LABEL = re.compile(r"^(?:step|stage|phase|part)\s+(?:\d+|[ivx]+|one|two|three|four|five|six)\b", re.I)
_NOT_IN_INITIALS = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "to", "or"})


def gives_initials(description: str, label: str) -> bool:
    """The description writes the label's initials ("often shortened to HADR" for "Humanitarian assistance
    and disaster relief"): the pair matches itself (raters on test-e: a leak)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", label) if w.lower() not in _NOT_IN_INITIALS]
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    return re.search(rf"\b{initials}s?\b", description) is not None


_PREFIXES = ("inter", "intra", "counter", "trans", "super", "multi", "anti", "over", "under", "non", "pre", "post",
             "sub", "dis", "mis", "co", "re", "un")


def stem_leak(description: str, label: str, keep: Sequence[str] = ()) -> bool:
    """A word of the description, or a part of a hyphenated one, begins a longer word of the label
    ("quartz-rich sandstone" for "Quartzite", "operate together" for "Interoperability"): the pair gives itself away, and masking the part would
    leave an artefact ("[…]-rich sandstone"; raters on test-d: a leak).  Words every label shares (``keep``)
    give nothing away."""
    label_words = {norm(part) for w in words(label) for part in w.split("-")
                   if is_content(part) and not any(related(w, k) for k in keep)}
    # A label word behind an English prefix ("Interoperability": inter + operability) is matched by its root
    # too ("operate together"; raters on test-b: a leak).
    roots = {lw[len(p):] for lw in label_words for p in _PREFIXES if lw.startswith(p) and len(lw) - len(p) >= 5}
    # An inflection the stems miss gives the label away as plainly ("The nibs are ground" for "Grinding",
    # "Unbleached kraft pulp" for "Bleaching"; both raters on test-cu and test-ct: a leak).
    label_lemmas = {lemma for lw in label_words if len(lw) >= 4 for lemma in _lemmas(lw)}
    for word in words(description):
        parts = word.split("-") if "-" in word else [word]
        for part in parts:
            n = norm(part)
            if len(n) < 4 or not is_content(part):
                continue
            if any(lw != n and lw.startswith(n) and len(lw) >= len(n) + 2 for lw in label_words):
                return True
            if len(n) >= 6 and any(lw.endswith(n) and len(lw) >= len(n) + 3 for lw in label_words):
                return True  # "malic acid into softer lactic acid" for "Malolactic conversion" (both raters on test-dg)
            if len(n) >= 5 and any(n[:5] == root[:5] for root in roots):
                return True
            if len(parts) > 1 and any(related(part, lw) for lw in label_words):
                return True
            if _lemmas(n) & label_lemmas and not any(related(part, lw) for lw in label_words):
                return True
    return False


def own_word(description: str, label: str) -> bool:
    """A content word of the row's own label, written again in its description ("Cold-current coastal": "Cold ocean
    currents chill the air ..."; both raters on test-ds: the description gives its term away)."""
    label_lemmas = {lemma for w in words(label) for part in w.split("-") if len(part) >= 4 and is_content(part)
                    for lemma in _lemmas(norm(part))}
    return any(_lemmas(norm(part)) & label_lemmas for w in words(description) for part in w.split("-")
               if len(part) >= 4 and is_content(part))


def _lemmas(word: str) -> set[str]:
    """The lemmas of a lower-case word, of its root behind "un" ("unbleached") and of its root before an
    agent's "-er" ("dryer"): the forms the stems miss ("ground" for "grinding", "mixed" for "mixing")."""
    forms = {word, word[2:] if word.startswith("un") and len(word) > 6 else word}
    if word.endswith("er") and len(word) >= 5:
        forms |= {word[:-2], word[:-3] + "y" if word[-3] == "y" else word[:-2]}
    return {lemma for form in forms for lemmas in getAllLemmas(form).values() for lemma in lemmas}


# A description that only continues its label's sentence ("**Stockpile destruction**, so that stored mines can
# never be laid") says why or when, not what the label is: shown alone it loses its subject.
_CONTINUATION = re.compile(r"^(?:so that|so as to|in order to|in order that|because|since|although|though|whereas|"
                           r"while|if|unless|which|who|whom|whose)\b", re.I)
# A pointing word that reaches outside the description ("ban these weapons", "occurs when it is pushed").
_DEMONSTRATIVE = re.compile(r"\b(?:this|these)\s+(?!of\b)[a-z]", re.I)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)


def loses_context(description: str) -> bool:
    """The description points outside itself: a continuation of its label's sentence, a demonstrative, or a
    pronoun in its first sentence before any noun it could stand for (raters: context lost).  A later
    sentence's "It" ("V to I. It sounds final") stands for the label itself."""
    text = description.strip()
    if _CONTINUATION.match(text) or _DEMONSTRATIVE.search(text):
        return True
    pronoun = _PRONOUN.search(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0])
    if pronoun is None:
        return False
    before = words(text[: pronoun.start()])
    return not any(is_content(w) and getAllLemmas(w.lower()).get("NOUN") for w in before)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def one_template(descriptions: Sequence[str]) -> bool:
    """Two descriptions read the same once their numbers are masked ("The list becomes 2, 5, 4, 1." and
    "The list becomes 2, 4, 5, 1."; "50% × $3,000 = $1,500" and "30% × $3,000 = $900"): the lines of a
    trace, a calculation or a table's layout, told apart only by their figures, not terms with
    definitions, and two identical ones ("4 kcal per gram") match either label (raters on test-b, test-e,
    test-g: layout, not concepts)."""
    seen: set[str] = set()
    for text in descriptions:
        skeleton = " ".join(_NUMBER.sub("#", text).lower().split())
        if skeleton in seen:
            return True
        seen.add(skeleton)
    return False


# A list item's closing punctuation ("when moist air is forced up over hills;", "...; and"): the list's, not
# the description's.
_LOWER_START = re.compile(r"[a-z][a-z’'-]*(?![A-Za-z])")
_LIST_END = re.compile(r"(?:\s*[;,:]\s*(?:and|or)?|\s+(?:and|or))\s*$")


# The verb a list item's bold label left at the description's start (both raters on test-dh: "drop the leading 'Is'").
_COPULA_START = re.compile(r"^(?:is|are)\s+(?=(?:the|an?|one|any)\s)", re.I)


def tidied(descriptions: Sequence[str]) -> list[str]:
    """The descriptions as options of one list: no list punctuation at their end, a capital to open each, and
    all closed by a full stop when any is (raters on test-o and test-b: "over hills;", "rising." and lower-case
    starts read as copied list residue)."""
    out = []
    for text in descriptions:
        text = _COPULA_START.sub("", _LIST_END.sub("", text.strip()))  # "**C** is the total number ...": "The total ..."
        if _LOWER_START.match(text):  # "visits, seminars", "coarse-grained, dark"; never "pH" or "iOS"
            text = text[0].upper() + text[1:]
        out.append(text)
    if any(t.endswith(".") for t in out) and not all(t.endswith(".") for t in out):
        out = [t if t.endswith((".", "!", "?", "”", '"', ")")) else f"{t}." for t in out]
    return out


MAX_KIND_WORDS = 4
# A heading that names the list as a glossary ("Key terms", "Important words", "Core concepts") says where the
# terms stand, not what kind of thing they are: "the term it describes (“Key terms”)" says it twice.
_GLOSSARY_HEADS = frozenset({"terms", "words", "concepts", "definitions", "ideas", "vocabulary", "terminology"})
_NOT_A_KIND = re.compile(r"[:?!,;]|^\s*(?:what|how|why|when|where|which|who|part|section|step|chapter)\b|\d", re.I)


def names_a_kind(heading: str | None) -> bool:
    """The heading is a plural noun phrase that names the terms' kind ("Cadences", "Pricing strategies", "Parts
    of a cell"): the stem may give it.  A clause, a question, a numbered part or a singular topic
    ("Precipitation", "Part 6: Why It Matters", "Version control offers three main benefits") reads as a
    stray heading once quoted in the stem (raters on test-o, test-i and dev-b-r3: format, awkward)."""
    if not heading or _NOT_A_KIND.search(heading) or len(heading.split()) > MAX_KIND_WORDS:
        return False
    head = re.split(r"\s+of\s+", heading.strip(), maxsplit=1)[0]
    last = head.split()[-1].lower()
    return is_plural(last) and last not in _GLOSSARY_HEADS


def names_topic(label: str, title: str) -> bool:
    """The label names the lesson's topic ("Symbiosis" in "Symbiosis: Living Together"): a key the title gives.
    Asked among the others it turns the whole item into one about the title, which the rubric refuses
    (``key_not_title``); the table description matching leaves such a row out (a term table whose first row is
    the topic).  A long labelled list keeps its pairs as drawn: leaving the topic's pair out there put a thinner
    part in place of an accepted item (test-ag, parts of a cell); a short one leaves out the pair ``names_the_title``
    refuses, as the rubric would refuse the whole item."""
    topic = title_topic(title)
    stems, title_words = content_stems(label), content_words(topic)
    return bool(stems) and (stems <= content_stems(topic)
                            or all(any(related(w, t) for t in title_words) for w in content_words(label)))


def matching(group: Group, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    if any(_STEP_LABEL.match(i.label) for i in group.items):
        return
    if of_symbols(group.items):
        return  # a formula's symbols ("v_e", "M", "r")
    if one_template([i.description for i in group.items if i.description]) or stages_in_paragraphs(group.items):
        return
    # A worked calculation ("50% × $3,000 = $1,500", "P = 12 V × 9 A = 108 W") is no description:
    # its numbers and units give the label away (raters: trivial, format).
    usable = [i for i in group.items if i.description and word_count(i.description) <= 35
              and not worked_value(i.description) and not gives_initials(i.description, i.label)
              and not loses_context(i.description)]
    keep = shared_words([i.label for i in usable])
    # A description whose label's words are only partly left out reads with an artefact ("known as […]
    # situational awareness", "anything […] fixed to it"; raters on test-e: format) and cannot be left as
    # it is (a giveaway): unless a closing example that held them can be trimmed, the pair stays out.
    prompts = {i.label: without_elided_example(*mask_key(i.description, i.label, keep=keep)) for i in usable}
    usable = [i for i in usable if prompts[i.label][1] != "partial" and not stem_leak(prompts[i.label][0], i.label, keep)]
    if len(usable) < LONG_LIST:
        # A short list's pair keyed the lesson's title ("Enzyme" in "Enzymes") would be refused with the whole item
        # (``key_not_title``): the others are asked without it (test-ci, test-cq, test-cv, test-di: no matching).
        usable = [i for i in usable if not names_the_title(i.label, course.title)]
    # A masked description turns its pair into a gap to fill ("over _____, as people find
    # alternatives"), and two kinds of mask in one item read as a mistake (raters: format): the
    # descriptions that never name their label come first; with more than one masked one left,
    # the item waits for the teacher as a draft.
    plain = [i for i in usable if prompts[i.label][1] == "none"]
    if len(plain) >= MIN_PAIRS:
        usable = plain
    if len(usable) < MIN_PAIRS:
        return
    penalty = MASKED_PENALTY if len(usable) - len(plain) > MAX_MASKED else 0.0
    if len(usable) >= LONG_LIST:
        for index, part in enumerate(short_first_parts(usable)):
            yield _candidate(group, course, part, prompts, base=CONFIDENCE[MATCHING] - penalty - PART_STEP * index,
                             claim=f"parts:{group.id}")
        return
    if len(usable) > MAX_PAIRS:
        usable = sorted(rng.sample(usable, MAX_PAIRS), key=usable.index)
    yield _candidate(group, course, usable, prompts, base=CONFIDENCE[MATCHING] - penalty)


def short_first_parts(items: Sequence[Item]) -> list[list[Item]]:
    """A long list's items in disjoint parts of ``PART_SIZE`` or so (at least ``MIN_PAIRS``), the shortest
    descriptions together first, each part in the text's order.

    A lesson's "Key terms" list of a dozen "**Term** — definition" lines made no matching (test-ad: raters
    said it suited matching best): six pairs drawn at random held a description another item of the quiz
    had already asked, and one such sentence kept the whole list out.  Parts of four or five pairs read
    quicker, descriptions of like length read as parallel options, and when one part's sentence is taken
    the next part can still be asked (the parts share the group's claim: one matching per list).
    """
    count = -(-len(items) // PART_SIZE)
    ordered = sorted(items, key=lambda i: word_count(i.description))
    size, extra = divmod(len(ordered), count)
    parts, start = [], 0
    for k in range(count):
        end = start + size + (k < extra)
        parts.append(sorted(ordered[start:end], key=items.index))
        start = end
    return [p for p in parts if len(p) >= MIN_PAIRS]


# A list labelled by years ("- **1973**: evidence for ..."): its labels are no terms (both raters on test-cj: "the
# stem says 'the term it describes' although the matches are years").
_YEAR = re.compile(r"(?:c\.\s*)?\d{3,4}s?")


def _candidate(group: Group, course: CourseView, usable: Sequence[Item], prompts: dict[str, tuple[str, str]], *,
               base: float, claim: str = "") -> Candidate:
    """One matching of ``usable``.  A part of a long list claims the parts (one matching per list) but not the
    list's items: the pairs it leaves out may still be asked one by one, as a shorter list's items are."""
    tidy = tidied([prompts[i.label][0] for i in usable])
    pairs = tuple(MatchPair(prompt=t, answer=i.label) for t, i in zip(tidy, usable))
    shown = tuple(first_sentence(i.description, i.sentences) for i in usable)
    # Phrased by meaning: the heading only names the topic, never where the items are listed.
    where = f" ({heading_phrase(group.heading)})" if names_a_kind(group.heading) and group.origin != "sections" else ""
    matched = "its year" if all(_YEAR.fullmatch(i.label) for i in usable) else "the term it describes"
    return Candidate(
        type=QuestionType.MATCHING,
        rule=MATCHING,
        stem=f"Match each description with {matched}{where}.",
        pairs=pairs,
        kind=f"label:{group.id}",
        source_anchor=anchor_of(course, shown[0], group.anchor),
        source_sentence=shown[0],
        explanation="The text describes each of them: " + " ".join(f"{p.answer}: “{i.description}”" for p, i in zip(pairs, usable)),
        base=base + PAIR_BONUS * (len(pairs) - 3),
        shown=shown,
        claims=(claim or f"group:{group.id}",),
    )


# A worked example's lines are calculations, not descriptions: their numbers and units give them away.
WORKED = """# Budget

## Worked Example

- Needs: 50% × $3,000 = $1,500
- Wants: 30% × $3,000 = $900
- Savings: 20% × $3,000 = $600
"""

# A procedure's numbered steps: no terms to match.
STEPS = """# Crosses

## Working through a cross

- Step 1: Write the parents' genotypes: Bb and Bb, each able to pass on B or b.
- Step 2: Draw the square: one parent's gametes across the top, the other's down the side.
- Step 3: Count the genotypes: one BB, two Bb and one bb in the four boxes.
"""

# The item whose description gives its label's initials drops out; the others make the matching.
INITIALS = """# Forums

## What forums discuss

- Maritime security: patrols, piracy and the safety of shipping lanes.
- Counter-terrorism: sharing what is known about armed groups and their funding.
- Humanitarian assistance and disaster relief: help after earthquakes and floods, often shortened to HADR.
- Peacekeeping: training troops for missions under a United Nations mandate.
"""

# A description that starts a label's word inside a compound ("quartz-rich" for "Quartzite") gives the pair
# away; the others still make the matching, without it.
STEM_IN_COMPOUND = """# Rocks

## Non-foliated rocks

- Quartzite: formed from quartz-rich sandstone; extremely hard.
- Marble: formed from limestone; made of interlocking calcite crystals.
- Hornfels: a fine-grained rock typical of contact metamorphism.
- Soapstone: soft enough to carve, with a greasy feel.
"""

# The lines of a trace: one template told apart by its figures, no terms to match.
TRACE = """# Sorting

## A short trace

Consider the list 5, 2, 4, 1.

- Insert 2: it is smaller than 5, so 5 shifts right. The list becomes 2, 5, 4, 1.
- Insert 4: it is smaller than 5 but larger than 2. The list becomes 2, 4, 5, 1.
- Insert 1: it is smaller than every sorted item. The list becomes 1, 2, 4, 5.
"""

# A label's words left out of only part of a phrase ("known as […] situational awareness") read as an
# artefact: that pair stays out, and too few are left for a matching.
PARTLY_MASKED = """# Space

## How states cooperate in space

- Space surveillance: tracking objects in orbit is known as space situational awareness.
- Developing common norms: partners work together in international bodies to promote rules of behaviour.
- Joint planning: allies coordinate their commands through shared groups and exercises.
"""

# Descriptions that point outside themselves ("so that stored mines ...", "ban these weapons", "occurs when
# it is pushed") leave the matching; a later sentence's "It" stands for the label and stays.
POINTING = """# Mines

## The pillars

1. **Clearance**, including survey, mapping and marking of hazardous areas.
2. **Risk education**, which teaches people how to recognise danger signs.
3. **Victim assistance**, covering medical care, rehabilitation and help with returning to work.
4. **Stockpile destruction**, so that stored mines can never be laid in the future.
5. **Advocacy**, encouraging states to join the treaties that ban these weapons.
6. **Compression**, occurring when it is pushed, as in a column.
"""

# A list's own punctuation ("over hills;", "rising.") and lower-case starts: each description reads as an option,
# opened by a capital and closed alike.
LIST_PUNCTUATION = """# Rain

## Kinds of rainfall

- Relief rainfall: when moist air is forced up over hills;
- Frontal rainfall: when warm air rises over colder, denser air;
- Convectional rainfall: when strongly heated ground sends warm air rising.
"""

# A lesson's glossary list of a dozen "**Term** — definition" lines: asked in parts of four or five pairs,
# the shortest descriptions together, and the heading ("Key terms") names no kind of thing.
KEY_TERMS = """# Rivers

## Key terms

- **Source** — the place where a river begins, often a spring or a lake in high ground.
- **Mouth** — the place where a river flows into a sea, a lake or another river.
- **Tributary** — a smaller stream that joins a larger river.
- **Confluence** — the point where two rivers meet and flow on as one.
- **Meander** — a wide bend in a river, formed as water wears away the outer bank and drops sand on the inner bank.
- **Delta** — a fan of sediment built up where a slow river drops its load at a calm coast.
- **Floodplain** — the flat land beside a river that is covered with water when the river overflows its banks.
- **Watershed** — the high ground that separates one drainage basin from the next.
- **Estuary** — the tidal part of a river mouth, where fresh water mixes with salt water from the sea.
"""

# A list labelled by years: each description is matched with its year.
YEARS = """# The Observatory

## Major discoveries

- **1781**: the discovery of a new planet beyond Saturn, later named Uranus, by a musician who built his own telescopes.
- **1846**: the first sighting of Neptune, found where calculations of Uranus's wobbling orbit said it must be.
- **1930**: the discovery of Pluto on photographic plates compared night after night by a young assistant.
- **1992**: the first object found in the Kuiper belt, a ring of icy bodies beyond the orbit of Neptune.
"""

# A description that gives its label by a form the stems miss ("ground" for "Grinding") stays out.
IRREGULAR_FORM = """# Mills

## Kinds of mill work

- Grinding: grain is ground between two heavy stones.
- Sifting: a fine mesh separates the flour from the bran.
- Hulling: the tough outer husk is removed from rice and oats.
- Fulling: woollen cloth is beaten in water to thicken it.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="matching",
    priority=120,
    scope=GROUPS,
    build=matching,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, MATCHING, "Match each description with the term it describes (“Parts of a cell”)."),
        makes(PARTS_OF_A_CELL, MATCHING, "The organelle that releases energy from food through respiration."),
        makes_no(TWO_PARTS),
        makes_no(WORKED),
        makes_no(STEPS),
        makes_no(TRACE),
        makes_no(PARTS_OF_A_CELL.replace("the organelle that releases energy from food through respiration",
                                         "a small structure that builds proteins from amino acids")),
        makes(INITIALS, MATCHING, "Match each description with the term it describes"),
        makes_no(INITIALS, MATCHING, "HADR"),
        makes(STEM_IN_COMPOUND, MATCHING, "Formed from limestone"),
        makes_no(STEM_IN_COMPOUND, MATCHING, "quartz-rich"),
        makes_no(PARTLY_MASKED),
        makes_no(STAGE_PARAGRAPHS),
        makes(IRREGULAR_FORM, MATCHING, "A fine mesh separates the flour"),
        makes_no(IRREGULAR_FORM, MATCHING, "grain is ground"),
        makes(POINTING, MATCHING, "Covering medical care"),
        makes(LIST_PUNCTUATION, MATCHING, "When moist air is forced up over hills."),
        makes_no(LIST_PUNCTUATION, MATCHING, "hills;"),
        makes(LIST_PUNCTUATION, MATCHING, "(“Kinds of rainfall”)"),
        makes_no(LIST_PUNCTUATION.replace("Kinds of rainfall", "Rain falling"), MATCHING, "(“"),  # no kind named
        makes(KEY_TERMS, MATCHING, "Match each description with the term it describes."),
        makes(YEARS, MATCHING, "Match each description with its year"),
        makes(KEY_TERMS, MATCHING, "A smaller stream that joins a larger river."),
        makes_no(KEY_TERMS, MATCHING, "(“Key terms”)"),
        makes_no(POINTING, MATCHING, "so that stored mines"),
        makes_no(POINTING, MATCHING, "these weapons"),
        makes_no(POINTING, MATCHING, "when it is pushed"),
    ),
))
