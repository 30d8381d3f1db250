"""A bare definition completed from the rest of its own sentence.

Blind raters kept many entries only after one edit, with notes that say what
to add: "A small lymph vessel." ("add: which absorbs fatty acids and
glycerol"), "A wave of panic and rural revolt." ("add what it led to"),
"The International Military Education and Training programme." ("only
expands the acronym; add what it funds").  The extractor cut the defining
noun phrase where the name was given, and the part the note asks for is the
same sentence's next words, about the same thing:

* the defining phrase is the sentence's subject and the name sits between it
  and the main verb: "In 1789 a wave of panic and rural revolt known as the
  Great Fear led peasants to attack manor houses." -> "A wave of panic and
  rural revolt that led peasants to attack manor houses."; "Lysozyme, an
  enzyme found in tears, breaks down the cell walls of some bacteria." ->
  "An enzyme found in tears that breaks down ..." (:data:`NAME_THEN_PREDICATE`);
* the name is followed by a relative or "when"/"where" clause on it: "a small
  lymph vessel called a lacteal, which absorbs fatty acids" -> "A small lymph
  vessel that absorbs fatty acids"; "The period from 1793 to 1794 is known as
  the Reign of Terror, when suspected enemies ... were arrested" -> "The
  period from 1793 to 1794, when ..." (:data:`NAME_THEN_RELATIVE`);
* an appositive that defines a name is followed by a participle phrase on
  it: "the Hanseatic Diet, or Hansetag, an assembly of representatives from
  member towns, usually held in Lübeck" -> "An assembly of representatives
  from member towns, usually held in Lübeck" (:data:`NAME_THEN_PARTICIPLE`).

A proper name ("The International ... programme") takes the clause after a
comma and "which", since it restricts nothing.  The addition is taken only
when it is one clause about the same head: it ends before a second clause
(", although ...", ", and the ..."), holds no pronoun or "same"/"other" that
points outside the entry, is not a claim the sentence reports ("says that
...") nor a second definition or a ranking ("is a central vowel", "is the
most sensitive part of ..."), and keeps the definition under
:data:`MAX_WORDS`; otherwise the entry is left as it is.  The subject's
predicate is taken only when the defining phrase opens the sentence (after
at most an opening adverbial such as "In 1908"): elsewhere the verb after
the name belongs to another subject.  Only a bare
definition (a noun phrase of at most :data:`MAX_BARE_WORDS` words with no
clause of its own) is completed: a full one is not lengthened.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.glossary.candidate import Term
from lessontext.glossary.checks import is_date
from lessontext.glossary.phrases import REPORTING_VERBS, finite_verb, is_participle, word_list
from lessontext.glossary.runons import cut_run_ons
from lessontext.words import STOPWORDS, singular, term_key
from lessontext.words.people import PERSON_NOUNS

__all__ = ["completed_from_sentence"]

MAX_BARE_WORDS = 10
# Blind "too long" verdicts: 20 of 160 fell under 24 words, their median is 30; a completed definition stops at 26.
MAX_WORDS = 26
_MIN_ADDED_WORDS = 3
_MAX_NAME_WORDS = 8

# "known as", ", often called", "now called", "sometimes referred to as": the name follows.
_NAMING = re.compile(
    r"^,?\s*(?:(?:often|usually|commonly|sometimes|now|also|simply|generally|later)\s+)*"
    r"(?P<copula>(?:is|are|was|were)\s+)?(?:(?:called|named|termed|dubbed)|(?:known|referred\s+to)\s+as)\s+(?P<rest>.+)$",
    re.I,
)
# The words between the sentence start and the defining phrase: nothing, or an opening adverbial
# ("In 1908", "In the countryside,", "Under NATO's single fuel policy,").
_OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:In|On|At|By|During|After|Before|Since|From|Under|Within|Throughout|Across|Over)\s+[^,;:]{1,60}?,?\s*)?$"
)
# "In 1908 a group of ...": the date the predicate happened, which the addition keeps.
_OPENING_YEAR = re.compile(r"^In\s+(?P<year>\d{3,4})\s*,?\s*$")
# What the name is followed by: a main verb of the subject ("led ...", "has funded ...", "is meant to ...").
NAME_THEN_PREDICATE = re.compile(r"^(?:,\s+)?(?P<clause>(?P<first>[a-z]+)\s+[a-z].*)$")
# ", which absorbs ...", ", who ...", ", when suspected enemies ...": a clause on the name itself.
NAME_THEN_RELATIVE = re.compile(r"^,\s+(?P<relative>which|who|that|when|where)\s+(?P<clause>.+)$")
# ", usually held in Lübeck", ", built in 1386 by ...": a participle phrase on the thing just named.
NAME_THEN_PARTICIPLE = re.compile(
    r"^,\s+(?P<phrase>(?:(?:usually|often|mostly|typically|originally|first|now|normally)\s+)?"
    r"(?P<participle>[a-z]+)\s+(?:in|on|at|by|from|for|with|into|across|throughout|during|under|after|before)\s+.+)$")
_NAMING_VERBS = frozenset("called named termed dubbed known referred".split())
_AUXILIARIES = frozenset("is are was were has have had can could will would may might must".split())
# "Lysozyme, an enzyme ...": an appositive that describes; "A guideline, the reciprocal rule, ..." names another term.
_INDEFINITE = re.compile(r"^An?\s")
_COPULAS = frozenset("is are was were".split())
# ", lists sets of numbers": the main verb after a participle phrase.
_LATER_VERB = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+s\b")
# Words that point outside the entry: the reader of a glossary cannot resolve them.
_POINTS_OUTSIDE = re.compile(
    r"\b(?:it|they|them|he|she|him|her|we|us|our|you|your|this|these|those|same|similar|another|other|such|former|latter"
    r"|above|below|following|there|here)\b",
    re.I,
)
# Where the clause stops being about the head: a second claim, a contrast, a consequence.
_CLAUSE_END = re.compile(
    r"(?:[;:]|\.\s|,\s+(?:although|though|while|whereas|but|so|because|which|and\s+(?:the|a|an|its|their|it|this|these|they)\b"
    r"|as\s+well\s+as|unless|even|including|such\s+as|for\s+example)\b|\s+\()",
    re.I,
)
# "A simple count", "The Thule site": a bare noun phrase, with no clause of its own.
_HAS_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|whereby|because|if)\b", re.I)
_NOUN_PHRASE = re.compile(r"^(?:An?|The)\s")
_CONSEQUENCE = re.compile(r"^(?:is|was)\s+why\b|^means\b|^makes\b", re.I)


def _bare(definition: str) -> bool:
    """"A small lymph vessel", "The period from 1793 to 1794": a short noun phrase with no clause of its own."""
    words = word_list(definition)
    return (0 < len(words) <= MAX_BARE_WORDS and not _HAS_CLAUSE.search(definition)
            and bool(_NOUN_PHRASE.match(definition) or _proper_name(definition)))


def _proper_name(phrase: str) -> bool:
    """"The International Military Education and Training programme": a name, not a description."""
    words = [w for w in word_list(phrase) if w.lower() not in {"the", "a", "an", "of", "and", "for", "on", "in"}]
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) > 1 and capitals >= max(2, len(words) - 1)


def _after_name(text: str, key: str) -> str | None:
    """The text after the term's name at the start of ``text`` ("the Great Fear led ..." -> "led ..."), or None."""
    words = text.split(" ")
    for size in range(1, min(_MAX_NAME_WORDS, len(words)) + 1):
        name = " ".join(words[:size]).rstrip(",.;:\"'\u201d\u2019")
        bare = re.sub(r"^(?:the|an?)\s+", "", name.lstrip("\"'\u201c\u2018"), flags=re.I)
        if term_key(bare) == key:
            return text[len(name):]
    return None


