"""A swapped name asked as a single choice: "According to the text, which country proposed ...?".

An essay's sentences turn on a few names (the country that proposed a ban, the body that took command, the
leader who agreed a sale); asked as true/false, each is a copied sentence or one name swapped, and about 85% of
an essay's items were true/false (raters scored coverage 2.2 of 5).  The swap family (``false_statement``) has
already found, for a name that is an actor of its sentence's main clause, the siblings the lesson names in like
terms that the text does not make true in its place (none named in the sentence, none added to the claim
elsewhere, no other name of the same thing, none of another kind of body).  When it finds two, the name is the
key of a single choice and those two are its distractors: the same swap, asked with all three names in view.

Asked as a question when the name opens the sentence as its whole subject ("Poland proposed extending the
ban ..." -> "According to the text, which country proposed extending the ban ...?"; "who" for a person), else
as the sentence with a gap ("Which of the following completes this sentence from the text? “... signed by
_____ in 1946.”").  Not asked: a name joined by "and", "or" or a comma to another name ("Germany and Poland had
already ...", "Belgium joined in 1993, Spain in 1994 ..."), where the gap is one member of a list; a name that
modifies the noun after it ("The _____ war of 2003"), which world knowledge fills.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .candidate import Candidate
from .course import CourseView, Mention
from .cuts import shortened
from .gaps import modifies_a_noun
from .phrasing import cut_parenthetical_marker, name_the_topic
from .prose import is_verb
from .rubric import topic_of_text
from .rules import ENTITY_CHOICE
from .sequel import points_back
from .slots import described_place
from .swapnames import with_article
from .text import BLANK, find_phrase, norm
from .types import QuestionType

CONFIDENCE = 0.6
# The kinds whose names make a single choice, and the noun a subject question asks by.
ASKED_BY = {"country": "which country", "glossary:country": "which country", "person": "who",
            "glossary:person": "who", "organisation": "which of these", "glossary:organisation": "which of these"}
# Another name right before or after the mention, joined by "and", "or" or a comma: a member of a list.
_NAME_AFTER = re.compile(r"^(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*(?:\s*,|\s+(?:and|or))\s+(?:the\s+)?$")
_ARTICLE = re.compile(r"\b[Tt]he\s+$")
# A gapped list of names: "Belgium joined in 1993, Spain in 1994 and Luxembourg in 1996", "Pakistan joined on 23
# September and Iran on 3 November": each name is one member of the list, its verb left out.
_GAPPED = re.compile(r"(?:,|\band)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:in|on|at|from|by|until|after|before)\s+(?:[A-Z][a-z]+\s+)?\d")
# A second clause after the subject's ("Germany demanded a conference, and Delcassé resigned", "Russia stayed
# neutral and Spain kept out", "...; ..."): a subject question would ask of both.
_SECOND_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|yet|so)\s")
# "... and Spain kept out": a name after "and" with a verb of its own (not "... and the Second Tactical Air Force").
_SECOND_SUBJECT = re.compile(r"\s(?:and|but)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+([a-z]+)")
# A speaker's label ("Teacher: ...") or a question of the text: no statement to ask about.
_NOT_A_CLAIM = re.compile(r"^[A-Z][\w ]{0,20}:\s|\?\s*$")
# A word that adds the name to a claim made of another ("_____ has also declined to endorse ...", "... and _____ has
# also bought the vehicle"): the other may be among the options, a second key.
_ADDED_TO_ANOTHER = re.compile(r"\b(?:also|too|as well|likewise|similarly|either)\b", re.I)
# A gap's sentence longer than this is no question a learner reads in one go (``cuts.TOO_LONG``).
MAX_WORDS = 31
# Words a name shares with names of other things: no sign that the sentence names it ("United", "Republic").
_SHARED_NAME_WORDS = frozenset("the united republic kingdom empire union states state north south east west new great "
                               "central democratic people's peoples federal islamic arab".split())
# The subject's verb: a lower-case word after the name, not a possessive, a comma or a bracket.
_VERB_AFTER = re.compile(r"^\s+[a-z]")


def listed(statement: str, start: int, end: int) -> bool:
    """The name is one of a list of names ("Germany and Poland", "Belgium joined in 1993, Spain in 1994")."""
    before, after = statement[:start], statement[end:]
    # The last member of a series after a comma: "..., Poland and ..." with "and"/"or" still to come.
    in_a_series = re.search(r",\s+$", before) is not None and re.search(r"\b(?:and|or)\b", after) is not None
    return bool(_NAME_AFTER.match(after) or _GAPPED.search(statement) or _NAME_BEFORE.search(before) or in_a_series)


def second_subject(text: str) -> bool:
    """A name after "and" or "but" followed by a verb of its own: a second clause with its own subject."""
    return any(is_verb(m.group(1)) for m in _SECOND_SUBJECT.finditer(text))


def named_in(name: str, text: str) -> bool:
    """A distinctive word of ``name`` stands in ``text``, whatever follows it: "Saudi Arabia" in "a Saudi-led
    coalition", "the Ottoman Empire" in "Ottoman troops".  Offered beside such a sentence, the name is no
    plausible answer (raters on test-bd: "the stem says the coalition was Saudi-led")."""
    words = [w for w in re.findall(r"[A-Z][\w’'-]*", name) if len(w) >= 4 and w.lower() not in _SHARED_NAME_WORDS]
    return any(re.search(rf"(?<![\w-]){re.escape(w.split('-')[0])}(?![a-z])", text) for w in words)


def option(name: str, course: CourseView) -> str:
    """The name as an option reads: with the article the lesson gives it ("the European Union", "NATO")."""
    return f"the {name}" if with_article(name, course) and not name.lower().startswith("the ") else name


def entity_choice(mention: Mention, statement: str, start: int, end: int, replacements: Sequence[str],
                  course: CourseView) -> Iterator[Candidate]:
    """The single choice on ``mention`` (at ``start:end`` of ``statement``) with ``replacements`` as distractors."""
    asked = ASKED_BY.get(mention.kind)
    replacements = [r for r in replacements if not named_in(r, statement)]
    if asked is None or len(replacements) < 2 or topic_of_text(mention.text, course) \
            or named_in(mention.text, course.lesson.document.title):
        return  # too few plausible partners, or the name is what the whole lesson is about (a trivial key; "Hannah
        # Arendt" under "Hannah Arendt and the Banality of Evil": both raters on test-dy, "the key is the title")
    short = shortened(statement, mention.text)  # "..., a notable step when germ weapons were ...": one claim
    at_short = find_phrase(short, mention.text) if short else None
    if at_short is None or points_back(short) or _NOT_A_CLAIM.search(short) or len(short.split()) > MAX_WORDS:
        return  # no safe cut leaves the sentence short, or what is left leans on a sentence not shown
    statement, start, end = short, at_short.start(), at_short.end()
    if listed(statement, start, end) or _ADDED_TO_ANOTHER.search(statement) or described_place(statement, start):
        return
    article = _ARTICLE.search(statement[:start])
    at = article.start() if article else start
    blanked = statement[:at] + BLANK + statement[end:]
    if modifies_a_noun(blanked):
        return  # "The _____ war of 2003 divided the three governments": the name of a thing world knowledge fills
    key = option(mention.text, course) if article or with_article(mention.text, course) else mention.text
    distractors = tuple(option(p, course) for p in replacements)
    rest = statement[end:]
    if at == 0 and _VERB_AFTER.match(rest) and not _SECOND_CLAUSE.search(rest) and not second_subject(rest):
        claim = name_the_topic(cut_parenthetical_marker(rest.strip()), course.lesson.document.title, course.lesson_text)
        stem = f"According to the text, {asked} {claim.rstrip(' .!')}?"
    else:
        quoted = name_the_topic(cut_parenthetical_marker(blanked), course.lesson.document.title, course.lesson_text)
        stem = f"Which of the following completes this sentence from the text? “{quoted}”"
    yield Candidate(
        type=QuestionType.SINGLE,
        rule=ENTITY_CHOICE,
        stem=stem,
        quoted=blanked,
        key=key,
        correct=(key,),
        distractors=distractors,
        kind=mention.kind,
        source_anchor=mention.anchor,
        source_sentence=mention.sentence,
        explanation=f"The text says: “{mention.sentence}”",
        base=CONFIDENCE,
        shown=(mention.sentence,),
        claims=(f"key:{norm(mention.text)}", *(f"foil:{norm(p)}@{mention.anchor}" for p in replacements)),
    )
