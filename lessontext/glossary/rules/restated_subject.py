"""A name introduced as a sentence's subject and said what it is a sentence or two later: "Among the many
arrangements in Europe, the Northern Support Group (NSG) is one of the least known. It is not a treaty body.
It is a partnership of six coastal states that share patrol ships." -> "A partnership of six coastal states ...".

Essays often open a paragraph on their subject by placing it ("is one of the least formal", "was born of ...")
and only then say what it is, with "It" as the subject of each sentence that follows.  The copula rules read
"X is a ..." in one sentence; here the name and its genus are two sentences apart.  The rule reads one
paragraph: a sentence whose subject is a name (capitalised words, two or more, or a name with its acronym in
brackets or after ", or", or with a participle aside: "The X, launched in 2006, took a different approach"), then up to three sentences that all open on "It"; the first "It is a/an ..." among them (not "It
is not ...", "It is one of ...", "It is also ...") defines the name.  Any other subject in between would make
"It" ambiguous, so the chain stops there.  ``named_then_it`` (:mod:`.named_subjects`) reads the neighbouring shape,
"It <does> ..." right after a body whose own head word says its kind ("Organization"); here "It is a/an ..." gives
the genus itself, so the name's head need not ("Force", "Club").
"""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, Paragraph
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, organisation_name, valid_term
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind

# Two sentences read across "It", but the author's own genus: a little surer than a definition rebuilt on the
# name's head from its sentence's predicate ("An initiative that took a different approach", ``named_subject``).
CONFIDENCE = 0.74
_CAPITALISED = r"[A-Z][\w'’-]*"
# "Among the many ..., the Joint Support Group (JSG) is ...", "The Northern Support Group was ...": a fronted
# phrase up to one comma, then a name of capitalised words (small words between them) and an acronym.
# ("The Harbour Fund, or HF, was ...", "The Harbour Fund, set up in 1990, took ...": its acronym or an aside between.)
_SUBJECT = re.compile(
    rf"^(?:[A-Z][^,;:]{{0,80}},\s+)?(?:[Tt]he\s+)?(?P<name>{_CAPITALISED}(?:\s+(?:of|for|on|and|the|to|{_CAPITALISED})){{0,7}}?)"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,9})\)|,\s+or\s+(?:the\s+)?(?P<or_acronym>[A-Z][A-Za-z0-9&-]{1,9}),"
    r"|(?P<aside>,\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|un)\s+[^,;]{2,160},))?"
    r"\s+(?:(?P<placing>is|was|has|had|began|remains|grew|emerged|became)\b|(?P<verb>took|made|gave|[a-z]{3,}ed)\s+(?P<object>.+))"
)
# ("... took a different approach.": a verb whose object names nothing else, so "It" can only be the subject.)
_NAME_IN_OBJECT = re.compile(r"\b[A-Z]")
_GENUS = re.compile(r"^It\s+is\s+(?P<article>an?)\s+(?!(?:kind|sort|type|way|example|part|member)\s+of\b)(?P<np>.{8,})$")
_NOT_A_DEFINITION = re.compile(r"^It\s+is\s+(?:not|also|one|now|still|only|the)\b")
_MAX_FOLLOWING = 3


def _name(sentence: str) -> tuple[str, str] | None:
    """(name, acronym) of a sentence whose subject is a name, or None."""
    m = _SUBJECT.match(sentence.strip())
    if not m:
        return None
    name, acronym = m.group("name").strip(), m.group("acronym") or m.group("or_acronym") or ""
    if m.group("verb") and _NAME_IN_OBJECT.search(m.group("object")):
        return None  # "The X Fund adopted the Y Plan. It is a ...": "It" may be either
    if len(name.split()) < 2 and not acronym or name.split()[0] in {"It", "This", "These", "In", "On", "At", "By"}:
        return None
    return name, acronym


def find_restated_subject(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A name placed as a paragraph sentence's subject, then defined by "It is a/an ..." within three sentences."""
    if not isinstance(block, Paragraph):
        return []
    sentences = [s.strip() for s in block.sentences]
    found: list[Candidate] = []
    for at, sentence in enumerate(sentences):
        named = _name(sentence)
        if named is None:
            continue
        for following in sentences[at + 1:at + 1 + _MAX_FOLLOWING]:
            if not following.startswith("It "):
                break
            m = _GENUS.match(following)
            if _NOT_A_DEFINITION.match(following) or not m:
                continue
            name, acronym = named
            definition = finish_definition(f"{m.group('article')} {m.group('np')}")
            if definition and valid_term(name, strict=False) and not has_anaphora(definition):
                kind = TermKind.ORGANISATION if organisation_name(name) else TermKind.DEFINED
                found.append(Candidate(name, definition, kind, section, f"{sentence} {following}", CONFIDENCE,
                                       "pattern", aliases={acronym} if acronym else set(), mask=False))
            break
    return found


RESTATED_SUBJECT = RULES.register(Rule(
    name="restated_subject", priority=181, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_restated_subject,
    examples=(
        finds("# Patrols\n\nAmong the many arrangements in the region, the Northern Support Group (NSG) is one of "
              "the least known. It is not a treaty body. It is a partnership of six coastal states that share "
              "patrol ships.\n", "Northern Support Group"),
        finds("# Clubs\n\nThe Riverside Walking Club was formed in 1990. It is a volunteer group that repairs the "
              "towpath and plants trees along the river.\n", "Riverside Walking Club"),
        misses("# Clubs\n\nThe Riverside Walking Club was formed in 1990. Its members meet weekly. It is a volunteer "
               "group that repairs the towpath.\n", "Riverside Walking Club"),  # another subject between
        misses("# Clubs\n\nThe Riverside Walking Club was formed in 1990. It is one of the oldest clubs in town.\n",
               "Riverside Walking Club"),
        finds("# Rivers\n\nThe Clean Rivers Initiative, launched by three towns in 2006, took a different approach. "
              "It is a voluntary partnership that pays farmers to plant hedges along the banks.\n",
              "Clean Rivers Initiative"),
        misses("# Rivers\n\nThe Clean Rivers Initiative adopted the Valley Water Plan. It is a voluntary scheme "
               "that pays farmers to plant hedges along the banks.\n", "Clean Rivers Initiative"),
    ),
))
