"""What a glossary entry says when it is no meaning to ask or offer, and what an option carries beyond
its meaning: labels of the layout and glosses asked as terms, roles and signs given as definitions,
examples and symbols run on at a definition's end."""

from __future__ import annotations

import re

from .text import word_count, words

# Words about the text rather than its subject: a term opening with one ("Formula in words", "Meaning
# restructuring" cut from "(meaning restructuring)"), or ending in "example(s)" ("Best-known examples"),
# is a layout label or a gloss, not a concept (raters on test-h, test-i: not worth asking, format; the
# same labels in the glossaries of test-c, test-e and test-f).
_METALANGUAGE_OPENERS = frozenset(
    "meaning meanings formula formulas formulae definition definitions example examples answer answers "
    "solution solutions summary note notes translation".split())


def metalanguage_term(term: str) -> bool:
    """A label of the text's layout or a gloss of a word ("Formula in words", "Meaning ..."): no term."""
    toks = [t.lower() for t in words(term)]
    return bool(toks) and (toks[0] in _METALANGUAGE_OPENERS or toks[-1] in {"example", "examples"}
                           or toks[-2:] == ["in", "words"])


# What a definition carries beyond its meaning, shown as an option: an example run on after it (", as in
# Keats's ...", ", such as ...") or a symbol in brackets ("(written v)", "(symbol T)"). It makes one option
# longer and more specific than the rest (raters on test-g and test-i: heterogeneous options, the key
# the longest).
_TRAILING_EXTRAS = re.compile(
    r"(?:,\s*(?:as\s+in|such\s+as|for\s+example|e\.g\.)\s.*$"
    r"|\s*\((?:written|symbol|symbolised|denoted|abbreviated|unit)\b[^()]*\)\s*$)", re.I)


# After an example's own comma, a relative clause still belongs to the example ('as in "...", whose ...');
# anything else is the definition going on ("substances, such as pesticides, build up ...").
_EXAMPLE_GOES_ON = re.compile(r",\s*(?:whose|which|who|where)\b", re.I)


def without_extras(definition: str) -> str:
    """``definition`` without an example or a symbol at its end: what it means, in the form of the rest."""
    trimmed = definition
    while True:
        found = _TRAILING_EXTRAS.search(trimmed)
        if not found:
            return trimmed
        tail = found.group(0).lstrip(" ,")
        if "," in tail and not _EXAMPLE_GOES_ON.search(tail):
            return trimmed  # the example sits inside the definition, which goes on after it
        shorter = trimmed[: found.start()].rstrip(" ,;")
        if word_count(shorter) < 3:
            return trimmed
        trimmed = shorter


# A role the term plays, not what it is: a relational noun under a ranking or judging word ("The main
# ingredient of many ...", "The first use of ...", "A normal part of ..."), or a sign or an example of
# something ("A sign of growing ..."). Blind raters rejected every such glossary entry (test-c, test-d,
# test-i: "a use, not a definition", "a comment, not a definition"), and as a key "not a meaning".
_ROLE_NOT_MEANING = re.compile(
    r"^(?:an?|the)\s+(?:(?:main|chief|principal|first|second|last|normal|common|usual|typical|classic|famous"
    r"|best-known|key|major)\s+(?:ingredient|example|use|part|source|component|feature|cause|instance|case)"
    r"|(?:sign|symbol|example|instance|illustration|case)\s+of)\b", re.I)


def role_not_meaning(definition: str) -> bool:
    """A role or a sign of something ("The main ingredient of many ...", "A sign of ..."), not a meaning."""
    return _ROLE_NOT_MEANING.match(definition.strip()) is not None
