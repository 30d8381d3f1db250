"""Gates on a definition's clauses, registered before the other publishing gates (:mod:`lessontext.glossary.publish`).

* ``second_clause``: "What you earn before any deductions; net income ... is what remains", "A stanza of two
  rhyming lines is a couplet; ...": a run-on carrying the next term's definition is cut at its "; ", and a
  definition that is itself "A X is a Y" belongs to Y (its subject when Y is the headword, else left out);
* ``clause_body``: "Longitudinal waves: The particles vibrate ...", "Natural passive immunity: Antibodies pass
  ...": a clause with its own subject, not a phrase; the term's head noun becomes its genus ("Waves in which the
  particles vibrate ...");
* ``lifted_quantifier``: "Billions of tiny electronic switches", "A technique in which many third-person
  narratives slide ...", "A process in which sometimes a person must ...": a count or a frequency the sentence
  gave its subject ("Modern chips contain billions of tiny switches called transistors") is not part of what the
  term is; it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary.gate import Gate
from lessontext.glossary.gate import register as _register
from lessontext.glossary.phrases import finite_verb
from lessontext.glossary.rephrase import article, relative_definition
from lessontext.words import STOPWORDS, getAllLemmas, singular, word_pos

__all__ = ["CLAUSE_BODY", "LIFTED_QUANTIFIER", "SECOND_CLAUSE", "clause_body", "lifted_quantifier", "second_clause"]


# "...; net income, often called take-home pay, is what remains ...", "...; a stanza of four lines is a quatrain":
# after the semicolon a new main clause with its own noun subject and a copula, i.e. the next term's definition.
# A pronoun or "the ..." subject ("; the products are a salt and water") goes on about the same thing.
_SECOND_CLAUSE = re.compile(
    r";\s+(?!(?:it|its|they|their|this|these|that|those|he|she|we|you|there|here|such|the)\b)"
    r"(?P<subject>[^;:()]{1,80}?)\s+(?:is|are)\s+(?:an?|the|what|called|known)\b",
    re.I,
)
# "Half the diameter, and π is approximately 3.14159.": a noun phrase, then a clause of its own joined by "and".
# ("The stationary phase and the solvent, creeping upwards, is the mobile phase": the next subject with an aside.)
_PHRASE_THEN_CLAUSE = re.compile(r"^(?:An?|The|Half|Twice)\b[^;:()]*?(?P<cut>,\s+and\s+(?:for\s+(?:an?\s+)?[a-z ]{3,30}\s)?"
                                 r"(?:it|they|(?:the\s+)?[^\s,;:()]+)\s+(?:is|are|was|were)\s"
                                 r"|\s+and\s+the\s+[^\s,;:()]+,\s+[^,;:()]{1,40},\s+(?:is|are|was|were)\s)")
# "A stanza of two rhyming lines is a couplet.": a whole copular sentence, not a phrase; no relative pronoun
# before the copula ("A cell that is ..." stays a phrase).
_WHOLE_COPULAR_SENTENCE = re.compile(
    r"^(?P<subject>(?:An?|The)\s(?:(?!\b(?:that|which|who|whose|where|when|whom)\b)[^;:,()])*?)"
    r"\s+(?:is|are)\s+(?P<complement>(?:an?|the)\s[^;:]*?)\.?$"
)


def second_clause(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """Cut a run-on at the "; " that starts another term's definition, and a noun phrase at the ", and" of a clause
    of its own; a definition that is itself "A X is a Y" is about Y: its subject when Y is the headword, else left
    out."""
    match = _SECOND_CLAUSE.search(definition)
    if match and len(definition[:match.start()].split()) >= 3:
        definition = definition[:match.start()].rstrip(" ,") + "."
    if (joined := _PHRASE_THEN_CLAUSE.match(definition)) and len(definition[:joined.start("cut")].split()) >= 3:
        definition = definition[:joined.start("cut")] + "."  # ("Half the diameter, and π is ...": the phrase)
    sentence = _WHOLE_COPULAR_SENTENCE.match(definition.split("; ")[0])
    if sentence is None:
        return definition
    complement = {singular(w) for w in re.findall(r"[\w-]+", sentence.group("complement").lower())}
    if {singular(w) for w in re.findall(r"[\w-]+", term.lower())} <= complement:
        return sentence.group("subject") + "."
    return None


# "Longitudinal waves: The particles vibrate back and forth ...": a label's body that is a whole clause, its own
# subject (up to three words, after an optional article) and a lexical verb agreeing with it.
_CLAUSE_BODY = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<verb>[a-z]+)\s+(?P<next>[\w-]+)")
# "Security forces should ...", "The tangible clues that ...", "Small posts where ...": the word read as the verb
# was the subject's head noun.
_AFTER_A_HEAD_NOUN = frozenset("that which who whose where when".split())
_HEAD_PREPOSITIONS = frozenset("of in for on to at by with".split())


_NOT_LEXICAL = frozenset("is are was were has have had do does did can could may might must shall should will would".split())


def _present_verb(word: str, *, plural: bool) -> bool:
    """"vibrate" after a plural, "travels" after a singular: a present-tense lexical verb, not a participle."""
    lemmas = getAllLemmas(word).get("VERB", ())
    if word in _NOT_LEXICAL or not lemmas or word.endswith("ed") or not finite_verb(word, plural=plural):
        return False
    return word in lemmas if plural else word not in lemmas and word.endswith("s")


def told_step(definition: str) -> bool:
    """"The muscle contracts and pulls the hand away.": a clause about one definite thing doing something, a step."""
    match = _CLAUSE_BODY.match(definition)
    if match is None or not definition.startswith("The "):
        return False
    np = match.group("np").split()
    subject = np[-1].lower()
    return (not any(w.lower() in _HEAD_PREPOSITIONS | STOPWORDS for w in np) and "NOUN" in word_pos(subject)
            and match.group("next").lower() not in _NOT_LEXICAL | _AFTER_A_HEAD_NOUN
            and _present_verb(match.group("verb"), plural=singular(subject) != subject))


def clause_body(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that is a clause gets the term's head noun as its genus: "Waves in which the particles ..."."""
    words = term.split()
    if len(words) < 2 or any(w.lower() in _HEAD_PREPOSITIONS for w in words) or not words[-1].isalpha():
        return definition
    head = words[-1].lower()
    match = _CLAUSE_BODY.match(definition)
    if match is None or "NOUN" not in word_pos(head) or not word_pos(head) & {"NOUN"} - {"VERB"}:
        return definition
    np = match.group("np").split()
    subject = np[-1].lower()
    if (any(w.lower().endswith("ing") or w.lower() in _HEAD_PREPOSITIONS | STOPWORDS for w in np)
            or "NOUN" not in word_pos(subject) or "ADJ" in word_pos(subject) or singular(subject) == singular(head)
            or match.group("next").lower() in _NOT_LEXICAL | _AFTER_A_HEAD_NOUN or match.group("next").endswith("ed")
            or not _present_verb(match.group("verb"), plural=singular(subject) != subject)):
        return definition
    after_verb = definition[match.start("verb"):].split()[1:4]
    if any(singular(w.lower().strip(",.;")) == singular(head) for w in after_verb):
        return definition  # "Diagrams show current as ...": the clause is about the term, seen from outside
    genus = head if singular(head) != head else f"{article(head).lower()} {head}"
    return relative_definition(genus, "in", definition) + "."


