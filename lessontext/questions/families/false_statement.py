"""False statements: a sentence of the lesson with one name, date, quantity or glossary term swapped.

Reads each mention of an entity of a swappable kind (country, organisation, person, place, year, a name or
quantity, a glossary term of a concrete kind): up to two other entities of the same kind from the same lesson,
not in the sentence, replace it, which makes the statement false according to the text (a sister lesson's names
read as another subject).  A swapped year keeps its order
with the sentence's other years, a person keeps the form of address ("Mrs", "Lord")
where the sentence says "her" or "he", and an example's place is not swapped.
Broad glossary kinds ("defined", "concept") are not swapped: the result could
still be true.  A year at one end of a range is not swapped either, nor a single letter,
a part of a longer name, a detail in an aside, or anything in a sentence about the lesson
itself (``incidental.py``): the false form would be nonsense or not worth asking.
Nor is a name swapped that has its acronym beside it ("the Organisation of African Unity
(OAU)"), nor an acronym in brackets beside its name ("The African Union (AU)"), nor the name that
glosses an acronym just before it ("NATO (the North Atlantic Treaty Organization)", "NATO, the North
Atlantic Treaty Organization, led ..."; swapped, "NATO (United Nations)": raters on two test-e
essays), nor one glossed by a short form after it ("..., known as JIEDDO"), or a name swapped in
that the text gives an article the sentence lacks ("involves United States") or only writes inside a
longer name ("Procurement Agency" of "the NATO Support and Procurement Agency").  A name the text
never gives an article loses the one the sentence had ("signed by Canada", not "by the Canada"), and
a name swapped in at the start keeps its capital ("Liberia is often cited").

Nor is a name swapped out that the rest of the sentence repeats ("the EU ... the EU Training Mission",
"named after Punnett ... a Punnett square": what is left refutes the false form), nor one swapped in
that is another name of the same thing ("Britain" for "the United Kingdom": wordllama >= 0.4, a wrong
key); a letter is no part of a personal name ("Transaction B"), nor one swapped in that is close in meaning
to another name of the sentence (``kin_in_sentence``: "England and Britain", "the Soviet Union withdrew in 2020,
and Russia followed": nonsense, raters on test-q and test-n).

Nor is a sentence swapped that leans on one not shown ("has pursued similar goals", "plays a similar
role": ``LEANS_BACK``; raters on test-i and test-c: context lost), nor one whose subject is a bare "the
parties" (``context.bare_subject``; raters on test-j, test-h and test-d).  A name headed by a common noun
("the United Nations") keeps the article; an acronym the text writes bare on its own ("NATO has")
loses it, even where the text writes "the NATO summit" or "UN efforts" (raters on test-c, test-e, test-i).
Nor is a number swapped in a calculation ("since 1 litre = 1,000 cm³, ... = 60 litres", "multiplying by 1,000 gives
..."): the sentence's own arithmetic refutes it, no reading needed (test-g, test-h). Nor is a member of an open list
swapped ("..., including the United States"): another name there is not contradicted by the text (raters on test-h: a
wrong key). Nor is a name listed with a region ("ships reaching India and East Asia": ``coordinated_with_region``), nor
a place that is reached or visited ("the Church of the East reached China"; ``reached_place``): a place swapped in may
lie inside the region, or have been reached too, and the text never denies it ("ships reaching China and East Asia",
"reached Persia": raters on test-t, both rounds, 8 of 8 ratings reject, still true in meaning or in fact). Of the rated
swaps on all sets, these two refuse no other (74 accept, 84 minor ratings kept).

No year is swapped: blind raters found a swapped year "tests only the date, not the point" (dev-r5,
dev-b-r3, test-b, test-c: 14 ratings of seven year swaps, 1 accept, 7 minor, 6 reject).  Nor is a number:
a quantity is a worked example's or an exercise's given ("a train travels 97 km in 1.5 hours", "makes 18
rolls", "200 people in a village of 5,000", "parallel sides of 6 cm and 32 cm"; raters on test-l, test-g,
test-h and dev-b: 14 ratings, 2 accept, 3 minor, 9 reject, "tests the data of an exercise, not the idea").

Only a name that is an actor of the main clause is swapped: its subject, object or complement ("China destroyed one
of its own weather satellites", "Japan defeated China", "the most influential deontologist is Immanuel Kant"), never
a circumstance: a name after a preposition ("canals across England", "a pipeline between Finland and Estonia", "a
large landing in Korea", "an alliance with Britain") or in an opening clause or phrase ("In Indonesia, the athletes'
village built in Jakarta ...", "When wildfires struck southern Turkey, ...") or in a phrase of exclusion ("outside
the formal EU structures", test-y: a wrong key): ``slots.circumstance``.  Swapped, a circumstance tests an incidental
place and often makes a pairing the rest of the sentence refutes on its face (raters on test-b, test-e, test-i,
test-m, test-q: not worth asking, nonsense).  Of the rated swaps the generator still makes, those of actors were 14
accept / 20 minor / 2 reject ratings on test-b to test-m and 9 / 5 / 2 on test-n, test-o, test-p and test-q; those
of circumstances 11 / 9 / 12 and 5 / 1 / 12.  A person is swapped only for a person: a plural group ("Wealthy
Romans", "Geneva Conventions": ``incidental.group_name``) is none, and "Mark Antony acquired vast estates" for the
wealthy Romans is not refuted by the text (raters on test-l: a wrong key, nonsense).

Nor is a swap made that keeps a word fitting only the original: a person swapped in must be given, somewhere in
the lesson, the role noun the sentence sets before the name ("his brother", "the Italian mathematician", "the
Soviet leader": ``slots.role_before``), and any name the words of an appositive after it ("Luxembourg, a small
state": ``slots.role_after``); no people's name or adjective of the original may stay in the sentence
("invade Egypt ... storms that the Japanese remembered", "search for American personnel": ``names_its_people``),
nor of the partner, inside a compound too ("a Franco-German initiative ..., which Germany joined": test-as, nonsense);
no member of an open set ("Denmark and other coastal states") nor a label after "called" or "known as"
(``slots.naming_slot``) is swapped.  Raters on test-v, test-u, test-s, test-p, test-h, test-d: nonsense, gives
itself away.  The two directions of one pair ("his brother Ibn Battuta", "the traveller Ariq Böke") share a
claim, so a quiz asks one at most (raters on test-v: each leaks the other).  The partner is the sibling the
lesson talks about in like terms (``partners``), never a nation inside a state for a state, nor a full name
for a short form used as a modifier ("20 billion US dollars"), nor a name whose own people the sentence names,
nor one far less like the sentence's other names (its places, bodies and peoples, not its fellow actors of the
same kind) than the original is: "Romania hosts two American radars, at Shariki in Aomori Prefecture ... near
Kyoto" refutes itself by its places (``partners.stranger_among``; raters on test-z, test-q, test-u, test-x).
Nor is a name swapped in that another sentence adds to the original's claim ("... in 1994 both, along with
Chile, brought the treaty into force": ``added_elsewhere``; raters on test-am, a half-true false form), or that
one of the next two sentences adds to a claim ("Chile was invited to take part as well": test-aq, half true).
Nor is one state swapped for itself under another name, at another time or for a nation or republic inside it
("Russia" or "Ukraine" for the Soviet Union in 1946, "Wales" for England: ``partners.one_state``; both raters on
test-al, true in meaning or in fact), nor a treaty for a body that acts ("rejected by the Treaty on European
Union": test-an, a treaty rejects nothing); and a name the sentence keeps in a compound ("an India-specific
agreement", "a US-led force") is not swapped out: what is left gives the swap away (test-ao).  A state's
leader right after it ("Hungary under Viktor Orbán took ...", "Cambodia, under Prince Sihanouk, declined ...")
leaves the false form, which would keep the leader and give the swap away (raters on test-aq): ``slots.under_its_leader``.
Nor is a name swapped whose clause adds it to a claim made of others first ("Italy, Belgium, Poland and
Czechoslovakia were also represented", "Denmark also agreed to join the coalition": ``added_to_others``): the
others are not shown, and the partner is often one of them, so the false form is true by the text or in fact
(both raters on test-af, test-ax and test-bf, 6 reject ratings; test-as earlier, 2; one such swap accepted on
test-am, 2 accept ratings); nor is a republic swapped in beside the union that held it ("START I required Ukraine
and the Soviet Union ...", ``kin_in_sentence``), nor a person into a year far from theirs (``out_of_time``).

A name with two such partners is also asked as a single choice, the partners its distractors (``entity_choice``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.semantics import similarity
from lessontext.words import getAllLemmas

from ..acronyms import beside_its_acronym, glossed_acronym, named_in, spells_out
from ..candidate import Candidate
from ..context import leans_on_context, without_leaning_then
from ..course import CourseView, Mention
from ..entities import singular
from ..entity_choice import CONFIDENCE as CHOICE_CONFIDENCE
from ..entity_choice import entity_choice
from ..family import MENTIONS, QuestionFamily, makes, makes_no
from ..incidental import (
    dated_otherwise,
    framing_sentence,
    group_name,
    illustrative,
    in_aside,
    keeps_year_order,
    life_date,
    out_of_time,
    same_title,
    splits_a_name,
)
from ..kinds import opening_adjective, personal_name, swappable_kind
from ..pairs import synonymous
from ..partners import (
    distinct_states,
    founder_said_to_join,
    names_partner_people,
    no_person_here,
    one_state,
    ranked_actors,
    same_standing,
    stranger_among,
)
from ..partners import saint_name as _saint
from ..phrasing import lift, true_false_stem
from ..rules import ENTITY_CHOICE, ENTITY_SWAP_FALSE, GLOSSARY_SWAP_FALSE
from ..slots import (
    acronym_modifier,
    added_to_others,
    circumstance,
    coordinated_with_region,
    denied,
    glossed_by_short_form,
    long_list_member,
    modified_after_article,
    names_its_people,
    naming_slot,
    opens_a_set,
    reached_place,
    role_after,
    role_before,
    short_form,
    under_its_leader,
)
from ..statements import worked_line
from ..swapnames import (
    document_part,
    named_again,
    only_inside_names,
    part_of,
    role_not_body,
    succession,
    swapped,
    with_article,
)
from ..text import find_phrase, norm, words
from ..types import QuestionType
from . import FAMILIES
from .fill_blank import EARLY_PRINTING, PRINTERS, WAR_YEARS

CONFIDENCE = {ENTITY_SWAP_FALSE: 0.55, GLOSSARY_SWAP_FALSE: 0.45, ENTITY_CHOICE: CHOICE_CONFIDENCE}
# Two names at least this close in meaning (wordllama) may name one thing: "Britain" and "United
# Kingdom" (0.54), "Burma" and "Myanmar" (0.44), "Holland" and "Netherlands" (0.62); two countries are
# far apart ("France" and "Germany" 0.09, "Germany" and "Netherlands" 0.26). Raters on test-f: a swap of
# one for the other keyed False is true (a wrong key).
SAME_NAME = 0.4
# The second-best partner's confidence below the best's: the quiz takes the sibling ``partners.ranked`` put first.
SPARE_PARTNER = 0.02
# Britain" (0.50), "the Soviet Union withdrew ..., and Russia followed" (0.39), "the North Atlantic Treaty
# Organization and NATO" (0.44); names of separate states are far apart ("Georgia", "Russia" 0.17; "India",
# "Pakistan" 0.05).
KIN_IN_SENTENCE = 0.35


def kin_in_sentence(mention: Mention, replacement: str, course: CourseView) -> bool:
    """``replacement`` names the same thing as another name of the sentence, or a whole it is part of, or
    the state before it: swapped in, the statement pairs a thing with itself and is nonsense, not false
    (raters on test-q: "England and Britain had perhaps six million inhabitants"; test-n: "the Soviet Union
    withdrew from the treaty in November 2020, and Russia followed"; test-j: "between the North Atlantic
    Treaty Organization and NATO"), or a republic of a union the sentence names (``partners.one_state``:
    "START I required Ukraine and the Soviet Union to make deep reductions", test-bc: nonsense, Ukraine was
    part of the Soviet Union)."""
    others = {m.text for m in course.mentions_in(mention.sentence) if norm(m.text) != norm(mention.text)}
    return any(similarity(other, replacement) >= KIN_IN_SENTENCE and not distinct_states(other, replacement)
               or one_state(other, replacement) for other in others)


# Two named bodies whose head words are at least this close (wordllama) are of one kind: "Bank" and
# "Fund" (0.17), "Council" and "Assembly" (0.21); "Forces" and "Council" (0.04) are not.
BODY_KIN = 0.08


def same_kind_of_body(name: str, other: str) -> bool:
    """Two organisations of one kind, judged by their head words; an acronym or a one-word name has none
    to judge by, and passes."""
    a, b = words(name), words(other)
    if _document(a) or _document(b):
        return _document(a) and _document(b)  # "rejected by the Treaty on European Union": a text acts not
    if len(a) < 2 or len(b) < 2:
        return True
    head, other_head = a[-1].lower(), b[-1].lower()
    return head == other_head or similarity(head, other_head) >= BODY_KIN


# Names of a text, not of a body: "the Treaty on European Union", "the Convention on Cluster Munitions", "the
# Outer Space Treaty".  Read as an organisation by its last word ("Union"), a treaty swapped for a body that
# acts is nonsense ("was rejected by the Treaty on European Union": both raters on test-an, a treaty rejects
# nothing).
_DOCUMENT_WORDS = frozenset("treaty convention protocol charter agreement accord declaration".split())


def _document(name_words: list[str]) -> bool:
    """The name opens or ends with a word for a text ("Treaty on ...", "... Convention")."""
    return bool(name_words) and (name_words[0].lower() in _DOCUMENT_WORDS or name_words[-1].lower() in _DOCUMENT_WORDS)


# A mention in an open list: "..., including X and Y", "such as X": another name in its place is not
# contradicted by the text (raters on test-h: a wrong key).
_OPEN_LIST = re.compile(r"\b(?:including|such as)\b[^.;:()]*$", re.I)
def given_role(name: str, role: tuple[str, ...], course: CourseView) -> bool:
    """Some sentence of the lesson writes ``name`` with every word of its role (a noun in either number,
    its modifiers): "the Moroccan traveller Ibn Battuta", "Ibn Battuta, a traveller from Tangier"."""
    key = ("given_role", name, role)
    if key not in course.memo:
        found = False
        for sentence in course.sentences_naming(name):
            present = {singular(w) for w in words(sentence.lower())}
            if all(singular(w) in present for w in role):
                found = True
                break
        course.memo[key] = found
    return course.memo[key]


# A name added to a claim: "..., along with Chile, ...", "Spain, as well as Portugal, ...".
_ADDED = r"\b(?:along\s+with|as\s+well\s+as|together\s+with|alongside)\s+(?:the\s+)?"


def added_elsewhere(mention: Mention, replacement: str, course: CourseView) -> bool:
    """Another sentence adds the one name to a claim of the other, named there or in the sentence before
    ("... Argentina and Brazil ... in 1994 both, along with Chile, brought the treaty into force"): the text
    speaks of them together, and a swap of one for the other is half true ("Chile and Brazil ... held back from
    the treaty": raters on test-am, the text says Chile too)."""
    added = re.compile(_ADDED + re.escape(replacement) + r"\b")
    sentences = [s for _, s in course.lesson.sentences]
    for i, sentence in enumerate(sentences):
        if sentence == mention.sentence or replacement not in sentence or not added.search(sentence):
            continue
        if find_phrase(sentence, mention.text) or i and find_phrase(sentences[i - 1], mention.text):
            return True
    return any(_also_after(sentence, replacement) for sentence in _next_sentences(mention.sentence, sentences))


# A word that adds its clause's subject to a claim just made: "Chile was invited to take part as well", "Peru
# too sent observers", "Chile also joined".
_ALSO = r"[^.;:]*?\b(?:also|too|as\s+well|likewise|similarly)\b"


def _next_sentences(sentence: str, sentences: list[str], count: int = 2) -> list[str]:
    """The ``count`` sentences after ``sentence`` in the lesson."""
    at = next((i for i, s in enumerate(sentences) if s == sentence), None)
    return [] if at is None else sentences[at + 1: at + 1 + count]


def _also_after(sentence: str, replacement: str) -> bool:
    """``sentence`` names ``replacement`` and adds it to a claim in the same clause ("Chile was invited to take
    part as well"): said right after the sentence swapped, the text links the name swapped in to the same
    claim, and the false form is half true ("... Chile and Peru supplied further units": both raters on
    test-aq, True defensible)."""
    at = find_phrase(sentence, replacement)
    return at is not None and re.match(_ALSO, sentence[at.end():], re.I) is not None


def false_statement(mention: Mention, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    if not swappable_kind(mention.kind) or mention.kind == "year" or mention.kind.startswith("quantity"):
        return  # a swapped year or number tests a date or an example's given, rarely the sentence's point
    at = find_phrase(mention.sentence, mention.text)
    if at is None or len(mention.text) < 2 or framing_sentence(mention.sentence) or document_part(mention.text) \
            or life_date(mention.sentence):
        return  # "C major" -> "I major": a letter swapped; framing; "the heart of the treaty is [Article IV]": no name;
        # a birth's place and date ("Quesnay was born in Kirkcaldy ...": both raters on test-dz, trivial)
    if mention.kind.endswith("person") and (not personal_name(mention.text) or opening_adjective(mention.text, at.start())
                                            or no_person_here(mention.text, mention.sentence, at.start(), at.end())):
        return  # "St Luke's" (a church), "Crowded Soho had no sewers" (a district), "Former Boer generals": no person
    if leans_on_context(mention.sentence, course.title) or worked_line(mention.sentence, course):
        return  # "has pursued similar goals", "The parties agreed": the false form leans on a sentence not shown
    if _OPEN_LIST.search(mention.sentence[: at.start()]) or opens_a_set(mention.sentence, at.end()):
        return  # "several governments ..., including the United States and Canada": the list is not all of them
    if added_to_others(mention.sentence, at.end()):
        return  # "Italy, Belgium, Poland and Czechoslovakia were also represented": Germany was too
    if naming_slot(mention.sentence, at.start()) or modified_after_article(mention.sentence, at.start()):
        return  # "an episode ... called [the Sad Night]": a label; "the young [Spain]": adjectives of the original only
    if names_its_people(mention.sentence, at.start(), at.end(), mention.text):
        return  # "attempts to invade Egypt ... storms that the Japanese remembered": the adjective keeps Japan
    if denied(mention.sentence, at.start(), at.end()) or coordinated_with_region(mention.sentence, at.start(), at.end()):
        return  # "neither France nor Austria": not refuted; "ships reaching China and East Asia": China may be in it
    if reached_place(mention.sentence, at.start(), mention.kind):
        return  # "the Church of the East reached Persia": not denied by the text, and true in fact
    if circumstance(mention.sentence, at.start()):
        return  # "canals across England", "In Indonesia, the village built in Jakarta": a circumstance, a detail
    if mention.kind.endswith("person") and group_name(mention.text):
        return  # "Wealthy Romans" is no person: "Mark Antony acquired vast estates" is not refuted
    if illustrative(mention.sentence, mention.anchor):
        return  # "A defence attaché in Nairobi, for example, ...": an example's place, swapped, is nonsense
    if splits_a_name(mention.sentence, at.start(), at.end()) or in_aside(mention.sentence, at.start(), at.end()):
        return  # "the NATO Support and [Procurement Agency]": a swap inside a name is nonsense
    if beside_its_acronym(mention.sentence, at.start(), at.end()):
        return  # "the Organisation of African Unity (OAU)", "The African Union (AU)": the acronym contradicts a swap
    if glossed_acronym(mention.sentence, at.start(), at.end(), mention.text) or glossed_by_short_form(mention.sentence, at.end()):
        return  # "NATO (the North Atlantic Treaty Organization)": a gloss swapped names NATO wrongly
    # A first name the lesson writes before this one ("André Le Nôtre"), standing alone in the sentence: "Le Nôtre was
    # born ..., and André grew up among its beds" (both raters on test-df: the swap contradicts its own sentence).
    first_names = {words(p[: found.start()])[0] for p in _people(course) if mention.kind.endswith("person")
                   and (found := find_phrase(p, mention.text)) and words(p[: found.start()])}
    if named_again(mention.sentence, at.start(), at.end(), mention.text) or any(
            named_again(mention.sentence, at.start(), at.end(), first, alone=True) for first in first_names):
        return  # "NATO has conducted ... the EU Training Mission", "named after Mendel ... Punnett square"
    kin = [m.text for m in course.mentions_in(mention.sentence) if m.kind == mention.kind]
    if long_list_member(mention.sentence, at.start(), at.end(), kin):
        return  # "Bulgaria, Estonia, ..., Slovenia and the United States": the one changed name of ten
    pool = _replacements(mention, course, rng)
    # A person's role noun ("his brother", "the Soviet leader"); before a place or a body the noun is more
    # often the end of a phrase of time ("in the mid-nineteenth century Japan was ...") than a role.
    role = role_before(mention.sentence, at.start()) if mention.kind.endswith("person") else None
    described = role_after(mention.sentence, at.end())
    named_with = {m.text: m.kind for m in course.mentions_in(mention.sentence)}
    siblings = {name for name, kind in named_with.items() if kind == mention.kind}
    replacements = []
    for p in pool:
        if role and not given_role(p, (role,), course) or described and not given_role(p, described, course):
            continue  # "Kublai and his brother Ibn Battuta": the lesson never calls the traveller a brother
        if synonymous(mention.text, p, course) or find_phrase(mention.sentence, p) or named_in(mention.sentence, p):
            continue  # "cooperation between the North Atlantic Treaty Organization and NATO": one body twice
        if named_again(mention.sentence, at.start(), at.end(), p, alone=True):
            continue  # "chief engineer Anatoly Dyatlov and Dyatlov were sentenced": one person twice
        if spells_out(p, mention.text) or spells_out(mention.text, p):
            continue  # "the OAS" for "the Organization of American States": the same body, a true "false" form
        if similarity(mention.text, p) >= SAME_NAME and not distinct_states(mention.text, p):
            continue  # "Britain" for "the United Kingdom": another name of the same country, a wrong key
        if one_state(mention.text, p):
            continue  # "In 1946 Russia demanded" for the Soviet Union, "Wales" for England: true in meaning
        if names_partner_people(mention.sentence, at.start(), at.end(), p):
            continue  # "the Ottomans ... suffered repeated defeats by Turkey": the name meets its own people
        if not same_standing(mention.text, p):
            continue  # "Scotland undertook to fund ... with its forces" for Singapore: a nation inside a state
        if kin_in_sentence(mention, p, course):
            continue  # "England and Britain had six million inhabitants": one place inside the other, nonsense
        if not mention.kind.endswith("person") and stranger_among(mention.text, p, mention.sentence, named_with, siblings):
            # "Romania hosts American radars at Shariki ... near Kyoto": the places left refute it, and a partner
            # ranked after it fits the lesson worse still ("Turkey hosts ...", test-z): the search stops.
            break
        if acronym_modifier(mention.sentence, mention.text, at.end()) and not short_form(p):
            continue  # "20 billion US dollars" -> "20 billion Germany dollars": a full name as a modifier
        if with_article(p, course) and not re.search(r"\bthe\s*$", mention.sentence[: at.start()], re.I):
            continue  # "involves United States": a name the text gives its article would lose it
        if not keeps_year_order(mention.sentence, mention.text, p) or mention.kind.endswith("person") \
                and out_of_time(mention.sentence, at.start(), course.sentences_naming(p)):
            continue  # "began in 1992 ... Australia joined in 1971", "Nixon in 1868": impossible by the text's dates
        if mention.kind.endswith("organisation") and dated_otherwise(mention.sentence, p, course.sentences_naming(p)):
            continue  # "in 1710 came the Barebone's Parliament" (of 1653): dated against the text
        if mention.kind.endswith("person") and _saint(mention.text) != _saint(p):
            continue  # "St Albans was acting Secretary of State" for a statesman: a saint's name is a place's too
        if mention.kind.endswith("person") and not same_title(mention.text, p):
            continue  # "Lord Atkin drank ginger beer bought for her"
        if mention.kind.endswith("person") and (not personal_name(p) or group_name(p) or opening_adjective(p, 0)
                                                or no_person_here(p, mention.sentence, at.start(), at.end(), partner=True)):
            continue  # "Accounts Payable", "England Protestant became king", "to his nephew the Tsar": no person here
        if mention.kind.endswith("organisation") and not same_kind_of_body(mention.text, p):
            continue  # "UN Security Council later contributed troops" for the Armed Forces: a council is no army
        if only_inside_names(p, course) or role_not_body(p, course):
            continue  # "Procurement Agency develops ...": the tail of "the NATO Support and Procurement Agency"
        if succession(p, mention.text, course):
            continue  # "beneath the OAU" for "beneath the AU": the text says the one replaced the other
        if part_of(p, mention.text, course) or part_of(mention.text, p, course):
            continue  # "adopted by the UN" for "by the Security Council": the "United Nations Security Council"
        if founder_said_to_join(mention.sentence, at.end(), p, [s for _, s in course.lesson.sentences],
                                at.start()):
            continue  # "France joined in 1993" of the corps the text says France and Germany founded
        if added_elsewhere(mention, p, course):
            continue  # "Chile and Brazil held back" where the text says both, along with Chile, joined in the end
        if any(set(words(p)) <= set(words(r)) or set(words(r)) <= set(words(p)) for r in replacements):
            continue  # "Le Nôtre" beside "André Le Nôtre": one person twice (both raters on test-df)
        replacements.append(p)
        if len(replacements) == 2:
            break
    if not replacements:
        return
    statement = without_leaning_then(lift(mention.sentence))  # "..., then became": the event, not its order
    match = find_phrase(statement, mention.text)
    if not match:
        return
    cut = under_its_leader(statement, match.end(), _people(course) - {mention.text})
    if cut is not None:  # "Hungary under Viktor Orbán took ..." -> "Poland took ...": the leader would give it away
        statement = statement[: match.end()] + statement[cut:]
    # Two partners: the name asked as a single choice, both in view (``entity_choice``).
    yield from entity_choice(mention, statement, match.start(), match.end(), replacements, course)
    glossary = mention.glossary is not None
    rule = GLOSSARY_SWAP_FALSE if glossary else ENTITY_SWAP_FALSE
    for rank, replacement in enumerate(replacements):
        text = swapped(statement, match.start(), match.end(), replacement, course)
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=rule,
            stem=true_false_stem(text, course, names=(replacement,)),
            statement=text,
            key=replacement,
            original=mention.text,
            truth=False,
            kind=mention.kind,
            source_anchor=mention.anchor,
            source_sentence=mention.sentence,
            explanation=f"False. The text says: “{mention.sentence}”",
            base=CONFIDENCE[rule] - SPARE_PARTNER * rank,  # the second partner is a spare for the first
            shown=(mention.sentence,),
            # Never both directions of one pair in a quiz: "his brother Ibn Battuta" and "the traveller Ariq
            # Böke" each give the other's answer (raters on test-v: leak); nor one name swapped into two sentences
            # of one section (test-ae-r2: two items on one paragraph, each with the same foreign name).
            claims=(f"key:{norm(mention.text)}", "swap:" + "|".join(sorted((norm(mention.text), norm(replacement)))),
                    f"foil:{norm(replacement)}@{mention.anchor}"),
        )


def _people(course: CourseView) -> set[str]:
    """The lesson's persons: a person's mention, or a name of two capitalised words or more whose last (a
    roman numeral aside) is no English word ("Viktor Orbán", "Nicolae Ceaușescu"; not "Chapter VII")."""
    def compute() -> set[str]:
        found = set()
        for m in course.lesson.mentions:
            named = [w for w in words(m.text) if not re.fullmatch(r"[IVXL]+", w)]
            if m.kind.endswith("person") or len(named) >= 2 and all(w[:1].isupper() for w in named) \
                    and not getAllLemmas(named[-1].lower()):
                found.add(m.text)
        return found
    return course.remembered(("people",), compute)


def _replacements(mention: Mention, course: CourseView, rng: random.Random) -> list[str]:
    """Same-kind entities of this lesson to swap in (a sister lesson's names read as another subject:
    raters found them nonsense in the sentence, "a person where a treaty part belongs"), the sibling the
    lesson talks about in like terms first (``partners.ranked``; a draw breaks ties), never a part of a document nor a
    territory another power holds in place of a power that acts (``partners.ranked_actors``)."""
    of_kind = course.remembered(("mention_texts_of_kind", mention.kind), lambda: list(dict.fromkeys(
        m.text for m in course.lesson.mentions if m.kind == mention.kind)))
    own = [text for text in of_kind if norm(text) != norm(mention.text)]
    rng.shuffle(own)
    return ranked_actors(own, mention.text, mention.sentence, course, person=mention.kind.endswith("person"))


# One year, one place, in the whole course: nothing to swap them for.
ONE_OF_EACH = """# Printing

The first printing press in England opened in 1476 near an old abbey church.
"""

# "similar goals" leans on the sentence before: a swap there loses its context.
SIMILAR = """# Alliances

## Forces

The Northern League has built a rapid reaction force in Oslo.
The Southern Union has pursued similar goals through a naval command in Lisbon.
NATO runs a training school in Vienna, where the NATO summit was held.
"""

# "Canada" has no article in the text; "the United Kingdom" has.  (The agreement's name is no acronym of its
# parties: "the UKUSA Agreement" beside "Canada" gives the swap away, ``partners.stranger_among``.)
SANCTIONS = """# Intelligence Sharing

## Origins

The Signals Agreement was signed by the United Kingdom and the United States in 1946.
Canada joined later, after long talks in Ottawa.
The parties agreed in 1955 to share signals intelligence with Australia.
"""

# "a large landing in Sicily", "In Carthage, ...": circumstances, not swapped; Spain, France and Portugal act.
LANDINGS = """# Campaigns

## Landings

A large landing in Sicily was held up for days by storms.
In Carthage, merchants built a great harbour for their ships.
Spain fought France for two centuries.
Portugal joined the war later.
"""

# "Britain" is close in meaning to "England" beside it, and "Portugal" is a state: neither swapped in for "Wales".
ISLES = """# Islands

## People

England and Wales had about seven million inhabitants in the middle of the century.
Britain built a navy that ruled the seas for a century.
Portugal traded wine and cork with the northern ports.
"""

# Nairobi and Mombasa pin the first sentence to Kenya: no other state is swapped in there.
RAILWAYS = """# Railways

## Lines

Kenya built railway depots at Nairobi and Mombasa.
Portugal sent engineers to survey the coast.
Uganda signed a trade pact with Tanzania.
"""

# "Franco-Spanish" keeps Spain in the first sentence: Spain is not swapped in for Portugal there; Italy is.
FISHERIES = """# Fisheries

## Pacts

Portugal joined a Franco-Spanish pact on fishing quotas that set catch limits for hake.
Spain patrolled the northern grounds with two frigates.
Italy sent observers to the talks in Lisbon.
"""

# "Sweden under Gustavus Adolphus": the king leaves the false form with his "under", which would give the swap away.
THIRTY_YEARS = """# The Thirty Years War

## Intervention

Sweden under Gustavus Adolphus landed in Pomerania in 1630 and won at Breitenfeld.
Denmark had already been defeated and withdrew from the war.
King Gustavus Adolphus died at Lützen two years later.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="false_statement",
    priority=70,
    scope=MENTIONS,
    build=false_statement,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(SANCTIONS, ENTITY_SWAP_FALSE, "signed by Canada and the United States"),
        makes(SANCTIONS, ENTITY_SWAP_FALSE, "the United Kingdom and Canada in 1946"),
        makes_no(SANCTIONS, ENTITY_SWAP_FALSE, "parties agreed in 1955"),  # which parties? not said
        makes_no(SANCTIONS, ENTITY_SWAP_FALSE, "the Canada"),
        makes(SIMILAR, ENTITY_SWAP_FALSE, "NATO has built a rapid reaction force"),
        makes_no(SIMILAR, ENTITY_SWAP_FALSE, "the NATO has built"),
        makes_no(SIMILAR, ENTITY_SWAP_FALSE, "similar goals"),
        makes_no(EARLY_PRINTING, ENTITY_SWAP_FALSE, "in 1494, William Caxton"),  # no year swapped
        makes(EARLY_PRINTING, GLOSSARY_SWAP_FALSE, "Aldus Manutius set up the first press", glossary=PRINTERS),
        makes_no(ONE_OF_EACH),
        makes(LANDINGS, ENTITY_SWAP_FALSE, "Spain fought Portugal"),
        makes_no(LANDINGS, ENTITY_SWAP_FALSE, "landing in Carthage"),
        makes_no(LANDINGS, ENTITY_SWAP_FALSE, "merchants built"),
        makes_no(WAR_YEARS, ENTITY_SWAP_FALSE, "lasted from"),  # 1939 is one end of a range
        makes_no(ISLES, ENTITY_SWAP_FALSE, "England and Britain"),  # one place inside the other
        makes(ISLES, ENTITY_SWAP_FALSE, "Portugal built a navy"),
        makes_no(ISLES, ENTITY_SWAP_FALSE, "England and Portugal had"),  # a state for a nation inside one
        makes_no(RAILWAYS, ENTITY_SWAP_FALSE, "railway depots at Nairobi"),  # the places left refute any other state
        makes(RAILWAYS, ENTITY_SWAP_FALSE, "sent engineers to survey the coast"),
        makes(RAILWAYS, ENTITY_CHOICE, "which country sent engineers to survey the coast?"),
        makes(FISHERIES, ENTITY_SWAP_FALSE, "Italy joined a Franco-Spanish pact"),
        makes_no(FISHERIES, ENTITY_SWAP_FALSE, "Spain joined a Franco-Spanish pact"),
        makes(THIRTY_YEARS, ENTITY_SWAP_FALSE, "Denmark landed in Pomerania"),
        makes_no(THIRTY_YEARS, ENTITY_SWAP_FALSE, "Denmark under Gustavus Adolphus"),
    ),
))
