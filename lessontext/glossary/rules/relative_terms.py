"""Terms described by the relative clause after them, wherever they stand in the sentence.

Essays seldom write "X is a Y"; they name an organisation, a document or a practice inside a longer sentence and
describe it in the clause that follows: "the two governments sign a letter of offer and acceptance that sets out
the equipment, price and delivery schedule", "Affected countries lead through national mine action authorities,
which set priorities, accredit operators and keep a central database", "the Council adopted Resolution 2719,
which opened the way for ...".  A study of the raters' must-have essay terms the glossary missed
(``bench/missed_terms.py --essays --design``) found this shape, a relative clause after the term, in 35 of 48
corpora; the learned salience score ranks most of those terms low or not at all, so the rule that reads the shape
for salient phrases (``described_salient``) never sees them.

This rule reads the noun phrase just before ", which" / " that" / " where" / ", in which" and the clause after it,
and takes the phrase as a term only when the text treats it as one: a capitalised name with a noun head, or a
lower-case compound of three words or more, or a two-word phrase the lesson sets in a heading or in bold.  The clause must open
with a verb (any tense, a modal, a perfect) or, after "where"/"in which", hold one; a clause that only dates the
thing, leans on a pronoun or another sentence, or ranks it, is no definition.  The definition is the phrase's head
noun with the clause ("A letter that sets out ..."), so the term is not repeated in it.  Another rule's surer
definition of the same term wins: the rule reads the candidates made before it.
"""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import MIN_CONFIDENCE, Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import (
    PRONOUN_START,
    after_another_noun,
    finite_verb,
    has_anaphora,
    is_participle,
    plural_head,
    word_list,
)
from lessontext.glossary.publish import passes
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# A description, not a textbook definition: just above the cut, so any surer rule's definition wins the merge.
RELATIVE_TERM_CONFIDENCE = 0.52

# ", which opened ...", " that sets out ...", ", under which ...".  ("where" mostly tells what happens in a place or a
# body, "the Security Council, where vetoes can block action", not what the thing is.)
_RELATIVE_MARK = re.compile(
    r"(?P<comma>,\s+(?P<crel>which|(?:in|under|through|by)\s+which)\s+)"
    r"|(?P<bare>\s+(?P<brel>that|(?:in|under|through|by)\s+which)\s+)")
# The clause ends at a clause mark or at a second clause joined by a conjunction.
_CLAUSE_END = re.compile(r"\s*(?:[;:.()—–\"“”]|,\s+(?:and|but|while|so|although|though|whereas|such as|including|"
                         r"for example|which|who|often|usually|sometimes|typically)\b)")
# "which began in 2004", "which entered into force in 2016", "which remains in force": when, not what.
_WHEN_ONLY = re.compile(r"^(?:began|begun|started|ended|lasted|ran|took\s+place|entered\s+into\s+force|came\s+into\s+force"
                        r"|remains?\s+in\s+force|is\s+(?:periodically|regularly)\s+reviewed)\b")
# "which many lawyers read as ...", "that they could not refuse": a pronoun or another sentence's thing.
_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|this|these|those|he|she|his|her|we|our|you)\b", re.I)
# "that would matter greatly", "which is one reason": a comment on the thing, not what it is or does.
_COMMENT_VERBS = frozenset("matter matters mattered remain remains remained seem seems seemed appear appears appeared "
                           "prove proves proved became become becomes help helps helped get gets got".split())
_MODALS = frozenset("can could may might must will would should".split())
_AUXILIARIES = frozenset("has have had do does did".split())
_COPULAS = frozenset("is are was were".split())
_MIN_CLAUSE_WORDS, _MAX_CLAUSE_WORDS = 3, 24
_MAX_TERM_WORDS = 6
# "national mine action authorities", "letter of offer and acceptance": a compound this long is a term of the field.
_COMPOUND_WORDS = 3
# "the Geneva Protocol of 1925, which ...": the year dates the name; it is no part of it.
_DATED = re.compile(r"\s+of\s+\d{4}$")
# Inside a name ("Organisation for Joint Armament Cooperation", "Treaty on Open Skies"), or a phrase
# ("letter of offer and acceptance").
_JOINERS = frozenset({"of", "for", "on", "and", "the"})
# The word before the term: a determiner or preposition, so the term is a whole noun phrase.
_BOUNDARY = frozenset(
    "a an the its their his her our through from with under by for to into of in on at as via between among "
    "including out up off".split())
