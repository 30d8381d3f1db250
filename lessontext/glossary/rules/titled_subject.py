"""An essay's own subject, named in its title, defined by what the essay says it does: "# The Harbour Accord of
1931" ... "Signed in 1931, the accord bound the river towns to share the cost of dredging." -> "Harbour Accord: An
accord of 1931 that bound the river towns to share the cost of dredging."

An essay on one treaty, pact, alliance or body names it in its title and then, having named it once in full, calls
it by its kind: "the treaty", "the pact", "the convention".  It rarely gives it one sentence of the form "X is a
...", so the copula rules find nothing, and the named-subject rules read only sentences that spell the name out.
Here the title gives the name and its kind (the head of the name, "Treaty", "Protocol", "Alliance", or the word
before "of": "Treaty of Dunkirk"); in the essay's running text, a sentence whose subject is the name or "the <kind>"
and whose main verb says what such a thing does (binds, bans, limits, guarantees, commits, establishes ...) defines
it: the kind, the date the title or the sentence gives ("Signed in 1931, ..."; "... of 1931"), the parties the
sentence names after "between", and the author's own verb phrase.  The first such sentence of the essay is read:
an essay states what its subject does before it tells what came of it.  Two sentences that spell the name out and
say what it is are read first: the official name "usually called X, was the first agreement to ...", where the
copula rule reads only the official name as the subject, and "X is one of the oldest arms control agreements still
in force", composed as "A protocol of 1925, one of the oldest arms control agreements ..." (a rank alone, "One of
the oldest ...", names no kind).

It refuses a title without a kind head ("AUKUS", "The Silk Road"), a verb that tells the subject's history rather
than its content ("entered into force", "lapsed", "emerged from"), a negated predicate ("contained no ...", "did not
..."), a predicate pointing back ("gave that reconciliation ...") and a sentence that names another thing of the same
kind beside it ("the Hague treaty"), where "the treaty" could mean either.
"""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, first_year
from lessontext.glossary.phrases import has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.subjects import _cut_predicate
from lessontext.vocabulary import TermKind
from lessontext.words import getAllLemmas, singular, word_pos

# One sentence read through the kind word that stands for the title's name: a little less sure than a sentence that
# spells the name out (``named_subject``'s 0.72), surer than a name whose head says nothing of its kind.
CONFIDENCE = 0.66

