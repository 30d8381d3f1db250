"""Is a definition a noun phrase, or the rest of a sentence about the term?

"X is vast, weather is unforgiving ..." gives "Distances: Vast, weather is
unforgiving ...": the copula's complement was an adjective, and the sentence
went on with a clause of its own.  Blind raters rejected every such entry, in
essays and lessons of several folders, because the definition only says what
the thing is like, or states a fact about it.  Three general shapes, each a
test on the definition alone (only closed classes of words are listed):

* ``predicative``: "Vast, weather is unforgiving ...", "Expensive and few are
  built each year.", "Numerical and fairly evenly spread.", "Independent if
  the outcome of one ...": the definition opens with an adjective that no noun
  follows (a list of adjectives before a noun, "Large, long-lived phagocytes",
  is a noun phrase and kept);
* ``second_predicate``: "A last resort and is governed by national law.",
  "Members of the diplomatic staff and enjoy the same privileges ...": a noun
  phrase, then "and" and a second verb whose subject is the term: the
  sentence said two things about it, and neither is what it is (a verb inside
  a relative clause, "A load that acts ... and is measured in kN", is kept; so is a clause whose plural subject
  has its own verb before "and", "The chromosomes coil up and become short");
* ``verb_disagrees``: "A sea that still contain ...", "An index that allow us
  ...": a singular genus with a plural verb: the subject was plural ("the
  Baltic Sea and the North Sea still contain"), so the entry is not one thing;
* ``name_for_verb``: "Groups that Mine Countermeasures Groups, which keep ...",
  "Wars that War and French support for ...": a name where the relative
  clause needs its verb, and no verb after the name either ("A treaty that
  NATO signed" has one): a sentence's examples were cut in the wrong place.

A rule that rebuilds a naming sentence round its genus ("A <genus> <preposition> which <clause>", "A <genus>
that ...") writes no English when the sentence was cut in the wrong place, whatever rule did it:

* ``verbless_relative``: "Two pulleys with which a spring-loaded arm hanging below the frame.", "A period in
  which but the tide is also turning ...", "A year in which flood and famine, the king taxed the towns ...": the
  clause after "preposition + which" has no finite verb, opens on a conjunction, or is a coordinated noun phrase
  spliced to another sentence by a comma;
* ``article_number``: "A rules under which ...", "A two stressed beats ...": "a/an" before a plural genus or a count;
* ``comma_splice``: "The official currency, prices are set in euros.": a noun phrase, a comma, then a second
  subject and its verb: two clauses of a sentence, not a definition;
* ``named_by_relative``: "The person who does the action, which linguists call the agent.": a short noun phrase
  that a "which ... call X" clause gives another name, so it defines X, not the headword;
* ``second_label``: "He sang the song. Reported: He said he had sung it.": a second "Label:" after a full stop,
  an example pair or a run of labelled lines, not a definition; so is an answer ("No. Most rivers ...").
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import finite_verb, is_participle, word_list
from lessontext.words import STOPWORDS, getAllLemmas, getInflection, singular, term_key, word_pos

__all__ = ["PREDICATION_EXAMPLES", "article_number", "comma_splice", "lexical_predicate", "relational", "name_for_verb", "named_by_relative", "predicative",
           "second_label", "second_predicate", "subject_pronoun_end", "verb_disagrees", "verbless_relative", "bare_clause"]

# Degree adverbs before an adjective: "fairly evenly spread", "relatively cheap".
_DEGREE = r"(?:(?:very|often|relatively|fairly|highly|usually|generally|largely|mostly|too|so|quite|extremely|far)\s+)?"
_OPENING_ADJECTIVE = re.compile(_DEGREE + r"(?P<adj>[A-Za-z][\w-]*)")
_THE_SUPERLATIVE = re.compile(r"The\s+(?=most\s|[a-z]+est\b)")
# What follows an adjective that heads no noun phrase: a comma, a conjunction, a condition, or the end.
# ("Small, usually green, leaf-like parts": an adverb in "-ly" qualifies the next adjective of the same phrase.)
_AFTER_PREDICATIVE = re.compile(
    r"^(?:,\s+(?:[a-z]+ly\s+)?(?P<comma>[\w'’-]+)|\s+(?:and|or|but)\s+(?P<conj>[\w'’-]+)|\s+(?:if|when|whenever|where|wherever|unless|enough)\b|\s*\.?$)")
_NEXT_WORD = re.compile(r"^\s+(?P<word>[a-z][\w-]*)")
# "Formed when ...": a participle, then when the thing comes about.
_PARTICIPLE_WHEN = re.compile(r"^\s+(?:when|whenever)\s+\S+\s+\S+")
# Quantity words and determiners open noun phrases ("More than half of ...", "Many small parties").
_QUANTIFIERS = frozenset("a an the one two three this that these those some any each every no its their more less most "
                         "least many much few several other such".split())


def _noun_headword(term: str) -> bool:
    words = re.findall(r"[\w'’-]+", term)
    return bool(words) and (words[-1][:1].isupper() or "NOUN" in word_pos(words[-1].lower()))


def predicative(term: str, definition: str) -> bool:
    """An adjective opens the definition of a noun and no noun follows it: what the thing is like, not what it is."""
    superlative = _THE_SUPERLATIVE.match(definition)  # "The highest where the sea is shallow": "Surges are highest ..."
    match = _OPENING_ADJECTIVE.match(definition, superlative.end() if superlative else 0)
    if not match:
        return False
    adjective = match.group("adj").lower()
    if "ADJ" not in word_pos(adjective) or adjective in _QUANTIFIERS or adjective.endswith("ing"):
        return False  # "Drawing and design": a gerund is a noun
    after = _AFTER_PREDICATIVE.match(definition[match.end():])
    if not after or superlative and (after.group("comma") or after.group("conj")):
        return False  # ("The longest and strongest bone in the body": a superlative heading a noun)
    if _PARTICIPLE_WHEN.match(definition[match.end():]) and "VERB" in word_pos(adjective) and adjective.endswith("ed"):
        return False  # "Formed when a cold front catches up ...": how the thing comes about, a reduced passive
    following = after.group("comma") or after.group("conj")
    if following and (not following.islower() or after.group("comma") and ("-" in following or "ADJ" in word_pos(following))):
        return False  # "Industrial and Technological Benefits" (a name); "Large, long-lived cells" (a noun phrase)
    if after.group("conj") and not adjective.endswith("er") and (
            head := _NEXT_WORD.match(definition[match.end() + after.end():])) and (
            "NOUN" in word_pos(head["word"].lower()) and head["word"].lower() not in STOPWORDS):
        return False  # "Wooden or rock barriers that are built ...": both modify the noun after them (test-be)
    return _noun_headword(term)


_SECOND_VERB = re.compile(r"\s(?:and|but)\s+(?:(?:also|often|then|still|usually|now|thus)\s+)?(?P<verb>[a-z]+)\b")
_AUXILIARY = frozenset("is are was were has have had".split())
# Before the second verb: a relative, a pronoun, a modal, a verb or a participle means the verb may belong to
# a clause inside the noun phrase ("Memories we can recall and describe", "Rocks carried by ... scrape and grind").
_CLAUSE_INSIDE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|whereby|if|because|to|as|so|while|whether|how|what|we|you|they|it|he"
    r"|she|i|can|could|may|might|will|would|must|should|is|are|was|were|has|have|had)\b|\b\w+(?:ing|ed)\b", re.I)


def second_predicate(term: str, definition: str) -> bool:
    """A noun phrase, then "and" and a verb only the term can be the subject of: two statements, no definition."""
    first = re.findall(r"[\w'’-]+", definition)[:1]
    pos = word_pos(first[0].lower()) if first else frozenset()
    if not first or first[0].lower() not in _QUANTIFIERS and ("NOUN" not in pos or "ADJ" in pos):
        return False  # a bare predicate ("Present from birth and responds ...") is another shape's business
    for match in _SECOND_VERB.finditer(definition):
        verb = match.group("verb")
        # ("The story from outside but stays close ...": after "but", a verb in "-s" is a verb even when it is a noun too.)
        but_verb = match.group(0).split()[0] == "but" and verb.endswith("s") and finite_verb(verb, plural=False)
        if verb in _AUXILIARY or word_pos(verb) == {"VERB"} and finite_verb(verb) or but_verb and " not " not in definition:
            return (not _CLAUSE_INSIDE.search(definition[: match.start()]) and not _paired_participles(definition, match)
                    and not _OWN_VERB.search(definition[: match.start()]))
    return False


# "The chromosomes coil up and become ...", "The cells arrive at the poles and begin ...": the noun phrase already has
# its own verb (with its particle or preposition) before "and": one clause with two verbs, a label's described step.
_OWN_VERB = re.compile(r"^(?:The|Its|Their)\s+(?:[\w,-]+\s+){0,3}?[a-z]+s\s+(?P<verb>[a-z]+)\s+"
                       r"(?:up|down|out|off|apart|together|at|to|into|onto|across|along|through|around|towards)\b")


# "made mainly by the liver and needed by every cell": a participle, then "and" and a participle with its agent, a place
# or a time ("a strip of papyrus wound around itself and unrolled as it was read": test-du, missed).
_AGENT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:by|in|for|from|with|to|into|on|at|as|when|after|before)\b")


def _participle(word: str) -> bool:
    return any(word in (getInflection(lemma, "VBN") or ()) for lemma in getAllLemmas(word).get("VERB", ()))


def _paired_participles(definition: str, second: re.Match[str]) -> bool:
    """The verb after "and" is a past participle paired with one before it: both describe the noun, no second clause."""
    words = re.findall(r"[a-z]+", definition[: second.start()])
    return (_participle(second.group("verb")) and bool(_AGENT_AFTER.match(definition, second.end()))
            and any(_participle(w) for w in words[1:]))


# "A sea that still contain ...": a singular genus, "that", a verb without its third-person "-s".
_SINGULAR_GENUS = re.compile(
    r"^(?:An?|One)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+(?:that|which|who)\s+"
    r"(?:(?:still|also|often|usually|now|then|only|always|never|generally|typically)\s+)?(?P<verb>[a-z]+)\b")


def verb_disagrees(term: str, definition: str) -> bool:
    """A singular genus whose relative clause has a plural verb: the sentence's subject was several things."""
    match = _SINGULAR_GENUS.match(definition)
    if not match or singular(match.group("noun")) != match.group("noun"):
        return False
    verb = match.group("verb")
    if verb in {"are", "were", "have", "do"}:
        return True
    return word_pos(verb) == {"VERB"} and finite_verb(verb, plural=True) and not finite_verb(verb, plural=False)


