"""Definitional sentences: "X is a ...", "X refers to ...", "X occurs when ...", "X measures how ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import (
    RESTRICTIVE,
    finish_definition,
    is_generic,
    is_vacuous,
    judged_not_classed,
    kind_from_definition,
    mask_term,
    valid_term,
)
from lessontext.glossary.comparison import data_note_subject, measured_instance, relative_role
from lessontext.glossary.owned import recurring_term
from lessontext.glossary.phrases import (
    DEFINITION_IS_A,
    PREPOSITIONS,
    finite_verb,
    genus_of,
    has_anaphora,
    is_participle,
    looks_like_acronym,
    plural_head,
    strip_article,
    verb_only,
    without_verb_aside,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.term_paragraphs import example_of_label, later_sentence_labels
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# "X is a ...", "X is the ...": the complement is a noun phrase saying what X is.
CONFIDENCE = 0.85
# "X refers to / means / is defined as ...".
STRONG_VERB_CONFIDENCE = 0.95
# "X measures how ...": rewritten as "A measure of how ...".
MEASURES_CONFIDENCE = 0.8
# "X occurs when ...".
WHEN_CONFIDENCE = 0.85
# "X is the same ...", "X is the reason ...": at the cut.
SAME_OR_REASON_CONFIDENCE = 0.5
# "X is the most important tort in practice": a ranking, below the cut.
RANKING_CONFIDENCE = 0.45
# "X is an acid because ...", "X is the APY": a classification with a reason, or another name; below the cut.
CLASSIFIED_CONFIDENCE = 0.45
# "X serves as / represents a crucial approach": a role or an evaluation, below the cut.
ROLE_VERB_CONFIDENCE = 0.45
# "Net pay is what is left after all deductions": a noun clause, not a genus; below "is a", so a label or a noun
# phrase for the same term (a table row, 0.7) wins the merge.
WHAT_CLAUSE_CONFIDENCE = 0.65
# "ATP is often described as the energy currency of the cell": a characterisation, less than "is a".
DESCRIBED_AS_CONFIDENCE = 0.7


_STRONG_VERBS = {"refers to", "refer to", "means", "mean", "denotes", "denote", "can be defined as",
                 "may be defined as", "is defined as", "are defined as", "is the name for", "is the term for"}

_WHEN_VERBS = {"occurs when", "occur when", "happens when"}

_DETERMINER_START = re.compile(r"^(?:a|an|the|one of|any|each|two|three|several|some|half(?: of)? the|twice the)\b", re.I)

_NOT_A_DEFINITION_START = frozenset(
    """
    not also often usually still now fast being able likely thought known called said used made found
    responsible available present more most so too very only just always never sometimes generally
    important essential critical crucial vital key common necessary possible designed expected
    required considered believed based given involved located situated set due
    """.split()
)


# "X, by contrast, is ...", "X, however, is ...": a discourse marker set off by commas says how the sentence
# relates to the one before; it is no qualification of the definition.
_ASIDE_MARKER = re.compile(
    r"(?:by contrast|in contrast|on the other hand|for (?:example|instance)|in turn|(?:in|by) (?:his|her|their|its) \w+|"
    + "|".join(re.escape(m) for m in lexicon.DISCOURSE_MARKERS) + r")",
    re.I,
)

# "An **emergency fund** is money set aside for ...": a bold subject's bare noun phrase, restricted at once.
_MIN_BOLD_BARE_WORDS = 3
_SAME_FORM_PARTICIPLES = frozenset("set put cut spread cast shed".split())
_RELATIVE_WORDS = frozenset("that which who whose where".split())


def _bare_noun_phrase(rest: str, *, bold_subject: bool = False) -> bool:
    """"chest pain caused by reduced blood flow": a mass-noun phrase with a restriction.

    When the author set the subject in bold, any modifier will do ("money
    set aside specifically for unexpected costs"): the bold says a term is
    being defined.
    """
    words = word_list(rest)
    if len(words) < (_MIN_BOLD_BARE_WORDS if bold_subject else 4) or words[0][:1].isupper():
        return False
    first = word_pos(words[0].lower())
    # "water that flows ...", "rock that forms ...": a noun that is also a verb, restricted by a relative clause
    # at once, is the noun ("is show that" is no English).
    relative_next = bold_subject and words[1].lower() in _RELATIVE_WORDS
    if "NOUN" not in first or first & {"ADJ", "ADV", "VERB"} - ({"VERB"} if not bold_subject or relative_next else set()) \
            or words[0].lower() in _NOT_A_DEFINITION_START:
        return False
    if bold_subject:
        # "money set aside for ...", "energy stored in ...", "rock that ...": the noun is restricted at once
        # ("The **budget** is money well spent" evaluates, it does not define).
        second = words[1].lower()
        return is_participle(second) or second in _SAME_FORM_PARTICIPLES or second in PREPOSITIONS \
            or second in _RELATIVE_WORDS
    restriction = RESTRICTIVE.search(rest)
    return bool(restriction) and restriction.start() < 60 and "," not in rest[: restriction.start()]


_ALIAS_APPOS = re.compile(r"^(?:also|otherwise|sometimes|commonly|often)\s+(?:known as|called|referred to as|termed)\s+(?P<alias>.+)$|^or\s+(?P<or>.+)$", re.I)


_NAME_IN_PLACE = re.compile(r"^((?:[A-Z][\w-]*\s+)+[A-Z][\w-]*)\s+(?:in|at|near|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")

_CAPITALS_RUN = re.compile(r"[A-Z]{2,}\b")


# "One ampere is a flow of one coulomb per second", "One volt means ...": a unit defined by one of it.
_UNIT_OR_SYMBOL = re.compile(r"^One\s+(?=[a-z]+$)|^([a-z][a-z-]*\s+[a-z][a-z -]*?)\s+[A-Za-z]$")  # "runoff coefficient C"
_REPORTED_UNIT = re.compile(r"^[^,]{0,40}?\b(?:tells us|shows|means)\s+that\s+one\s+(?=[a-z]+\s+(?:is|equals)\s.*\bone\s)")

_CLASS_WITH_REASON = re.compile(r"\bbecause\b(?!\s+of\b)")  # "because of gravity" is part of what it is
_RELATIVE_THEN_REASON = re.compile(r"^(?P<defined>(?:an?|one)\s+[^,;]*?\b(?:whose|that|which|who|where)\s+[^,;]+),\s+because\b")
_NAME_COMPLEMENT = re.compile(r"^(?:the|an?)\s+[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s*\([^()]*\))?\s*[.;]?$")
_THE_SAME_OR_REASON = re.compile(r"(?:the|a|an)\s+(?:same|case|reason|result|key|subject|answer|focus|goal|aim)\b", re.I)


# "A joint activity is one in which ...": "one" stands for the subject's head noun.
_ONE_RESTRICTED = re.compile(r"^one\s+(?=(?:in which|that|which|who|where|whose)\b)", re.I)


def _one_as_head(subj: str, rest: str) -> str:
    """"one in which two services take part" after "a joint activity is" -> "an activity in which ..."."""
    words = word_list(subj)
    if len(words) < 2 or not _ONE_RESTRICTED.match(rest):
        return rest
    head = words[-1].lower()
    article = "an" if head[:1] in "aeiou" else "a"
    return _ONE_RESTRICTED.sub(f"{article} {head} ", rest, count=1)


_HOW_OR_WHAT_OPENER = re.compile(r"(?:how|the|whether|what)\b")


# "Negligence is the most important tort in practice": a ranking, not what it is.
_SUPERLATIVE_COMPLEMENT = re.compile(r"(?:the|a|an|one of the)\s+(?:(?:most|least|best|worst|largest|biggest)\b|(?:[a-z-]+\s+){1,2}(?:that|which)\s+(?:most|least)\s)", re.I)  # ("the nutrient that most limits yield": test-em)
# "Intelligence-sharing agreements are a quiet but essential part of modern security": how much it matters.
_IMPORTANT_PART = re.compile(
    r"^(?:an?|the)\s+(?:[a-z]+\s+){0,3}?(?:important|essential|vital|crucial|key|critical|central|integral|necessary)"
    r"\s+(?:part|element|aspect|feature|component|ingredient|pillar)\s+of\b", re.I)
# "is often described as the first free-standing statue ...": a claim to a place in history, not what it is.
_FIRST_OF_KIND = re.compile(r"(?:the|an?)\s+(?:first|last|only|earliest|greatest)\b", re.I)
# "CVS and Subversion", "Strength and concentration": a subject naming two things.
_COORDINATED_SUBJECT = re.compile(r"\s(?:and|or)\s", re.I)


_ANY_LETTER = re.compile(r"[A-Za-z]")

_THREE_DIGITS = re.compile(r"\d{3,}")


_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|so|yet|while|whereas)\s+(?=(?:the|it|they|this|these|that|there|a|an|he|she|we|its|their)\b"
                                 r"|(?:(?!(?:that|which|who)\b)[a-z]+\s+){1,4}(?:was|were|is|are)\s)")


_WHILE_WHEREAS = re.compile(r",\s+(?:while|whereas)\s+|\s+and\s+(?=[A-Z][\w-]*\s+the\s+[\w-]+\s)")  # ("and Boreas the ...")


# "normal balance of an account": a bold term and the kind of thing it belongs to.
_BOLD_OF_OWNER = re.compile(r"^(?P<term>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?P<owner>of\s+(?:an?|the|each|every)\s+[a-z][\w-]*)$")
# "the side on which ...", "the amount that ...": the complement's head noun, then what restricts it.
_HEAD_THEN_RELATIVE = re.compile(
    r"^(?P<head>(?:the|a|an)\s+[a-z][\w-]*)\s+(?=(?:on|in|at|by|to|from|for|with)\s+which\b|that\b|which\b|where\b)")


# "... the mass of one mole of it.": the complement ends on "it" after a preposition.
_PRONOUN_AT_END = re.compile(r"\b(?P<prep>of|in|on|from|to|into|with|for|by)\s+it(?=\s*[.;]?\s*$)")


# "The **skeletal system** is the framework of the body": a bare generic head ("framework", "number") owned by a
# noun phrase says what the bold term is; "the key part of ..." (a modifier first) still only ranks it.
# So does "A **percentage** is a number out of 100", "A **ratio** is a number per unit": the bare head, then a
# phrase of measure ("out of", "per", "over") or a count.
_OWNED_HEAD = re.compile(r"^(?:The|An?)\s+[a-z]+\s+(?:of\s+(?:the|an?)\s+[a-z]|(?:out\s+of|per|over)\s+(?:the|an?|one|every|each|\d))")


# "A colony is a group of insects living together", "A stanza is a group of lines, the poetic equivalent of a
# paragraph": a collective head ("group", "set", "series") says what the thing is once its members are named (a
# plural noun of its own, not "people" or "things") and something more restricts or glosses them; "a group of
# countries" alone, or with only examples after it ("..., including ..."), stays vacuous.
_COLLECTIVE_OF_MEMBERS = re.compile(
    r"^(?:The|An?)\s+(?:[a-z-]+\s+)?(?:group|set|series|collection|sequence|chain|cluster|network)\s+of\s+"
    r"(?:[a-z-]+\s+)?(?P<members>[a-z]{3,}s)\b(?P<more>(?!,?\s+(?:including|such\s+as|like|for\s+example|and|or)\b)"
    r"[^.;]+)")


def _collective_of_members(definition: str) -> bool:
    """"A group of insects living and working together": a collective head, its members, then what restricts them."""
    match = _COLLECTIVE_OF_MEMBERS.match(definition)
    if not match or len(word_list(match.group("more"))) < 2:
        return False
    members = match.group("members")
    return (plural_head(members) and "NOUN" in word_pos(members) and singular(members) not in lexicon.GENERIC_NOUNS
            and members not in lexicon.GENERIC_NOUNS)


def _in_bold(term: str, context: Context) -> bool:
    """True when the author set ``term`` in bold somewhere in the lesson."""
    return term_key(term) in context.bold_keys


def _in_title(word: str, context: Context) -> bool:
    """True when the one word ``word`` is a word of the lesson's title."""
    return term_key(word) in {term_key(w) for w in word_list(context.document.title)}


def _titled_after(term: str, context: Context) -> bool:
    """True when the lesson's title opens with ``term`` ("Specific Heat Capacity: Why ..."): its subject, however
    generic its first word."""
    return f"{term_key(context.document.title)} ".startswith(f"{term_key(term)} ")


# "The **place of articulation** is where the main narrowing occurs": a bold subject defined by a wh- clause.
_WH_COMPLEMENT = re.compile(r"^(?:where|what|how|when|whatever|whichever)\s+\S+\s+\S+", re.I)
# "A **homogeneous catalyst** is in the same state as the reactants": a bold subject placed by a preposition of
# state or place says which of its genus it is ("A catalyst that is in the same state as the reactants").
_PLACED_COMPLEMENT = re.compile(r"^(?:in|inside|outside|within|between|beneath|below|above|under)\s+(?:the|an?)\s", re.I)
# "A **cantilever** is fixed rigidly at one end": a bold subject described by what is done to it.
# ("is measured in", "is shown in", "is written as" say how it is handled, not what it is.)
_NOT_DESCRIBING_PARTICIPLES = _NOT_A_DEFINITION_START | frozenset(
    "measured shown written discussed divided covered explained introduced illustrated named represented "
    "expressed calculated studied listed drawn".split())
WH_CONFIDENCE = 0.8
_PLACE_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these|those|other|another)\b", re.I)


