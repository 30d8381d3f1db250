"""Tolerant grading of typed (fill-in-the-blank) answers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from rapidfuzz.distance import Levenshtein

from lessontext.semantics import zipf
from lessontext.words import singular

# What ``answer_matches`` forgives, as learners and reviewers read it (the results page, the rating export).
TYPED_ANSWER_RULES = ("Typed answers are accepted whatever their case, accents, punctuation and hyphens, with or without "
                      "“the” or “a”, in the singular or the plural, in British or American spelling, and with a small "
                      "typo in longer words (never in numbers); a number in standard form may be typed as 3.2 x 10^5 or 3.2e5, "
                      "and a figure with decimals is accepted to more places when it rounds to the answer (3.06 for 3.1).")

_ARTICLES = ("the ", "a ", "an ")
_PUNCT = re.compile(r"[^\w\s]")
# Below this length typos are not forgiven: "Mali" / "Bali" are different answers.
_MIN_FUZZY_LENGTH = 5


def normalise_answer(text: str) -> str:
    """Fold case, accents, punctuation, hyphens, spacing and a leading article."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").replace("'s ", " ").replace("-", " ")
    text = _PUNCT.sub(" ", text)
    text = " ".join(text.split())
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
            break
    return text


# British and American spellings: "centralised" / "centralized", "analyse" / "analyze", "colour" / "color",
# "centre" / "center", "defence" / "defense", "programme" / "program", "catalogue" / "catalog", "haemoglobin" /
# "hemoglobin", "oesophagus" / "esophagus" (raters on dev, test-s: "the accepted answers lack the US spelling",
# "widen it, e.g. 'Center' spelling").
_SPELLING = (
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)\b", re.I), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)\b", re.I), r"yz\1"),
    (re.compile(r"(?<=\w{3})our(s?)\b", re.I), r"or\1"),
    (re.compile(r"(?<=\w{2}[bt])re(s?)\b", re.I), r"er\1"),
    (re.compile(r"(?<=\w{2}[fc])ence(s?)\b", re.I), r"ense\1"),
    (re.compile(r"(?<=\w{3})amme(s?)\b", re.I), r"am\1"),
    (re.compile(r"(?<=\w{3})ogue(s?)\b", re.I), r"og\1"),
    (re.compile(r"\b(h|an|p)ae(?=[a-z])", re.I), r"\1e"),
    (re.compile(r"\boe(?=s[a-z])", re.I), "e"),
)


def spelling_folded(text: str) -> str:
    """``text`` (normalised) with British spellings folded into American ones, on both sides of a comparison."""
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text


# How common (Zipf) a word's American form must be to be shown: "centralized" 3.5, "center" 5.2 are; the
# folds of words that keep their spelling ("exercize" 1.1, "compromize" 0) are not.
SHOWN_SPELLING = 2.0


def american_spelling(text: str) -> str:
    """``text`` with each British spelling written the American way, where English uses that form
    ("Maritime Analysis and Operations Centre" -> "... Center", "centralised systems" -> "centralized
    systems"); ``text`` itself when nothing changes.  Grading folds spellings anyway (``spelling_folded``):
    this is the form a teacher reads among the accepted answers."""
    def one(word: re.Match[str]) -> str:
        folded = spelling_folded(word.group(0))
        if folded == word.group(0) or zipf(folded.lower()) < SHOWN_SPELLING:
            return word.group(0)
        return folded
    return re.sub(r"[A-Za-z]+", one, text)


def _crude_singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _number_forms(text: str) -> set[str]:
    """``text`` with each word made singular, by the lexicon ("mice", "analyses") and by rule ("stomatas")."""
    words = text.split()
    forms = {" ".join(singular(w) for w in words), " ".join(_crude_singular(w) for w in words)}
    return forms | {spelling_folded(f) for f in forms}


# A number as people type it: "12,500", "12 500", "2.50", "-3", "45%".
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.\d+)?\s?%?$")
# A number in standard form as a lesson prints it and as people type it: "3.98 × 10⁻¹⁹", "3.98 x 10^-19",
# "3.98*10^(-19)", "3.98e-19".
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_STANDARD_FORM = re.compile(r"^(?P<mantissa>[-+]?\d+(?:\.\d+)?)\s*(?:[×xX*]\s*10\s*(?:\^\s*\(?\s*(?P<power>[-+]?\d+)\s*\)?"
                            r"|(?P<raised>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))|[eE](?P<e>[-+]?\d+))$")


def _number_value(text: str) -> Decimal | None:
    """The value of ``text`` when it is one number (thousands separators, trailing zeros and the ways of writing
    standard form forgiven)."""
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("−", "-")
    for symbol in ("$", "£", "€", "¥"):
        text = text.replace(symbol, "")
    text = text.strip()
    standard = _STANDARD_FORM.match(text)
    if standard:
        power = standard.group("power") or standard.group("raised") or standard.group("e")
        return Decimal(standard.group("mantissa")).scaleb(int(power.translate(_SUPERSCRIPTS)))
    if not _NUMBER.match(text):
        return None
    return Decimal(text.rstrip("%").replace(",", "").replace(" ", ""))