SECOND_CLAUSE = _register(Gate(
    name="second_clause",
    check=second_clause,
    examples=(
        ("Gross income", "What you earn before any deductions; net income, often called take-home pay, is what "
         "remains after taxes.", "What you earn before any deductions."),
        ("Quatrain", "A stanza of two rhyming lines is a couplet; a stanza of four lines.", None),
        ("Radius", "Half the diameter, and π is approximately 3.14159.", "Half the diameter."),  # test-h
        ("Paper", "The stationary phase and the solvent, creeping upwards, is the mobile phase.",
         "The stationary phase."),  # test-ef, both raters: a run-on
        ("Semi-major axis", "Half the longest diameter of the ellipse, and for a nearly circular orbit it is simply the "
         "average distance from the Sun.", "Half the longest diameter of the ellipse."),  # test-cw
        ("Quatrain", "A stanza of four lines is a quatrain.", "A stanza of four lines."),
        ("Solvent", "The liquid in which a solute dissolves; a solid dissolved in it is called a solute.",
         "The liquid in which a solute dissolves."),
        ("Neutralisation", "The reaction of an acid with a base; the products are a salt and water.",
         "The reaction of an acid with a base; the products are a salt and water."),
        ("Catalyst", "A substance that speeds up a reaction; it is unchanged at the end.",
         "A substance that speeds up a reaction; it is unchanged at the end."),
        ("Cell", "A unit that is the smallest living thing.", "A unit that is the smallest living thing."),
    ),
))


