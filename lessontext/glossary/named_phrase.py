"""The noun phrase a naming verb follows, and definitions rebuilt from it: "short branches called T that receive
signals" -> "Short branches that receive signals", "the neuron releases chemicals called T." -> "Chemicals that the
neuron releases".

Split from :mod:`lessontext.glossary.rules.called`, which finds the name; here is where the named phrase starts and
how the words around the name become a definition instead of the sentence with the name blanked out, among them
the agent of a passive ("X, caused by NP" -> "NP that cause X") and a subject made relative ("Animals that ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lessontext.glossary import rephrase
from lessontext.glossary.checks import finish_definition, is_generic
from lessontext.glossary.naming import ARRANGEMENT_OF, OPENING_CONJUNCTION, OPENING_COORDINATOR
from lessontext.glossary.phrases import (
    AUXILIARIES,
    MODALS,
    PREPOSITIONS,
    PRONOUN_START,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    plural_head,
    predicate_of,
    word_list,
)
from lessontext.words import STOPWORDS, getAllLemmas, getInflection, singular, word_pos

_CLAUSE_BOUNDARY = frozenset("that which who whom whose where when while because although if".split())


_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")


def phrase_start(text: str, *, stop_at_prepositions: bool) -> tuple[int, str | None]:
    """Where the noun phrase that ends ``text`` starts, and the word or comma that bounds it.

    Scans back to a comma, a clause word ("that", "which"), a finite verb or
    (when asked) a preposition other than "of".
    """
    tokens = list(_WORD_OR_MARK.finditer(text))
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i].group(0)
        lw = token.lower()
        if token in {",", ";", ":", "(", ")"}:
            return tokens[i].end(), token
        previous = tokens[i - 1].group(0).lower() if i else ""
        if lw in _CLAUSE_BOUNDARY or lw in AUXILIARIES or (
            # "stacks of flattened sacs": a participle after "of" or an
            # article modifies the noun that follows.
            previous not in {"a", "an", "the", "of"} and not lw.endswith("ing") and clear_verb_form(token)
            # "at a constant speed called T": the word before the naming verb heads the named phrase when it can
            and not (i == len(tokens) - 1 and "NOUN" in word_pos(lw) and "ADJ" in word_pos(previous))
        ):
            return tokens[i].end(), lw
        if stop_at_prepositions and (lw in PREPOSITIONS - {"of"} or lw == "as") and i > 0:
            return tokens[i].end(), lw  # ("float in milk as tiny clusters called micelles": the clusters, test-cw)
        if i + 1 < len(tokens) and _verb_between(previous, lw, tokens[i + 1].group(0).lower()):
            return tokens[i].end(), lw
    return 0, None


_RELATIVE_PRONOUNS = re.compile(r"\b(?:it|its|they|them|their|he|she|him|her|this|these)\b", re.I)
# "the poisons that organisms produce, known as T": a relative after the named noun phrase belongs to it; its own
# subject may not be a determiner's phrase or a pronoun ("the fact that the ...", "regions where they ...").
_RELATIVE_WORDS = frozenset({"that", "which", "who", "where"})
_NOT_A_RELATIVE_START = frozenset(
    "a an the this these that those it its they their them he she his her we you there such".split())


def noun_phrase_with_relative(text: str, bound_at: int, bound: str | None) -> str | None:
    """"... use the poisons that organisms produce" -> "the poisons that organisms produce", or None.

    ``bound`` is the relative word that stopped the noun phrase scan at ``bound_at``; the noun phrase before it,
    opened by an article, and the relative (no comma, no pronoun, no noun phrase of its own with an article that
    the name could follow) are one phrase.
    """
    relative = text[bound_at:].split()
    if bound not in _RELATIVE_WORDS or not relative or relative[0].lower() in _NOT_A_RELATIVE_START or any(
            w.lower() in {"a", "an", "the"} for w in relative):
        return None  # ("a vibration that passes through a material, called a medium": the last noun is the one named)
    before = text[: bound_at - len(bound)].rstrip()
    start, _head_bound = phrase_start(before, stop_at_prepositions=False)
    np = OPENING_COORDINATOR.sub("", OPENING_CONJUNCTION.sub("", before[start:].strip()))
    np_words = word_list(np)
    if len(np_words) < 2 or np_words[0].lower() not in {"a", "an", "the"} or "NOUN" not in word_pos(
            np_words[-1].lower()) or _RELATIVE_PRONOUNS.search(" ".join(relative)):
        return None
    return f"{np} {bound} {' '.join(relative)}"


# "Around the nucleus move much lighter particles called T": a word that may be a noun or a verb is the verb when a
# noun, an adverb or a conjunction precedes it and a quantifier or an adjective follows; the named phrase starts
# after it ("the water supply lines": a noun follows, and "supply" modifies it).
_BEFORE_A_VERB = frozenset("or and often also usually then still always generally normally only".split())
_AFTER_A_VERB = frozenset("much many more most some several few".split())


def _verb_between(previous: str, word: str, following: str) -> bool:
    if not previous or previous in {"a", "an", "the", "of"} or not finite_verb(word):
        return False
    if previous in _BEFORE_A_VERB or previous.endswith("ly") and "ADV" in word_pos(previous):
        before = True
    else:
        before_pos = word_pos(previous)
        before = "NOUN" in before_pos and not before_pos & {"ADJ", "DET", "ADP", "VERB"}
    if not before:
        return False
    after_pos = word_pos(following)
    # ("turns about a fixed point called T": a preposition may follow a verb or a noun, and says nothing.)
    return following in _AFTER_A_VERB or (following not in PREPOSITIONS and "ADJ" in after_pos
                                          and not after_pos & {"NOUN", "ADP", "ADV"})


# "short branches called T that receive signals": a restrictive relative right after the name says what it is.
_RELATIVE_AFTER_NAME = re.compile(r"^(?P<rel>that|which|who)\s+(?P<rest>[a-z][^,;:()]{4,})")
# "payments called T in place of military service", "limits, sometimes called T, on what we may do": a phrase.
_PHRASE_AFTER_NAME = re.compile(r"^,?\s*(?P<phrase>(?:in|on|of|for|from|between|against|with|within|at)\s+[^,;:()]{4,})")
# "kneaded in heated machines called T for several hours": how long or how hot the act runs, not which machines (both
# raters on test-cu: "Machines for several hours or even days", a broken fragment).
_HOW_LONG = re.compile(r"(?:for|in|within|over|during|at|on)\s+(?:[\w-]+\s+){0,3}?(?:seconds?|minutes?|hours?|days?|weeks?"
                       r"|months?|years?|decades?|centuries|times?|temperatures?)\b", re.I)
# "one long extension": "one" counts what a list enumerates; the definition says "a".
_ONE_OR_ARTICLE = re.compile(r"^(?:one|an?)\s+", re.I)
_NOT_AN_INTRODUCED_NP = frozenset("the this these that those its their his her our your my such other another".split())
_MAX_DESCRIBED_NP_WORDS = 5


# "When an impulse reaches the end of an axon, ": a fronted clause that says when the main clause holds.
_FRONTED_WHEN = re.compile(r"^(?P<when>(?:When|Whenever|Where|If|As)\s+[^,]{5,80}),\s+(?P<main>.+)$")
_PRONOUN_SUBJECTS = frozenset("i we you he she it they this these that those there here one someone".split())
_COPULAS = frozenset({"is", "are", "was", "were"})
_DETERMINERS = frozenset("the a an of every each its their this that these those some any no his her our".split())
_MAX_SUBJECT_WORDS = 8
# "The kitchen has a small oven called T": having, getting or seeing a thing says nothing of what it is.
_LIGHT_VERBS = frozenset("have has had get gets got see sees saw need needs needed want wants wanted".split())


def object_named(head_text: str) -> str | None:
    """"the neuron releases chemicals called T." -> "Chemicals that the neuron releases"; "The foundation of X is a
    single relationship known as T." -> "A single relationship that is the foundation of X".

    The name closes the sentence and names the main clause's object: the
    object, with the clause turned into a relative, says what it is.  A
    pronoun subject ("we draw a line called T") leans on the reader.
    """
    fronted = _FRONTED_WHEN.match(head_text)
    main = fronted.group("main") if fronted else head_text
    words = main.split()
    # "the skin releases", "every loom design is": a word after a determiner is a noun, whatever else it can be.
    # A copula is surer than a word that may be a noun or a verb ("loom design is").
    verb_at = next((i for i, w in enumerate(words) if i and w.lower() in _COPULAS), None)
    if verb_at is None:
        verb_at = next((i for i, w in enumerate(words) if i and words[i - 1].lower() not in _DETERMINERS
                        and finite_verb(w)), None)
    if verb_at is None or words[verb_at].lower() in _LIGHT_VERBS or verb_at > _MAX_SUBJECT_WORDS or any(w.endswith(",") for w in words[:verb_at]):
        return None
    subject, verb, obj = words[:verb_at], words[verb_at], words[verb_at + 1:]
    if subject[0].lower() in _PRONOUN_SUBJECTS or subject[0].lower() in _NOT_AN_INTRODUCED_NP - {"the"}:
        return None
    if verb.lower() not in _COPULAS and any(w[:1].isupper() for w in subject[1:]):
        return None  # "The philosopher David Hume raised a challenge known as T": who raised it, not what it is
    if not obj or len(obj) > _MAX_DESCRIBED_NP_WORDS or obj[0].lower() not in {"a", "an", "one"} and not plural_head(" ".join(obj)):
        return None
    if any(w.lower() in STOPWORDS and w.lower() not in {"a", "an", "one", "of"} for w in obj):
        return None
    if ":" in main or ARRANGEMENT_OF.match(" ".join(obj)) or "NOUN" not in word_pos(obj[-1].lower()):
        # "Proteins: Proteins are long chains of building blocks called T": a label, and the name is the units'.
        return None
    np = " ".join(obj)
    if _ONE_OR_ARTICLE.match(np):
        body = _ONE_OR_ARTICLE.sub("", np)
        np = f"{rephrase.article(body)} {body}"
    clause = rephrase.lower_first(" ".join(subject))
    when = f" {rephrase.lower_first(fronted.group('when'))}" if fronted else ""
    if verb.lower() in _COPULAS:
        if len(obj) < 2 and obj[0].lower() not in {"a", "an"}:
            return None
        definition = finish_definition(f"{np} that {verb} {clause}{when}")
    else:
        definition = finish_definition(f"{np} that {clause} {verb}{when}")
    if not definition or has_anaphora(definition) or is_generic(" ".join(subject[-1:])):
        return None
    return definition


def described_after_name(head_text: str, tail: str) -> str | None:
    """"short branches called T that receive signals" -> "Short branches that receive signals"; "payments called T
    in place of military service" -> "Payments in place of military service".

    The noun phrase the naming verb follows is what gets the name, and the
    relative clause or the phrase right after the name restricts it: together
    they read as a definition.  Only a phrase the naming introduces counts
    (an article, "one", a bare noun), not "the/their X", which the sentences
    around it explain.
    """
    head_text = head_text.rstrip(" ,")
    if not tail.strip(" .") or tail.lstrip().startswith(":"):
        return object_named(head_text)  # (": Assets = Liabilities + Equity": what the colon sets out ends the clause)
    bound_at, _bound = phrase_start(head_text, stop_at_prepositions=True)
    np = re.sub(r"^(?:and|or)\s+", "", head_text[bound_at:].strip())
    words = word_list(np)
    if not words or len(words) > _MAX_DESCRIBED_NP_WORDS or words[0].lower() in _NOT_AN_INTRODUCED_NP:
        return None
    if any(w.lower() in STOPWORDS and w.lower() not in {"a", "an", "one", "of"} for w in words):
        return None
    head = words[-1].lower()
    if "NOUN" not in word_pos(head) or clear_verb_form(words[-1]) and "NOUN" not in word_pos(head):
        return None
    plural = plural_head(np)
    if _ONE_OR_ARTICLE.match(np):
        body = _ONE_OR_ARTICLE.sub("", np)
        np = f"{rephrase.article(body)} {body}"
    elif not plural:
        return None  # "to the surface called T": a bare singular is a mass noun or a fragment
    relative = _RELATIVE_AFTER_NAME.match(tail)
    if relative and finite_verb(relative.group("rest").split()[0], plural):
        rest = re.split(r"\s+(?:and|but)\s+(?:one|a|an|the)\s", relative.group("rest"))[0]
        definition = finish_definition(f"{np} {relative.group('rel')} {rest}")
    elif (phrase := _PHRASE_AFTER_NAME.match(tail)) and not relative and not _HOW_LONG.match(phrase.group("phrase")):
        definition = finish_definition(f"{np} {phrase.group('phrase')}")
    else:
        return None
    if not definition or has_anaphora(definition) or len(word_list(definition)) < 4:
        return None
    return definition


_AGENT = re.compile(
    r"(?P<ante>[^,]+?),\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+by$"
)


# "are fused into a cephalothorax covered by a hard shield called T": an indefinite phrase and its participle.
_PHRASE_AGENT = re.compile(r"(?<!\S)(?P<ante>(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?P<verb>[a-z]+ed)\s+by$")


_SUBJECT_AGENT = re.compile(
    r"^(?P<ante>(?:The|A|An|Each|Every)\s+[^,]{2,60}?)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+by$"
)


_CALLED_NAME_AT_END = re.compile(r"\bcalled\s+(?:the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,2})$")


_QUANTIFYING_DETERMINER = re.compile(r"^(?:Each|Every|A|An)\b")


def agent_definition(before_agent: str, agent: str) -> str | None:
    """"X, (which are) caused by NP" -> "NP that cause(s) X"."""
    match = (_AGENT.search(before_agent.strip()) or _SUBJECT_AGENT.match(before_agent.strip())
             or _PHRASE_AGENT.search(before_agent.strip()))
    if match and match.re is _PHRASE_AGENT and any(w.lower() in STOPWORDS for w in match.group("ante").split()[1:]):
        return None
    if not match or not word_list(agent):
        return None
    lemmas = getAllLemmas(match.group("verb")).get("VERB")
    if not lemmas:
        return None
    ante = match.group("ante").strip()
    if before_agent.count(",") >= 2 and re.search(r"\b(?:and|or)\b", ante):
        return None  # "a space filled with cell sap, a solution of water, sugars and salts, surrounded by": the list's
        # last items are not what the participle describes (test-cm: "Tonoplast: A membrane that surrounds sugars ...")
    named = _CALLED_NAME_AT_END.search(ante)
    if named:
        ante = named.group("name")
    elif _clause_not_phrase(ante):
        return None  # "The limestone forms in layers, separated by surfaces called T": the participle describes the
        # layers, not the clause (test-db, both raters: "Surfaces that separate the limestone forms in layers")
    else:
        ante = rephrase.lower_first(_QUANTIFYING_DETERMINER.sub("the", ante))
    if PRONOUN_START.match(ante) or len(word_list(ante)) > 12:
        return None
    plural = plural_head(agent)
    verb = (getInflection(lemmas[0], "VBP" if plural else "VBZ") or (None,))[0]
    if not verb:
        return None
    return f"{agent[0].upper()}{agent[1:]} that {verb} {ante}"


def _clause_not_phrase(text: str) -> bool:
    """``text`` reads as a clause: a form of "be", or a determiner, a noun and a verb in "-s" before a preposition ("The
    limestone forms in layers")."""
    toks = [w.lower() for w in word_list(text)]
    if {"is", "are", "was", "were"} & set(toks):
        return True  # "Thylakoids are flattened sacs, surrounded by a fluid called T"
    return any(toks[at - 2] in {"the", "a", "an", "each", "every"} and "NOUN" in word_pos(toks[at - 1])
               and "ADJ" not in word_pos(toks[at - 1]) and toks[at].endswith("s") and "VERB" in word_pos(toks[at])
               and toks[at + 1] in PREPOSITIONS - {"of"} for at in range(2, len(toks) - 1))


def subject_relative(clause: str) -> str | None:
    """"Animals cannot eat grass" -> "Animals that cannot eat grass" (a plural or mass subject of 1-3 words)."""
    words = clause.split()
    for k in range(1, min(4, len(words))):
        subject, rest = words[:k], " ".join(words[k:])
        if any(w.lower() in STOPWORDS for w in subject):
            return None
        if words[k].lower() in MODALS or predicate_of(rest, plural=True):
            return f"{' '.join(subject)} that {rest}"
    return None


# What follows a verb that agrees with a plural name ("nest on cliffs", "form a ring"), never a noun compound's head.
_AFTER_PLURAL_VERB = PREPOSITIONS | {"a", "an", "the", "their", "its", "each", "every", "mainly", "mostly", "only"}
# What follows a verb in "-s" after a singular name ("keeps the soil", "answers that"): a determiner or "that" opens
# its object; a preposition might follow a plural noun ("animal rights in"), so it is not enough.
_AFTER_SINGULAR_VERB = frozenset("a an the their its this these that each every some all both no".split())
# The bare objects of light verbs ("takes place", "plays part", "takes effect"): after a plural name, "takes" is no
# second plural of a compound but the sentence's verb, its subject singular ("a chain of reactions involving
# proteins called clotting factors takes place": both raters on test-dj, "Clotting factors take").
LIGHT_OBJECTS = frozenset("place part effect shape hold root".split())


# "The approach known as", "A method called": the naming phrase opens the sentence as its subject.
_SUBJECT_KIND = re.compile(r"(?:The|An?)\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)")


def subject_number(before_naming: str) -> bool | None:
    """Whether the noun phrase before "known as"/"called", opening the sentence, is plural; None when it does not.

    "The approach known as X uses ...": the name is part of the sentence's
    subject, so the verb after it agrees with "approach".  "X is called Y"
    ("The approach is called") has its verb already: None.
    """
    match = _SUBJECT_KIND.fullmatch(before_naming.strip())
    if not match or match["head"] in AUXILIARIES or "NOUN" not in word_pos(match["head"]):
        return None
    return singular(match["head"]) != match["head"]


# Adverbs with no "-ly" that stand before a verb ("first copies", "then passes", "later became").
_PLAIN_ADVERBS = frozenset({"first", "then", "later", "now", "also", "still", "soon", "often", "always", "never",
                            "once", "again", "already", "thus"})


def verb_after_name(term_words: list[str], word: str, following: str, subject_plural: bool | None = None,
                    bold: Iterable[str] = ()) -> bool:
    """"(called) Atlantic puffins | nest on ...", "crop rotation | keeps the soil": ``word`` is the name's verb.

    After a plural noun, a plain present verb that a preposition, an article or
    a determiner follows opens the sentence's predicate ("puffins nest on
    cliffs", "the cells form a ring"); after a singular noun, a verb in "-s"
    that an article, a determiner or "that" follows does ("crop rotation keeps
    the soil fertile"); after a plural noun, a plain present verb does whatever
    follows it ("venules collect blood": a compound ends on its plural).  The name's head is the noun before "of" ("the
    separation of powers answers").  A noun compound goes on with its own head
    ("arms control limits"), and a name that ends the clause ("called wind
    turbines.") has no such word after it, so neither counts.  When the naming
    phrase is the sentence's subject (``subject_plural``, see
    :func:`subject_number`), the first verb agreeing with its noun is the verb
    whatever follows: "The approach known as land release uses ...", "The
    measures known as trade sanctions work ..." (not "sanctions").  A name the
    author set in ``bold`` is ended by the bold, and read by the caller.
    """
    if " ".join(term_words).lower() in {b.lower() for b in bold}:
        return False
    previous = term_words[term_words.index("of") - 1] if "of" in term_words[1:] else term_words[-1]
    lp, lf = previous.lower(), following.lower()
    if not (lp.isalpha() and word.isalpha() and word.islower()):
        return False
    if (word in _PLAIN_ADVERBS or word.endswith("ly") and word_pos(word) & {"ADV", "NOUN"} == {"ADV"}) \
            and lf.isalpha() and finite_verb(lf):
        # "a young stage called a nymph | gradually comes to ...", "an enzyme called reverse transcriptase | first
        # copies ...": an adverb before the predicate's verb
        return True
    if subject_plural is not None and term_words[-1].lower() not in {"of", "and"}:
        return finite_verb(word, plural=subject_plural) and not finite_verb(word, plural=not subject_plural)
    if singular(lp) != lp:
        if (finite_verb(word, plural=True) and not finite_verb(word, plural=False) and not word.endswith("s")
                and lf.isalpha() and lf not in STOPWORDS and not finite_verb(lf, plural=False)):
            # "venules | collect blood": a compound ends on its plural ("guard cells"), so a plain verb after one
            # ends the name ("arms control limits ...": the verb in -s comes next, and the name goes on)
            return True
        if word.endswith("s") and lf in LIGHT_OBJECTS and finite_verb(word, plural=False):
            return True
        return finite_verb(word, plural=True) and not finite_verb(word, plural=False) and lf in _AFTER_PLURAL_VERB
    if lf in _OBJECT_PRONOUNS and finite_verb(word, plural=True) and not finite_verb(word, plural=False):
        # "crystals of a mineral called hydroxyapatite | give it hardness": a plural subject's verb and its object
        # pronoun, no second word of the name (test-ef, both raters: "Hydroxyapatite give")
        return True
    return ("NOUN" in word_pos(lp) and finite_verb(word, plural=False) and not finite_verb(word, plural=True)
            and word.endswith("s") and lf in _AFTER_SINGULAR_VERB)


_OBJECT_PRONOUNS = frozenset("it them him her us me".split())
