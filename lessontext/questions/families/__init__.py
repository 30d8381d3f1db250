"""The question families, as a registry; ``generate`` runs them all on a course.

Each family is a :class:`~lessontext.questions.family.QuestionFamily` in a
module of its own here, registered in ``FAMILIES`` when this package is
imported.  ``generate`` visits them by priority, highest first; consecutive
families of one scope run together, unit by unit (for each labelled group:
description_to_term, term_to_description, matching), which fixes the order
of candidates and of random draws, and so the quiz a seed gives.

How to add a question family: write a module here with a docstring saying
what text the family reads and why it makes a fair question; a function
``build(unit, course, rng)`` yielding :class:`~lessontext.questions.rubric.Candidate`
objects for one unit of its scope (``GROUPS``, ``LISTINGS``, ``TABLES``,
``MENTIONS`` or ``LESSON``); a rule name constant for each kind of candidate
it makes, in ``rules.py`` (names are stored with questions: never rename
one); and ``FAMILY = FAMILIES.register(QuestionFamily(...))`` with a unique
name, a priority (where it runs: see the table below), the base confidence
of each rule, ``doc=__doc__`` and examples: at least one lesson on which it
makes a given item (``makes``) and one on which it must not (``makes_no``).
Import the module below.  The rubric judges every candidate;
``tests/lessontext/questions/test_registry_families.py`` runs every example.

Priorities today (candidates come out in this order):

    140 description_to_term  130 term_to_description  120 matching   (per labelled group)
    100 tables  99 sideways                                           (per table)
     90 glossary                                                      (the lesson)
     80 fill_blank  70 false_statement                                (per mention)
     61 myths  60 true_statement  50 enumerations  49 practice  48 negation  47 item_example  46 rather_than  45 contrast  44 cause_effect  43 apply  42 classification  41 purpose
     40 clause_completion  39 reversal  38 comparison  37 sides  36 steps  35 details  34 advice  33 scaling  (the lesson)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace

from lessontext.registry import Registry

from ..candidate import Candidate
from ..course import CourseView
from ..family import QuestionFamily, Scope
from ..leadins import complete_lead_in, lead_in_lists
from ..quoting import quote_candidate
from ..referents import name_descriptions

FAMILIES: Registry[QuestionFamily] = Registry()

# Imported for their registration (each module registers its FAMILY).
from . import (  # noqa: E402
    advice,
    apply,
    cause_effect,
    classification,
    clause_completion,
    comparison,
    contrast,
    description_to_term,
    details,
    enumerations,
    false_statement,
    fill_blank,
    glossary,
    item_example,
    matching,
    myths,
    negation,
    practice,
    purpose,
    rather_than,
    reversal,
    scaling,
    sides,
    sideways,
    steps,
    tables,
    term_to_description,
    true_statement,
)

__all__ = ["FAMILIES", "MODULES", "generate", "rule_names", "runs"]

# The family modules (a test checks that each registers a family and none is left out).
MODULES = (
    advice, apply, cause_effect, classification, clause_completion, comparison, contrast, description_to_term, details, enumerations, false_statement, fill_blank, glossary,
    item_example, matching, myths, negation, practice, purpose, rather_than, reversal, scaling, sides, sideways, steps, tables,
    term_to_description, true_statement,
)


def runs(families: Registry[QuestionFamily] = FAMILIES) -> list[tuple[Scope, tuple[QuestionFamily, ...]]]:
    """The families by priority, consecutive families of one scope run together."""
    out: list[tuple[Scope, tuple[QuestionFamily, ...]]] = []
    for family in families:
        if out and out[-1][0] is family.scope:
            out[-1] = (family.scope, out[-1][1] + (family,))
        else:
            out.append((family.scope, (family,)))
    return out


def generate(course: CourseView, rng: random.Random,
             runs_family: Callable[[QuestionFamily], bool] = lambda family: True) -> Iterator[Candidate]:
    """Every registered family's candidates for ``course`` (of the families ``runs_family`` lets run), in
    priority order, each naming its family.

    Each family draws from a generator of its own, seeded from one draw of ``rng`` and the family's name
    and unit: a change in what one family makes (one distractor more or less) leaves every other family's
    draws, and so its items, as they were.  With one shared generator, a change in any family reshuffled
    the options of every family after it, and a tuning round's effect could not be told from the churn.
    """
    # A source sentence that only introduces a list is quoted with its list (or the item asked about).
    lists = lead_in_lists(course.lesson.document)
    draw = rng.getrandbits(64)
    for scope, run in runs():
        # Asked once per family, not per unit; a family's draws are its own: skipping one leaves every other
        # family's items as they were.
        run = tuple(family for family in run if runs_family(family))
        if not run:
            continue
        for n, unit in enumerate(scope.units(course)):
            for family in run:
                for candidate in family.build(unit, course, random.Random(f"{draw}:{family.name}:{n}")):
                    candidate = complete_lead_in(candidate, lists) if lists else candidate
                    # "the agreement ended ...": named as the sentence before named it (``referents``)
                    candidate = name_descriptions(candidate, course)
                    if candidate is None:
                        continue  # "the treaty" after two treaties named: which one, the stem cannot say
                    # "in *My phone has been stolen*, ...": the lesson's italic examples quoted (``quoting``)
                    candidate = quote_candidate(candidate, course)
                    if candidate is None:
                        continue  # "Passive: *The vase was broken by the cat.*": an example, no claim
                    yield candidate if candidate.family else replace(candidate, family=family.name)


def rule_names() -> frozenset[str]:
    """Every rule name a registered family declares."""
    return frozenset(rule for family in FAMILIES for rule in family.rules)
