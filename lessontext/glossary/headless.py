"""Gates on a definition with no head noun: a bare predicate says what the thing does, never what it is.

* ``headless_predicate``: "Autonomic system: Controls involuntary actions ...", "Motor fibres: Carry
  instructions from the CNS to effectors", "Pivot: Turns about a fixed point": a verb phrase whose subject was
  the headword.  A headword of several words names its own kind, which becomes the genus ("A system that
  controls involuntary actions ...", "Fibres that carry instructions ..."); a one-word headword gives none:
  unless the lesson sets it in bold or names it in a heading, a key term it glosses by what it does
  ("**Carnivores** eat other animals"), the entry is left out (:func:`unmarked_predicates`, called from
  polishing, which sees the lesson);
* ``predicate_adjective``: "Innate immunity: Present from birth and responds ...": an adjective and where it
  holds, the rest of "X is present from ...": headed by the term's own kind when it has one ("An immunity that is
  present from birth ..."); a one-word headword is judged as above.  A plural headword with how hard the things are
  to handle, their fame or a value band ("Submarines: Hard to find, and ...", "Stone builders: Famous for their
  walls.", "Saturates: Low at 1.5 g or less ...") is a class the sentence says something about, not a term it
  defines: left out (raters rejected these in four folders);
* ``own_word_genus``: "Liquid: A liquid in which pressure increases with depth ...", "Graph: A graph on which
  direct proportion ...", "Seesaw: A seesaw on which a child ...": a one-word headword heading its own
  definition says nothing of what the thing is; the sentence was about one case of it (left out);
* ``described_portion``: "Thin film of oil: A film that spreads ...", "Second strand of research: A strand
  that concerns ...", "Dense web of roots: A web that holds ...": an adjective, a noun of amount or shape
  and "of" what it holds, defined by that noun's own clause, is one case the sentence describes ("a thin
  film of oil spreads ..."), not a term; the term, if any, is the noun after "of" (left out).  A headword
  without the adjective ("Pyramid of biomass: A pyramid that shows ...") names a kind and is kept.
* ``intransitive_predicate``: "Gyres: Turn clockwise in the north ...", "Ultraviolet: Comes from the Sun ...",
  "Ionisation: Matters because it can ...": a one-word headword and a bare verb that takes no object, only where
  the thing goes or comes from, how it turns or why it matters: how it behaves, never what it is (left out, even
  when the lesson sets the term in bold; raters rejected these in five folders).  Why a thing matters ("A process
  that matters because ...") is left out whatever the headword.  A verb with an object ("**Carnivores**
  eat other animals", "Break down dead organisms") says what the thing does to something, a gloss raters kept;
* ``location_only``: "Pancreas: Behind the stomach.", "Gall bladder: Just below the liver.": a preposition of
  place and where the thing is, nothing of what it is or does (left out; raters rejected it as a fragment);
* ``instruction``: "Metre to centimetre: Multiply by 100.", "Filter the solution: Pour it through a paper cone.",
  "Pump: Drive a piston.": a verb in its base form opening the definition of a singular headword is an
  imperative, a step of a method (how to do something), never what a thing is (left out; raters rejected every
  one, in four folders).  A plural headword's bare verb agrees with it ("Arteries: Carry blood ...":
  ``headless_predicate``), and a command's name is glossed by what it does ("GET: Retrieve a representation ...").

The first two run after :mod:`lessontext.glossary.polish` has given a labelled predicate the kind its heading
names ("Litmus: Turns red ..." under "Indicators"), so only predicates the text gives no genus for reach them.
Only closed classes of English words and the lemma tables are used: no word of any one subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.document import Document
from lessontext.glossary.candidate import Term
from lessontext.glossary.gate import Gate
from lessontext.glossary.gate import register as _register
from lessontext.glossary.phrases import finite_verb, generic_statement, genus_of
from lessontext.glossary.rephrase import lower_first
from lessontext.words import STOPWORDS, fold, getAllLemmas, singular, split_words, word_pos

__all__ = ["DESCRIBED_PORTION", "HEADLESS_PREDICATE", "INSTRUCTION", "INTRANSITIVE_PREDICATE", "LOCATION", "OWN_WORD_GENUS",
           "PREDICATE_ADJECTIVE", "bare_predicate", "described_portion", "headless_predicate", "instruction",
           "intransitive_predicate", "location_only", "own_word_genus", "predicate_adjective", "unmarked_predicates"]

_WORDS = re.compile(r"[\w'’-]+|[,;:()]")
# After a plural noun that opens a noun phrase ("Documents in which", "Resources controlled by", "Places where").
_NOUN_PHRASE_GOES_ON = frozenset("that which who whom whose where when of and or , ; : ( called such as".split())
# Words after a verb in -s that a plural noun cannot take next: an object's determiner, a particle, an adverb.
_VERB_OBJECT = frozenset("the a an its their his her each every all both two several some many only other one no"
                         " about away back down up out off over around across through towards toward into onto"
                         " in on from to between".split())
# A preposition after a plural noun opens its own relative clause: "Waves in which ...", "Games in which ...".
_PREPOSITIONS = frozenset("about in on from to between over through into onto across around towards toward".split())
# A clause that says why or when: "Matters because ...", "Happens when ...": a plural noun never goes on like that.
_SUBORDINATORS = frozenset("because when whenever if unless although though since until once".split())


def _verb_reading(term: str, words: list[str]) -> bool:
    """``words`` open on a finite verb whose subject was cut off: "Controls involuntary ...", "Carry blood ..."."""
    first, after = words[0], words[1].lower()
    lower = first.lower()
    pos = word_pos(lower)
    if singular(lower) in {singular(w.lower()) for w in term.split()}:
        return False  # "Wasted votes: Votes cast for ...": the headword's own noun heads the definition
    if words[1][:1].isupper():
        return False  # "Harbour Pilotage Rules, which ...": a name
    if "VERB" not in pos or pos & {"ADJ", "ADV"} or after in _NOUN_PHRASE_GOES_ON or after.endswith("ed"):
        return False
    if after in _SUBORDINATORS and lower.endswith("s") and finite_verb(first, plural=False):
        return True  # "Matters because it can ...", "Happens when ...": a verb, its subject cut off
    if after in _PREPOSITIONS and len(words) > 2 and words[2].lower() in {"which", "whom"}:
        return False  # "Interest in which ...": a noun and its relative clause
    if "NOUN" in pos and len(words) > 2 and words[2].lower() in {"that", "which", "who"} and singular(after) != after:
        return False  # "Nerve cells that pass signals ...": a compound noun and its relative clause
    if "NOUN" in pos and singular(lower) != lower and after not in _VERB_OBJECT and finite_verb(after, plural=True):
        return False  # "States sign treaties ...", "Diagrams show current ...": a plural subject and its verb
    if lower.endswith("s") and not lower.endswith("ss") and finite_verb(first, plural=False):
        if "NOUN" in pos and _plural_term(term) and after in _PREPOSITIONS and not finite_verb(term.split()[-1]):
            # "Chromosomes: Structures in the nucleus": a plural headword's verb has no "-s", so this is a noun
            # (unless the headword may itself be a verb read as a noun: "Targets: Transfers to ...").
            return False
        # "Controls involuntary actions", "Turns about", "Breaks starch": a plural noun cannot go on like that.
        return "NOUN" not in pos or after in _VERB_OBJECT or after.endswith("ly") or bool(
            word_pos(after) & {"ADJ", "NOUN"} and after not in STOPWORDS)
    # "Carry blood ...", "Eat other animals": a plural verb agreeing with a plural headword (an imperative of a
    # command, "GET: Retrieve a representation ...", has a singular one).
    return _plural_term(term) and finite_verb(first, plural=True) and not lower.endswith(("ed", "ing"))


def _own_genus(term: str) -> tuple[str, bool] | None:
    """The genus the headword names itself ("A system", "Fibres"), or None for a one-word headword."""
    if len(term.split()) < 2 or not term.split()[-1].isalpha():
        return None
    genus, plural = genus_of(term)
    return None if genus in {"Something", "Things"} else (genus, plural)


def _plural_term(term: str) -> bool:
    head = term.split()[-1].lower() if term.split() else ""
    return head.isalpha() and singular(head) != head


def bare_predicate(term: str, definition: str) -> bool:
    """``definition`` is a verb phrase whose subject, the headword, was cut off ("Turns about a fixed point")."""
    words = _WORDS.findall(definition)
    return len(words) >= 3 and words[0][:1].isupper() and _verb_reading(term, words)


def headless_predicate(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A bare verb phrase is headed by the term's own kind ("A system that controls ...")."""
    words = _WORDS.findall(definition)
    if not bare_predicate(term, definition):
        return definition
    own = _own_genus(term)
    if own is None:
        return definition  # one word names no kind: left to :func:`unmarked_predicates`, which sees the lesson
    genus, plural = own
    verb = words[0].lower()
    if plural != (not verb.endswith("s") or verb.endswith("ss")):
        return None  # "Sensory fibres: Controls ...": the verb agrees with something else
    return f"{genus} that {lower_first(definition)}"


