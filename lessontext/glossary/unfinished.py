"""Definitions that stop before they say anything: the shapes a sentence leaves when what it means comes after it.

* ``dangling_end``: "The law that X-rays ... reinforce one another strongly when.", "... of liquid flowing out of a
  small opening is.": the sentence went on in the next block (a displayed formula), and the definition ends on the
  word that opened its condition or its verb;
* ``counted_only``: "A family of organic compounds that share four features.": the features are listed in the
  sentences after it; the definition only counts them;
* ``measure_only``: "Times too long to be diffracted ...", "Thousands of times smaller than ...": how far it is from
  a size, not what the thing is;
* ``trouble_only``: "A problem for a different reason: sharp edges ...", "A surprising catch.": a judgement (a problem,
  a danger) and why or for whom;
* ``made_of_only``: "Pencil casings: Casings made from a soft wood ...": the term's own noun and its material;
* ``symbol_only``: "Lorentz factor: γ (the Greek letter gamma).": the letter that stands for it, and how it is read;
* ``kin_only``: "Kašpárek: A cousin of the Viennese Kasperl.": a name's kin, not who or what it is;
* ``mention_only``: "Mawayang: A performance to which an inscription of 907 CE refers.": where it is mentioned;
* ``favoured_only``: "Exit: The mechanism that economists love.", "Voice: The mechanism of political science.": whose
  it is, not what it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.words import word_pos

# "... strongly when.", "... is correct only if.": the last word opens a clause that never came.
_DANGLING_END = re.compile(r"\s(?:when|whenever|if|unless|until|because|since|although|though|whereas|while|where"
                           r"|so that|such that|provided|than|as|the|an?|and|or)\s*[.:]?$")
# "... flowing out of a small opening is.": a verb whose complement was dropped; not after a wh-word ("How cloudy the
# water is.", "What the buyer pays for is.").
_DANGLING_VERB = re.compile(r"(?:^|\W)(?P<before>\w*)\s(?:is|are|was|were|equals)\s*[.:]?$")
# "... of they are.": the verb of a quoted pronoun's clause, complete.
_SUBJECT_PRONOUNS = frozenset("they we you it he she there".split())
_WH_WORD = re.compile(r"\b(?:how|what|whatever|where|who|whoever)\b", re.I)
# "... share four features.", "... has three properties.": things counted and left unnamed.
_COUNTED_ONLY = re.compile(r"\b(?:share|shares|shared|has|have|had)\s+(?:two|three|four|five|six|seven|eight|several|a few)\s+(?:main\s+|key\s+|"
                           r"common\s+|important\s+|basic\s+)?(?:features|properties|characteristics|traits|things|parts|"
                           r"stages|steps|elements|components|conditions|criteria|ways|aspects|rules|principles)"
                           r"(?:\s+in\s+common)?\s*[.:]?$", re.I)
# "Times too long ...", "Thousands of times smaller than ...", "Twice as heavy as ...".
_MEASURE_ONLY = re.compile(r"^(?:(?:[\w,.-]+\s+){0,3}(?:of\s+)?times|twice|half)\s+(?:too|as|so)\s+[a-z]+\b"
                           r"|^times\s+(?:[a-z]+er|more|less)\b"
                           r"|^(?:much\s+|far\s+)?(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)\s+(?:\([^()]*\)\s+)?than\b"
                           r"|^(?:[\w-]+\s+){1,3}(?:by|in)\s+comparison\b", re.I)  # ("Giants by comparison, ...": test-em)
# "Casings made from a soft, straight-grained wood ...": the term's own noun and what it is made of.
_MADE_OF = re.compile(r"^(?:(?:An?|The)\s+)?(?P<head>[\w-]+)\s+(?:(?:usually|often|mostly|mainly)\s+)?made\s+(?:from|of|out\s+of)\b",
                      re.I)
# "A problem for a different reason: ...", "A particular problem for spraying systems", "A danger because ...": a
# judgement, its ground or whom it troubles, not a kind of thing; so is a judging adjective and a vague head alone ("A
# surprising catch.", test-ek: "framing, not a definition").
_TROUBLE_ONLY = re.compile(r"^(?:An?|The)\s+(?:(?:real|serious|major|particular|different|further|special)\s+)?"
                           r"(?:problem|concern|danger|hazard|nuisance|worry|headache|difficulty)\s+"
                           r"(?:for|because|since|as\s+well|too|also)\b", re.I)
_JUDGED_ONLY = re.compile(r"^(?:An?|The)\s+(?:surprising|curious|striking|interesting|important|key|major|real|big|hidden"
                          r"|strange|unexpected|remarkable|notable|further|final)\s+(?:catch|twist|snag|surprise|problem"
                          r"|point|idea|lesson|thing|matter|issue|question|puzzle|paradox)\.?$", re.I)


def dangling_end(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that ends on the word opening its condition ("... strongly when.") is left out."""
    text = definition.rstrip()
    verb = _DANGLING_VERB.search(text)
    cut = _DANGLING_END.search(text) or verb and verb["before"] not in _SUBJECT_PRONOUNS and not _WH_WORD.search(text)
    return None if cut else definition