def _bold_subject_described(subj: str, verb: str, rest: str, section: DocumentSection,
                            sentence: str) -> list[Candidate] | None:
    """A bold subject defined by "is where/what/how ..." or "is fixed at one end ..."; None when neither shape fits."""
    rest = _COORDINATED_CLAUSE.split(rest)[0].rstrip(".")
    if _WH_COMPLEMENT.match(rest) and not has_anaphora(rest):
        definition = finish_definition(rest)
        confidence = WH_CONFIDENCE
    elif _PLACED_COMPLEMENT.match(rest):
        if len(word_list(rest)) < 5 or has_anaphora(rest) or _PLACE_PRONOUN.search(rest) or len(word_list(subj)) < 2:
            return None
        genus, _plural = genus_of(subj)
        definition = finish_definition(f"{genus} that {verb} {rest}")
        confidence = DESCRIBED_AS_CONFIDENCE
    else:
        participle = word_list(rest)[0].lower()
        if (not (is_participle(participle) or participle in _SAME_FORM_PARTICIPLES)
                or participle in _NOT_DESCRIBING_PARTICIPLES or len(word_list(rest)) < 4 or has_anaphora(rest)):
            return None
        genus, _plural = genus_of(subj)
        definition = finish_definition(f"{genus} that {verb} {rest}")
        confidence = DESCRIBED_AS_CONFIDENCE
    if definition is None:
        return None
    return [Candidate(subj, definition, TermKind.DEFINED, section, sentence, confidence, "pattern")]


