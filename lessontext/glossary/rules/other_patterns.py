"""Smaller definitional shapes: "X, in which ...", "The enzyme Amylase breaks ...", "A method is idempotent if ...", "describe X as ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, mask_term, valid_term
from lessontext.glossary.lightedits import uncounted
from lessontext.glossary.phrases import (
    AUXILIARIES,
    Guarded,
    finite_verb,
    has_anaphora,
    is_participle,
    np_before,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import zipf
from lessontext.vocabulary import TermKind
from lessontext.words import getAllLemmas, past_participle, singular, term_key, word_pos

# "The postal rule, by which ..., applies": the term by its "which" clause.
IN_WHICH_CONFIDENCE = 0.75
# "... lead to **coalition governments**, in which several parties ...": a bold term by its "in which" clause.
BOLD_IN_WHICH_CONFIDENCE = 0.7
# "The enzyme Amylase breaks down starch".
CATEGORY_NAME_CONFIDENCE = 0.7
# "A method is idempotent if ...".
ADJECTIVE_CONFIDENCE = 0.8
# "describe the Renaissance as a revival of ...".
DESCRIBED_AS_CONFIDENCE = 0.75


_ADJECTIVE_DEF = re.compile(
    r"^(?:(?:Instead|Similarly|Likewise|Conversely|By contrast|In contrast),?\s+)?(?:[Aa]n?|[Tt]he|[Ee]ach|[Ee]very)\s+"
    r"(?P<noun>[\w-]+(?:\s+[a-z][\w-]*)?)\s+is\s+(?:said to be\s+|called\s+|described as\s+)?"
    r"(?P<term>[a-z][\w-]+)\s+(?P<conj>if|when)\s+(?P<clause>.+?)(?:,\s+and\s+[a-z]+\s+(?:if|when)\s+.*)?$"
)


_WHICH_MEANS = re.compile(
    r"^(?:An?|The|Each|Every)\s+(?P<noun>[\w-]+)\b.*?\s(?:is|are|was|were|be|becomes?)\s+(?:\w+ly\s+)?(?P<term>[a-z][\w-]+),"
    r"\s+which means(?:\s+that)?\s+(?P<clause>.+)$"
)


# "Plant cells are eukaryotic, which means their genetic material ...": a bare plural subject (test-cm).
_PLURAL_WHICH_MEANS = re.compile(
    r"^(?!(?:Others|Some|Many|Most|These|Those|They|All|Both|Such)\b)(?P<noun>[A-Z][a-z-]+(?:\s+[a-z][\w-]+)?)\s+are\s+"
    r"(?:\w+ly\s+)?(?P<term>[a-z][\w-]+),"
    r"\s+which means(?:\s+that)?\s+(?P<clause>.+)$"
)
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten both".split())


_DESCRIBE_AS = Guarded(
    re.compile(r"\bdescribed?\s+(?:the\s+)?(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+as\s+(?P<def>(?:the|a|an)\s+[^,;]+)"),
    "describe",
)


_IN_WHICH = re.compile(
    r"^(?:The\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,3}),\s+(?P<rel>(?:in|by|through|during|with) which\s+[^,;]{5,150}),\s+\w"
)


# "In **contact metamorphism**, rocks are baked ...", "...; in an **open list** voters can ...": the setting opens
# the sentence or a main clause, and the clause after it (to a semicolon or the end) says what happens in it.
# ("In the **lower course**, the river floods ...": "the" picks out one part or place, not a kind; "In **X**, which
# is carried out by ...": a relative, not the clause.)
_IN_BOLD_SETTING = (r"(?:^|;\s+)[Ii]n\s+(?:(?:a|an)\s+)?{term},?\s+(?:(?:by|in) contrast,\s+|however,\s+)?"
                    r"(?P<clause>(?!(?:which|who|that|where)\b)[^;]{{10,200}}?)\s*(?:[.;]|$)")
# "Beyond the **yield strength**, steel no longer springs back ...": a point or limit by what happens past it.
_LIMIT_BOLD_SETTING = (r"^(?P<prep>Beyond|Above|Below)\s+(?:the\s+)?{term},\s+"
                       r"(?P<clause>(?!(?:which|who|that|where)\b)[^;,]{{10,200}}?)\s*(?:[.;,]|$)")
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they|he|she|we|you|this|these|those)\b", re.I)
_MASS_SUFFIXES = ("ism", "ness")
# ", in which several parties negotiate a shared programme." to the sentence's end or a semicolon; ", beyond which
# the bar stays bent", ", at which bubbles form": a point or limit by what happens at or past it.
_BOLD_IN_WHICH = r",\s+(?P<rel>(?:in|by|through|under|during|at|beyond|below|above|within) which\s+(?!case\b)[^,;()]{10,150}?)\s*(?:[.;]|$)"


_CATEGORY_NAME = re.compile(
    r"^The (?P<cat>[a-z]+) (?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}) (?P<verb>[a-z]+s) (?P<rest>.{10,})$"
)


def find_in_which(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The food web, in which energy passes from ..., shows ...": the term by its "in/by/through which" clause."""
    match = _IN_WHICH.match(sentence)
    if match and valid_term(match.group("term")) and len(word_list(match.group("term"))) > 1:
        # (one word has no head noun to be its genus: "Espresso in which water ...", test-cx)
        term = match.group("term")
        head = word_list(term)[-1]
        definition = finish_definition(f"{head} {match.group('rel')}")
        if definition:
            return [Candidate(term, definition, TermKind.DEFINED, section, sentence, IN_WHICH_CONFIDENCE, "pattern")]
    return []