# "Groups that Mine Countermeasures Groups, which ...": the genus, a relative pronoun, then a capitalised name.
_NAME_AFTER_RELATIVE = re.compile(
    r"^(?:(?:An?|The)\s+)?[\w-]+\s+(?:that|which|who)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?P<after>[^,;:.]*)")
_AFTER_NAME_VERBS = frozenset("is are was were has have had can could may might must will would should do does did".split())


def name_for_verb(term: str, definition: str) -> bool:
    """A capitalised name where the relative clause's verb should be, and no verb after it before a comma."""
    match = _NAME_AFTER_RELATIVE.match(definition)
    if not match:
        return False
    words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group("after"))]
    if words and finite_verb(words[0]):
        return False  # "A body that NATO runs": the name is the clause's subject
    # "A treaty that NATO and Warsaw Pact states signed": a longer subject, then its verb.
    return not any(w in _AFTER_NAME_VERBS or word_pos(w) == {"VERB"} and finite_verb(w) for w in words)


_WHICH_PREPOSITIONS = ("in|on|at|by|to|for|with|from|into|onto|over|under|through|during|between|among|against|within|"
                       "without|upon|after|before|across|behind|around|below|above|beneath|beyond|of")
# "... under which <clause>": the relative clause a rule rebuilt round the genus.
_PREPOSITION_WHICH = re.compile(rf"\b(?:{_WHICH_PREPOSITIONS})\s+which\s+(?P<clause>[^;]*)$", re.I)
# "in which but ...", "into which there it ...": a word that joins main clauses cannot open a relative clause.
_CANNOT_OPEN_RELATIVE = re.compile(r"^(?:but|yet|and|or|nor|so|there\s+(?:it|they|he|she|we|you|this))\b", re.I)
# "over which X is an example: the river falls.": the clause ran on past a colon into a short sentence of its own.
_SHORT_AFTER_COLON = re.compile(r":\s+(?:[\w'’-]+\s+){1,4}[\w'’-]+\.?$")
_AUXILIARIES = frozenset("is are was were has have had be can could may might must shall should will would do does did"
                         .split())
