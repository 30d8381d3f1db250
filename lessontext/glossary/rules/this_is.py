"""A statement, then its name: "... crammed into one session; this is the **spacing effect**.", "This is **Hooke's law**:".

Teachers often state a regularity first and name it afterwards.  The name
must be marked as one: set in bold by the author, or brought in by "called"
/ "known as".  The statement itself is the definition, as in a glossary of
laws and effects ("Hooke's law: For many materials, stress is proportional
to strain up to a limit.").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import PRONOUN_START, has_anaphora, strip_article, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, term_key

# A statement named right after it: as sure as a naming sentence whose definition is rebuilt.
CONFIDENCE = 0.7
# "this is the **spacing effect**", "This is known as conventional current": the naming words.
_NAMING = r"(?P<naming>(?:(?:also|often|sometimes)\s+)?(?:called|known\s+as|termed)\s+)?(?:the\s+)?"
_NAME = r"(?P<name>[^,;:.()]{2,60}?)"
# "...; this is the **testing effect**, shown in studies such as ...": what follows the name is not part of it.
_AFTER_NAME = r"\s*(?:[,:.]\s*.*)?$"
THIS_IS_IN_SENTENCE = re.compile(r"^(?P<statement>[^;]{20,300}?)\s*;\s+this\s+is\s+" + _NAMING + _NAME + _AFTER_NAME)
THIS_IS_SENTENCE = re.compile(r"^This\s+is\s+" + _NAMING + _NAME + r"\s*[.:]?$")
_MIN_STATEMENT_WORDS = 6
_MAX_STATEMENT_WORDS = 35
# "If ...", "Although ...", "But ...": a condition or a contrast, not a statement that stands alone.
_ARTICLES = frozenset({"the", "a", "an"})
# "The most important is the **dominant seventh**.": a ranking names something else, it states nothing.
_RANKING = frozenset("most least main key first second third last only other best next same".split())


def _marked_name(name: str, naming: str | None, context: Context) -> str | None:
    """The name when the author marks it as one (bold, or "called"/"known as") and it is a term."""
    name = strip_article(name.strip())
    bold = term_key(name) in {term_key(b) for b in context.document.emphasis}
    if not (bold or naming) or len(word_list(name)) > 5:
        return None
    if not valid_term(name, strict=False) or is_generic(name) and not bold:
        return None
    return name


def _standalone(statement: str) -> str | None:
    """A statement that reads on its own: no "it/this/they" to resolve, no opening condition, a question or a list."""
    statement = statement.strip().rstrip(".!?:")
    words = word_list(statement)
    if not (_MIN_STATEMENT_WORDS <= len(words) <= _MAX_STATEMENT_WORDS) or "?" in statement:
        return None
    first = fold(words[0])
    if first in _ARTICLES and fold(words[1]) in _RANKING:
        return None
    if PRONOUN_START.match(statement) or has_anaphora(statement) or first in STOPWORDS and first not in _ARTICLES:
        if not (first == "for" and "," in statement):  # "For many materials, stress is ...": a scope, then the statement
            return None
    return statement


def find_this_is_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"S; this is the **X**." and "S. This is **X**:": the statement S defines the name X.

    The name must be set in bold or follow "called"/"known as"; the
    statement must stand on its own (six to 35 words, no pronoun or
    "this/these" to resolve, no "If ..." or "But ..." opening).
    """
    text = sentence.strip()
    match = THIS_IS_IN_SENTENCE.match(text)
    statement = match.group("statement") if match else None
    if not match:
        match = THIS_IS_SENTENCE.match(text)
        statement = context.previous if match else None
    if not match or not statement:
        return []
    name = _marked_name(match.group("name"), match.group("naming"), context)
    statement = _standalone(statement)
    if name is None or statement is None or term_key(name) in term_key(statement):
        return []
    definition = finish_definition(statement)
    if not definition:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


THIS_IS_NAME = RULES.register(Rule(
    name="this_is_name", priority=131, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_this_is_names,
    examples=(
        finds("# Memory\n\nStudy spread over several sessions is remembered better than study crammed into one;"
              " this is the **spacing effect**.\n", "spacing effect"),
        finds("# Springs\n\nFor many materials, stress is proportional to strain up to a limit. This is **Hooke's"
              " law**:\n", "Hooke's law"),
        finds("# Circuits\n\nDiagrams show current as flowing from the positive terminal to the negative terminal round the"
              " loop. This is known as conventional current.\n", "conventional current"),
        misses("# Memory\n\nStudy spread over several sessions is remembered better than study crammed into one;"
               " this is the spacing effect.\n", "spacing effect"),
        misses("# Springs\n\nIt stretches in proportion to the load up to a limit. This is **Hooke's law**.\n",
               "Hooke's law"),
    ),
))