def _bold_heads(context: Context) -> list[tuple[str, str]]:
    """The document's bold terms of two words or more with a plain noun head, and that head (once per document)."""
    found = context.memo.get("bold_in_which")
    if found is None:
        found = []
        for term in context.document.emphasis:
            words = word_list(term)
            head = words[-1] if words else ""
            if (len(words) >= 2 and head.islower() and "NOUN" in word_pos(head)
                    and head not in lexicon.GENERIC_NOUNS and valid_term(term)):
                found.append((term, head))
        context.memo["bold_in_which"] = found
    return found  # type: ignore[return-value]


_OPENING_ARTICLE = re.compile(r"^(?:in|by|through|under|during) which\s+(?:(?:a|an|the)\s+)?", re.I)
# "a reinforcer is any consequence ...", "the executive is the branch ...": a noun phrase after the copula
# defines ("the executive is drawn from ..." does not).
_COPULA_THEN = re.compile(r"\s+(?:(?:is|are)\s+(?:an?|the|any|one|each|every)|refers to|means)\b")


def _defines_another(rel: str, term: str, emphasis: tuple[str, ...]) -> bool:
    """The clause's subject is another bold term followed by "is a/any ...", "means": it defines that, not ``term``."""
    clause = _OPENING_ARTICLE.sub("", rel)
    return any(other != term and clause.lower().startswith(other.lower())
               and _COPULA_THEN.match(clause[len(other):]) for other in emphasis)


def _gerund(word: str) -> bool:
    """"conditioning", "spreading": the -ing noun of a verb names an activity, a mass noun ("Conditioning in which ...")."""
    return word.endswith("ing") and bool(getAllLemmas(word).get("VERB"))


