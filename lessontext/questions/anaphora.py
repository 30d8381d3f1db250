"""What a sentence lifted out of its paragraph refers to in the sentence before, read from its form.

References ``context.leans_on_context`` asks about (raters on test-al and test-ai: context lost): a possessive
that opens the main clause after a fronted phrase owning nothing ("From an operating height of around 30,000
feet its radar can detect ..."; ``referents.possessive_owner`` names its owner where it can), a "shell" noun
that only names what the sentence before told ("solves the problem by ...", "in the middle of the scandal").
And what ``context.claim_leans_on_context`` asks of a claim keyed True: a quantifier standing for a noun as the
subject ("Many apply only within ..."), a "both" with no pair ("the unit for both"), and the references
``leans_before_claim`` reads ("Belgium joined in 2003", "the first mill there", "Within a decade", "Events
included", "continued the custom").  Only a claim keyed True is refused for these: a swapped False keeps its
sentence, since every False refused costs the course a True at its floor of 40% keyed False.
Each reads only the sentence's form and a closed list of English function and shell words.
"""

from __future__ import annotations

import re

from lessontext.words import getAllLemmas, singular

from .text import STOPWORDS, words

__all__ = ["fronted_possessive", "leans_before_claim", "lone_both", "objectless_join", "quantifier_subject", "shell_noun",
           "rank_for_noun", "unowned_its"]


# A preposition that fronts a phrase before the main clause ("From an operating height of ..., its radar can
# ...", "Under the Third and Fourth Conventions its delegates may ...").
_FRONTING = frozenset("in on at by for from with under after before during since until within across through "
                      "towards toward beyond against despite over among between throughout upon beneath below above "
                      "inside outside along around behind near without via".split())
_DETERMINERS = frozenset("the a an this that these those".split())
_PHRASE_BREAK = frozenset("of in on at by for from with to into and or under over around about near".split())
# A finite verb or auxiliary: the fronted words hold a clause, not a phrase; after the possessive's noun, it
# makes the possessive the main clause's subject.
_FINITE = frozenset("is are was were has have had does do did can could may might must will would shall should".split())


def fronted_possessive(sentence: str) -> str | None:
    """The "its <noun>" or "their <noun>" that opens the main clause's subject after a fronted phrase in
    which nothing can own it ("From an operating height of around 30,000 feet its radar can ...": a height
    has no radar; "Under the Third and Fourth Conventions its delegates may go ...": conventions are not an
    "it"), so its owner is in a sentence not shown (raters on test-al: context lost, "name the aircraft").
    An owner is a singular noun or name for "its" ("Within the cell, its nucleus ..."), a plural one for
    "their"; None when the phrase names one, or the possessive is not the subject of a verb."""
    found = re.search(r"(?<![\w’'-])(?:its|their)(?![\w’'-])", sentence, re.I)
    before = sentence[: found.start()].rstrip().removesuffix(",") if found else ""
    if not before or re.search(r"[,;:]\s|[()–—]", before):
        return None  # "In Europe, NATO holds ..., and the Union gathers its ...": a clause came first
    toks = words(sentence)
    if len(toks) < 4 or toks[0].lower() not in _FRONTING:
        return None
    for i, tok in enumerate(toks[1:], 1):
        low = tok.lower()
        if low in _FINITE or _finite_verb(tok):
            return None  # "After the treaty was signed, its ...", "On 1 May the volcano began ... its": a clause
        if low not in ("its", "their"):
            continue
        if toks[i - 1].lower() in _FRONTING | _PHRASE_BREAK:
            return None  # "With its long neck, the giraffe ...": the possessive is inside the phrase
        after = [t.lower() for t in toks[i + 1: i + 4]]
        if len(after) < 2 or not getAllLemmas(after[0]).get("NOUN") \
                or not any(t in _FINITE or getAllLemmas(t).get("VERB") for t in after[1:]):
            return None
        heads = _phrase_heads(toks[1:i])
        if low == "its":
            owned = any(" " not in h and (singular(h.lower()) == h.lower() or h.isupper()) for h in heads)
        else:  # "their": a plural noun, or names joined ("In Britain and France their parliaments ...")
            owned = any(" " in h or singular(h.lower()) != h.lower() for h in heads)
        return None if owned else f"{tok} {toks[i + 1]}"
    return None


def _finite_verb(tok: str) -> bool:
    """A lower-case past or present verb form that is no noun ("began", "erupted"; not "operating", "feet")."""
    lemmas = getAllLemmas(tok)
    verbs = lemmas.get("VERB")
    return tok.islower() and not tok.endswith("ing") and not lemmas.get("NOUN") and not lemmas.get("ADJ") \
        and bool(verbs) and tok not in verbs


