"""Which part a name plays in its sentence: an actor of the main clause, or a circumstance.

A name swapped for another of the lesson makes a fair false statement when the sentence says something
of it: it is the main clause's subject ("China destroyed one of its own weather satellites", "France was
torn apart by the Wars of Religion"), its object or complement ("Japan defeated China", "The most
influential deontologist is Immanuel Kant").  A name governed by a preposition ("canals across England",
"a pipeline between Finland and Estonia", "In Indonesia, the athletes' village built in Jakarta ...",
"served with the UN mission", "an alliance with Britain") or inside an opening clause of time or
condition ("When severe wildfires struck southern Turkey, ...") is a circumstance of the statement:
swapped, it tests an incidental place, and often makes a pairing the rest of the sentence refutes on its
face (raters across test-b, test-e, test-i, test-m, test-o, test-q: not worth asking, nonsense).

Read from the sentence's form only: the words before the name, back over an article, lower-case
modifiers ("southern", "eighteenth-century") and the names listed before it ("India, Pakistan and").
The words around a name also say what another name in its place must be, or why none can be: its role
("his brother", "Luxembourg, a small state"), a label after "called", its people named elsewhere in the
sentence ("the Japanese"), an open set ("and other coastal states"), a region it is listed with or a
place reached (a place swapped in may still be true), or a long list it is one member of (one changed name in
ten tests memory of the list, not the point).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lessontext.words import getAllLemmas

from .entities import COUNTRIES, REGIONS, demonym_of
from .text import STOPWORDS

__all__ = ["acronym_modifier", "long_list_member", "circumstance", "coordinated_with_region", "excluded_by", "glossed_by_short_form", "governed_by_preposition", "in_opening_clause", "names_its_people", "naming_slot",
           "modifies_a_noun_after", "modified_after_article", "opens_a_set", "reached_place", "role_after", "role_before", "short_form", "under_its_leader"]

PREPOSITIONS = frozenset("""
    about above across after against along amid among around at before behind below beneath beside besides
    between beyond despite during except for from in inside into like near of off on onto out outside over
    past per since through throughout to toward towards under underneath unlike until upon via with within without
    """.split())
# "by" is not among them: the agent of a passive is the clause's actor ("signed by the United Kingdom").
# Words that open a clause of time, condition or concession before the main clause.
_OPENING_CLAUSE = re.compile(r"^(?:when|whenever|while|whilst|after|before|although|though|if|once|as|since|because"
                             r"|until|unless)\b", re.I)
# A phrase that opens with a preposition and closes with a comma ("In Indonesia, ...", "During the crisis in
# and around Ukraine in 2014, ..."); a verb before the comma makes it the main clause ("In the 1980s the New
# Zealand government adopted a policy, which ...").
_OPENING_PHRASE = re.compile(r"^(?:during|in|at|on|under|within|throughout|from|with|without|despite|across|between"
                             r"|among|through|following|after|before)\b", re.I)
_WORD = re.compile(r"[\w’'-]+|[,;:()]")
# Lower-case words that may stand between a preposition and its name: an article, a determiner.
_BE = frozenset("is are was were be been being".split())
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())


def governed_by_preposition(sentence: str, start: int) -> bool:
    """The name at ``start`` is the object of a preposition: the first word back, past an article,
    lower-case modifiers and the names listed before it, is a preposition."""
    tokens = _WORD.findall(sentence[:start])
    i = len(tokens) - 1
    while i >= 0:
        token = tokens[i]
        low = token.lower()
        if low in PREPOSITIONS:
            return not (i and tokens[i - 1].lower() in _BE)  # "has been in Somalia": the predicate itself
        if token in (",", "and", "or") or low in _DETERMINERS:
            i -= 1
            continue  # "India, Pakistan and [Israel]", "the [United Kingdom]"
        if token[:1].isupper() and i > 0:
            i -= 1
            continue  # a name listed before this one, or this name's own first words
        if token[:1].islower() and _modifier(tokens, i):
            i -= 1
            continue  # "southern [Turkey]", "the eighteenth-century German philosopher [Kant]"
        return False
    return False


def _modifier(tokens: list[str], i: int) -> bool:
    """A lower-case word right before a name or another modifier that is no verb form by its ending: a
    hyphenated or "-ern" word ("eighteenth-century", "southern"); nouns and verbs end the walk."""
    word = tokens[i]
    return "-" in word or word.endswith(("ern", "ward"))


def in_opening_clause(sentence: str, start: int) -> bool:
    """The name at ``start`` stands in an opening clause or phrase closed by a comma ("When severe
    wildfires struck southern Turkey in 2021, ...", "During the crisis in and around Ukraine, ...")."""
    comma = sentence.find(",")
    if comma == -1 or start > comma:
        return False
    if _OPENING_CLAUSE.match(sentence):
        return True
    return bool(_OPENING_PHRASE.match(sentence)) and not any(_verb(w) for w in _WORD.findall(sentence[:comma]))


def _verb(word: str) -> bool:
    """A finite verb by its form: a past tense ("adopted") or a word English uses only as a verb."""
    if word[:1].isupper() or not word.isalpha():
        return False
    lemmas = getAllLemmas(word)
    return word.endswith("ed") and "VERB" in lemmas or set(lemmas) == {"VERB"}


def circumstance(sentence: str, start: int) -> bool:
    """The name at ``start`` is a circumstance of the sentence, not an actor of its main clause: the object of
    a preposition, in an opening clause or phrase, or in a phrase of exclusion (``excluded_by``)."""
    return governed_by_preposition(sentence, start) or in_opening_clause(sentence, start) or excluded_by(sentence, start)


# A determiner, up to two modifiers, then a lower-case noun right before the name: the role the sentence
# gives it ("his brother [Ariq Böke]", "the Moroccan traveller [Ibn Battuta]", "the emperor [Moctezuma]").
# A possessive name stands for the determiner too: "Charles's sister [Ulrika Eleonora]" (both raters on test-bk:
# "Charles's sister _____" offered two men and a title).
_ROLE_BEFORE = re.compile(r"(?:\b(?i:the|a|an|his|her|its|their|our)|(?<![\w’'-])[A-Z][\w’'-]*['’]s)\s+"
                          r"(?:[\w’'-]+\s+){0,2}?([a-z][a-z-]+)(,?)\s+$")


def role_before(sentence: str, start: int) -> str | None:
    """The common noun set right before the name at ``start`` as its role ("his brother Ariq Böke" ->
    "brother", "the Italian mathematician Luca Pacioli" -> "mathematician"): a name swapped in must be
    given that role by the lesson too, or the false form puts a traveller in a brother's place and gives
    itself away (raters on test-v, test-u, test-h, test-d: nonsense swaps).  A role set off by commas counts
    ("the youngest son, Tiny Tim, will die"), and a hyphenated one ("her half-sister Elizabeth"): both raters
    on test-bx rejected "the disabled youngest son, Charles Dickens" and "her Protestant half-sister Henry II"."""
    m = _ROLE_BEFORE.search(sentence[:start])
    if not m:
        return None
    noun = m.group(1)
    if m.group(2) and not re.match(r"[^,;:.]*?,", sentence[start:]):
        return None  # "After the battle, Napoleon fled": a comma closes a phrase; "his clerk, Bob Cratchit, shivers" sets one off
    # A hyphenated role is judged by its last part ("her half-sister Elizabeth"), as in ``role_after``.
    lemmas = getAllLemmas(noun) or getAllLemmas(noun.rsplit("-", 1)[-1])
    if noun in PREPOSITIONS or noun in STOPWORDS or "NOUN" not in lemmas or "VERB" in lemmas and noun not in lemmas["NOUN"]:
        return None  # "the forces of [Rome]", "the army defeated [Carthage]", "the army attacks [Rome]": no role
    return noun


# An appositive after the name, up to its first preposition, relative or comma: "[Luxembourg], a small state with
# a strong space sector", "[Ibn Battuta], the Moroccan traveller, ...".
_ROLE_AFTER = re.compile(r"^\s*,\s*(?i:a|an|the)\s+((?:[\w’'-]+\s+){0,3}?[A-Za-z][a-z-]+)"
                         r"(?=\s+(?:with|of|in|who|whose|that|which|from|for|to|at|on|and)\b|\s*[.,;)]|\s*$)")


def role_after(sentence: str, end: int) -> tuple[str, ...]:
    """The lower-case words of the appositive after the name ending at ``end`` that give it its role
    ("[Luxembourg], a small state with ..." -> ("small", "state")): a name swapped in must be given them by
    the lesson too, or the false form keeps a description that fits only the original ("Ukraine, a small
    state": raters' nonsense swaps, the same cause as ``role_before``)."""
    m = _ROLE_AFTER.match(sentence[end:])
    if not m:
        return ()
    phrase = m.group(1).split()
    head = phrase[-1]
    # A hyphenated role is judged by its last part ("commander-in-chief", "secretary-general"): the whole is in no
    # word list, and "General Lavr Kornilov, the army's commander-in-chief, sends troops" took the mystic Rasputin
    # in his place (both raters on test-bc: nonsense).
    if head[:1].isupper():
        # A title after its modifiers: "John Napier, the eighth Laird of Merchiston, ..." (no "Tycho Brahe, the eighth
        # Laird of Merchiston": test-cy's swap once Napier's glossary entry was gone); not a name in a list
        # ("Spain, the United Kingdom, ...").
        return tuple(w.lower() for w in phrase if w not in PREPOSITIONS) if any(w[:1].islower() for w in phrase) else ()
    lemmas = getAllLemmas(head) or getAllLemmas(head.rsplit("-", 1)[-1])
    if "NOUN" not in lemmas or "VERB" in lemmas and head.rsplit("-", 1)[-1] not in lemmas["NOUN"]:
        return ()
    return tuple(w for w in phrase if w[:1].islower() and w not in PREPOSITIONS)


# A name given as what something is called: "an episode the Spanish later called [La Noche Triste]", "known
# as [the Sad Night]".  Another name of the lesson there is a name for a thing of another kind (a person
# for an episode: raters on test-u, nonsense), and what a thing is called tests a label, not a fact.
_NAMING_BEFORE = re.compile(r"\b(?:called|named|known\s+as|dubbed|nicknamed|termed|titled|styled)\s+(?:the\s+)?$", re.I)


def naming_slot(sentence: str, start: int) -> bool:
    """The name at ``start`` is what something is called, after "called", "named", "known as"."""
    return bool(_NAMING_BEFORE.search(sentence[:start]))


# A mention that opens an open set: "Denmark and other coastal states", "France, among others": the name swapped
# in may be one of the others (raters on test-u: "Germany and other coastal states" keyed False, still true).
_OPEN_SET_AFTER = re.compile(r"^\s*(?:,\s*)?(?:and|or)\s+(?:many\s+|several\s+|some\s+|a\s+few\s+)?others?\b|^\s*,?\s*among\s+others\b",
                             re.I)


def names_its_people(sentence: str, start: int, end: int, name: str) -> bool:
    """The rest of the sentence names ``name``'s people or uses its adjective ("Kublai's attempts to invade
    [Japan] ... storms that the Japanese later remembered", "search for American personnel" for [the United
    States], "[France] and Italy ... combine French and Italian payloads"): swapped out, the word left
    behind ties the sentence to the original and the false form gives itself away (raters on test-v,
    test-s, test-u: leak, self-refuting)."""
    rest = sentence[:start] + " " + sentence[end:]
    return any(demonym_of(word, name) for word in re.findall(r"\b[A-Z][\w’'-]+", rest))


# The names of a list that follow a member: ", France", ", the United Kingdom".
_MORE_MEMBERS = re.compile(r"^(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*)*)+")


def opens_a_set(sentence: str, end: int) -> bool:
    """The mention ending at ``end`` opens an open set ("Denmark and other coastal states"), or is a member of a
    list the sentence leaves open ("Peru, Chile and other states sent ships", "Peru, Chile, Bolivia and many
    others"): another name in its place is not contradicted by the text (both raters on test-x, "tests an
    incidental list")."""
    rest = sentence[end:]
    more = _MORE_MEMBERS.match(rest)
    return bool(_OPEN_SET_AFTER.match(rest) or more and _OPEN_SET_AFTER.match(rest[more.end():]))


# A name coordinated with a region ("India and East Asia", "Western Europe or Turkey"): a place swapped in may lie
# in that region, and the false form is still true ("European ships reaching China and East Asia"; raters on
# test-t, both ratings of both rounds: still true in meaning).
_REGION_NAME = "(?P<region>" + "|".join(sorted((re.escape(r) for r in REGIONS), key=len, reverse=True)) \
    + r"|(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)(?:-?[Ee]ast|-?[Ww]est)?\s+" \
    + r"(?:Europe|Asia|Africa|America|Pacific|Atlantic|Mediterranean|Balkans|Caribbean|Arctic))" \
    + r"(?![\w'’]|\s+[A-Z])"  # "the North American Plate", "Europe's Galileo": no region named in the list
_REGION_AFTER = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?" + _REGION_NAME)
_REGION_BEFORE = re.compile(r"\b" + _REGION_NAME + r"\s*(?P<joint>,|,?\s+(?:and|or))\s+(?:the\s+)?$")
_LIST_ITEM_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r"^\s*(?:,|and\b|or\b)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|across|of|throughout|within|outside|beyond|from|at)\s+(?:the\s+)?$", re.I)

