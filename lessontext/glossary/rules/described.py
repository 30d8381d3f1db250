"""Salient terms the text describes in passing: "**lymphocytes**, a type of white blood cell", "substitutes (goods used ...)".

Teachers list the concepts a lesson is about whether or not it ever writes a
textbook "X is a Y" sentence; a study of every rated corpus
(``bench/missed_terms.py``) found most missed must-have terms with no
candidate at all, introduced instead by an appositive, a gloss in brackets or
a relative clause, shapes each seen in 16-20 of 21 corpora.  This rule reads
those three shapes, but only for the phrases a teacher would likely list
(:func:`lessontext.glossary.salience.salient_phrases`, a learned score) and
that no other rule explained: a describing phrase beside an incidental noun
is only context.

The definition is a noun phrase: the appositive itself ("A type of white
blood cell"), the bracketed gloss ("Goods used in place of each other"), or
the term's own head noun with its relative clause ("A cell which analyses
recovered devices"); a term without a head noun to build on gets no
relative-clause entry.  Confidences are lower than a defining sentence's:
these entries are descriptions, and the gates and the merge may weigh them.
"""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.appositive_clauses import event_for_thing
from lessontext.glossary.candidate import MIN_CONFIDENCE, Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import PRONOUN_START, finite_verb, genus_of, has_anaphora, word_list
from lessontext.glossary.publish import passes
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.salience import salient_phrases, salient_threshold
from lessontext.vocabulary import TermKind
from lessontext.words import span_key, term_key, token_spans_cached, word_pos

# Base confidences by shape: an appositive or a bracketed gloss says what the thing is; a relative
# clause often says only what it does.  SALIENCE_WEIGHT * the salience probability is added.
APPOSITIVE_CONFIDENCE = 0.52
BRACKET_CONFIDENCE = 0.5
RELATIVE_CONFIDENCE = 0.46
SALIENCE_WEIGHT = 0.1
_MIN_WORDS, _MAX_WORDS = 2, 18

# "a term taken from the Greek", "a word meaning ...": about the word, not the thing.
_NAMING_NOUNS = frozenset("term word name phrase label expression".split())
# Bold or quote marks just before / after a term ("are **lymphocytes**, a type of ...").
_OPEN_MARKS = re.compile(r"(?:\*\*|__|[*_\"'“‘])+$")
# "the X Center in Garmisch, a ...": a place named after "in" / "at" is not what the gloss after it describes.
_LOCATIVE = frozenset({"in", "at", "near"})
# "In reflection, ...", "Unlike the ledger, ...": the term in a phrase before the main clause.
_FRONTED_PHRASE = re.compile(r"^(?:[-*+]\s+)?(?:in|on|at|for|during|after|before|with|without|under|by|from|unlike|like"
                             r"|besides|beyond|within|through|among)(?:\s+(?:the|a|an))?$", re.I)
# "the Epic of Sundiata", "the Battle of Hastings": a capitalised name ending "... of" before the term; the term is
# only the tail of that name.
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?$")
_CLOSE_MARKS = re.compile(r"^(?:\*\*|__|[*_\"'”’])+")
# "Because each glucose gives two acetyl-CoA, the cycle turns ...", "To obtain iron, the oxygen must be removed ...":
# a fronted clause whose comma after the term opens the main clause, not a gloss.
_FRONTED_CLAUSE = re.compile(r"^(?:[-*+]\s+)?(?:because(?!\s+of\b)|when|whenever|if|although|though|since|while|once|after"
                             r"|before|until|unless|as|to)\b[^,;:]*$", re.I)
# ", a type of white blood cell," / ", an agreement between ...": up to the next clause mark.
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?P<np>(?:an?|one of the|the)\s+[^,;:.()—–]+?)(?=\s*(?:[,;:.()—–]|$))(?P<rest>.*)$",
    re.S)
