"""Turn the sentence that explains a term into a definition that reads as one.

A glossary definition is a noun phrase ("A contract that has no legal
effect") or a clause that explains the term, never a cloze with a blank
where the term was.  These helpers rebuild such phrases from the usual
English shapes of an explanation; each is plain string work on one sentence,
so the rules stay general and testable on their own.
"""

from __future__ import annotations

import re

from lessontext.words import STOPWORDS, WORD_RE, getAllLemmas, singular, word_pos

__all__ = [
    "article",
    "drop_demonstratives",
    "genus_phrase",
    "head_with_modifiers",
    "lower_first",
    "relative_definition",
    "reorder_subordinate",
]

_SUBORDINATE = re.compile(
    r"^(?P<sub>(?:When|Whenever|If|Once|As|While|After|Before|Because|Although|Where)\b[^,]{3,120}),\s+(?P<main>.+)$"
)
# "such as a natural disaster" introduces an example: "such" stays; "those on board", "those who plan": a pronoun
# (the people), not a determiner, stays too.
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those|such)\s+(?=[a-z])(?!as\b)"
                            r"(?!(?:who|whom|whose|which|on|in|at|of|with|from|under|aboard)\b)", re.I)


_CAPITALS = re.compile(r"[A-Z]{2,}")
_VOWEL_SOUND = re.compile(r"(?:[aeio]|u(?!ni|se|su|sa|ra|ro|ti|ku)|hour|honest)", re.I)


def article(word: str) -> str:
    """"A" or "An" before ``word`` (by spelling, with common exceptions)."""
    if _CAPITALS.match(word):
        return "An" if word[0] in "AEFHILMNORSX" else "A"
    return "An" if _VOWEL_SOUND.match(word) else "A"


def _is_plural(word: str) -> bool:
    lowered = word.lower()
    return lowered.isalpha() and singular(lowered) != lowered


def genus_phrase(term: str, predicate: str, where: str = "") -> str:
    """"void contract" + "has no legal effect" -> "A contract that has no legal effect"; "law of demand" -> "A law that ...".

    The term's own head noun is its genus; a one-word term has none, so the
    predicate alone explains it ("A redirect tells ..." -> "Tells ...").
    ``where`` (" of 1967") follows the genus: "A treaty of 1967 that bans ...".
    """
    words = WORD_RE.findall(term)
    # "law of demand" is a law: the head noun comes before its "of"-phrase.
    cut = next((i for i, w in enumerate(words) if i and w.lower() in {"of", "in", "for", "on", "to"}), len(words))
    words = words[:cut] if cut < len(words) else words
    predicate = predicate.strip().rstrip(".")
    if len(words) < 2 and cut == len(WORD_RE.findall(term)):
        return predicate[:1].upper() + predicate[1:]
    head = words[-1]
    if not head.isupper():
        head = head.lower()
    if _is_plural(head):
        return f"{head[:1].upper()}{head[1:]}{where} that {predicate}"
    return f"{article(head)} {head}{where} that {predicate}"


def head_with_modifiers(noun_phrase: str, term: str) -> str:
    """"a three-digit status code" minus the term's modifiers -> "a three-digit code"."""
    term_words = [w.lower() for w in WORD_RE.findall(term)]
    if len(term_words) < 2:
        return noun_phrase
    pattern = r"\b" + r"[\s-]+".join(re.escape(w) for w in term_words[:-1]) + r"\s+(?=" + re.escape(term_words[-1][:4]) + ")"
    return re.sub(pattern, "", noun_phrase, count=1, flags=re.I)


# "After quarrels over money, war and religion, Charles ruled ...": the fronted phrase ends with its list ("A, B and C"),
# not at its first comma; the list's last members have no verb ("it expands and rises" is the main clause).
_LIST_TAIL = re.compile(r"^(?P<tail>[^,]{1,60}?\s(?:and|or)\s[^,]{1,60}),\s+(?P<main>.+)$")
_CLAUSE_START = frozenset("it its they their he she we you i this these there".split())


def _verbless(text: str) -> bool:
    words = [w.lower() for w in WORD_RE.findall(text)]
    return bool(words) and words[0] not in _CLAUSE_START and not any(
        w in {"is", "are", "was", "were", "has", "have", "had"} or word_pos(w) == {"VERB"} for w in words)


def reorder_subordinate(clause: str) -> str:
    """"When A, B" -> "B when A": a clause that can follow "in which"."""
    match = _SUBORDINATE.match(clause.strip())
    if not match:
        return clause.strip()
    sub, main = match.group("sub"), match.group("main")
    if (tail := _LIST_TAIL.match(main)) and _verbless(tail.group("tail")):
        sub, main = f"{sub}, {tail.group('tail')}", tail.group("main")
    return f"{main.rstrip('.')} {sub[0].lower()}{sub[1:]}"


# "In the laboratory, chemists find ...": a fronted setting, set off by its comma, before the clause's subject.
_FRONTED_SETTING = re.compile(r"^(?:in|on|at|during|within|inside|across|among)\s+[^,;:]{2,40},\s+(?=[a-z])")


def relative_definition(noun_phrase: str, preposition: str, clause: str) -> str:
    """"a step", "in", "light splits water" -> "A step in which light splits water".

    After "A/An N", a fronted setting stays set off after the relative ("A technique in which, in the laboratory,
    chemists find ..."), never "in which in the laboratory, ...".
    """
    clause = reorder_subordinate(clause).rstrip(" .,;")
    clause = lower_first(clause)
    noun_phrase = noun_phrase.strip()
    noun_phrase = noun_phrase[0].upper() + noun_phrase[1:]
    joiner = f"{preposition} which" if preposition else "that"
    if preposition and _FRONTED_SETTING.match(clause) and noun_phrase.startswith(("A ", "An ")):
        joiner += ","  # (one kind of event or state: "A technique in which"; not "Individuals in which")
    return f"{noun_phrase} {joiner} {clause}"


def lower_first(text: str) -> str:
    """Lower-case a sentence's first word unless it is a name or an acronym."""
    first = WORD_RE.match(text)
    if not first or not text[:1].isupper():
        return text
    word = first.group(0)
    if word == "I" or any(ch.isupper() for ch in word[1:]):
        return text
    lemmas = getAllLemmas(word.lower())
    if word.lower() not in STOPWORDS and (not lemmas or "PROPN" in lemmas):
        return text
    return text[0].lower() + text[1:]


def drop_demonstratives(text: str) -> str:
    """"much of this work" -> "much of the work"; "such exercises" -> "exercises"."""

    def repl(match: re.Match[str]) -> str:
        word = match.group(0).strip().lower()
        if word == "such":
            return ""
        return "the " if match.group(0)[0].islower() else "The "

    return _DEMONSTRATIVE.sub(repl, text)
