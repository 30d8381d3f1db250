"""Details under their point: "In “Giving first aid”, under which step does the text give this: “...”?".

Reads a list whose items each carry a nested sub-list of details, the shape teachers give a numbered procedure
("2. **Give back blows.**" with the sub-points "Stand to the side ...", "Support the chest ...") and the parts of a
thing ("5. **Skills**" with "Transferable skills, such as teamwork ..."): at least three items with sub-lists.  Which
item a detail sits under is fixed by the lesson's own indentation (or, for a list under each of three or more sibling
headings that end on one noun, "Igneous rocks" / "Sedimentary rocks" / "Metamorphic rocks", by the heading it sits
under: "Which of these does the text say this of: ...?"), not read into its words, so the key is certain;
the other items of the list are the distractors, things of one kind set side by side.  It asks what each step or part
holds, not only its name; still, it recalls where the lesson put a detail, so its level stays "remember" (ranked
beyond recall, it went ahead of items raters had accepted on eight open sets).

Only where the key is sure and not cued: each point is shown by its bold label or its first sentence, cut before a
second clause, at most ``MAX_POINT_WORDS`` words; the detail is a sentence of ``MIN_DETAIL_WORDS`` to
``MAX_DETAIL_WORDS`` words, opening on a capital, that does not open on a pronoun or link word ("This", "It",
"However", "Others", "Many are": it leans on the sentence before), under points that are no sentence heads ("Use the
mode when") and shares no content word with any of the points (a word of the key gives it away, a word of
another point misleads).  A point whose text is a condition ("If the person becomes unresponsive") is still an
option: the list sets it beside the others.  One item per list (``claims``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.document import DocumentSection, ItemList, ListItem
from lessontext.words import singular

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import length_ok
from ..rules import DETAIL_PARENT
from ..text import ANAPHORIC_OPENERS, content_stems, has_markdown_residue, words
from ..types import QuestionType
from . import FAMILIES
from .matching import gives_initials, loses_context, stem_leak
from .steps import imperative, step_text

# Below the publishing cut (``select.MIN_CONFIDENCE``): until raters have seen the rule, its items are drafts that
# join a quiz the lesson's other candidates leave short.  At 0.62 they went ahead of items raters had accepted in
# full quizzes on five open sets (test-f, test-s, test-y, test-z, dev-b); as drafts, the quizzes they join are the
# short ones of lessons whose structure no other family reads.
CONFIDENCE = {DETAIL_PARENT: 0.45}
MIN_POINTS = 3
MAX_POINT_WORDS = 8
# Sibling headings this short name things of one kind ("Igneous rocks"); a longer one is a sentence of its own.
MAX_HEADING_WORDS = 4
# "The legislative branch" offered as "Legislative branch", as a list's points are.
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
MIN_DETAIL_WORDS = 5
MAX_DETAIL_WORDS = 22
MAX_DISTRACTORS = 3
# Candidates tried per list (the rubric may refuse one; ``claims`` keeps one in a quiz).
PER_LIST = 3
# A numbered list with at least this share of its points opening on a verb in its base form is a procedure, its
# points steps (a point of one word, "Water", is a name, whatever its spelling allows).
STEP_SHARE = 0.6
# A detail opening on a word that counts or points back ("Others, such as France, ...", "Many are former MPs")
# leans on the sentence before it.
_LEANING = frozenset("others another".split())
_COUNTING = frozenset("many some most both each all few several".split())
_AUXILIARIES = frozenset("is are was were has have had can could will would may might do does did".split())
# A point that stops on one of these ("Use the mode when") is the head of a sentence its details complete.
_OPEN_ENDS = frozenset("when if that to of and or the a an for with because where which who while as".split())


def point_text(item: ListItem) -> str:
    """A point as an option: its bold label, else its first sentence cut before a second clause."""
    text = item.label or (item.sentences[0] if item.sentences else item.text)
    return step_text(text)


def _detail(child: ListItem) -> str | None:
    if child.label:
        return None  # "Begin CPR: 30 compressions ...": its sentences are the body after the label
    sentence = (child.sentences[0] if child.sentences else child.text).strip()
    toks = words(sentence)
    if not MIN_DETAIL_WORDS <= len(toks) <= MAX_DETAIL_WORDS or not sentence[:1].isupper():
        return None  # too short or long, or the rest of a sentence its point begins ("... when you want ...")
    first, second = toks[0].lower(), toks[1].lower()
    if first in ANAPHORIC_OPENERS | _LEANING or (first in _COUNTING and second in _AUXILIARIES):
        return None
    if has_markdown_residue(sentence) or not sentence.endswith((".", "!")):
        return None
    return sentence


def detail_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    title = lesson.document.title
    for section in lesson.document.sections:
        for block in section.blocks:
            if not isinstance(block, ItemList):
                continue
            parents = [item for item in block.items if item.children]
            if len(parents) < MIN_POINTS or len(parents) < len(block.items) - 1:
                continue  # a list of details under a few of its items is no list of points with their details
            points = [point_text(item) for item in parents]
            steps = block.ordered and sum(len(words(p)) > 1 and imperative(p) for p in points) >= STEP_SHARE * len(points)
            stem = f"In “{section.heading or title}”, under which {'step' if steps else 'point'} does the text give this: “{{}}”?"
            yield from _asked(points, [item.children for item in parents], [section.anchor] * len(points), stem, rng)
    for sections in sibling_sections(lesson):
        lists = [[item for b in sec.blocks if isinstance(b, ItemList) for item in b.items] for sec in sections]
        names = [_ARTICLE.sub("", sec.heading or "") for sec in sections]
        yield from _asked([n[:1].upper() + n[1:] for n in names], lists, [sec.anchor for sec in sections],
                          "Which of these does the text say this of: “{}”?", rng)


def sibling_sections(lesson: LessonView) -> list[list[DocumentSection]]:
    """Runs of at least ``MIN_POINTS`` sections of one level, each with a list, whose short headings end on one noun
    ("The legislative branch", "The executive branch", "The judicial branch"): a list under each of several things
    of one kind, the same shape as a list of points with their details."""
    found: dict[tuple[int, str], list[DocumentSection]] = {}
    for section in lesson.document.sections:
        toks = words(section.heading or "")
        if toks and len(toks) <= MAX_HEADING_WORDS and any(isinstance(b, ItemList) for b in section.blocks):
            found.setdefault((section.level, singular(toks[-1].lower())), []).append(section)
    return [run for run in found.values() if len(run) >= MIN_POINTS]


def _asked(points: list[str], children: list[tuple[ListItem, ...] | list[ListItem]], anchors: list[str], stem: str,
           rng: random.Random) -> Iterator[Candidate]:
    """Up to ``PER_LIST`` items asking which of ``points`` a detail among its ``children`` belongs to."""
    if len(set(points)) != len(points) or not all(1 <= len(words(p)) <= MAX_POINT_WORDS for p in points):
        return
    if any(words(p)[-1].lower() in _OPEN_ENDS for p in points):
        return
    every_stem = set().union(*(content_stems(p) for p in points))
    # A detail naming a point, in part of a word or by its initials, or pointing outside itself, is refused as a
    # matching's description is (``matching``).
    details = [(n, d) for n, items in enumerate(children) for child in items
               if (d := _detail(child)) and not content_stems(d) & every_stem and not loses_context(d)
               and not any(stem_leak(d, p) or gives_initials(d, p) for p in points)]
    rng.shuffle(details)
    for n, detail in details[:PER_LIST]:
        key = points[n]
        others = [p for i, p in enumerate(points) if i != n and length_ok(p, key)]
        if len(others) < 2:
            continue
        # The points nearest the key first: the likeliest slips.
        others.sort(key=lambda p: abs(points.index(p) - n))
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=DETAIL_PARENT,
            stem=stem.replace("{}", detail),
            key=key,
            correct=(key,),
            distractors=tuple(others[:MAX_DISTRACTORS]),
            kind=f"label:details:{anchors[0]}",  # points of one list, told apart by the text
            source_anchor=anchors[n],
            source_sentence=detail,
            explanation=f"The text gives “{detail}” under “{key}”.",
            base=CONFIDENCE[DETAIL_PARENT],
            shown=(detail,),
            claims=(f"details:{anchors[0]}:{points[0]}",),
        )


BREAD = """# Baking a Simple Loaf

