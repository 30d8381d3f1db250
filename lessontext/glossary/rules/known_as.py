"""A subject named in an aside, then what it does: "A related move, known as tu quoque, rejects criticism by ...",
"The intellectual movement called the **Enlightenment** encouraged people to ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.called_subject import FRONTED_SETTING
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import (
    AUXILIARIES,
    clear_verb_form,
    has_anaphora,
    is_participle,
    predicate_of,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, word_pos

# The name in the aside, defined by the subject's noun and the verb phrase: rebuilt, as sure as a bold subject.
CONFIDENCE = 0.7
# ("A further rule, often called the sufficiency rule, stopped ...", "The justification offered afterwards, later
# called the Brezhnev Doctrine, held that ...": the name with its article, or a proper name the aside gave later.)
_NAMED_SUBJECT = re.compile(
    r"^(?:An?|The)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+"
    r"(?:(?:also|often|sometimes|usually|commonly|generally|later|now|initially|widely)\s+){0,2}"
    r"(?:known\s+as|called|termed)\s+(?:the\s+)?(?P<term>[A-Za-z][^,\"“”]{1,40}?)"
    r"(?:\s+or\s+(?P<alias>\"[^\"]{2,30}\"|“[^”]{2,30}”|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))?,\s+(?P<rest>[a-z].+)$"
)


_RANKS = frozenset("first second third fourth fifth sixth last final next".split())
_WHERE_CALLED = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")


def _subject_noun(np: str) -> str:
    """"related move" -> "move"; "justification offered afterwards" -> "justification": the noun before a participle
    that follows it."""
    words = [w.lower() for w in word_list(np)]
    for i in range(1, len(words)):
        if "NOUN" in word_pos(words[i - 1]) and is_participle(words[i]) and words[i].endswith(("ed", "en", "wn", "t")):
            return words[i - 1]
    return words[-1]


def find_named_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A related move, known as tu quoque or "you too", rejects criticism by ..." -> "A move that rejects criticism ...".

    The subject's own noun is the genus ("move"), its adjectives ("related")
    only place it beside the sentence before; the verb after the aside says
    what the named thing does.  "or Y" inside the aside is an alias.
    """
    match = _NAMED_SUBJECT.match(sentence.strip())
    if not match:
        return []
    if sentence.strip().startswith("The ") and {w.lower() for w in word_list(match.group("np"))} & _RANKS:
        return []  # "The final stage, also called maturation, begins ...": the rank says which, and is lost (test-dj)
    term = _WHERE_CALLED.sub("", match.group("term").strip())  # "the honey process in Costa Rica": where it is so called
    noun = _subject_noun(match.group("np"))
    predicate = predicate_of(match.group("rest"), plural=False)
    if (not predicate or "NOUN" not in word_pos(noun) or not valid_term(term, strict=False) or is_generic(term)
            or has_anaphora(predicate) or fold(noun) in fold(term)):
        return []
    definition = finish_definition(f"{rephrase.article(noun)} {noun} that {predicate}")
    if not definition:
        return []
    alias = match.group("alias")
    aliases = {alias.strip("\"“”")} if alias else set()
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", aliases)]


NAMED_SUBJECT_ASIDE = RULES.register(Rule(
    name="named_subject_aside", priority=128, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_named_subjects,
    examples=(
        misses("# Healing\n\nThe final stage, also called maturation, begins around the third week and lasts a year.\n",
               "maturation"),
        finds("# Logic\n\nA related move, known as tu quoque, rejects criticism by pointing out that the critic"
              " behaves the same way.\n", "tu quoque"),
        misses("# Logic\n\nA related move, known as tu quoque, was discussed in the last lesson by the class.\n",
               "tu quoque"),
        finds("# Blocs\n\nThe justification offered afterwards, later called the Lorwick Doctrine, held that the bloc "
              "had a right to intervene in any member.\n", "Lorwick Doctrine"),
        misses("# Blocs\n\nAn earlier kingdom, usually called Lorwick, though it lay far to the north, grew rich.\n",
               "Lorwick"),
        # test-cx, both raters: "Honey process in Costa Rica" headed the entry
        finds("# Coffee\n\nA third approach, called the honey process in Costa Rica, removes the skin but leaves some "
              "of the mucilage on the seed.\n", "honey process"),
    ),
))


