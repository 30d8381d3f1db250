"""A description, then the name: "the place where two rivers meet is a confluence", "The bottom number, the
denominator, tells ...".

Textbooks often say what a thing is before naming it: the subject is a noun
phrase restricted by a relative clause ("The point at which exactly enough
base has been added", "The part of the graph where discharge increases") and
the complement, ending the clause, is the term.  The subject is then the
definition as written.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import AUXILIARIES, finite_verb, has_anaphora, is_participle, plural_head, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import specificity
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, singular, term_key, word_pos
from lessontext.words.people import OCCUPATIONS, PERSON_NOUNS

# The author's own description of the thing, named at the end: as sure as a named aside.
CONFIDENCE = 0.75

# "..., and the place where ...", "...; the part where ...": each main clause can describe and name.
_MAIN_CLAUSES = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+")
# "The point where a river begins is a ...": a determiner, a head noun (with up to three modifiers, "the deep,
# narrow trough"), a relative
# clause without a verb "is/are" of its own, then "is/are a/the NAME" at the end of the clause or before a comma
# (", often revealed by ...").
_DESCRIPTION_IS_NAME = re.compile(
    r"^(?P<description>(?:the|an?)\s+(?:[a-z-]+,?\s+){0,3}?[a-z-]+"
    r"(?:\s+of\s+(?:the|an?)\s+[a-z-]+)?"
    r"\s+(?:where|when|(?:at|in|on|by|through)\s+which|that|which|who)\s+"
    r"(?:(?!\b(?:is|are|was|were)\b)[^,;:()])+?)"
    r"\s+(?:is|are)\s+(?:the|an?)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    # "... is the mole (symbol: mol).": the symbol or short gloss the author gives the name after it.
    r"(?:\s+\([^()]{1,40}\))?\s*(?:[.:]|,\s.*)?$",
    re.I,
)
# "A sign read as a syllable is a **syllabogram**": the head noun restricted by a participle phrase, not a clause.  A
# participle restricts as loosely as an adjective ("A dog trained as a guide is a companion"), so only a name the
# author sets in bold is taken to be named here.
_PARTICIPLE_IS_NAME = re.compile(
    r"^(?P<description>(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+)\s+(?P<participle>[a-z]+)\s+(?P<next>[a-z]+)"
    r"(?:(?!\b(?:is|are|was|were)\b)[^,;:()])*?)"
    r"\s+(?:is|are)\s+(?:the|an?)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*\.?$",
    re.I,
)
_PREPOSITIONS = frozenset("as by in with from for to on into at through under".split())


def _participle_description(clause: str, context: Context) -> re.Match | None:
    """The match of "<a noun> <participle> ... is a <bold name>", or None."""
    if not context.bold_keys or not re.search(r"\s(?:is|are)\s(?:the|an?)\s", clause):
        return None
    match = _PARTICIPLE_IS_NAME.match(clause)
    if match is None or term_key(match["term"]) not in context.bold_keys:
        return None
    participle = match["participle"].lower()
    if "VERB" not in word_pos(participle) or "NOUN" not in word_pos(match["head"].lower()):
        return None
    if is_participle(participle) or participle.endswith("ing") or match["next"].lower() in _PREPOSITIONS:
        return match
    return None


# "the part where it falls again": a description leaning on a word outside it is no definition.
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these|those|he|she|his|her)\b", re.I)
# "the number of particles in it" after "the mass of a substance": an "it" the description itself has just
# introduced ("a substance") leans on nothing outside it.
_INNER_IT = re.compile(r"\b(?:an?|any)\s+[a-z-]+\b(?P<between>.*?)\b(?:it|its)\b", re.I)


def _leans_outside(description: str) -> bool:
    """True when a pronoun in ``description`` points outside it."""
    inner = _INNER_IT.search(description)
    if inner is None:
        return bool(_PRONOUN.search(description))
    rest = description[: inner.start()] + inner.group("between") + description[inner.end():]
    return bool(_PRONOUN.search(rest))
# "The largest animal that ...", "The only thing that ...": a rank or a uniqueness picks out one thing, it does not
# define a kind.
_RANKED = re.compile(r"^(?:the|an?)\s+(?:most|least|only|first|last|main|best|worst|[a-z]+est)\b", re.I)
# A one-word name must be a specialised word ("confluence"), not an everyday one ("the result", "the price").
_SPECIALISED_WORD = 0.6


_RELATIVE_WORD = re.compile(r"\s(?:where|when|at|in|on|by|through|that|which|who)\s")


def _subject_and_verb(description: str) -> bool:
    """"The Athenians answer that hope is a costly comfort": a plural noun and its verb before "that", a clause and
    what it reports, not a noun restricted by a relative (test-dv, both raters: "Costly comfort: The Athenians answer
    that hope")."""
    words = word_list(description[: m.start()]) if (m := _RELATIVE_WORD.search(description)) else []
    return (len(words) >= 3 and plural_head(words[-2]) and ("NOUN" in word_pos(words[-2].lower()) or words[-2][:1].isupper())
            and finite_verb(words[-1].lower(), plural=True))


def _is_name(term: str, context: Context) -> bool:
    if not valid_term(term) or is_generic(term):
        return False
    if len(word_list(term)) > 1:
        return True
    bold = term_key(term) in context.bold_keys
    return bold or specificity(term.lower()) >= _SPECIALISED_WORD


def find_description_first(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The part of the graph where discharge increases is the rising limb": the name, defined by the subject.

    Only a subject restricted by a relative clause ("where", "at which",
    "that") describes a kind; a ranked subject ("the largest animal that
    ...") or one with a pronoun ("the part where it falls") does not stand
    on its own.
    """
    out = []
    for clause in _MAIN_CLAUSES.split(sentence.strip()):
        match = _DESCRIPTION_IS_NAME.match(clause.strip()) or _participle_description(clause.strip(), context)
        if not match:
            continue
        description, term = match.group("description"), match.group("term")
        if _leans_outside(description) or _RANKED.match(description) or not _is_name(term, context) \
                or _subject_and_verb(description):
            continue
        definition = finish_definition(description)
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


DESCRIPTION_FIRST = RULES.register(Rule(
    name="description_first", priority=109, scope=Scope.SENTENCE, confidence=CONFIDENCE,
    find=find_description_first,
    examples=(
        finds("# Rivers\n\nA smaller stream joins the main river, and the place where two rivers meet is a confluence.\n",
              "confluence"),
        finds("# Graphs\n\nThe part of the graph where discharge increases is the rising limb.\n", "rising limb"),
        finds("# Heat\n\nThe temperature at which a liquid boils is the boiling point (symbol: Tb).\n", "boiling point"),
        finds("# Energy\n\nThe energy that a moving object has because of its motion is the kinetic energy (symbol: Ek).\n",
              "kinetic energy"),
        finds("# Writing\n\nA sign read as a syllable is a **syllabogram**.\n", "syllabogram"),
        misses("# Writing\n\nA sign read as a syllable is a syllabogram.\n", "syllabogram"),
        misses("# Graphs\n\nThe part where they meet is the crossing point (symbol: X).\n", "crossing point"),
        misses("# Graphs\n\nThe part where it falls again is the falling limb.\n", "falling limb"),
        misses("# Shops\n\nThe thing that most buyers notice first is the price.\n", "price"),
        misses("# Animals\n\nThe largest animal that lives in the sea is the blue whale.\n", "blue whale"),
    ),
))


# "The bottom number, the denominator, tells you ...", "A walkway, the wall-walk, runs along ...": the sentence opens on
# a description of the thing, names it in apposition, then goes on with the subject's own verb.
APPOSED_NAME_CONFIDENCE = 0.7
_DESCRIPTION_THEN_NAME = re.compile(
    r"^(?P<description>(?:The|An?)\s+[a-z][\w-]*(?:\s+(?!(?:is|are|was|were|and|or|but|because|since|although|while"
    r"|when|if|so)\b)[\w'-]+){0,7}?)"
    r",\s+(?P<article>the|an?)\s+(?P<name>[\w-]+(?:\s+[\w-]+){0,2}?),\s+"
    r"(?P<predicate>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b[^;]*?)\.?$")
# A short description ("The bottom number") says what the thing is only with what the sentence goes on to say of it.
_MIN_DESCRIPTION_WORDS = 4
_MAX_PREDICATE_WORDS = 20


def _names_thing(name: str, context: Context) -> bool:
    """A name worth an entry: a capitalised name, several words, or one specialised word.

    A name the author set in bold is ``bold_inline``'s ("A new assembly ..., the **National Convention**, ...").
    """
    if not valid_term(name) or is_generic(name) or term_key(name) in context.bold_keys:
        return False
    return name[:1].isupper() or len(word_list(name)) > 1 or specificity(name.lower()) >= _SPECIALISED_WORD


# "A thick outer mould, the cope, was then built over everything": a thing made in a process told in the past is
# described as it is named; a person's deed ("set the price") is one story's (test-ej).
_THING_MADE = re.compile(r"^(?:was|were)\s+(?:(?:then|first|next|later|always|usually)\s+)?[a-z]+(?:ed|en|wn|lt|ng)\b")
_OF_AND_AFTER = re.compile(r"\s+(?:of|from|in|at|on|with|for)\s.*$")


def _someone(head: str) -> bool:
    """"weaver", "founder", "priest": a noun for a person (a doer's "-er" on a verb counts; "chamber" does not)."""
    noun = singular(head.lower())
    return noun in PERSON_NOUNS | OCCUPATIONS or noun.endswith(("ist", "ian")) or noun.endswith(("er", "or")) and any(
        "VERB" in word_pos(noun[:-cut]) for cut in (1, 2))


_PRESENT_AUXILIARIES = frozenset("is are has have can may must will does do".split())


def _general_present(verb: str, *, plural: bool) -> bool:
    """"tells", "run", "can": a verb in the present, as a general statement is made ("set", "had" tell a story)."""
    if verb in _PRESENT_AUXILIARIES:
        return True
    if verb in AUXILIARIES or not finite_verb(verb, plural=plural):
        return False
    return verb.endswith("s") != plural and not verb.endswith("ed") and not is_participle(verb)


def find_apposed_name(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The bottom number, the denominator, tells you how many equal parts the whole has been divided into."

    The sentence opens on a description (an article, a lower-case noun phrase
    with no verb), names the thing in apposition ("the denominator") and goes
    on with the verb of the description: the description is what the name is.
    A short description takes the rest of the sentence as a relative clause
    ("The bottom number, which tells you how many ..."); with a pronoun or
    "this/these" there, or a description that is a name or a rank ("The
    United States, the Soviet Union, ..."; "The largest, the aorta, ..."),
    nothing is made.
    """
    match = _DESCRIPTION_THEN_NAME.match(sentence.strip())
    if not match:
        return []
    description, name, predicate = match["description"], match["name"], match["predicate"]
    words = word_list(description)
    head = words[-1]
    if (any(w[:1].isupper() for w in words[1:]) or _RANKED.match(description) or _leans_outside(description)
            or head.lower() in STOPWORDS or "NOUN" not in word_pos(head.lower())):
        return []
    verb = match["verb"]
    if not (_general_present(verb, plural=plural_head(head)) or _THING_MADE.match(predicate)
            and not _someone(word_list(_OF_AND_AFTER.sub("", description))[-1])) or not _names_thing(name, context):
        return []  # ("The master weaver, the alderman, set the price ...": one person's story, told in the past)
    if len(words) < _MIN_DESCRIPTION_WORDS:
        if verb in AUXILIARIES or len(word_list(predicate)) > _MAX_PREDICATE_WORDS or has_anaphora(predicate) \
                or _leans_outside(predicate.replace("you", "")):
            return []
        description = f"{description}, which {predicate}"
    definition = finish_definition(description)
    if not definition:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, APPOSED_NAME_CONFIDENCE, "pattern")]


APPOSED_NAME = RULES.register(Rule(
    name="apposed_name", priority=104, scope=Scope.SENTENCE, confidence=APPOSED_NAME_CONFIDENCE,
    find=find_apposed_name,
    examples=(
        finds("# Fractions\n\nThe bottom number, the denominator, tells you how many equal parts make the whole.\n",
              "denominator"),
        # a clause, not a description (test-cx)
        misses("# Heat\n\nThe cooling slows down because the driving force, the temperature difference, keeps shrinking.\n",
               "temperature difference"),
        finds("# Castles\n\nA narrow path along the top of the wall, the wall walk, lets guards move between towers.\n",
              "wall walk"),
        misses("# Castles\n\nA narrow path along the top, the **wall walk**, lets guards move between towers.\n",
               "wall walk"),
        misses("# Fractions\n\nThe top number, the numerator, tells you how many of those parts you have.\n",
               "numerator"),
        misses("# Powers\n\nThe United States, the Soviet Union, the United Kingdom and France signed.\n",
               "Soviet Union"),
        misses("# Blood\n\nThe largest, the aorta, leaves the heart on the left side.\n", "aorta"),
        misses("# Guilds\n\nA master weaver of the town, the alderman, set the price of cloth in every market.\n",
               "alderman"),
        finds("# Kilns\n\nA low domed chamber of brick, the firebox, was then built beneath the floor.\n", "firebox"),
        misses("# Guilds\n\nA master weaver of the town, the alderman, was elected by the guild.\n", "alderman"),
    ),
))


# "shaping it with a wooden template, the strickle board, swept around a spindle", "done by a master tattooist, the
# tufuga ta tatau, over many sessions", "into a single figure, evapotranspiration, which measures ...": after a
# preposition, a thing described with "a", then its name with "the" (or a rare word alone).
_OBJECT_THEN_NAME = re.compile(
    r"\b(?:by|with|from|into|onto|on|in|of|using|through)\s+(?P<description>an?\s+(?:[a-z][\w-]*\s+){1,3}[a-z][\w-]*),"
    r"\s+(?:the\s+(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})|(?P<bare>[a-z][\w'’-]{5,})),"
    r"\s+(?!(?:and|or|but)\b)"
    r"(?:(?:which|that)\s+(?P<relative>[a-z][^;:()]+?)\.?$|[a-z])")
_PERSONAL = re.compile(r"\b(?:it|they|them|he|she)\b")
# "..., the stages of introduction, growth, maturity and decline": the name's comma goes on with a list.
_LIST_GOES_ON = re.compile(r"^,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,|\s+(?:and|or)\s)")


def find_object_then_name(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... with a wooden template, the strickle board, swept around ..." -> "Strickle board: A wooden template."

    The thing is described first, after a preposition and "a", and named in apposition with "the"; the next words
    go on with the sentence (not "and", which makes a list).  The name must be a term (``_names_thing``) and the
    description a few plain lower-case words, ending on no participle or adverb.
    """
    out = []
    for match in _OBJECT_THEN_NAME.finditer(sentence):
        description, name = match["description"], match["name"] or match["bare"]
        words = word_list(description)[1:]
        if (any(w in STOPWORDS for w in words) or words[-1].endswith(("ed", "ing", "ly"))
                or not _names_thing(name, context)):
            continue
        after = sentence[match.end("name" if match["name"] else "bare"):]
        if _LIST_GOES_ON.match(after) or term_key(description) in context.bold_keys:
            continue  # a list, not a name; "a **product life cycle**, the stages of ...": the bold is the term
        relative = match["relative"]
        if relative and len(word_list(relative)) <= _MAX_PREDICATE_WORDS and not has_anaphora(relative) \
                and not _PERSONAL.search(relative):
            description = f"{description} that {relative}"  # "a single figure, T, which measures ..."
        if definition := finish_definition(description):
            out.append(Candidate(name, definition, TermKind.DEFINED, section, sentence, APPOSED_NAME_CONFIDENCE,
                                 "pattern"))
    return out


OBJECT_THEN_NAME = RULES.register(Rule(
    name="object_then_name", priority=103, scope=Scope.SENTENCE, confidence=APPOSED_NAME_CONFIDENCE,
    find=find_object_then_name,
    examples=(
        finds("# Casting\n\nThe potter shaped the clay with a curved wooden rib, the kidney scraper, held in one "
              "hand.\n", "kidney scraper"),
        misses("# Kitchen\n\nShe cut it with a sharp knife, the fork, and a spoon.\n", "fork"),
        misses("# Sales\n\nSales pass through a product life cycle, the stages of introduction, growth, maturity and decline"
               " that products follow.\n", "stages of introduction"),  # test-e: a list
        misses("# Kitchen\n\nShe cut it with a sharp knife, the Duke of York, watching.\n", "Duke of York"),
        # a bare rare name, and the relative after it (test-ek: "Something that measures ...")
        finds("# Soil\n\nSoil scientists fold the two losses into a single figure, evapotranspiration, which measures how "
              "much water a field loses each day.\n", "evapotranspiration"),
    ),
))