def _marked(term: str, bold: set[str]) -> bool:
    return singular(fold(term).lower()) in bold


def unmarked_predicates(terms: list[Term], document: Document) -> list[Term]:
    """``terms`` without a one-word headword defined by a bare predicate, unless the lesson bolds it or heads a section with it.

    "Pivot: Turns about a fixed point" (from "a rigid bar that turns about a fixed point called the pivot") was
    read from a sentence about something else; "**Carnivores** eat other animals" is the author's own gloss of
    a key term, which raters wanted headed ("Animals that eat ...") but kept.
    """
    bold = {singular(fold(phrase).lower()) for phrase in document.emphasis}
    bold |= {singular(fold(word).lower()) for section in document.sections for word in split_words(section.heading or "")}
    return [t for t in terms if len(t.term.split()) > 1 or _marked(t.term, bold)
            or not bare_predicate(t.term, t.definition) and not bare_adjective(t.term, t.definition)]


# "Present from birth", "Low at 1.5 g", "Essential for living": an adjective and where or for what it holds.
_ADJECTIVE_THEN = frozenset("at in on for from to with when above below under between :".split())


def bare_adjective(term: str, definition: str) -> bool:
    """``definition`` is a predicate adjective and where it holds ("Low at 1.5 g or less ...")."""
    words = _WORDS.findall(definition)
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    first, after = words[0].lower(), words[1].lower()
    if term.lower().endswith(first):
        return False  # "Infrasound: Sound below it": the term's own noun, not an adjective
    if (first, after) == ("short", "for"):
        return False  # "DNA: Short for deoxyribonucleic acid, the molecule ...": how a short form is glossed
    if first.endswith("ing") and "VERB" in word_pos(first):
        return False  # "Sedentism: Living in one place all year round": a gerund names the practice
    # ("Interest in which ...": a noun and its relative clause)
    return "ADJ" in word_pos(first) and after in _ADJECTIVE_THEN and not (len(words) > 2 and words[2].lower() == "which")