# "The eighteenth-century intellectual movement called the **Enlightenment** encouraged ...", "a school of psychology
# known as **behaviourism** set out to ...": no commas, so only a name the author set in bold is trusted.
BOLD_CONFIDENCE = 0.7
_NAMED_BOLD_SUBJECT = (r"(?:^|,\s+)(?P<det>[Tt]he|[Aa]n?)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,5}}?)\s+"
                       r"(?:(?:also|often|sometimes|usually)\s+)?(?:known\s+as|called|termed)\s+(?:the\s+)?"
                       r"{term}\s+(?P<rest>[a-z].+)$")
# "The principle known as the **separation of powers** answers that power should be divided": the idea is the clause.
_CONTENT_NOUNS = frozenset("principle idea doctrine theory view belief rule notion hypothesis".split())
_CONTENT_VERB_THAT = re.compile(r"^(?:answers|holds|states|says|asserts|maintains|argues|claims)\s+that\s+(?P<clause>.+)$")


def _np_head(np: str) -> str:
    """"eighteenth-century intellectual movement" -> "movement"; "school of psychology" -> "school"."""
    words = word_list(np)
    cut = next((i for i, w in enumerate(words) if w in {"of", "for", "in"}), len(words))
    return words[cut - 1].lower() if cut else ""


def _that_predicate(np: str, rest: str, *, plural: bool) -> str | None:
    """"<np> that <what ``rest`` says of it>", the bold name left out; None when ``rest`` has no predicate of its
    own, one that points elsewhere, or says what the named idea holds ("answers that ...")."""
    predicate = predicate_of(rest, plural=plural)
    if not predicate or has_anaphora(predicate) or _CONTENT_VERB_THAT.match(rest):
        return None
    return finish_definition(f"{np} that {predicate}")