# "Equity, also called owner's equity or, in a company, shareholders' equity, is ...": a short aside inside the
# subject's appositive, which would otherwise hide the verb from the subject.
# "The concentration of a solution, c, is ...": the symbol the lesson gives the quantity, set aside before the verb.
_SYMBOL_ASIDE = re.compile(r",\s+[A-Za-z\u0370-\u03ff]{1,2},\s+(?=(?:is|are)\s)")
_INNER_ASIDE = re.compile(r"(?<=\bor),\s+(?:in|for|at|on|by|with)\s+(?:an?|the)\s+[\w-]+,\s+")


_COMPARATIVES = frozenset("more less fewer greater higher lower larger smaller bigger shorter longer".split())


def _comparative(word: str) -> bool:
    """"shorter", "more", "warmer": a comparative adjective ("water", "number", "filter" are nouns)."""
    lw = word.lower()
    return lw in _COMPARATIVES or lw.endswith("er") and "NOUN" not in word_pos(lw) and any(
        "ADJ" in word_pos(stem) for stem in (lw[:-2], lw[:-1], lw[:-3] if lw[-3:-2] == lw[-4:-3] else "") if len(stem) > 2)


# "In the **passive voice**, the subject is ...", "In *The dog chased the cat*, the cat is the object": a setting.
_IN_SETTING = re.compile(r"^In\s+(?![A-Z][\w-]*(?:'s|’s)\s+(?:usage|sense|terms)\s)(?P<setting>[^,;:()]{2,80}),\s")
_CLAUSE_WORDS = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|if|because|as)\b", re.I)
_DETERMINERS = frozenset("the a an its their his her this that these those".split())


