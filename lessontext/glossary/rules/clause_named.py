"""A whole clause named at the end of its sentence: "..., a principle known as X." / "..., a process called X.".

"Governments insist on a share of the work proportional to what they pay, a principle sometimes called "juste
retour"": the name closes the sentence and labels what the clause before it says, so the clause is the definition,
introduced by the label's own noun ("The principle that governments insist on ...", "A process in which the denser
plate sinks beneath the other").  Only nouns for an idea or for something that happens can take a clause this way;
"..., a quality known as X" or "..., a belt often called X" label one phrase of the clause, not all of it, and are
left to other rules, and so is a plain "..., a process called X." that the called rule reads first (this rule
adds a name in quotation marks or "known by the Latin phrase X").  A clause whose subject is a pronoun ("Some allow officers ...", "They ...") points outside the
sentence and makes nothing (a principle stated of "these treaties" is kept, less sure), and a name the author set in bold is left to the rules that read bold names.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import finite_verb, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import word_pos

# The clause is rebuilt word for word under the label's noun; the author named it on purpose.
CONFIDENCE = 0.7

# Nouns whose content is a proposition: "the principle that ...".
_PROPOSITION_NOUNS = frozenset("principle rule doctrine norm idea notion belief assumption presumption".split())
# Nouns for something that happens or is done: "a process in which ...".
_EVENT_NOUNS = frozenset(
    "process step practice approach arrangement procedure technique method strategy policy tendency pattern "
    "behaviour behavior phenomenon effect habit custom tactic choice".split()
)

_NAMING = (r"(?:(?:also|often|sometimes|usually|commonly|now|generally)\s+)?"
           r"(?:called|termed|known\s+as|referred\s+to\s+as|known\s+by\s+the\s+(?:[A-Z][a-z]+\s+)?(?:phrase|name|term))")
_CLAUSE_NAMED = re.compile(
    r"^(?P<clause>[A-Z][^;:]{15,220}?),\s+(?:a|an)\s+(?P<noun>[a-z]+)\s+" + _NAMING + r"\s+"
    r"(?P<term>\"[^\"]{2,40}\"|“[^”]{2,40}”|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})"
    r"(?:,\s+or\s+(?P<alias>\"[^\"]{2,40}\"|“[^”]{2,40}”|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))?\.?$"
)
# "When an oceanic plate meets a continental plate, ...": the circumstance before the main clause is dropped.
_OPENING_CIRCUMSTANCE = re.compile(
    r"^(?:(?:When|Whenever|If|Once|As|After|Before|Because|Since|While)\s+[^,]{3,80}|In\s+(?:the\s+)?\d{4}s?"
    r"|(?:Today|Now|Often|Usually|Sometimes|Generally|Traditionally))\s*,\s+")
# "Some allow officers ...", "They ...", "This ...": a subject that points outside the sentence.
_POINTING_SUBJECT = frozenset("it its they their them he she we you i this these that those some such there here "
                              "one others both each many most".split())
_MAX_CLAUSE_WORDS = 32


def _lowered(clause: str) -> str:
    """The clause as it reads after "that": a capitalised common word at its start loses its capital."""
    first = clause.split()[0]
    if first[1:].islower() and word_pos(first.lower()):
        return first.lower() + clause[len(first):]
    return clause


def _names_its_own_noun(words: list[str], noun: str) -> bool:
    """"These treaties oblige a state ..., a principle ...": a pointing subject with its noun still states a rule.

    The general penalty on a definition that points back (see extract) makes such an entry less sure.
    """
    return (noun in _PROPOSITION_NOUNS and len(words) > 2 and words[0].lower() in {"this", "these"}
            and "NOUN" in word_pos(words[1].lower()))


def find_clause_named(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Clause, a principle known as X." -> "The principle that clause."; "Clause, a process called X." ->
    "A process in which clause."."""
    match = _CLAUSE_NAMED.match(sentence.strip())
    if not match:
        return []
    noun, term = match.group("noun"), match.group("term").strip("\"“”").strip()
    if noun not in _PROPOSITION_NOUNS | _EVENT_NOUNS or term in context.document.emphasis:
        return []
    clause = _OPENING_CIRCUMSTANCE.sub("", match.group("clause").strip(), count=1)
    words = word_list(clause)
    if (not words or words[0].lower() in _POINTING_SUBJECT and not _names_its_own_noun(words, noun)
            or len(words) > _MAX_CLAUSE_WORDS
            or not any(finite_verb(w) or finite_verb(w, plural=True) for w in words[1:])):
        return []
    if not valid_term(term, strict=False) or is_generic(term):
        return []
    if noun in _PROPOSITION_NOUNS:
        definition = finish_definition(f"The {noun} that {_lowered(clause)}")
    else:
        definition = finish_definition(f"{rephrase.article(noun)} {noun} in which {_lowered(clause)}")
    if not definition:
        return []
    alias = match.group("alias")
    aliases = {alias.strip("\"“”")} if alias else set()
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", aliases)]


CLAUSE_NAMED = RULES.register(Rule(
    name="clause_named", priority=122, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_clause_named,
    examples=(
        finds("# Trade\n\nPartners often divide the contracts in proportion to what each one pays, a principle"
              " sometimes called \"fair share\".\n", "fair share"),
        finds("# Rivers\n\nFast water lifts fine grains off the bed and carries them downstream, a process known by"
              " the Latin name suspensio.\n", "suspensio"),
        misses("# Police\n\nSome allow officers from one country to sail aboard the ships of another, an arrangement"
               " often called a rider deal.\n", "rider deal"),
        misses("# Armies\n\nAllies buy the same radios and can talk to each other at once, a quality known as"
               " compatibility.\n", "compatibility"),
    ),
))
