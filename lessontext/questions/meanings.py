"""What a glossary entry says when it is no meaning to ask or offer, and what an option carries beyond
its meaning: labels of the layout and glosses asked as terms, roles and signs given as definitions,
examples and symbols run on at a definition's end, a gloss run on before it ("Restructuring, an
attempt ..."); a definition "a" cannot open ("A digestion that ..."), a bare plural for one thing
("Stop": "Amounts of light ..."), and a named work asked as a term."""

from __future__ import annotations

import re

from lessontext.semantics import zipf
from lessontext.words import getAllLemmas, getInflection, singular

from .text import STOPWORDS, is_plural, word_count, words

# Words about the text rather than its subject: a term opening with one ("Formula in words", "Meaning
# restructuring" cut from "(meaning restructuring)"), or ending in "example(s)" ("Best-known examples"),
# is a layout label or a gloss, not a concept (raters on test-h, test-i: not worth asking, format; the
# same labels in the glossaries of test-c, test-e and test-f).
_METALANGUAGE_OPENERS = frozenset(
    "meaning meanings formula formulas formulae definition definitions example examples answer answers "
    "solution solutions summary note notes translation".split())


def metalanguage_term(term: str) -> bool:
    """A label of the text's layout or a gloss of a word ("Formula in words", "Meaning ..."): no term."""
    toks = [t.lower() for t in words(term)]
    return bool(toks) and (toks[0] in _METALANGUAGE_OPENERS or toks[-1] in {"example", "examples"}
                           or toks[-2:] == ["in", "words"])


# What a definition carries beyond its meaning, shown as an option: an example run on after it (", as in
# Keats's ...", ", such as ...") or a symbol in brackets ("(written v)", "(symbol T)"). It makes one option
# longer and more specific than the rest (raters on test-g and test-i: heterogeneous options, the key
# the longest).
_TRAILING_EXTRAS = re.compile(
    r"(?:,\s*(?:as\s+in|such\s+as|for\s+example|e\.g\.)\s.*$"
    r"|\s*\((?:written|symbol|symbolised|denoted|abbreviated|unit)\b[^()]*\)\s*$)", re.I)


# After an example's own comma, a relative clause still belongs to the example ('as in "...", whose ...');
# anything else is the definition going on ("substances, such as pesticides, build up ...").
_EXAMPLE_GOES_ON = re.compile(r",\s*(?:whose|which|who|where)\b", re.I)


# A bare word or two glossing the term, then the definition in apposition: "Restructuring, an attempt to
# reform the stagnant economy" (from "perestroika (meaning restructuring), an attempt ..."). As an option it
# reads as two answers run together, a translation and a meaning (raters on test-h).
_LEADING_GLOSS = re.compile(r"^[A-Za-z][a-z’'-]+(?:\s+[a-z’'-]+)?,\s+(?=(?:an?|the)\s+\S+\s+\S+\s+\S)")


def without_gloss(definition: str) -> str:
    """``definition`` without a gloss before its appositive: "Restructuring, an attempt to ..." is "An
    attempt to ..."; else as it is."""
    found = _LEADING_GLOSS.match(definition.strip())
    if not found:
        return definition
    rest = definition.strip()[found.end():]
    return rest[:1].upper() + rest[1:]


def without_extras(definition: str) -> str:
    """``definition`` without a gloss at its start (``without_gloss``), nor an example or a symbol at its
    end: what it means, in the form of the rest."""
    trimmed = without_gloss(definition)
    while True:
        found = _TRAILING_EXTRAS.search(trimmed)
        if not found:
            return trimmed
        tail = found.group(0).lstrip(" ,")
        if "," in tail and not _EXAMPLE_GOES_ON.search(tail):
            return trimmed  # the example sits inside the definition, which goes on after it
        shorter = trimmed[: found.start()].rstrip(" ,;")
        if word_count(shorter) < 3:
            return trimmed
        trimmed = shorter


# A role the term plays, not what it is: a relational noun under a ranking or judging word ("The main
# ingredient of many ...", "The first use of ...", "A normal part of ..."), or a sign or an example of
# something ("A sign of growing ..."). Blind raters rejected every such glossary entry (test-c, test-d,
# test-i: "a use, not a definition", "a comment, not a definition"), and as a key "not a meaning".
_ROLE_NOT_MEANING = re.compile(
    r"^(?:an?|the)\s+(?:(?:main|chief|principal|first|second|last|normal|common|usual|typical|classic|famous"
    r"|best-known|key|major)\s+(?:ingredient|example|use|part|source|component|feature|cause|instance|case)"
    r"|(?:sign|symbol|example|instance|illustration|case)\s+of)\b", re.I)


