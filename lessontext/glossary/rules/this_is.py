"""A statement and its name: "...; this is the **spacing effect**.", "This is **Hooke's law**:", and a rule named
first and stated in the next sentence ("... is known as the third-party rule. Information received from ...").

Teachers often state a regularity first and name it afterwards.  The name
must be marked as one: set in bold by the author, or brought in by "called"
/ "known as".  The statement itself is the definition, as in a glossary of
laws and effects ("Hooke's law: For many materials, stress is proportional
to strain up to a limit.").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import PRONOUN_START, finite_verb, has_anaphora, plural_head, strip_article, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key

# A statement named right after it: as sure as a naming sentence whose definition is rebuilt.
CONFIDENCE = 0.7
# "this is the **spacing effect**", "This is known as conventional current": the naming words.
_NAMING = r"(?P<naming>(?:(?:also|often|sometimes)\s+)?(?:called|known\s+as|termed)\s+)?(?:the\s+)?"
_NAME = r"(?P<name>[^,;:.()]{2,60}?)"
# "...; this is the **testing effect**, shown in studies such as ...": what follows the name is not part of it.
_AFTER_NAME = r"\s*(?:[,:.]\s*.*)?$"
THIS_IS_IN_SENTENCE = re.compile(r"^(?P<statement>[^;]{20,300}?)\s*;\s+(?:this\s+is|these\s+are)\s+" + _NAMING + _NAME
                                 + _AFTER_NAME)
THIS_IS_SENTENCE = re.compile(r"^This\s+is\s+" + _NAMING + _NAME + r"\s*[.:]?$")
# "... 2/4 and 5/10 both describe one half. These are called equivalent fractions.": the plural of the same shape,
# and "This is known as X, and it ...": after a naming word the name ends at its comma.
THESE_ARE_SENTENCE = re.compile(r"^These\s+are\s+" + _NAMING + _NAME + r"\s*[.:]?$")
_NAMING_WORDS = r"(?P<naming>(?:(?:also|often|sometimes)\s+)?(?:called|known\s+as|termed)\s+)(?:the\s+)?"
NAMED_THEN_COMMENT = re.compile(r"^(?:This\s+is|These\s+are)\s+" + _NAMING_WORDS + _NAME + r",\s+(?:and|but)\s+.*$")
_MIN_STATEMENT_WORDS = 6
_MAX_STATEMENT_WORDS = 35
# "If ...", "Although ...", "But ...": a condition or a contrast, not a statement that stands alone.
_ARTICLES = frozenset({"the", "a", "an"})
# "The most important is the **dominant seventh**.": a ranking names something else, it states nothing.
_RANKING = frozenset("most least main key first second third last only other best next same".split())


def _marked_name(name: str, naming: str | None, context: Context) -> str | None:
    """The name when the author marks it as one (bold, or "called"/"known as") and it is a term."""
    name = strip_article(name.strip())
    bold = term_key(name) in context.bold_keys
    if not (bold or naming) or len(word_list(name)) > 5:
        return None
    if not valid_term(name, strict=False) or is_generic(name) and not bold:
        return None
    return name


# "Each species has a two-part name": a statement about every member of a kind.  (A condition, "If the bank raises
# its rates, loans become dearer", says what follows from something, not what the name is.)
_EVERY_OPENERS = frozenset("each every all any".split())
# "To make sense of this variety, biologists sort ...": a fronted purpose or setting that alone leans on the sentence
# before; the clause after its comma is the statement.
_FRONTED_PHRASE = re.compile(r"^(?:To|In|For|With|By|Because\s+of|After|Since)\s+[^,]{3,60},\s+(?=[a-z])")


def _standalone(statement: str) -> str | None:
    """A statement that reads on its own: no "it/this/they" to resolve, no contrast, a question or a list."""
    statement = statement.strip().rstrip(".!?:")
    fronted = _FRONTED_PHRASE.match(statement)
    if fronted and (has_anaphora(fronted.group(0)) or PRONOUN_START.match(statement[fronted.end():]) is None
                    and re.search(r"\b(?:its|their|this|these)\b", fronted.group(0))):
        statement = statement[fronted.end():]
        statement = statement[:1].upper() + statement[1:]
    words = word_list(statement)
    if not (_MIN_STATEMENT_WORDS <= len(words) <= _MAX_STATEMENT_WORDS) or "?" in statement:
        return None
    first = fold(words[0])
    if first in _ARTICLES and fold(words[1]) in _RANKING:
        return None
    if PRONOUN_START.match(statement) or has_anaphora(statement) or first in STOPWORDS and not (
            first in _ARTICLES or first in _EVERY_OPENERS):
        if not (first == "for" and "," in statement):  # "For many materials, stress is ...": a scope, then the statement
            return None
    return statement


# "This is compound interest: interest is earned on earlier interest ...": a name, then a clause on the name's own
# head noun saying what it is ("Interest that is earned on earlier interest ...").
THIS_IS_EXPLAINED = re.compile(
    r"^This\s+is\s+(?:the\s+|an?\s+)?(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3}):\s+"
    r"(?P<head>[a-z][\w-]*)\s+(?P<verb>is|are)\s+(?P<rest>[^;:]{6,200}?)\.?$")


def _explained_name(section: DocumentSection, sentence: str) -> list[Candidate]:
    match = THIS_IS_EXPLAINED.match(sentence.strip())
    if not match or singular(fold(match["head"])) != singular(fold(match["name"].split()[-1])):
        return []
    name = match["name"]
    definition = finish_definition(f"{match['head'].capitalize()} that {match['verb']} {match['rest']}")
    if not definition or not valid_term(name, strict=False) or is_generic(name) or has_anaphora(definition):
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


# "Some fractions give decimals that never end but repeat a pattern; these are called recurring decimals.": the
# name's own head noun, restricted by a relative clause inside the statement, is what the name names.
_HEAD_RESTRICTED = r"\b(?P<head>{head})\s+(?P<clause>(?:that|which|who)\s+[^,;:()]{{8,160}}?)\s*(?:,|$)"


def _restricted_head(statement: str, name: str) -> str | None:
    """"decimals that never end but repeat a pattern" in ``statement`` for "recurring decimals"; not its subject."""
    head = word_list(name)[-1]
    match = re.search(_HEAD_RESTRICTED.format(head=re.escape(head)), statement.rstrip("."), re.I)
    if not match or not match.start() or has_anaphora(match["clause"]):
        return None
    return f"{match['head'][0].upper()}{match['head'][1:]} {match['clause']}"


# "Cancers can also start in the lymph system itself; these are called lymphomas.": "these" are the bare plural the
# statement opens on, so the statement reads as that plural restricted by its own predicate.
_BARE_PLURAL_STATEMENT = re.compile(r"^(?P<subject>[A-Z][a-z]+s)\s+(?:(?:can|may|might|also|often|sometimes|usually)\s+)+"
                                    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$")


def _these_plural(statement: str, plural: bool) -> str | None:
    """"Cancers can also start in ..." -> "Cancers that start in ..." when the name is plural ("these are called")."""
    match = _BARE_PLURAL_STATEMENT.match(statement.strip().rstrip("."))
    if not plural or not match or not plural_head(match["subject"]) or not finite_verb(match["verb"], plural=True):
        return None
    return f"{match['subject']} that {match['verb']}{match['rest']}"


# "... you need to know which reactant will run out first. This is the **limiting reactant**: once it is used up,
# ...": the thing the sentence before asks about, by the name's own head noun, is what the name names (test-cr).
_THIS_IS_NAME = re.compile(r"^This\s+is\s+(?:the\s+)?(?P<name>[^,;:.()]{2,60}?)\s*[.:]")
_WHICH_HEAD = (r"\bwhich\s+(?P<head>{head})\s+(?P<clause>(?:will|would|can|could|is|are|was|were|has|have|does|do)\s+"
               r"[^,;:()]{{3,120}}?)\s*(?:[,.;]|$)")


# "This is the **feudal system**, in which land is held in exchange for service ...": the name's own head noun and the
# relative clause after it say what it is.
_THIS_IS_RELATIVE = re.compile(r"^This\s+is\s+(?:the\s+|an?\s+)?(?P<name>[^,;:()]{2,60}?),\s+"
                               r"(?P<relative>in which|under which|by which|where|whereby|which|that)\s+(?P<clause>[^;]{6,200}?)\.?$")


def _named_with_relative(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    match = _THIS_IS_RELATIVE.match(sentence)
    name = _marked_name(match["name"], None, context) if match else None
    if not name or plural_head(word_list(name)[-1]):
        return []
    head = word_list(name)[-1].lower()
    definition = finish_definition(f"{rephrase.article(head)} {head} {match['relative']} {match['clause']}")
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


def _asked_name(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    match = _THIS_IS_NAME.match(sentence)
    name = _marked_name(match["name"], None, context) if match and context.previous else None
    asked = re.search(_WHICH_HEAD.format(head=re.escape(word_list(name)[-1])), context.previous, re.I) if name else None
    definition = finish_definition(f"The {asked['head'].lower()} that {asked['clause']}") if asked else None
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


def find_this_is_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"S; this is the **X**." and "S. This is **X**:": the statement S defines the name X.

    "This is X Y: Y is/are ..." names X Y and says what it is in a clause on its own head noun.

    The name must be set in bold or follow "called"/"known as"; the
    statement must stand on its own (six to 35 words, no pronoun or
    "this/these" to resolve, no "If ..." or "But ..." opening).
    """
    text = sentence.strip()
    if explained := (_explained_name(section, text) or _asked_name(section, text, context)
                     or _named_with_relative(section, text, context)):
        return explained
    match = THIS_IS_IN_SENTENCE.match(text)
    statement = match.group("statement") if match else None
    if not match:
        match = THIS_IS_SENTENCE.match(text) or THESE_ARE_SENTENCE.match(text) or NAMED_THEN_COMMENT.match(text)
        statement = context.previous if match else None
    if not match or not statement:
        return []
    name = _marked_name(match.group("name"), match.group("naming"), context)
    restricted = _restricted_head(statement, name) if name else None
    statement = restricted or _standalone(statement)
    if statement and not restricted:
        statement = _these_plural(statement, match.group(0).lower().startswith("these") or "; these" in text) or statement
    if name is None or statement is None or term_key(name) in term_key(statement):
        return []
    definition = finish_definition(statement)
    if not definition:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", mask=False)]


