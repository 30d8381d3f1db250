"""An essay's titled instrument, defined by what its opening says it did: "# The Treaty of Ghent (1814)" ... "The
Treaty of Ghent, signed on 24 December 1814 in the Flemish city of Ghent, brought an end to the War of 1812 between the
United States and Great Britain." -> "Treaty of Ghent: A treaty of 1814 that brought an end to the War of 1812 between
the United States and Great Britain."

An essay on one treaty, pact or alliance opens by saying what it was: it names the instrument (or calls it "the
treaty", "the agreement", "it") with where and when it was signed, and says what it did: ended a war, settled a
question, set out a code, redrew a map.  A teacher's entry says the same: the kind, the year and the act.  The
rules that read a subject and its verb refuse most of these: ``titled_subject`` reads only verbs of obligation
("bound", "banned"), the title's name only when the title is nothing but the name, and its date only at the
sentence's start; ``named_subject`` needs the name spelled out and its rebuilt "A treaty that ended the War of 1812"
is refused as a dated past event.  Here:

* the title is read for a name whose head is an instrument or an alliance, with or without what follows it ("The
  Pact of Madrid between the United States and Spain (1953)" -> "Pact of Madrid"; "The Triple Alliance of Germany,
  Austria-Hungary and Italy (1882)" -> "Triple Alliance"), the longest form the essay's own text writes;
* only the essay's opening is read (its first sentences): that is where an essay says what its subject was, before
  it tells what came of it;
* the subject is the name, "the <kind>" or another instrument word ("the agreement", "the settlement"), or "it" /
  "they" right after a sentence that names it; a "Signed in ..., " opener or a ", signed ..., " aside may stand
  around it and gives the year; a negated first clause gives way to its ", but it ..." clause;
* the verb says what an instrument does or did (ended, settled, set out, created, guaranteed, divided, restored ...),
  never its story ("entered into force", "lasted", "shaped", "proved", "led to");
* an opening sentence that tells who signed it may say what it is before naming it: "... signed the agreement that
  ended the Second Boer War" -> "A treaty of 1902 that ended the Second Boer War"; "the foreign ministers of Germany
  and the Soviet Union, ..., signed a treaty of non-aggression in Moscow" -> "A treaty of non-aggression signed by
  Germany and the Soviet Union in Moscow in 1939" (the first two sentences only, read in order with the others);
* a predicate that is negated, points back ("that reconciliation", "they") or runs over thirty words defines
  nothing, and a sentence naming another instrument of the same kind may mean either.
"""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, first_year
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.signed_title import _NEWLY, _OFFICIALS, _PERSONS, _STATES, _TITLES
from lessontext.glossary.rules.subjects import _cut_predicate
from lessontext.glossary.rules.titled_subject import _LATER_CLAUSE, _NEGATION, _points_back
from lessontext.vocabulary import TermKind
from lessontext.words import getAllLemmas, singular, word_pos

# Surer than who signed it (``signed_title``, 0.58), less sure than an obligation the essay states outright
# (``titled_subject``, 0.66): the act is told in the past of one instrument, and read through "the treaty" or "it".
CONFIDENCE = 0.62

# The heads of a name that is one instrument or alliance (singular), and how a definition names its kind.
_KINDS = {
    "treaty": "treaty", "pact": "pact", "alliance": "alliance", "entente": "entente", "accord": "accord",
    "agreement": "agreement", "convention": "convention", "declaration": "declaration", "protocol": "protocol",
    "armistice": "armistice", "league": "league", "charter": "charter", "concordat": "concordat",
    "peace": "peace settlement", "truce": "truce",
}
# "the agreement", "the settlement": what an essay calls its instrument after naming it once.
_INSTRUMENT_WORDS = r"treaty|treaties|pact|alliance|entente|accords?|agreements?|convention|declaration|protocol|" \
                    r"armistice|truce|league|charter|settlement|document|documents"
_CAP = r"[A-ZÀ-Ý][\w'’-]*"
_KIND_WORDS = "|".join(sorted({k.capitalize() for k in _KINDS} | {"Treaties", "Accords", "Agreements"}, key=len,
                              reverse=True))
