"""The named noun phrase as the subject of what follows: "Tiny organisms called T carry out half of ...".

(The same shape with the name in bold is ``named_bold_subject``'s, in ``rules/known_as.py``; this one serves
the ``called`` rule for names in plain text, where otherwise only the sentence with the name blanked is left.)

When the name is given in passing to the subject of a clause, the sentence
goes on to say what the named thing does or what is done to it.  The noun
phrase with its own modifiers, joined to that predicate by "that" ("who" for
people), stands as a definition: "Long-distance merchants called T
travelled far beyond the borders" -> "Long-distance merchants who travelled
far beyond the borders"; "Dried potatoes, known as T, could be stored for
years" -> "Dried potatoes that could be stored for years".  Counted over the
rated corpora, this is the commonest shape among must-have terms a naming rule
proposed but could only offer as the whole sentence with the name blanked.

A count before the subject ("About 2,000 volunteers, known as T, patrolled ...", "Hundreds of thousands of
workers ...") says how many, not what they are, and is left out; people named by their work take "who"; when
what looks like a short aside after the name (", cleared debris and drained land,") leaves no predicate after
it, it is the predicate.

Refused: a subject that leans on the sentences before ("this", "their",
"them", "such", "the other"), a bare definite subject ("The technique") whose
predicate is passive (what was done to the ones told of before), a subject
after a preposition or a fronted clause (not a subject at all), and a
predicate that is a copula (the copula rule's) or says where the text
mentions it.

:func:`described_by_participle` reads a name given in passing to an object that a past participle then describes:
"large roofed halls called T, used for trade and law courts" -> "Large roofed halls used for trade and law courts"
(a noun phrase the naming introduces, an article or a bare plural, never "the/their N", which leans on the text).

:func:`last_coordinated_subject` finds, for "X is called T", the subject of the clause the naming verb belongs to
when an earlier clause comes before it (", and the leftmost bit is called T"; "...; the reduction in length is
then called T", with a closing "when ..." of the clause before kept as its setting).
"""

from __future__ import annotations

import re

from lessontext.glossary import lexicon
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition
from lessontext.glossary.phrases import (
    AUXILIARIES,
    END_OF_LIFE,
    PREPOSITIONS,
    finite_verb,
    genus_of,
    has_anaphora,
    is_participle,
    plural_head,
    predicate_of,
    word_list,
)
from lessontext.words import STOPWORDS, singular, word_pos

# "Sultan Mahmud II abolished the Janissaries, and the period of ... known as T": the last coordinated clause.
_LAST_CONJUNCT = re.compile(r"^.*(?:,\s+and\s+|;\s+)(?=(?:the|an?)\s)", re.I)
# "only a small patch": a focusing word before the article.
_FOCUS = re.compile(r"^(?:only|just|even|also)\s+(?=(?:the|an?)\s)", re.I)
# After the name: an optional comma, an optional short aside (", launched in 1839,", ", from the Italian words
# for light and dark,"), then the predicate up to a second clause.
_PREDICATE = re.compile(
    r"^(?:,\s+[^,;:]{3,60}?,)?,?\s*(?P<pred>(?P<first>[a-z]+)\s+[^;:]*?)"
    r"(?:,\s+(?:and|but|while|whereas|because)\b.*|[;:].*)?[.!?]?$")
# The same without the aside: ", cleared debris and drained land, and by 1986 had ...": what looked like an aside
# is the predicate itself when what follows it is no predicate.
_PREDICATE_NO_ASIDE = re.compile(
    r"^,?\s*(?P<pred>(?P<first>[a-z]+)\s+[^;:]*?)"
    r"(?:,\s+(?:and|but|while|whereas|because)\b.*|[;:].*)?[.!?]?$")
# "About 600,000 workers", "Hundreds of thousands of volunteers", "Some 40 ships": a count before the noun phrase
# says how many, not what they are.
_COUNT_OPENER = re.compile(
    r"^(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    r"(?:\d[\d,.]*|(?:hundreds|thousands|millions|dozens|tens)(?:\s+of\s+(?:thousands|millions))?\s+of)\s+(?=[a-z])",
    re.I)
