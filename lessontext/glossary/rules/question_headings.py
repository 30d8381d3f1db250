"""A lesson written as questions and answers: "## What is inflation?" answered by "It is the general rise in ...".

A frequently-asked-questions page sets its questions as bold lines ("**What exactly is a comet?**") with the answer
in the paragraph after: the same question and answer, read the same way.

A heading that asks what a thing is names a term the section sets out to define, and the section's first
sentence is the answer.  When that sentence is "It is / They are / X is a ...", its complement is the
definition, even for an everyday word the sentence rules pass over ("central bank") or when the answer
opens on a pronoun standing for the heading's term.  Other questions ("How does ...?", "Why ...?") name no term.
"""

from __future__ import annotations

import re
from itertools import takewhile

from lessontext.document import Document, DocumentSection, ItemList, Paragraph
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous, valid_term
from lessontext.glossary.phrases import has_anaphora, strip_article, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, term_key, word_pos

# The question asks what the thing is, and the answer says so in its first sentence.
CONFIDENCE = 0.8

# "What is inflation?", "What are tectonic plates?", "What is a central bank?", "Who were the Levellers?".
WHAT_IS_HEADING = re.compile(r"^(?:(?:What|Who)\s+(?:exactly\s+|actually\s+|precisely\s+)?(?:is|are|was|were)\s+"
                             r"(?P<term>[^?,;:]{2,60}?)|What\s+does\s+(?:the\s+(?:term|word)\s+)?"
                             r"(?P<meant>[^?,;:]{2,60}?)\s+mean)\s*\?$", re.I)
# "It is the general rise in ...", "They are small ...", "A central bank is the public body ...", "It means ...".
_ANSWER = re.compile(r"^(?P<subject>It|They|[A-Z][^,;:()]{0,60}?)\s+(?:is|are|was|were|means|mean|refers\s+to)\s+"
                     r"(?P<np>[^;]+?)\.?$")
_ARTICLES = frozenset({"a", "an", "the", "one"})


def _noun_phrase(np: str) -> bool:
    """"the general rise ...", "molten rock stored ...": an article, or a noun before the first function word."""
    words = [w.lower() for w in word_list(np)]
    if not words or words[0] in _ARTICLES:
        return bool(words)
    opening = list(takewhile(lambda w: w not in STOPWORDS, words))[:3]
    return any("NOUN" in word_pos(w) for w in opening) and not opening[0].endswith("ly")


def _first_bullet_fragment(section: DocumentSection, first: str) -> str | None:
    """A slide's "## What is X?" answered by a first bullet that is a noun phrase ("- Steady flow of ... between ...")."""
    lists = [b for b in section.blocks[:1] if isinstance(b, ItemList)]
    if not lists or not lists[0].items or lists[0].items[0].label or lists[0].items[0].text.strip() != first.strip():
        return None
    words = [w.lower() for w in word_list(first)]
    if len(words) < 4 or not _noun_phrase(first) or any(
            "VERB" in word_pos(w) and not word_pos(w) & {"NOUN", "ADJ"} and not w.endswith(("ing", "ed")) for w in words):
        return None  # "Plates move apart": a clause, not what the thing is
    definition = finish_definition(first)
    return definition if definition and not has_anaphora(definition) and not is_vacuous(definition) else None


def _questions(document: Document) -> list[tuple[DocumentSection, str, str]]:
    """(section, question, the answer's first sentence): each "## What is X?" heading and each bold question line."""
    bold = {b.strip() for b in document.emphasis}
    out = []
    for section in document.sections:
        if WHAT_IS_HEADING.match((section.heading or "").strip()) and section.sentences:
            out.append((section, (section.heading or "").strip(), section.sentences[0]))
        blocks = section.blocks
        for block, following in zip(blocks, blocks[1:], strict=False):
            question = block.text.strip() if isinstance(block, Paragraph) else ""
            if (question in bold and WHAT_IS_HEADING.match(question) and isinstance(following, Paragraph)
                    and following.sentences):
                out.append((section, question, following.sentences[0]))
    return out


def find_question_headings(document: Document, context: Context) -> list[Candidate]:
    """"## What is X?" (or a bold line asking it) + "It is/X is a ..." -> X: the complement, when it stands alone."""
    out = []
    for section, asked, first in _questions(document):
        question = WHAT_IS_HEADING.match(asked)
        term = strip_article((question.group("term") or question.group("meant")).strip()) if question else ""
        answer = _ANSWER.match(first.strip())
        if valid_term(term, strict=False) and not answer and (fragment := _first_bullet_fragment(section, first)):
            out.append(Candidate(term, fragment, TermKind.DEFINED, section, first, CONFIDENCE, "pattern"))
            continue
        if not valid_term(term, strict=False) or not answer:
            continue
        subject = answer.group("subject")
        if subject not in {"It", "They"} and term_key(strip_article(subject)) != term_key(term):
            continue  # the answer is about something else
        np = answer.group("np")
        if has_anaphora(np) or not _noun_phrase(np):
            continue
        definition = finish_definition(np)
        if definition and not is_vacuous(definition):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, first, CONFIDENCE, "pattern"))
    return out


QUESTION_HEADING = RULES.register(Rule(
    name="question_heading", priority=62, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_question_headings,
    examples=(
        finds("# Money\n\nQuestions about money.\n\n## What is inflation?\n\nIt is the general rise in prices across"
              " an economy over time. Each pound then buys less.\n", "inflation"),
        finds("# Money\n\nQuestions about money.\n\n## What is a central bank?\n\nA central bank is the public body"
              " that manages a country's currency.\n", "central bank"),
        finds("# Money\n\n## What is inflation?\n\n- General rise in prices across an economy\n- Measured every month\n",
              "inflation"),
        misses("# Money\n\n## What is inflation?\n\n- Money loses value over time\n- Measured every month\n",
               "inflation"),
        finds("# Money\n\n## Prices\n\n**What does stagflation mean?**\n\nIt means high inflation together with"
              " weak growth and high unemployment.\n", "stagflation"),
        finds("# Money\n\n## Prices\n\n**What exactly is deflation?**\n\nIt is a general fall in prices across an"
              " economy.\n", "deflation"),
        misses("# Money\n\n## Prices\n\n**Why does deflation worry banks?**\n\nIt is a general fall in prices"
               " across an economy.\n", "deflation"),
        misses("# Money\n\nQuestions about money.\n\n## How does inflation start?\n\nIt is often a result of rising"
               " wages.\n", "inflation"),
        misses("# Money\n\nQuestions about money.\n\n## What is inflation?\n\nPrices are the signals a market"
               " sends.\n", "inflation"),
        misses("# Money\n\nQuestions about money.\n\n## What is inflation?\n\nIt is important to understand"
               " prices first.\n", "inflation"),
    ),
))
