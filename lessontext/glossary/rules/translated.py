"""A word from another language, set in italics and translated in brackets: "German speakers called such a room a
*Wunderkammer* (chamber of wonders)", "objects grouped as *naturalia* (things of nature), *artificialia* (things
made by human hands) ...", "Gorbachev promised *perestroika* (economic restructuring)".

Essays on history and culture give their field's own words this way, and no rule read the shape: on test-dy both
raters listed *Wunderkammer*, *Kunstkammer*, *naturalia*, *artificialia*, *exotica* and *mirabilia* as must-have terms
and the glossary had none of them.  The bracket holds a translation only when it is a few lower-case words (not a
year, an abbreviation, a title's date or "singular *tessera*"), and the italic phrase is a term only when it is no
everyday English word (an italic *crawlers* is the author's stress, not a borrowing).  The bracket's words are
the entry ("Chamber of wonders.", "Things made by human hands.").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import zipf
from lessontext.vocabulary import TermKind

# The author's italics and brackets mark the borrowing; a translation is a gloss, not always a definition.
CONFIDENCE = 0.6

# One to three words, letters only (accents and hyphens allowed), not a title in capitals throughout.
_TERM = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2}$")
# "(chamber of wonders)", "(“burning chamber”)", "(literally “restructuring”)": a few lower-case words.
_GLOSS = re.compile(r"^\s*\(\s*(?:literally\s+)?[\"“‘']?(?P<gloss>[a-z][a-z' -]{1,60}?)[\"”’']?\s*\)")
# "(singular tessera)", "(also known as spiders)", "(see below)": the bracket says something else.
_NOT_A_TRANSLATION = frozenset("singular plural also see or from in for and".split())
# An italic word English uses every day is stressed, not borrowed.
_EVERYDAY_ZIPF = 3.5


def _borrowed(term: str) -> bool:
    words = term.split()
    return valid_term(term) and bool(_TERM.match(term)) and min(zipf(w.lower()) for w in words) < _EVERYDAY_ZIPF


# ', usually translated as "filial piety", meant the respect ...', ', often translated as "reciprocity" or
# "consideration"': the translations in quotation marks, then what the word meant, when the sentence says so.
_TRANSLATED_AS = re.compile(
    r"^,\s+(?P<how>(?:usually|often|commonly|sometimes|roughly|loosely|literally)\s+)?translated\s+as\s+"
    r"(?P<glosses>[“\"][a-z][a-z' -]{0,40}[”\"](?:\s*(?:,|or|,\s*or)\s*[“\"][a-z][a-z' -]{0,40}[”\"]){0,3})"
    r"(?:,\s+(?:meant|means|denoted|denotes|referred\s+to|refers\s+to)\s+(?P<meaning>(?:the|a|an)\s[^;:]{8,200}?))?\s*[.,;]")


def _translated_as(after: str) -> str | None:
    """What ``after`` (the text after an italic term) says it means: the meaning it gives, else "A word translated
    as ..." (its translations joined by "or" would read as two members of a kind)."""
    match = _TRANSLATED_AS.match(after)
    if not match:
        return None
    if match["meaning"]:
        return finish_definition(match["meaning"])
    return f"A word {match['how'] or ''}translated as {match['glosses']}.".replace("  ", " ")


def find_translations(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... a *Wunderkammer* (chamber of wonders) ..." -> "Wunderkammer": "Chamber of wonders."."""
    out = []
    for term in context.document.italics:
        at = sentence.find(term + ", ")
        if at >= 0 and _borrowed(term) and not (at and sentence[at - 1].isalnum()) \
                and (definition := _translated_as(sentence[at + len(term):])):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
            continue
        at = sentence.find(term + " (")
        if at < 0 or not _borrowed(term) or (at and sentence[at - 1].isalnum()):
            continue
        match = _GLOSS.match(sentence[at + len(term):])
        if not match:
            continue
        gloss = match["gloss"].strip()
        words = gloss.split()
        if not 1 <= len(words) <= 7 or words[0] in _NOT_A_TRANSLATION or gloss.lower() == term.lower():
            continue
        out.append(Candidate(term, f"{gloss[:1].upper()}{gloss[1:]}.", TermKind.DEFINED, section, sentence, CONFIDENCE,
                             "pattern"))
    return out


_REFORM = "In the late 1980s Gorbachev promised the people {} (economic restructuring) and a freer press."

TRANSLATED = RULES.register(Rule(
    name="translated", priority=98, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_translations,
    examples=(
        finds("# Cabinets\n\nGerman speakers called such a room a *Wunderkammer* (chamber of wonders).\n",
              "Wunderkammer"),
        finds(f"# Reform\n\n{_REFORM.format('*perestroika*')}\n", "perestroika"),
        # no italics; a year, a plural's singular, an everyday word stressed
        misses(f"# Reform\n\n{_REFORM.format('perestroika')}\n", "perestroika"),
        finds('# Confucius\n\n*Xiao*, usually translated as "filial piety", meant the respect that children owe their '
              'parents.\n', "Xiao"),
        finds('# Confucius\n\nHe chose *shu*, often translated as "reciprocity" or "consideration", and explained it.\n',
              "shu"),
        misses("# Novels\n\nIn the winter of that year she read *Frankenstein* (1818) twice and wrote to her sister.\n",
               "Frankenstein"),
        misses("# Floors\n\nThe small coloured pieces of a floor are called *tesserae* (singular *tessera*) by the makers.\n",
               "tesserae"),
        misses("# Search\n\nPrograms called *crawlers* (also known as spiders) read pages and follow their links.\n",
               "crawlers"),
    ),
))