# "could be stored for years", "were often used": a modal or passive predicate.
_MODALS = frozenset("can could may might will would must should".split())
_BE = frozenset("is are was were".split())
# Not a predicate that says what the thing is or does: "is a ...", "was discussed in the last lesson".
_ABOUT_THE_TEXT = frozenset("discussed mentioned described shown covered introduced explained listed named".split())
# Words that make the subject lean on what the reader cannot see.
_LEANING = frozenset(
    "this these those it its they them their he she his her such other another same related similar former latter"
    .split())
# "was then moved", "were often used": adverbs between the auxiliary and the participle.
_ADVERBS = frozenset("then also often still soon later first once always never".split())
# "Because the plaster set within hours, only a small patch": a subordinate clause fronted before the subject.
_FRONTED_CLAUSE = re.compile(r"^(?:Because|As|When|Whenever|Although|Though|Since|If|While|Once|After|Before|Until)"
                             r"\s[^,]+,\s+")
# "On a weather map, lines called T join ...": a fronted phrase of place or time before the subject.
FRONTED_SETTING = re.compile(r"^(?:On|In|At|Across|Along|Over|Under|Within|Throughout|During)\s[^,]{3,40},\s+(?=[a-z])")
# People named by the work they do together ("workers, known as T, cleared ..."): "who", not "that".
_GROUPS_OF_PEOPLE = frozenset("worker volunteer soldier sailor labourer laborer farmer settler miner citizen resident "
                              "official officer crew member civilian pilgrim trader craftsman".split())
_MAX_SUBJECT_WORDS = 10
_MIN_PREDICATE_WORDS = 3
_OWN_CLAUSE_WORDS = 5


def _subject(head_text: str) -> str | None:
    """The subject noun phrase the name is given to, or None when ``head_text`` is not one."""
    text = DISCOURSE_OPENER.sub("", head_text.strip().rstrip(",").strip())
    text = _FOCUS.sub("", _LAST_CONJUNCT.sub("", FRONTED_SETTING.sub("", _FRONTED_CLAUSE.sub("", text))))
    text = _COUNT_OPENER.sub("", text)
    words = word_list(text)
    if not words or len(words) > _MAX_SUBJECT_WORDS or any(mark in text for mark in ",;:()\"“”"):
        return None
    lowered = [w.lower() for w in words]
    if any(w in _LEANING for w in lowered) or has_anaphora(text):
        return None
    if sum(w[:1].isupper() for w in words[1:]) * 2 >= len(words) - 1 > 0:
        return None  # "The International Convention for the Safety of Life at Sea": a name, not a description
    first = lowered[0]
    if first in PREPOSITIONS or first in lexicon.UNRESOLVED_OPENERS or (first in STOPWORDS and first not in
                                                                          {"a", "an", "the"}):
        return None
    relative_at = next((i for i, w in enumerate(lowered) if w in {"that", "which", "who"}), len(lowered))
    if any(w in AUXILIARIES for w in lowered[1:relative_at]):
        return None  # "Many were later sold to firms": a clause, not a noun phrase
    if not text[0].isalpha():
        return None  # ("[1] ...", "*": not a noun phrase)
    return text[0].upper() + text[1:]


# "Enzymes called T also start to break ...", "Birds called T often nest ...": an adverb before the predicate.
_LEADING_ADVERB = re.compile(r"^(?P<adverb>also|often|usually|sometimes|generally|mostly|typically|normally)\s+(?=[a-z])")


def _predicate(after_name: str) -> tuple[str, bool] | None:
    """The predicate after the name and whether it is passive or modal (what is done to it, what it can do)."""
    if adverb := _LEADING_ADVERB.match(after_name.strip()):
        found = _predicate(after_name.strip()[adverb.end():])
        return (f"{adverb.group('adverb')} {found[0]}", found[1]) if found else None
    found = _read_predicate(_PREDICATE.match(after_name.strip()))
    if found is None and after_name.strip().startswith(","):
        found = _read_predicate(_PREDICATE_NO_ASIDE.match(after_name.strip()))
    return found


