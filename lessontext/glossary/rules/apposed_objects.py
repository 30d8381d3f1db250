"""A named thing set beside the kind a sentence says was made: "China's navy commissioned its own purpose-built
hospital ship, the Peace Ark, in 2008" -> "Peace Ark: A purpose-built hospital ship that China's navy commissioned in
2008".

Essays name a programme, a ship, a body or an operation by putting its name in apposition to the object of a verb of
making ("launched its first naval operation, X,", "set up a joint body, the X,").  The object says what kind of thing
the name is, and the making (who made it, when) tells it from others of its kind: together they are what a teacher
writes in a glossary.  Only verbs of making are read ("visited its ally, X," says nothing of what X is), only a
named maker (not "the three governments", whom the sentences before counted), and never a person ("appointed its
first director, X,").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.predication import relational
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, word_pos

# What the sentence says of the name is said of it as the object of one past act: a little less sure than a
# definition, as sure as a named example of a kind.
CONFIDENCE = 0.6

# The verbs of making: the object they take is a new thing of its kind.
_MAKING = ("launched|commissioned|created|formed|founded|established|set up|built|introduced|adopted|opened|"
           "developed|organised|organized|signed")
_APPOSED_OBJECT = re.compile(
    r"^(?:(?:In|By)\s+\d{4},?\s+)?"
    # "China's navy", "The European Union", "NATO": a named maker, with an owner's noun after it.
    r"(?P<maker>(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:of|for|the|and|[A-Z][\w-]*))*(?:['’]s\s+[a-z]+(?:\s+[a-z]+)?)?"
    # "The harbour board": a maker told by its kind, when nothing before is counted or compared ("the three ...").
    r"|[Tt]he\s+(?P<common>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))\s+"
    r"(?:(?:also|later|then|soon|first)\s+)?(?P<verb>" + _MAKING + r")\s+"
    r"(?P<det>its|their|a|an)\s+(?:own\s+)?(?P<kind>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|the)\s+)*(?:[A-Z][\w-]*|\d+\b)){0,7}),"
    r"(?:\s+(?P<when>in\s+\d{4})\b)?"
)
# "the three governments", "both boards": makers the sentences before counted out.
_COUNTED = frozenset("two three four five six seven eight nine ten twelve both several many few".split())
# "its first naval operation", "their largest exercise": an ordinal or superlative makes the kind definite.
_RANKED = re.compile(r"^(?:first|second|third|last|only|[a-z]+est)\b")


def find_apposed_objects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"China's navy commissioned its own hospital ship, the Peace Ark, in 2008" -> "A hospital ship that ...".

    The name set off by commas after the object of a verb of making
    ("launched", "commissioned", "set up") is that object: a thing of the
    object's kind that the named maker made, when the sentence says so.
    The kind must be a singular common noun, not a person, and the name
    not a country.
    """
    match = _APPOSED_OBJECT.match(sentence.strip())
    if not match:
        return []
    kind_words = word_list(match["kind"])
    head, name = kind_words[-1].lower(), match["name"]
    if (singular(head) != head or "NOUN" not in word_pos(head) or head in STOPWORDS or head in lexicon.PERSON_NOUNS
            or fold(name) in lexicon.COUNTRIES or len(word_list(name)) < 2 and not name.isupper()):
        return []
    common = word_list(match["common"] or "")
    if common and (any(relational(w) or w in _COUNTED or w in STOPWORDS for w in common)
                   or singular(common[-1]) != common[-1]):
        return []  # "the three governments", "the members": makers the sentences before told of
    maker = match["maker"]
    if maker.split()[0].lower() in STOPWORDS - {"the"}:
        return []  # "It launched its first mission, X,": who "it" is, the sentences before said
    kind = " ".join(w.lower() for w in kind_words)
    when = f" {match['when']}" if match["when"] else ""
    if _RANKED.match(kind) and not re.search(r"['’]s\s", maker):
        # "The European Union launched its first naval operation, X," -> "The European Union's first naval operation".
        definition = finish_definition(f"{maker}'s {kind}, {match['verb']}{when}")
    else:
        maker = maker[0].lower() + maker[1:] if maker.startswith("The ") else maker
        definition = finish_definition(f"{rephrase.article(kind)} {kind} that {maker} {match['verb']}{when}")
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(name, definition, lexicon.KIND_HEADS.get(head) or TermKind.DEFINED, section, sentence,
                      CONFIDENCE, "named")]


APPOSED_OBJECT = RULES.register(Rule(
    name="apposed_object", priority=92, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_apposed_objects,
    examples=(
        finds("# Ports\n\nThe harbour board commissioned its own pilot boat, the Grey Heron, in 1990, and still "
              "uses it.\n", "Grey Heron"),
        finds("# Ports\n\nThe Port Authority launched its first safety campaign, Clean Quay, in 2004, with posters "
              "in every dock.\n", "Clean Quay"),
        misses("# Ports\n\nThe Port Authority appointed its first director, Anna Berg, in 2004, after a long "
               "search.\n", "Anna Berg"),
        misses("# Ports\n\nThe harbour board visited its old ally, the Grey Heron Club, in 1990, and stayed a "
               "week.\n", "Grey Heron Club"),
        misses("# Ports\n\nIn 1990 the three boards formed their own club, the Grey Heron Club, and met monthly.\n",
               "Grey Heron Club"),
    ),
))