def _phrase_heads(toks: list[str]) -> list[str]:
    """The last word of each noun phrase in ``toks`` (split at prepositions, "and", "or" and figures), skipping
    phrases that open on "a"/"an": an indefinite circumstance ("an operating height") owns nothing after it.
    Names joined by "and" are one phrase, given with the word before the head ("Britain and France" ->
    "and France"): several owners, an owner for "their" and none for "its"."""
    heads, phrase = [], []
    for at, tok in enumerate([*toks, "of"]):
        joins_names = tok in ("and", "or") and phrase and phrase[-1][:1].isupper() \
            and toks[at + 1: at + 2] and toks[at + 1][:1].isupper()  # "the Third and Fourth Conventions": one name
        if (tok.lower() in _PHRASE_BREAK or tok[:1].isdigit()) and not joins_names:
            if phrase and phrase[0].lower() not in ("a", "an") and phrase[-1].lower() not in _DETERMINERS \
                    and (phrase[-1][:1].isupper() or getAllLemmas(phrase[-1].lower()).get("NOUN")):
                joined = any(t in ("and", "or") for t in phrase)
                heads.append(f"{phrase[-2]} {phrase[-1]}" if joined else phrase[-1])  # "Third and Fourth Conventions" is plural
            phrase = []
        else:
            phrase.append(tok)
    return heads


# A "shell" noun that only names what the sentence before told: "solves the problem by lifting a radar" (which
# problem?), "In the middle of the scandal she was awarded ...", "The popular idea grew from research ..." (raters
# on test-al and test-ai: context lost, "name the problem").  Not with its content or owner after it ("the
# problem of drift", "the idea that ...", "the scandal over the loans", "the problem is that ..."), nor when the
# sentence or the lesson's title names the same noun first ("a problem arose ..., and the problem ...").  An outcome
# named only by its kind is one too ("Sam Warner saw the triumph": both raters on test-cu, which triumph?), and so is
# "the work" that ends its clause ("Parliament passed an act in 1806 to fund the work": test-cw; not "the work done").
_SHELL_NOUNS = (r"(?:problem|issue|scandal|idea|crisis|affair|controversy|dispute|dilemma|difficulty|incident|episode"
                r"|triumph|success|failure|fiasco|disaster|setback|breakthrough|work(?=\s*[.,;]|\s+(?:was|were)\b))")
_SHELL = re.compile(
    rf"\bthe\s+(?:(?!{_SHELL_NOUNS}\b)[a-z]+\s+)?({_SHELL_NOUNS})\b"
    r"(?!\s*[:–—(]|\s+(?:of|that|with|to|for|about|over|between|behind|in|on|at|among|whether|facing|posed|raised"
    r"|is\s+that|was\s+that|here|itself)\b|-)", re.I)


def shell_noun(sentence: str, title: str = "") -> str | None:
    """The "the <shell noun>" of ``sentence`` whose content only the sentence before told (``_SHELL``), or None."""
    for found in _SHELL.finditer(sentence):
        noun = found.group(1).lower()
        if any(w[:1].isupper() for w in found.group(0).split()[1:-1]):
            continue  # "the Prestige disaster": a name says which one
        before = [singular(w.lower()) for w in words(sentence[: found.start()])]
        if noun in before or any(singular(w.lower()) == noun for w in words(title)):
            continue
        return found.group(0)
    return None


# A quantifier standing for a noun as the subject: "Many apply only within a defined area", "Some also observed
# wars at first hand", "Despite the name, most are not scarce" (raters on test-ai, test-g and test-n: many what?).
# Not "many people apply", nor "In Git, each commit is ..." (a noun that is also a verb, before its own verb), nor an
# aside ("fifteen narrators, each adding a view").
_QUANTIFIER_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:some|many|most|several|few|each|all|both|neither|none|either)\s+"
    r"(?:(?:also|still|now|later|only|even|already|often|usually|soon)\s+)?([a-z]+)\b(?:\s+([a-z]+))?", re.I)
_FINITE_WORDS = frozenset("is are was were has have had can could may might must will would should shall do does did".split())


def quantifier_subject(sentence: str) -> str | None:
    """The quantifier that stands for a noun only an earlier sentence gives, as the subject of ``sentence``'s
    verb ("Many apply", "most are"), or None."""
    for found in _QUANTIFIER_SUBJECT.finditer(sentence):
        word, after = found.group(1).lower(), (found.group(2) or "").lower()
        lemmas = getAllLemmas(word)
        if word in _FINITE_WORDS or lemmas.get("VERB") and not lemmas.get("NOUN") and not lemmas.get("ADJ") \
                and not word.endswith("ing") and after not in _FINITE_WORDS:
            return found.group(0).lstrip(", ").rsplit(" ", 1)[0] if found.group(2) else found.group(0).lstrip(", ")
    return None