# "the sum of the values divided by their count": a pronoun leans on words outside the entry.  (A personal
# pronoun, "the children a woman would have over her lifetime", usually has its person inside the entry.)
_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|this|these|those)\b", re.I)
# "a pond and a ditch": two noun phrases coordinated, a list.
_COORDINATED = re.compile(r"\b(?:and|or)\s+(?:an?|the)\s", re.I)
# "the NATO Support and Procurement Agency (NSPA), ...": the abbreviation in brackets is skipped.
_ABBREVIATION = re.compile(r"^\s*\(\s*[A-Z][A-Za-z0-9&+-]*[A-Z][A-Za-z0-9&+-]*s?\s*\)")
# "(goods used in place of each other, such as tea and coffee)": a lower-case gloss, not an abbreviation,
# a date, a cross-reference or another name ("(or stop)", "(see below)", "(e.g. ...)").
_BRACKET = re.compile(r"^\s*\((?P<gloss>[a-z][^()]{6,160})\)")
_NOT_GLOSS_START = frozenset("or and also see e.g. eg i.e. ie for in on at from as by such which who this these "
                             "that its their his her it they about formerly now often sometimes usually "
                             "mainly mostly only especially including like unlike".split())
# ", which analyses ..." / ", who command ...": a relative clause with its own verb.
_RELATIVE = re.compile(r"^,\s+(?P<rel>which|who)\s+(?P<clause>[^;:()—–]+?)(?=\s*(?:[;:.()—–]|, (?:and|but|while)\b|$))",
                       re.S)
# "is the average number of ...": the relative clause only names what the thing is.
_COMPLEMENT = re.compile(r"^(?:is|are)\s+(?P<np>(?:an?|the)\s+\w+\s.+)$", re.S)
# Where a describing phrase stops being a gloss: an example list or a second clause.
_GLOSS_END = re.compile(r",\s+(?:such as|for example|e\.g\.|like|including|as well as|and|but|which|who|so)\b|;\s")


def _cut_gloss(text: str) -> str:
    return _GLOSS_END.split(text, maxsplit=1)[0].strip(" ,")


def _appositive(after: str) -> tuple[str, float] | None:
    match = _APPOSITIVE.match(after)
    if not match:
        return None
    rest = re.sub(r"^\([^()]*\)\s*", "", match.group("rest").lstrip())  # ("(MPT) and the ...": its abbreviation)
    if re.match(r"^(?:,\s*)?(?:and|or)\b", rest):
        return None  # "the ledger, a journal and a trial balance", "the MPS, the marginal propensity to tax (MPT) and
        # the ...": a list of things, not a gloss (test-ee, both raters: "MPS: The marginal propensity to tax")
    np = _cut_gloss(match.group("np"))
    if _COORDINATED.search(re.split(r"\b(?:that|which|who|whose|where)\b", np, maxsplit=1)[0]):
        return None  # "the farm keeps X, a pond and a ditch": a list of things, not a gloss
    words = word_list(np)
    if words and words[0].lower() == "the" and (len(words) < 3 or words[1][:1].isupper() or " and " in np):
        return None  # "Paris, the capital": too short; "X, the Y Agency": another name; "X, the A and the B": a list
    if any(w.lower() in lexicon.EVALUATIVE for w in words[1:3]):
        return None  # "X, an important if little-known layer of ...": a judgement of the thing, not what it is
    if any(w.lower() in _NAMING_NOUNS for w in words[1:3]):
        return None  # "deontology, a term taken from the Greek": where the word comes from, not what the thing is
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS):
        return None
    if any(w.lower() in {"is", "are", "was", "were", "has", "have", "had"} for w in words):
        return None  # ", a country that is ...": keep it simple: a verb inside is a clause, not a noun phrase
    if any(word_pos(w.lower()) == {"VERB"} and finite_verb(w.lower(), plural=False) for w in words[2:4]):
        return None  # "the old walled town of Guérande, the land dissolves into ...": the main clause (test-dv)
    return np, APPOSITIVE_CONFIDENCE


def _bracket(after: str) -> tuple[str, float] | None:
    match = _BRACKET.match(after)
    if not match:
        return None
    gloss = _cut_gloss(match.group("gloss"))
    words = word_list(gloss)
    if not (3 <= len(words) <= _MAX_WORDS) or words[0].lower() in _NOT_GLOSS_START or any(ch.isdigit() for ch in gloss):
        return None
    head = words[1] if words[0].lower() in {"the", "a", "an"} else words[0]
    if "NOUN" not in word_pos(head.lower()) and "ADJ" not in word_pos(head.lower()):
        return None  # "(meeting twice a year)": a note, not what the thing is
    return gloss, BRACKET_CONFIDENCE