# "The Washington Naval Treaty of 1922", "The Treaty of Guarantee of 1960", "The Anglo-Japanese Alliance, 1902-1923",
# "The Elysee Treaty and the Making of ...", "The Montreux Convention: Guarding the Gate": the name opens the title.
_CAPITALISED = r"[A-ZÀ-Ý][\w'’-]*"
_TITLE_NAME = re.compile(
    rf"^(?:The\s+)?(?P<name>{_CAPITALISED}(?:\s+(?:(?:of|for|on|de)\s+)?{_CAPITALISED}){{1,6}}?)"
    r"(?:\s+of\s+(?P<year>1\d{3}|20\d{2}))?(?=\s*$|\s*[:,(—–]|\s+(?:and|in|at)\s)"
)
# What a treaty, pact or body is made to do, by the lemma of its main verb: obligations, bans, limits, guarantees,
# what it makes of a party ("makes Turkey the sole guardian of ..."),
# whom it joins together.  ("entered into force", "lapsed", "emerged", "proved", "contained": its story or its
# layout, never what it does; "created an agency", "established a court": one body it set up, not its purpose.)
PURPOSE_VERBS = frozenset(
    """
    ban bind oblige require commit limit prohibit forbid outlaw restrict cap guarantee renounce pledge promise
    regulate govern protect demilitarise demilitarize neutralise neutralize unite link coordinate grant recognise
    recognize divide make
    """.split()
)
_NEGATION = re.compile(r"\b(?:no|not|never|neither|nor|nothing|little)\b", re.I)
# "gave that reconciliation ...", "bound them to ...": a predicate that points back needs the sentence before.
_POINTS_BACK = re.compile(r"\b(?:that|those|these|this|such|them|they|him|her|he|she)\b\s*(?P<next>[a-z]+)?", re.I)
_OPENER = r"(?:(?P<opener>[A-Z][a-z]+(?:ed|en|wn|un)\s+[^,;]{2,100}),\s+)?"
_ASIDE = r"(?:,\s+(?P<aside>(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|un)\s+[^,;]{2,120}),)?"
# "signed in Paris in 1925 between France and Spain": the parties the founding aside names.
_BETWEEN = re.compile(r"\bbetween\s+(?P<parties>(?:the\s+)?[A-Z][^,;]*?(?:,\s+(?:the\s+)?[A-Z][^,;]*?)*\s+and\s+"
                      r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_MAX_WORDS = 30
# ", that is, arranging deals ...", ", and each party must ...", ", which ...": a gloss or a second clause, cut off.
_LATER_CLAUSE = re.compile(r",\s+(?:that\s+is|i\.e\.|which|who|and\s+(?:each|every|the|its|all|any)|while|whereas)\b")


def title_subject(title: str) -> tuple[str, str, str] | None:
    """(name, kind, year) of an essay title naming one body or instrument, or None."""
    m = _TITLE_NAME.match(title.strip())
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    # "Treaty of Dunkirk": the kind before "of"; "Washington Naval Treaty": the kind is the head.
    kind = words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    if singular(kind.lower()) not in lexicon.KIND_HEADS or len(words) < 2:
        return None
    return name, kind.lower(), m.group("year") or ""


def _purpose_verb(word: str) -> bool:
    """"banned", "binds", "commits": a finite verb whose lemma says what such a thing does."""
    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return word.islower() and any(lemma in PURPOSE_VERBS for lemma in lemmas)


def _points_back(predicate: str) -> bool:
    for m in _POINTS_BACK.finditer(predicate):
        word = m.group(0).split()[0].lower()
        following = m.group("next")
        # "required that states ...": "that" opening a clause, not pointing at a noun of the sentence before.
        if word == "that" and (not following or "NOUN" not in word_pos(following) or following in {"the", "a", "an"}
                               or following in {"states", "parties", "members", "each", "all", "every", "any"}):
            continue
        return True
    return has_anaphora(predicate)


def _sentence_pattern(name: str, kind: str) -> re.Pattern[str]:
    kinds = re.escape(kind)
    return re.compile(
        rf"^{_OPENER}(?:[Tt]he\s+)?(?:{re.escape(name)}(?:\s+of\s+\d{{4}})?|(?i:{kinds}))(?:\s+\([A-Z][\w&-]+\))?"
        rf"{_ASIDE}\s+(?P<verb>[a-z]+)\s+(?P<rest>[^;]{{8,}}?)\.?$"
    )


def _other_name_of_kind(sentence: str, name: str, kind: str) -> bool:
    """"... the Hague Convention ...": another capitalised name of the same kind beside the subject."""
    rest = sentence.replace(name, "")
    head = re.escape(kind.capitalize())
    return bool(re.search(rf"\b[A-Z][\w'’-]*\s+{head}\b|\b{head}\s+of\s+[A-Z]", rest))


def _definition(kind: str, year: str, parties: str, predicate: str) -> str | None:
    plural = singular(kind) != kind
    article = "" if plural else ("An " if kind[0] in "aeiou" else "A ")
    head = f"{article}{kind if not plural else kind.capitalize()}"
    dated = f" of {year}" if year else ""
    between = f" between {parties}" if parties else ""
    return finish_definition(f"{head}{dated}{between} that {predicate}")


def _called_pattern(name: str) -> re.Pattern[str]:
    """"The Convention on ..., usually called the X or the Y, was the first agreement to ...": the official name."""
    return re.compile(
        r"^(?:The\s+)?(?P<official>[A-Z][^;]{5,200}?),\s+(?:(?:usually|commonly|generally|often|widely|popularly)\s+)?"
        rf"(?:called|known\s+as)\s+(?:the\s+)?{re.escape(name)}"
        r"(?:\s+or\s+(?:the\s+)?(?P<other>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}))?,\s+(?:is|was)\s+"
        r"(?P<np>(?:an?|the)\s+(?!(?:same|one|only)\b)[a-z][^;]{8,}?)\.?$"
    )


def _ranked_pattern(name: str, kind: str) -> re.Pattern[str]:
    """"The X of 1925 is one of the oldest arms control agreements still in force": its rank among its kind."""
    return re.compile(
        rf"^(?:[Tt]he\s+)?(?:{re.escape(name)}(?:\s+of\s+\d{{4}})?|(?i:{re.escape(kind)}))\s+(?:is|was)\s+one\s+of\s+"
        r"the\s+(?P<rank>[a-z]+est|most\s+[a-z]+|first|last)\s+(?P<phrase>[a-z][^,;]{3,120}?)\.?$"
    )


def _kind_head(phrase: str) -> bool:
    """"arms control agreements still in force": a plural kind head (within four words) says what it is ranked among."""
    return any(word.endswith("s") and singular(word) != word and singular(word) in lexicon.KIND_HEADS
               for word in phrase.split()[:4])


def _stated(document: Document, name: str, kind: str, year: str) -> Candidate | None:
    """The title's name said to be something in one sentence that spells it out: the official name's "called X, was
    a/the ..." or its rank among things of its kind ("one of the oldest arms control agreements")."""
    called, ranked = _called_pattern(name), _ranked_pattern(name, kind)
    for section, sentence in document.sentences():
        text = sentence.strip()
        if m := called.match(text):
            definition = finish_definition(m.group("np"))
            aliases = {m.group("official").strip()} | ({m.group("other")} if m.group("other") else set())
        elif (m := ranked.match(text)) and _kind_head(m.group("phrase")):
            # "A protocol of 1925, one of the oldest arms control agreements still in force": the name's own kind
            # first (so the entry's genus is its head), then the author's ranking among things of a kind.
            dated = f" of {year}" if year else ""
            article = "An" if kind[0] in "aeiou" else "A"
            definition = finish_definition(f"{article} {kind}{dated}, one of the {m.group('rank')} {m.group('phrase')}")
            aliases = set()
        else:
            continue
        if not definition or _NEGATION.search(definition) or _points_back(definition):
            return None
        if year:
            aliases.add(f"{name} of {year}")
        return Candidate(name, definition, lexicon.KIND_HEADS[singular(kind)] or TermKind.DEFINED, section, sentence,
                         CONFIDENCE, "pattern", aliases=aliases, mask=False)
    return None


def _common_noun(document: Document, name: str) -> bool:
    """"# The Four-Stroke Engine" over "... a four-stroke engine ...": a title in title case whose words the text
    writes in lower case names a kind of thing, not one body or instrument."""
    lowered = re.compile(rf"\b{re.escape(name.lower())}\b")
    return any(lowered.search(sentence) for _, sentence in document.sentences())


def find_titled_subject(document: Document, context: Context) -> list[Candidate]:
    """The title's named body or instrument, defined by the first sentence saying what it does (or what it is)."""
    subject = title_subject(document.title)
    if subject is None:
        return []
    name, kind, title_year = subject
    if _common_noun(document, name):
        return []
    if stated := _stated(document, name, kind, title_year):
        return [stated]
    pattern = _sentence_pattern(name, kind)
    plural = singular(kind) != kind
    for section, sentence in document.sentences():
        m = pattern.match(sentence.strip())
        if not m or not _purpose_verb(m.group("verb")) or _other_name_of_kind(sentence, name, kind):
            continue
        if plural and m.group("verb").endswith("s") and not m.group("verb").endswith("ss"):
            continue
        predicate = _LATER_CLAUSE.split(_cut_predicate(f"{m.group('verb')} {m.group('rest')}"))[0]
        if _NEGATION.search(predicate) or _points_back(predicate) or len(predicate.split()) > _MAX_WORDS:
            continue
        founding = " ".join(filter(None, (m.group("opener"), m.group("aside"))))
        year = title_year or first_year(founding)
        parties = (between.group("parties") if (between := _BETWEEN.search(founding)) else "")
        definition = _definition(kind, year, parties, predicate)
        if not definition:
            return []
        aliases = {f"{name} of {title_year}"} if title_year else set()
        kind_of = lexicon.KIND_HEADS[singular(kind)]
        return [Candidate(name, definition, kind_of or TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern",
                          aliases=aliases, mask=False)]
    return []


TITLED_SUBJECT = RULES.register(Rule(
    name="titled_subject", priority=72, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_titled_subject,
    examples=(
        finds("# The Harbour Accord of 1931\n\nThe river towns had quarrelled for decades.\n\n## Terms\n\nSigned in "
              "Bristol, the accord bound the river towns to share the cost of dredging the channel.\n",
              "Harbour Accord"),
        finds("# The Treaty of Lindholm: Fishing in Peace\n\nFishing boats had clashed for years. The treaty, "
              "agreed in 1884 between Norway and Sweden, limited each fleet to its own side of the fjord.\n", "Treaty of Lindholm"),
        finds("# The Valley Water Convention\n\nFarmers and towns once fought over the river. The convention "
              "obliges every upstream user to release a fixed share of the summer flow.\n", "Valley Water Convention"),
        # the treaty's story, not what it does
        misses("# The Harbour Accord of 1931\n\nThe accord entered into force in 1932 after long delays in the "
               "river towns.\n", "Harbour Accord"),
        # a predicate that points back to the sentence before
        misses("# The Harbour Accord\n\nThe towns agreed to cooperate. The accord bound them to that promise for "
               "twenty years.\n", "Harbour Accord"),
        # no kind in the title
        misses("# Riverlink: Towns Working Together\n\nRiverlink binds the river towns to share the cost of "
               "dredging the channel.\n", "Riverlink"),
        # another treaty beside it: "the treaty" may be either
        misses("# The Treaty of Lindholm\n\nThe treaty, like the Treaty of Oslo before it, limited each fleet to "
               "its own side of the fjord.\n", "Treaty of Lindholm"),
        finds("# The Moorland Treaty\n\nThe Convention on the Grazing, Burning and Draining of Upland Commons, "
              "usually called the Moorland Treaty, was the first agreement to limit the number of sheep on common land.\n",
              "Moorland Treaty"),
        finds("# The Lisbon Accord of 1902\n\nThe Lisbon Accord of 1902 is one of the oldest port agreements "
              "still in use.\n", "Lisbon Accord"),
        misses("# The Moorland Treaty\n\nThe Convention on Upland Grazing, usually called the Moorland Treaty, was "
               "not the first agreement to limit sheep on common land.\n", "Moorland Treaty"),
        # a common noun in title case: the text writes it in lower case
        misses("# The Water Convention\n\nEvery water convention binds its parties to share the river. The "
               "convention binds its parties to share the summer flow.\n", "Water Convention"),
        misses("# The Valley Water Convention\n\nThe convention contained no means of enforcing its rules on the "
               "upstream users.\n", "Valley Water Convention"),
    ),
))
