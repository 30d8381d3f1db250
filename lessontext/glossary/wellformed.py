"""Does a definition read as a complete phrase about its headword?

A glossary definition is a noun phrase ("A wave in which the particles vibrate
...") or a clause a reader can take whole.  Parses go wrong in a few general
ways, whatever the subject, and each is one named shape here:

* ``claim_headword``: "Food chains are short": a bold list label that states a claim (a copula inside the
  headword) names nothing;
* ``determiner_gap``: "The by which the weapons ...": a determiner with no noun
  after it (a word was cut out);
* ``relative_without_clause``: "An outbreak during which such as food
  poisoning ...": a relative pronoun whose clause never starts;
* ``dangling_end``: "... and the." : the definition stops on a word that needs
  another after it ("...; these.": a demonstrative whose clause was cut off);
* ``unbalanced``: "... (for example, football matches between ...": a bracket
  or quotation opened and never closed;
* ``cut_predicate``: "Then seals off the old bend ...", "Often form where ...":
  an adverb and a verb, the subject cut off before them;
* ``name_only``: "Known by its French initials as CISM.": only says what the
  thing is called; "The word from which 'kiosk' comes.": only where a word came from;
* ``scene_setting``: "During a short outbreak, ..., cumulative incidence.",
  "Without rehearsal, information fades quickly.", "Inside the cell, the sugar is
  broken down.": a sentence opening on the circumstances (a preposition phrase
  and a comma, or a place name and a bare noun phrase) is context, not what the
  thing is;
* ``weighed_claim``: "A diplomatic act as much as a commercial one.", "A normal part of memory, not simply
  a failure.", "A useful starting point, but later research showed ...", "A form of cooperation that works
  slowly but deeply.": a short head weighed against something else is the writer's verdict, not a definition;
* ``modal_statement``: "Military engineers can clear debris ...", "An attaché's contacts can prove
  invaluable": a noun phrase and a modal open a sentence about what someone can do, not what the thing is
  ("Memories we can recall", "A share of the vote a party must reach": a second noun phrase before the
  modal is a contact clause inside the definition, kept);
* ``own_subject``: "The decision to permit it rests with the exporting
  government.", "The pitch of a sound depends on its frequency.": a complete
  sentence with its own subject and finite verb says something else, or only
  what the thing depends on, not what it is ("An adverb adds information to a verb ...": what every member
  of the class does, the author's gloss, is kept);
* ``bare_comparative``: "Narrower tubes.", "Even smaller projections.", "The broader field.": a short phrase
  compared with something only the sentence named ("narrower than the bronchi"), no "than" to say with what;
* ``pronoun_end``: "Sound below it.", "Central to this.", "A cup-shaped structure around it.": a short phrase
  that stops on a pronoun standing for something outside the definition;
* ``reversed_lies_in``: "A force in which the reason lies.": "the reason lies in X" turned round says nothing
  of X; ``relative_cut``: "A secret operation under which in 1994.", "Capillaries that a knot of tiny blood.": a
  "preposition + which" clause, or a short "that + noun phrase" at the end, with no verb;
* ``relative_phrase_only``: "Transfers that over the internet, are also harder to monitor ...": "that" or
  "which" and a preposition phrase closed by one comma, no verb between: the words around the comma were cut
  out of a longer sentence, and the verb after it belongs to that sentence (a writer who sets a phrase inside
  a relative clause opens it with a comma too, "that, over time, becomes"; "A rock that over time becomes
  soil": its verb follows, kept);
* ``copula_end``: "Flavours that best scaled up ..., such as salt and spices are often.": the definition stops on
  "is/are" and an adverb of frequency, a verb that lost its complement when the sentence was turned round;
* ``compared_only``: "A narrower idea than nuclear disarmament or non-proliferation.": a head, its comparative and
  what it is compared with, nothing of what it is (``bare_comparative`` without "than");
* ``names_other_term``: "Tracking objects in orbit is known as space situational awareness, or SSA.": a sentence
  that gives what it describes a name; unless the name is the headword's own, it defines the other term;
* ``other_case``: "A current that means a lot of charge is moving ...; a small current means only a little.":
  after a semicolon the same noun with another modifier, the contrasting case; the modifier was the point;
* ``members_as_collection``: "Vertebrae: A stack of small bones.", "Lymphocytes: Two types of white blood cell.":
  a plural headword given the arrangement or the count of kinds the sentence put its members in ("a stack of
  small bones called vertebrae": the name is the bones', not the stack's; "A ring of muscle" is the muscle itself);
* ``same_as_unseen``: "The same every year, no matter ...", "The same: the buyer uses ...": "the same" as
  something the definition never names;
* ``kind_explained``: "A vector quantity: it has both magnitude and direction.", "A scalar quantity, which means
  it has a size but no direction.": only the kind, then what the kind means; nothing that tells this term from
  the others of its kind;
* ``points_back``: "Both the reward and the charge.", "The partnership that followed.", "Earned is then found
  by ...": "both" of two things, what "followed", or the noun a participle belonged to, only the sentences
  before say;
* ``predicative``, ``second_predicate``, ``verb_disagrees``: "Vast, weather is unforgiving ...", "A last
  resort and is governed by ...", "A sea that still contain ...": the rest of a sentence about the term, not a
  noun phrase saying what it is; ``name_for_verb``: "Groups that Mine Countermeasures Groups, which ...": a
  name where a verb should be; ``verbless_relative``, ``article_number``, ``comma_splice``, ``named_by_relative``,
  ``second_label``, ``bare_clause``: a rebuilt definition that is no English or names another term
  (:mod:`lessontext.glossary.predication`);
* ``formula_of_other``: "Circle: Area = π × r².", "Change in price: 3 − 2 = 1.": a formula for another
  named quantity (or a worked sum, "I = V / R = 12 V ÷ 6 Ω = 2 A") is not what the headword is; the
  headword's own formula ("Speed: Speed = distance ÷ time") and a letter symbol ("s = d ÷ t") are kept;
* ``pronoun_condition``: "When it erupts it.", "If they are heated ...": a condition on a pronoun outside the entry;
  "While a bill is being read it.": a condition and the pronoun subject of a main clause cut off after it;
* ``passive_predicate``: "Established in 1998 by ...", "Drawn on a geodetic datum, ...": a past participle and
  a preposition of time or place are the rest of a passive sentence about the headword (when and where it was
  made), not a noun phrase saying what it is ("Formed from", "Made of", "Organised by", and an adjective's
  gloss, "Epistolary: Written in the form of letters.", kept);
* ``only_key_to``: "A single number that is the key to scaling.": a head whose only clause says what it is
  the key to is the writer's praise, not what it is;
* ``gerund_after_which``: "A process in which making the ocean less alkaline when ...": a "preposition + which"
  clause that opens on a gerund has no subject of its own; a participle of the sentence was rebuilt into a
  relative clause around the wrong words ("in which rising wages push prices ...", "into which adding an electron
  turns an atom": a phrase that reaches its own verb is the clause's subject, kept);
* ``hedged_predicate``: "Mostly a rock.", "Largely a plain of ice.": a degree adverb before the article is the
  rest of "X is mostly a N" (how much of X is a N), a hedged predicate, not a noun phrase saying what it is;
* ``verb_headword``: "Photosynthesises": a headword ending in an "-ises"/"-izes"/"-ifies" word no
  dictionary knows as a noun is a verb the sentence said of its subject.

:func:`verdict_predicate` is not one of the shapes: "A method which is good for mental arithmetic.", "A
transplant that offers a longer-term solution.", "Fleets that make cooperation essential.", "Nodes that act like
checkpoints.", "Powers that raise legal questions ...": a head whose relative clause only judges it (what it is
good or best for, what it makes possible or essential, what it is like, what problems it raises, who gains more
from it) is the writer's verdict or claim, not what the thing is (``only_key_to`` is one such verdict).  Teachers
still list many such headwords as must-have terms, so :mod:`lessontext.glossary.polish` drops the entry only
when the lesson treats the headword as a passing phrase.

Only closed classes of English words (determiners, prepositions, relative
pronouns, auxiliaries) are listed: no word of any one subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lessontext.glossary.phrases import finite_verb, generic_statement
from lessontext.glossary.predication import (
    article_number,
    bare_clause,
    comma_splice,
    name_for_verb,
    named_by_relative,
    predicative,
    second_label,
    second_predicate,
    subject_pronoun_end,
    verb_disagrees,
    verbless_relative,
)
from lessontext.words import fold, getAllLemmas, getInflection, singular, word_pos

__all__ = ["SHAPES", "ill_formed", "verdict_predicate", "well_formed"]

_PREPOSITIONS = ("by|of|in|on|at|to|for|with|from|into|onto|during|through|over|under|between|among|about|"
                 "against|without|within|upon|after|before|across|beyond|via")
# ("this", "those" are left out: they stand alone as pronouns, "those of the Andes", "This is called".)
_DETERMINERS = "the|a|an|its|their|every|each"
_RELATIVES = "which|who|whom|whose"

# "The by which", "an of", "the which": a determiner followed by a word that cannot begin its noun phrase.
# ("the WHO", "an OR gate": a capitalised acronym after the determiner is a name, not the relative or the conjunction.)
DETERMINER_GAP = re.compile(
    rf"(?<![\w-])(?:{_DETERMINERS})\s+(?-i:(?![A-Z]{{2,}}\b))(?:{_PREPOSITIONS}|{_RELATIVES}|and|or|but|is|are|was|were|the|a|an)"
    rf"(?![\w'’-])",
    re.I)
# "each of whom could block ...", "each with its own number of teeth": "each" standing alone, a pronoun, no gap.
_EACH_PRONOUN, _CONTACT = re.compile(r"\beach\s+(?=(?:of|with)\b)", re.I), frozenset("the a an its their his her".split())
# "during which such as ...", "in which, in practice.": the relative clause never gets a subject.
# ("A state in which, at the given moment, the output exceeds ...": an aside between two commas, then the clause.)
RELATIVE_WITHOUT_CLAUSE = re.compile(rf"\b(?:{_RELATIVES})\s+(?:such as|for example|for instance|e\.g\.|i\.e\.)\b"
                                     rf"|\b(?:{_PREPOSITIONS})\s+(?:which|whom)\s*(?:[;:.]|,(?![^,;:.()]{{2,50}},\s+"
                                     rf"[a-z][\w'-]*\s+[\w'-]+\s+[\w'-]+))", re.I)
# "... and the.", "... such as.": stops on a word that needs another.
# (Lower case only: "C to A." ends on a name; a stranded preposition, "aware of.", is good English.)
# ("...; these.": a demonstrative that was the subject of a clause cut after it; "such as these" ends well.)
DANGLING_END = re.compile(r"(?<![\w-])(?:the|an?|its|their|which|whose|and|or|but|than|such)\s*[.;:]?\s*$"
                          r"|(?<![\w-])(?<!as )(?<!like )(?:these|those)\s*[.;:]?\s*$")
# "Then seals off ...", "Often form where ...": an adverb that opens a predicate (its verb checked below).
_PREDICATE_ADVERB = re.compile(
    r"^(?:Then|Often|Also|Still|Later|Thus|Therefore|Hence|Instead|Conversely|Sometimes|Usually|Typically|"
    r"Generally|Mainly|Mostly|Largely|Now|Once)\s+(?P<word>[a-z]+)\b")
# "Known by its French initials as X", "Called X by ...": nothing but a name.
NAME_ONLY = re.compile(r"^(?:Known|Called|Named|Termed|Referred to|Abbreviated)\s+(?:by|as|to)?\b"
                       r"|^(?:The|An?)\s+(?:[\w-]+\s+)?(?:word|name|term)\s+(?:from\s+which|that\s+gave|that\s+gives)\b")
# "During a short outbreak, ...", "Without rehearsal, ...": circumstances first, then a comma.  ("When one
# trader sells, the others sell too." says when the thing happens: a fair gloss of a situation, kept.)
SCENE_SETTING = re.compile(
    rf"^(?:(?:{_PREPOSITIONS}|inside|outside|beneath|below|above|behind|beside|along|around|throughout|near)"
    rf"|Although|Because|Since|Whereas)\s+[^,;:]{{2,60}},\s|^(?:In|On|At)\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    rf"\s+(?-i:the|an?)\s+[a-z][\w-]*\.?$", re.I)
# "as much as", a short head then ", not simply ..." or ", but ...", "slowly but deeply": a verdict being weighed.
WEIGHED_CLAIM = re.compile(
    r"\bas much as\b|^(?:[^\s,]+\s+){1,5}[^\s,]+,\s+(?:not (?:simply|merely|just|only)|but)\b|\b[a-z]+ly but [a-z]+ly\b")
# "A global problem.", "The easiest state of matter to describe with a single rule.": the writer's verdict on the
# thing (how grave, how easy to treat), no saying what it is (both raters on test-cj: "a passing remark", "the
# lesson's opening claim, not a definition").
VERDICT_ONLY = re.compile(
    r"^(?:An?|The)\s+(?:[a-z-]+\s+){0,2}(?:problem|issue|challenge|concern|threat|success|failure|achievement"
    r"|question)\s*\.?$"
    r"|^The\s+(?:easiest|hardest|simplest|most\s+difficult|most\s+important|best|worst)\s+[^,;:]*\bto\s+[a-z]+", re.I)
# A finite verb form: an auxiliary or modal, or a verb in -s that cannot be a noun ("depends", "fades").
_FINITE = re.compile(r"^(?:is|are|was|were|has|have|had|can|could|must|may|might|will|would|should|shall|does|do|did)$")
# Words after which a verb belongs to a clause inside the noun phrase, not to the sentence.
_CLAUSE_OPENER = re.compile(
    r"^(?:that|which|who|whom|whose|where|when|whereby|while|if|because|once|so|whether|what|how|why"
    r"|we|you|they|i|he|she|it|one|someone|people)$")  # a pronoun opens a contact clause: "Memories we can recall"
_OWN_SUBJECT_WINDOW = 8


def _verb_word(word: str) -> bool:
    return "VERB" in word_pos(word.lower())


def _cut_predicate(definition: str) -> bool:
    match = _PREDICATE_ADVERB.match(definition)
    return bool(match) and _verb_word(match.group("word"))


def _finite(word: str) -> bool:
    return bool(_FINITE.match(word)) or word.endswith("s") and not word.endswith("ss") and word_pos(word) == {"VERB"}


def _own_subject(term: str, definition: str) -> bool:
    """The headword's own noun in a subject, then a finite verb: a statement about the thing, not what it is."""
    head = singular(fold(term.split()[-1].lower())) if term.split() else ""
    words = re.findall(r"[\w'’-]+|[,;:()]", definition)
    for i, word in enumerate(words[:_OWN_SUBJECT_WINDOW]):
        lowered = word.lower()
        if _CLAUSE_OPENER.match(lowered) or lowered in {",", ";", ":", "("}:
            return False
        if i and word.islower() and _finite(lowered):  # ("May" mid-sentence is a month)
            at = [j for j, w in enumerate(words[:i]) if singular(fold(w.lower())) == head]
            # ("The interest rate the central bank pays ...": a noun phrase after the head opens a contact clause.)
            return bool(at) and words[at[-1] + 1].lower() not in _CONTACT
    return False