def _read_predicate(match: re.Match[str] | None) -> tuple[str, bool] | None:
    if not match:
        return None
    pred, first = match.group("pred").strip(), match.group("first")
    words = word_list(pred)
    if len(words) < _MIN_PREDICATE_WORDS or first in STOPWORDS - _BE - _MODALS or words[1].lower() == "that":
        return None  # ("answers that ...", "holds that ...": a claim reported, not what the thing is or does)
    if first in _BE:
        second = next((w.lower() for w in words[1:] if not w.lower().endswith("ly") and w.lower() not in _ADVERBS), "")
        if second in {"a", "an", "the", "one", "not"} or second in _ABOUT_THE_TEXT or not is_participle(second):
            return None  # "is a ...": the copula rule's; "was discussed": about the text
        return pred, True
    if first in _MODALS:
        return pred, True
    active = predicate_of(pred)  # (refuses "made by ...", "estimates that ...": a participle, a reported claim)
    return (active, False) if active else None


# ", and try to trick you into ...": a second verb phrase of the same subject after the predicate.
_AND_VERB = re.compile(r"^,\s+and\s+(?P<verb>[a-z]+)\b[^;:]*?(?=[.!?]?$)")


def _shared_verb_phrase(after_name: str, predicate: str) -> str:
    """What follows ``predicate`` in ``after_name`` when it is ", and" with a verb the subject shares ("Scam messages,
    called T, pretend to come from a company, and try to trick you ..."), else nothing."""
    at = after_name.find(predicate)
    match = _AND_VERB.match(after_name[at + len(predicate):]) if at >= 0 else None
    return match[0] if match and finite_verb(match["verb"]) and match["verb"] not in STOPWORDS else ""


def subject_named_in_passing(head_text: str, after_name: str) -> str | None:
    """"Tiny ocean organisms" + "carry out half of all photosynthesis" -> "Tiny ocean organisms that carry out ..."."""
    subject = _subject(head_text)
    found = _predicate(after_name) if subject else None
    if not subject or not found:
        return None
    predicate, passive = found
    predicate += _shared_verb_phrase(after_name, predicate)
    if END_OF_LIFE.match(predicate):
        return None  # "a small glacier called T was declared dead in 2014": how its story ended, not what it is
    words = [w.lower() for w in word_list(subject)]
    restricted = any(w in PREPOSITIONS or w in {"of", "that", "which", "who", "whose", "where"} for w in words)
    if words[0] == "the" and not restricted and (passive or len(words) < 2):
        return None  # "The loose fragments, called T, are then moved": the ones told of before
    if any(w in {"that", "which", "who"} for w in words[1:]) and len(words) >= _OWN_CLAUSE_WORDS:
        # "The idea that plague spread through foul air, known as T, was widely accepted": the subject's own
        # clause says what it is; the predicate only what became of it.
        definition = finish_definition(subject)
        return definition if definition and not has_anaphora(definition) else None
    person = singular(words[-1]) in lexicon.PERSON_NOUNS | _GROUPS_OF_PEOPLE or words[-1] in {"people", "men", "women"}
    joiner = "who" if person else "that"
    definition = finish_definition(f"{subject} {joiner} {predicate}")
    return definition if definition and not has_anaphora(definition) else None


# "..., and the leftmost bit, worth the most, is called T", "The same holds when it is squashed; the loss of length
# is then called T": the subject of the last coordinated clause.
# ("A loop with a gap is called an open circuit, while a complete loop is called T": a contrasting clause too.)
_COORDINATED_SUBJECT = re.compile(r"(?:,\s+(?:and|while|whereas)|;)\s+(?P<np>(?:the|a|an)\s+[^;:]+)$", re.I)


# "Poems are built from lines, and groups of lines separated by a space are known as T": a bare plural subject
# of the last clause; the part before ", and" is one clause with its verb ("Sand, silt, and clay particles are
# called T" lists with commas; "Rivers and lakes are called T" has no clause before).
_COORDINATED_BARE_PLURAL = re.compile(r"^(?P<clause>[^,;:]+),\s+and\s+(?P<np>(?P<head>[a-z][\w-]*s)\s+[^,;:]+)$")
_QUANTIFIERS = frozenset("others many most some few several both all these those various".split())