# "Treaty of Ghent", "Camp David Accords", "Triple Alliance of Germany, Austria-Hungary and Italy", "Peace of Utrecht".
_TITLE_NAME = re.compile(
    rf"(?<!\bof\s)(?<!\bon\s)(?P<name>(?:{_CAP}\s+)*?(?P<kind>{_KIND_WORDS})"
    rf"(?P<of>\s+(?:of|on|for)\s+(?!\d){_CAP}(?:\s+(?:of\s+|the\s+)?{_CAP})*(?:(?:,\s+|\s+and\s+){_CAP}(?:\s+{_CAP})*)*)?)"
    rf"\b(?!\s+[A-Z])"
)
_TITLE_YEAR = re.compile(r"(?:\bof\s+|\(|^(?:The\s+)?)(?P<year>1\d{3}|20\d{2})\b")
# What an instrument does or did, by the lemma of its verb; never its story ("entered", "lasted", "shaped", "led").
ACT_VERBS = frozenset(
    """
    end settle establish create set confirm recognise recognize guarantee bind commit oblige redraw divide restore
    transfer cede grant place bring turn form found unite join close resolve ban limit prohibit forbid require pledge
    promise provide award strip return define fix abolish replace declare demilitarise demilitarize neutralise
    neutralize regulate renounce give make lay
    """.split()
)
_OPENING_SENTENCES = 6
_MAX_WORDS = 30
# "A short document": fewer words say what it was like, not what it was.
_MIN_NP = 4
_ADVERB = r"(?:(?:also|formally|effectively|thereby|finally|together|thus|in\s+effect)\s+)?"
_ASIDE = r"(?:,\s+(?P<aside>(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn|un)|made|struck|held)\s+[^;]{2,160}?),)?"
_OPENER = (r"(?:(?P<opener>(?:(?:Better|Usually|Commonly|Popularly)\s+known|[A-Z][a-z]+(?:ed|en|wn|un)|Together)"
           r"(?:\s+[^;]{2,200}?)?),\s+)?")
# "It was instead a declaration of Christian principle", "It was the first agreement to declare ...": what the
# instrument was, said of it right after the sentence that names it.
_WAS = re.compile(r"^(?:[Ii]t|[Tt]hey)\s+(?:was|were|is|are)\s+(?:(?:instead|essentially|really|in\s+effect|in\s+fact)\s+)?"
                  r"(?P<np>(?:an?|the\s+first)\s+[a-z][^;]{8,}?)\.?$")
# ", and for a time it was welcomed ...", ", it confirmed ...", ", yet the habits ...", "... and had cost ...": a second
# clause or an aside on the story, cut off.
_AND_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:for|it|they|in|at|was|were|is|its|their)\b|,\s+(?:yet|but)\b"
                         r"|\s+and\s+had\b")