def _said_of_setting(sentence: str, subj: str, context: Context) -> bool:
    """The copula holds inside a setting the sentence opens on: another emphasised term, or an example sentence.

    "In the **active voice**, the subject is the doer; in the **passive voice**, the subject is the receiver": what
    the subject is depends on the voice, so neither is what a subject is.  "In *The dog chased the cat*, the cat is
    the object": a word of the example, not a term.  A field ("In economics, a market is ...") has no article and
    no verb, and stays.
    """
    match = _IN_SETTING.match(sentence)
    if not match:
        return False
    setting = match.group("setting")
    words = word_list(setting)
    if words[0].lower() in {"the", "a", "an"} and term_key(strip_article(setting)) != term_key(subj) and \
            any(term_key(b) == term_key(strip_article(setting)) for b in context.document.emphasis):
        return True
    # An example sentence is quoted with its capital ("In *The dog chased the ball*"); "In its widest sense" is no clause.
    return words[0][:1].isupper() and not _CLAUSE_WORDS.search(setting) and any(
        w in {"is", "are", "was", "were"} or w.islower() and finite_verb(w) and words[i].lower() not in _DETERMINERS
        for i, w in enumerate(words[1:]))


# "Net pay is what is left after all deductions", "Opportunity cost is what you give up to get something": a noun
# clause that says what the quantity is, up to a colon or semicolon that comments on it.
_WHAT_CLAUSE = re.compile(r"^(?P<clause>what\s+(?!(?:makes|matters|counts|happens)\b)[^:;]{8,200}?)\s*(?:[:;.]|$)")


def _what_clause(rest: str) -> bool:
    """"what you give up", "what is left": "what" as the object, or a passive; "what holds X together" is a role."""
    match = _WHAT_CLAUSE.match(rest)
    if not match:
        return False
    words = word_list(match.group("clause"))
    if len(words) < 4:
        return False  # "what is left": too little to stand alone
    second = words[1].lower()
    if second in {"i", "we", "me", "my"}:
        return False  # "a compliment is what I like to receive": a memory aid in the writer's voice
    return second in {"is", "are", "was", "were"} or not (second.endswith("s") and finite_verb(second))