def _relative(term: str, after: str) -> tuple[str, float] | None:
    match = _RELATIVE.match(after)
    if not match:
        return None
    clause = _cut_gloss(match.group("clause").strip())
    words = word_list(clause)
    if not (3 <= len(words) <= _MAX_WORDS) or PRONOUN_START.match(clause) or has_anaphora(clause):
        return None
    first = words[0].lower()
    if not (first.endswith("s") and "VERB" in word_pos(first) or first in {"is", "are", "was", "were", "has", "have"}):
        return None  # ", which we meet later", ", who, in 1990, ...": no verb saying what the thing is or does
    complement = _COMPLEMENT.match(clause)
    if complement:
        return complement.group("np"), APPOSITIVE_CONFIDENCE  # ", which is the average number of ...": a noun phrase
    genus, _plural = genus_of(term)
    if genus in {"Something", "Things", "A process", "Processes"}:
        return None  # no head noun of its own to build on
    return f"{genus} {match.group('rel')} {clause}", RELATIVE_CONFIDENCE


_SHAPES = (("appositive", _appositive), ("bracket", _bracket))


def _modified(spans: list, i: int, n: int, phrases: frozenset[str]) -> bool:
    """The word before the term is an adjective of a longer phrase of the lesson ("saturated fat"), not a verb
    ("charging commission", "produces pancreatic juice")."""
    previous = spans[i - 1][2]
    return (span_key(spans, i - 1, i + n) in phrases and "ADJ" in word_pos(previous)
            and not previous.endswith("ing"))


def _heads_own_phrase(before: str, previous: str, longer: bool) -> bool:
    """The term is a whole noun phrase: not the tail of a longer one the lesson uses ("saturated fat"), of a
    quantity ("1.4 solar masses"), or an item of a list ("the uvula, the tongue and ...")."""
    before = _OPEN_MARKS.sub("", before).rstrip()
    if _FRONTED_CLAUSE.match(before):
        return False  # "Because each glucose gives two acetyl-CoA, the cycle turns ...": the main clause follows
    if _FRONTED_PHRASE.match(before):
        return False  # "In reflection, the angle ... equals ...": a fronted phrase; what follows is the main clause
    if longer or previous.isdigit() or before[-1:].isdigit() or before.endswith(","):
        return False
    if previous in {"the", "a", "an"}:
        return not before[: -len(previous)].rstrip().endswith(",")
    return True


def _describe(term: str, sentence: str, key: str, phrases: frozenset[str] = frozenset()) -> tuple[str, float] | None:
    """A definition of the term at ``key`` from the first describing shape right after it in ``sentence``."""
    spans = list(token_spans_cached(sentence))
    n = len(key.split())
    first, form = key.split(" ", 1)[0], 2 if n > 1 else 3  # the first word's plain form, or a lone word's singular
    for i in range(len(spans) - n + 1):
        if spans[i][form] != first or span_key(spans, i, i + n) != key:
            continue
        if i == 0 or (i == 1 and spans[0][2] in {"the", "a", "an"}):
            continue  # "**Risk education**, which ...": a term opening its sentence is the label rules' to read
        if not _heads_own_phrase(sentence[:spans[i][0]], spans[i - 1][2], _modified(spans, i, n, phrases)):
            continue
        if spans[i - 1][2] in _LOCATIVE and sentence[spans[i][0]:spans[i][0] + 1].isupper():
            continue  # "the Marshall Center in Garmisch, a German-American institution": the gloss is the centre's
        if sentence[spans[i][0]:spans[i][0] + 1].isupper() and _NAME_OF_BEFORE.search(sentence[:spans[i][0]]):
            continue  # "the Treaty of Paris, an agreement ...": the gloss is the treaty's, not the city's
        after = _CLOSE_MARKS.sub("", sentence[spans[i + n - 1][1]:])
        after = _ABBREVIATION.sub("", after, count=1)
        if after.startswith("'s"):
            continue
        found = next((f for _name, shape in _SHAPES if (f := shape(after))), None) or _relative(term, after)
        if found and f" {key} " in f" {term_key(found[0])} ":
            return None  # "rr, a genotype ratio of 1 RR : 2 Rr": a gloss naming the term again sums up a list
        if found and event_for_thing(term, found[0]):
            return None  # "between the two amino acids, a reaction that ...": the clause summed up (test-cq)
        if found:
            return found
    return None


