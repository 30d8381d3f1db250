"""Definitions that tell one case of the term, not what kind of thing it is.

When a sentence has the term as its subject ("The UN Security Council took a
decisive step after ..."), the generator rebuilds the definition on the term's
own head noun ("A council that took a decisive step after ...").  That reads
as a definition only when the predicate says what the thing is or does in
general.  Blind raters rejected, in every subject, the rebuilt definitions
whose predicate tells one occasion instead:

* ``past_act``: "Soviet Union: A union that had long resisted foreign inspectors", "African Union: A union
  that adopted a different stance ...": a standing body (a council, a union, an organisation) is not what
  it once did; one past act of a body is context (a treaty or a plan, made for one purpose, is left alone:
  "A treaty that banned nuclear tests ..." was accepted), but its standing work, a past verb with only bare
  plural objects ("A commission that handled disputes", "An assembly that elected lower magistrates and passed
  laws", accepted), is what it was;
* ``conditional_case``: "Black hole: A hole that forms if the remnant is heavier still", "Well-trained
  unit: A unit that achieves little if the courts cannot ...": what happens to the thing under one
  condition of the sentence, not what it is;
* ``bare_identity``: "Year 1: The base year.", "Outlier: The value £30.", "Common guideline: The
  reciprocal rule.": a short definite noun phrase with nothing restricting it identifies the headword with
  another thing of the text ("X is the Y"), so one of the two is not the term; only a naming sentence
  ("The neutral vowel [ə] is called schwa"), an appositive ("the admiralty, the principal naval
  authority") or an "or" gloss ("the lithosphere, or rigid outer layer") makes such a phrase a gloss
  (:data:`GLOSS_RULES`), and not even they when the phrase is
  another headword of the glossary ("the reciprocal rule, a common guideline").

Only closed classes of English words and a closed list of nouns for standing bodies are listed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from lessontext.words import getAllLemmas, singular, term_key
from lessontext.words.lemmas import getInflection

__all__ = ["IF_EXAMPLES", "GLOSS_RULES", "PAST_ACT_EXAMPLES", "SIGN_CASE_EXAMPLES", "bare_identity", "conditional_case",
           "past_act", "sign_case"]

# Nouns that head the name of a standing body of people: what it once did is history, not what it is.
_BODY_NOUNS = frozenset(
    "union council organization organisation community agency committee commission alliance association"
    " assembly league federation bank fund court institute secretariat parliament".split())
# "A council that took ...", "A union that had long resisted ...": the rebuilt genus, "that", adverbs, a verb.
_REBUILT = re.compile(
    r"^(?:An?|The)\s+(?P<genus>[\w-]+)\s+(?:that|which|who)\s+"
    r"(?:(?:then|later|also|long|first|once|originally|eventually|soon|quickly|subsequently)\s+)*"
    # ("The advantage that a country has if ...": the relative's own subject; the condition is what defines it.)
    # ("The rule that any state may ... if ...": "that" opens the proposition the rule states, with its own subject.)
    r"(?!(?:an?|the|its|their|it|they|we|you|one|any|every|each|no|all|some|no-one|nobody|anyone|everyone)\b)"
    r"(?P<verb>[a-z]+)\b")
_HEAD_BEFORE = frozenset("of for on in to at".split())


def _head(term: str) -> str:
    """"UN Security Council" -> "council"; "Committee of Public Safety" -> "committee"."""
    words = [w.lower() for w in re.findall(r"[\w-]+", term)]
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_BEFORE), len(words))
    return singular(words[cut - 1]) if cut else ""


def _past(word: str) -> bool:
    """"took", "adopted", "had" ("had long resisted"): a verb in the simple past."""
    if word == "had":
        return True
    lemmas = getAllLemmas(word).get("VERB", ())
    if not lemmas or word in lemmas:
        return False
    return any(word in (getInflection(lemma, "VBD") or ()) for lemma in lemmas)


# "handled disputes", "elected lower magistrates and passed laws": a past verb whose objects are bare plurals (no
# article, name, number or date) tells what the body did as a rule, its standing work, not one occasion.
_HABITUAL_OBJECTS = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s(?:\s+(?:to|for|of|with|between|among)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)?"
    r"(?:\s+and\s+[a-z]+\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)?\.$")
_NOT_BARE = frozenset("a an the its their his her this these that those some any many several such".split())


def _standing_work(verb: str, rest: str) -> bool:
    """"handled" + "disputes.": a past verb and bare plural objects, nothing dated ("had long resisted ..." is not)."""
    words = rest.rstrip(".").split()
    return (verb != "had" and bool(_HABITUAL_OBJECTS.match(rest)) and not any(w in _NOT_BARE for w in words)
            and singular(words[-1]) != words[-1])


def past_act(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A standing body defined, on its own head noun, by one thing it did in the past: context, left out.

    What it did as a rule, a past verb with only bare plural objects ("A commission that handled disputes."), is
    its standing work and stays.
    """
    match = _REBUILT.match(definition)
    if not match:
        return definition
    genus = singular(match.group("genus").lower())
    if genus not in _BODY_NOUNS or genus != _head(term):
        return definition
    if not _past(match.group("verb")) or _standing_work(match.group("verb"), definition[match.end("verb"):].strip()):
        return definition
    if match.group("verb").lower() == "would":
        return definition  # "A fund that would hold a pool of gold ...": what it was set up to do, its standing work
    return None