# After these a word is the noun or adjective of a noun phrase, not a verb ("the cassette", "a spring-loaded arm").
_NOUN_PHRASE_OPENERS = frozenset("a an the its their his her our your my this that these those each every some any no "
                                 "one two three four five several many few".split())
# A preposition's object is a noun phrase ("fighters from bases in the north").  ("to" is left out: "in which
# some allow officers to sail": a word the reader takes for a pronoun, "some", may have been the subject.)
_OBJECT_TAKERS = frozenset(_WHICH_PREPOSITIONS.split("|")) - {"to"}


def _finite_in(words: list[str]) -> bool:
    """Some word of ``words`` (a clause after its relative pronoun) can be its finite verb."""
    previous, modifier = "", False
    for i, word in enumerate(words):
        lowered = word.lower()
        if lowered in _AUXILIARIES:
            return True
        # The clause's first word is its subject unless it can only be a verb ("through which enters the leaf": a
        # subject later repairs supply); a word after a determiner, or after a modifier inside a noun phrase
        # ("a carved scroll", "a spring-loaded arm"), belongs to the noun phrase; an "-ing" form is never finite.
        in_noun_phrase = (not i and word_pos(lowered) != {"VERB"} or previous in _NOUN_PHRASE_OPENERS or modifier
                          or previous in _OBJECT_TAKERS
                          or previous.endswith("'s") or word_pos(previous) == {"ADJ"})
        if not in_noun_phrase and not lowered.endswith("ing") and finite_verb(word):
            return True
        modifier = in_noun_phrase and ("-" in lowered or lowered.endswith("ed") or word_pos(lowered) == {"ADJ"})
        previous = lowered
    return False


