"""Classification: "The text gives “<example>” as an example of which of these?".

Reads the sentences that file a named example under a category: "<category> such as
<example>, ..." (the category is the noun phrase just before "such as": at most three words,
stopping at a preposition, article or punctuation) and "<Example> is an example (a type, a
kind, a form) of <category>".  The key is the category; the distractors are the categories
the lesson (first) or a sister lesson gives other examples, so each is a category of the same
course yet not the one the text gives here; a category the example is also filed under stays
out.  The item asks which class a thing belongs to, so its level is "understand".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ...semantics import similarity
from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..distractors import pick_distractors
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import CLASSIFICATION
from ..text import GENERIC_HEADS, STOPWORDS, has_markdown_residue, norm, words
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {CLASSIFICATION: 0.6}

_SUCH_AS = re.compile(r"(?P<before>[^.;:()]*?)[ ,]+such as\s+(?:the\s+)?(?P<example>[^,;:.()]+?)(?=,|\s+and\b|\s+or\b|[.;:)]|$)")
_EXAMPLE_OF = re.compile(
    r"^(?P<example>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}) (?:is|are) (?:an? |one )?(?:example|type|kind|form)s? of "
    r"(?P<category>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})(?=[.,;]| that\b| which\b| in\b|$)"
)
_QUALIFIER = re.compile(r"\s+(?:in|on|at|from|of|with|for|by|that|which|who)\s+")
_DETERMINERS = frozenset("the a an their its his her our your these those this that".split())
_STOP = STOPWORDS | {"like", "including"}
_PREPOSITIONS = frozenset(
    "of under above over below beyond in on at from with within without for by into onto through between among "
    "about against across after before during".split()
)
# A distractor from the lesson is at least this close in meaning to the key (wordllama cosine): a
# class of the same kind ("technical side" / "human side"), not a stray noun of another sentence.
MIN_KIN = 0.12
_COORDINATORS = frozenset({"and", "or", "nor"})
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bor\b)\s*")
MAX_CATEGORY_WORDS = 3
MAX_EXAMPLE_WORDS = 4


def _category(before: str) -> str:
    """The noun phrase that ends ``before``: its last words up to a stopword (at most three)."""
    toks = before.split()
    out: list[str] = []
    for tok in reversed(toks):
        bare = tok.strip(",;:“”\"'")
        if bare != tok and out or not bare or bare.lower() in _STOP or not re.fullmatch(r"[\w’'-]+", bare):
            break
        out.insert(0, bare)
        if len(out) == MAX_CATEGORY_WORDS:
            break
    rest = [t.lower() for t in toks[: len(toks) - len(out)]]
    while rest and rest[-1] in _DETERMINERS:
        rest.pop()
    while rest and rest[-1] == "own":
        rest.pop()
        while rest and rest[-1] in _DETERMINERS:
            rest.pop()
    if rest and rest[-1] in _COORDINATORS:
        # "solids with a definite make-up and crystal structure, such as quartz": "such as" may hang on the
        # pair or on a noun further back (here "minerals"), so the class is not the last noun's.
        return ""
    if rest and rest[-1] in _PREPOSITIONS:
        # "the parts of their environment, such as water", "exercises above an agreed size, such as ...",
        # "under its own control, such as satellites": the class is a noun further back.
        return ""
    return " ".join(out)


def examples_in(sentence: str) -> list[tuple[str, str]]:
    """(example, category) pairs a sentence states."""
    out = []
    for m in _SUCH_AS.finditer(sentence):
        category = _category(m.group("before"))
        example = _QUALIFIER.split(m.group("example").strip())[0]  # "the cane toad in Australia" -> "cane toad"
        out.append((example, category))
    m = _EXAMPLE_OF.match(sentence.strip())
    if m:
        out.append((m.group("example"), m.group("category")))
    good = []
    for example, category in out:
        cat_words = [w.lower() for w in words(category)]
        ex_words = words(example)
        if not cat_words or not ex_words or len(ex_words) > MAX_EXAMPLE_WORDS or cat_words[-1] in GENERIC_HEADS:
            continue
        if ex_words[0].lower() in _STOP or has_markdown_residue(example) or "`" in example:
            continue
        good.append((example, category[:1].upper() + category[1:]))
    return good


def _pool(lessons: list[LessonView]) -> list[tuple[str, str]]:
    return [p for lesson in lessons for _, s in lesson.sentences if " such as " in s or " of " in s for p in examples_in(s)]


def _co_listed(lesson: LessonView) -> list[frozenset[str]]:
    """The groups of things the lesson lists together: a table cell "Granite, basalt, obsidian" or a
    "such as A, B and C" list.  Things listed together are given as of one class."""
    groups = []
    cells = [cell for table in lesson.tables for row in table.rows for cell in row[1:]]
    for cell in cells:
        items = {norm(x) for x in _LIST_SPLIT.split(cell) if x.strip()}
        if len(items) > 1:
            groups.append(frozenset(items))
    for _, sentence in lesson.sentences:
        for m in re.finditer(r"such as\s+(?:the\s+)?([^.;:()]+)", sentence):
            items = {norm(_QUALIFIER.split(x)[0]) for x in _LIST_SPLIT.split(m.group(1))
                     if x.strip() and len(words(x)) <= MAX_EXAMPLE_WORDS and x.strip()[:1].islower()}
            if len(items) > 1:
                groups.append(frozenset(items))
    return groups


def _also_fits(category: str, example: str, pairs: list[tuple[str, str]], groups: list[frozenset[str]]) -> bool:
    """Whether the text lists ``example`` together with an example of ``category`` (obsidian beside basalt
    in one table cell, basalt an "extrusive igneous rock"), so the class is defensible for it too."""
    mates = {norm(e) for e, c in pairs if norm(c) == norm(category)}
    key = norm(example)
    return any(key in g and mates & (g - {key}) for g in groups)


def classification_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    own = _pool([lesson])
    if not own:
        return
    pairs = own + _pool(course.others)
    groups = _co_listed(lesson)
    by_section: dict[str, set[str]] = {}
    for section, sentence in lesson.sentences:
        if " such as " in sentence or " of " in sentence:
            by_section.setdefault(section.anchor, set()).update(norm(c) for _, c in examples_in(sentence))
    for section, sentence in lesson.sentences:
        if " such as " not in sentence and " of " not in sentence:
            continue
        found = examples_in(sentence)
        siblings = {norm(c) for _, c in found} | by_section.get(section.anchor, set())
        for example, category in found:
            filed = {norm(c) for e, c in pairs if norm(e) == norm(example)}
            # Only the lesson's own classes: a sister lesson's class is off the subject.  The classes the
            # same sentence sets side by side come first (the natural distractor), then those close in meaning.
            others = [
                c for _, c in own if norm(c) not in filed and not _also_fits(c, example, pairs, groups)
                and (norm(c) in siblings or similarity(c, category) >= MIN_KIN)
            ]
            distractors = pick_distractors(category, others, rng, course, siblings=True,
                                           prefer=lambda c, siblings=siblings: norm(c) not in siblings)
            if len(distractors) < 2:
                continue
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=CLASSIFICATION,
                stem=f"The text gives “{example}” as an example of which of these?",  # "of which of these is ..." read clumsy
                key=category,
                correct=(category,),
                distractors=tuple(distractors),
                kind="category",
                original=category,
                source_anchor=section.anchor,
                source_sentence=sentence,
                explanation=f"The text says: “{sentence}”",
                base=CONFIDENCE[CLASSIFICATION],
                shown=(sentence,),
                claims=(f"example:{norm(example)}",),
                level="understand",
            )


FOOD_WEB = """# Food Webs

## Feeding

Herbivores such as rabbits, deer and grasshoppers eat plants.
Carnivores such as foxes, owls and sharks eat other animals.
Decomposers such as fungi and bacteria break down dead matter.
"""

# "such as" after "X of Y" (which is the class?) or a generic head ("areas such as ...") names no category worth asking.
VAGUE = """# Food Webs

## Feeding

Many areas such as meadows hold food.
Some aspects such as colour matter.
Several things such as rain help.
The living parts of the forest, such as the trees, grow slowly.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="classification",
    priority=42,
    scope=LESSON,
    build=classification_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(FOOD_WEB, CLASSIFICATION, "The text gives “rabbits” as an example of which of these?"),
        makes(FOOD_WEB, CLASSIFICATION, "Carnivores"),
        makes_no(VAGUE),
        makes_no(FOOD_WEB.replace(" such as", ",")),
    ),
))