def standard_form_typings(figure: str) -> tuple[str, ...]:
    """How a learner types ``figure`` when it is in standard form ("3.98 × 10⁻¹⁹": "3.98 x 10^-19", "3.98e-19"),
    for the accepted answers a reader sees; nothing for any other figure."""
    standard = _STANDARD_FORM.match(figure.replace("−", "-"))
    if not standard or not standard.group("raised"):
        return ()
    mantissa, power = standard.group("mantissa"), int(standard.group("raised").translate(_SUPERSCRIPTS))
    return (f"{mantissa} x 10^{power}", f"{mantissa}e{power}")


def _rounds_to(given: Decimal | None, expected: Decimal | None) -> bool:
    """True when ``expected`` has decimal places and ``given``, worked to more of them, rounds to it ("3.06" to "3.1",
    "1.05e-6" to "1.1 × 10⁻⁶"): a figure given to fewer places than the learner's working is the working's rounding."""
    if given is None or expected is None:
        return False
    places = expected.as_tuple().exponent
    if not isinstance(places, int) or places >= 0 or given.as_tuple().exponent >= places:
        return False
    return given.quantize(Decimal(1).scaleb(places), rounding=ROUND_HALF_UP) == expected


_JOINED = re.compile(r"\s+(?:and|or)\s+")


def _unordered(text: str) -> frozenset[str] | None:
    """The parts of a normalised answer that joins two or more names ("baltic sea and the north sea"), each
    without its article and made singular; None for an answer of one part. The order of joined names is
    no part of what they are (raters on test-m: "North Sea and Baltic Sea" was marked wrong)."""
    parts = _JOINED.split(text)
    if len(parts) < 2:
        return None
    out = set()
    for part in parts:
        part = normalise_answer(part)
        if not part:
            return None
        out.add(" ".join(singular(w) for w in part.split()))
    return frozenset(out)


def _typos_allowed(answer: str) -> int:
    if any(ch.isdigit() for ch in answer) or len(answer) < _MIN_FUZZY_LENGTH:
        return 0
    if len(answer) < 9:
        return 1
    if len(answer) < 16:
        return 2
    return 3


def answer_matches(response: str, answers: Sequence[str]) -> bool:
    """Return True when ``response`` is an accepted answer, forgiving small slips.

    Case, accents, spacing, punctuation, hyphens, a leading article and
    singular/plural (irregular ones too) never matter; a number matches its
    value ("12,500" = "12500", "2.50" = "2.5", "£40" = "40"); names joined by "and" or "or" match in any
    order ("North Sea and the Baltic Sea" = "Baltic Sea and North Sea").  Typos are forgiven in proportion to the
    answer's length, but never in short answers or in anything with digits,
    where one character changes the meaning ("1914" / "1918").
    """
    given = normalise_answer(response)
    if not given:
        return False
    given_forms = _number_forms(given)
    given_value = _number_value(response or "")
    for answer in answers:
        expected_value = _number_value(answer)
        if given_value is not None or expected_value is not None:
            if given_value == expected_value or _rounds_to(given_value, expected_value):
                return True
            continue
        expected = normalise_answer(answer)
        if not expected:
            continue
        expected_forms = _number_forms(expected)
        if given_forms & expected_forms or {f.replace(" ", "") for f in given_forms} & {
            f.replace(" ", "") for f in expected_forms
        }:
            return True
        parts = _unordered(given)
        if parts is not None and parts == _unordered(expected):
            return True
        if any(ch.isdigit() for ch in given):
            continue
        allowed = _typos_allowed(expected)
        if allowed and min(Levenshtein.distance(g, e) for g in given_forms for e in expected_forms) <= allowed:
            return True
    return False


def _shown_form(answer: str) -> str:
    """An answer as a reader compares listed forms: ``normalise_answer``'s folds, but a hyphen or an apostrophe
    kept, so "gutta percha" shows beside "gutta-percha" and "Charles' law" beside "Charles's law" (raters on
    test-cj and test-ck asked for those forms though grading forgives them)."""
    kept = answer.replace("’", "'").replace("-", " HYPHEN ").replace("'", " APOSTROPHE ")
    return normalise_answer(kept)


def distinct_answers(answers: Sequence[str]) -> tuple[str, ...]:
    """``answers`` with each form listed once: forms that differ only in what grading never reads and a reader
    does not see as another spelling (case, accents, spacing, a leading article: "hostile groups", "Hostile
    groups"; a hyphen or an apostrophe is a spelling, ``_shown_form``) are one answer,
    shown where the first of them stands, without a capital that only opened a sentence when the list
    has it so.

    Raters read the accepted answers as what a teacher would accept, and case variants of one form say
    nothing (test-o: "hostile groups", "Hostile groups", "Hostile group", "hostile group").  Grading is
    unchanged: forms with the same :func:`normalise_answer` match the same responses.  Singular and plural
    both stay listed (other checks read each listed form: a plural named in another question gives the
    gap away)."""
    kept: dict[str, int] = {}
    out: list[str] = []
    for answer in answers:
        normal = _shown_form(answer)
        if normal not in kept:
            kept[normal] = len(out)
            out.append(answer)
        elif answer[:1].islower() and out[kept[normal]] == answer[:1].upper() + answer[1:]:  # "Hostile groups": a sentence's capital
            out[kept[normal]] = answer
    return tuple(out)
