"""What the body of a "Label: body" item says when it is not the label's definition.

A label's body defines it when it is a noun phrase about the label or mentions it.  These tests find the
bodies that only comment: a clause about something else with its own verb (``is_unrelated_clause``), a stage of
a story or a claim about the label (``narrated_clause``), or what happened in one case, in the past tense
(``past_situation``), or one step of a story a lesson tells, whose actor is a named person or "the <noun>"
(``told_event``).  :mod:`lessontext.glossary.rules.labels` lowers or refuses such candidates.
"""

from __future__ import annotations

import re

from lessontext.document import ItemList, action_label, told_in_stages
from lessontext.glossary.phrases import AUXILIARIES, PREPOSITIONS, finite_verb, plural_head, word_list
from lessontext.words import STOPWORDS, fold, getAllLemmas, getInflection, word_pos

__all__ = ["is_unrelated_clause", "narrated_clause", "past_situation", "stage_paragraphs", "stems",
           "told_event"]


def stems(text: str) -> set[str]:
    return {fold(w)[:5] for w in word_list(text) if len(w) >= 4}


_NOUN_OF_OPENER = re.compile(r"(?:[a-z]+\s+){1,2}of\b")
# "how high or low a sound is", "the way beats are grouped ...": a noun clause, the classic gloss of a quality.
_NOUN_CLAUSE_OPENER = re.compile(r"(?:how|whether|the\s+(?:way|ways|manner|extent|degree)\s+(?:in\s+which|to\s+which)?)\b", re.I)
_CLAUSE_LINK_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|if|because|after|before|until)\b")


def is_unrelated_clause(term: str, body: str) -> bool:
    """True for "Temperature: the enzymes ... work slowly and are damaged".

    A definition is a noun phrase ("the abuse of a relationship ...") or
    mentions the term; a clause about something else, with its own finite
    verb before any relative pronoun, only comments on the label.
    """
    if stems(term) & stems(body):
        return False
    if _NOUN_OF_OPENER.match(body) and "NOUN" in word_pos(body.split()[0]) or _NOUN_CLAUSE_OPENER.match(body):
        return False  # "death of part of the heart muscle when ...": a noun phrase; "how loud a sound is": a noun clause
    head = _CLAUSE_LINK_WORD.split(body, maxsplit=1)[0]
    if any(w.lower() in AUXILIARIES for w in word_list(head)):
        return True
    # "Trust and influence: Personal relationships make cooperation smoother": a label naming two things
    # whose body is a sentence about a third (a plural subject and its verb) lists a purpose, not a term.
    if _COORDINATED_LABEL.search(term) and _subject_then_verb(head, plural=True):
        return True
    # "Harvesting: Cacao pods grow directly from the trunk ...": an action's label over a clause whose subject does
    # something else sets the scene for the stage (both raters on test-cu: "where pods grow, not harvesting").
    return (action_label(term) and not action_label(head)  # "Winnowing: Separating the light shells ...": the act itself
            and (_subject_then_verb(head, plural=True) or _subject_then_verb(head, plural=False)))


def stage_paragraphs(block: ItemList) -> bool:
    """A process's stages told in paragraphs (``document.told_in_stages``): no label's entry is its first sentence."""
    return told_in_stages([(i.label, len(i.sentences)) for i in block.items if i.label])


_COORDINATED_LABEL = re.compile(r"\s(?:and|or|&)\s")


def _subject_then_verb(text: str, *, plural: bool) -> bool:
    """"Personal relationships make ...", "Many programmes include ..." (``plural``), "The mill stands beside ...": a
    clause opened by a subject of that number and its verb."""
    words = word_list(text)
    for k in range(1, min(4, len(words))):
        verb, noun = words[k], words[k - 1]
        if (verb.islower() and verb.endswith("s") is not plural and finite_verb(verb, plural=plural)
                and plural_head(noun) is plural and "NOUN" in word_pos(noun.lower())):
            return True
    return False


# "eventually the star puffs off ...": a body that opens on what happens next narrates a stage.
_SEQUENCE_OPENERS = frozenset("eventually then finally later next afterwards soon meanwhile subsequently".split())
# "Some writers argue ...", "Several allies have created ...": people holding a view or doing something.
_QUANTIFIED_SUBJECTS = frozenset("some many most several few others critics".split())
_OBJECT_OPENERS = frozenset("the a an its their his her this these those".split()) | PREPOSITIONS