def find_named_bold_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The intellectual movement called the **Enlightenment** encouraged people ..." -> "The intellectual movement
    that encouraged people ..."; "The principle known as the **X** answers that P" -> "The principle that P".

    The subject's noun phrase is kept whole (its modifiers say which movement);
    it holds no verb, so the word after the bold name is the sentence's own verb.
    """
    out = []
    for term in context.document.emphasis:
        if term not in sentence:
            continue
        match = re.search(_NAMED_BOLD_SUBJECT.format(term=re.escape(term)), sentence.strip().rstrip("."))
        if not match:
            continue
        np, rest = match.group("np"), match.group("rest")
        words = word_list(np)
        head = _np_head(np)
        if (not head or "NOUN" not in word_pos(head) or fold(head) in fold(term).split()
                or any(w in AUXILIARIES or clear_verb_form(w) or w in STOPWORDS and w not in {"of", "for", "in"}
                       for w in words)):
            continue  # "The left side is called the **debit** side": a verb inside, no subject noun phrase
        det = match.group("det").lower()
        content = _CONTENT_VERB_THAT.match(rest)
        if content and head in _CONTENT_NOUNS:
            definition = finish_definition(f"The {np} that {content.group('clause')}")
        else:
            definition = _that_predicate(f"{det} {np}", rest, plural=False)
        if definition and valid_term(term, strict=False) and not is_generic(term):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, BOLD_CONFIDENCE, "pattern"))
    return out


# "Bacteria and fungi called **decomposers** feed on ...", "Patches of lymphatic tissue ..., called **Peyer's
# patches**, watch for ...": a subject with no article opens the sentence, the bold name set off by commas or not.
_BARE_BOLD_SUBJECT = (r"^(?P<np>[A-Z][\w-]*(?:\s+[\w'-]+){{0,11}}?),?\s+(?:(?:also|often|sometimes|usually)\s+)?"
                      r"(?:known\s+as|called|termed)\s+(?:the\s+)?{term},?\s+(?P<rest>[a-z].+)$")
# "Other white blood cells called ...": a word that sets the subject beside the sentences before it.
_CONTRASTING_START = re.compile(r"^(?:other|some|many|certain)\s+", re.I)
# Small words a bare subject may hold: "Patches of lymphatic tissue in the wall of the small intestine".
_BARE_NP_SMALL_WORDS = frozenset({"of", "for", "in", "on", "and", "the", "a", "an"})
# "Sex cells, called **gametes**, are eggs and sperm ...": after the copula a noun phrase says what they are ("are
# then moved by water" says what happens to them).
_COPULA_THEN_NP = re.compile(r"^(?:is|are)\s+(?P<np>(?!(?:then|now|also|often|usually|not|still|later|mainly|"
                             r"the|an?)\b)[a-z][^;]+)$")
_MAX_SHARED_HEAD_WORDS = 2


def find_bare_bold_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Bacteria and fungi called **decomposers** feed on dead organisms" -> "Bacteria and fungi that feed on dead
    organisms"; "Sex cells, called **gametes**, are eggs and sperm ..." -> "Sex cells: eggs and sperm ..."."""
    out = []
    for term in context.document.emphasis:
        if term not in sentence:
            continue
        # "On a weather map, lines called **isobars** join ...": the subject after a fronted setting.
        text = FRONTED_SETTING.sub("", sentence.strip().rstrip("."))
        match = re.search(_BARE_BOLD_SUBJECT.format(term=re.escape(term)), text[:1].upper() + text[1:])
        if not match:
            continue
        np = _CONTRASTING_START.sub("", match.group("np"))
        words = word_list(np)
        first, head = fold(words[0]) if words else "", _np_head(np)
        shares_head = len(words) <= _MAX_SHARED_HEAD_WORDS and fold(head) in fold(term).split()
        if (not head or "NOUN" not in word_pos(head) or first in STOPWORDS or not word_pos(first) & {"NOUN", "ADJ"}
                or shares_head or any(fold(w) in AUXILIARIES or clear_verb_form(w)
                                      or (fold(w) in STOPWORDS and fold(w) not in _BARE_NP_SMALL_WORDS) for w in words)):
            continue  # "These hairs called ...", "Each record is called ...": no bare noun phrase that gets the name
        np = np[:1].upper() + np[1:]
        rest = match.group("rest")
        copula = _COPULA_THEN_NP.match(rest)
        if copula and not word_list(copula.group("np"))[0].endswith(("ed", "en", "ing")):
            definition = finish_definition(f"{np}: {copula.group('np')}")
        else:
            definition = _that_predicate(np, rest, plural=True)
        if definition and not has_anaphora(definition) and valid_term(term, strict=False) and not is_generic(term):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, BOLD_CONFIDENCE, "pattern"))
    return out


def find_all_named_bold_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """A bold name given to the sentence's subject, with its article or without."""
    return find_named_bold_subjects(section, sentence, context) or find_bare_bold_subjects(section, sentence, context)


NAMED_BOLD_SUBJECT = RULES.register(Rule(
    name="named_bold_subject", priority=126, scope=Scope.SENTENCE, confidence=BOLD_CONFIDENCE,
    find=find_all_named_bold_subjects,
    examples=(
        finds("# Art\n\nThe artistic movement called **Mannerism** favoured elongated figures and crowded scenes"
              " in paintings.\n", "Mannerism"),
        finds("# Lungs\n\nTiny hairs called **cilia** sweep dust out of the airways.\n", "cilia"),
        misses("# Lungs\n\nThese tiny hairs, called **cilia**, sweep dust out of the airways.\n", "cilia"),
        misses("# Books\n\nThe left page is called the **verso** page and the right one the recto.\n", "verso"),
    ),
))