# A rule named before it is stated: it says what may or must happen, so the statement is what it is.
NAMED_THEN_STATED_CONFIDENCE = 0.9
_NAMED_RULE = re.compile(
    r"^(?P<np>(?:An?|The)\s+[^,;:]{3,60}?)\s+(?:is|was)\s+(?:(?:also|often|usually|commonly)\s+)?"
    r"(?:known\s+as|called|termed)\s+(?:the\s+)?(?P<name>[^,;:.()]{2,50}?)(?:,\s+or\s+[^,;:.()]{2,40})?\.?$"
)
# Nouns whose content is what they state: "the third-party rule: information ... may not be passed ...".
_STATED_HEADS = frozenset("rule principle law doctrine maxim norm convention test".split())


def next_sentence(section: DocumentSection, sentence: str) -> str | None:
    sentences = section.sentences
    index = next((i for i, s in enumerate(sentences) if s == sentence), None)
    return sentences[index + 1] if index is not None and index + 1 < len(sentences) else None


def find_named_then_stated(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A central principle ... is known as the third-party rule. Information received ... may not be passed ...".

    Only a name whose head is a rule, principle, law or the like (what it
    states is what it is), and only a next sentence that stands alone; the
    naming sentence's subject heads the definition ("A central principle of
    intelligence sharing: information received from a partner may not ...").
    """
    match = _NAMED_RULE.match(sentence.strip())
    if not match:
        return []
    name = strip_article(match.group("name").strip())
    words = word_list(name)
    if not words or fold(words[-1]) not in _STATED_HEADS or not valid_term(name, strict=False):
        return []
    following = next_sentence(section, sentence)
    statement = _standalone(following) if following else None
    if statement is None or has_anaphora(match.group("np")):
        return []
    definition = finish_definition(f"{match.group('np')}: {rephrase.lower_first(statement)}")
    if not definition:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, f"{sentence} {following}",
                      NAMED_THEN_STATED_CONFIDENCE, "pattern", mask=False)]


# "... rested on the principle known as the Open Door, set out in ... It held that all foreign powers should ...": a
# principle named in passing, then what it holds (test-cg, both raters: "The principle on which American policy
# rested" says where it is used, not what it means).
_HEAD_KNOWN_AS = re.compile(
    r"\bthe\s+(?P<head>principle|doctrine|rule|policy|theory|idea|view|belief)\s+(?:known\s+as|called|termed)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})(?=\s*[,;.(]|\s*$)")
_IT_HOLDS = re.compile(
    r"^It\s+(?:held|holds|stated|states|said|says|required|requires|maintained|maintains|asserted|asserts)\s+that\s+"
    r"(?P<content>[^;:]+?)\.?$")


def find_principle_it_holds(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... the principle known as the Open Door, ... It held that all foreign powers should enjoy ..." -> "Open
    Door": "The principle that all foreign powers should enjoy ..."."""
    match = _HEAD_KNOWN_AS.search(sentence)
    following = next_sentence(section, sentence) if match else None
    holds = _IT_HOLDS.match(following.strip()) if following else None
    if not holds or not valid_term(match["name"], strict=False) or has_anaphora(holds["content"]):
        return []
    definition = finish_definition(f"The {match['head']} that {holds['content']}")
    if not definition:
        return []
    return [Candidate(match["name"], definition, TermKind.DEFINED, section, f"{sentence} {following}",
                      NAMED_THEN_STATED_CONFIDENCE, "pattern", mask=False)]


PRINCIPLE_IT_HOLDS = RULES.register(Rule(
    name="principle_it_holds", priority=139, scope=Scope.SENTENCE, confidence=NAMED_THEN_STATED_CONFIDENCE,
    find=find_principle_it_holds,
    examples=(
        finds("# Trade\n\nThe league's policy rested on the principle known as the Free Quay, set out in 1820. It held "
              "that every member town should have equal access to the harbours of the others.\n", "Free Quay"),
        misses("# Trade\n\nThe league's policy rested on the principle known as the Free Quay, set out in 1820. It was "
               "popular with merchants in every town.\n", "Free Quay"),
    ),
))

NAMED_THEN_STATED = RULES.register(Rule(
    name="named_then_stated", priority=127, scope=Scope.SENTENCE, confidence=NAMED_THEN_STATED_CONFIDENCE,
    find=find_named_then_stated,
    examples=(
        finds("# Sharing\n\nA central principle of sharing is known as the third-party rule. Information received from a"
              " partner may not be passed to anyone else without consent.\n", "third-party rule"),
        misses("# Sharing\n\nA central principle of sharing is known as the third-party rule. It protects sources and"
               " methods from exposure.\n", "third-party rule"),
        misses("# Sharing\n\nThe first meeting is known as the opening session. Delegates arrive from forty countries"
               " on the day before.\n", "opening session"),
    ),
))


THIS_IS_NAME = RULES.register(Rule(
    name="this_is_name", priority=131, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_this_is_names,
    examples=(
        finds("# Memory\n\nStudy spread over several sessions is remembered better than study crammed into one;"
              " this is the **spacing effect**.\n", "spacing effect"),
        finds("# Springs\n\nFor many materials, stress is proportional to strain up to a limit. This is **Hooke's"
              " law**:\n", "Hooke's law"),
        finds("# Yield\n\nFirst find which reactant will run out first. This is the **limiting reactant**: once it is"
              " used up, the reaction stops.\n", "limiting reactant"),
        misses("# Yield\n\nFirst find which reactant will run out first. This is the limiting reactant: once it is"
               " used up, the reaction stops.\n", "limiting reactant"),
        finds("# Land\n\nKings gave land to lords. This is the **feudal system**, in which land is held in exchange for"
              " service.\n", "feudal system"),
        finds("# Circuits\n\nDiagrams show current as flowing from the positive terminal to the negative terminal round the"
              " loop. This is known as conventional current.\n", "conventional current"),
        misses("# Memory\n\nStudy spread over several sessions is remembered better than study crammed into one;"
               " this is the spacing effect.\n", "spacing effect"),
        misses("# Springs\n\nIt stretches in proportion to the load up to a limit. This is **Hooke's law**.\n",
               "Hooke's law"),
        finds("# Fractions\n\nFractions that look different can still describe the same amount of a whole. These are"
              " called equivalent fractions.\n", "equivalent fractions"),
        misses("# Fractions\n\nThey look different but describe the same amount. These are called equivalent fractions.\n",
               "equivalent fractions"),
        finds("# Decimals\n\nDividing one number by another can give decimals that never end but repeat one digit for"
              " ever; these are called repeating decimals.\n", "repeating decimals"),
        finds("# Lymph\n\nTumours can also begin in the lymph nodes themselves; these are called **lymph cancers**.\n",
              "lymph cancers"),
        finds("# Plants\n\nTo make sense of this variety, botanists sort plants into groups by the shape of their"
              " flowers. This is called floral classification.\n", "floral classification"),
        finds("# Names\n\nEach species has a two-word Latin name, made of its genus and its own epithet. This is"
              " called binomial naming.\n", "binomial naming"),
        misses("# Motion\n\nBut the object slows down, and the change in its speed each second is negative. This is"
               " sometimes called retardation.\n", "retardation"),
        finds("# Circuits\n\nDiagrams show current flowing from the positive terminal to the negative terminal round the"
              " loop. This is known as conventional current, and it runs against the flow of electrons.\n",
              "conventional current"),
        finds("# Rent\n\nThe landlord keeps part of the crop. This is crop rent: rent is paid in grain rather than in "
              "coin.\n", "crop rent"),
        misses("# Rent\n\nThe landlord keeps part of the crop. This is the hard part: farmers must plan ahead.\n",
               "hard part"),
    ),
))