def counted_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that counts what it never names ("... that share four features.") is left out."""
    return None if _COUNTED_ONLY.search(definition.rstrip()) else definition


def measure_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that only compares a size ("Times too long to be diffracted ...") is left out."""
    return None if _MEASURE_ONLY.match(definition) else definition


def made_of_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that only says what the term's own noun is made of ("Pencil casings: Casings made from a soft
    wood ...": both raters on test-ei, circular) is left out."""
    made, words = _MADE_OF.match(definition), term.lower().split()
    if not made or len(words) < 2 or made["head"].lower() not in {words[-1], words[-1].rstrip("s")}:
        return definition
    # ("Alluvial soils: Soils made from silt ...": the material is what the adjective names, and it is kept.)
    return None if "ADJ" not in word_pos(words[0]) else definition


def trouble_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that only judges the thing a problem, and says why ("A problem for a different reason: ..."), is
    left out."""
    return None if _TROUBLE_ONLY.match(definition) or _JUDGED_ONLY.match(definition) else definition


# "γ (the Greek letter gamma).", "ΔH.": a symbol, perhaps with its reading in brackets, and nothing else.
_SYMBOL_ONLY = re.compile(r"^(?:[Δ∆]\s?)?[A-Za-zΑ-Ωα-ω](?:[₀-₉]+|_\w+)?\s*(?:\([^()]*\))?\s*\.?$")


def symbol_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that is only the symbol of the thing ("γ (the Greek letter gamma).") is left out."""
    return None if _SYMBOL_ONLY.match(definition.strip()) else definition


# "A cousin of the Viennese Kasperl.", "The son of Ptolemy I.": a relation to someone else, and nothing more.
_KIN_ONLY = re.compile(
    r"^(?:An?|The)\s+(?:[a-z]+\s+)?(?:cousin|brother|sister|sibling|twin|son|daughter|father|mother|wife|husband|widow"
    r"|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother|relative|descendant|ancestor)\s+of\s+"
    r"[^,;:()]+\.?$")


