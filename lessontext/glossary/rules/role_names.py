"""A name given as the complement of a role: "The oldest binding instrument is the Harbour Safety Convention, opened for
signature in 1980 and in force since 1987." -> "Harbour Safety Convention: The oldest binding instrument, opened for
signature in 1980 and in force since 1987."

Essays introduce the bodies, treaties and systems they discuss by the part each plays in the argument, with the name
as the complement of "is": "The main forum for cooperation on the river is the Basin Commission, ...", "The heart of
the network is the Central Relay System, a chain of 40 stations ...".  The subject says what kind of thing the name
is (a forum, an instrument, a framework, the heart of the network) and the comma aside after the name says what
else the essay tells of it: an appositive noun phrase ("a chain of 40 stations ..."), a participle ("adopted at
Hamburg in 1979 under ..."), or a "which" clause ("which bans ...").  Only a subject whose head says what kind of
thing the name is counts: "The best-known example is X", "The most ambitious answer is X", "The aim is X" say
nothing of what X is, and a subject that points back ("The central node of this cooperation") cannot stand alone.
The name must be capitalised, not a country, and followed by one of those asides (a bare "is the X." leaves the
definition to the sentences after it).

The same role may put a concept in the complement and gloss it after a colon (``role_gloss``): "One answer has been
the tide gauge: a post with a scale that ...", "The aim is early warning: time to act before ...".  Whatever the
subject, the colon says what the term is; the gloss is taken when it is a noun phrase (no verb of its own before a
"which", "that", "before" ...), or when the term is a principle, rule or idea and the gloss is the proposition it
holds ("Their central idea is the principle of last resort: soldiers should help only when ..." -> "The principle
that soldiers should help only when ...").
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import AUXILIARIES, MODALS, finite_verb, has_anaphora, verb_only, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import zipf
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, word_pos

# The role the sentence gives is what the thing is; the aside adds what it is like: as sure as a founded name.
CONFIDENCE = 0.6

# "The oldest binding instrument", "The main forum for cooperation on the river", "The heart of the network":
# a definite subject of at most eight words, then "is" and the name.
_ROLE_NAME = re.compile(
    r"^(?:(?:Today|Legally|Formally|In\s+practice|In\s+law),\s+)?"
    r"(?P<subject>(?:The|A|One)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,7}?)\s+(?:is|was|remains)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|to|in|against)\s+)*(?:[A-Z][\w'’-]*|\d{1,4}\b)){1,9})"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?"
    r",\s+(?P<aside>.+?)\.?$"
)
# ", a chain of 40 stations", ", an agreement that ...": an appositive noun phrase.
_APPOSITIVE = re.compile(r"^(?:an?)\s+[a-z]")
# ", adopted at Hamburg in 1979", ", first signed in 1990", ", set up in 1996": what was done to it, and when.
_PARTICIPLE = re.compile(
    r"^(?:(?:first|originally|jointly|formally|later)\s+)?"
    r"(?:adopted|signed|agreed|opened\s+for\s+signature|created|established|founded|launched|set\s+up|developed|"
    r"concluded|negotiated|approved|issued|drafted|built|formed|introduced|run|managed|hosted|based|headed|chaired)\b"
)
# ", which bans ...", ", which brings together ...": what it does, in the present.
_WHICH = re.compile(r"^which\s+(?P<verb>[a-z]+)\b")
# Heads that say what kind of thing a name is, beside the kind heads of names themselves ("convention", "forum").
_ROLE_HEADS = frozenset(
    "instrument institution body document basis foundation tool system network standard law text source venue "
    "channel model mechanism framework forum treaty agreement convention programme program organisation organization "
    "regime arrangement platform structure scheme initiative code guideline guidelines register registry database "
    "service agency authority office council committee commission court fund charter protocol".split()
)
# "The heart of the network", "The centrepiece of the system": a part of a named whole, when the whole is named.
_CENTRAL_PART = frozenset("heart core centrepiece centerpiece cornerstone backbone hub pillar".split())
# "The oldest", "the most detailed": ranking words, not kinds.
_RANKING = re.compile(r"^(?:most|more|least|first|second|third|last|final|main|chief|principal|[a-z]{3,}est)$")
# ", and ...", ", but ...", "; ...": where a second statement begins.
_NEXT_STATEMENT = re.compile(r",\s+(?:and|but|while|whereas|although|though|so)\s+(?=[a-z]+\s)|;\s+")
_MAX_DEFINITION_WORDS = 32


def _role_head(subject: str) -> tuple[str, bool] | None:
    """The subject's head noun and whether an "of"/"for"/"in" phrase follows it; None when it has no noun head."""
    words = [w.lower() for w in word_list(subject)][1:]
    cut = next((i for i, w in enumerate(words) if w in {"of", "for", "in", "on", "against", "between"}), len(words))
    if cut == 0:
        return None
    return words[cut - 1], cut < len(words)


