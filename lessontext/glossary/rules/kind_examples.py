"""A named example of a kind, written without commas: "Initiatives such as the X Partnership encourage companies to
...", "..., and exercises such as Red Flag in the United States give pilots ...".

The named-example rule reads "Less formal forums, such as the Club of Berne, bring together ..." (the examples set
off by commas, the kind opening the sentence).  Authors as often leave the commas out, or start the kind after
", and" in a sentence about something else; the name is then still a member of the kind that does what the sentence
says, in the present tense.  The same holds when a short phrase of place or time opens the sentence ("Beyond
Europe, programmes such as ..."), when the name carries a number ("Link 16") and when what the kind does comes as a
relative clause whose plain verb agrees with the plural kind ("data links such as Link 16, which allow ships to ...":
"which trained" may say one past deed of the name, and is left alone).
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import finite_verb, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.named_examples import CONFIDENCE, _singular_predicate
from lessontext.glossary.rules.subjects import _PRONOUN, _cut_predicate, _explains
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, singular, word_pos

# "Initiatives such as the X Partnership encourage ...", ", and exercises such as Red Flag in the United States give":
# a plural kind (a modifier or two before it), one capitalised name, where it is, then the kind's verb.
_KIND_SUCH_AS_NAME = re.compile(
    # "Beyond Europe, large programmes such as ...": a short phrase of place or time may open the sentence.
    r"(?:^|,\s+and\s+|^(?:In|Beyond|Within|Across|Outside|Among|Along)\s+[^,]{2,40},\s+)"
    r"(?P<kind>(?:[A-Za-z][a-z-]+\s+){0,2}[A-Za-z][a-z-]+s)\s+such\s+as\s+(?:the\s+)?"
    # "Link 16", "F-35 Lightning II", "the ASEAN Defence Ministers' Meeting-Plus": a number or a plural owner's
    # apostrophe is part of a name.
    r"(?P<name>[A-Z][\w-]*['’]?(?:\s+(?:(?:of|for|on|the)\s+)*(?:[A-Z][\w-]*['’]?|\d+[A-Za-z]?)){0,6})"
    r"(?P<where>\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    # "..., which allow aircraft to ...": a relative clause whose plain verb agrees with the plural kind.
    r"(?P<which>,\s+which)?\s+(?P<rest>[a-z][^;]+?)\.?$")
_MAX_DEFINITION_WORDS = 30


def find_kind_examples(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Exercises such as Red Flag in the United States give pilots ..." -> "An exercise in the United States that ...".

    The kind is a plural noun that is not a kind of person ("Historians
    such as X have argued" is a claim, not a definition) and its verb is in
    the present tense ("give", "encourage"), so what it says holds of every
    member, the named one too; one past event ("have tested these
    arrangements") is not.
    """
    match = _KIND_SUCH_AS_NAME.search(sentence.strip())
    if not match:
        return []
    kind_words = word_list(match.group("kind"))
    head = kind_words[-1].lower()
    one = singular(head)
    if (one == head or one in lexicon.PERSON_NOUNS or one in STOPWORDS or "NOUN" not in word_pos(one)
            or any(w.lower() in STOPWORDS for w in kind_words)):
        return []
    name = match.group("name")
    if name.isupper() or name.split()[0].lower() in STOPWORDS:
        return []
    rest = match.group("rest")
    if match.group("which"):
        # "bodies such as X, which support national police, share data": the main verb after the aside ends it.
        main_verb = re.search(r",\s+(?P<verb>[a-z]+)\s", rest)
        if main_verb and finite_verb(main_verb.group("verb"), plural=True):
            rest = rest[: main_verb.start()]
    predicate = _singular_predicate(_cut_predicate(rest))
    if not predicate or not _explains(predicate, singular_subject=True):
        return []
    kind = " ".join([*kind_words[:-1], one]).lower()
    where = " ".join(match.group("where").split()) if match.group("where") else ""
    definition = finish_definition(f"{rephrase.article(kind)} {kind}{' ' + where if where else ''} that {predicate}")
    if (not definition or has_anaphora(definition) or _PRONOUN.search(definition)
            or len(definition.split()) > _MAX_DEFINITION_WORDS):
        return []
    return [Candidate(name, definition, lexicon.KIND_HEADS.get(one) or TermKind.DEFINED, section, sentence,
                      CONFIDENCE, "named")]


KIND_EXAMPLE = RULES.register(Rule(
    name="kind_example", priority=89, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_kind_examples,
    examples=(
        finds("# Air\n\nSince 1981 the school has trained pilots, and exercises such as Blue Gale in the United States "
              "give pilots from many countries experience of large air operations.\n", "Blue Gale"),
        finds("# Ports\n\nInitiatives such as the Harbour Industry Partnership encourage companies to exchange threat "
              "information with port authorities.\n", "Harbour Industry Partnership"),
        finds("# Ships\n\n- Signal standards such as Beacon 7, which let harbour pilots and tugs share one chart of the "
              "port.\n", "Beacon 7"),
        misses("# Art\n\nHistorians such as Anna Berg have argued that the picture hides enormous variety.\n",
               "Anna Berg"),
        misses("# Ports\n\nHarbour schemes such as Clean Quay, which ran in 2019, trained many dock workers.\n",
               "Clean Quay"),
        misses("# Ports\n\nLarge exercises such as Blue Gale have tested these arrangements in recent years.\n",
               "Blue Gale"),
    ),
))