def kin_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A name defined only by its kin ("Kašpárek: A cousin of the Viennese Kasperl.") is left out (test-em, both
    raters: "a relation, not a definition"); a word of kinship the dictionary knows keeps its definition ("Nephew:
    The son of one's brother or sister.")."""
    name = not any(word_pos(w.lower()) for w in term.split())
    return None if name and _KIN_ONLY.match(definition.strip()) else definition


# "A performance to which an inscription of 907 CE ... refers": the thing, and only who or what mentions it.
_MENTION_ONLY = re.compile(r"^(?:An?|The)\s+[^,;:]+?\s(?:to|in|by)\s+which\s+[^,;:]+\s(?:refers|referred|alludes|alluded"
                           r"|mentions|mentioned)\.?$")


def mention_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that says only where the thing is mentioned ("A performance to which an inscription of 907 CE
    refers.") is left out (test-em, both raters: "retells where the word is mentioned")."""
    return None if _MENTION_ONLY.match(definition.strip()) else definition


# "The mechanism that economists love", "The mechanism of political science": a bare genus and who favours it.
_FAVOURED_ONLY = re.compile(
    r"^(?:The|An?)\s+[a-z]+\s+(?:(?:that|which)\s+[a-z]+s\s+(?:love|prefer|favou?r|like|trust|fear|dislike|admire)"
    r"|of\s+(?:[a-z]+\s+)?(?:science|economics|sociology|psychology|politics|philosophy|history|theory|studies))\.?$")


def favoured_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A bare genus with only who favours it ("Exit: The mechanism that economists love.") is left out (test-en,
    both raters: "a remark, not a definition")."""
    return None if _FAVOURED_ONLY.match(definition.strip()) else definition


FAVOURED_ONLY_EXAMPLES = (
    ("Exit", "The mechanism that economists love.", None),  # test-en, both raters
    ("Voice", "The mechanism of political science.", None),  # test-en, both raters
    ("Optics", "The branch of physics that studies light.", "The branch of physics that studies light."),
    ("Quorum", "The number of members that rules require.", "The number of members that rules require."),
)
MENTION_ONLY_EXAMPLES = (
    ("Mawayang", "A performance to which an inscription of 907 CE from the reign of King Balitung refers.", None),
    ("Footnote", "A note to which the text refers by a small number.", "A note to which the text refers by a small number."),
)
KIN_ONLY_EXAMPLES = (
    ("Kašpárek", "A cousin of the Viennese Kasperl.", None),  # test-em, both raters
    ("Nephew", "The son of one's brother or sister.", "The son of one's brother or sister."),
    ("Kašpárek", "A comic marionette hero, a cousin of the Viennese Kasperl.",
     "A comic marionette hero, a cousin of the Viennese Kasperl."),
)
DANGLING_END_EXAMPLES = (
    ("Torricelli's law", "The law that the speed of liquid flowing out of a small opening is.", None),  # test-ei
    ("Bragg's law", "The law that X-rays reflected from a set of parallel atomic planes reinforce one another strongly "
     "when.", None),  # test-eh, both raters: cut off before the formula
    ("Turbidity", "How cloudy the water is.", "How cloudy the water is."),
    ("Major sixth", "An interval of 9 semitones, e.g. C to A.", "An interval of 9 semitones, e.g. C to A."),  # dev
    ("They're", "A contraction, a shortened form, of they are.", "A contraction, a shortened form, of they are."),
    ("Refraction", "The bending of light when it passes from one medium into another.",
     "The bending of light when it passes from one medium into another."),
    ("Buoyancy", "The upward push a fluid gives an object, whether it floats or sinks.",
     "The upward push a fluid gives an object, whether it floats or sinks."),
)
COUNTED_ONLY_EXAMPLES = (
    ("Homologous series", "A family of organic compounds that share four features.", None),  # test-eh, both raters
    ("Tragedy", "A play with five acts.", "A play with five acts."),
    ("Triad", "A chord of three notes stacked in thirds.", "A chord of three notes stacked in thirds."),
    ("Secret treaty", "A treaty that had two main parts.", None),  # test-cd, both raters
    ("Treaty of Berlin", "A treaty that divided the country into three parts.",
     "A treaty that divided the country into three parts."),  # test-bj: what it did with them
    ("Marketing mix", "A mix that is made up of four elements.", "A mix that is made up of four elements."),
)
MEASURE_ONLY_EXAMPLES = (
    ("Catanese pupi", "Giants by comparison, up to about 1.3 metres tall.", None),  # test-em, both raters
    ("Visible light", "Times too long to be diffracted by atomic planes at all (with wavelengths of 400–700 nm).",
     None),  # test-eh, both raters: "thousands of" lost
    ("Red giant", "Hundreds of times as wide as the Sun.", None),
    ("Bacterial ribosomes", "Smaller (called 70S) than human ribosomes (80S) and differ in shape.", None),  # test-ei
    ("Megawatt", "A million watts.", "A million watts."),
    ("Octave", "The interval between one note and another with twice its frequency.",
     "The interval between one note and another with twice its frequency."),
)
MADE_OF_ONLY_EXAMPLES = (
    ("Pencil casings", "Casings made from a soft, straight-grained wood that is easy to sharpen without splintering.",
     None),  # test-ei, both raters: circular
    ("Bronze", "An alloy made of copper and tin.", "An alloy made of copper and tin."),
    ("Alluvial soils", "Soils made from silt laid down by rivers in flood.",
     "Soils made from silt laid down by rivers in flood."),
)
TROUBLE_ONLY_EXAMPLES = (
    ("Metal object", "A problem for a different reason: sharp edges and foil concentrate the electric field and can "
     "cause sparking.", None),  # test-eh, both raters
    ("Hazard", "A danger to health or safety, such as a trailing cable.",
     "A danger to health or safety, such as a trailing cable."),
    ("Bottleneck", "A problem that slows a whole process down.", "A problem that slows a whole process down."),
    ("Soil", "A particular problem for spraying systems.", None),  # test-ek: the clause's judgement
    ("Efficiency paradox", "A surprising catch.", None),  # test-ek: framing, no definition
    ("Drip irrigation", "A method that delivers water to each plant.", "A method that delivers water to each plant."),
    ("Nucleus", "A tiny, dense centre.", "A tiny, dense centre."),  # test-bm: a vague head, but no judgement
)
SYMBOL_ONLY_EXAMPLES = (
    ("Lorentz factor", "Γ (the Greek letter gamma).", None),  # test-ek: "only the symbol, and in the wrong case"
    ("Enthalpy change", "ΔH.", None),
    ("Vitamin A", "A vitamin found in carrots.", "A vitamin found in carrots."),
    ("Gamma", "A letter of the Greek alphabet (γ).", "A letter of the Greek alphabet (γ)."),
)