def _ends_with_name(text: str, key: str) -> bool:
    """``text`` ends with the term's name and a comma ("... the Hanseatic Diet, or Hansetag, ")."""
    words = text.rstrip(", ").split(" ")
    return any(term_key(" ".join(words[-size:]).strip("\"'\u201c\u201d\u2018\u2019*")) == key
               for size in range(1, min(_MAX_NAME_WORDS, len(words)) + 1))


def _predicate(text: str) -> str | None:
    """The main verb phrase ``text`` opens with ("led peasants to ...", "is meant to power ..."), or None."""
    match = NAME_THEN_PREDICATE.match(text)
    if not match:
        return None
    first, clause = match.group("first"), match.group("clause")
    if first in _COPULAS:
        # "is meant to power ...", "was declared eradicated ...": a passive says what was done with it;
        # "is the most sensitive part of ..." ranks it and "is a central vowel" defines it again.
        second = clause.split()[1]
        return clause if is_participle(second) and second not in STOPWORDS else None
    if first in STOPWORDS and first not in _AUXILIARIES or first not in _AUXILIARIES and not finite_verb(first):
        return None  # "while a complete loop is ...": a conjunction, not a verb
    if first in REPORTING_VERBS and clause.split()[1] == "that":
        return None  # "says that ...": a claim the sentence reports, not what the thing does
    if text.startswith(",") and is_participle(first) and _LATER_VERB.search(clause):
        return None  # "Plimpton 322, made more than ... ago, lists ...": "made" opens a participle phrase
    return clause