def _aside(text: str) -> str | None:
    """The part of the comma aside that tells of the name: an appositive, a participle or a which-clause."""
    text = _NEXT_STATEMENT.split(text, maxsplit=1)[0].strip()
    if _APPOSITIVE.match(text) or _PARTICIPLE.match(text):
        return text
    which = _WHICH.match(text)
    if which and which.group("verb").endswith("s") and "VERB" in word_pos(which.group("verb")):
        return text
    return None


def find_role_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The oldest binding instrument is the X Convention, opened for signature in 1980 ..." -> "The oldest ...".

    The subject (a role whose head says what kind of thing the name is) and
    the aside after the name (an appositive, a participle or a "which"
    clause) make the definition; an appositive noun phrase alone says what
    the name is ("A chain of 40 stations ...").
    """
    if " is " not in sentence and " was " not in sentence and " remains " not in sentence:
        return []
    match = _ROLE_NAME.match(sentence.strip())
    if not match:
        return []
    subject, name = match.group("subject"), match.group("name")
    found = _role_head(subject)
    if found is None or has_anaphora(subject) or any(
            w.lower() in {"this", "these", "that", "those", "its", "their", "his", "her", "such", "our"}
            for w in word_list(subject)):
        return []
    head, qualified = found
    if _RANKING.match(head) or head in STOPWORDS or "NOUN" not in word_pos(head):
        return []  # "The first is ...", "The oldest is ...": no noun says what kind of thing it is
    if not (head in _ROLE_HEADS or singular(head) in _ROLE_HEADS or head in lexicon.KIND_HEADS
            or head in _CENTRAL_PART and qualified):
        return []  # "The best-known example is X", "The aim is X": the role says nothing of what X is
    words = word_list(name)
    if len(words) < 2 or fold(name) in lexicon.COUNTRIES or words[-1].lower() in STOPWORDS:
        return []
    aside = _aside(match.group("aside"))
    if aside is None or has_anaphora(aside):
        return []
    if _APPOSITIVE.match(aside):
        definition = finish_definition(aside)
    else:
        definition = finish_definition(f"{subject}, {aside}")
    if not definition or len(definition.split()) > _MAX_DEFINITION_WORDS:
        return []
    name_head = next((w.lower() for w in reversed(words) if w.lower() not in STOPWORDS), "")
    kind = lexicon.KIND_HEADS.get(name_head) or lexicon.KIND_HEADS.get(head) or TermKind.DEFINED
    aliases = {match.group("acronym")} if match.group("acronym") else set()
    return [Candidate(name, definition, kind, section, sentence, CONFIDENCE, "named", aliases)]


ROLE_NAME = RULES.register(Rule(
    name="role_name", priority=91, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_role_names,
    examples=(
        finds("# Rivers\n\nThe oldest binding instrument is the Upper Basin Water Convention, opened for signature in "
              "1961 and in force since 1964.\n", "Upper Basin Water Convention"),
        finds("# Rivers\n\nThe heart of the flood warning effort is the River Gauge Network, built in 1998 with "
              "money from the four riverside states.\n", "River Gauge Network"),
        finds("# Rivers\n\nThe main forum for cooperation on the river is the Basin Commission, set up in 1955 by "
              "the four riverside states.\n", "Basin Commission"),
        misses("# Rivers\n\nThe best-known example is the Upper Basin Water Convention, opened for signature in "
               "1961.\n", "Upper Basin Water Convention"),
        misses("# Rivers\n\nThe central node of this effort is the River Gauge Network, a chain of 40 gauges.\n",
               "River Gauge Network"),
        misses("# Rivers\n\nThe main forum is the Basin Commission.\n", "Basin Commission"),
    ),
))


ROLE_GLOSS_CONFIDENCE = 0.6

# "One answer has been the tide gauge: ...", "The aim is early warning: ...", "Their central idea is the X: ...".
_ROLE_COLON = re.compile(
    r"^(?P<subject>(?:The|A|An|One|Another|Its|Their|Our|His|Her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)\s+"
    r"(?:is|was|are|were|has\s+been|have\s+been|remains)\s+(?:(?:the|an?)\s+)?[\"“]?"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)[\"”]?(?P<tail>(?:\s+principle)?):\s+(?P<gloss>[^;:]{8,220}?)\.?$"
)
# Words that open a subordinate clause: a verb after one belongs to the clause, not to the gloss.
_SUBORDINATE = frozenset("which that who whom whose where when before after if because so to until unless while "
                         "whereby".split())
# The heads of terms that name a proposition: their gloss may be the proposition itself.
_PROPOSITION_HEADS = frozenset("principle rule idea doctrine norm notion assumption presumption".split())
_MAX_GLOSS_WORDS = 30
# Rarer than this (wordfreq's Zipf scale), a word names a thing of the field ("aridity"), not an everyday one.
_FIELD_ZIPF = 4.0


# What follows a gerund that heads its own phrase ("spending on", "keeping the", "working alone"), not a participle
# before its noun ("falling prices meant ...").
_AFTER_GERUND = frozenset("on in at to for from with into about over under by the a an its their his her any".split())


def _gerund_phrase(words: list[str]) -> bool:
    """"spending on goods ...": an -ing verb and what it governs, read as the name of an activity."""
    first = words[0].lower()
    return (len(words) > 2 and first.endswith("ing") and "VERB" in word_pos(first)
            and words[1].lower() in _AFTER_GERUND)


def _noun_phrase_gloss(gloss: str) -> bool:
    """``gloss`` is a noun phrase ("a shared body in which analysts ..."), not a clause ("allies should ...")."""
    words = word_list(gloss)
    if not words or words[0].lower() in _SUBORDINATE | {"it", "they", "we", "you", "he", "she", "there", "this"}:
        return False
    if _gerund_phrase(words):
        return True  # "spending on goods and services beyond any need, in a way others will notice": an activity
    for word in words:
        lower = word.lower()
        if lower in _SUBORDINATE:
            return True
        if lower in AUXILIARIES or lower in MODALS or finite_verb(word) and verb_only(lower) and not lower.endswith("ed"):
            return False
    return True


def _names_a_thing(sentence: str, match: re.Match[str]) -> bool:
    """The complement is a name: after an article ("was the level premium") or a word of the field ("is aridity"),
    not a predicate ("is worth learning": test-as)."""
    before = sentence.strip()[: match.start("term")].rstrip().split()[-1:]
    return before[:1] in (["the"], ["a"], ["an"]) or zipf(match.group("term").split()[-1].lower()) < _FIELD_ZIPF


def find_role_glosses(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"One answer has been the tide gauge: a post with a scale that ..." -> "A post with a scale that ...".

    A term in the complement of a short subject, glossed after a colon by a
    noun phrase, or by the proposition a principle holds.
    """
    if ":" not in sentence:
        return []
    match = _ROLE_COLON.match(sentence.strip())
    if not match:
        return []
    term = match.group("term") + match.group("tail")
    gloss = match.group("gloss").strip()
    words = word_list(term)
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "the principle of last resort"
    if (not valid_term(term) or is_generic(term) or words[0] in STOPWORDS or words[-1] in STOPWORDS
            or len(word_list(gloss)) > _MAX_GLOSS_WORDS or has_anaphora(gloss)):
        return []
    if "ADJ" in word_pos(words[-1].lower()) and (len(words) == 1 or "NOUN" not in word_pos(words[-1].lower())):
        return []  # "The strengths are clear: ...": a predicate adjective, not a term
    if _noun_phrase_gloss(gloss):
        definition = finish_definition(gloss)
    elif head in _PROPOSITION_HEADS and word_list(gloss)[0].lower() not in _SUBORDINATE:
        definition = finish_definition(f"The {head} that {gloss}")
    elif (idea := next((w for w in match.group("subject").lower().split() if w in _PROPOSITION_HEADS), None)) and \
            word_list(gloss)[0].lower() in {"a", "an", "the", "each", "every"} and _names_a_thing(sentence, match):
        # "His key idea was the level premium: a policyholder would pay the same annual sum for life."; "The key
        # principle behind every antibiotic is selective toxicity: the drug must harm the bacterium ..." (test-ei)
        definition = finish_definition(f"The {idea} that {gloss}")
    else:
        return []
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, ROLE_GLOSS_CONFIDENCE, "pattern")]


