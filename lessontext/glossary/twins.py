"""Two entries of one glossary that carry the same definition: one of them is not a term.

Blind raters rejected as duplicates, in several subjects, an entry whose
definition is another entry's over again:

* a headword grown by the verb after it ("Amylase breaks: Breaks that starch into sugars ..." beside
  "Amylase: Breaks starch into sugars ..."), or cut short ("Doctrine: Each virtue lies between two vices
  ..." beside "Doctrine of the mean: Holds that each virtue lies between two vices ...");
* a definition carved from another's sentence ("Viewpoint character: The story from outside but stays close
  to one character." inside "Third-person limited narrator: A narrator that tells the story from outside
  but stays close to one character");
* the same definition under a general name and a specific one ("Acid" and "Arrhenius acid": "A substance
  that produces hydrogen ions ..."), where it belongs to the specific one.

The entry whose definition (past its first two words, the genus) lies whole inside the other's is left
out; of two identical definitions, the one under the more general name; of two that each lie inside the
other, the one found less surely.  When the longer definition names
the other headword ("Systems that require ... an absolute majority, meaning more than half of the valid
votes"), it glosses that term in passing and both entries stay.

An abbreviation whose definition only spells out another entry's headword ("SOLAS: The International Convention
for the Safety of Life at Sea." beside that convention's own entry) is that entry's other name: it becomes one of
its aliases, not a second entry (raters rejected it as a duplicate).

A one-word headword inside a longer one whose definition says nearly the same thing in other words
("Current: The rate of flow of charge, measured in amps." beside "Electric current: The rate of flow of
electric charge."; "Biomass: A pyramid of biomass shows the total mass ..." beside "Pyramid of biomass: A
pyramid that shows the total mass ...") is the longer entry's concept again, or a piece of its sentence, and is
left out (raters rejected both, in two folders).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.glossary.candidate import Term
from lessontext.glossary.shapes import spelled_out_name
from lessontext.semantics import similarity
from lessontext.words import singular, term_key

__all__ = ["fold_spelled_out", "repeated_definitions"]

_WORD = re.compile(r"[a-z0-9'’-]+")
# A shorter overlap is a shared template ("A triad with a minor third and a ..."), not one definition twice.
_MIN_SHARED_WORDS = 6
_GENUS_WORDS = 2
# Definitions this close (embedding similarity) say the same thing; the next pair seen, a concept and the
# command named after it ("Clone" and "git clone"), scored 0.72.
_SAME_GLOSS = 0.75


def _words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _tail(words: str) -> str | None:
    """The definition past its genus, when long enough to be one definition rather than a shared template."""
    tail = words.split()[_GENUS_WORDS:]
    return f" {' '.join(tail)} " if len(tail) >= _MIN_SHARED_WORDS else None


def _loser(a: int, b: int, terms: list[Term], words: list[str], tails: list[str | None]) -> int | None:
    """Which of two entries sharing a definition goes: identical, the general name; each inside the other,
    the less sure; else the one inside the other.  None when the longer definition names the other term."""
    inside_a = tails[a] is not None and tails[a] in words[b]
    inside_b = tails[b] is not None and tails[b] in words[a]
    if not (inside_a or inside_b):
        return None
    keys = [f" {t.key} " for t in terms]
    if words[a] == words[b]:
        return a if keys[a] in keys[b] else b if keys[b] in keys[a] else None
    if inside_a and inside_b:
        return a if terms[a].confidence < terms[b].confidence else b if terms[b].confidence < terms[a].confidence else None
    guest, host = (a, b) if inside_a else (b, a)
    return None if _names(terms[host].definition, terms[guest].term) else guest


def _singulars(text: str) -> str:
    return " " + " ".join(singular(w) for w in _WORD.findall(text.lower())) + " "


def _names(definition: str, term: str) -> bool:
    """``definition`` mentions ``term`` ("... an absolute majority, meaning ...", "... in which antibodies pass")."""
    return _singulars(term) in _singulars(definition)


def _head_word_again(short: Term, long: Term) -> bool:
    """``short`` is one word of ``long``'s headword, and its definition says nearly what ``long``'s does."""
    words = long.key.split()
    return (len(short.key.split()) == 1 and len(words) > 1 and short.key in words
            and similarity(short.definition.lower(), long.definition.lower()) >= _SAME_GLOSS)


def repeated_definitions(terms: list[Term]) -> set[int]:
    """The indexes of the entries whose definition another entry already carries."""
    words = [_words(t.definition) for t in terms]
    tails = [_tail(w) for w in words]
    dropped: set[int] = set()
    for a in range(len(terms)):
        for b in range(a + 1, len(terms)):
            if a not in dropped and b not in dropped and (loser := _loser(a, b, terms, words, tails)) is not None:
                dropped.add(loser)
            elif a not in dropped and b not in dropped and _head_word_again(terms[a], terms[b]):
                dropped.add(a)
            elif a not in dropped and b not in dropped and _head_word_again(terms[b], terms[a]):
                dropped.add(b)
    return dropped


def fold_spelled_out(terms: list[Term]) -> list[Term]:
    """Fold an abbreviation defined only by another entry's headword into that entry, as one of its aliases."""
    by_key = {term_key(t.term): i for i, t in enumerate(terms)}
    out = list(terms)
    folded: set[int] = set()
    for i, term in enumerate(terms):
        name = spelled_out_name(term.term, term.definition)
        target = by_key.get(term_key(name)) if name else None
        if target is None or target == i or target in folded:
            continue
        owner = out[target]
        out[target] = replace(owner, aliases=tuple(sorted({*owner.aliases, term.term, *term.aliases}, key=str.lower)))
        folded.add(i)
    return [t for i, t in enumerate(out) if i not in folded]


