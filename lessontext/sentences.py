"""Splitting plain text into sentences, tolerating common abbreviations ("e.g.", "Dr.", "U.S.")."""

from __future__ import annotations

import re

__all__ = ["normalise_space", "split_sentences"]


def normalise_space(text: str) -> str:
    """``text`` with every run of whitespace made one space, trimmed."""
    return " ".join(text.split())


# Tokens (lower-cased, without the final period) after which a period does
# not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    e.g i.e cf vs viz al approx ca c dr mr mrs ms prof st sr jr rev gen col lt
    capt sgt cmdr adm gov sen rep hon no nos fig figs vol vols pp p ed eds
    dept univ est inc ltd co corp mt ft jan feb mar apr jun jul aug sep sept
    oct nov dec art sec ch para approx min max
    """.split()
)
# Abbreviations that commonly end a sentence too ("... and so on, etc.").
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"etc", "inc", "ltd", "co", "corp", "al"})
# After a dotted acronym ("U.S.") a sentence only ends before these words.
_SENTENCE_STARTERS = frozenset(
    """
    the this these that those it its he she they we i you there here a an in on
    at as for however but and or so yet thus then when while after before if
    our their his her one some many most all each such today
    """.split()
)
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "fig", "figs", "p", "pp", "vol", "art", "sec", "ch", "para"})

# A candidate boundary: terminal punctuation, optional closing quotes or
# brackets, whitespace, then something that can open a sentence.
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9À-Ý])""")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?([\w-]+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_INITIAL = re.compile(r"[A-Z]")
_AFTER_A_FIGURE = re.compile(r"\d\s$")


def split_sentences(text: str) -> tuple[str, ...]:
    """Split plain ``text`` into sentences, tolerating common abbreviations."""
    text = normalise_space(text)
    if not text:
        return ()
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(1) == "." and not _ends_sentence(text, start, match):
            continue
        end = match.end(2)
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return tuple(sentences)


def _ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    # The non-space run just before the punctuation (what ``(\S+)$`` finds
    # between ``start`` and the punctuation), scanned backwards.
    end = match.start(1)
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    if begin == end:
        return True
    token = text[begin:end].lstrip("\"'“‘([")
    lowered = token.lower()
    next_word = _NEXT_WORD.match(text, match.end())
    following = next_word.group(1) if next_word else ""
    # "U.S.", "e.g.", "Ph.D." - dotted abbreviations.
    if _DOTTED.fullmatch(token) or "." in token.rstrip("."):
        if lowered in {"e.g", "i.e"}:
            return False
        return following.lower() in _SENTENCE_STARTERS
    # Initials: "J. R. R. Tolkien"; but a regnal numeral or a letter ends a sentence before a word that opens
    # one ("captured Sultan Bayezid I. For about a decade ...", "Part B. The next ...").
    if _INITIAL.fullmatch(token):
        if _AFTER_A_FIGURE.search(text, start, begin):
            return following[:1].isupper()  # a unit after its figure: "a temperature of 300 K. Calculate ..."
        return len(following) > 1 and following[0].isupper() and following.lower() in _SENTENCE_STARTERS
    if token == "v":
        return False  # a case's name: "Plessy v. Ferguson", "Brown v. Board of Education"
    if lowered in _NUMBER_ABBREVIATIONS and following[:1].isdigit():
        return False
    if lowered in _SENTENCE_FINAL_ABBREVIATIONS:
        return following.lower() in _SENTENCE_STARTERS
    if lowered in _ABBREVIATIONS and token[:1].isupper() == (lowered not in {"cf", "vs", "approx", "ca", "c", "al"}):
        # "Dr. Smith", "Gen. Jones" (capitalised titles); lower-case "vs.", "cf.".
        return False
    if lowered in _ABBREVIATIONS and lowered in {"vs", "cf", "approx", "ca", "viz"}:
        return False
    return True