# (term, definition, what the gate returns): the behaviour the publishing gate's test asserts.
PAST_ACT_EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    ("Soviet Union", "A union that had long resisted foreign inspectors.", None),
    ("UN Security Council", "A council that took a decisive step after the attacks.", None),
    ("Southern African Development Community", "A community that deployed a mission to the region in 2021.", None),
    ("Committee of Public Safety", "A committee that directed the war effort.", None),
    ("International Monetary Fund", "A fund that would lend to countries with short-term deficits.",
     "A fund that would lend to countries with short-term deficits."),
    ("Partial Test Ban Treaty", "A treaty that banned nuclear tests in the atmosphere.",
     "A treaty that banned nuclear tests in the atmosphere."),
    ("NATO Support and Procurement Agency", "An agency that organises multinational acquisition.",
     "An agency that organises multinational acquisition."),
    ("Committee of Public Safety", "A small executive body that directed the war effort.",
     "A small executive body that directed the war effort."),
    ("Special Commission", "A commission that handled disputes.", "A commission that handled disputes."),
    ("Tribal Assembly", "An assembly that elected lower magistrates and passed laws.",
     "An assembly that elected lower magistrates and passed laws."),
    ("Veterans Fund", "A fund that made one-off payments to eligible veterans.",
     "A fund that made one-off payments to eligible veterans."),
    ("European Union", "A union that launched Operation Atalanta in December 2008.", None),
    ("Defence Fund", "A fund that began in 2021 with a budget of roughly eight billion euros.", None),
)


_MODALS = frozenset("would could might may should can will must".split())


def conditional_case(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"A hole that forms if ...": the term's own head noun, a present verb and a condition: one case, left out."""
    match = _REBUILT.match(definition)
    if not match or singular(match.group("genus").lower()) != _head(term) or match.group("verb") in _MODALS:
        return definition
    return None if re.search(r"\bif\b", definition[match.end("verb"):]) else definition


IF_EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    ("Absolute advantage", "The advantage that a country has in a good if it can produce more of it.",
     "The advantage that a country has in a good if it can produce more of it."),
    ("Black hole", "A hole that forms if the remnant is heavier still.", None),
    ("Main purpose test", "The test that any scheme fails if its chief aim is to avoid tax.",
     "The test that any scheme fails if its chief aim is to avoid tax."),
    ("Well-trained unit", "A unit that achieves little if the courts cannot process its cases.", None),
    ("Effective annual rate", "The rate that would give the same result if interest were added once a year.",
     "The rate that would give the same result if interest were added once a year."),
    ("Wants", "Things that make life enjoyable but could be cut back if necessary.",
     "Things that make life enjoyable but could be cut back if necessary."),
    ("Two-round system", "A system in which a second ballot is held if no candidate wins a majority.",
     "A system in which a second ballot is held if no candidate wins a majority."),
)


# Rules whose sentence names the term ("... is called X") or glosses it in apposition ("X, the principal ..."):
# there a definite description is the author's gloss.
GLOSS_RULES = frozenset({"call", "called", "described_as", "this_is_name", "previous_sentence_name", "other_name",
                         "named_then_stated", "related_name", "appositive", "or_gloss"})
_MAX_IDENTITY_WORDS = 6
_DEFINITE_PHRASE = re.compile(r"^The\s+[^,;:()\[\]]*\.$")
# A relative clause or a prepositional phrase says which one: "The growth of towns", "The rate that ...";
# so does a sum of two ("The principal plus the interest").  (A possessive does not: "The treaty's home" only
# relates the headword to another thing of the text.)
_RESTRICTS = re.compile(r"\b(?:that|which|who|whose|where|when|of|in|for|to|by|with|from|on|at|between|per|plus|minus)\b",
                        re.I)


def bare_identity(definition: str, rule: str = "", headword_keys: Collection[str] = ()) -> bool:
    """"The base year.", "The value £30.": a short definite noun phrase that nothing restricts, outside a gloss.

    ``headword_keys``: the glossary's headwords (:func:`term_key`); a phrase naming one is never a gloss.
    """
    if not _DEFINITE_PHRASE.match(definition) or len(definition.split()) > _MAX_IDENTITY_WORDS:
        return False
    if _RESTRICTS.search(definition):
        return False
    return rule not in GLOSS_RULES or term_key(definition.rstrip(".")) in headword_keys


# "ΔH negative", "x > 0", "n even": a symbol and the state it is in, one condition of a case.
_CONDITION = re.compile(r"^(?:[ΔδΣ]?[A-Za-z][₀-₉]?|\S*[^\x00-\x7F]\S*)\s+(?:[a-z]+|[<>=≤≥]\s*\S+)$")


def sign_case(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"ΔH negative, ΔS positive: ΔG is always negative ...": a list item whose label joins conditions on symbols is
    one case of a rule, not a term (test-ed, both raters: "a row of the sign rules, not a term")."""
    parts = [p.strip() for p in term.split(",")]
    return None if len(parts) >= 2 and all(_CONDITION.match(p) for p in parts) else definition


SIGN_CASE_EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    ("ΔH negative, ΔS positive", "ΔG is always negative, so the reaction is feasible at all temperatures.", None),
    ("x > 0, y < 0", "The point lies in the fourth quadrant.", None),
    ("William, Duke of Normandy", "A cousin of Edward through his Norman mother.", "A cousin of Edward through his Norman mother."),
    ("Simple, symmetrical shape", "Buildings with a regular shape shake more evenly.",
     "Buildings with a regular shape shake more evenly."),
)