_LY = re.compile(r"[a-z]+ly$")
# "a model of ...", "a piece of ...", "a view of ...": a vague head a relative clause only particularises.
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand".split())
# "tiny solid particles", "a million nerve fibres": a size or a count, not a kind.
_SIZE_OR_COUNT = frozenset("tiny huge vast soft thin thick million millions billion billions thousand thousands "
                           "hundred hundreds".split())
_VAGUE_HEADS = frozenset("model piece view chain busy principle principles".split())


def _noun(word: str) -> bool:
    return "NOUN" in word_pos(singular(fold(word.lower()))) or "NOUN" in word_pos(word.lower())


def _phrase_before(before: str) -> tuple[str, bool] | None:
    """The noun phrase ending ``before`` ("... sign a letter of offer and acceptance"), and whether it is a name."""
    before = _DATED.sub("", before.rstrip())
    tokens = before.split()
    taken: list[str] = []
    for token in reversed(tokens):
        word = token.strip("*_")
        if not re.fullmatch(r"[A-Za-z][\w-]*|\d+[A-Za-z]?", word) or token != token.rstrip(",;:"):
            if re.search(r"['’]s$|^[A-Z]", word) and not taken[-1:] == ["of"]:
                return None  # "India's Border Security Force", "POW/MIA Accounting Agency": the name began before
            break
        lw = word.lower()
        if taken and word[:1].islower() and lw not in _JOINERS and all(t[:1].isupper() or t[:1].isdigit() for t in taken):
            break  # "adopted Resolution 2719": the name starts after the verb
        if lw in _JOINERS and taken:
            taken.append(word)
            continue
        if word[:1].isdigit():
            if taken:
                break  # "2,400 vehicles": a count, not a name's number
            taken.append(word)
            continue
        if lw in STOPWORDS or lw in _BOUNDARY or _LY.fullmatch(lw):
            break
        taken.append(word)
        if len(taken) > _MAX_TERM_WORDS + 2:
            return None
    words = list(reversed(taken))
    at_start = len(tokens) == len(taken)
    boundary = "" if at_start else tokens[-len(taken) - 1].lower().strip("*_")
    leading = [w.lower() for w in words[: next((i for i, w in enumerate(words) if w.lower() not in _JOINERS),
                                               len(words))]]
    if boundary == "of" or "of" in leading:
        return None  # "Article 9 of the Harbour Charter, which ...": the clause may be the outer noun's
    while words and (words[0].lower() in _JOINERS or words[0].lower() in lexicon.GENERIC_MODIFIERS
                     or words[0].lower() in lexicon.EVALUATIVE):
        words.pop(0)
        at_start = False
    while words and words[-1].lower() in _JOINERS:
        words.pop()
    if not words or len(words) > _MAX_TERM_WORDS:
        return None
    if at_start and words[0][:1].isupper() and len(words) > 1 and words[1][:1].islower() and word_pos(words[0].lower()):
        words[0] = words[0].lower()  # "Risk education, which teaches ...": a sentence's capital, not a name's
    name = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINERS for w in words)
    if name and words[0][:1].isdigit():
        return None
    if not name and any(w[:1].isupper() for w in words):
        return None  # "Canadair water bombers": a name inside a common phrase; where it begins is unclear
    if not name:
        if not (at_start or boundary in _BOUNDARY) or boundary == "to":
            return None  # "flies water bombers that ...": the phrase may go on before; "to cancel areas": a verb
        lowered = [w.lower() for w in words]
        if any(w in {"for", "on", "the"} for w in lowered):
            return None  # "national searches for orphan sources": the clause may be the last noun's
        if "and" in lowered and ("of" not in lowered[: lowered.index("and")] or lowered.index("and") != len(lowered) - 2):
            return None  # "observers and dialogue partners": two things ("letter of offer and acceptance" is one)
        if "of" in lowered and any(w in _NUMBER_WORDS or w[:1].isdigit() for w in lowered[lowered.index("of"):]):
            return None  # "an agreement of fourteen articles": a count, no term
        if any(w in lexicon.EVALUATIVE or w in _VAGUE_HEADS or w in _SIZE_OR_COUNT for w in lowered):
            return None  # "busy sea lanes", "a model of maritime security": a judgement or a vague word, no term
    return " ".join(words), name


