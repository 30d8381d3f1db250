"""A bare predicate headed by the kind the lesson says its subject belongs to.

"**Arteries** carry blood away from the heart." gives the entry "Artery:
Carry blood away from the heart.": the sentence's subject was the headword,
so what is left says what the thing does, never what it is.  Blind raters
called these entries "minor" and asked each time for the same edit: put the
kind in front ("A blood vessel that carries blood away from the heart",
"Blood vessels that carry blood back towards the heart").  Teaching prose
names that kind in two common ways, and only these are read:

* a nested list whose parent item opens on a plural noun that is its
  subject ("- Consumers cannot make their own food ..." above "- Herbivores
  eat only producers ..."): the sub-items are kinds of it ("Consumers that
  eat only producers ...");
* a section that says how many types or kinds of a thing there are ("There
  are three main types of blood vessel, ...") before the sentences that
  describe each: the bold subjects after it are that thing.

The verb agrees with the headword as it is shown: a plural headword keeps the
author's verb ("Veins" -> "Blood vessels that carry ..."), a singular one takes
its third person ("Artery" -> "A blood vessel that carries ...").  Only
closed classes of English words and the lemma tables are used: no word of
any one subject.  :func:`lessontext.glossary.polish.polish_terms` applies it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.document import Document, ItemList
from lessontext.glossary.candidate import Term
from lessontext.glossary.phrases import finite_verb
from lessontext.glossary.rephrase import article, lower_first
from lessontext.words import STOPWORDS, singular, term_key, word_pos
from lessontext.words.lemmas import getAllLemmas, getInflection

__all__ = ["subject_kinds", "with_subject_kind"]

# Words a plural subject may be followed by that open its predicate.
_AUXILIARIES = frozenset("are were have had can cannot could will would may might must need do did should".split())
# "They push their load ...": a pronoun for the plural subject, which a singular headword cannot take.
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|themselves)\b", re.I)
_THIRD_PERSON = {"are": "is", "were": "was", "have": "has", "do": "does"}
# "There are three main types of blood vessel, ...": a phrase naming the kind the section goes on to describe.
_TYPES_OF = re.compile(r"\b(?:types|kinds|forms|classes|sorts|categories)\s+of\s+(?P<kind>[a-z]+(?:\s+[a-z]+){0,2})\b")
_MAX_SUBJECT_WORDS = 3


def _plural_verb(word: str) -> bool:
    """"carry", "cross": a present-tense verb only a plural subject takes (not "carries", nor "put", also a past)."""
    return finite_verb(word, plural=True) and not finite_verb(word, plural=False)


def _noun_phrase(words: list[str]) -> str | None:
    """"blood vessel" from ["blood", "vessel"]; None unless every word is a noun or an adjective, the last a noun."""
    if not words or any(w in STOPWORDS or not w.isalpha() or not word_pos(w) & {"NOUN", "ADJ"} for w in words):
        return None
    head = singular(words[-1])
    return " ".join([*words[:-1], head]) if "NOUN" in word_pos(head) else None


def _plural_subject(sentence: str) -> str | None:
    """"Consumers cannot make their own food ..." -> "consumer": a plural noun subject and the verb after it."""
    words = sentence.split()
    for k in range(1, min(_MAX_SUBJECT_WORDS, len(words) - 1) + 1):
        subject = [w.lower() for w in words[:k]]
        last, verb = subject[-1], words[k]
        if singular(last) == last or not verb.islower():
            continue
        if verb in _AUXILIARIES or _plural_verb(verb):
            return _noun_phrase(subject)
    return None


def _types_named(text: str) -> str | None:
    """"There are three main types of blood vessel, ..." -> "blood vessel"; "" when it names two kinds."""
    kinds = set()
    for named in _TYPES_OF.finditer(text):
        words = []
        for word in named.group("kind").split():
            if word in STOPWORDS or not word_pos(word) & {"NOUN", "ADJ"}:
                break
            words.append(word)
        kinds.add(_noun_phrase(words) or "")
    return None if not kinds else kinds.pop() if len(kinds) == 1 else ""


def subject_kinds(document: Document) -> dict[str, str]:
    """Each sentence whose subject the lesson names a kind of -> that kind ("Herbivores eat ..." -> "consumer")."""
    kinds: dict[str, str] = {}
    for section in document.sections:
        kind = None
        for block in section.blocks:
            if isinstance(block, ItemList):
                for item in block.items:
                    parent = _plural_subject(item.sentences[0]) if item.sentences and item.children else None
                    for child in item.children if parent else ():
                        for sentence in child.sentences[:1]:
                            kinds.setdefault(sentence, parent)
                    for sentence in item.sentences[:1] if kind else ():
                        kinds.setdefault(sentence, kind)
                continue
            for sentence in getattr(block, "sentences", ()):
                if kind:
                    kinds.setdefault(sentence, kind)
                named = _types_named(sentence)
                if named is not None and kind is not None and named != kind:
                    kind = ""  # two kinds named in one section: which one a sentence is about is not said
                elif named is not None:
                    kind = named
    return kinds


def _third_person(verb: str) -> str | None:
    """"carry" -> "carries"; "cannot" stays; None for a word that is no verb of a plural subject."""
    if verb in _THIRD_PERSON:
        return _THIRD_PERSON[verb]
    if verb in _AUXILIARIES:
        return verb
    for lemma in getAllLemmas(verb).get("VERB", ()):
        if lemma == verb:
            forms = getInflection(lemma, "VBZ")
            return forms[0] if forms else None
    return None


def _plural(kind: str) -> str:
    """"blood vessel" -> "blood vessels"."""
    *modifiers, head = kind.split()
    forms = getInflection(head, "NNS")
    return " ".join([*modifiers, forms[0] if forms else head + "s"])


def with_subject_kind(term: Term, kinds: dict[str, str]) -> Term:
    """"Artery: Carry blood away from the heart." -> "A blood vessel that carries blood away from the heart."."""
    kind = kinds.get(term.sentence)
    words = term.definition.split()
    if not kind or len(words) < 2 or kind.split()[-1] in term.key.split():
        return term
    verb = words[0].lower()
    at = term.sentence.find(" " + lower_first(term.definition).rstrip("."))
    if at < 1 or term_key(term.sentence[:at]) not in {term.key, *(term_key(a) for a in term.aliases)}:
        return term  # the definition is not the predicate of a sentence whose subject is the headword
    if verb not in _AUXILIARIES and not _plural_verb(verb):
        return term
    rest = lower_first(term.definition)[len(verb):]
    last = term.term.split()[-1].lower()
    if singular(last) != last:
        return replace(term, definition=f"{_plural(kind).capitalize()} that {verb}{rest}")
    agreeing = _third_person(verb)
    if not agreeing or _PLURAL_PRONOUN.search(rest):
        return term
    return replace(term, definition=f"{article(kind)} {kind} that {agreeing}{rest}")
