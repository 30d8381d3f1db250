"""Naming sentences whose named thing is a part of a clause: the object of the clause before the name, the subject
of the verb after it, or the proposition a colon states.

"At the same summit Russia made political commitments, known as T, to withdraw ..." -> "Political commitments that
Russia made at the same summit to withdraw ..."; "A body called T brings together experts" -> "A body that brings
together experts"; "The principle ... is known as T: <clause>" -> "The principle that <clause>".  Split from
:mod:`lessontext.glossary.naming`, which reads the noun phrase a name follows.
"""

from __future__ import annotations

import re

from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition
from lessontext.glossary.naming import OBJECT_PRONOUNS
from lessontext.glossary.phrases import clear_verb_form, finite_verb, has_anaphora
from lessontext.words import STOPWORDS, singular, word_pos

__all__ = ["name_subject_definition", "object_of_clause", "proposition_after_colon"]

# "At the same summit Russia made political commitments", "supplier states have created informal arrangements": a
# setting, a subject (a name, or a plural or "the" phrase of a few words), a verb and its object, the thing named.
_SUBJECT_VERB_OBJECT = re.compile(
    r"^(?:(?P<setting>(?:At|In|On|During|After|Under|By|From|Since|Before)\s+[^,A-Z]{2,40}?|In\s+\d{4})\s+(?=[A-Z]))?"
    r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*){0,5}"
    r"|(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)"
    r"\s+(?P<verb>(?:(?:have|has|had)\s+)?[a-z]+)"
    r"\s+(?P<object>(?:an?\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)$")
_TO_PURPOSE = re.compile(r"^,?\s*(?P<purpose>to\s+[a-z]+\b[^;:()]*?)\s*(?:[.;]|$)")
_NOT_SUBJECT_WORDS = frozenset("it they he she we you i this these there such".split())


def object_of_clause(head_text: str, tail: str) -> str | None:
    """"At the same summit Russia made political commitments" + ", to withdraw its forces" -> "Political commitments
    that Russia made at the same summit to withdraw its forces".

    The thing a naming aside follows is the object of the clause before it; the clause, turned into a relative,
    says what it is.  A purpose ("to ...") right after the aside belongs to it.  A pronoun subject ("they made
    ...") says nothing on its own.
    """
    segment = re.split(r"[,;:]\s+", head_text.rstrip(" ,"))[-1]
    match = _SUBJECT_VERB_OBJECT.match(segment)
    if not match or not finite_verb(match["verb"].split()[-1]) or not clear_verb_form(match["verb"].split()[-1]):
        return None  # ("Some white blood cells, called T": "white" is no verb here)
    subject, verb, obj = match["subject"], match["verb"], match["object"]
    object_words, subject_words = obj.split(), subject.lower().split()
    if (len(object_words) < 2 or subject_words[-1] in _NOT_SUBJECT_WORDS
            or subject_words[0] in _NOT_SUBJECT_WORDS | (STOPWORDS - {"the"})
            or "NOUN" not in word_pos(object_words[-1]) or any(w in STOPWORDS - {"a", "an"} for w in object_words)
            or any(finite_verb(w) and "NOUN" not in word_pos(w) for w in object_words)):
        return None
    setting = f" {match['setting'][0].lower()}{match['setting'][1:]}" if match["setting"] else ""
    purpose = _TO_PURPOSE.match(tail)
    clause = f"{subject[0].lower() + subject[1:] if subject_words[0] == 'the' else subject} {verb}{setting}"
    definition = finish_definition(f"{obj} that {clause}" + (f" {purpose['purpose']}" if purpose else ""))
    return definition if definition and not has_anaphora(definition) and not OBJECT_PRONOUNS.search(
        definition.split(" that ", 1)[1].split(" to ", 1)[0]) else None


# "A body", "NATO's standardisation agreement", "an international programme": what gets the name, as the subject.
_NAMED_THING = re.compile(
    r"(?:^|\s)(?P<np>(?:[Aa]n?|(?:[Tt]he\s+)?[\w-]+['’]s)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))\s*$")


def name_subject_definition(head_text: str, rest: str) -> str | None:
    """"A body" + " brings together experts ..." -> "A body that brings together experts ...".

    The thing named is the subject of the verb that follows the name; a
    person ("a man called Smith") is not a term.
    """
    thing = _NAMED_THING.search(head_text)
    words = rest.split()
    if (not thing or not words or not words[0].islower() or words[0] in STOPWORDS or not finite_verb(words[0])
            or singular(thing.group("head")) in lexicon.PERSON_NOUNS or "NOUN" not in word_pos(thing.group("head"))):
        return None
    np = thing.group("np")
    definition = finish_definition(f"{np[:1].upper()}{np[1:]} that {rest.strip()}")
    return definition if definition and not has_anaphora(definition) else None


# "The principle behind these clauses": a subject headed by a noun whose content is a proposition.
_PROPOSITION_SUBJECT = re.compile(
    r"^(?:The|A|An)\s+(?:[a-z]+\s+)?(?P<head>principle|rule|idea|doctrine|maxim|law|norm|presumption|assumption)\b")
_CLAUSE_SUBJECT_START = frozenset("a an the no every each we you one all any".split())


# "This kind of learning": a subject that names only the class of what the sentences before described.
_KIND_OF_SUBJECT = re.compile(r"^(?:This|That|Such a|The)\s+(?:kind|type|sort|form)\s+of\s+(?P<noun>[a-z][\w-]*)$")


def proposition_after_colon(head_text: str, tail: str) -> str | None:
    """"The principle ... is known as T: <clause>" -> "The principle that <clause>".

    "This kind of learning is called T: <clause>" -> "Learning in which
    <clause>": the clause after the colon says what happens in it.
    """
    subject_text = DISCOURSE_OPENER.sub("", head_text).strip()
    subject = _PROPOSITION_SUBJECT.match(subject_text)
    kind_of = _KIND_OF_SUBJECT.match(subject_text)
    if not (subject or kind_of) or not tail.startswith(":"):
        return None
    says = tail[1:].split(";")[0].strip()
    words = says.split()
    if len(words) < 4 or words[0].lower() not in _CLAUSE_SUBJECT_START:
        return None
    if kind_of:
        noun = kind_of.group("noun")
        return f"{noun[0].upper()}{noun[1:]} in which {rephrase.lower_first(says)}"
    return f"The {subject.group('head')} that {rephrase.lower_first(says)}"