# "Famous for", "Known for", "Low at 5 g": a reputation or a value band, said of a class the sentence is about.
_REPUTATION_OR_BAND = frozenset("famous notorious renowned noted known popular low high".split())


def _class_property(definition: str) -> bool:
    """"Hard to find", "Cheap to build", "Famous for", "Low at": how easy a class is to deal with, its fame, its band.

    An adjective and an infinitive ("hard to find") says what it is like to handle the things; no reading of it
    says what they are.  "Essential for living" or "One on top of each kidney" may still gloss a plural headword.
    """
    words = [w.lower() for w in _WORDS.findall(definition)]
    if len(words) > 2 and words[1] == "to" and "VERB" in word_pos(words[2]):
        return True
    return words[0] in _REPUTATION_OR_BAND


def predicate_adjective(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A bare predicate adjective is headed by the term's own kind ("An immunity that is present ...")."""
    if not bare_adjective(term, definition):
        return definition
    if _WORDS.findall(definition)[1] == ":":
        return None  # "Different: they were made of ...", "Clear: near-universal membership": a verdict, then its grounds
    if _plural_term(term) and _class_property(definition):
        return None  # "Submarines: Hard to find ...", "Sugars: Low at 5 g ...": what a class is like, not what it is
    own = _own_genus(term)
    if own is None:
        return definition  # one word names no kind: left to :func:`unmarked_predicates`
    genus, plural = own
    return f"{genus} that {'are' if plural else 'is'} {lower_first(definition)}"


HEADLESS_PREDICATE = _register(Gate(
    name="headless_predicate",
    check=headless_predicate,
    examples=(
        ("Autonomic system", "Controls involuntary actions such as heart rate, digestion and sweating.",
         "A system that controls involuntary actions such as heart rate, digestion and sweating."),
        ("Motor fibres", "Carry instructions from the CNS to effectors.", "Fibres that carry instructions from the CNS to effectors."),
        ("Sensory fibres", "Controls information from receptors.", None),
        ("Pivot", "Turns about a fixed point.", "Turns about a fixed point."),
        ("GET", "Retrieve a representation of the resource without changing it.",
         "Retrieve a representation of the resource without changing it."),
        ("Compound interest", "Interest in which the interest earned in each period is added to the balance.",
         "Interest in which the interest earned in each period is added to the balance."),
        ("Collaborative development programmes", "Programmes in which several countries design a system together.",
         "Programmes in which several countries design a system together."),
        ("Assets", "Resources controlled by the business that are expected to bring future benefits.",
         "Resources controlled by the business that are expected to bring future benefits."),
        ("Total institutions", "Places where people are cut off from wider society.",
         "Places where people are cut off from wider society."),
        ("Treaties", "States sign treaties with partners that share their aims.",
         "States sign treaties with partners that share their aims."),
        ("HPRs", "Harbour Pilotage Rules, which were modelled on civil rules.",
         "Harbour Pilotage Rules, which were modelled on civil rules."),
        ("Wasted votes", "Votes cast for losing candidates.", "Votes cast for losing candidates."),
        ("Evaluation visits", "Short visits by foreign teams to confirm a declaration.",
         "Short visits by foreign teams to confirm a declaration."),
    ),
    on_candidates=False,  # polishing may still give it the kind its heading or parent item names
))


PREDICATE_ADJECTIVE = _register(Gate(
    name="predicate_adjective",
    check=predicate_adjective,
    examples=(
        ("Innate immunity", "Present from birth and responds in the same general way to any threat.",
         "An immunity that is present from birth and responds in the same general way to any threat."),
        ("Saturates", "Low at 1.5 g or less and high above 5 g.", None),
        ("Stone builders", "Famous for their walls, which need no mortar.", None),
        ("Canal boats", "Slow to load, so merchants hired many of them.", None),
        ("Wants", "Essential for a comfortable life.", "Essential for a comfortable life."),
        ("Heavenly bodies", "Different: they were made of a perfect fifth substance.", None),
        ("Tone", "Two semitones together.", "Two semitones together."),
        ("Infrasound", "Sound below the range of hearing.", "Sound below the range of hearing."),
        ("Absolute majority", "More than half of the valid votes.", "More than half of the valid votes."),
        ("Compound interest", "Interest in which the interest earned is added.", "Interest in which the interest earned is added."),
        ("Chalk", "A soft, fine-grained limestone made largely of plankton.", "A soft, fine-grained limestone made largely of plankton."),
        ("Wants", "Things that make life enjoyable.", "Things that make life enjoyable."),
    ),
    on_candidates=False,
))


# What a verb with no object goes on with: where to or from, how it turns, why or when ("Comes from", "Turn
# clockwise", "Matters because").  Particles ("Break down dead organisms", "Pulls down on") are left alone.
_NO_OBJECT_NEXT = _PREPOSITIONS | _SUBORDINATORS | frozenset("at with along within under below above".split())
_MANNER_WISE = re.compile(r"^\w+wise$")
# "Matters because ...", "A process that matters because ...": why the thing is important, never what it is.
_WHY_IT_MATTERS = re.compile(r"^(?:(?:An?|The)\s+[\w-]+\s+(?:that|which)\s+)?matters?\s+(?:because|since|as)\b", re.I)


def intransitive_predicate(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A one-word headword glossed by a verb with no object ("Gyres: Turn clockwise ...") is left out."""
    if _WHY_IT_MATTERS.match(definition):
        return None
    if len(term.split()) != 1 or not bare_predicate(term, definition):
        return definition
    after = _WORDS.findall(definition)[1].lower()
    return None if after in _NO_OBJECT_NEXT or _MANNER_WISE.match(after) else definition


INTRANSITIVE_PREDICATE = _register(Gate(
    name="intransitive_predicate",
    check=intransitive_predicate,
    examples=(
        ("Comets", "Travel in long orbits around the Sun.", None),
        ("Lava", "Comes from magma that reaches the surface.", None),
        ("Whirlpools", "Turn anticlockwise in most rivers of the region.", None),
        ("Inflation", "Matters because it reduces what savings can buy.", None),
        ("Soil erosion", "A process that matters because it strips farmland of nutrients.", None),
        ("Enzymes", "Speed up reactions without being used up.", "Speed up reactions without being used up."),
        ("Herbivores", "Eat only plants, such as grass and leaves.", "Eat only plants, such as grass and leaves."),
        ("Fungi", "Break down dead leaves and wood.", "Break down dead leaves and wood."),
        ("Tectonic plates", "Move apart at mid-ocean ridges.", "Move apart at mid-ocean ridges."),
        ("Lava", "Molten rock that reaches the surface.", "Molten rock that reaches the surface."),
        ("Rent", "Money paid in return for the use of land.", "Money paid in return for the use of land."),
        ("Ribosomes", "Structures in the cytoplasm.", "Structures in the cytoplasm."),
        ("Targets", "Transfers to and from states of concern.", None),
        ("Pivot", "Turns about a fixed point.", None),
    ),
    on_candidates=False,  # polishing may still head it with the kind its heading names ("A layer that extends from")
))


# "A liquid in which ...", "The graph on which ...": a determiner and the headword itself.
_OPENING_NOUN = re.compile(r"^(?:An?|The)\s+(?P<noun>[\w-]+)\b")


def own_word_genus(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A one-word headword that heads its own definition ("Liquid: A liquid in which ...") is left out.

    The author's general statement about the whole class ("Pronoun: A pronoun stands in place of a noun", "A
    catalyst speeds up a reaction"): "a/an", the headword and a verb in the present tense, is what every member
    does, the gloss itself, not one case of it; it is kept.
    """
    opening = _OPENING_NOUN.match(definition)
    if len(term.split()) != 1 or opening is None:
        return definition
    if generic_statement(term, definition):
        return definition
    return None if singular(opening.group("noun").lower()) == singular(term.lower()) else definition


OWN_WORD_GENUS = _register(Gate(
    name="own_word_genus",
    check=own_word_genus,
    examples=(
        ("Liquid", "A liquid in which pressure increases with depth and acts in all directions.", None),
        ("Graph", "A graph on which direct proportion always produces a straight line.", None),
        ("Seesaws", "A seesaw on which a child on the left tends to turn it anticlockwise.", None),
        ("Compound interest", "Interest in which the interest earned is added to the balance.",
         "Interest in which the interest earned is added to the balance."),
        ("Lever", "A rigid bar that turns about a pivot.", "A rigid bar that turns about a pivot."),
        ("Catalyst", "A catalyst speeds up a reaction without being used up.",
         "A catalyst speeds up a reaction without being used up."),
        ("Preposition", "A preposition shows how a noun relates to the rest of the sentence.",
         "A preposition shows how a noun relates to the rest of the sentence."),
        ("Liquid", "A liquid whose pressure increases with depth.", None),
        ("Seesaw", "A seesaw tipped towards the heavier child.", None),
    ),
))


# "Thin film of oil", "Second strand of research": a describing word, a noun, "of" and what it is made of.
_DESCRIBED_PORTION = re.compile(r"^(?P<describer>[A-Za-z][a-z-]+)\s+(?P<noun>[a-z][a-z-]+)\s+of\s+[a-z]")
_ORDINALS = frozenset("first second third fourth fifth last final next".split())


def described_portion(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"Thin film of oil: A film that spreads ...": one described case of a noun of amount or shape, left out."""
    portion = _DESCRIBED_PORTION.match(term)
    opening = _OPENING_NOUN.match(definition)
    if portion is None or opening is None:
        return definition
    describer = portion.group("describer").lower()
    if describer not in _ORDINALS and "ADJ" not in word_pos(describer):
        return definition  # "Income elasticity of demand", "Conscription law of 1873": a noun names the kind
    return None if singular(opening.group("noun").lower()) == singular(portion.group("noun")) else definition


DESCRIBED_PORTION = _register(Gate(
    name="described_portion",
    check=described_portion,
    examples=(
        ("Thin film of oil", "A film that spreads across the surface and slows evaporation.", None),
        ("Second strand of research", "A strand that concerns how plants respond to drought.", None),
        ("Dense web of roots", "A web that holds the soil together on a slope.", None),
        ("Pyramid of biomass", "A pyramid that shows the mass of living material at each level.",
         "A pyramid that shows the mass of living material at each level."),
        ("Annual exchange of information", "The yearly sharing of data on forces and equipment.",
         "The yearly sharing of data on forces and equipment."),
        ("Income elasticity of demand", "A measure of how demand responds to a change in income.",
         "A measure of how demand responds to a change in income."),
    ),
))


# "Behind the stomach.", "Just below the liver.": a preposition of place and where, and nothing of what it is.
LOCATION_ONLY = re.compile(
    r"^(?:(?:Just|Directly|Immediately|Slightly)\s+)?(?:Behind|Above|Below|Beneath|Under|Underneath|Inside|Within|Near|"
    r"Beside|Between|Next\s+to|On\s+top\s+of|In\s+front\s+of|At\s+the\s+(?:base|top|bottom|back|front|side|end)\s+of"
    r"|An?\s+(?:short\s+|long\s+|brief\s+|few\s+minutes'?\s+)?(?:walk|drive|ride|stroll|sail|journey)\s+(?:away\s+)?from)"
    r"\s+(?!.*\b(?:that|which|who|where|whose)\b)[^,;:]{2,60}\.?$", re.I)


def location_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that only says where the thing is ("Pancreas: Behind the stomach.") is left out."""
    return None if LOCATION_ONLY.match(definition) else definition


LOCATION = _register(Gate(
    name="location_only",
    check=location_only,
    examples=(
        ("Spleen", "Behind the stomach.", None),
        ("Gall bladder", "Just below the liver.", None),
        ("Tower Street", "A short walk from the crowded quays of the Thames.", None),  # test-eh, both raters
        ("Bladder", "At the base of the abdomen, under the kidneys.", "At the base of the abdomen, under the kidneys."),
        ("Liver", "Below the diaphragm, where it stores glycogen.", "Below the diaphragm, where it stores glycogen."),
        ("Gland", "An organ that makes and releases a substance.", "An organ that makes and releases a substance."),
        ("Border zone", "Between two states that share a line of control.", "Between two states that share a line of control."),
    ),
))


# "Either change ... or ...", "First divide ...": a word that may open a step before its verb.
_STEP_OPENERS = frozenset("either first then next finally simply just".split())
# Verbs that take a gerund ("Stop filtering ...", "Keep stirring ..."): with one after them, a verb, not a noun.
_BEFORE_GERUND = frozenset("stop keep start begin continue avoid finish try".split())
# After a verb that is also a noun ("Change the fraction ...", "Measure the angle ..."), an object's determiner
# shows the imperative: a noun phrase does not go on with "the".
_OBJECT_DETERMINERS = frozenset("the a an each every both all your its their this these those".split())


def instruction(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A step of a method ("Multiply by 100.", "Change the fraction to a decimal ...") is no definition: left out."""
    words = _WORDS.findall(definition)
    if len(words) > 1 and words[0].lower() in _STEP_OPENERS:
        words = words[1:]
    if len(words) < 2 or not term[:1].isupper() or term.isupper() or _plural_term(term):
        return definition  # a command ("GET"), a code name ("git branch"), or a plural's own verb
    verb = words[0].lower()
    pos = word_pos(verb)
    if "VERB" not in pos or pos & {"ADJ", "AUX", "PROPN"} or verb not in getAllLemmas(verb).get("VERB", ()):
        return definition
    after = words[1].lower()
    if "NOUN" in pos and after not in _OBJECT_DETERMINERS and not (verb in _BEFORE_GERUND and after.endswith("ing")):
        return definition  # "Use place value", "Water soaking into ...": perhaps a noun phrase ("Stop filtering": a verb)
    return None


INSTRUCTION = _register(Gate(
    name="instruction",
    check=instruction,
    examples=(
        ("Metre to centimetre", "Multiply by 100, so 2.5 m becomes 250 cm.", None),
        ("Filter the solution", "Pour it through a paper cone into a clean beaker.", None),
        ("Mixed number to fraction", "Either multiply the whole number by the denominator or draw the parts.", None),
        ("Pump", "Drive a piston.", None),
        ("Area to scale", "Measure the length of each side on the plan.", None),
        ("Liver", "Stop working properly, so toxins build up.", None),
        ("GET", "Retrieve a representation of the resource without changing it.",
         "Retrieve a representation of the resource without changing it."),
        ("Arteries", "Carry blood from the heart to the organs.", "Carry blood from the heart to the organs."),
        ("Measure", "Measure theory studies sizes of sets.", "Measure theory studies sizes of sets."),
        ("Displacement", "Use of a liquid to find a volume.", "Use of a liquid to find a volume."),
        ("Sediment transport", "Load carried by a river, from clay to boulders.",
         "Load carried by a river, from clay to boulders."),
        ("Seepage", "Water soaking slowly through a dam or a bank.", "Water soaking slowly through a dam or a bank."),
        ("Divider", "A tool that divides a length into equal parts.", "A tool that divides a length into equal parts."),
    ),
    # Judged on the merged entry, not on each candidate: a step's other sentences seldom say what it is either, so
    # only the single fall-back of :func:`~lessontext.glossary.extract.published_terms` is tried.
    on_candidates=False,
))