def find_described(document: Document, context: Context) -> list[Candidate]:
    """Salient phrases no rule explained, each with the first appositive, bracketed gloss or relative clause after it.

    Reads the candidates so far: a phrase already explained at or above the cut, by a definition the
    gates let through, is left alone.
    """
    # Only phrases a teacher likely lists: the threshold is trained with the weights (bench/term_salience.py).
    cut = salient_threshold()
    salient = salient_phrases(document)
    wanted = {p.key for p in salient if p.score >= cut}
    if not wanted:
        return []
    # A candidate the last gates would refuse ("The minimum energy needed.") leaves its term unexplained.
    explained: set[str] = set()
    for c in context.candidates:
        keys = {c.key} | {term_key(a) for a in c.aliases}
        if keys & wanted and c.confidence >= MIN_CONFIDENCE and passes(c.term, c.definition, candidate=True):
            explained |= keys
    phrases = frozenset(p.key for p in salient)
    out = []
    for phrase in salient:
        if phrase.score < cut:
            break
        if phrase.key in explained or not valid_term(phrase.text):
            continue
        for section, sentence in document.sentences():
            found = _describe(phrase.text, sentence, phrase.key, phrases)
            if not found:
                continue
            definition = finish_definition(found[0])
            if definition and not _PRONOUN.search(definition) and not has_anaphora(definition):
                confidence = round(found[1] + SALIENCE_WEIGHT * phrase.score, 2)
                out.append(Candidate(phrase.text, definition, TermKind.CONCEPT, section, sentence, confidence, "pattern"))
            break
    return out


DESCRIBED = RULES.register(Rule(
    name="described_salient", priority=45, scope=Scope.DOCUMENT, confidence=APPOSITIVE_CONFIDENCE, find=find_described,
    examples=(
        finds("# Trees\n\nThe oldest living things are **bristlecones**, a group of slow-growing pines. "
              "Hikers photograph **bristlecones** on high ridges. Rangers count the **bristlecones** each year.\n",
              "bristlecones"),
        finds("# Shops\n\nPrices depend on **loss leaders** (goods sold below cost to draw shoppers in). "
              "Many **loss leaders** sit near the door. Shops track **loss leaders** closely.\n", "loss leaders"),
        # A list of things after a comma is no gloss.
        misses("# Trees\n\nThe park keeps **bristlecones**, a pine and a fir. Hikers photograph **bristlecones** "
               "on ridges. Rangers count the **bristlecones** each year.\n", "bristlecones"),
        # A fronted clause ends at the comma after the term: what follows is the main clause, no gloss.
        misses("# Trees\n\nBecause the slope shelters **bristlecones**, the oldest trees grow there. Hikers photograph "
               "**bristlecones** on high ridges. Rangers count the **bristlecones** each year.\n", "bristlecones"),
        # A fronted purpose ends at the comma after the term too (test-cr: "Iron: The oxygen must be removed ...").
        misses("# Trees\n\nTo reach **bristlecones**, the hikers must climb for hours. Hikers photograph **bristlecones** "
               "on high ridges. Rangers count the **bristlecones** each year.\n", "bristlecones"),
        # A place after "in" is not what the appositive after it describes.
        misses("# Trees\n\nThe grove in **Bristlecone**, a shelter run by rangers, is old. Hikers visit **Bristlecone** "
               "on high ridges. Rangers count trees in **Bristlecone** each year.\n", "Bristlecone"),
        # The tail of a longer name ("the Song of Bristlecone") is not what the appositive after it describes.
        misses("# Trees\n\nRangers sing the Song of **Bristlecone**, a ballad passed down by shepherds. Hikers visit "
               "**Bristlecone** on high ridges. Rangers count trees in **Bristlecone** each year.\n", "Bristlecone"),
        # A bracket that gives another name or a cross-reference is no gloss.
        misses("# Shops\n\nPrices depend on **loss leaders** (see below). Many **loss leaders** sit near the door. "
               "Shops track **loss leaders** closely.\n", "loss leaders"),
    ),
))
