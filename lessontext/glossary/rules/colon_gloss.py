"""A colon gloss in running prose: "... introduces stratigraphy: the study of how rock layers ...".

Teaching prose often names a concept and, after a colon, says what kind of thing it is: "Most sailors trusted
the humour theory: the idea that illness came from an imbalance of body fluids", "... through quotas: a system
of limits by which each vessel ...".  When the words after the colon open with a determiner and a genus noun
that definitions are made of (study, science, idea, belief, theory, principle, practice, process, method,
system, ...) followed by "of", "that" or "by/in which", they are the definition of the noun phrase right before
the colon.  A colon that opens an explanation in clause form ("a simple idea: a partner that can defend itself
is more stable"), a list, or a genus outside the list is left alone.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import (
    finish_definition,
    is_generic,
    is_vacuous,
    kind_from_definition,
    mask_term,
    valid_term,
)
from lessontext.glossary.phrases import np_before, strip_article
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import term_key

# "epidemiology: the study of ...": an author's gloss, but a colon also opens examples and claims.
CONFIDENCE = 0.75

# ": the study of ...", ": the idea that ...", ": a system of reports ... by which ...": a genus and its restriction.
_GENUS_AFTER_COLON = re.compile(
    r"(?<=[\w*)])\*{0,2}:\s+(?P<gloss>(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:study|science|idea|belief|theory|view|notion|principle|practice|process|method|technique|art|system"
    r"|doctrine|count|measure|record|ratio|proportion)\s+(?:of|that|by\s+which|in\s+which|through\s+which|whereby)\b"
    r"[^:;]{8,240}?)\s*(?:;|$)"
)


# 'rests on the "general purpose criterion": any toxic chemical counts if ...': a name the author marks with quotes,
# whose head is a proposition noun, and the proposition it names after the colon.
_QUOTED_PRINCIPLE = re.compile(
    r"[\"“](?P<term>[A-Za-z][\w -]{2,50}?\s(?P<head>principle|rule|criterion|test|doctrine|law|effect|assumption"
    r"|hypothesis|paradox|dilemma|standard|requirement|clause))[\"”]:\s+(?P<claim>[a-z][^:;]{15,240}?)\s*(?:;|$)")


def _quoted_principles(section: DocumentSection, sentence: str) -> list[Candidate]:
    """'the "X rule": clause' -> ("X rule", "The rule that clause")."""
    out = []
    for match in _QUOTED_PRINCIPLE.finditer(sentence.rstrip(".")):
        term = match.group("term").strip()
        definition = finish_definition(f"The {match.group('head')} that {match.group('claim')}")
        if valid_term(term) and definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


def find_colon_glosses(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"NP: the/a GENUS of/that/by which ...": the noun phrase before the colon, glossed by the genus phrase.

    A quoted name of a rule or criterion before the colon is glossed by the proposition after it.
    """
    out: list[Candidate] = _quoted_principles(section, sentence)
    for match in _GENUS_AFTER_COLON.finditer(sentence.rstrip(".")):
        colon = match.start()
        before = sentence[:colon].replace("*", "").rstrip().lower()
        bold = next((b for b in context.document.emphasis if before.endswith(b.lower())), None)
        np = (bold,) if bold else np_before(sentence.replace("*", " "), colon)  # "a **chain of custody**: ..."
        if not np:
            continue
        term = strip_article(np[0])
        if not valid_term(term) or is_generic(term):
            continue
        definition = finish_definition(mask_term(match.group("gloss"), term_key(term)))
        if definition is None or is_vacuous(definition):
            continue
        out.append(Candidate(term, definition, kind_from_definition(term, definition), section, sentence,
                             CONFIDENCE, "pattern"))
    return out


COLON_GLOSS = RULES.register(Rule(
    name="colon_gloss", priority=110, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_colon_glosses,
    examples=(
        finds("# Rocks\n\nThis chapter introduces stratigraphy: the study of how rock layers are laid down over "
              "time.\n", "stratigraphy"),
        finds("# Medicine\n\nMost sailors trusted the humour theory: the idea that illness came from an imbalance of "
              "body fluids.\n", "humour theory"),
        finds("# Tax\n\nThe law rests on the \"main purpose test\": a scheme fails if its chief aim is to avoid tax.\n",
              "main purpose test"),
        # test-eh, both raters: a must-have term
        finds("# Life\n\nFrom parish records he built a life table: a count of how many people out of a starting group "
              "could be expected to survive to each year of age.\n", "life table"),
        finds("# Evidence\n\nEvery item is logged, creating a **chain of custody**: a continuous written record of who "
              "handled the item, when and why.\n", "chain of custody"),  # test-dc: not "custody"
        misses("# Food\n\nA food web can be \"upside down\": a single oak tree may feed thousands of insects.\n",
               "upside down"),
        misses("# Aid\n\nThe plan rests on one simple idea: a partner that can defend itself is more stable.\n",
               "simple idea"),
        misses("# Rates\n\nThe rate can be measured in several ways: the volume of gas given off, or the loss of "
               "mass.\n", "several ways"),
    ),
))