# "both" with no pair before it in the sentence and no "and" after it: "The SI unit for both is metres per second",
# "combined features of both machines", "Dividing both parts by 6" (raters on test-b to test-ap: both what?).  Not
# "both X and Y", nor "Iron and copper ... both", nor a pair every reader has ("both eyes", "both hemispheres").
_NATURAL_PAIRS = "eyes|ears|hands|feet|legs|arms|parents|hemispheres|sexes|kidneys|lungs|directions|poles|ends|halves"
_LONE_BOTH = re.compile(rf"\bboth\b(?!\s+(?:{_NATURAL_PAIRS})\b)(?![^,;:.]*?\band\b)", re.I)


def lone_both(sentence: str) -> str | None:
    """The "both" of ``sentence`` whose pair only the text before it names (``_LONE_BOTH``), or None."""
    found = _LONE_BOTH.search(sentence)
    if found is None or re.search(r"\b(?:and|or|nor)\b|&", sentence[: found.start()], re.I):
        return None
    return found.group(0)


# "join" with no object in the sentence's first clause: "Belgium joined in 1993, Spain in 1994", "Peru and Chile
# never joined" (joined what? raters on test-az, test-as, test-an and test-f: context lost, "never says what was
# joined").  After an earlier clause ("launched the patrols, and Thailand joined in 2008") or in a relative clause
# ("China, which joined in 2004") the sentence names what was joined.  ``referents.joined_title`` writes the
# lesson's title in where the lesson is about a body one joins.
_OBJECTLESS_JOIN = re.compile(
    r"\b(?:(?:never|later|soon|also|eventually|finally|quickly)\s+)?(join(?:ed|s)?)\b"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|during)\s+(?:\d|[A-Z]))")
_CLAUSE_BREAK = re.compile(r"[;:()–—]|\b(?:but|while|whereas|which|who|that|when|after|because|then)\b|,\s*and\b", re.I)


def objectless_join(sentence: str) -> re.Match[str] | None:
    """The "joined" of ``sentence``'s first clause whose object only an earlier sentence names, or None."""
    found = _OBJECTLESS_JOIN.search(sentence)
    if not found or _CLAUSE_BREAK.search(sentence, 0, found.start()):
        return None
    return found


# A "there" of place right after the subject: "The first steam mill there was built in 1790" (where? the place is
# in the sentence before; raters on test-ax: "'there' must be resolved").  An existential "there is" does not follow
# a noun, and a comparison ("The more ferries there are, the ...") counts, it does not place.
_SUBJECT_THERE = re.compile(
    r"^(?:the|a|an)\s+(?!(?:more|less|fewer|most)\b)(?:[a-z-]+\s+){0,3}there\s+(?:was|were|is|are|has|have|had)"
    r"\s+(?:been\s+)?[a-z]+(?:ed|en|wn|lt|ht)\b", re.I)
# A "there" of place after a participle in the sentence's opening words: "Among the men working there was ..." (working
# where? raters on test-cy: "'there' (the House of Wisdom) unresolved"); nothing before it names the place.
_OPENING_PARTICIPLE_THERE = re.compile(r"^(?:[a-z’'-]+\s+){0,5}?[a-z]+(?:ing|ed)\s+there\b", re.I)
# A span of time from an event not named: an opening "Within a decade" with no "of" (a decade of what? raters on
# test-ax: "needs 'of Otto's 1876 engine'").
_SPAN_FROM_NOTHING = re.compile(
    r"^\s*within\s+(?:a|an|one|two|three|four|five|six|ten|a few|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies)|generations?)\b(?!\s+of\b)", re.I)
# The parts of an occasion the sentence does not name: "Events included ...", "Speakers included ..." (events of
# which games? raters on test-ay: context lost).
_PARTS_OF_AN_OCCASION = re.compile(
    r"^(?:events|activities|highlights|speakers|guests|entrants|competitors|exhibits)\s+included\b", re.I)