def role_not_meaning(definition: str) -> bool:
    """A role or a sign of something ("The main ingredient of many ...", "A sign of ..."), not a meaning."""
    return _ROLE_NOT_MEANING.match(definition.strip()) is not None


# "A digestion that ...", "A rainfall that ...", "A straightening that ...": the glossary's "<head> that ..." for
# "Mechanical digestion", "Prolonged rainfall", "Channel straightening" puts "a" before a noun English does
# not count (its plural is rare or the same word) or before a gerund (raters on test-k and test-j:
# ungrammatical, garbled). "A series of ...", "A slowing of inflation" read well.
_ARTICLE_AND_HEAD = re.compile(r"^an?\s+([a-z][\w-]*)\s+(?:that|which|in|who|where|whose|by|with|used|for)\b", re.I)
# How much rarer (Zipf) than the singular a plural must be for the noun to be uncountable.
UNCOUNTED = 1.7


def uncountable_with_article(definition: str) -> bool:
    """"A" or "an" before a noun English does not count, or a gerund, that a clause then defines."""
    found = _ARTICLE_AND_HEAD.match(definition.strip())
    if not found:
        return False
    head = found.group(1).lower()
    lemmas = getAllLemmas(head)
    if head.endswith("ing"):
        return not lemmas.get("NOUN")
    if not lemmas.get("NOUN") or head.endswith("s"):
        return False  # "A series of ...": counted, though its plural is the same word
    plural = getInflection(head, "NNS")
    plural_form = plural[0] if plural else head
    return plural_form == head or zipf(head) - zipf(plural_form) >= UNCOUNTED


_ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ive", "ent", "ant", "ful", "less", "able", "ible")
# Plural nouns that count a singular thing's parts ("Millions of tiny finger-like projections" for "Villi").
_QUANTITY_NOUNS = frozenset("millions thousands hundreds dozens lots tens pairs couples numbers".split())


def plural_for_one(term: str, definition: str) -> bool:
    """A one-word term that names one thing, defined by a bare plural ("Stop": "Amounts of light using a unit";
    "Corrasion": "Rocks and pebbles carried by the river scrape ..."): the definition was cut from a sentence
    about something else, and reads as a fragment or fits another option (raters on test-k: "fits both Stop
    and Exposure"; the same shape on test-b, test-c and test-e)."""
    toks = words(term)
    if len(toks) != 1 or toks[0].isupper():
        return False
    one = toks[0].lower()
    lemmas = getAllLemmas(one)
    quality = lemmas.get("ADJ") and not lemmas.get("NOUN") or not lemmas and one.endswith(_ADJECTIVE_ENDINGS)
    if singular(one) != one or is_plural(one) or quality:
        return False  # "Villi", "Outcomes": several things; "Polygenic": a quality
    first = words(definition)[0].lower() if words(definition) else ""
    return bool(getAllLemmas(first).get("NOUN")) and first not in _QUANTITY_NOUNS and is_plural(first) \
        and singular(first) != first


def named_work(term: str) -> bool:
    """A name's possessive before a name: "Donatello's bronze David", "Leonardo's Last Supper". A work or an
    example, not a concept: what is "meant by" it is a description of one thing (raters on test-k: an
    artwork treated as a term, its key the only option describing a statue). "Ohm's law" and "Young's
    modulus" name concepts, in lower case."""
    toks = term.split()
    return len(toks) >= 2 and re.search(r"['’]s$", toks[0]) is not None and toks[0][:1].isupper() \
        and toks[-1][:1].isupper()


# "A current that means only a little", "An acceleration that means that the velocity increases ...": what one
# size or value of the term tells in an example ("a small current means ..."), rebuilt on the term's noun. Only
# a sign means something: "A word that means the opposite of another" defines. Raters on test-j (an option
# "nonsense"; the glossary entries "garbled", "meaningless") and test-l (the entry "a worked value, not a term").
_MEANS_CLAUSE = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:that|which)\s+means?\b", re.I)
_SIGNS = frozenset("""
    word words term terms phrase phrases expression expressions name label sign symbol signal letter
    prefix suffix abbreviation gesture code idiom
    """.split())


def gloss_of_an_example(definition: str) -> bool:
    """"A <noun> that means ...", the noun no sign: a gloss of one example, not what the term is."""
    found = _MEANS_CLAUSE.match(definition.strip())
    return found is not None and found.group(1).lower() not in _SIGNS