def _one_clause(clause: str) -> str | None:
    """The clause up to where a second claim starts, if it can stand in a glossary; else None."""
    clause = _CLAUSE_END.split(clause, maxsplit=1)[0].strip().rstrip(".,")
    if (_POINTS_OUTSIDE.search(clause) or _CONSEQUENCE.match(clause) or len(word_list(clause)) < _MIN_ADDED_WORDS
            or clause.count("(") != clause.count(")") or clause.count('"') % 2):
        return None
    return clause


def _plural_verb(word: str) -> bool:
    """"receive", "are": a present verb only a plural subject takes."""
    return word in {"are", "were", "have"} or finite_verb(word, True) and not finite_verb(word, False)


def _addition(after: str, subject: bool, name: bool, singular: bool = False, person: bool = True) -> str | None:
    """What to add after the defining phrase, joined as the phrase needs it, or None."""
    after = after.lstrip()
    relative = NAME_THEN_RELATIVE.match(after)
    if relative:
        clause = _one_clause(relative.group("clause"))
        word = relative.group("relative").lower()
        if clause is None or word in {"which", "that"} and _predicate(clause) is None or word == "who" and not person:
            return None  # ("Kuwana, a post town ..., who wrote under the name Rokōan": the priest's, test-en)
        if word in {"when", "where"}:
            return f", {word} {clause}"
        return f", {word} {clause}" if name else f" {'who' if word == 'who' else 'that'} {clause}"
    participle = NAME_THEN_PARTICIPLE.match(after)
    if participle and is_participle(participle.group("participle")) and participle.group("participle") not in _NAMING_VERBS:
        clause = _one_clause(participle.group("phrase"))
        return f", {clause}" if clause and not _LATER_VERB.search(after) else None
    if not subject:
        return None
    predicate = _predicate(after)
    clause = _one_clause(predicate) if predicate else None
    if clause is None or singular and _plural_verb(clause.split()[0]):
        return None  # "The Ridges, a mountain range ..., receive ...": the verb agrees with the name, not the phrase
    return f", which {clause}" if name else f" that {clause}"


def _of_a_person(definition: str) -> bool:
    """"A Buddhist priest of the temple", "A folder": the phrase's head names a person ("A post town on ..." does not)."""
    words = word_list(definition)
    head = next((w for i, w in enumerate(words[1:]) if words[i + 2:i + 3] and words[i + 2].lower() in STOPWORDS),
                words[-1] if words else "").lower()
    return singular(head) in PERSON_NOUNS | _ALSO_PEOPLE or head.endswith(("er", "or", "ist", "ian", "ant", "ent"))


_ALSO_PEOPLE = frozenset("native member citizen resident friend child boy girl".split())


_LABEL = re.compile(r"^(?P<label>[^:]{1,24}):\s+")


def completed_from_sentence(term: Term) -> Term:
    """The term with its bare definition completed by the clause its sentence says of it, when there is one."""
    definition = term.definition.rstrip(".")
    if not _bare(definition) or not term.sentence:
        return term
    phrase = definition[0].lower() + definition[1:]
    at = term.sentence.lower().find(phrase.lower())
    if at < 0:
        return term
    before, after = term.sentence[:at], term.sentence[at + len(phrase):].rstrip()
    label = _LABEL.match(before)
    if label and is_date(label.group("label")):
        before = before[label.end():]  # "1377: The X, a text, is printed ...": a chronology's date, then the sentence
    addition = None
    naming = _NAMING.match(after)
    if naming:  # "a wave of panic known as the Great Fear led ...": the name follows the phrase
        rest = _after_name(naming.group("rest"), term.key)
        if rest is not None:
            subject = not naming.group("copula") and bool(_OPENING_ADVERBIAL.match(before))
            addition = _addition(rest, subject, _proper_name(definition))
            year = _OPENING_YEAR.match(before)
            if subject and addition and year and year.group("year") not in addition:
                addition += f" in {year.group('year')}"  # "In 1908 a group ... forced ..." keeps its date
    elif after.startswith(", ") and _INDEFINITE.match(definition) and before.endswith(", ") and _ends_with_name(before, term.key):
        # "Lysozyme, an enzyme ..., breaks down ...": the subject's appositive; "..., or Hansetag, an assembly ...,
        # usually held in Lübeck": an appositive later in the sentence takes a participle phrase only.
        subject = _after_name(re.sub(r"^(?:The\s+)", "", before.rstrip(", ")), term.key) == ""
        addition = _addition(after, subject, _proper_name(definition), singular=True, person=_of_a_person(definition))
    if not addition:
        return term
    completed = cut_run_ons(f"{definition}{addition}.")
    if len(word_list(completed)) > MAX_WORDS or not completed.startswith(definition):
        return term
    return replace(term, definition=completed)