def verbless_relative(term: str, definition: str) -> bool:
    """A "preposition + which" clause with no finite verb, opening on a conjunction, or spliced to a sentence."""
    match = _PREPOSITION_WHICH.search(definition.rstrip(". "))
    if not match:
        return False
    clause = match.group("clause")
    if _CANNOT_OPEN_RELATIVE.match(clause) or _SHORT_AFTER_COLON.search(clause):
        return True
    words = re.findall(r"[\w'’-]+", clause)
    if words and not _finite_in(words):
        return True
    # "in which flood and famine, the king taxed ...": a coordinated noun phrase, no verb, then a comma; the comma
    # ended a list that opened the sentence ("After A, B and C, ...") and what follows is the sentence's own clause.
    first, comma, _ = clause.partition(",")
    segment = re.findall(r"[\w'’-]+", first)
    return bool(comma and segment) and bool({"and", "or"} & {w.lower() for w in segment}) and not _finite_in(segment)


# "A rules under which", "An islands that": the article of a singular genus before a plural noun.
_ARTICLE_GENUS = re.compile(
    rf"^An?\s+(?P<noun>[a-z][\w-]*)\s+(?:that|which|who|whose|where|(?:{_WHICH_PREPOSITIONS})\s+(?:which|whom))\b")
_PLURAL_LOOKING_SINGULARS = frozenset({"means"})


# "A two stressed syllables ...", "A 1907 that ...": a count or a year where the singular genus should be.
_ARTICLE_COUNT = re.compile(r"^An?\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s|\d+\s+(?:that|which)\b)")


def article_number(term: str, definition: str) -> bool:
    """"A" or "an" before a plural genus or a count: a plural of the sentence was made the head of a singular phrase."""
    if _ARTICLE_COUNT.match(definition):
        return True
    match = _ARTICLE_GENUS.match(definition)
    if not match:
        return False
    noun = match.group("noun")
    return noun not in _PLURAL_LOOKING_SINGULARS and singular(noun) != noun and "NOUN" in word_pos(noun)


# "The official currency, prices are set ...": a noun phrase, a comma, a bare noun and a copula.
_SPLICED_SUBJECT = re.compile(
    r"^(?:The|An?)\s+(?P<phrase>[^,;:()]{1,60}),\s+(?P<noun>[a-z][\w-]*)\s+(?:is|are|was|were|has|have|had)\s")
_RELATIVE_WORDS = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|if|because)\b", re.I)
_CLOSED_CLASS = frozenset("that which who whom whose where when while if because it this these those there they we you "
                          "he she one".split())