# A custom or an arrangement carried on, or judged, that only the sentence before told: "NORAD continued the
# custom" (which? raters on test-ay), "criticised the arrangement" (test-an).  Not with its content after it ("the
# custom of ...", "the arrangement known as ..."), nor a capitalised one ("the Wassenaar Arrangement").
_TOLD_BEFORE = re.compile(
    r"\bthe\s+(?:same\s+|old\s+|new\s+)?(custom|arrangement|tradition|practice)\b"
    r"(?!\s*[:–—(]|\s+(?:of|that|whereby|by|under|with|to|for|in|known|called|named|was\s+that|is\s+that)\b|-)")


# A subject that is "the" and a noun placed by the text before it: a "there" of place after it ("The climate there
# is hot all year round": where? raters on test-bf), an adjective that relates it to what was told ("The whole
# sequence forms a sleep cycle", "The new government wished to replace ...", "The remaining members moved ...":
# which sequence, government, members? raters on test-af and test-bk).  Only a common noun in lower case: "The
# Third United Nations Conference ..." names what it means.
_RELATING_ADJECTIVES = "new|whole|entire|same|remaining|resulting|original|previous|real"
_PLACED_SUBJECT = re.compile(
    r"^(?:(?i:in|on|by|from|after|until)\s+(?:[a-z]+\s+)?\d{4}s?\s*,?\s+)?[Tt]he\s+"
    r"(?:[a-z-]+\s+there\s+(?:is|are|was|were)\b"
    rf"|(?:{_RELATING_ADJECTIVES})\s+(?:and\s+[a-z-]+\s+)?[a-z]+\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b)")


def leans_before_claim(sentence: str) -> str | None:
    """The words of ``sentence`` that only the text before it completes: a "join" with no object
    (``objectless_join``), an "its" after a plural subject (``unowned_its``), a "there" of place after the subject, a subject placed by the text before
    (``_PLACED_SUBJECT``: "The whole sequence forms ..."), a span of time from an event not named ("Within
    a decade, ..."), the parts of an occasion not named ("Events included ...") or a custom told before ("continued
    the custom"); None when it reads alone."""
    found = objectless_join(sentence)
    if found:
        return found.group(0)
    its = unowned_its(sentence)
    if its:
        return its
    for pattern in (_SUBJECT_THERE, _OPENING_PARTICIPLE_THERE, _PLACED_SUBJECT, _SPAN_FROM_NOTHING, _PARTS_OF_AN_OCCASION, _TOLD_BEFORE):
        found = pattern.search(sentence)
        if found:
            return found.group(0)
    return None


# An ordinal or a superlative that opens the sentence and stands for a noun of the sentence or heading before:
# "The first way is a ...", "A third form is ...", "The simplest is a ...", "The first two are part of ...",
# "The first is Filippo Brunelleschi" (raters on test-p: "depends on the heading"; like "The most important is
# the ..." on dev, which ``LEANS_BACK`` reads).  Only bare, or before a noun that names nothing by itself
# ("way", "form", "type"), and right before "is"/"are": "The first organisms to colonise a bare surface are
# called ...", "The first operation, the United Nations Truce Supervision Organization, was ..." and "The
# first use of the link came ..." say what they count (raters accepted them).
_ORDINALS = "first second third fourth fifth sixth last final next simplest".split()
_COUNTS = "two three four five six".split()
_GENERIC_NOUNS = frozenset("""
    way ways form forms type types kind kinds method methods approach approaches step steps stage stages
    category categories group groups class classes one ones option options part parts variety varieties
    version versions sort sorts
""".split())
# Ranks after the first, which a noun of any kind cannot make self-standing after "a" ("A second objection is
# that ...": to what? both raters on test-dj); after "the", a generic noun and an aside ("The final stage, also
# called ..., begins": of what? both raters on test-dj).  Not before "of" ("A second strand of cooperation
# concerns ...", accepted by both raters on test-t).
_LATER = frozenset("second third fourth fifth sixth".split())
_LATER_STAGE = re.compile(r"^the\s+(?:second|third|fourth|fifth|sixth|final|last|next)\s+"
                          r"(?:way|form|type|kind|method|approach|step|stage|phase|category|group|class|part)s?\s*,", re.I)
_ORDINAL_OPENING = re.compile(
    r"^(?:the|an?)\s+(?P<rank>(?:most|least)\s+[a-z]+|[a-z]+(?:-[a-z]+)?)\s+(?:(?P<count>[a-z]+)\s+)?"
    r"(?:(?P<noun>[a-z]+)\s+)?(?:is|are|was|were)\b", re.I)


def _superlative(word: str) -> bool:
    """"simplest" (simple), "commonest", "biggest": an adjective's -est form, not "interest" or "forest"."""
    if not word.endswith("est") or len(word) < 6:
        return False
    lemmas = getAllLemmas(word)
    adjective = lemmas.get("ADJ") or lemmas.get("ADV")
    return bool(adjective) and adjective[0] != word and not lemmas.get("NOUN")


