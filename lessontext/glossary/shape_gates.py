"""The publishing gates on a headword or a definition's shape, registered after :mod:`lessontext.glossary.entry_gates`.

Their checks live in :mod:`.shapes` and :mod:`.cases`; this module only registers them, in order, with the examples
a test runs.  Each one answers a failure blind raters kept rejecting, in any subject:

* ``filler_headword``: "Best-known examples", "Well-known example", "Typical experiment", "Smaller
  efforts": a headword that judges or compares ("typical", "best-known", "smaller") or only says
  "example" is the writer's lead-in, not a term;
* ``predicate_only``: "Is shared by definition, so ...", "Led the Resolute Support Mission ...": a
  predicate with its subject cut off says what the thing did, not what it is;
* ``expansion_only``: "IAEA: International Atomic Energy Agency.", "CR: Conditioned response.": an
  abbreviation only spelled out says nothing of what the thing is or does (raters marked every one of
  them for an edit); with no sentence that says more, the entry is left out; so is "NAND: A logic gate
  that stands for NOT." (the letters stand for words, not the thing; a held-out rating rejected it);
* ``reduced_relative``: "A group that pursued on one side can simply step across ...", "A product that
  sold at a bargain price ... sends confused messages": a passive participle read as the verb of "that",
  the sentence's own verb left after it; the sentence was about one case, not a definition;
* ``genus_colon``: "A limit: a white dwarf cannot be ...": a bare genus, a colon and a case (none accepted as is);
* ``head_restated``: "Parent rock: The original rock.", "Pacific word: A word that is new to ...": the term's own noun
  and a modifier whose meaning stayed behind, or a judgement of how it struck someone;
* ``name_as_genus``: "Lady Macbeth: A macbeth that dies": a name's last word lowered into a genus no noun has;
* ``demonstrative_outside``: "... performs this translation.", "... to reduce this kind of redundancy.": "this"
  points outside the entry (raters asked for it resolved every time, six folders); a trailing clause is cut;
* ``members_only``: "Prongs: The spiral galaxies and the barred spirals.", "Micrographs: Drawings and photographs.": two
  things joined by "and" are members or parts, not what the thing is;
* ``about_the_name``: "Flint glass: A name that stuck ...": the name's story, not the thing;
* ``comment_on_clause``: "Mob psychology: A charge of irrationalism that followed Kuhn": what was said of the clause;
* ``maker_only``: "Functionalism: A theoretical approach developed by Malinowski": who made it, not what it is;
* ``acclaim``: "Tea-carrying doll: The best-loved of Japan's karakuri ningyō", "Duck: A marvel of articulation",
  "Parasol: One of the eight auspicious signs": a rank, praise or count, not what the thing is;
* ``named_kind_only``: "St Francis Dam in California: A concrete gravity dam": a name and its kind, nothing more;
* ``owned_headword``: "Scotland's light", "Halley's orbit": someone's thing in the story, not an eponym's term;
* ``instruction_headword``: "Refit the tube", "Include a season word": a verb and its object's article head a
  step of a method, not a term (:mod:`.instruction_headwords`);
* ``grounds_another``: "Genome: The basis of the classification devised by ...": what it grounds, not what it is;
* ``dangling_end``, ``counted_only``, ``measure_only``, ``trouble_only``, ``made_of_only``, ``symbol_only``, ``kin_only``,
  ``mention_only``, ``favoured_only``: :mod:`.unfinished` (a definition that stops before it says anything);
* ``past_act``, ``conditional_case``, ``sign_case``, ``bare_identity``: :mod:`.cases`; ``headless_predicate``, ``predicate_adjective``:
  :mod:`.headless` (no head noun or only the headword as its own); twins: :mod:`.twins`.
"""

from __future__ import annotations

