"""The names of the rules that make questions: each spelled once, here.

A rule name says which question family made a candidate and how
(``Candidate.rule``, ``QuestionDraft.rule``).  Generated questions are stored
with it, so a name never changes once released.  Families declare the names
they emit (``QuestionFamily.confidence``); the rubric and the selection refer
to them through these constants.
"""

from __future__ import annotations

# Labelled items (lists of "Term: description", labelled paragraphs, sibling sections).
DESCRIPTION_TO_TERM = "description_to_term"
TERM_TO_DESCRIPTION = "term_to_description"
MATCHING = "matching"
# Tables.
TABLE_MATCHING = "table_matching"
# Glossary terms defined in the lesson.
GLOSSARY_DESCRIPTION_TO_TERM = "glossary_description_to_term"
GLOSSARY_TERM_TO_DEFINITION = "glossary_term_to_definition"
# Mentions of names, dates, quantities and glossary terms in sentences.
GLOSSARY_FILL_BLANK = "glossary_fill_blank"
GLOSSARY_SWAP_FALSE = "glossary_swap_false"
ENTITY_SWAP_FALSE = "entity_swap_false"
# A name of the lesson asked as a single choice, the siblings a swap would put in its place as distractors.
ENTITY_CHOICE = "entity_choice"
# A sentence of the lesson, lifted as a true statement.
TRUE_STATEMENT = "true_statement"
# Prose: inline enumerations and completable clauses.
CLAUSE_COMPLETION = "clause_completion"
# Beyond recall: two things the text sets against each other.
CONTRAST = "contrast"
# Beyond recall: the reason the text gives for something.
CAUSE_EFFECT = "cause_effect"

# Names of rules no family emits any more; questions stored with them keep their name.  Layout
# questions ("which of these does the text list under <heading>") and select-alls made by splitting
# one sentence were nearly all rejected by blind raters.  Blanks on names, dates and numbers
# ("entity_fill_blank") were mostly rejected on new documents (dev-b): incidental details.  A listed
# item swapped for one a sister lesson lists ("enumeration_swap_false") read as nonsense (test-b, test-e,
# test-g: 5 of 6 ratings rejected, none accepted).  One table cell asked alone ("table_cell") was never
# accepted as is (dev-r5, test-b, test-c, test-h: 2.5 rejects, 2.5 minor of 5 items).
RETIRED = frozenset({"listed_under", "all_listed_under", "listed_true_false", "enumeration_all", "entity_fill_blank",
                     "enumeration_swap_false", "table_cell"})
# Beyond recall: a formula of the text used on fresh numbers.
APPLY_FORMULA = "apply_formula"
# Beyond recall: a scaling law the text spells out ("if the distance doubles, the force falls to one quarter") on a
# factor it does not state.
SCALING_FACTOR = "scaling_factor"
# Beyond recall: the lesson's own exercise, keyed by the answer its author gives.
PRACTICE_ANSWER = "practice_answer"
# Beyond recall: a named example and the category the text gives it.
CLASSIFICATION = "classification"
# Beyond recall: what the text says something is done or used for.
PURPOSE = "purpose"
# Beyond recall: an example a labelled item gives, and which of the sibling items it belongs to.
ITEM_EXAMPLE = "item_example"
# Beyond recall: the two sides of "X rather than Y" swapped (keyed False), or as the text has them (True).
CONTRAST_SWAP_FALSE = "contrast_swap_false"
CONTRAST_STATEMENT = "contrast_statement"
# Beyond recall: a denial in the main clause turned round (keyed False), or as the text has it (True).
NEGATION_DROPPED_FALSE = "negation_dropped_false"
NEGATION_STATEMENT = "negation_statement"
# A "Myth:" line of the lesson asked as it stands, keyed False by the author's own label.
MYTH_FALSE = "myth_false"
# Which side of a debate a claim is on, keyed by the heading it sits under.
DEBATE_SIDE = "debate_side"
# Beyond recall: a direction or comparison the text states, turned with a general English opposite (keyed False).
DIRECTION_REVERSED_FALSE = "direction_reversed_false"
# Beyond recall: which of the things a comparison lesson sets side by side the text says has the most or least of
# something (single choice), and that clause said of another of them (keyed False).
COMPARISON_CHOICE = "comparison_choice"
COMPARISON_SWAP_FALSE = "comparison_swap_false"
# A numbered procedure: which step the text puts straight after another; a later step said to come first (False).
STEP_AFTER = "step_after"
STEP_ORDER_FALSE = "step_order_false"
# A list whose points each carry nested details: which point the text gives a detail under.
DETAIL_PARENT = "detail_parent"
# Advice set out under "Do" and "Don't" (or "Good habits" / "Bad habits"): which option the text gives on one side.
ADVICE_SIDE = "advice_side"
# A comparison table written sideways (the things compared across its columns, their features down its rows): a
# row's cells matched to the things, which thing alone has a Yes/No feature, and (two things) a cell said of a thing.
SIDEWAYS_MATCHING = "sideways_matching"
SIDEWAYS_CHOICE = "sideways_choice"
SIDEWAYS_STATEMENT = "sideways_statement"

# Statements that are a whole claim however short (``rubric.stem_length``): a denial turned round, a direction
# reversed, a comparison's clause said of another compared thing, a later step said to come first: the text answers
# each outright.
TURNED_CLAIMS = frozenset({NEGATION_DROPPED_FALSE, DIRECTION_REVERSED_FALSE, COMPARISON_SWAP_FALSE, STEP_ORDER_FALSE})