_BUT = re.compile(r",\s+but\s+(?:it|they)\s+(?P<verb>[a-z]+)\s+(?P<rest>[^;]{8,}?)\.?$")
_PARTIES = re.compile(r"\bbetween\s+(?P<parties>(?:the\s+)?[A-Z][^,;]*?(?:,\s+(?:the\s+)?[A-Z][^,;]*?)*\s+and\s+"
                      r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# "ended one of the most destructive conflicts in European history": which one, a later sentence says (unless a colon
# names it here: "settled one of the most persistent problems ...: the status of Belgium").
_ONE_OF = re.compile(r"^\S+\s+(?:one|some|many|most)\s+of\s+the\b")
# Who made the instrument, as the opening tells it: "between the Republic of Venice and the Duchy of Milan", "envoys
# of the Tsardom of Russia and the Polish-Lithuanian Commonwealth", "Nazi Germany and the Empire of Japan signed".
_PARTY = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
_PARTY_LIST = rf"{_PARTY}(?:,\s+{_PARTY})*,?\s+and\s+(?:of\s+)?{_PARTY}"
_MADE = r"\b(?:signed|concluded|agreed|sealed|made)\b[^.;,]{0,60}?"
_WHO_MADE = (
    r"\bbetween\s+(?P<parties>{list})",
    r"\b(?:representatives|envoys|delegates|delegations|diplomats|plenipotentiaries|commissioners|negotiators|"
    r"ambassadors|(?:foreign|prime)\s+ministers|leaders|rulers)\s+of\s+(?P<parties>{list})",
    r"(?:^|(?<=,\s))(?P<parties>{list})" + _PERSONS + r"\s+(?:signed|concluded)\b",
)
# A sentence's opening word taken for a party ("In July 1807 ..."), or a date inside one: no party.
_NOT_PARTY = re.compile(r"^(?:In|On|At|When|After|Before|During|Early|Late|By|From|For|With|Within|Although|While|"
                        r"Its|Their|His|Her|This|These|That|Yet|But|Both|Between)\b|\b(?:Treaty|Treaties|Pact|Accords?|Agreement|"
                        r"Convention|Peace|Truce|January|February|March|April|"
                        r"May|June|July|August|September|October|November|December)\b")
# "ended thirteen years of war between them", "the two kingdoms": the parties, once the definition names them.
_TO_PARTIES = re.compile(r"\b(?:between|with|among)\s+them(?:selves)?\b|\beach\s+other\b|\bthe\s+two\s+"
                         r"(?:kingdoms|countries|states|powers|crowns|sides|empires|nations|governments|monarchies)\b")
# When the opening says what the instrument did in no sentence this rule reads, who made it and when ("A truce of 1667
# between X and Y") is a first gloss: as sure as ``signed_title``'s, whose like entries raters took as usable.
_WHO_CONFIDENCE = 0.58


def opening_parties(document: Document, name: str) -> str:
    """The parties the essay's opening says made its instrument ("X and Y"), or "": "between" only right after the
    instrument's name or its signing ("a separate treaty between ..." is another's, "wedged between ..." no one's)."""
    between = rf"(?:{re.escape(name)}\s+|{_MADE})"
    patterns = [re.compile((between if n == 0 else "") + p.replace("{list}", _PARTY_LIST)) for n, p in enumerate(_WHO_MADE)]
    for count, (_, sentence) in enumerate(document.sentences()):
        if count > _SIGNING_SENTENCES:
            break
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                parties = re.sub(r",?\s+and\s+of\s+", " and ", _NEWLY.sub("", m.group("parties")))
                parts = re.split(r",\s+|\s+and\s+", parties)
                # "of the Habsburg monarchy": a name cut before its common noun is no party.
                after = sentence[m.end("parties"):].split()
                cut = bool(after) and after[0].islower() and "NOUN" in word_pos(after[0])
                if not cut and len(parts) <= 4 and not any(_NOT_PARTY.search(p) or _TITLES.search(p) for p in parts):
                    return parties
    return ""


def _names_parties(predicate: str, parties: str) -> bool:
    """"ended the War of 1812 between the United States and Great Britain": the act already names who made it."""
    return any(part.removeprefix("the ") in predicate for part in re.split(r",\s+|\s+and\s+", parties))


def title_instrument(document: Document) -> tuple[str, str, bool, str] | None:
    """(name, kind, plural, year) of the instrument an essay's title names, in the longest form its text writes."""
    title = document.title.strip()
    title = re.sub(r"^The\s+", "", title)
    text = " ".join(sentence for _, sentence in document.sentences())
    # "The Hitler-Stalin Pact (1939)": a title that is the name alone, with its date, names it however the text does.
    bare_title = re.sub(r"\s*(?:\(\d{4}(?:-\d{2,4})?\)|\bof\s+\d{4})\s*$", "", title)
    for m in _TITLE_NAME.finditer(title):
        kind_word = m.group("kind")
        name = m.group("name").strip()
        forms = [name]
        if m.group("of"):
            # "Triple Alliance of Germany, ...": the parties are no part of a name whose head comes first.
            short = name[: len(name) - len(m.group("of"))].strip()
            if len(short.split()) > 1:
                forms.append(short)
        forms = [f for f in forms if len(f.split()) > 1 and (f.split()[0] != kind_word or m.group("of"))]
        written = [f for f in forms if re.search(rf"\b{re.escape(f)}\b", text)] or [f for f in forms if f == bare_title]
        if written:
            plural = singular(kind_word.lower()) != kind_word.lower()
            year = m2.group("year") if (m2 := _TITLE_YEAR.search(document.title)) else ""
            return written[0], _KINDS[singular(kind_word.lower())], plural, year
    return None


def _subject(name: str, plural: bool) -> str:
    pronoun = r"(?:[Tt]ogether\s+)?they|They" if plural else "[Ii]t"
    count = r"|(?:[Tt]he\s+)?(?:two|three|four)\s+(?:treaties|agreements|accords|documents)" if plural else ""
    return (rf"(?P<subject>(?:[Tt]he\s+)?{re.escape(name)}(?:\s+of\s+\d{{4}})?(?:\s+\([A-Z][^()]{{0,40}}\))?"
            rf"|[Tt]he\s+(?:{_INSTRUMENT_WORDS}){count}|{pronoun})")


def _act_verb(word: str) -> bool:
    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return word.islower() and any(lemma in ACT_VERBS for lemma in lemmas)


def _other_instrument(sentence: str, name: str) -> bool:
    """"... the Treaty of Berlin ...": another named instrument beside the subject, which "the treaty" may mean."""
    rest = sentence.replace(name, "")
    kinds = "|".join(k.capitalize() for k in _KINDS if k != "peace")
    return bool(re.search(rf"\b{_CAP}\s+(?:{kinds})s?\b|\b(?:{kinds})\s+of\s+[A-Z]", rest))


def _predicate(verb: str, rest: str, parties: str = "") -> str | None:
    """The act's verb phrase, cut at its first clause; None when it defines nothing.  With the parties named in the
    definition, "between them", "each other" and "the two kingdoms" point at them, not at the sentence before."""
    if not _act_verb(verb):
        return None
    predicate = _LATER_CLAUSE.split(_cut_predicate(f"{verb} {rest}"))[0]
    predicate = _AND_CLAUSE.split(predicate)[0].strip(" ,")
    checked = _TO_PARTIES.sub("", predicate) if parties else predicate
    if (_NEGATION.search(predicate) or _points_back(checked) or len(predicate.split()) > _MAX_WORDS
            or (_ONE_OF.match(predicate) and ":" not in predicate)):
        return None
    return predicate


def _definition(kind: str, plural: bool, year: str, parties: str, predicate: str) -> str | None:
    head = f"{kind.capitalize()}s" if plural else f"{'An' if kind[0] in 'aeiou' else 'A'} {kind}"
    dated = f" of {year}" if year else ""
    between = f" between {parties}" if parties and not _names_parties(predicate, parties) else ""
    act = f" that {predicate}" if predicate else ""
    return finish_definition(f"{head}{dated}{between}{act}")


def find_opening_act(document: Document, context: Context) -> list[Candidate]:
    """The title's instrument, defined by the act the essay's opening sentences say it did."""
    found = title_instrument(document)
    if found is None:
        return []
    name, kind, plural, title_year = found
    opening = opening_parties(document, name)
    follows_name = False
    pattern = re.compile(rf"^{_OPENER}{_subject(name, plural)}{_ASIDE}\s+{_ADVERB}"
                         rf"(?P<verb>[a-z]+)\s+(?P<rest>[^;]{{8,}}?)\.?$")
    for count, (section, sentence) in enumerate(document.sentences()):
        if count >= _OPENING_SENTENCES:
            break
        text = sentence.strip()
        after_name, follows_name = follows_name, name in text
        if _other_instrument(text, name):
            continue
        if count < _SIGNING_SENTENCES and not plural and (signed := _signed_opening(text, kind, title_year, opening)):
            return [_candidate(name, kind, signed, section, sentence)]
        if after_name and (was := _WAS.match(text)):
            np = _AND_CLAUSE.split(_cut_predicate(was.group("np")))[0].strip(" ,")
            if not (_NEGATION.search(np) or _points_back(np) or not _MIN_NP <= len(np.split()) <= _MAX_WORDS):
                if definition := finish_definition(np[0].upper() + np[1:]):
                    return [_candidate(name, kind, definition, section, sentence)]
        m = pattern.match(text)
        if not m:
            continue
        pronoun = m.group("subject").split()[-1].lower() in {"it", "they"}
        if pronoun and not (after_name or name in (m.group("opener") or "")):
            continue
        founding = " ".join(filter(None, (m.group("opener"), m.group("aside"))))
        parties = between.group("parties") if (between := _PARTIES.search(founding)) else opening
        predicate = _predicate(m.group("verb"), m.group("rest"), parties)
        if predicate is None and (but := _BUT.search(text)):
            predicate = _predicate(but.group("verb"), but.group("rest"), parties)
        if predicate is None:
            continue
        year = title_year or first_year(founding)
        definition = _definition(kind, plural, year, parties, predicate)
        return [_candidate(name, kind, definition, section, sentence)] if definition else []
    if opening and (definition := _definition(kind, plural, title_year, opening, "")):
        section, sentence = next(iter(document.sentences()))
        return [_candidate(name, kind, definition, section, sentence, _WHO_CONFIDENCE)]
    return []


# "representatives of Russia and Japan signed the treaty that ended the Russo-Japanese War", "the foreign ministers of
# Germany and the Soviet Union, A and B, signed a treaty of non-aggression in Moscow": the opening tells what the
# titled instrument is while telling who signed it, before it names it.
_SIGNED_THAT = re.compile(r"\b(?:signed|concluded|put\s+their\s+names\s+to)\s+(?:an?|the)\s+(?:peace\s+)?"
                          r"(?:treaty|agreement|pact|accord|convention|declaration|armistice|truce|peace|settlement)\s+"
                          r"that\s+(?P<verb>[a-z]+)\s+(?P<rest>[^;]{8,}?)\.?$")
_SIGNED_OF = re.compile(r"\bsigned\s+an?\s+(?P<np>(?:treaty|agreement|pact|convention)\s+of\s+[a-z][a-z-]+(?:\s+[a-z-]+)?)"
                        r"(?:\s+(?:in|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?\.?$")
_SIGNERS = re.compile(rf"(?:{_OFFICIALS})?(?P<states>{_STATES}){_PERSONS}\s+signed\b")
_SIGNING_SENTENCES = 2


def _signed_opening(text: str, kind: str, title_year: str, parties: str) -> str | None:
    """The definition an opening sentence gives while telling who signed the instrument, or None."""
    year = title_year or first_year(text)
    if m := _SIGNED_THAT.search(text):
        predicate = _predicate(m.group("verb"), m.group("rest"), parties)
        return _definition(kind, False, year, parties, predicate) if predicate is not None else None
    if m := _SIGNED_OF.search(text):
        signers = _SIGNERS.search(text)
        states = signers.group("states") if signers and not _TITLES.search(signers.group("states")) else ""
        by = f" signed by {_NEWLY.sub('', states)}" if states else " signed"
        where = f" in {m.group('place')}" if m.group("place") else ""
        when = f" in {year}" if year else ""
        if states or where or when:
            article = "An" if m.group("np")[0] in "aeiou" else "A"
            return finish_definition(f"{article} {m.group('np')}{by}{where}{when}")
    return None


def _candidate(name: str, kind: str, definition: str, section, sentence: str,
               confidence: float = CONFIDENCE) -> Candidate:
    kind_of = lexicon.KIND_HEADS.get(kind.split()[0]) or TermKind.DEFINED
    return Candidate(name, definition, kind_of, section, sentence, confidence, "pattern", mask=False)


OPENING_ACT = RULES.register(Rule(
    name="opening_act", priority=69, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_opening_act,
    examples=(
        finds("# The Treaty of Lindholm (1884)\n\nThe Treaty of Lindholm, signed on 4 May 1884 in Bergen, brought an "
              "end to the Fjord War of 1880 between Norway and Sweden.\n", "Treaty of Lindholm"),
        finds("# The Bergen Pact between Norway and Denmark (1931)\n\nIn 1931 the two kingdoms met to sign the Bergen "
              "Pact. Signed "
              "on 4 May, the pact settled the long quarrel over the northern fisheries.\n", "Bergen Pact"),
        finds("# The Harbour Declaration of 1966\n\nThe Harbour Declaration did not end the quarrel over the "
              "river, but it restored the old boundary and set out rules for shipping.\n", "Harbour Declaration"),
        # the instrument's story, not what it did
        misses("# The Treaty of Lindholm (1884)\n\nThe Treaty of Lindholm, signed in 1884, lasted for forty years "
               "and shaped the politics of the north.\n", "Treaty of Lindholm"),
        # a predicate that points back to the sentence before
        misses("# The Bergen Pact\n\nThe two kingdoms made peace. The Bergen Pact gave that reconciliation a "
               "formal structure.\n", "Bergen Pact"),
        # another treaty beside it: "the treaty" may be either
        misses("# The Treaty of Lindholm\n\nThe treaty, like the Treaty of Oslo before it, ended the war between "
               "the two kingdoms.\n", "Treaty of Lindholm"),
        # only the opening is read
        misses("# The Treaty of Lindholm\n\nThe war began in 1880. It spread. Fleets burned. Towns fell. Trade "
               "stopped. Winters were hard. The treaty ended the war between Norway and Sweden.\n",
               "Treaty of Lindholm"),
    ),
))