CLAUSE_BODY = _register(Gate(
    name="clause_body",
    check=clause_body,
    examples=(
        ("Longitudinal waves", "The particles vibrate back and forth along the direction the wave travels.",
         "Waves in which the particles vibrate back and forth along the direction the wave travels."),
        ("Natural passive immunity", "Antibodies pass from mother to baby across the placenta.",
         "An immunity in which antibodies pass from mother to baby across the placenta."),
        ("Speed of sound", "Sound travels at different speeds in different media.",
         "Sound travels at different speeds in different media."),
        ("Plasma cells", "Cells that release large amounts of antibodies.",
         "Cells that release large amounts of antibodies."),
        ("Carnivores", "Animals eat other animals.", "Animals eat other animals."),
        ("Episodic memory", "Personal experiences tied to a time and place.",
         "Personal experiences tied to a time and place."),
        ("Evaluation visits", "Short visits by foreign teams to confirm a declaration.",
         "Short visits by foreign teams to confirm a declaration."),
        ("Civilian control", "Security forces should be under the authority of elected civilians.",
         "Security forces should be under the authority of elected civilians."),
        ("Emergency fund", "Money set aside for unexpected costs.", "Money set aside for unexpected costs."),
        ("Conventional current", "Diagrams show current as flowing from positive to negative.",
         "Diagrams show current as flowing from positive to negative."),
    ),
))


# "Millions of tiny finger-like projections": a count opens the definition.
_LEADING_COUNT = re.compile(r"^(?:Tens\s+of\s+)?(?:Hundreds|Thousands|Millions|Billions|Trillions|Dozens)\s+of\s+(?=[a-z])")
# "in which many businesses coordinate ...", "in which sometimes a person must ...": a quantifier or a frequency
# adverb the sentence's own subject carried ("Many businesses coordinate ...").
# ("A process in which next, ...": the connective that linked the borrowed sentence to the one before, too.)
_LIFTED_AFTER_WHICH = re.compile(r"\b(?P<which>(?:in|by|through|during|at|on|under)\s+which)\s+(?:(?:many|sometimes|often|usually)\s+"
                                 r"|(?:next|then|first|finally|later|meanwhile|however|in\s+turn),\s+)(?=[a-z])", re.I)


def lifted_quantifier(term: str, definition: str, headwords: Sequence[str] = ()) -> str:
    """The definition without a count or a frequency word its sentence gave the subject."""
    stripped = _LEADING_COUNT.sub("", definition)
    if stripped != definition and len(stripped.split()) >= 2:  # "Thousands of years" is the count itself
        definition = stripped[0].upper() + stripped[1:]
    return _LIFTED_AFTER_WHICH.sub(lambda m: f"{m.group('which')} ", definition)


LIFTED_QUANTIFIER = _register(Gate(
    name="lifted_quantifier",
    check=lifted_quantifier,
    examples=(
        ("Transistors", "Billions of tiny electronic switches.", "Tiny electronic switches."),
        ("Villi", "Millions of tiny finger-like projections.", "Tiny finger-like projections."),
        ("Free indirect discourse", "A technique in which many third-person narratives slide between two voices.",
         "A technique in which third-person narratives slide between two voices."),
        ("Resocialisation", "A process in which sometimes a person must abandon old patterns of behaviour.",
         "A process in which a person must abandon old patterns of behaviour."),
        ("Weathering", "A process in which next, the loosened grains are carried away by rain.",
         "A process in which the loosened grains are carried away by rain."),
        ("Common purchase", "A purchase in which several countries buy an existing product together.",
         "A purchase in which several countries buy an existing product together."),
        ("Millennium", "Thousands of years.", "Thousands of years."),
        ("Census", "A count of the population.", "A count of the population."),
    ),
))


# The narration gates register after the clause gates.
from lessontext.glossary import narrated  # noqa: E402, F401