from lessontext.glossary import cases, entry_gates, unfinished  # noqa: F401  (entry_gates' gates register first)
from lessontext.glossary.gate import Gate
from lessontext.glossary.gate import register as _register
from lessontext.glossary.instruction_headwords import INSTRUCTION_HEADWORD_EXAMPLES, instruction_headword
from lessontext.glossary.shapes import (
    about_the_name,
    acclaim,
    comment_on_clause,
    demonstrative_outside,
    expansion_only,
    filler_headword,
    genus_colon,
    grounds_another,
    head_restated,
    maker_only,
    members_only,
    name_as_genus,
    named_kind_only,
    owned_headword,
    predicate_only,
    reduced_relative,
)

FILLER_HEADWORD = _register(Gate(
    name="filler_headword",
    check=filler_headword,
    examples=(
        ("Marvel of production", "The cheap folding umbrella that turns inside out in a gust.", None),  # test-ec
        ("Best-known examples", "The hospital ships Mercy and Comfort, converted oil tankers.", None),
        ("Well-known example", "The ASEAN Defence Ministers' Meeting, which brings ministers together.", None),
        ("Typical experiment", "An experiment in which Pavlov sounded a tone before giving a dog food.", None),
        ("Classic experiment", "An experiment that uses four test tubes, each containing cress seeds.", None),  # test-cp
        ("Correct spelling", "A spelling that lets any reader find the word in a dictionary.", None),  # test-dc
        ("Smaller efforts", "Efforts that build lasting professional relationships.", None),
        ("Technical heart of hanabi", "The warimono, or \"splitting shell\".", None),  # test-dr
        ("Popular picture", "A picture that imagines particles streaming straight from the Sun.", None),  # test-ds
        ("Japanese word for fireworks", "\"Fire flowers\" (hanabi).", None),  # test-dr
        ("Typical", "Usual for its kind.", "Usual for its kind."),
        ("Famous Five", "A series of children's books.", "A series of children's books."),
        ("Experiment", "A test carried out to check a hypothesis.", "A test carried out to check a hypothesis."),
    ),
))


PREDICATE_ONLY = _register(Gate(
    name="predicate_only",
    check=predicate_only,
    examples=(
        ("Border", "Is shared by definition, so no country can secure its frontier on its own.", None),
        ("Protostar", "Is usually surrounded by a flattened, spinning disc of gas and dust.", None),
        ("North Atlantic Treaty Organization", "Led the Resolute Support Mission in Afghanistan from 2015 to 2021.",
         None),
        ("10-1-2 timeline", "Used a guideline.", None),
        ("GET", "Retrieve a representation of the resource without changing it.",
         "Retrieve a representation of the resource without changing it."),
        ("Procedural interoperability", "Shared doctrine, terminology and methods for planning operations.",
         "Shared doctrine, terminology and methods for planning operations."),
        ("Island", "Land surrounded by water.", "Land surrounded by water."),
    ),
))


EXPANSION_ONLY = _register(Gate(
    name="expansion_only",
    check=expansion_only,
    examples=(
        ("IAEA", "International Atomic Energy Agency.", None),
        ("CR", "Conditioned response.", None),
        ("CSpO", "Combined Space Operations initiative.", None),
        ("NAND", "A logic gate that stands for NOT.", None),
        ("SQL", "A language which is short for Structured Query Language.", None),
        ("Variable", "A letter such as x that stands for a number we do not yet know.",
         "A letter such as x that stands for a number we do not yet know."),
        ("ADMM", "A meeting that brings together the defence ministers of ASEAN.",
         "A meeting that brings together the defence ministers of ASEAN."),
        ("Nuclear Suppliers Group", "A group that coordinates controls on nuclear materials.",
         "A group that coordinates controls on nuclear materials."),
        ("STANAG", "Documents in which technical and procedural agreement is recorded.",
         "Documents in which technical and procedural agreement is recorded."),
    ),
    on_candidates=False,
))