def rank_for_noun(sentence: str) -> str | None:
    """The opening ordinal or superlative of ``sentence`` that stands for an earlier noun ("The first way
    is", "The simplest is", "The first two are", "A second objection is", "The final stage, ..."), or None
    (``_ORDINAL_OPENING``, ``_LATER_STAGE``)."""
    found = _ORDINAL_OPENING.match(sentence.strip())
    if not found:
        found = _LATER_STAGE.match(sentence.strip())
        return found.group(0) if found else None
    rank, count, noun = found.group("rank").lower(), (found.group("count") or "").lower(), (found.group("noun") or "").lower()
    if not (rank in _ORDINALS or _superlative(rank) or rank.startswith(("most ", "least "))):
        return None
    if count == "of" and noun in {"all", "them", "these", "those"}:
        return found.group(0)  # "The most famous of all was ...": of all what? (both raters on test-dy, context lost)
    if count and count not in _COUNTS:  # "The first two are", not "The first serious use ..."
        noun, count = count, ""
        if found.group("noun"):
            return None
    if noun and noun not in _GENERIC_NOUNS and not (found.group(0)[:2].lower() in ("a ", "an") and rank in _LATER):
        return None  # "A second objection is that ...": a second one after one not shown, whatever it is
    return found.group(0)


# Words for a person before a "his" or "her" that own it ("The king gave his son ...", "a farmer sells her crop").
_PERSON_WORDS = frozenset("man woman men women person people king queen prince princess boy girl child father mother "
                          "son daughter wife husband brother sister author".split())
_PERSONAL = re.compile(r"(?<![\w’'-])(?:his|her)(?![\w’'-])")


def ownerless_his(sentence: str) -> str | None:
    """A "his" or "her" with no one before it to own it: no name (a first word English has no other use for counts),
    and no word for a person ("Others note that his categories ...", "Power, in his definition, is ...": whose? both raters on test-da,
    context lost); the pronoun and its noun, or None."""
    found = _PERSONAL.search(sentence)
    if not found:
        return None
    before = words(sentence[: found.start()])
    named_first = bool(before) and before[0][:1].isupper() and not getAllLemmas(before[0].lower())  # "Antiochus was ..."
    if named_first or any(t[:1].isupper() for t in before[1:]) or any(
            t.lower() in _PERSON_WORDS or t.islower() and re.search(r"(?:er|or|ist|ian)s?$", t) for t in before):
        return None
    return " ".join(words(sentence[found.start():])[:2])



# Words that own an "its" themselves, or stand for a noun that does; and the words that open a clause before
# the main one, whose subject may own it ("While both powers pledged to respect its independence, they ...").
_ITS_OWNERS = frozenset("it its itself each one either neither".split())
_SUBORDINATING = frozenset("while because although though if when whenever once unless unlike like as".split())


def unowned_its(sentence: str) -> str | None:
    """An "its" after a plural subject and nothing singular that could own it: no singular noun, no word the
    lexicon lacks and no name before it, only plurals, function words and the verb that governs it ("most
    linguists trace its origin to Taiwan", "Very few people travelled its full length": whose? both raters on
    test-di, context lost); the pronoun and its noun, or None.  With no plural before it, the owner may follow
    ("At its height the Ottoman Empire ...")."""
    found = re.search(r"(?<![\w’'-])its(?![\w’'-])", sentence)
    before = words(sentence[: found.start()]) if found else []
    if len(before) > 1 and getAllLemmas(before[-1].lower()).get("VERB") and before[-2].lower() not in _DETERMINERS:
        before = before[:-1]  # "trace its origin": the verb, not "the trace of its ..."
    if before and before[0].lower() in _FRONTING | _SUBORDINATING:
        return None  # "Within a few years of its founding, the Alliance ...": the owner may follow the phrase
    plural = False
    for i, tok in enumerate(before):
        if tok.lower() in _ITS_OWNERS:
            return None  # "it took its present form", "each with its own"
        low = tok.lower()
        if low in STOPWORDS or tok[:1].isdigit():
            continue
        lemmas = getAllLemmas(low)
        if (i and tok[:1].isupper()) or tok.isupper() or not lemmas or lemmas.get("NOUN") and singular(low) == low:
            return None  # "The council kept its seat", "Rome lost its ...", "The empire lost ... its"
        plural = plural or bool(lemmas.get("NOUN")) and singular(low) != low
    return " ".join(words(sentence[found.start():])[:2]) if plural else None