def _present_verb(word: str, following: str) -> bool:
    """"affirms", "stops at": a present-tense verb (a form that is also a plural noun needs an object or a preposition)."""
    if not word.islower() or not word.endswith("s") or not finite_verb(word, plural=False):
        return False
    return "NOUN" not in word_pos(word) or following.lower() in _OBJECT_OPENERS


def narrated_clause(term: str, body: str) -> bool:
    """True for "Iron core: fusion stops at iron ...", "Peaceful uses: Article IV affirms ...", "Critic's view: Some
    writers argue ...", "Planetary nebula: eventually the star puffs off ...".

    The body opens on a clause whose subject is not the term (a bare noun,
    a name, people of whom some hold a view) or on what happens next: a stage
    of a story or a claim about the label, which a teacher would rewrite.
    """
    words = word_list(body)
    if len(words) < 3:
        return False
    first = words[0]
    lower = first.lower()
    pos = word_pos(lower)
    if lower in _SEQUENCE_OPENERS:
        return True
    if lower in _QUANTIFIED_SUBJECTS:
        return (words[1].islower() and "NOUN" in word_pos(words[1]) and finite_verb(words[2], plural=True)
                and "NOUN" not in word_pos(words[2]))
    if "NOUN" not in pos or pos & {"ADJ", "DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ", "NUM"}:
        return False
    if first[:1].isupper():
        # "Article IV affirms ...": a name (every word capitalised) and its verb.
        return any(all(w[:1].isupper() for w in words[:k]) and _present_verb(words[k], words[k + 1])
                   for k in (1, 2) if k + 1 < len(words))
    # "fusion stops at iron": a bare noun that is not the term's own word, and its verb.
    return "VERB" not in pos and lower not in {fold(w) for w in word_list(term)} and _present_verb(words[1], words[2])


# "the claimant was partly to blame", "the defendant fell below ...": a definite party, then a past-tense verb.
_PARTY_SUBJECT = re.compile(r"^(?:the|a|an)\s+(?P<noun>[a-z][\w-]*)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")


def past_situation(body: str) -> bool:
    """True for "the claimant freely accepted the risk": the body describes, in the past tense, what happened."""
    match = _PARTY_SUBJECT.match(body.strip())
    if not match or "NOUN" not in word_pos(match.group("noun")):
        return False
    verb = match.group("verb")
    if verb in {"was", "were", "had"}:
        return True
    lemmas = getAllLemmas(verb).get("VERB") or ()
    return any(verb in (getInflection(lemma, "VBD") or ()) for lemma in lemmas)


def _is_name(word: str, *, mid_sentence: bool = False) -> bool:
    """"Liam", "Luftwaffe": a capitalised word the lexicon does not know (a possessive opens a noun phrase).

    Mid-sentence a capital alone marks a name ("Dowding and Park").
    """
    return (len(word) > 2 and word[:1].isupper() and "'" not in word and "\u2019" not in word
            and word.lower() not in STOPWORDS and (mid_sentence or not word_pos(word.lower())))


def _past_tense(verb: str) -> bool:
    lemmas = getAllLemmas(verb).get("VERB") or ()
    return any(verb in (getInflection(lemma, "VBD") or ()) for lemma in lemmas)


def told_event(term: str, body: str) -> bool:
    """True for "Sentencing: The judge asks the probation service ...", "First appearance: Liam appears in ...",
    "Careful leadership: Dowding and Park used their forces ...".

    The body opens on an actor other than the label, "the <noun>" or a
    name, and what it does or did: a step of the case or story the lesson
    tells under a bold label, not what the label means.  A noun phrase ("The
    side that acts for the defendant"), an adjective before the noun ("The thin
    stalk that ...") and a body about the label's own word are left alone.
    """
    words = word_list(body)
    if len(words) < 4:
        return False
    if words[0] == "The" and (_is_name(words[1], mid_sentence=True) or words[1].islower() and not words[1].endswith("ed")
                              and word_pos(words[1]) & {"NOUN", "ADJ"} == {"NOUN"}):
        subject, k = words[1:2], 2
    elif _is_name(words[0]):
        k = 3 if words[1] == "and" and _is_name(words[2], mid_sentence=True) else 1
        subject = words[:k]
    else:
        return False
    if stems(term) & stems(" ".join(subject)):
        return False
    verb = words[k]
    if verb in AUXILIARIES or _present_verb(verb, words[k + 1]):
        return True
    # "The Luftwaffe switched to ...": past tense only after a name ("The energy needed ..." is a noun phrase).
    return _is_name(subject[-1], mid_sentence=len(subject) > 1 or words[0] == "The") and verb.islower() and _past_tense(verb)