# "independent, so ...", "mutually exclusive: no card is both", "soluble because ...": the complement is a lone
# adjective (with its adverb), then a reason, a consequence, its own gloss ("incompatible, which means they ...": the
# adjective is the term there) or the end: a property of the subject, not what it is.
_ADJECTIVE_WITH_REASON = re.compile(
    r"^(?:[a-z]+ly\s+)?(?P<adjective>[a-z][a-z-]+)(?:\s+(?:mainly|mostly|largely|partly|chiefly))?\s*(?:[:;]|,?\s+(?:so|because|since|as|but|and\s+so)\b"
    r"|,\s+(?:which\s+means|meaning)\b|\.?$)")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten hundred thousand million".split())
_ADJECTIVE_ENDINGS = ("ic", "ous", "ive", "ful", "less", "able", "ible")


def _adjective_with_reason(rest: str) -> bool:
    """"independent, so use the product rule": a lone adjective as the complement, then a reason or the end."""
    match = _ADJECTIVE_WITH_REASON.match(rest)
    if not match:
        return False
    adjective = match.group("adjective")
    # ("eukaryotic": a specialist adjective the word list lacks, known by its ending; test-cm)
    return adjective not in _NUMBER_WORDS and ("ADJ" in word_pos(adjective)
                                               or not word_pos(adjective) and adjective.endswith(_ADJECTIVE_ENDINGS))


def _later_sentence_labels(context: Context) -> dict[str, str]:
    labels = context.memo.get("later_sentence_labels")
    if labels is None:  # once per document: the rule reads every sentence
        labels = context.memo["later_sentence_labels"] = later_sentence_labels(context.document)
    return labels  # type: ignore[return-value]