# "Narrower tubes.", "Even smaller projections.": at most this many words, and no "than".
_COMPARATIVE_MAX_WORDS = 6
_COMPARATIVE_LEAD = frozenset({"a", "an", "the", "even", "much", "still", "far", "slightly", "somewhat", "many"})
# -er words that are not comparatives of an adjective ("upper", "inner", "former" name a position or a time).
_NOT_COMPARATIVE = frozenset("other under over after upper lower inner outer former latter ever never either neither "
                             "whether rather together further number".split())


def _comparative(word: str) -> bool:
    """"narrower", "smaller", "bigger", "heavier", "wider": an adjective's comparative form."""
    word = word.lower()
    if not word.endswith("er") or word in _NOT_COMPARATIVE or len(word) < 5 or "ADJ" not in word_pos(word):
        return False
    stem = word[:-2]
    stems = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "",
             stem[:-1] + "y" if stem.endswith("i") else ""}
    return any(s and "ADJ" in word_pos(s) for s in stems)


def _bare_comparative(definition: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", definition)
    if len(words) > _COMPARATIVE_MAX_WORDS or "than" in (w.lower() for w in words):
        return False
    content = [w for w in words if w.lower() not in _COMPARATIVE_LEAD]
    return bool(content) and (_comparative(content[0]) or content[0].lower() in {"more", "less"} and len(content) > 1)


# "Sound below it.", "Central to this.", "Look after it.": a preposition, then the pronoun, at the end of a short
# phrase with no relative clause or "with" inside ("A circuit with a gap in it": "it" is the circuit).
_PRONOUN_END = re.compile(rf"\b(?:{_PREPOSITIONS}|around|below|above|beneath|behind|inside|outside|near)\s+(?:it|this|that|them)\s*\.?$",
                          re.I)
_PRONOUN_ANCHOR = re.compile(r"\b(?:with|that|which|who|whose|where|its)\b", re.I)
_PRONOUN_END_MAX_WORDS = 8

# "... adds only a small fraction of this.": a part of what the sentence before named; the head cannot anchor it.
_PART_OF_DEMONSTRATIVE = re.compile(r"\bof\s+(?:this|these|those)\s*\.?$", re.I)


def _pronoun_end(definition: str) -> bool:
    if _PART_OF_DEMONSTRATIVE.search(definition):
        return True
    head = _PRONOUN_END.sub("", definition)
    return (bool(_PRONOUN_END.search(definition)) and len(definition.split()) <= _PRONOUN_END_MAX_WORDS
            and not _PRONOUN_ANCHOR.search(head))


# "A force in which the reason lies.", "Exercises in which the heart of cooperation lies.".
# ("A shallow basin in which most lakes lie": a place, kept; "the X lies in" is the idiom for a reason or a core.)
REVERSED_LIES_IN = re.compile(r"\bin which\s+the\s+[^,;:]{1,60}?\blies\s*\.?$", re.I)
# "under which in 1994.": the clause after "preposition + which" (checked for a verb).
_PREPOSITION_WHICH = re.compile(rf"\b(?:{_PREPOSITIONS})\s+which\s+(?P<clause>[^;]*)$", re.I)


# "Capillaries that a knot of tiny blood.": "that/which", a determiner, and no verb to the end of the definition.
_RELATIVE_NOUN_ONLY_MAX_WORDS = 5
_RELATIVE_NOUN_ONLY = re.compile(r"\b(?:that|which)\s+(?P<clause>(?:a|an|the)\s+[^,;:()]+)$", re.I)


def _relative_cut(definition: str) -> bool:
    text = definition.rstrip(". ")
    match = _PREPOSITION_WHICH.search(text)
    if match:
        words = re.findall(r"[a-z][\w'-]*", match.group("clause"))
        return bool(words) and not any("VERB" in word_pos(w) or _FINITE.match(w) for w in words)
    match = _RELATIVE_NOUN_ONLY.search(text)
    if not match:
        return False
    # A short noun phrase only ("a knot of tiny blood"); a noun that is also a verb ("knot", "blood") counts as
    # the clause's verb in a form of a verb ("releases", "formed"), and a longer clause ("that the buyer's own firms
    # gain new skills") may hide its verb in a word that is a noun too.
    words = re.findall(r"[a-z][\w'-]*", match.group("clause").lower())
    return len(words) <= _RELATIVE_NOUN_ONLY_MAX_WORDS and not any(
        _FINITE.match(w) or word_pos(w) == {"VERB"} or "VERB" in word_pos(w) and w.endswith(("ed", "s"))
        for w in words)


# "that over the internet, are ...": a relative word, a preposition phrase, then a comma.
# ("a rule that on a bright, sunny day ...": a comma between two adjectives, no verb after it, kept.)
_RELATIVE_THEN_PHRASE = re.compile(
    rf"\b(?:that|which)\s+(?:{_PREPOSITIONS})\s+(?P<phrase>[^,;:.()]+),\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b", re.I)


def _relative_phrase_only(definition: str) -> bool:
    match = _RELATIVE_THEN_PHRASE.search(definition)
    if not match:
        return False
    verb = match.group("verb").lower()
    if not (_FINITE.match(verb) or word_pos(verb) == {"VERB"}):
        return False
    words = re.findall(r"[a-z][\w'-]*", match.group("phrase"))
    return not any(_FINITE.match(w) or word_pos(w) == {"VERB"} for w in words)


# "... are often.", "... is usually.": a copula and a frequency adverb at the very end.
COPULA_END = re.compile(r"\b(?:is|are|was|were)\s+(?:often|usually|always|sometimes|generally|typically|also|still)\s*\.?$",
                        re.I)
# "A narrower idea than X.", "A more modest aim than Y.": the whole definition is a comparison.
_COMPARED_ONLY = re.compile(r"^(?:An?|The)\s+(?:(?P<more>more|less)\s+)?(?P<word>[a-z][\w-]*)\s+[a-z][\w-]*"
                            r"(?:\s+(?:of|in|for)\s+[^,;:()]{1,40}?)?\s+than\s+"
                            r"(?P<other>[^,;:()]+?)\s*\.?$")
_COMPARED_ONLY_MAX_WORDS = 6


def _compared_only(definition: str) -> bool:
    match = _COMPARED_ONLY.match(definition)
    if not match or len(match["other"].split()) > _COMPARED_ONLY_MAX_WORDS or _RELATIVE_IN.search(match["other"]):
        return False
    return bool(match["more"]) and "ADJ" in word_pos(match["word"]) or _comparative(match["word"])


_RELATIVE_IN = re.compile(r"\b(?:that|which|who|whose|where)\b", re.I)


# "X is known as Y", "X are called Y": the name the sentence gives.
_CLAUSE_NAMES = re.compile(
    r"^[^,;:]{3,80}?\s+(?:is|are)\s+(?:known as|called|termed|referred to as)\s+(?:the\s+|an?\s+)?(?P<name>[^,;:.()]+)")


def _names_other_term(term: str, definition: str) -> bool:
    match = _CLAUSE_NAMES.match(definition)
    return bool(match) and _word_keys(match["name"]) != _word_keys(term)


# "; a small current means ...", "; a gentle gradient brings ...": a determiner, a modifier, then the headword's noun.
_OTHER_CASE = re.compile(r";\s+(?:an?|the)\s+(?P<modifier>[a-z][\w-]*)\s+(?P<noun>[a-z][\w-]*)\s+[a-z]")


def _other_case(term: str, definition: str) -> bool:
    words = term.lower().split()
    match = _OTHER_CASE.search(definition)
    return (bool(match) and len(words) > 1 and singular(fold(match.group("noun"))) == singular(fold(words[-1]))
            and match.group("modifier") != words[0] and "ADJ" in word_pos(match.group("modifier")))


# "A stack of", "A long chain of", "Two types of": an arrangement of things, or a count of kinds.  (Not "group",
# "class", "family", "set": "Mammals: A group of animals that ..." names a class by its members.)
_COLLECTION_OF = re.compile(
    r"^(?:(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:stack|pile|chain|row|cluster|network|layer|sheet|bundle|column|ring|string|line"
    r"|range|sequence|pair|series)|(?:Two|Three|Four|Five|Six)\s+(?:main\s+)?(?:types|kinds|forms|classes|sorts))\s+of\s")


# "of small yellow sacs", "of muscle around ...": the noun phrase after "of", up to a function word or a comma.
_OF_PHRASE = re.compile(r"of\s+(?P<words>(?:(?!(?:that|which|who|with|around|through|in|on|at|from|to|for|by|and|or)\b)"
                        r"[a-z][\w-]*\s*){1,4})")


def _members_as_collection(term: str, definition: str) -> bool:
    words = term.split()
    collection = _COLLECTION_OF.match(definition)
    if not words or len(words) > 2 or any(w[:1].isupper() for w in words[1:]) or not collection:
        return False
    last = words[-1].lower()
    if not (last.endswith("ae") or singular(fold(last)) != fold(last)):
        return False
    if not re.match(r"(?:An?|The)\s", definition):
        return True  # "Two types of white blood cell": a count of kinds, whatever follows
    # "A ring of muscle around the lens": a shape made of one substance is the thing itself, not its members.
    members = _OF_PHRASE.match(definition, collection.end() - 3)
    head = members.group("words").split()[-1] if members else ""
    return not head or singular(fold(head)) != fold(head)


# "The same every year", "The same: ...": compared with something outside ("The same as a kilowatt" says with what).
SAME_AS_UNSEEN = re.compile(r"^The same\b(?!.*\bas\b)")
# "A vector quantity: it has ...", "A scalar quantity, which means it has ...": two words of kind, then their meaning.
KIND_EXPLAINED = re.compile(r"^An?\s+[\w-]+\s+[\w-]+(?::|,\s+which\s+means)\s+(?:it|they)\s")


# "Both the reward and the charge.", "The partnership that followed.", "The war that came next.".
POINTS_BACK = re.compile(r"^Both\s+(?:the|of)\b|^[A-Z][a-z]+ed\s+(?:is|are|was|were)\s|\b(?:that|which)\s+(?:followed|preceded|ensued|came\s+(?:next|before|after|"
                         r"later))\s*\.?$")


# "Hooke's law", "Duverger's law", "the spacing effect": a headword naming a statement is defined by one.
_STATEMENT_HEADS = frozenset({"law", "principle", "rule", "theorem", "effect", "hypothesis", "paradox", "postulate"})


# A noun phrase opening the definition, then a modal: (determiner) words with no clause opener, conjunction,
# second determiner or pronoun among them.
# (Only modals of ability: "Security forces should be under civilian authority" states a principle, its definition.)
_MODAL_STATEMENT = re.compile(r"^(?P<subject>[^,;:()]+?)\s+(?:can|cannot|could|may|might)\s+[a-z]")
_NOT_IN_ONE_SUBJECT = frozenset(f"{_DETERMINERS}|and|or|but|this|that|these|those|you|we|they|i|he|she|it|one|people"
                                f"|someone|{_RELATIVES}|where|when|if|to|as|so|because|whether|how|what|why".split("|"))


def _modal_statement(definition: str) -> bool:
    match = _MODAL_STATEMENT.match(definition)
    if not match:
        return False
    words = match.group("subject").lower().split()
    opener_ok = words[0] not in _NOT_IN_ONE_SUBJECT or words[0] in _DETERMINERS.split("|")
    return len(words) >= 2 and opener_ok and not any(w in _NOT_IN_ONE_SUBJECT for w in words[1:])


def _names_a_statement(term: str) -> bool:
    words = term.lower().split()
    return bool(words) and singular(words[-1]) in _STATEMENT_HEADS


# "Food chains are short", "Prices were sticky": a list item's claim set in bold, not a name for anything.
_CLAIM_HEADWORD = re.compile(r"\w\s+(?:is|are|was|were)\s+\w", re.I)


def _unbalanced(definition: str) -> bool:
    return (definition.count("(") != definition.count(")") or definition.count("[") != definition.count("]")
            or definition.count("“") != definition.count("”") or definition.count('"') % 2 == 1)


# "Area = π × r²", "3 − 2 = 1": what stands left of the first "=" when the definition opens on a formula.
_FORMULA_LEFT = re.compile(r"^(?P<left>[^=.;:,()]{1,40}?)\s*=\s*\S")
_SYMBOL = re.compile(r"^[^\W\d_]{1,2}(?:_?\w)?$|^[^\W\d_]\s*[\(\[]")


def _word_keys(text: str) -> list[str]:
    return [singular(fold(word)) for word in re.findall(r"[^\W\d_][\w'-]*", text)]


def _formula_of_other(term: str, definition: str) -> bool:
    match = _FORMULA_LEFT.match(definition)
    if not match:
        return False
    left = match["left"].strip()
    if left[:1].isdigit() or (definition.count("=") > 1 and any(c.isdigit() for c in definition)):
        return True  # a worked sum ("I = V / R = 12 V ÷ 6 Ω = 2 A"), not a definition
    if _SYMBOL.match(left):
        return False  # "s = d ÷ t": a letter standing for the headword
    return _word_keys(left) != _word_keys(term)  # "Circle: Area = π × r²" is the area's formula, not the circle's


# "Established in", "Signed at", "Drawn on": a past participle and a preposition open a passive predicate.
# Only prepositions of time, place and occasion: "Organised by districts", "Designed for children" say how it
# is arranged or what it is for, which a reader can take as a description.  ("Broken down within days": a phrasal
# verb's particle may come between; "Best seen from the north": a degree adverb first, test-dw, both raters.)
_PARTICIPLE_LEAD = re.compile(r"^(?P<word>[A-Z][a-z]+)(?:\s+(?:down|up|out|off|away|apart))?\s+"
                              r"(?:in|on|at|after|during|under|within|across|throughout)\b")
_DEGREE_LEAD = re.compile(r"^(?:Best|Better|Most|Least|Often|Usually|Mostly|Mainly|Only)\s+(?P<word>[a-z]+)\s")


def _past_participle(word: str) -> bool:
    lower = word.lower()
    lemmas = getAllLemmas(lower).get("VERB")
    if not lemmas or "NOUN" in word_pos(lower):
        return False
    return any(lower != lemma and lower in getInflection(lemma, "VBN") for lemma in lemmas)


def _passive_predicate(definition: str) -> bool:
    match = _PARTICIPLE_LEAD.match(definition) or _DEGREE_LEAD.match(definition)
    return bool(match) and _past_participle(match["word"])


# "When it erupts it.", "If they are heated, ...": a condition on something the entry cannot show, not a definition.
# "While a bill is being read it.": a condition, then a main clause cut after its pronoun subject.
PRONOUN_CONDITION = re.compile(r"^(?:When|If|Once|Because|Although|While|Unless|Until|After|Before)\s+"
                               r"(?:(?:it|they|this|these|he|she)\b|[^,;:]*\s(?:it|they|he|she|we)\s*\.?$)")


# "A single number that is the key to scaling.": the one clause after a short head only praises it.
_ONLY_KEY_TO = re.compile(r"^(?:An?|The|One)\s+(?:[\w-]+\s+){0,3}(?:that|which)\s+(?:is|are)\s+(?:the\s+)?key\s+to\s+"
                          r"[^,;]*\.?$", re.I)


# "A method which is good for ...", "that offers a longer-term solution", "that make cooperation essential", "that
# acts like ...", "that matter most", "that usually gains more from ...", "that raise legal questions": a relative
# clause that only weighs the thing (closed sets: evaluative adjectives, and what a verdict can offer or raise).
_EVALUATIVE = r"(?:good|best|better|ideal|useful|helpful|important|essential|valuable|easier|harder|simpler|cheaper)"
_VERDICT_PREDICATE = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:usually|often|also|generally|typically)\s+)?(?:"
    rf"(?:is|are)\s+(?:(?:very|much|far|most|particularly|especially)\s+)?{_EVALUATIVE}\s+(?:for|with|at|when|in)\b"
    r"|works?\s+for\s+any\b.*\bis\s+best\b"
    r"|offers?\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}(?:solution|model|route|answer|alternative|option)\b"
    r"|makes?\s+(?:[\w-]+\s+){1,3}(?:essential|possible|necessary|vital|worthwhile|harder|easier|difficult|impossible)\b"
    r"|acts?\s+like\b|matters?\s+(?:most|more|less)\b"
    r"|(?:gains?|benefits?|loses?|suffers?)\s+(?:more|less|most|least)\b"
    r"|(?:raises?|poses?|creates?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:questions|problems|issues|challenges|concerns|difficulties|boundaries|tensions)\b)", re.I)