## Method

1. **Mix the dough.**
   - Stir the flour, salt and yeast together in a large bowl.
   - Pour in warm water a little at a time until a soft ball forms.
2. **Knead it well.**
   - Push with the heel of your hand, fold and turn for ten minutes.
   - Stop when it feels smooth and springs back when pressed.
3. **Let it rise.**
   - Cover the bowl with a damp cloth in a warm place.
   - Wait about an hour, until it has doubled in size.
4. **Bake the loaf.**
   - Heat the oven to 220 degrees before it goes in.
   - Tap the base: a hollow sound means it is cooked.
"""

# The parts of a thing, each with its details: no step, but one list all the same.
ESSAY_PLAN = """# Planning an Essay

## The parts of an essay

- **Introduction**
  - Set out the question and say briefly how you will answer it.
- **Main paragraphs**
  - Make one point in each, with evidence from your sources.
- **Conclusion**
  - Sum up your argument without adding new material.
"""

# Details under one item of a list of plain points: no list of points with their details.
ONE_NESTED = """# Baking a Simple Loaf

## Tips

- Use strong bread flour.
  - Stir the flour, salt and yeast together in a large bowl.
- Keep the kitchen warm.
- Weigh everything carefully.
- Bake on the middle shelf.
"""

# A list under each of three sibling headings that name things of one kind.
CLOUDS = """# Clouds

## Cirrus clouds

- Thin white wisps form high in the sky from ice crystals.

## Cumulus clouds

- Puffy heaps with flat bases build up on warm afternoons.

## Stratus clouds

- Grey sheets cover the whole sky and may bring drizzle.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="details",
    priority=35,
    scope=LESSON,
    build=detail_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(BREAD, DETAIL_PARENT, "In “Method”, under which step does the text give this:"),
        makes(ESSAY_PLAN, DETAIL_PARENT, "In “The parts of an essay”, under which point does the text give this:"),
        makes(CLOUDS, DETAIL_PARENT, "Which of these does the text say this of: “Grey sheets cover the whole sky"),
        makes_no(ONE_NESTED, DETAIL_PARENT),
        makes_no(CLOUDS.replace("## Stratus clouds", "## Weather and flying"), DETAIL_PARENT),
    ),
))