def find_bold_in_which(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... lead to **coalition governments**, in which several parties negotiate ..." -> "Governments in which ...".

    "In **contact metamorphism**, rocks are baked by ..." -> "Metamorphism in
    which rocks are baked by ...": a bold setting that opens a sentence or a
    main clause, by what happens in it.

    "Beyond the **yield strength**, steel no longer springs back" -> "A strength
    beyond which steel no longer springs back": a limit opening the sentence.

    Only a bold term of two words or more with a plain noun head (the head
    alone then names what the clause restricts), and only a clause with a
    verb that runs to the end of the sentence or to a semicolon.
    """
    out = []
    for term, head in _bold_heads(context):
        if term not in sentence:
            continue
        settings = [f"in which {m.group('clause')}" for m in
                    re.finditer(_IN_BOLD_SETTING.format(term=re.escape(term)), sentence)]
        settings += [f"{m.group('prep').lower()} which {m.group('clause')}" for m in
                     re.finditer(_LIMIT_BOLD_SETTING.format(term=re.escape(term)), sentence)
                     if not _PRONOUN_SUBJECT.match(m.group("clause"))]
        relatives = [m.group("rel") for m in re.finditer(re.escape(term) + _BOLD_IN_WHICH, sentence)]
        for rel in relatives + settings:
            if _defines_another(rel, term, context.document.emphasis):
                continue  # "In operant conditioning, a **reinforcer** is any consequence ...": the clause defines that
            clause = rel.split()[3:]  # after "in which" and the clause's first word (its subject)
            if not any(w.lower() in AUXILIARIES or finite_verb(w) for w in clause):
                continue  # "in which case voters wait": no subject-verb clause of its own
            # "Governments in which ...", "Metamorphism in which ..." (a mass noun), "A list in which ...".
            bare = singular(head) != head or head.endswith(_MASS_SUFFIXES) or _gerund(head)
            opener = head if bare else f"{rephrase.article(head)} {head}"
            definition = finish_definition(f"{opener} {rel}")
            if definition and not has_anaphora(definition):
                out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, BOLD_IN_WHICH_CONFIDENCE,
                                     "pattern"))
    return out


# "... added detailed data exchanges, in which each party declared ...": a compound noun phrase in running text, then
# "in/through/under which" and a clause that runs to the sentence's end or a semicolon.
_PHRASE_IN_WHICH = re.compile(r",\s+(?P<rel>(?:in|through|under|by) which\s+(?!case\b)[^;()]{10,240}?)\s*(?:[.;]|$)")
# ", and notifications whenever ...": the main clause's list goes on after the relative.
# (", it concentrated the weight ...": the main clause after an opening phrase's relative, test-dy.)
_RELATIVE_ENDS = re.compile(r",\s+(?:and|but|while|whereas|or)\s+|,\s+(?=(?:it|they|he|she|we)\s+[a-z]+)")
# "He saw X, under which ..., as a last attempt to ...": what the verb before made of X ends the relative (test-em);
# elsewhere ", as a debit in one account ..." says how, and stays.
_SEEN_AS = re.compile(r"\b(?:saw|sees|regarded|regards|viewed|views|treated|treats|described|describes)\b")
# ", would be neither practical nor safe": the main clause's verb after the relative, which was only an aside.
_MAIN_VERB_AFTER = re.compile(r",\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")
# "a view of human beings, in which ...", "a cell staffed by liaison officers, through which ...": the relative may
# belong to the noun before "of", or the one a participle's "by" describes ("kept their records by double-entry
# bookkeeping, in which ...": a means, the relative its own; raters on test-cl missed the term).
_OUTER_NOUN_BEFORE = re.compile(r"\b(?:of|(?P<agent>[a-z]+)\s+by)\s+(?:the\s+|an?\s+)?$")


def _owned_by_outer_noun(before: str) -> bool:
    """``before`` ends in "of" or in a participle's "by": the relative after the noun may belong to the noun before."""
    found = _OUTER_NOUN_BEFORE.search(before)
    return bool(found) and (not found["agent"] or is_participle(found["agent"]) or past_participle(found["agent"]))
PHRASE_IN_WHICH_CONFIDENCE = 0.7
# "plays written in everyday prose and set in ordinary homes, in which ...", "a legal status, usually defined in
# relation to a particular war, under which ...": the noun ends a participle's phrase, and the relative after it
# belongs to the noun the participle describes (raters on test-cj and test-aw: "Ordinary middle-class homes",
# "Particular war", rejected by both).
_PHRASE_PREPOSITIONS = frozenset({"in", "to", "on", "at", "into", "from", "with"})


def _inside_participle_phrase(before: str) -> bool:
    """``before`` (the words before a noun phrase) ends in a participle's phrase opened after its last comma, with
    no verb of its own."""
    if "," not in before:
        return False
    words = [w.lower() for w in word_list(before[before.rfind(",") + 1:])]
    while words and words[-1] in {"the", "a", "an"}:
        words.pop()
    if not words or words[-1] not in _PHRASE_PREPOSITIONS or any(w in AUXILIARIES for w in words):
        return False
    return any(is_participle(w) or past_participle(w) for w in words[-4:-1])  # "set", "put" too


_OF_A_YEAR = re.compile(r"\s+(?:of|from)\s+\d{4}$")


def find_phrase_in_which(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The convention provides for challenge inspections, in which a state party may request ..." -> "Inspections in which ...".

    The noun phrase before the comma is a compound of two words or more
    (the bold and sentence-opening shapes have their own rules), and the
    clause after "in which" has its own subject and verb; the head noun of
    the phrase is the genus.  "in the world, in which ..." (one everyday
    word) names nothing.
    """
    out = []
    bold = context.bold_keys
    for match in _PHRASE_IN_WHICH.finditer(sentence):
        dated = _OF_A_YEAR.search(sentence[:match.start()])  # "the Speenhamland system of 1795, under which ..." (test-em)
        found = np_before(sentence, dated.start() if dated else match.start())
        before = sentence[: found[1]] if found else ""
        if (not found or _owned_by_outer_noun(before) or before.rstrip().endswith((" or", ",")) or not any(
                w.lower() in AUXILIARIES or finite_verb(w) for w in word_list(before))):
            continue  # a list item ("Bilateral technology agreements, in which ...") or another name ("..., or X,")
        if _inside_participle_phrase(before) or re.search(r"\b(?:more|less|most|least)\s*$", before):
            continue  # ("proposed a more flexible account, in which ...": a comparison, no kind named; test-ee)
        term = strip_article(found[0])
        words = word_list(term)
        if (len(words) < 2 or not words[-1].islower() or term_key(term) in bold or not valid_term(term)
                or is_generic(term) or words[-1] in lexicon.GENERIC_NOUNS or "NOUN" not in word_pos(words[-1])):
            continue
        rel = _RELATIVE_ENDS.split(match.group("rel"))[0]
        rel = re.split(r",\s+as\s+an?\s", rel)[0] if _SEEN_AS.search(before) else rel
        if not any(w.lower() in AUXILIARIES or finite_verb(w) for w in rel.split()[3:]):
            continue  # no clause of its own after "in which"
        if any(m["verb"] in AUXILIARIES or finite_verb(m["verb"]) and "NOUN" not in word_pos(m["verb"])
               for m in _MAIN_VERB_AFTER.finditer(rel)):
            continue
        head = words[-1]
        bare = singular(head) != head or _gerund(head) or uncounted(head)  # "Bookkeeping in which ..."
        opener = head.capitalize() if bare else f"{rephrase.article(head)} {head}"
        definition = finish_definition(f"{opener} {rel}")
        if definition and not has_anaphora(definition):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, PHRASE_IN_WHICH_CONFIDENCE,
                                 "pattern"))
    return out


def find_category_name(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The enzyme Amylase breaks down starch": a capitalised name after its category noun, by what it does."""
    match = _CATEGORY_NAME.match(sentence)
    if match:
        cat, name, verb = match.group("cat"), match.group("name"), match.group("verb")
        if ("NOUN" in word_pos(cat) and "ADJ" not in word_pos(cat) and "VERB" in word_pos(verb)
                and cat not in lexicon.GENERIC_NOUNS
                and name not in lexicon.COMMON_ACRONYMS and valid_term(name, strict=False)):
            article = "An" if cat[0] in "aeiou" else "A"
            definition = finish_definition(mask_term(f"{article} {cat} that {verb} {match.group('rest')}", term_key(name)))
            if definition:
                kind = lexicon.KIND_HEADS.get(cat, TermKind.DEFINED)
                return [Candidate(name, definition, kind, section, sentence, CATEGORY_NAME_CONFIDENCE, "pattern")]
    return []


# "The sell rate is used when ...", "A fee is paid if ...": an everyday verb's participle makes a passive sentence, not
# an adjective defined by its condition ("closed", "saturated", "biased" are rarer and can be taught as adjectives).
_EVERYDAY_PARTICIPLE_ZIPF = 5.0
_COMING_INTO_BEING = frozenset("formed created established founded built produced caused born".split())
# "The crop is ready when ...", "... is true when ...": an everyday word's plain sense, its moment in the lesson, no
# term (test-em, both raters: "Ready"); rarer adjectives ("sound", "strong" arguments) keep their technical sense.
_EVERYDAY_ADJECTIVE_ZIPF = 5.25


def find_adjective(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A method is idempotent if ...", "A function is pure, which means ...": an adjective by its condition.

    The definition takes a dictionary's shape for an adjective: "Said of a
    method when making the same request ... has the same effect".
    """
    out = []
    for regex in (_ADJECTIVE_DEF, _WHICH_MEANS, _PLURAL_WHICH_MEANS):
        match = regex.search(sentence)
        if match:
            term = match.group("term")
            if is_participle(term) and (zipf(term) >= _EVERYDAY_PARTICIPLE_ZIPF or term in _COMING_INTO_BEING):
                continue  # "The buy rate is used when the bureau buys ...": a passive, not an adjective (nor
                # "A partnership is formed when two or more people ...": how the subject comes about; test-cq)
            if term.isalpha() and zipf(term) >= _EVERYDAY_ADJECTIVE_ZIPF and term_key(term) not in context.bold_keys:
                continue
            if valid_term(term, allow_adjective=True) and "ADJ" in word_pos(term) | {"ADJ"} and not is_generic(term):
                noun = match.group("noun").lower()
                if noun.split()[0] in _NUMBER_WORDS:
                    continue  # "The two meetings are concurrent, ...": a count, not the noun the adjective is said of
                clause = match.group("clause").rstrip(".")
                joiner = " when " if "conj" in match.groupdict() else ": "
                said_of = noun if regex is _PLURAL_WHICH_MEANS else f"{rephrase.article(noun).lower()} {noun}"
                definition = finish_definition(f"Said of {said_of}{joiner}{clause}")
                if definition and not has_anaphora(definition):
                    out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, ADJECTIVE_CONFIDENCE, "pattern"))
    return out


def find_described_as(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Historians describe the Renaissance as a revival of ...": a capitalised name and what it is described as."""
    match = _DESCRIBE_AS.search(sentence)
    if match and valid_term(match.group("term")):
        term = match.group("term")
        definition = finish_definition(mask_term(match.group("def"), term_key(term)))
        if definition:
            return [Candidate(term, definition, TermKind.DEFINED, section, sentence, DESCRIBED_AS_CONFIDENCE, "pattern")]
    return []


IN_WHICH = RULES.register(Rule(
    name="in_which", priority=118, scope=Scope.SENTENCE, confidence=IN_WHICH_CONFIDENCE, find=find_in_which,
    examples=(
        finds("# Law\n\nThe postal rule, by which an acceptance takes effect when it is posted, applies to letters.\n",
              "postal rule"),
        misses("# Law\n\nThe postal rule applies to letters, by which we mean paper post.\n", "postal rule"),
        misses("# Coffee\n\nEspresso, in which water at 9 bar passes through the coffee, needs a fine grind.\n", "Espresso"),
    ),
))

BOLD_IN_WHICH = RULES.register(Rule(
    name="bold_in_which", priority=121, scope=Scope.SENTENCE, confidence=BOLD_IN_WHICH_CONFIDENCE,
    find=find_bold_in_which,
    examples=(
        finds("# Elections\n\nProportional systems lead to **coalition governments**, in which several parties "
              "negotiate a shared programme.\n", "coalition governments"),
        misses("# Elections\n\nProportional systems lead to **coalition governments**, in which case voters wait.\n",
               "coalition governments"),
        misses("# Money\n\nMany states adopted the **euro**, in which most trade is priced.\n", "euro"),
        finds("# Pipes\n\nWater flows smoothly up to the **critical speed**, above which the flow becomes turbulent and "
              "noisy.\n", "critical speed"),
        misses("# Pipes\n\nWater flows smoothly up to the **critical speed**, above which these pipes rattle.\n",
               "critical speed"),
        finds("# Pipes\n\nAbove the **critical speed**, the flow in a pipe becomes turbulent and noisy.\n",
              "critical speed"),
        misses("# Pipes\n\nAbove the **critical speed**, it rattles.\n", "critical speed"),
        finds("# Rocks\n\nIn **contact metamorphism**, rocks are baked by nearby hot magma.\n", "contact metamorphism"),
        misses("# Rocks\n\nIn **contact metamorphism**, which needs magma, rocks are baked.\n", "contact metamorphism"),
        misses("# Rivers\n\nIn the **lower course**, the river often floods the land on either side.\n", "lower course"),
        misses("# Learning\n\nSkinner studied **operant learning**. In operant learning, a **reinforcer** is any "
               "consequence that makes a behaviour more likely.\n", "operant learning"),
    ),
))

PHRASE_IN_WHICH = RULES.register(Rule(
    name="phrase_in_which", priority=111, scope=Scope.SENTENCE, confidence=PHRASE_IN_WHICH_CONFIDENCE,
    find=find_phrase_in_which,
    examples=(
        finds("# Treaties\n\nThe convention also provides for challenge inspections, in which a state party may "
              "request an inspection of any site.\n", "challenge inspections"),
        finds("# Markets\n\nHe saw the Speenhamland system of 1795, under which parish authorities topped up low wages "
              "according to the price of bread, as a last attempt to stop a labour market.\n", "Speenhamland system"),
        misses("# Cyber\n\nIt runs one of the largest exercises in the world, in which national teams defend "
               "networks.\n", "world"),
        misses("# Treaties\n\nThe convention also provides for challenge inspections, in which case nothing "
               "happens.\n", "challenge inspections"),
        misses("# Law\n\nA fully pure separation, in which each branch works alone, would be neither practical nor "
               "safe.\n", "pure separation"),
        misses("# Aid\n\nIt is a cell staffed by liaison officers, through which movements and locations are shared.\n",
               "liaison officers"),
        # test-cl: "by" a means, not a participle's agent: the relative is the phrase's own
        finds("# Banks\n\nThe firm kept its records by double-entry bookkeeping, in which every transaction is entered"
              " twice.\n", "double-entry bookkeeping"),
        # test-ee, both raters: "Flexible account" is a comparison of the author's, no term
        misses("# Science\n\nLakatos proposed a more flexible account, in which whole research programmes are "
               "judged.\n", "flexible account"),
    ),
))

CATEGORY_NAME = RULES.register(Rule(
    name="category_name", priority=116, scope=Scope.SENTENCE, confidence=CATEGORY_NAME_CONFIDENCE, find=find_category_name,
    examples=(
        finds("# Digestion\n\nThe enzyme Amylase breaks down starch into sugars in the mouth.\n", "Amylase"),
        misses("# Digestion\n\nThe enzyme amylase breaks down starch into sugars in the mouth.\n", "amylase"),
        # "young" is an adjective here: "A young that was sent ..." (test-cg, both raters)
        misses("# Kings\n\nThe young David II was sent to safety in France in 1334.\n", "David II"),
    ),
))

ADJECTIVE = RULES.register(Rule(
    name="adjective", priority=114, scope=Scope.SENTENCE, confidence=ADJECTIVE_CONFIDENCE, find=find_adjective,
    examples=(
        finds("# HTTP\n\nA method is idempotent if making the same request twice has the same effect as making it once.\n",
              "idempotent"),
        misses("# HTTP\n\nThe method was idempotent, as we saw.\n", "idempotent"),
        misses("# Rice\n\nThe crop is ready when most of the grains have turned straw-coloured.\n", "ready"),
        finds("# Arguments\n\nAn argument is sound when it is valid and all of its premises are true.\n", "sound"),
        # test-cm: a bare plural subject; not a pronoun's ("Others are self-incompatible, which means ...")
        finds("# Cells\n\nPlant cells are eukaryotic, which means their genetic material is enclosed in a nucleus.\n",
              "eukaryotic"),
        misses("# Flowers\n\nOthers are self-incompatible, which means their own pollen cannot fertilise them.\n",
               "self-incompatible"),
        misses("# Rooms\n\nThe two meetings are concurrent, which means they cannot both be attended by the same"
               " person.\n", "concurrent"),
        finds("# Sorting\n\nAn algorithm is called in-place if it needs only a small, fixed amount of extra memory.\n",
              "in-place"),
        finds("# Logic\n\nInstead an inductive argument is described as strong when its premises make the conclusion "
              "likely, and weak when they do not.\n", "strong"),
        misses("# Money\n\nThe buy price is used when the shop buys tickets back from you.\n", "used"),
        misses("# Firms\n\nA **partnership** is formed when two or more people run a business together.\n", "formed"),
        finds("# Chemistry\n\nA solution is saturated when no more solute will dissolve in it at that temperature.\n",
              "saturated"),
    ),
))

DESCRIBED_AS = RULES.register(Rule(
    name="described_as", priority=112, scope=Scope.SENTENCE, confidence=DESCRIBED_AS_CONFIDENCE, find=find_described_as,
    examples=(
        finds("# History\n\nHistorians describe the Renaissance as a revival of classical learning in Europe.\n", "Renaissance"),
        misses("# History\n\nHistorians describe the period in many different ways.\n", "period"),
    ),
))