def find_copula(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Osmosis is the movement of ...", "A tort refers to ...": the subject is the term, the complement its definition.

    "is/are" needs a noun phrase after it ("a", "the", a restricted mass noun); "refers to", "means", "is defined as"
    are surer; "serves as", "represents" say what X does or how important it is, not what it is, and stay below the
    cut unless other evidence keeps X.
    """
    # "The formula tells us that one coulomb is the charge that passes ... when a current of one ampere flows": a unit
    text = _REPORTED_UNIT.sub("One ", _SYMBOL_ASIDE.sub(" ", without_verb_aside(sentence), count=1))
    match = DEFINITION_IS_A.match(text) or DEFINITION_IS_A.match(_INNER_ASIDE.sub(" ", text))
    if not match:
        return []
    verb = match.group("verb")
    subj = strip_article(match.group("subj"))
    subj = _NAME_IN_PLACE.sub(r"\1", subj)
    subj = _UNIT_OR_SYMBOL.sub(r"\1", subj)
    rest = match.group("rest").strip()
    owned = _BOLD_OF_OWNER.match(subj)
    if owned and _in_bold(owned.group("term"), context) and (head := _HEAD_THEN_RELATIVE.match(rest)):
        # "The **normal balance** of an account is the side on which ..." -> "The side of an account on which ...".
        subj = owned.group("term")
        rest = f"{head.group('head')} {owned.group('owner')}{rest[head.end('head'):]}"
    elif (owned and _in_bold(owned.group("term"), context) and _DETERMINER_START.match(rest)
          and word_list(owned.group("owner"))[-1].lower() in {w.lower() for w in word_list(rest)}):
        # "The **concentration** of a solution is the amount of solute per unit volume of solution": the complement
        # says whose it is, so the bold word is the term.
        subj = owned.group("term")
    elif owned and _in_bold(owned.group("term"), context) and re.match(r"(?:its|their)\s+[a-z]", rest):
        # "The **molar mass** of a substance is its relative formula mass ..." -> "The relative formula mass ...".
        subj, rest = owned.group("term"), f"the {rest.split(None, 1)[1]}"
    elif owned and _in_bold(owned.group("term"), context) and _PRONOUN_AT_END.search(rest):
        # "The **molar mass** of a substance is the mass of one mole of it" -> "... of one mole of a substance": the
        # "it" is the owner the subject named, which the headword leaves behind.
        subj = owned.group("term")
        rest = _PRONOUN_AT_END.sub(lambda m: f"{m.group('prep')} {owned.group('owner')[3:]}", rest)
    elif owned and not owned.group("owner").startswith("of the") and recurring_term(
            owned.group("term"), context.document_words):
        # "The opportunity cost of a choice is the value of ...", "The specific heat capacity of a substance is the
        # energy needed to ...": a term said of any thing of a kind is that term; the complement's "that substance"
        # is the owner the headword leaves behind ("... of one kilogram of a substance").
        subj = owned.group("term")
        owner = owned.group("owner").split(None, 1)[1]  # "a substance"
        rest = re.sub(rf"\bthat\s+{re.escape(owner.split()[-1])}\b", owner, rest)
    # "A **scale** is a series of notes ...": a word the author sets in bold and defines is a term, however common.
    # So is one the lesson is titled after ("Working Out a **Tip**": "A tip is an extra amount given ...").
    bold_word = subj.isalpha() and is_generic(subj) and (_in_bold(subj, context) or _in_title(subj, context))
    if _said_of_setting(sentence, subj, context):
        return []  # "In the **passive voice**, the subject is the receiver ...": true of the setting, not in general
    if fold(subj) in lexicon.COUNTRIES and not _in_bold(subj, context):
        return []  # "Norway was the first country to ...": a country the lesson speaks of, not a term it defines
    if (relative_role(rest) or data_note_subject(subj) or measured_instance(match.group("subj"), rest) or lexicon.NAME_ORIGIN.match(rest)
            or example_of_label(_later_sentence_labels(context), sentence, rest)) and not _in_bold(subj, context):
        return []  # "Tidal power is the exception", "The cost figures are ...", "A virus is a single particle" (under
        # "Particle: ..."): no definition
    if _COORDINATED_SUBJECT.search(subj) and not _in_bold(subj, context):
        return []  # "Git and Mercurial are examples ...": two things, neither defined as a term
    if not (valid_term(subj) or bold_word) or fold(word_list(subj)[0]) in lexicon.GENERIC_MODIFIERS and not (
            _in_bold(subj, context) or _titled_after(subj, context)):
        return []  # "The usual remedy is damages": a role, not a term (but "A **key signature** is ...")
    if (verb in {"was", "were"} and len(word_list(subj)) <= 2 and subj.islower() and rest.lower().startswith("the ")
            and match.group("subj").lower().startswith("the ") and not _in_bold(subj, context)):
        return []  # "The spark was the sale of indulgences", "The turning point was the ...": a part in one story
    if verb in {"is", "was"}:
        rest = _one_as_head(subj, rest)
    if verb in {"is", "are", "was", "were"}:
        first = word_list(rest)[:2]
        if not first:
            return []
        if _in_bold(subj, context) and not _DETERMINER_START.match(rest) and not _what_clause(rest):
            described = _bold_subject_described(subj, verb, rest, section, sentence)
            if described is not None:
                return described
        what_clause = _what_clause(rest)
        if not _DETERMINER_START.match(rest) and not what_clause:
            if verb in {"is", "was"} and not _CAPITALS_RUN.match(rest) and not _bare_noun_phrase(
                    rest, bold_subject=_in_bold(subj, context)):
                return []
            w0 = first[0].lower()
            if (w0 in _NOT_A_DEFINITION_START or w0 in STOPWORDS or w0.endswith(("ly", "ing", "ed"))
                    or verb_only(w0) or (len(first) > 1 and first[1].lower().endswith("ing") and word_pos(w0) != {"ADJ"})
                    or w0 in lexicon.PREDICATE_ADJECTIVES and first[1:2] and first[1].lower() in PREPOSITIONS | {"of"}  # "full of"
                    or is_participle(w0) and (len(first) < 2 or first[1].lower() not in {"of", "from"}) or w0 in _SAME_FORM_PARTICIPLES
                    or first[1:2] and first[1].lower() in {"out", "up", "down", "off", "away", "apart"}
                    and "VERB" in word_pos(w0) and first[2:3] != ["of"]):  # "are spread out on mats" (test-cu)
                return []  # ("are broken down, mainly in the liver", "are left too dry", "are cut from the tree": a passive)
        if what_clause:
            rest = _WHAT_CLAUSE.match(rest).group("clause")  # "what you pay: it ...": the clause, not its comment
        if _adjective_with_reason(rest):
            return []  # "The tosses are independent, so use the product rule": a property and what follows from it
        if _RELATIVE_THEN_REASON.match(rest):
            # "one whose effect shows only when two copies are present, because ...": the reason is the clause's
            rest = _RELATIVE_THEN_REASON.match(rest).group("defined")
        if _SUPERLATIVE_COMPLEMENT.match(rest) or _IMPORTANT_PART.match(rest):
            confidence = RANKING_CONFIDENCE
        elif _CLASS_WITH_REASON.search(_WHILE_WHEREAS.split(rest)[0]) or _NAME_COMPLEMENT.match(rest):
            # "Sodium hydroxide is an Arrhenius base because NaOH releases ...": an instance classified, with a
            # reason; "The equivalent figure is the APY (annual percentage yield)": a name, not an explanation.
            confidence = CLASSIFIED_CONFIDENCE
        elif _THE_SAME_OR_REASON.match(rest):
            confidence = SAME_OR_REASON_CONFIDENCE
        elif what_clause:
            confidence = WHAT_CLAUSE_CONFIDENCE
        else:
            confidence = CONFIDENCE
    elif verb.endswith("described as"):
        if not _DETERMINER_START.match(rest) or _SUPERLATIVE_COMPLEMENT.match(rest) or _FIRST_OF_KIND.match(rest):
            return []  # "is described as arcuate", "is often described as the first ...": no noun phrase that defines
        confidence = DESCRIBED_AS_CONFIDENCE
    elif verb in _STRONG_VERBS:
        if verb in {"means", "mean"} and (_comparative(word_list(subj)[0]) or re.search(r"\d", subj)) \
                or verb.startswith("refer") and rest[:1].isupper():
            return []  # "A shorter time means ...", "A value near 1 means ...", "The subtitle refers to Prometheus"
        confidence = STRONG_VERB_CONFIDENCE
    elif verb == "measures":
        # "Price elasticity of demand measures how strongly ..."
        if (not _HOW_OR_WHAT_OPENER.match(rest) or re.search(r"\d\.\d", rest)
                or singular(fold(word_list(subj)[-1])) in lexicon.PERSON_NOUNS):
            return []  # "A student measures the resistance of a 0.80 m length ...": one act in an example (test-dy)
        rest = f"A measure of {rest}"
        confidence = MEASURES_CONFIDENCE
    elif verb in _WHEN_VERBS:
        confidence = WHEN_CONFIDENCE
        rest = "when " + rest if verb.endswith("when") else rest
        rest = ("Occurs " if not verb.startswith("happen") else "Happens ") + rest
    else:
        # "X serves as / represents a crucial approach": a role or an
        # evaluation, not what X is; only other evidence can keep X.
        confidence = ROLE_VERB_CONFIDENCE
    aliases: set[str] = set()
    paren = match.group("paren")
    if paren and _ANY_LETTER.search(paren) and not _THREE_DIGITS.search(paren):
        if looks_like_acronym(paren) or len(word_list(paren)) <= 4:
            aliases.add(paren.strip())
    appos = match.group("appos")
    extra = ""
    if appos:
        alias_match = _ALIAS_APPOS.match(appos.strip())
        if _ASIDE_MARKER.fullmatch(appos.strip()):
            pass  # "A third-person omniscient narrator, by contrast, is ...": a signpost, not part of the definition
        elif alias_match:
            aliases.add((alias_match.group("alias") or alias_match.group("or")).strip())
        else:
            extra = appos.strip()
    key = term_key(subj)
    # Stop at a second, coordinated clause: "a transform boundary, and the ...".
    rest = _COORDINATED_CLAUSE.split(rest)[0]
    rest = _WHILE_WHEREAS.split(rest)[0]  # "..., while B is ...": B's definition, not X's
    definition = rest.rstrip(".")
    if extra:
        definition = f"{definition} ({extra})"
    definition = finish_definition(mask_term(definition, key, [term_key(a) for a in aliases]))
    bold = _in_bold(subj, context)  # ("an **acid** is a proton donor": the author's term, however bare its genus)
    if definition is None or judged_not_classed(subj, definition) and not bold or is_vacuous(definition) and not (
            bold and _OWNED_HEAD.match(definition) or _collective_of_members(definition)):
        return []
    kind = kind_from_definition(subj, definition)
    if kind == TermKind.DEFINED and any(looks_like_acronym(a) for a in aliases):
        kind = TermKind.ACRONYM
    return [Candidate(subj, definition, kind, section, sentence, confidence, "pattern", aliases)]


COPULA = RULES.register(Rule(
    name="copula", priority=140, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_copula,
    examples=(
        finds("# Cells\n\nOsmosis is the movement of water across a partially permeable membrane.\n", "Osmosis"),
        finds("# Law\n\nA tort refers to a civil wrong that causes someone to suffer loss.\n", "tort"),
        misses("# Novels\n\nThe subtitle refers to Prometheus, a figure of Greek myth.\n", "subtitle"),
        finds("# Moles\n\nThe **molar mass** of a substance is its relative formula mass in grams per mole.\n", "molar mass"),
        finds("# Baths\n\n**Thermae** were large bathing complexes built by emperors.\n", "thermae"),
        # (The words before the bold stay in the term: "Total **contribution** is ...", "The most common **chord** is".)
        finds("# Fractions\n\nThe **numerator** is the number above the line in a fraction.\n", "numerator"),
        misses("# Circuits\n\nThe two switches are independent, so either can be opened first.\n", "switches"),
        misses("# Salts\n\nCopper sulfate crystals are soluble: a spoonful disappears in warm water.\n",
               "copper sulfate crystals"),
        misses("# Rooms\n\nThe two meetings are concurrent, which means they cannot both be attended by the same"
               " person.\n", "meetings"),
        finds("# Farms\n\nThe **farm-gate price** is what a farmer is paid for the crop before transport.\n",
              "farm-gate price"),
        finds("# Farms\n\nThe yield gap is what a field could grow minus what it does grow.\n", "yield gap"),
        misses("# Farms\n\nGood drainage is what makes this soil so valuable.\n", "Good drainage"),
        misses("# Farms\n\nCrop rotation is what keeps the soil in good heart.\n", "Crop rotation"),
        finds("# Voting\n\nA blocking vote is one that stops a motion on its own, because the rules need all votes.\n",
              "blocking vote"),
        misses("# Spelling\n\nA desert is what I would cross on a camel.\n", "desert"),
        finds("# Planes\n\nTankers are large, expensive aircraft that need specialised crews.\n", "Tankers"),
        misses("# Cells\n\nOsmosis is important for every living cell in the body.\n", "Osmosis"),
        misses("# Circuits\n\nIn a **parallel circuit**, the current is the sum of the currents in the branches.\n",
               "current"),
        misses("# Grammar\n\nIn *The dog chased the ball*, the ball is the object of the verb.\n", "ball"),
        finds("# Markets\n\nIn economics, a market is any place where buyers and sellers meet to trade.\n", "market"),
        misses("# Revolution\n\nThe final straw was the new tax on tea, which the colonists refused to pay.\n", "final straw"),
        finds("# Music\n\nA **key signature** is the group of sharps or flats written at the start of a line.\n",
              "key signature"),
        finds("# Music\n\nA **scale** is a series of notes arranged in order of pitch.\n", "scale"),
        misses("# Music\n\nA scale is a series of notes arranged in order of pitch.\n", "scale"),
        misses("# Tools\n\nGit and Mercurial are examples of distributed systems.\n", "Git and Mercurial"),
        finds("# Money\n\nAn **emergency fund** is money set aside for unexpected costs.\n", "emergency fund"),
        misses("# Money\n\nAn emergency fund is money set aside for unexpected costs.\n", "emergency fund"),
        misses("# Money\n\nA **budget** is money well spent.\n", "budget"),
        finds("# Speech\n\nThe **place of articulation** is where the main narrowing occurs.\n", "place of articulation"),
        misses("# Speech\n\nThe place of articulation is where the main narrowing occurs.\n", "place of articulation"),
        finds("# Circuits\n\nOne ampere is a flow of one coulomb of charge per second.\n", "ampere"),
        finds("# Beams\n\nA **cantilever** is fixed rigidly at one end and free at the other.\n", "cantilever"),
        misses("# Circuits\n\n**Power** is measured in watts with a meter.\n", "Power"),
        finds("# Forces\n\nA joint activity is one in which two services of one country take part together.\n",
              "joint activity"),
        misses("# Law\n\nThe usual remedy is the payment of damages to the claimant.\n", "usual remedy"),
        finds("# Plants\n\nThe **root system** is the framework of the plant.\n", "root system"),
        misses("# Plants\n\nThe root system is the framework of the plant.\n", "root system"),
        misses("# Plants\n\nThe **root system** is a key part of the plant.\n", "root system"),
        finds("# Tests\n\nA **mark** is a number out of 20.\n", "mark"),
        finds("# Soils\n\nA **perched aquifer** is above the main water table, held up by a layer of clay.\n",
              "perched aquifer"),
        misses("# Soils\n\nA **perched aquifer** is above the other one.\n", "perched aquifer"),
        finds("# Crops\n\nA **limiting factor** is whichever condition is in shortest supply.\n", "limiting factor"),
        misses("# Tests\n\nA mark is a number out of 20.\n", "mark"),
        finds("# Birds\n\nA flock is a group of birds flying and feeding together.\n", "flock"),
        misses("# Trade\n\nThe forum is a group of countries, including Peru and Chile.\n", "forum"),
        finds("# Forces\n\n**Weight** is the force acting on an object because of gravity.\n", "Weight"),
        misses("# Blood\n\nWorn-out cells are broken down, mainly in the liver and spleen.\n", "Worn-out cells"),
    ),
))

# "Rivers carry sediment; abrasion is the wearing away of ...": a later main clause can define too.
COPULA_IN_CLAUSE = RULES.register(Rule(
    name="copula_in_clause", priority=160, scope=Scope.CLAUSE, confidence=CONFIDENCE, find=find_copula,
    examples=(
        finds("# Rivers\n\nRivers carry sediment downstream; abrasion is the wearing away of the bed by that sediment.\n",
              "abrasion"),
        misses("# Rivers\n\nAbrasion is the wearing away of the bed by the sediment that a river carries.\n", "Abrasion"),
    ),
))