# "International Health Regulations", "Indus Waters Treaty": a name of capitalised words.
_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+(?:(?:of|for|on|the|and)\s+)*){1,6}(?P<head>[A-Z][a-z][\w'’-]*)\b")


def name_head_only(terms: list[Term], text: str, title: str = "") -> list[Term]:
    """The terms without a one-word headword that is only the last word of another entry's name ("Regulations"
    beside "International Health Regulations") and that ``text`` (the lesson) uses in lower case ("the regulations
    contain ..."): the lesson's short way back to the name, not a concept of its own (raters rejected it as "a
    generic head noun"); the name's own entry explains it.  A short name the lesson capitalises ("the Hanse") stays,
    and so does the lesson's own subject, a word of its ``title`` ("Geyser" beside "Steamboat Geyser" in "How a
    Geyser Erupts": the must-have term of both raters on test-do)."""
    heads = {term_key(m.group("head")) for t in terms for m in _NAME.finditer(t.term)}
    subject = {term_key(w) for w in re.findall(r"[\w'-]+", title)}
    return [t for t in terms if not (len(t.term.split()) == 1 and t.key in heads and not t.term.isupper()
                                     and t.key not in subject and re.search(rf"\b{re.escape(t.term.lower())}\b", text))]


def cut_from_a_longer_name(terms: list[Term]) -> list[Term]:
    """The terms without a one-word headword whose own sentence names it by another entry's longer name ("Magnetron:
    A compact and powerful source of microwaves" from "built the first working cavity magnetron, a compact ...",
    beside "Cavity magnetron": both raters on test-eh, a duplicate): the sentence was about the longer name's thing."""
    longer = [t for t in terms if len(t.term.split()) > 1]

    def only_inside(short: Term, name: Term) -> bool:  # every mention of the word is the longer name's last word
        text = short.sentence.lower().replace("*", "")
        inside = len(re.findall(rf"\b{re.escape(name.term.lower())}\b", text))
        return inside > 0 and inside == len(re.findall(rf"\b{re.escape(short.term.lower())}\b", text))

    return [t for t in terms if not (len(t.term.split()) == 1 and any(
        term_key(o.term.split()[-1]) == t.key and only_inside(t, o) for o in longer))]


# "A low U-value means a good insulator": a grade of a quantity the glossary explains, no concept of its own.
_GRADES = frozenset("low high large small big good poor strong weak".split())


def without_grades(terms: list[Term]) -> list[Term]:
    """The terms without a "<grade> <term>" entry whose <term> has an entry of its own and whose definition is only a
    short judgement ("Low U-value: A good insulator." beside "U-value": test-cy, both raters rejected it); a grade
    that names a thing of its own ("High Renaissance", "Small intestine") says more than three words of it."""
    keys = {t.key for t in terms}
    return [t for t in terms if not (len(words := t.term.split()) >= 2 and words[0].lower() in _GRADES
                                     and term_key(" ".join(words[1:])) in keys and len(t.definition.split()) <= 4)]