# Bodies and instruments a name may head beside the kinds the lexicon lists ("Register of Conventional Arms").
_INSTITUTION_HEADS = frozenset("register board team code charter standard guideline statute manual resolution directive "
                               "regulation system network service force corps fleet panel tribunal".split())


def _institution(head: str) -> bool:
    lowered = singular(fold(head.lower()))
    return lowered in lexicon.KIND_HEADS or fold(head.lower()) in lexicon.KIND_HEADS or lowered in _INSTITUTION_HEADS


def _agrees_singular(head: str, clause: str, rel: str) -> bool:
    """"a letter of offer and acceptance that sets out ...": a singular head and a verb only it agrees with."""
    first = (word_list(clause)[:1] or [""])[0].lower()
    lowered = head.lower()
    return (rel in {"which", "that"} and not plural_head(lowered) and not re.search(r"[^s]s$", lowered)
            and first.endswith("s")
            and finite_verb(first, plural=False) and not finite_verb(first, plural=True))


def _head(words: list[str]) -> str:
    """"letter of offer and acceptance" -> "letter"; "Resolution 2719" -> "resolution": the word naming the kind."""
    cut = next((i for i, w in enumerate(words) if i and w.lower() in {"of", "for", "on"}), len(words))
    head = [w for w in words[:cut] if not w[:1].isdigit()]
    return head[-1] if head else ""


def _clause(after: str, rel: str) -> str | None:
    """The relative clause after the mark, if it says what the thing is, does or holds."""
    end = _CLAUSE_END.search(after)
    clause = (after[: end.start()] if end else after).strip()
    words = word_list(clause)
    if not (_MIN_CLAUSE_WORDS <= len(words) <= _MAX_CLAUSE_WORDS) or PRONOUN_START.match(clause):
        return None
    if _PRONOUN.search(clause) or has_anaphora(clause) or _WHEN_ONLY.match(clause):
        return None
    first = words[0].lower()
    if first in _COMMENT_VERBS or first in _COPULAS or re.search(r"\bone of the\b", clause):
        return None
    if rel in {"which", "that"}:
        second = words[1].lower()
        if first not in _MODALS and second in _MODALS | _COPULAS | _AUXILIARIES:
            return None  # "that states are expected to apply": the thing is the clause's object, not its subject
        if first in _MODALS:
            return clause if "VERB" in word_pos(second) and second not in {"be", "have"} | _COMMENT_VERBS else None
        if first in {"has", "have"}:
            return clause if is_participle(words[1].lower()) and words[1].lower() != "been" else None
        return clause if finite_verb(first) or finite_verb(first, plural=True) else None
    # "where officers from both services share an office", "in which the host decides ...": a clause of its own.
    return clause if any(finite_verb(w) or finite_verb(w, plural=True) or w.lower() in _MODALS for w in words[1:]) \
        else None


# ", and the X, which ..., soon faded": a second main clause with its own subject.
_CLAUSE_START = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# "X, a multinational operation in which ...": the phrase only describes the name before it.
_DESCRIBES_A_NAME = re.compile(r"[A-Z][\w-]*\)?,\s+(?:an?|the)\s+$")
# "it was a call between the two chiefs that arranged ...": a cleft; "that" picks out, it does not describe.
_CLEFT = re.compile(r"\b(?:it|this)\s+(?:is|was)\b", re.I)


def _in_subject(before: str, term: str) -> bool:
    """No verb before the term: it is (in) the sentence's subject."""
    start = before.rfind(term.split()[0]) if term.split()[0] in before else before.lower().rfind(term.split()[0].lower())
    return not any(finite_verb(w) or w.lower() in _COPULAS or w.lower() in _MODALS for w in word_list(before[:max(start, 0)]))


def _used_as_term(document: Document, key: str, name: bool, context: Context) -> bool:
    """A name, a compound of three words or more, or a phrase the author marks as a term: in a heading or in bold.

    (A two-word phrase the lesson only uses again, "outer layers which form a glowing shell of gas", "a chemical
    reaction that needs three ingredients", is as often a description of one case as a term.)"""
    if name or len(key.split()) >= _COMPOUND_WORDS:
        return True
    return key in context.bold_keys or any(key in term_key(s.heading or "") for s in document.sections)