def last_coordinated_subject(np: str) -> str:
    """The subject of the clause the naming verb belongs to, when an earlier clause is joined by ", and"."""
    match = _COORDINATED_SUBJECT.search(np)
    if not match:
        bare = _COORDINATED_BARE_PLURAL.match(np)
        head = bare.group("head") if bare else ""
        if (not bare or head in _QUANTIFIERS or head in STOPWORDS or "NOUN" not in word_pos(head)
                or not plural_head(head) or len(word_list(bare.group("np"))) < 3
                or not any(w.lower() in {"is", "are", "was", "were"} or finite_verb(w)
                           for w in word_list(bare.group("clause"))[1:])):
            return np
        match = bare
    subject = match.group("np")
    setting = _CLOSING_WHEN.search(np[:match.start()]) if match.group(0).startswith(";") else None
    if setting:
        subject = f"{subject} {setting.group(0).strip()}"  # "the loss of length" + "when it is squashed"
    return subject[0].upper() + subject[1:]


# "The same ideas apply when a spring is squashed; the reduction in length is then called T": the clause before says
# when the named thing happens ("The reduction in length when a spring is squashed").
_CLOSING_WHEN = re.compile(r"\s(?:when|whenever)\s+(?!(?:it|they|this|these|that|those)\b)[^,;:]{5,60}$", re.I)


# "..., which is called T": the clause before names a process; "..., called X, and ..." marks where that clause starts.
_WHICH_AT_END = re.compile(r",\s+which$")
_CLAUSE_START = re.compile(r".*(?:,\s+and\s+|;\s+)")


def clause_before_which(head_text: str) -> str:
    """"A squeezes B, which is called X, and C glue D together, which" -> "C glue D together"."""
    clause = _WHICH_AT_END.sub("", head_text.strip())
    return _CLAUSE_START.sub("", clause, count=1).strip()


# "With training, it can learn ...": a clause whose subject the sentences before name.
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s+)(?:it|they|he|she|we|this|these)\s", re.I)


def process_clause(head_text: str, term: str) -> str | None:
    """"A process" when ``head_text`` is a whole clause closed by ", which" and ``term`` names a process."""
    if not _WHICH_AT_END.search(head_text.strip()):
        return None
    genus, _plural = genus_of(term)
    clause = clause_before_which(head_text).split()
    # "..., which is called diffuse reflection": a named kind of an event noun ("A reflection in which ...").
    event = genus == "A process" or len(term.split()) > 1 and genus.lower().endswith(("tion", "sion", "ment"))
    if not event or len(clause) < 4 or _PRONOUN_SUBJECT.search(" ".join(clause)):
        return None
    # A subject and its finite verb: "the weight of overlying material squeezes ...", "minerals ... crystallise".
    if not any(finite_verb(w) for w in clause[1:]):
        return None
    return genus


# ", used for trade and law courts", ", built on raised posts": a past participle and the phrase it governs.
_PARTICIPLE_AFTER_NAME = re.compile(
    r"^,\s*(?P<phrase>(?P<verb>[a-z]+)\s+(?:in|on|for|from|along|by|at|with|to|into|across|around|near|under|over"
    r"|between|inside|as)\s+[^,;:()]{3,})")
_MAX_OBJECT_WORDS = 5
# "thousands of storehouses", "dozens of smaller bomblets": how many, not what they are.
_COUNT_BEFORE = re.compile(r"^(?:(?:thousands|hundreds|dozens|millions|scores|lots|many|some)\s+of\s+|many\s+|several\s+)", re.I)
_INTRODUCED_ONLY = frozenset({"a", "an", "of"})
_DEFINITE = frozenset("the this these those that their its his her our your my such".split())