def verdict_predicate(definition: str) -> bool:
    """The definition's relative clause only weighs the thing: what it is good for, makes possible, is like."""
    return bool(_VERDICT_PREDICATE.search(definition))


# "in which making the ocean ...": a gerund where the relative clause's subject should be ("in which nothing
# ..." and "in which spring ..." are nouns; a "-ing" word the lexicon knows only as a verb is the gerund).
_WHICH_THEN_ING = re.compile(rf"\b(?:{_PREPOSITIONS}) which\s+(?P<word>[a-z]+ing)\b")


# A gerund or participle phrase that is the clause's subject reaches its verb within a few words ("in which
# removing an electron turns the atom", "in which rising prices encouraged people"), before any "when" or comma.
_SUBJECT_PHRASE_WORDS = 6
_CLAUSE_STOP = frozenset("when whenever while because if as so and or but that which".split())


def _verb_follows(words: list[str]) -> bool:
    """A finite verb after the words of the gerund's phrase (not after a determiner): the phrase is the subject."""
    for i, word in enumerate(words[:_SUBJECT_PHRASE_WORDS]):
        if word in _CLAUSE_STOP or not word.isalpha():
            return False
        if i and words[i - 1] not in _CONTACT and finite_verb(word):
            return True
    return False


def _gerund_after_which(definition: str) -> bool:
    match = _WHICH_THEN_ING.search(definition)
    if not match or "NOUN" in word_pos(match.group("word")) or "VERB" not in word_pos(match.group("word")):
        return False
    return not _verb_follows(re.findall(r"[\w'’-]+|[,;:()]", definition[match.end():]))


