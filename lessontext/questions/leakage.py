"""The rubric's leakage check: the key, its inflections, its parts or its initials never show in the stem.

``no_key_leakage`` runs in :data:`lessontext.questions.rubric.CHECKS`; ``initials_leak`` catches an acronym and its
expansion on either side ("Transmission Control Protocol" and "(TCP)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answerforms import initials
from .candidate import Candidate
from .course import CourseView
from .pairs import cue_words
from .text import BLANK, STOPWORDS, content_words, norm, related, words
from .types import QuestionType

__all__ = ["initials_leak", "no_key_leakage", "same_stem", "symbol_initial_leak"]


def _spells(acronym: str, phrase: Sequence[str]) -> bool:
    """``acronym`` ("ECOWAS", "RECs") is made of the initials of ``phrase``'s words, with or without its small words."""
    letters = re.sub(r"s$", "", acronym).upper()
    every = "".join(w[0] for w in phrase).upper()
    content = "".join(w[0] for w in phrase if norm(w) not in STOPWORDS).upper()
    return len(letters) >= 2 and letters in (every, content)


def _is_acronym(token: str) -> bool:
    return len(token) >= 2 and re.fullmatch(r"[A-Z]{2,}s?", token) is not None


# An acronym right beside the gap ("_____ (ECOWAS)", "its _____, or EMF"): an alias that hints at the key.
_ACRONYM_BY_GAP = re.compile(r"_{3,}\s*(?:\(\s*|,\s*(?:or\s+)?)[A-Z]{2,}s?\b")


def initials_leak(key: str, stem_: str) -> bool:
    """"Transmission Control Protocol" leaks through "(TCP)" in the stem, and the other way round
    ("the International Military Education and Training programme, known as _____" for "IMET")."""
    toks = [w for w in words(key) if w[:1].isalpha()]
    stem_words = words(stem_)
    stem_tokens = set(stem_words)
    if len(toks) >= 2:
        if any(_is_acronym(t) and _spells(t, toks) for t in stem_tokens):
            return True
        # "HyperText Markup Language" / "HTML": capitals inside words count too.
        capitals = "".join(ch for ch in key if ch.isupper())
        if len(capitals) >= 3 and capitals in stem_tokens:
            return True
    if key.isupper() and len(key) >= 2:
        if re.search(r"((?:[A-Z][\w-]*\s+){1,5})\(\s*" + re.escape(key) + r"\s*\)", stem_):
            return True
        for i, first in enumerate(stem_words):
            if first[:1].isupper() and any(_spells(key, stem_words[i:j]) for j in range(i + 2, min(i + 10, len(stem_words)) + 1)):
                return True
            # "“crush, tear, curl”, a method that ..." for "CTC": lower-case words, every one an initial (test-da)
            run = stem_words[i:i + len(key)]
            if len(key) >= 3 and len(run) == len(key) and "".join(w[0] for w in run).upper() == key:
                return True
    return False


# "ΔG", "T", "v₀": a symbol, one letter with a change sign or a subscript.
_SYMBOL = re.compile(r"^[ΔδΣ]?(?P<letter>[A-Za-z])[₀-₉ᵢⱼₓ₊₋ᵃ-ᶻ⁰-⁹]*$")
_FRAME_WORDS = re.compile(r"\b(?:according\s+to\s+the\s+text|which\s+of\s+the\s+following)\b", re.I)


def symbol_initial_leak(key: str, stem_: str, distractors: Sequence[str]) -> bool:
    """"Which of the following is the Gibbs free energy change?" for "ΔG": the symbol's letter opens a word of the
    stem and no distractor's does (test-ed, both raters: "the G in ΔG gives the key away"; "ΔS" for "the entropy
    change" gives nothing away)."""
    def letter(text: str) -> str | None:
        found = _SYMBOL.match(text.strip())
        return found["letter"].lower() if found else None

    asked = _FRAME_WORDS.sub(" ", stem_)
    initials_ = {w[0].lower() for w in content_words(asked) if w[:1].isalpha()}
    return letter(key) in initials_ and not any(letter(d) in initials_ for d in distractors)


def _with_parts(tokens: Sequence[str]) -> list[str]:
    """Tokens plus the parts of hyphenated ones ("counter-offer" also gives "offer")."""
    out = list(tokens)
    for t in tokens:
        if "-" in t:
            out.extend(p for p in t.split("-") if p and norm(p) not in STOPWORDS)
    return out


# A shared opening of at least this many letters, covering this share of the shorter word, ties a stem word to an
# option word that ``related`` leaves apart: "fungi" and "Fungal", "Repetition" and "Repeat".
SHARED_STEM_LETTERS = 4
SHARED_STEM_SHARE = 2 / 3