def find_relative_terms(document: Document, context: Context) -> list[Candidate]:
    """"sign a letter of offer and acceptance that sets out the price" -> "A letter that sets out the price".

    Each term once, at its first describing clause; a term another rule already explained at or above the cut,
    by a definition the gates let through, is left alone.
    """
    explained = {k for c in context.candidates if c.confidence >= MIN_CONFIDENCE
                 and passes(c.term, c.definition, candidate=True) for k in (c.key, *map(term_key, c.aliases))}
    seen: set[str] = set()
    out = []
    for section, sentence in document.sentences():
        for mark in _RELATIVE_MARK.finditer(sentence):
            rel = re.sub(r"\s+", " ", mark["crel"] or mark["brel"])
            if mark["bare"] and rel == "that" and sentence[: mark.start()].rstrip().endswith(","):
                continue
            found = _phrase_before(sentence[: mark.start()])
            if not found:
                continue
            term, name = found
            preceding = sentence[: sentence.rfind(term, 0, mark.start())] if term in sentence else ""
            if _DESCRIBES_A_NAME.search(preceding):
                continue  # "Operation Open Spirit, a multinational mine countermeasures operation in which ...": the
                # phrase is the name's appositive, a description, not a term
            if after_another_noun(preceding) and not re.search(r"\b(?:through|by|under|via)\s+(?:the\s+|an?\s+)?$",
                                                               preceding):
                continue  # "the Amber Road along the Vistula River, which links ...": maybe the road's clause
            words = word_list(term)
            key = term_key(term)
            if key in seen or key in explained or len(words) < 2 or not valid_term(term):
                continue
            head = _head(words)
            if (not head or not _noun(head) or head.lower() in STOPWORDS or singular(head.lower()) in lexicon.GENERIC_NOUNS
                    or singular(head.lower()) in lexicon.PERSON_NOUNS or fold(term) in lexicon.COUNTRIES):
                continue
            if name and not (_institution(head) or any(w[:1].isdigit() for w in words)):
                continue  # "the Vale Inn, which served soup": a place or a person, not a body or an instrument
            clause = _clause(sentence[mark.end():], rel)
            if clause is None or not _used_as_term(document, key, name, context):
                continue
            if not name and (re.search(r"\d", clause) or "of" in words and not _agrees_singular(head, clause, rel)):
                continue  # "an account that pays 4% ...": a worked example; "bites of fleas which can live on rats":
                # the clause may be the last noun's
            if _in_subject(_CLAUSE_START.split(sentence[: mark.start()])[-1], term) or (
                    rel == "that" and _CLEFT.search(sentence[: mark.start()])):
                continue  # "A partner force that receives lectures ... will not become ...": the main verb follows
            noun = head.lower()
            # "Boards which ...", "A letter that ...", "Monitoring which ...": a gerund takes no article.
            genus = noun.capitalize() if plural_head(noun) or noun.endswith("ing") else f"{rephrase.article(noun)} {noun}"
            definition = finish_definition(f"{genus} {rel} {clause}")
            if not definition:
                continue
            seen.add(key)
            kind = lexicon.KIND_HEADS.get(fold(noun)) or lexicon.KIND_HEADS.get(singular(fold(noun))) or TermKind.CONCEPT
            out.append(Candidate(term, definition, kind, section, sentence, RELATIVE_TERM_CONFIDENCE, "pattern"))
    return out


RELATIVE_TERM = RULES.register(Rule(
    name="relative_term", priority=44, scope=Scope.DOCUMENT, confidence=RELATIVE_TERM_CONFIDENCE,
    find=find_relative_terms,
    examples=(
        finds("# Ports\n\nThe two ports sign a harbour transfer certificate that sets out the cargo, price and schedule.\n",
              "harbour transfer certificate"),
        finds("# Ports\n\nIn 2023 the council adopted Resolution 2719, which opened the harbour to foreign ships.\n",
              "Resolution 2719"),
        # A two-word phrase in no heading or bold is only context.
        misses("# Ports\n\nPorts work through harbour boards, which set fees and keep a register of ships.\n",
               "harbour boards"),
        # A clause that only dates the thing is no definition.
        misses("# Ports\n\nShips sailed under the Harbour Safety Accord, which entered into force in 2016.\n",
               "Harbour Safety Accord"),
        # A pronoun in the clause leans on the sentence around it.
        misses("# Ports\n\nThey sign the Harbour Safety Accord, which requires them to report every ship.\n",
               "Harbour Safety Accord"),
    ),
))