# "Photosynthesises", "Crystallizes": the third person of a verb made with -ise/-ize/-ify.
_VERB_SUFFIX = re.compile(r"(?:[iy][sz]es|ifies)$", re.I)


def _verb_headword(term: str) -> bool:
    words = term.split()
    if not words:
        return False
    last = words[-1].strip(".,;:()")
    return bool(_VERB_SUFFIX.search(last)) and "NOUN" not in word_pos(last) and "PROPN" not in word_pos(last)


# "the A above middle C", "two sections, A and B": a capital A inside a sentence names a letter, not the article.
_LETTER_NAME = re.compile(r"(?<=[\w,;(]\s)A\b(?!\.)")
# (name, test on the definition): each a reason a reader cannot take the definition as written.
SHAPES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("claim_headword", lambda t, d: bool(_CLAIM_HEADWORD.search(t))),
    ("determiner_gap", lambda t, d: bool(DETERMINER_GAP.search(_EACH_PRONOUN.sub("each one ", _LETTER_NAME.sub("X", d))))),
    ("relative_without_clause", lambda t, d: bool(RELATIVE_WITHOUT_CLAUSE.search(d))),
    ("dangling_end", lambda t, d: bool(DANGLING_END.search(d))),
    ("unbalanced", lambda t, d: _unbalanced(d)),
    ("cut_predicate", lambda t, d: _cut_predicate(d)),
    ("name_only", lambda t, d: bool(NAME_ONLY.match(d))),
    ("scene_setting", lambda t, d: bool(SCENE_SETTING.match(d)) and not _names_a_statement(t)),
    ("weighed_claim", lambda t, d: bool(WEIGHED_CLAIM.search(d) or VERDICT_ONLY.search(d))),
    ("own_subject", lambda t, d: _own_subject(t, d) and not _names_a_statement(t) and not generic_statement(t, d)),
    ("modal_statement", lambda t, d: _modal_statement(d) and not _names_a_statement(t)),
    ("bare_comparative", lambda t, d: _bare_comparative(d)),
    ("pronoun_end", lambda t, d: _pronoun_end(d) or subject_pronoun_end(d)),
    ("reversed_lies_in", lambda t, d: bool(REVERSED_LIES_IN.search(d))),
    ("relative_cut", lambda t, d: _relative_cut(d)),
    ("relative_phrase_only", lambda t, d: _relative_phrase_only(d)),
    ("copula_end", lambda t, d: bool(COPULA_END.search(d))),
    ("names_other_term", _names_other_term),
    ("compared_only", lambda t, d: _compared_only(d)),
    ("other_case", _other_case),
    ("members_as_collection", _members_as_collection),
    ("same_as_unseen", lambda t, d: bool(SAME_AS_UNSEEN.match(d))),
    ("kind_explained", lambda t, d: bool(KIND_EXPLAINED.match(d))),
    ("points_back", lambda t, d: bool(POINTS_BACK.search(d))),
    ("predicative", predicative),
    ("second_predicate", second_predicate),
    ("verb_disagrees", verb_disagrees),
    ("name_for_verb", name_for_verb),
    ("verbless_relative", verbless_relative),
    ("article_number", article_number),
    ("comma_splice", comma_splice),
    ("named_by_relative", named_by_relative),
    ("second_label", second_label),
    ("bare_clause", bare_clause),
    ("formula_of_other", _formula_of_other),
    ("only_key_to", lambda t, d: bool(_ONLY_KEY_TO.match(d))),
    ("passive_predicate", lambda t, d: _passive_predicate(d) and word_pos(t.lower()) != {"ADJ"}),
    ("gerund_after_which", lambda t, d: _gerund_after_which(d)),
    ("verb_headword", lambda t, d: _verb_headword(t)),
    ("pronoun_condition", lambda t, d: bool(PRONOUN_CONDITION.match(d))),
    ("hedged_predicate", lambda t, d: bool(HEDGED_PREDICATE.match(d))),
)


# "Mostly a rock.", "Largely an open plain": a degree adverb, then the predicate's article.
HEDGED_PREDICATE = re.compile(r"^(?:mostly|mainly|largely|partly|chiefly|essentially|basically)\s+(?:a|an)\s",
                              re.IGNORECASE)


def ill_formed(term: str, definition: str) -> str | None:
    """The name of the first shape that makes ``definition`` of ``term`` unreadable as a definition, or None."""
    text = definition.strip()
    for name, test in SHAPES:
        if test(term, text):
            return name
    return None


def well_formed(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """The publishing gate: ``definition`` unchanged when it reads as a definition of ``term``, else None."""
    return None if ill_formed(term, definition) else definition