REDUCED_RELATIVE = _register(Gate(
    name="reduced_relative",
    check=reduced_relative,
    examples=(
        ("Criminal group", "A group that pursued on one side can simply step across to the other.", None),
        ("Luxury product", "A product that sold at a bargain price in a discount shop sends confused messages.", None),
        ("Tariff", "A tax that applied to imports in the colonies before 1776.",
         "A tax that applied to imports in the colonies before 1776."),
        ("Treaty", "A treaty that entered into force in 1970 and limits nuclear weapons.",
         "A treaty that entered into force in 1970 and limits nuclear weapons."),
    ),
))


GENUS_COLON = _register(Gate(
    name="genus_colon",
    check=genus_colon,
    examples=(
        ("Chandrasekhar limit", "A limit: a white dwarf cannot be more massive than about 1.4 solar masses.", None),
        ("Stimulus generalisation", "A tendency: a dog conditioned to one tone may also salivate to similar tones.",
         None),
        ("Power", "A check: congress controls federal spending.", None),
        ("Ratio", "A comparison of two quantities: part to part or part to whole.",
         "A comparison of two quantities: part to part or part to whole."),
    ),
))


HEAD_RESTATED = _register(Gate(
    name="head_restated",
    check=head_restated,
    examples=(
        ("Parent rock", "The original rock.", None),
        ("Debit side", "The left side.", None),
        ("Activation energy", "The minimum energy needed.", None),
        ("Red giant", "A large red star.", "A large red star."),
        ("Bit", "A single binary digit.", "A single binary digit."),
        ("Electoral system", "The set of rules.", "The set of rules."),
        ("Pacific word", "A word that is new to most European readers.", None),  # test-ek, both raters
        ("Prime number", "A number that is divisible only by itself and one.",
         "A number that is divisible only by itself and one."),
    ),
))


NAME_AS_GENUS = _register(Gate(
    name="name_as_genus",
    check=name_as_genus,
    examples=(
        ("Lady Macbeth", "A macbeth that dies, probably by her own hand.", None),
        ("Entente Cordiale", "A cordiale that followed two years later.", None),
        ("Arms Trade Treaty", "A treaty that regulates the trade in conventional arms.",
         "A treaty that regulates the trade in conventional arms."),
        ("Strong acid", "An acid that ionises almost completely.", "An acid that ionises almost completely."),
    ),
))


DEMONSTRATIVE_OUTSIDE = _register(Gate(
    name="demonstrative_outside",
    check=demonstrative_outside,
    examples=(
        ("Japonisme", "The fashion for Japanese art and design in this period.", "The fashion for Japanese art and design."),
        ("Electoral system", "The set of rules that performs this translation.", None),
        ("Normalisation", "The process of organising tables to reduce this kind of redundancy.", None),
        ("Joint procurement", "The practice of states buying arms jointly so that these costs are spread.",
         "The practice of states buying arms jointly."),
        ("Andesite", "A rock common in volcanoes such as those of the Andes.", "A rock common in volcanoes such as those of the Andes."),
        ("Hierarchical observation", "The arrangement of people so that they can be watched by those above them.",
         "The arrangement of people so that they can be watched by those above them."),
        ("Molniya orbit", "The Soviet Union's answer to that second problem.", None),
        ("Philip of Spain", "A match that was unpopular and helped to spark Wyatt's Rebellion that same year.", None),
        ("Reverse transcriptase", "An enzyme that first copies the RNA into DNA.",
         "An enzyme that first copies the RNA into DNA."),  # a relative "that", no pointer
    ),
    on_candidates=False,  # polishing may still resolve "these steps" from the sentence before
))


MEMBERS_ONLY = _register(Gate(
    name="members_only",
    check=members_only,
    examples=(
        ("Prongs", "The spiral galaxies and the barred spirals.", None),
        ("Micrographs", "Drawings and photographs.", None),
        ("Parties", "The cardholder (the customer), the merchant (the shop), the acquirer (the bank that serves the shop) and "
                    "the issuer (the bank that gave the customer the card).", None),
        ("Monitoring", "Watching and recording activity.", "Watching and recording activity."),
        ("Cerebellum", "Coordinates movement and balance.", "Coordinates movement and balance."),
        ("Foliation", "A layered or banded texture.", "A layered or banded texture."),
        ("MMR", "Measles, mumps and rubella.", "Measles, mumps and rubella."),
        ("EU INTCEN", "The EU Intelligence and Situation Centre.", "The EU Intelligence and Situation Centre."),
        ("Tides", "The rise and fall of the sea.", "The rise and fall of the sea."),
    ),
))