# A place reached or visited: reaching one place does not rule out reaching another, and the text rarely
# says where something did not get to ("the Church of the East reached Persia" for "reached China": true in
# fact, not denied by the text; raters on test-t, both rounds: a wrong key).
_REACHED = re.compile(r"\b(?:reach(?:ed|es|ing)?|visit(?:ed|s|ing)?)\s+(?:the\s+)?$", re.I)
_PLACE_KINDS = ("country", "place", "region")


def coordinated_with_region(sentence: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is listed with a region ("India and East Asia", "Europe, Japan"): another
    place swapped in may be inside that region, a "false" form that is still true."""
    found = _REGION_AFTER.match(sentence[end:])
    if not found:
        found = _REGION_BEFORE.search(sentence[:start])
        # A bare comma after a region closes an opening phrase ("In West Africa, the Centre trains ...", "At the
        # other end of Eurasia, the Roman Empire ..."), unless the region is itself an item of the list.
        if found and found.group("joint") == "," and (
            _PLACE_PREPOSITION_BEFORE.search(sentence[: found.start("region")])
            or not (_LIST_ITEM_BEFORE.search(sentence[: found.start("region")]) or _LIST_GOES_ON.match(sentence[end:]))
        ):
            return False
    return bool(found) and found.group("region") not in COUNTRIES  # "India and South Africa": two states


def reached_place(sentence: str, start: int, kind: str) -> bool:
    """A place that is the object of "reached" or "visited": the text does not deny another place was reached."""
    return kind.endswith(_PLACE_KINDS) and bool(_REACHED.search(sentence[:start]))



# A name inside a phrase of exclusion: "outside the formal EU structures", "beyond NATO", "apart from France",
# "other than the United States".  The sentence says what happens away from the name; another name in its
# place is rarely contradicted, so a swap keyed False is still true ("outside the formal NATO structures,
# European services cooperate through the Counter Terrorist Group": the group lies outside NATO too; raters
# on test-y, 4 of 4 ratings reject, wrong key).  Up to two words may stand between the cue and the name
# ("the formal", "its own"), never a relative word that opens a clause of its own ("beyond which Russia ...").
_EXCLUDED_BY = re.compile(r"\b(?:outside(?:\s+of)?|beyond|apart\s+from|aside\s+from|except(?:\s+for)?|besides"
                          r"|other\s+than|excluding|instead\s+of)\s+(?:(?!(?:which|that|who|whom|where|when)\b)[\w’'-]+\s+){0,2}$",
                          re.I)


def excluded_by(sentence: str, start: int) -> bool:
    """The name at ``start`` stands in a phrase of exclusion ("outside the formal [EU] structures", "apart
    from [France]"): swapped, the claim about what lies outside it often still holds."""
    return bool(_EXCLUDED_BY.search(sentence[:start]))

# A compass or position word before a place: "central Germany", "north-eastern Syria", "upper Egypt".
_POSITION = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|upper|lower|inner|outer", re.I)


def described_place(sentence: str, start: int) -> bool:
    """The name at ``start`` follows an adjective that describes the place ("swept through central Germany to the
    Rhine", "the capital of newly independent Latvia", "gave southern Slovakia to Hungary"): the sentence says
    where, and asked with a gap, world knowledge or the adjective fills it (both raters rejected such an item on
    test-bz and on test-bq, one on test-bt).  A participle that is also a verb ("neighbouring") is left alone.
    Used by ``entity_choice`` only: refusing such names as swaps as well ("gave southern Britain to Hungary" is
    nonsense) cost 3 accepted items on the design corpora and 3 on the check corpora for one reject, with
    compass words alone as with any adjective."""
    previous = re.search(r"([a-z][\w-]*)\s*$", sentence[:start])
    if previous is None:
        return False
    word = previous.group(1)
    if _POSITION.fullmatch(word):
        return True
    lemmas = getAllLemmas(word)
    return "ADJ" in lemmas and "VERB" not in lemmas


# "neither France nor Austria", "nor Britain": a name one of a joint denial.
_NEITHER_NOR = re.compile(r"\b(?:neither|nor)\s+(?:the\s+)?$", re.I)
_NOR_AFTER = re.compile(r"^\s+nor\b", re.I)


# A denial of which the name is the subject or the object: "France did not join until 1973", "Britain was no
# longer ...", "Poland and Italy offered no guarantee", "did not bring France a fortune overnight".
_NEGATION = r"(?:not|never|no|cannot|no\s+longer|\w+n[’']t)"
_DENIED_AFTER = re.compile(rf"^(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]*)?\s+(?:\w+\s+){{0,2}}?{_NEGATION}\b", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:\w+\s+){1,2}(?:the\s+)?$", re.I)


def denied(sentence: str, start: int, end: int) -> bool:
    """The name at ``start``–``end`` is one side of "neither ... nor ...", or the subject or object of a
    denial ("France did not join until 1973", "Poivre's efforts did not bring France a fortune").  Swapped,
    the false form denies something of the partner the text never affirms, so it is no more false than true
    ("neither Italy nor Austria was willing to send troops": both raters on test-bz, a wrong key; rejected by
    both on test-aw; "did not bring Mauritius a fortune overnight": both on test-dj, a wrong key).  Of the rated
    swaps on all sets, plain denials were rejected by both raters on test-az, test-bi, test-bj, test-bp,
    test-cd and test-dj, and accepted on test-bd and test-ce (one rater each)."""
    return bool(_NEITHER_NOR.search(sentence[:start]) or _NOR_AFTER.match(sentence[end:])
                or _DENIED_AFTER.match(sentence[end:]) or _DENIED_BEFORE.search(sentence[:start]))


# A name glossed by a short form after it: "the Joint IED Defeat Organization, known as JIEDDO", "the Direct
# Communications Link, or DCL".  Swapped, the short form is left to name the original ("the FBI, known as JIEDDO",
# "the African Union, known as JIEDDO": nonsense that gives itself away, like the acronym in brackets; test-u).
_SHORT_FORM_AFTER = re.compile(r"^\s*,\s*(?:known\s+as|abbreviated\s+(?:as|to)|or)\s+(?:the\s+)?[A-Z][A-Za-z]*[A-Z]\w*\b")


def glossed_by_short_form(sentence: str, end: int) -> bool:
    """The mention ending at ``end`` is followed by ", known as <ACRONYM>" or ", or <ACRONYM>"."""
    return bool(_SHORT_FORM_AFTER.match(sentence[end:]))


# "<state> under <its leader>": "Spain under Philip II", "Egypt, under Nasser, ...".  The leader binds the name:
# swapped, "Portugal under Philip II" gives itself away (raters on test-aq: "Poland under Viktor Orbán" gives the
# swap away).  Up to two title words may stand before the person ("under King Philip II", "under Prince ...").
_UNDER = r"^(?P<comma>\s*,)?\s+under\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}?"


def under_its_leader(sentence: str, end: int, people: Collection[str]) -> int | None:
    """Where the phrase "under <person>" right after the name ending at ``end`` ends (a comma that opened it
    closed with it), or None when none follows; ``people`` are the lesson's persons, each also without its
    first words ("King Gustavus Adolphus" is written "under Gustavus Adolphus")."""
    names = {" ".join(person.split()[i:]) for person in people for i in range(len(person.split()))}
    for person in sorted(names, key=len, reverse=True):
        found = re.match(_UNDER + re.escape(person) + r"(?![\w’'-])(?P<close>\s*,)?", sentence[end:])
        if found and (not found.group("comma") or found.group("close")):
            return end + found.end() - (1 if not found.group("comma") and found.group("close") else 0)
    return None


# A short form set before a lower-case word as its modifier: "20 billion US dollars", "the UN mission", "EU
# financing".  A full name there reads wrong or changes the sense ("20 billion Germany dollars", "the Self-Defense
# Forces mission in South Sudan", still true in meaning: raters on test-n, three rounds, and test-s).
_LOWER_WORD_AFTER = re.compile(r"^\s+([a-z][a-z-]+)\b")
_ACRONYM_FORM = re.compile(r"[A-Z][A-Za-z]*[A-Z]\w*")


def short_form(name: str) -> bool:
    """``name`` is written as a short form in capitals ("US", "NATO", "EUTM")."""
    return bool(_ACRONYM_FORM.fullmatch(name))


def acronym_modifier(sentence: str, name: str, end: int) -> bool:
    """``name`` is a short form in capitals set before a lower-case noun or adjective it modifies."""
    if not short_form(name):
        return False
    following = _LOWER_WORD_AFTER.match(sentence[end:])
    if not following or following.group(1) in STOPWORDS or following.group(1) in PREPOSITIONS:
        return False
    lemmas = getAllLemmas(following.group(1))
    return not lemmas or ("NOUN" in lemmas or "ADJ" in lemmas) and "VERB" not in lemmas


# Five names or more in one run ("Bulgaria, Estonia, Hungary, Lithuania, the Netherlands ... and the United States"):
# one of them swapped asks the reader to spot the changed member of a list (both raters on test-ag: "list
# memorisation, not comprehension"). Four ("links Afghanistan, India, Iran and Pakistan") were accepted there.
LONG_LIST = 5
_LIST_JOINT = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", re.I)


def long_list_member(sentence: str, start: int, end: int, names: list[str]) -> bool:
    """The name at ``sentence[start:end]`` is one of at least ``LONG_LIST`` of ``names`` (the sentence's names of its
    kind) listed one after another, with only commas, "and", "or" and articles between them."""
    spans = sorted({(m.start(), m.end()) for n in names for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sentence)})
    run: list[tuple[int, int]] = []
    for span in spans:
        if run and not _LIST_JOINT.fullmatch(sentence[run[-1][1]: span[0]]):
            if any(s <= start < e for s, e in run) and len(run) >= LONG_LIST:
                return True
            run = []
        run.append(span)
    return any(s <= start < e for s, e in run) and len(run) >= LONG_LIST


# The clause of a name says it is added to a claim made of others before ("Norway, Iceland, Liechtenstein and
# Switzerland also take part", "Italy, Belgium, Poland and Czechoslovakia were also represented", "Denmark also
# agreed to join the coalition", "India, wary of ..., was also lukewarm"): the name's own words up to "also",
# "too" closing a clause, "as well" or "likewise", across a list or an aside between commas but never into a
# clause a comma opens with "and", "but", "which", "who", "while" or "whereas".
_ALSO_WORD = re.compile(r"\b(?:also|likewise|as\s+well(?!\s+as)|too(?=\s*(?:[,.;:]|$)))\b", re.I)
_CLAUSE_OPENER = re.compile(r"^\s*(?:and|but|or|which|who|whom|whose|while|whereas|when|where|so|yet)\b", re.I)


def added_to_others(sentence: str, end: int) -> bool:
    """The name ending at ``end`` is the subject of a clause that adds it to a claim the text made of others
    first ("Italy, Belgium, Poland and Czechoslovakia were also represented"): lifted alone, the claim loses
    whom it adds to, and a partner swapped in is often one of them, so the false form is true by the text or
    in fact ("Germany, Belgium, Poland and Czechoslovakia were represented" at Locarno, "Germany ... take part"
    in the EU's alert system, "Britain agreed to join the coalition against Napoleon": both raters on test-ax,
    test-af and test-bf, true statements keyed False; "Australia, wary of appearing to join a bloc, was also
    lukewarm", test-as)."""
    clause = re.split(r"[.;:()]", sentence[end:], maxsplit=1)[0]
    for i, part in enumerate(clause.split(",")):
        if i and _CLAUSE_OPENER.match(part):
            return False  # "..., and Britain also joined": another clause's subject
        if _ALSO_WORD.search(part + ("," if i < clause.count(",") else "")):
            return True
    return False


# The lower-case word right after a name, no comma between.
_WORD_AFTER = re.compile(r"^\s+([a-z][a-z-]*)\b")


def modifies_a_noun_after(sentence: str, end: int) -> bool:
    """The name ending at ``end`` stands before a lower-case word English uses as a noun and never as a verb:
    it modifies that noun, as a people's name does ("Former Boer generals quickly became ..."), and names no
    person who acts.  A person swapped in there is garbled ("Emily Hobhouse generals quickly became political
    leaders": both raters on test-be)."""
    following = _WORD_AFTER.match(sentence[end:])
    if not following or following.group(1) in STOPWORDS or following.group(1) in PREPOSITIONS:
        return False
    lemmas = getAllLemmas(following.group(1))
    return "NOUN" in lemmas and not {"VERB", "AUX", "ADV"} & set(lemmas)


# "the" and one or two adjectives right before a name: "the young [United States]", "the independent [Armenia]".
_ARTICLE_AND_ADJECTIVES = re.compile(r"\b[Tt]he\s+((?:[a-z][a-z-]*\s+){1,2})$")


def modified_after_article(sentence: str, start: int) -> bool:
    """The name at ``start`` follows "the" and one or two adjectives ("the young United States", "the independent
    Armenia"): the adjectives describe the original, and a name swapped in keeps them, with an article it never
    takes ("the young Spain welcomed the principles", "said nothing of the independent Greece": both raters on
    test-bh and test-bk, ungrammatical nonsense), or the description of the original ("the independent Greece":
    Greece was independent already)."""
    m = _ARTICLE_AND_ADJECTIVES.search(sentence[:start])
    if not m:
        return False
    for word in m.group(1).split():
        if word in STOPWORDS or word in PREPOSITIONS or "ADJ" not in getAllLemmas(word):
            return False
    return True