# "ultrafiltration" and "filtration", "reabsorption" and "absorption": a word built on another by a prefix.
MIN_BUILT_ON_LETTERS = 6


def built_on(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` is the other with a prefix of three letters or more ("Ultrafiltration" keyed beside
    "filtration under high pressure": raters on test-ck, "the stem gives the key away")."""
    x, y = sorted((a.lower(), b.lower()), key=len)
    return len(x) >= MIN_BUILT_ON_LETTERS and len(y) - len(x) >= 3 and y.endswith(x)


def same_stem(a: str, b: str) -> bool:
    """``a`` and ``b`` are one word's forms (``related``) or open alike: "fungi cause athlete's foot" keyed
    "Fungal diseases", "Repetition" keyed "Repeat a key word ..." (raters on test-bh and test-bj: leak); both
    words go on past the shared letters."""
    if related(a, b) or built_on(a, b):
        return True
    x, y = a.lower(), b.lower()
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    # A whole word opening a longer one is an inflection (``related`` rules) or another word built on it:
    # "cell" and "cellulose", "mine" and "mineral".
    return SHARED_STEM_LETTERS <= n < min(len(x), len(y)) and n >= SHARED_STEM_SHARE * min(len(x), len(y))


_UNIT_AFTER_BLANK = re.compile(rf"{re.escape(BLANK)}\s+[^.?!]{{1,20}}[.?!]$")


def _unit_printed(answer: str, c: Candidate) -> bool:
    """``answer`` is the key with the unit the stem prints after its gap ("30 terms" for "Answer: _____ (terms).")."""
    key = c.answers[0]
    return answer != key and answer.startswith(key) and f"({answer[len(key):].strip()})" in c.stem


def no_key_leakage(c: Candidate, course: CourseView) -> bool:
    """The key (inflected, derived, hyphenated, as initials) does not appear in the stem."""
    stem = c.stem
    if c.kind == "quantity:apply" and c.type is QuestionType.FILL_BLANK:
        stem = _UNIT_AFTER_BLANK.sub(BLANK, stem)  # "Answer: _____ m/s.": the answer's unit, printed to help
    stem_words = _with_parts(content_words(stem.replace(BLANK, " ")))
    keys = c.answers if c.type is QuestionType.FILL_BLANK else (c.correct if c.kind != "definition" else ())
    if any(initials_leak(k, c.stem) for k in keys):
        return False
    if c.type is QuestionType.SINGLE and symbol_initial_leak(c.correct[0], c.stem, c.distractors):
        return False
    if c.type is QuestionType.FILL_BLANK and _ACRONYM_BY_GAP.search(c.stem):
        return False
    if c.type is QuestionType.FILL_BLANK:
        # Any accepted answer (an alias, the expansion of an acronym) in the stem gives it away; an acronym key's
        # expansion only when all its words are there ("public health emergency of international concern" for
        # "PHEIC" shares only "emergency" with "an Emergency Committee": nothing given away).
        def shown(w: str) -> bool:
            return any(related(w, t) for t in stem_words)

        return not any(
            (all if i and initials(a) == c.answers[0] else any)(shown(w) for w in content_words(a))
            for i, a in enumerate(c.answers) if not _unit_printed(a, c))
    if c.type is QuestionType.MATCHING:
        answers = [p.answer for p in c.pairs]
        for pair in c.pairs:
            prompt_words = content_words(pair.prompt.replace(BLANK, " "))
            cues = cue_words(pair.answer, [a for a in answers if a != pair.answer])
            if any(any(related(w, t) for t in prompt_words) for w in cues):
                return False
        return True
    if c.type in (QuestionType.SINGLE, QuestionType.MULTIPLE) and c.kind != "definition":
        for key in c.correct:
            # "Oxy-fuel" beside "burns a fuel gas ... with pure oxygen": a hyphenated key's parts are its words too
            # (test-el, both raters: leak).
            cues = _with_parts(cue_words(key, [d for d in c.distractors]))
            # A single choice's key word that merely opens like a stem word points to it too.
            alike = same_stem if c.type is QuestionType.SINGLE else related
            if any(any(alike(w, t) for t in stem_words) for w in cues):
                return False
    if c.type is QuestionType.SINGLE and c.kind == "definition":
        # Stem words repeated in the key, but in no distractor, point to it.
        cues = cue_words(c.correct[0], c.distractors)
        return not any(any(related(w, t) or built_on(w, t) for t in stem_words) for w in cues)
    return True