ABOUT_THE_NAME = _register(Gate(
    name="about_the_name",
    check=about_the_name,
    examples=(
        ("Flint glass", "A name that stuck even after flints were replaced by sand.", None),
        ("Invidious comparison", "A phrase he insisted he used in a technical rather than a disapproving sense.",
         None),  # test-eh, both raters
        ("Neologism", "A word that has been newly coined.", "A word that has been newly coined."),
        ("Variable", "A name that refers to a value.", "A name that refers to a value."),
    ),
))


COMMENT_ON_CLAUSE = _register(Gate(
    name="comment_on_clause",
    check=comment_on_clause,
    examples=(
        ("Mob psychology", "A charge of irrationalism that followed Kuhn for years.", None),  # test-dr
        ("Cannibalism", "A claim that outraged Victorian opinion.", None),  # test-cn
        ("Vote", "A view promoted by the Women's National Anti-Suffrage League.", None),  # test-cb
        ("Animism", "A belief that objects have spirits.", "A belief that objects have spirits."),
        ("Ship money", "A charge traditionally paid by coastal towns in wartime.",
         "A charge traditionally paid by coastal towns in wartime."),
    ),
))


MAKER_ONLY = _register(Gate(
    name="maker_only",
    check=maker_only,
    examples=(
        ("Functionalism", "A theoretical approach developed by Malinowski.", None),  # test-ds
        ("Harris matrix", "A diagram devised by Edward Harris in 1973.", None),  # test-dc
        ("De beryllo", "A treatise written by cardinal Nicholas of Cusa.", None),  # test-ei, both raters
        ("Panopticon", "A building designed in the late eighteenth century by the English philosopher Jeremy Bentham.",
         None),  # test-ed
        ("AKINCI drone", "A drone jointly developed by Turkey and Ukraine.",
         "A drone jointly developed by Turkey and Ukraine."),
        ("Supreme Court", "A court created by Act of Parliament.", "A court created by Act of Parliament."),
        ("ECOMOG", "A monitoring force deployed by ECOWAS.", "A monitoring force deployed by ECOWAS."),
        ("Kula", "A system of ceremonial exchange developed by islanders over centuries.",
         "A system of ceremonial exchange developed by islanders over centuries."),
    ),
))


ACCLAIM = _register(Gate(
    name="acclaim",
    check=acclaim,
    examples=(
        ("Tea-carrying doll", "The best-loved of Japan's karakuri ningyō.", None),  # test-eb
        ("Duck", "A marvel of articulation, even if its digestion was a fraud.", None),  # test-eb
        ("Vajont Dam", "The most haunting of the failures.", None),
        ("Parasol", "One of the eight auspicious signs.", None),  # test-ec, both raters
        ("Base", "One of the four chemicals whose order along the strand carries the genetic code.",
         "One of the four chemicals whose order along the strand carries the genetic code."),
        ("Semitone", "The smallest of the twelve equal steps of an octave.",
         "The smallest of the twelve equal steps of an octave."),
        ("Keystone", "The central stone of an arch, which locks the others in place.",
         "The central stone of an arch, which locks the others in place."),
        ("Firstborn", "The first child born to a family.", "The first child born to a family."),
    ),
))