# "A process that is reduced by clay soils, frozen or compacted ground ...": what makes more or less of
# the thing, not what it is (raters on test-o: "a list of factors, not a definition", beside the
# change of water vapour into liquid).  A relative, a passive of degree, then "by".
_DEGREE_PASSIVE = re.compile(
    r"^\W*(?:a|an|the|any)?\s*(?:[\w’'-]+\s+){0,3}?(?:that|which)\s+(?:is|are|can\s+be|may\s+be)\s+"
    r"(?:\w+ly\s+)?(?:reduced|increased|decreased|slowed|speeded|sped|affected|influenced|limited|raised|"
    r"lowered|encouraged|discouraged|helped|hindered|boosted|accelerated)\s+by\b", re.I)


def factors_not_meaning(definition: str) -> bool:
    """A definition that says what raises or lowers its noun ("A process that is reduced by ..."), not
    what the noun is."""
    return _DEGREE_PASSIVE.search(definition) is not None


# "A R that holds for ohmic conductors": a letter symbol left where the noun it stands for should be
# (raters on test-j: "nonsense"); "A T cell that ..." keeps its noun.
_SYMBOL_HEAD = re.compile(r"^\W*(?:[Aa]n?|[Tt]he)\s+[A-Z]\s+(?:that|which|who|whose|of|in|for|with|to)\b")


def symbol_for_noun(definition: str) -> bool:
    """The definition's noun is a bare capital letter ("A R that holds ...")."""
    return _SYMBOL_HEAD.search(definition) is not None


# A headword that is a verb form or a clause subject, not a noun phrase: "Photosynthesises" (raters on
# test-x: "a verb treated as a term", keyed to an observation), "Historians today" (test-w: "treats a
# sentence subject as a term").  "What is meant by" asks for a thing; a verb has no definition phrase.
_VERB_SUFFIXES = ("ises", "izes", "yses", "yzes", "ates", "ifies")
_TRAILING_ADVERBS = frozenset("today now nowadays then also too here there still already".split())


def verb_form_term(term: str) -> bool:
    """A one-word headword that reads as a verb in -s ("Photosynthesises", "Evaporates"), or a phrase
    ending in an adverb ("Historians today"): no noun phrase to ask the meaning of."""
    toks = [t.lower() for t in words(term)]
    if not toks:
        return False
    if toks[-1] in _TRAILING_ADVERBS and len(toks) > 1:
        return True
    if len(toks) != 1 or not toks[0].endswith("s"):
        return False
    lemmas = getAllLemmas(toks[0])
    if lemmas:
        return bool(lemmas.get("VERB")) and not lemmas.get("NOUN")
    return toks[0].endswith(_VERB_SUFFIXES)  # unknown to the lexicon: the shape of a verb in -s


def not_a_term(term: str) -> bool:
    """A headword with no meaning to ask: a layout label or gloss, no noun phrase at all, or an equation
    ("V = I × R" offered as a term beside components: a formula among names)."""
    return metalanguage_term(term) or verb_form_term(term) or "=" in term


# Two fragments a glossary leaves when it cuts a definition from its sentence (raters on test-x: "broken
# fragments", "lost its subject"; test-w: "not a definition of anything"):
# a verb where its noun should be (``predicate_opening``);
# a preposition and "which" straight before the verb, its subject lost ("Tiny pores through which enters
# the leaf", "A pigment by which is absorbed"); an adjective and its complement where a noun should head
# ("Cautious about describing ...").
_PREPOSITIONS = frozenset("in into through by from to at on with for of under over via".split())
_COMPLEMENT_PREPOSITIONS = frozenset("about of to with in for at from on".split())
_AUXILIARIES = frozenset("is are was were be been has have had can could may might will would do does".split())


# A verb where the head noun should be: a light verb that no definition opens with ("Takes that place inside
# ...": raters on test-x, "garbled"), or a verb in -s with its object or place ("Travels in the blood ...":
# test-w, "a verb phrase among noun-phrase definitions").  "Rocks that form ..." keeps its plural noun.
_LIGHT_VERBS = frozenset("takes makes gives has does gets goes puts keeps lets seems becomes".split())
_AFTER_VERB = frozenset("the a an its their in into to from up down out on through across along over "
                        "with at by for around back off".split())


def predicate_opening(toks: list[str]) -> bool:
    """The definition opens with a verb, not a noun: a predicate cut from "<term> travels in ..."."""
    if len(toks) < 2 or toks[0].endswith("ing"):
        return False
    lemmas = getAllLemmas(toks[0])
    if lemmas.get("VERB") and not lemmas.get("NOUN") and not lemmas.get("ADJ"):
        return True
    return toks[0] in _LIGHT_VERBS or (bool(lemmas.get("VERB")) and toks[0].endswith("s")
                                       and not toks[0].endswith("ss") and toks[1] in _AFTER_VERB)