def comma_splice(term: str, definition: str) -> bool:
    """A noun phrase, a comma, then another subject with its verb: the rest of a sentence's list of clauses."""
    match = _SPLICED_SUBJECT.match(definition)
    if not match or _RELATIVE_WORDS.search(match.group("phrase")):
        return False
    noun = match.group("noun")
    return (noun not in _CLOSED_CLASS and "NOUN" in word_pos(noun) and "ADJ" not in word_pos(noun)
            and not noun.endswith("ly"))


# "The doer of the action, which grammarians call the agent.": a short noun phrase that the clause names.
_NAMED_BY_RELATIVE_MAX_WORDS = 6
_NAMED_BY_RELATIVE = re.compile(
    r"^(?P<phrase>[^,;:()]+),\s+which\s+(?:(?:is|are)\s+(?:now\s+|also\s+|often\s+)?(?:called|named|termed)"
    r"|(?!(?:is|are|was|were|the|a|an)\b)[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:(?:now|also|often|usually|sometimes)\s+)?"
    r"(?:call|calls|name|names|term|terms))\s+(?:(?:the|an?)\s+)?(?P<name>[^,;:()]+?)\.?$")


def named_by_relative(term: str, definition: str) -> bool:
    """The whole definition is what a "which ... call X" clause names X: it defines X, unless X is the headword."""
    match = _NAMED_BY_RELATIVE.match(definition.strip())
    if not match or len(match.group("phrase").split()) > _NAMED_BY_RELATIVE_MAX_WORDS:
        return False
    return term_key(match.group("name")) != term_key(term)


# ". Passive: The vase ...", ". Reported: He said ...": a full stop, a one- or two-word label and a colon.
_SECOND_LABEL = re.compile(r"[.!?]\s+[A-Z][\w-]*(?:\s+[\w-]+)?:\s+\S")


# "No. Many places have two tides ...": the answer to a question the text asked, then its reason.
_ANSWER_FIRST = re.compile(r"^(?:Yes|No)[.,!]\s")


def second_label(term: str, definition: str) -> bool:
    """Another "Label:" after a full stop, or a "Yes."/"No." answer first: lines of an exchange, not a definition."""
    return bool(_SECOND_LABEL.search(definition) or _ANSWER_FIRST.match(definition))


# "Several gears use a system.": a counted subject, its finite verb and its object, and nothing else.
_BARE_CLAUSE = re.compile(
    r"^(?:Several|Many|Most|Some|All|Few|Both|Two|Three|Four|Five)\s+(?P<subject>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+"
    r"(?P<verb>[a-z]+)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,2}\.?$")


def bare_clause(term: str, definition: str) -> bool:
    """A counted subject, a finite verb and its object: a sentence a naming sentence was cut down to."""
    match = _BARE_CLAUSE.match(definition.strip())
    if not match or _RELATIVE_WORDS.search(match.group("subject")):
        return False
    last, verb = match.group("subject").split()[-1].lower(), match.group("verb")
    return ("NOUN" in word_pos(last) and last not in _CLOSED_CLASS and not verb.endswith("ing")
            and finite_verb(verb, plural=True))


# (term, definition, what the publishing gate returns): the behaviour the tests assert.
PREDICATION_EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    ("Distances", "Vast, weather is unforgiving and infrastructure is sparse.", None),
    ("Specialised aircraft", "Expensive and few are built each year.", None),
    ("Data", "Numerical and fairly evenly spread.", None),
    ("Two events", "Independent if the outcome of one has no effect on the outcome of the other.", None),
    ("Macrophages", "Large, long-lived phagocytes that patrol tissues.", "Large, long-lived phagocytes that patrol tissues."),
    ("Absolute majority", "More than half of the valid votes.", "More than half of the valid votes."),
    ("Andesite", "Common in volcanoes above subduction zones.", "Common in volcanoes above subduction zones."),
    ("Disegno", "Drawing and design.", "Drawing and design."),
    ("Sound", "Said of an argument when it is valid.", "Said of an argument when it is valid."),
    ("Rain shadow", "Formed when moist air loses its water on the windward side.",
     "A shadow that is formed when moist air loses its water on the windward side."),
    ("Use of force", "A last resort and is governed by national law.", None),
    ("Attachés", "Members of the diplomatic staff of the mission and enjoy the same privileges.", None),
    ("Innate immunity", "Present from birth and responds to any threat.",
     "An immunity that is present from birth and responds to any threat."),
    ("Point load", "A load that acts at a single spot and is measured in kilonewtons.",
     "A load that acts at a single spot and is measured in kilonewtons."),
    ("Explicit memory", "Memories we can consciously recall and describe.", "Memories we can consciously recall and describe."),
    ("Nebula", "A vast cloud of gas and dust in space.", "A vast cloud of gas and dust in space."),
    ("Judiciary", "The system of courts and judges that interprets the law.",
     "The system of courts and judges that interprets the law."),
    ("Baltic Sea and the North Sea", "A sea that still contain large quantities of explosive ordnance.", None),
    ("Price index", "An index that allow us to convert nominal values into real ones.", None),
    ("Stable sort", "A sort that keeps equal items in the same order.", "A sort that keeps equal items in the same order."),
    ("Bus", "A vehicle that carried passengers.", "A vehicle that carried passengers."),
    ("Standing multinational groups", "Groups that Mine Countermeasures Groups, which keep minehunters at sea.", None),
    ("Costly wars", "Wars that War and French support for the colonists, had left the government in debt.", None),
    ("Open Skies", "A treaty that NATO and Warsaw Pact states signed in 1992.", "A treaty that NATO and Warsaw Pact states signed in 1992."),
    ("Charter", "A document that Parliament passed.", "A document that Parliament passed."),
)