ROLE_GLOSS = RULES.register(Rule(
    name="role_gloss", priority=108, scope=Scope.SENTENCE, confidence=ROLE_GLOSS_CONFIDENCE, find=find_role_glosses,
    examples=(
        finds("# Tides\n\nOne answer has been the tide gauge: a post with a marked scale that shows the height of the "
              "water.\n", "tide gauge"),
        finds("# Tides\n\nTheir central idea is the principle of prudence: no boat should leave while a storm warning "
              "stands.\n", "principle of prudence"),
        finds("# Wealth\n\nThe second is conspicuous consumption: spending on goods and services beyond any need, in "
              "a way others will notice.\n", "conspicuous consumption"),  # test-eh, both raters: a must-have
        finds("# Life\n\nHis key idea was the level premium: a policyholder would pay the same annual sum for "
              "life.\n", "level premium"),  # test-eh, both raters: a must-have term
        finds("# Drugs\n\nThe key principle behind every antibiotic is selective toxicity: the drug must harm the "
              "bacterium while leaving human cells unharmed.\n", "selective toxicity"),
        misses("# Music\n\nOne special rule is worth learning: the semibreve rest is also used to show a whole bar of "
               "silence.\n", "worth learning"),  # test-as: a predicate, not a name
        misses("# Prices\n\nThe result was deflation: falling prices meant that debts grew heavier.\n", "deflation"),
        misses("# Tides\n\nThe aim is safe harbours: every boat should be able to reach shelter within an hour.\n",
               "safe harbours"),
        misses("# Tides\n\nA key idea is shared data: when a port records a surge, it warns the next port.\n",
               "shared data"),
        misses("# Tides\n\nThe benefits are obvious: cheaper insurance, safer harbours and fewer wrecks.\n", "obvious"),
        misses("# Tides\n\nThe gains were simple: a steady income and a safe mooring for every family.\n", "simple"),
    ),
))