# A relative opening on a place and ending a few words later: a clause written the other way round ("at its
# foot lies the village") and cut before its subject: "A broad yard that at its foot lies" (raters on test-am,
# "garbled"). "A gas that at room temperature is colourless" goes on to what it says.
_PLACE_PREPOSITIONS = frozenset("at in on under beside behind below above beyond inside within near".split())
_INVERSION_TAIL = 4
# The verbs a place puts first ("at its foot lies", "in the centre stands", "beyond it rises"): locative inversion.
_LOCATIVE_VERBS = frozenset("lie stand sit rise hang stretch be loom tower".split())


def inversion_cut_short(toks: list[str]) -> bool:
    """ "that at its foot lies": a relative, a place, then a verb of position ends the definition."""
    for i in range(1, len(toks) - 1):
        if toks[i] in {"that", "which"} and toks[i + 1] in _PLACE_PREPOSITIONS:
            verbs = set(getAllLemmas(toks[-1]).get("VERB", ()))
            return len(toks) - (i + 1) <= _INVERSION_TAIL and bool(verbs & _LOCATIVE_VERBS)
    return False


def fragment_definition(definition: str) -> bool:
    """A definition cut from its sentence: a relative with no subject, a verb or an adjective at its head."""
    toks = [t.lower() for t in words(definition)]
    if predicate_opening(toks):
        return True
    for i in range(1, len(toks) - 1):
        if toks[i] in {"which", "whom"} and toks[i - 1] in _PREPOSITIONS:
            nxt = toks[i + 1]
            lemmas = getAllLemmas(nxt)
            if nxt in _AUXILIARIES or (lemmas.get("VERB") and not lemmas.get("NOUN")
                                       and not lemmas.get("ADJ") and nxt.endswith(("s", "ed"))):
                return True
    if inversion_cut_short(toks):
        return True
    if len(toks) >= 2 and toks[1] in _COMPLEMENT_PREPOSITIONS:
        lemmas = getAllLemmas(toks[0])
        return bool(lemmas.get("ADJ")) and not lemmas.get("NOUN") and not lemmas.get("VERB")
    return False


# "Reactions, such as a sore arm, a mild fever or tiredness, ...": the term and its "definition" are items of
# one list of examples, the list closed by "or" or "and" in the definition, not a term and its apposition
# (raters on test-ad-r2: "a sore arm is not a mild fever", a list misread as a definition).  "Tools such as a
# lathe, a machine that turns wood, ..." has no coordinator: an apposition.
_EXAMPLE_MARKER = re.compile(r"\b(?:such as|including|like|e\.g\.,?|for example,?|for instance,?)\s+(?:(?:a|an|the)\s+)?$", re.I)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_LIST_CLOSE = re.compile(r"\b(?:or|and)\b")


def listed_beside(sentence: str, term: str, definition: str) -> bool:
    """The term follows an example marker ("such as", "including") and its definition, a list's last items
    ("a mild fever or tiredness"), follows it after a comma: siblings of one list, not a term and its meaning."""
    rest = _ARTICLE.sub("", definition.strip().rstrip("."))
    if not term or not rest or not _LIST_CLOSE.search(rest):
        return False
    for m in re.finditer(rf"\b{re.escape(term)}\s*,\s*(?:(?:a|an|the)\s+)?{re.escape(rest)}", sentence, re.I):
        if _EXAMPLE_MARKER.search(sentence[: m.start()]):
            return True
    return False


# "The aurorae, the northern and southern lights, glow mostly between ...": a definition read off an apposition
# ran on into the sentence's own verb (raters on test-ad-r2: ungrammatical, "lights, glow").  After the
# apposition's comma comes a plain verb and an adverb or a preposition, not a participle or an adjective.
_VERB_AFTER_COMMA = re.compile(
    r",\s+([a-z]+)\s+(?:[a-z]+ly|in|at|on|between|from|to|into|through|across|over|under|above|below|when|where)\b")


def runs_into_predicate(definition: str) -> bool:
    """The definition holds, after a comma, a plain present verb of the sentence ("lights, glow mostly")."""
    for m in _VERB_AFTER_COMMA.finditer(definition):
        word = m.group(1)
        if word.endswith(("ed", "ing", "ly")) or word in STOPWORDS:
            continue
        verbs = getAllLemmas(word).get("VERB", ())
        if getAllLemmas(word).get("ADJ") or any(word in getInflection(v, "VBN") for v in verbs):
            continue  # "a metal, found in rocks", "a gas, heavy at ...": a participle or an adjective
        if any(word in (v, v + "s", v + "es") for v in verbs):
            return True
    return False
