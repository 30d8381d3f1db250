"""A coinage set in quotation marks and glossed on the spot: 'the "significant quantity", the approximate amount
from which ...', 'a "safety culture", in which safety is placed above ...', 'the "first past the post" system: the
candidate with the most votes wins'.

Writers put a new or borrowed name in quotation marks as others set it in bold: the marks say where the name starts
and ends.  When the words right after the closing mark say what it is (an appositive noun phrase, a relative clause
of the name's own head, bare when the name is plural: 'the "shuttle talks", in which ...' -> "Talks in which ...",
or, after a kind noun, a colon and the rule or arrangement itself), those words are its definition.  A quoted word
on its own ("smoke"), a quoted line of verse or speech, an example ("rolling an even number") and a name that opens
with a function word ("of which sugars") are left out: only a name of two to four
words, with no article inside but "the", is read.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous, valid_term
from lessontext.glossary.phrases import (
    RELATIVE_WORD,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    plural_head,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, word_pos

# The author's own gloss of a name the quotation marks delimit: a little less sure than bold, since quotation marks
# also mark speech, titles and scare quotes.
CONFIDENCE = 0.7

# 'the "significant quantity", the approximate ...', 'a "safety culture", in which ...', 'the "no undercut"
# principle: if one member refuses ...': the quoted name, an optional kind noun, then what says what it is.
_QUOTED_NAME = re.compile(
    r"[\"“](?P<name>[A-Za-z][\w'’ -]{2,40}?),?[\"”](?:\s+(?P<kind>system|principle|rule|policy|doctrine|idea|approach"
    r"|model|strategy))?(?P<after>,\s+(?P<appos>(?:an?|the)\s+[^;:()]+?)(?:[;:.]|$)"
    r"|,?\s+(?P<prep>in|under|by)\s+which\s+(?P<clause>[^,;:()]+)"
    r"|,\s+which\s+(?P<predicate>[a-z][^;:()]+?)(?:[;:.]|$)"
    r"|:\s+(?P<content>[^;]+?)\.?$)"
)
# Kinds whose content is a proposition ("the principle that ..."); the others hold an arrangement ("a system in which").
_PROPOSITION_KINDS = frozenset({"principle", "rule", "idea", "doctrine"})
# ", a label critics also used", ", the name it took": the appositive names the name, it does not say what it is.
_NAMING_HEADS = frozenset("label name term word phrase nickname title slogan expression".split())
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 4


def _name_words(name: str) -> list[str] | None:
    """The quoted name's words when it reads as a coined name, else None."""
    words = word_list(name)
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS or words[0].lower() in STOPWORDS - {"no"}:
        return None
    if any(w.lower() in {"a", "an", "i", "you", "we", "he", "she", "it", "they"} for w in words):
        return None  # "rolling an even number", "whose woods these are I think I know": an example, a line of verse
    return words


def _noun_phrase(text: str) -> bool:
    """"the approximate amount from which ...": an article, then no verb before any relative word."""
    head = word_list(RELATIVE_WORD.split(text, maxsplit=1)[0])[1:]
    if not head or any(w.lower() in _NAMING_HEADS for w in head[:3]) or " and " in f" {' '.join(head)} ":
        return False
    return not any(clear_verb_form(w) and not w.lower().endswith("ed") for w in head)


def _opener(genus: str) -> str:
    """"culture" -> "A culture"; a plural name's head stands bare ("proximity talks" -> "Talks in which ...", never
    "A talks in which ...", which no teacher would leave unedited)."""
    return genus[:1].upper() + genus[1:] if plural_head(genus) else f"{rephrase.article(genus)} {genus}"


def find_quoted_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """'the "significant quantity", the approximate amount from which ...' -> "The approximate amount from which ...".

    After the closing quotation mark: an appositive noun phrase is the
    definition; "in/under which ..." or ", which ..." builds one on the
    name's own head ("A culture in which safety is placed above ...", "A
    university that held classes in private homes ..."); after a kind noun,
    a colon gives the rule or arrangement itself ("The system in which the
    candidate with the most votes wins").
    """
    out = []
    for match in _QUOTED_NAME.finditer(sentence):
        words = _name_words(match.group("name"))
        if words is None:
            continue
        term = " ".join(words)
        head = words[-1].lower()
        kind = match.group("kind")
        if any(sentence[:match.start()].rstrip(' ,“"').endswith(title) for title in context.document.italics):
            continue  # '*Atarashii Origami Geijutsu*, "New Origami Art", which ...': a title's translation (test-en)
        if not valid_term(term, strict=False) or word_pos(head) and "NOUN" not in word_pos(head) and not kind:
            continue
        genus = kind or head
        if match.group("appos") is not None:
            if kind or not _noun_phrase(match.group("appos")):
                continue
            definition = match.group("appos")
        elif not kind and any(w.lower() in STOPWORDS for w in words[:-1]):
            # "sneer of cold command", "forced to be free", "China among equals": a phrase, its last word no head to
            # build on ("A command that tells us ...", "Free that seems to ...": rejected by both raters, test-cd, test-cw)
            continue
        elif match.group("clause") is not None:
            definition = f"{_opener(genus)} {match.group('prep')} which {match.group('clause')}"
        elif match.group("predicate") is not None:
            predicate = match.group("predicate")
            if kind or not finite_verb(predicate.split()[0]):
                continue  # "which the Convention declares ...": the name is the object of its own clause
            definition = f"{_opener(genus)} that {predicate}"
        elif kind:
            content = rephrase.lower_first(match.group("content"))
            joiner = "that" if kind in _PROPOSITION_KINDS else "in which"
            definition = f"The {kind} {joiner} {content}"
        else:
            continue
        definition = finish_definition(definition)
        if not definition or has_anaphora(definition) or is_vacuous(definition):
            continue
        # 'the "second ballot" system': the quoted words are the name; with its kind noun, another form of it.
        aliases = {f"{term} {kind}"} if kind else set()
        out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", aliases))
    return out


QUOTED_NAME = RULES.register(Rule(
    name="quoted_name", priority=105, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_quoted_names,
    examples=(
        finds('# Trade\n\nThe board\'s benchmark is the "safe load", the heaviest weight that a bridge can carry '
              "without damage.\n", "safe load"),
        finds('# Work\n\nThe firm promoted a "quiet culture", in which staff can raise doubts without fear of '
              "blame.\n", "quiet culture"),
        finds('# Votes\n\nMembers are chosen using the "second ballot" system: the two candidates with the most votes '
              "go to a second round.\n", "second ballot"),
        finds('# Talks\n\nThe envoys held "shuttle talks", in which mediators carried offers between two rooms.\n',
              "shuttle talks"),
        misses('# Art\n\nThe technique takes its name from the Italian for "smoke", in which tones blend softly.\n',
               "smoke"),
        misses('# Dice\n\nThe event "rolling an even number", which contains the outcomes 2, 4 and 6, is common.\n',
               "rolling an even number"),
        misses('# Talks\n\nCritics spoke of an "Ocean NATO", a label the officials rejected.\n', "Ocean NATO"),
        misses('# Rousseau\n\nHe said that anyone who refuses shall be "forced to be free", which seems to open the door to '
               "coercion.\n", "forced to be free"),
    ),
))
