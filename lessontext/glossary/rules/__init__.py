"""The glossary rules, one family per module, registered in :data:`RULES`.

How to add a rule
-----------------
1. Write one module here with a function ``find`` and a
   :class:`~lessontext.glossary.rule.Rule` registered in it::

       NAME = RULES.register(Rule(
           name="snake_case_name", priority=105, scope=Scope.SENTENCE,
           confidence=CONFIDENCE, find=find_something,
           examples=(finds("# T\\n\\nText that defines X.\\n", "X"),
                     misses("# T\\n\\nText that only mentions X.\\n", "X")),
       ))

   ``find``'s docstring says what text it reads and why; its call shape
   follows ``scope`` (see :class:`~lessontext.glossary.rule.Scope`); it
   returns :class:`~lessontext.glossary.candidate.Candidate` objects.
   Confidences are named constants, never bare numbers; candidates below
   ``MIN_CONFIDENCE`` (0.5) are evidence only.
2. Import the module at the bottom of this file.
3. Give it at least one positive and one negative example:
   ``tests/lessontext/glossary/test_registry_rules.py`` runs every example.

Rules run highest ``priority`` first (ties in registration order): within
each section its block rules, then its sentence and clause rules for each
sentence, then the document rules once.  The priority of each rule below
keeps the order in which candidates were always made, so merging picks the
same definitions; leave gaps of ten so a rule can be placed between two.

====================  ========  =========
rule                  priority  scope
====================  ========  =========
list_category         200       block
label                 190       block
appositive_label      189       block
comma_label           188       block
outline_term          187       block
relative_label        186       block
table_row             185       block
formula_line          184       block
kind_table_row        184       block
outline_gloss         183       block
kind_item             182       block
restated_subject      181       block
call                  180       sentence
relative_call         179       sentence
role                  170       sentence
copula_in_clause      160       clause
prose_in_clause       150       clause
named_subject_in_clause 145     clause
dated_subject_in_clause 145     clause
activity_means        141       sentence
copula                140       sentence
principle_it_holds    139       sentence
ordinal_colon         138       sentence
word_meaning          137       sentence
named_aside           136       sentence
named_back            135       sentence
or_gloss              134       sentence
previous_sentence_name 133      sentence
meaning_gloss         132       sentence
this_is_name          131       sentence
called                130       sentence
other_name            129       sentence
named_subject_aside   128       sentence
named_then_stated     127       sentence
named_bold_subject    126       sentence
named_then_it         125       sentence
called_because        124       sentence
symbol_named          124       sentence
called_aside          123       sentence
clause_named          122       sentence
bold_in_which         121       sentence
appositive            120       sentence
glossed_series        119       sentence
ranked_kind           119       sentence
in_which              118       sentence
state                 117       sentence
category_name         116       sentence
bold_gloss            115       sentence
adjective             114       sentence
passive_agent         113       sentence
described_as          112       sentence
phrase_in_which       111       sentence
colon_gloss           110       sentence
description_first     109       sentence
described_then_named  108       sentence
role_gloss            108       sentence
adjective_meaning     107       sentence
formed_kind           106       sentence
quoted_name           105       sentence
apposed_name          104       sentence
object_then_name      103       sentence
unit_measured         103       sentence
unit_size             103       sentence
italic_name           102       sentence
possessed_name        102       sentence
measure_tells         101       sentence
prose                 100       sentence
participle_gloss      99        sentence
operation_gives       98        sentence
translated            98        sentence
bracket_gloss         97        sentence
bold_adjective        96        sentence
apposed_object        92        sentence
role_name             91        sentence
acronym               90        sentence
kind_example          89        sentence
named_example         88        sentence
governing_name        87        sentence
scope_statement       86        sentence
concept_holds         85        sentence
founded_name          85        sentence
named_subject         84        sentence
dated_subject         84        sentence
bold_subject          83        sentence
numbered_provision    83        sentence
generic_subject       82        sentence
relative_gloss        81        sentence
named                 80        document
bold_inline           79        sentence
with_clause           78        sentence
becomes_its           77        sentence
related_name          76        sentence
named_relative        75        sentence
name_beside_plural    74        sentence
became_known          73        sentence
titled_subject        72        document
signed_title          71        document
common_acronym        70        document
opening_act           69        document
theory_term           65        document
question_heading      62        document
heading_concept       60        document
keyphrase             50        document
described_salient     45        document
====================  ========  =========
"""

from __future__ import annotations

from lessontext.glossary.rule import Rule
from lessontext.registry import Registry

RULES: Registry[Rule] = Registry()

# Each module registers its rules on import.
from lessontext.glossary.rules import (  # noqa: E402, F401
    acronyms,
    activity_means,
    adjective_meaning,
    agents,
    apposed_objects,
    appositive,
    became_known,
    bold_adjective,
    bold_gloss,
    bold_inline,
    bracket_gloss,
    call,
    called,
    called_aside,
    called_because,
    categories,
    clause_named,
    colon_gloss,
    comma_labels,
    common_acronyms,
    concepts,
    copula,
    dated_subjects,
    described,
    described_then_named,
    description_first,
    emphasis,
    formation,
    formulas,
    founded,
    glossed_series,
    glosses,
    governing_names,
    italic_names,
    keyphrases,
    kind_examples,
    kind_items,
    kind_tables,
    kinds,
    known_as,
    labels,
    measure_tells,
    named,
    named_back,
    named_examples,
    named_relatives,
    named_subjects,
    numbered_provisions,
    opening_act,
    ordinal_colon,
    other_names,
    other_patterns,
    outline,
    outline_gloss,
    participle_gloss,
    possessed,
    processes,
    prose,
    question_headings,
    quoted_names,
    relative_labels,
    restated_subject,
    role_names,
    roles,
    signed_title,
    states,
    subjects,
    symbol_named,
    tables,
    term_means,
    theories,
    this_is,
    titled_subject,
    translated,
    units,
)