NAMED_KIND_ONLY = _register(Gate(
    name="named_kind_only",
    check=named_kind_only,
    on_candidates=False,  # ("The Cugnot Wagon, a steam carriage, is built in Paris ...": completed after the merge)
    examples=(
        ("St Francis Dam in California", "A concrete gravity dam.", None),  # test-eb, both raters
        ("Reinsurance Treaty", "A short-lived and secret document.", None),  # test-bg, both raters
        ("Federal Reserve", "The central bank of the United States, which sets interest rates.",
         "The central bank of the United States, which sets interest rates."),
        ("Gravity dam", "A massive concrete wall.", "A massive concrete wall."),  # a kind, not a name
        ("NATO", "A military alliance.", "A military alliance."),
        ("Royal Assent", "The monarch's formal agreement.", "The monarch's formal agreement."),  # test-at, accepted
    ),
))


OWNED_HEADWORD = _register(Gate(
    name="owned_headword",
    check=owned_headword,
    examples=(
        ("Scotland's light", "The responsibility of the Northern Lighthouse Board.", None),
        ("Halley's orbit", "A very stretched ellipse.", None),
        ("Galileo's telescope of 1609", "A small refractor.", None),  # test-cx
        ("Newton's law of cooling", "The rule that an object cools at a rate proportional to the temperature difference.",
         "The rule that an object cools at a rate proportional to the temperature difference."),
        ("Hooke's law", "The law that the force on a spring is proportional to its extension.",
         "The law that the force on a spring is proportional to its extension."),
        ("People's Charter", "A document setting out six demands.", "A document setting out six demands."),
        ("Private member's bill", "A public bill introduced by an MP who is not a minister.",
         "A public bill introduced by an MP who is not a minister."),
    ),
))


INSTRUCTION_HEADWORD = _register(Gate(name="instruction_headword", check=instruction_headword,
                                     examples=INSTRUCTION_HEADWORD_EXAMPLES))
PAST_ACT = _register(Gate(name="past_act", check=cases.past_act, examples=cases.PAST_ACT_EXAMPLES))
CONDITIONAL_CASE = _register(Gate(name="conditional_case", check=cases.conditional_case, examples=cases.IF_EXAMPLES))
SIGN_CASE = _register(Gate(name="sign_case", check=cases.sign_case, examples=cases.SIGN_CASE_EXAMPLES))
GROUNDS_ANOTHER = _register(Gate(name="grounds_another", check=grounds_another, examples=(
    ("Genome", "The basis of the classification devised by David Baltimore in 1971.", None),  # test-ee
    ("Epistemology", "The starting point of philosophy for the next two centuries.", None),
    ("Bedrock", "The solid rock that lies beneath soil and loose sediment.",
     "The solid rock that lies beneath soil and loose sediment."),
)))
DANGLING_END = _register(Gate(name="dangling_end", check=unfinished.dangling_end,
                              examples=unfinished.DANGLING_END_EXAMPLES))
COUNTED_ONLY = _register(Gate(name="counted_only", check=unfinished.counted_only,
                              examples=unfinished.COUNTED_ONLY_EXAMPLES))
MEASURE_ONLY = _register(Gate(name="measure_only", check=unfinished.measure_only,
                              examples=unfinished.MEASURE_ONLY_EXAMPLES))
TROUBLE_ONLY = _register(Gate(name="trouble_only", check=unfinished.trouble_only,
                              examples=unfinished.TROUBLE_ONLY_EXAMPLES))
MADE_OF_ONLY = _register(Gate(name="made_of_only", check=unfinished.made_of_only,
                              examples=unfinished.MADE_OF_ONLY_EXAMPLES))
SYMBOL_ONLY = _register(Gate(name="symbol_only", check=unfinished.symbol_only, examples=unfinished.SYMBOL_ONLY_EXAMPLES))
KIN_ONLY = _register(Gate(name="kin_only", check=unfinished.kin_only, examples=unfinished.KIN_ONLY_EXAMPLES))
MENTION_ONLY = _register(Gate(name="mention_only", check=unfinished.mention_only,
                              examples=unfinished.MENTION_ONLY_EXAMPLES))
FAVOURED_ONLY = _register(Gate(name="favoured_only", check=unfinished.favoured_only,
                               examples=unfinished.FAVOURED_ONLY_EXAMPLES))