# "Over the North Atlantic and the north-east Pacific it.": a clause's subject left at the end, its verb cut off.
_PLACE_WORDS = frozenset("above below inside outside behind beneath beside near around within".split())
_SUBJECT_PRONOUN_END = re.compile(r"(?P<before>[\w-]+)\s+(?P<pronoun>it|they|he|she|we)\s*\.?$")


def subject_pronoun_end(definition: str) -> bool:
    """The definition ends on a clause's subject pronoun, its verb cut off ("... the north-east Pacific it.")."""
    match = _SUBJECT_PRONOUN_END.search(definition)
    if not match:
        return False
    before = match["before"]
    if before.lower() in _PLACE_WORDS:
        return False  # "the row above it", "the cell inside it": a place beside the thing, its object
    pos = word_pos(before.lower())
    return before[:1].isupper() or "NOUN" in pos and not pos & {"VERB", "ADV"}


# "its sister institution", "its wider format", "a related body": the thing placed beside another the reader
# cannot see, not said what it is.
_RELATIONAL_MODIFIERS = frozenset("sister other related similar parallel same second third another companion "
                                  "counterpart partner successor predecessor complementary".split())


def relational(word: str) -> bool:
    """A modifier that relates the noun to something else: "sister", "other", a comparative ("wider", "larger")."""
    lw = word.lower()
    if lw in _RELATIONAL_MODIFIERS:
        return True
    return lw.endswith("er") and any("ADJ" in word_pos(stem) for stem in (lw[:-2], lw[:-1], lw[:-3]) if len(stem) > 2)


# "The X Framework, established in 2009, has supported joint training ...", "The X Agency has led efforts to ...":
# what a standing body or programme has done since it was set up is what it does.
_PERFECT = re.compile(r"^(?:has|have)\s+(?:(?:long|also|regularly|repeatedly|since|for\s+(?:decades|years|centuries))\s+)?"
                      r"(?P<verb>[a-z]+)\b")


# "has conducted several, including ...", "has pursued similar goals": what it did, told against what came before.
_QUANTIFIER_OBJECTS = frozenset("several many some both each most all others".split())


def lexical_predicate(predicate: str) -> str:
    """"has supported joint training" -> "supported joint training": the verb to judge, after a perfect's "has".

    A perfect whose object leans on what the text told before ("has
    conducted several", "has pursued similar goals") is returned whole, so
    that the "has" refuses it.
    """
    perfect = _PERFECT.match(predicate)
    if not perfect or perfect["verb"] == "been" or not is_participle(perfect["verb"]):
        return predicate
    lexical = predicate[perfect.start("verb"):]
    following = word_list(lexical)[1:3]
    # ("has admitted many students": the quantifier has its noun.)
    bare_quantifier = following and following[0].lower() in _QUANTIFIER_OBJECTS and not (
        len(following) > 1 and "NOUN" in word_pos(following[1].lower()) and not relational(following[1]))
    if following and (bare_quantifier or any(relational(w) for w in following)):
        return predicate
    return lexical