def described_by_participle(head_text: str, tail: str) -> str | None:
    """"Around the square stood shops and large roofed halls" + ", used for trade ..." -> "Large roofed halls used for trade ..."."""
    match = _PARTICIPLE_AFTER_NAME.match(tail)
    if not match or not is_participle(match.group("verb")) or match.group("verb").endswith("ing"):
        return None
    words: list[str] = []
    before = head_text.rstrip(" ,").split()
    for at in range(len(before) - 1, -1, -1):
        word, lower = before[at], before[at].lower()
        # ("large roofed halls": a participle after an adjective modifies the noun.)
        modifier = at and lower.endswith("ed") and {"ADJ"} <= word_pos(before[at - 1].lower()) - {"NOUN", "ADV"}
        if not word.isalpha() and "-" not in word or lower in STOPWORDS - _INTRODUCED_ONLY or lower.endswith("ing") or (
                finite_verb(lower) and not word_pos(lower) & {"NOUN", "ADJ"} and not modifier):
            if lower in _DEFINITE or at == 0 and lower in PREPOSITIONS:
                # "the chiefs, led by ...": the ones the text told of; "Under rules called T, applied by ..., banks
                # must ...": a fronted phrase whose aside is not what the sentence says of the rules
                return None
            break
        words.insert(0, word)
        if lower in {"a", "an"}:
            break  # the article opens the noun phrase
    np = _COUNT_BEFORE.sub("", " ".join(words))
    if not 1 <= len(np.split()) <= _MAX_OBJECT_WORDS or np.split()[0].lower() == "of":
        return None
    if not (np.split()[0].lower() in {"a", "an"} or plural_head(np)) or "NOUN" not in word_pos(np.split()[-1].lower()):
        return None
    # "In 1957 nine Black students, later known as T, tried to enrol at ...": with no verb before the name, the past
    # form after it is the sentence's verb, and the students are those that did it.
    verb_before = any(w.islower() and finite_verb(w) for w in word_list(head_text))
    definition = finish_definition(f"{np} {'' if verb_before else 'that '}{match.group('phrase')}")
    return definition if definition and not has_anaphora(definition) else None


# "Ringing every possible row once, without repetition, and returning to rounds is called T": gerund phrases joined by
# "and" are one activity, not a last clause ("Returning to rounds", test-ej: a wrong key).
_GERUND_CONJUNCT = re.compile(r"\band\s+(?P<gerund>[a-z]+ing)\s")
_VERB_THEN_ARTICLE = re.compile(r"\b(?P<verb>[a-z]+s)\s+(?:an?|the)\s")


def coordinated_gerunds(text: str) -> str | None:
    """The whole subject when it is gerund phrases joined by "and", or None."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    later = _GERUND_CONJUNCT.search(text)
    if not later or not first[:1].isupper() or not all(
            w.lower().endswith("ing") and "VERB" in word_pos(w.lower()) for w in (first, later["gerund"])):
        return None
    if any(finite_verb(m["verb"]) for m in _VERB_THEN_ARTICLE.finditer(text[: later.start()])):
        return None  # "Passing the rope around an object makes a turn, and passing it ...": a clause of its own (test-dp)
    return text if len(word_list(text)) <= 25 else None


# "rounds, the bells sounding in order from the lightest, called T": the name is the lightest one's, not the phrase's.
_ENDS_ON_SUPERLATIVE = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?P<head>[a-z]+s)\b.*\s(?:the|its|their)\s+"
                                  r"(?P<most>[a-z]{3,}est|most\s+[a-z]+|least\s+[a-z]+)$", re.I)


def superlative_named(np: str) -> str | None:
    """"the bells sounding in order from the lightest" -> "The lightest bell"; "" when the phrase ends on a superlative
    whose noun is unclear; None when it does not end on one."""
    match = _ENDS_ON_SUPERLATIVE.match(np.strip())
    if not match:
        return None
    most, head = match["most"].lower(), match["head"].lower()
    if not ("ADJ" in word_pos(most.split()[-1]) or most.endswith("est")) or "NOUN" not in word_pos(head):
        return ""
    return finish_definition(f"The {most} {singular(head)}") or ""
