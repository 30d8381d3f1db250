"""A denial turned round: "True or false? According to the text, a SOFA is a defence alliance and commits
either party to fight on the other's behalf." (keyed False).

Reads the sentences that deny something of their subject in the main clause: "X is not a Y", "X does
not commit ...", "X cannot be ...".  Such a sentence usually corrects the misreading a learner is most
likely to make (a status of forces agreement is no alliance; a law is a tendency, not a rule), so the
statement with the negation dropped is the claim the text exists to deny, keyed False; the sentence as
the text has it is its twin, keyed True.  A learner must know which way the text goes, so the level is
"understand".

Only when dropping the negation surely contradicts the text: every negation is one of the forms above
(a "never" is dropped too, "The transfer of weapons is never a purely commercial matter"; no "no", "nor",
"without", no contraction), it stands in the main clause (no relative or
subordinate clause opens before it: in "States that do not ratify are not bound" the two are not
independent; nor a participle's clause or a relative with no "that": "allowing astronomers to size stars they
cannot see as discs", test-dv), it is not a "not only", "not just", "not always", "not until" or "not X but Y" (where
dropping it says something else, not the opposite), and the sentence reads alone (the rubric).  Of two
sides joined by a colon only the one that holds the negation is used: the other explains or introduces
it and would contradict the turned claim (raters on test-f).  A turned claim is cut after its clause where a
second predicate or a "not" left in it would refute it ("Consumers can make their own food [and must eat
other organisms]"; raters on test-i and test-k), and a claim about some cases only ("Some states do not
...") is not turned: "some states do" is not denied by the text.  A clause linked after the denial by a
comma goes too: a reason or a consequence ("The dead cannot be counted exactly, because few records survive")
refutes the turned claim, and a second claim ("..., and they can remain dangerous for decades") bundles a
true claim with the false one (raters on test-s, test-p, test-l).  A denial of "alone" or "solely" is not
turned, nor a subject's "alone" ("Principles alone do not run a river", test-ad-r2): "threatened by armies
alone" is denied by common sense, no reading needed (test-q).  Nor is a
denial whose clause holds a word that needs the "not" ("would not reach school until 09:15": without it no
English), nor one inside a side of "or" (the text asserts neither side; turned, the other side keeps it true:
a wrong key), and a denial that opens a list loses the whole list after it, not only its "and" (test-v, test-w).

A denial followed by a clause of its own that says what holds instead (", but they make it easier to keep",
"; instead, they change ...", "; they require ...") is asked alone, as a ", yet" clause already was
(``denial_before_instead``): it is the shape essays use most to correct a misreading ("Ceasefire observers do
not make peace, but ..."), and the turned denial alone is the claim the text exists to deny.  Not when the
"but" opens a noun phrase (", but an active life": the contrast family's "not A but B"), when the second clause
denies too, or when a true clause stands before the denial in the same sentence.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.semantics import zipf
from lessontext.words import getAllLemmas, getInflection, past_participle, singular

from ..candidate import Candidate
from ..context import leans_on_context
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..incidental import framing_sentence, summary_sentence
from ..phrasing import lift
from ..prose import is_verb
from ..rules import NEGATION_DROPPED_FALSE, NEGATION_STATEMENT
from ..statements import hedged, opening_sentence, worked_line
from ..text import ANAPHORIC_OPENERS, EVERYDAY_ZIPF, has_markdown_residue, words
from . import FAMILIES
from .rather_than import bare_definite_subject, statement_twins
from .true_statement import TRUE_STATEMENT_CONFIDENCE

CONFIDENCE = {NEGATION_DROPPED_FALSE: 0.56, NEGATION_STATEMENT: TRUE_STATEMENT_CONFIDENCE}

# "is not", "does not commit", "cannot": a negation of the verb, and what replaces it.
_NOT = re.compile(r"\b(?:(?P<aux>is|are|was|were|has|have|had|can|could|may|might|must|should|will|would)\s+not"
                  r"|(?P<cannot>cannot)|(?P<do>does|do|did)\s+not\s+(?P<verb>[a-z]+)|(?P<never>never)\s+(?=[a-z]))\b", re.I)
# "must never", "should never": a rule of conduct, whose turned form ("An embankment must be overtopped", "used batteries
# should go in household rubbish") is an absurd duty, not a misreading (rejected by both raters on test-eb and test-da;
# "Love, for Jane, must not become a comfortable form of dependence" turned was accepted by both on test-cn).
_PROHIBITION = re.compile(r"\b(?:must|should|ought\s+to)\s+never\b", re.I)
# Negations this family cannot turn round; a second clause that says what holds instead ("but", "instead",
# a semicolon), where the turned sentence contradicts itself; a warning not to confuse two things.
_OTHER_NEGATION = re.compile(r"\b(?:no|nor|neither|none|nothing|nobody|without|hardly|barely)\b|n't\b", re.I)
_SECOND_CLAUSE = re.compile(r"\b(?:but|instead|rather|however|confused|mistaken)\b|;", re.I)
# After "not", a word that makes the negation something else than a plain denial; or a figure of speech the denial
# corrects, which turned is no claim of the text ("The formula is not magic", "the new varieties were not magic":
# "... is magic", rejected by both raters on test-cp and test-cs).
_NOT_PLAIN = frozenset("""
    only just merely simply necessarily always all every least until yet even so as to because that confused
    mistaken necessary entirely fully quite again before since magic magical miraculous foolproof
    """.split())
# Words that open a clause of their own: a negation after one is not in the main clause.
_SUBORDINATORS = frozenset("""
    that which who whom whose if unless when whenever because although though while whereas whether where
    since once until before after as what how why so
    """.split())
# Words that open a clause restricting where or when the first denial holds: a second denial after one is
# its condition, not a claim of its own.
_CONDITIONS = frozenset("where wherever when whenever if unless until once that which who whom whose".split())
# "may not" and "might not" deny a possibility only when they forbid ("members of Congress may not hold
# executive office"); read as a possibility ("projects chosen to suit the donor may not match the
# community's priorities") the turned form "may match" is no opposite but still true, a wrong key (both
# raters on test-n).  The two readings cannot be told apart here, so neither is turned (the forbidding one
# cost one item raters accepted, on test-f).  "could not" and "would not" are as doubtful: an inability or a
# hypothetical tied to its setting ("A private firm could not make a profit" from selling a public good), turned, a
# claim true in general or read as a guess (both raters on test-ce, reject; on every rated set 5 accept, 14 minor and
# 9 reject ratings of 28, against half accepted as is for the family).
_POSSIBILITY = frozenset({"may", "might", "could", "would"})
# "not ... alone", "not ... solely", "not ... overnight": turned, an absolute claim (one thing does it all, all at
# once) that common sense denies without the text (raters on test-q: "the security of a nation is threatened by armies alone", trivial).
_ALONE = re.compile(r"\b(?:alone|solely|exclusively|by itself|by themselves|on its own|on their own|overnight"
                    r"|at once)\b", re.I)
# Words that need a negation before them (negative-polarity items): with the "not" gone the clause is no
# English ("she would not reach school until 09:15" -> "she would reach school until 09:15", "is not used any
# longer" -> "is used any longer"; raters on test-w: ungrammatical), nor "for long" at a clause's end ("did not
# remain united for long" -> "remained united for long"; "for long periods" reads).  Not "any" alone: "applies to
# any state" reads.  Read from the negation to its clause's end.
_NEEDS_NEGATION = re.compile(r"\b(?:until|till|anymore|any\s+(?:more|longer|particular)|ever|yet|at\s+all|whatsoever|in\s+years"
                             r"|either(?=\s*(?:[,;:.!?]|$))|for\s+long(?=\s*(?:[,;:.!?]|$)))\b", re.I)
# A clause joined by "or": the text asserts neither side alone, so a denial inside one is no claim of the text,
# and the turned sentence stays true by the other side ("cells stop responding to insulin, or the pancreas
# does not make enough" -> "..., or the pancreas makes enough"; raters on test-w: a wrong key).
_CLAUSE_OR = re.compile(r"(?:,\s*|\b)(?:either\b|or\b)", re.I)
# A concession after the denial ("has not exported mines since 1992, although in 2024 it supplied some", "is not
# found in the valley, except after floods"): it names the cases where the denied thing does happen, so the turned
# claim is partly true by the text's own sentence (both raters on test-an: a wrong key).
_CONCESSION = re.compile(r"(?:,\s*|\s)(?:although|though|even\s+though|except|apart\s+from|other\s+than|save\s+for)\b", re.I)
# A clause joined after a comma whose subject is some members of a class only ("..., and several planned joint
# purchases did not go ahead"): turned, "several went ahead" is not denied by the text (raters on test-bb).
_JOINED_HEDGE = re.compile(r"^\s*(?:(?:and|but|yet|while|so)\s+)?(?:some|many|several|certain|a\s+few)\s+(?!of\b)", re.I)
MAX_NEGATIONS = 2
# A denial inside a phrase, not a main clause: after a comma, in a participle's clause ("..., allowing astronomers to
# ..."; a gerund that opens the sentence is its subject: "Counting languages is not straightforward"), or in a relative
# with no "that", a pronoun right after its noun ("the stars they cannot see"; not after an opening phrase: "In winter
# they do not ...").
_PARTICIPLE_CLAUSE = re.compile(r"^\s*[a-z]+ing\s+(?!(?:is|are|was|were|has|have|can|does|do|did)\b)", re.I)
_CONTACT_RELATIVE = re.compile(
    r"^(?!\s*(?:in|on|at|during|for|by|after|before|from|with|under|over|through|since|until|among)\b)"
    r".*\b(?!(?:and|but|or|so|yet|that|which|because|if|when|then|where)\b)[a-z]{3,}\s+(?:they|we|you|he|she)\s*$", re.I)
# A clause whose subject is the reader or people in general: "we", "you", "one".
_GENERIC_PERSON = re.compile(r"^\s*(?:(?:and|but|yet|so)\s+)?(?:we|you|one)\b", re.I)
# Words from the turned verb to a comma for the clause before it to stand alone ("could easily provide themselves").
MIN_CLAUSE_WORDS = 3
MAX_WORDS = 30
# An opening denial shorter than this is the text's hook (``rhetorical_opener``).
MIN_OPENING_WORDS = 8


def _replacement(m: re.Match) -> str | None:
    """The words that say what the negated words deny ("is not" -> "is", "does not commit" -> "commits")."""
    if m.group("never"):
        return ""  # "India, Pakistan and Israel never joined" -> "... joined"
    if m.group("aux"):
        return m.group("aux")
    if m.group("cannot"):
        return m.group("cannot")[:3]
    verb, do = m.group("verb"), m.group("do").lower()
    if not getAllLemmas(verb.lower()).get("VERB"):
        # "does not usually kill": the word after "not" is no verb, and inflected it is no word ("usuallies
        # kill": both raters on test-ay, broken English)
        return None
    if do == "do":
        return verb
    form = getInflection(verb, "VBZ" if do == "does" else "VBD")
    return form[0] if form and zipf(form[0]) > 0 else None


# "is never" / "are never" before a participle: a present passive that denies any case ("Energy is never created or
# destroyed").  Dropped, "never" leaves a habitual passive that reads oddly ("energy is created or destroyed"); its
# opposite is a possibility, "Energy can be created or destroyed" (both raters on test-z: the wording a teacher writes).
_PRESENT_BE = re.compile(r"\b(?:is|are)\s+$", re.I)


# A word only a denial takes: with the "not" dropped it is ungrammatical or says nothing ("proves anything").
_NEGATIVE_POLARITY = re.compile(r"\b(?:anything|anyone|anybody|anywhere|at\s+all)\b", re.I)


def negation_dropped(sentence: str) -> str | None:
    """``sentence`` with its main-clause negations dropped, or None when that is not surely its opposite."""
    found = list(_NOT.finditer(sentence))
    if not 1 <= len(found) <= MAX_NEGATIONS or _OTHER_NEGATION.search(sentence) or _SECOND_CLAUSE.search(sentence) \
            or len(words(sentence)) > MAX_WORDS:
        return None
    before = [w.lower() for w in words(sentence[: found[0].start()])]
    if not before or set(before) & _SUBORDINATORS:
        return None
    if any(m.start() and re.search(r"\b(?:Not|Never|Cannot)\b", m.group(0)) for m in found):
        return None  # "the phrase "Please Do Not Throw ..."": a title or a mnemonic, no claim (both raters on test-dn)
    if _CLAUSE_OR.search(sentence[: found[0].start()]) or re.search(r",\s*or\b", sentence[found[0].end():], re.I):
        return None  # "A, or B does not C" / "A does not B, or C": a disjunction, neither side asserted
    if _NEGATIVE_POLARITY.search(sentence, found[-1].end()):
        return None  # "are not trying to overturn anything" -> "trying to overturn anything": no sentence (test-dr)
    if _CONCESSION.search(sentence, found[0].end()):
        return None  # "..., although in 2024 it did": the exception the turned claim would be true of
    if len(found) > 1 and re.search(r",\s+and\s", sentence[found[-1].end():]):
        return None  # "are not flat, are not spread evenly, and rivers distort the pattern": a list of denials and a claim
    out, at = [], 0
    for m in found:
        if at and set(w.lower() for w in words(sentence[at: m.start()])) & _CONDITIONS:
            # "cannot work where teams cannot go": a denied condition; both turned, the converse the text
            # implies ("can work where teams can go"), a wrong key (both raters on test-ag). A reason
            # ("does not work, because the temperature is not changing") turns with its claim.
            return None
        after = words(sentence[m.end():])
        if (m.group("verb") or (after[0] if after else "")).lower() in _NOT_PLAIN:
            return None
        if (m.group("aux") or "").lower() in _POSSIBILITY:
            return None
        if m.group("never") and re.search(r",\s*$", sentence[: m.start()]) \
                and not (after and getAllLemmas(after[0].lower()).get("VERB")):
            return None  # "causes attraction, never repulsion" -> "attraction, repulsion": a contrast, no clause (test-bx)
        subject = re.split(r"[,;:]", sentence[: m.start()])[-1]
        if _GENERIC_PERSON.match(subject):
            # "we cannot see the field", "you cannot buy 5.97 litres": turned, everyday experience answers it, not
            # the lesson (both raters on test-bx, test-ac, test-ax, test-ar: reject)
            return None
        if _JOINED_HEDGE.match(subject):
            return None  # "..., and several planned purchases did not go ahead": "several went ahead" is true too
        if _CONTACT_RELATIVE.search(subject) or _PARTICIPLE_CLAUSE.match(subject) and subject != sentence[: m.start()]:
            # "..., allowing astronomers to calculate the sizes of stars they cannot see as discs": a denial inside a
            # participle's clause or a relative with no "that", turned, no opposite (both raters on test-dv: wrong key)
            return None
        if _ALONE.search(sentence, m.end()) or _ALONE.search(subject):
            # "is not threatened by armies alone" -> "by armies alone"; "Principles alone do not run a river" ->
            # "principles alone run a river" (raters on test-ad-r2): an absolute no reader believes
            return None
        clause_end = re.search(r"[,;:!?]|\.(?=\s|$)|$", sentence[m.end():]).start() + m.end()
        if re.search(r"\bunless\b", sentence[m.end(): clause_end], re.I):
            # "A triangle cannot change its shape unless one of its sides changes length": turned, "can change ...
            # unless" is no claim at all (both raters on test-cz: nonsense)
            return None
        if _NEEDS_NEGATION.search(sentence[m.end(): clause_end]):
            return None  # "would not reach school until 09:15": without "not", no English
        replacement = _replacement(m)
        if replacement is None or not replacement and not m.group("never"):
            return None
        passive = _PRESENT_BE.search(sentence[at: m.start()]) if m.group("never") else None
        if passive and past_participle(after[0] if after else ""):
            out += [sentence[at: at + passive.start()], "can be "]  # "Energy is never created" -> "Energy can be created"
        else:
            out += [sentence[at: m.start()], replacement]
        at = m.end()
        if m is found[-1] and m.group("do") and m.group("do").lower() != "do":
            coordinated = _inflect_coordinated(sentence[at: clause_end], m.group("do").lower())
            if coordinated is None:
                return None
            out.append(coordinated)
            at = clause_end
    out.append(sentence[at:])
    return "".join(out)


# "does not carry out its own research or run its own models": a bare verb after "or"/"and" before its object shares
# the denied "does"; turned, it takes the same form ("... or runs its own models"; both raters on test-cj: "'run'
# needs 'runs'").
# A word that is a noun too ("run", "work") counts before a determiner only.
_COORDINATED_VERB = re.compile(r"\b(?:or|and)\s+(?P<verb>[a-z]+)\b(?P<object>(?=\s+(?:its|their|the|a|an|his|her|any|our|this|these|those|it|them|him)\b))?")


def _inflect_coordinated(rest: str, do: str) -> str | None:
    """``rest`` of a clause after a dropped "does not" / "did not", its coordinated bare verbs inflected alike; None
    when one cannot be."""
    out, at = [], 0
    for m in _COORDINATED_VERB.finditer(rest):
        verb = m.group("verb")
        lemmas = getAllLemmas(verb)
        if verb not in lemmas.get("VERB", ()) or "NOUN" in lemmas and m.group("object") is None:
            continue  # not a bare verb ("or carried out", "and the", "and work")
        form = getInflection(verb, "VBZ" if do == "does" else "VBD")
        if not form:
            return None
        out += [rest[at: m.start("verb")], form[0]]
        at = m.end("verb")
    out.append(rest[at:])
    return "".join(out)


def denied(statement: str, turned: str) -> tuple[str, str]:
    """(what the text denies, from its first negation to the clause's end; the same words turned round)."""
    start = _NOT.search(statement).start()
    end = re.search(r"[,;:.!?]|\sand\s|$", statement[start:]).start() + start
    shift = len(statement) - len(turned)
    return statement[start:end].strip(), turned[start:end - shift].strip()


def names_the_topic(toks: list[str], title: str) -> bool:
    """ "The regimes are ..." in a lesson titled "Export Control Regimes": the bare noun is the topic's."""
    return len(toks) > 1 and any(singular(toks[1].lower()) == singular(w.lower()) for w in words(title))


def readable(sentence: str, title: str = "") -> bool:
    """The sentence names its subject and states something: no opening pointer, no bare "The conclusion
    does not ..." (of what?) unless its noun is the lesson's topic, no framing or summary, and no noun phrase
    alone (a list item's "a substance that increases the rate ...", whose label was its subject)."""
    toks = words(sentence)
    vague = bare_definite_subject(toks) and not names_the_topic(toks, title)
    return bool(toks) and toks[0].lower() not in ANAPHORIC_OPENERS and not vague and not (
        "?" in sentence or framing_sentence(sentence) or summary_sentence(sentence) or has_markdown_residue(sentence)
        or leans_on_context(sentence, title) or _NOUN_PHRASE_ONLY.match(sentence) or _NAME_THEN_RELATIVE.match(sentence))


# "a substance that increases the rate of a reaction ...": a noun and its relative clause, no verb of its own.
_NOUN_PHRASE_ONLY = re.compile(
    r"^(?:an?|one)\s+(?:(?!(?:is|are|was|were|has|have|had|can|may|must|will|does|do)\s)[a-z][\w'-]*\s+){0,4}?"
    r"(?:that|which|who|whose)\s", re.I)
# "the Protocol on Environmental Protection, signed in Madrid in 1991, which designates ...": a name, its aside,
# then a relative clause: the list item names a thing and says nothing of it in a clause of its own.
_NAME_THEN_RELATIVE = re.compile(r"^(?:the\s+)?[A-Z][^,;]*,\s+[a-z]+(?:ed|en)\b[^,;]*,\s+(?:which|who)\s", re.I)


# A sentence adverb before the claim ("Crucially, the regimes are not treaties"): emphasis, not content.
_OPENING_ADVERB = re.compile(r"^[A-Z][a-z]+ly,\s+(?=[A-Za-z])")


def without_opening_adverb(statement: str) -> str:
    """``statement`` without an opening "Crucially," or "Importantly,"."""
    rest = _OPENING_ADVERB.sub("", statement, count=1)
    return rest if rest == statement else rest[:1].upper() + rest[1:]


# After a denial, a clause of its own that says what holds instead: ", but they make it easier to keep", "; instead,
# they change ...", "; they require ..." (a subject opens it: ", but not X" and ", but also X" are no clause).
_WHAT_HOLDS_INSTEAD = re.compile(r"(?:,\s+but|;\s+instead,?|;)\s+(?P<next>[\w’'-]+)")
# The words that open a clause of its own after "but" or a semicolon: a pronoun or a pointer as its subject, or a
# name.  Not an article: ", but an active life in which ..." sets a noun phrase against the denied one.
_SUBJECT_OPENERS = frozenset("it they he she we there this these those its their his her".split())
# A closing ", however": the sentence answers the one before it, its claim stands alone.
_CLOSING_HOWEVER = re.compile(r",\s+however(?=\s*[.!?]?\s*$)", re.I)


def denial_before_instead(statement: str) -> str:
    """Of a denial followed by a clause that says what holds instead, the denial alone, as a sentence ("Observers
    do not make peace, but they make it easier to keep" -> "Observers do not make peace."): with the turned claim,
    the second clause reads as a concession ("observers make peace, but they make it easier to keep"), and the
    denial is what the sentence exists to correct.  A closing ", however" goes too.  The statement itself when the
    denial is not in the first clause or the second clause denies as well."""
    statement = _CLOSING_HOWEVER.sub("", statement)
    m = _WHAT_HOLDS_INSTEAD.search(statement)
    if m is None:
        return statement
    first, rest = statement[: m.start()], statement[m.start():]
    opens_clause = m.group("next").lower() in _SUBJECT_OPENERS or m.group("next")[:1].isupper() or "instead" in m.group(0)
    denial = _NOT.search(first)
    if not opens_clause or denial is None or _NEGATION_WORD.search(rest):
        return statement
    if linked_clause(first, 0) is not None and linked_clause(first, 0) < denial.start():
        return statement  # "..., and the list seats do not compensate; ...": a true clause bundled before the denial
    return first.rstrip(" ,;") + "."


def negated_clause(statement: str) -> str:
    """Of a sentence joined by a colon, the side that holds the negation, as a sentence: the other side
    explains or introduces it, and beside the turned claim it contradicts it ("most collisions are
    successful: the particles simply bounce apart", "The separation extends to personnel: members of
    Congress may hold ..."; raters on two test-f documents: the false form gives itself away)."""
    if ": " not in statement:
        return statement
    before, after = statement.split(": ", 1)
    if bool(_NOT.search(before)) == bool(_NOT.search(after)):
        return statement
    side = before.rstrip() + "." if _NOT.search(before) else after.strip()
    return side[:1].upper() + side[1:]


_VERB_AFTER_AND = re.compile(r"^\s*and\s+(?:(?:also|then|so)\s+)?([a-z]+)\b")
_MODAL_WORDS = frozenset("can could may might must should will would shall is are was were has have had".split())
_NEGATION_WORD = re.compile(r"\b(?:not|no)\b", re.I)


def turned_clause(turned: str, start: int) -> str:
    """The turned statement cut after the clause it denied (from ``start``, where its negation was) when
    what follows would refute it: a second predicate of the same subject ("Consumers can make their own
    food and must eat other organisms"), or a "not" the turn left ('the event "A happens", written as A′ or
    "not A"').  Raters on test-i and test-k: the false form contradicts itself and gives itself away.  A
    clause linked after it by a comma (``linked_clause``: a reason, a consequence, a second claim) goes too,
    and so does the rest of a list the denied clause opens ("gain access to training they could not easily
    provide themselves, exposure to ..., and a network ...": cut inside the list it lost its "and", raters on
    test-v), from the comma after it."""
    link = linked_clause(turned, start)
    comma = turned.find(",", start)
    if comma >= 0 and (link is None or comma < link) and len(words(turned[start:comma])) >= MIN_CLAUSE_WORDS \
            and re.search(r"\b(?:and|or)\b", turned[comma:]):
        link = comma  # "training they could easily provide themselves[, exposure to ..., and a network ...]": a list
    if link is not None:
        turned = turned[:link].rstrip(" ,;:") + "."  # "the dead can be counted exactly[, because few records survive]"
    end = start + re.search(r"[,;:!?]|\.(?=\s|$)|\s(?=and\s)|$", turned[start:]).start()
    rest = turned[end:]
    following = _VERB_AFTER_AND.match(rest)
    # A modal or an inflected verb ("and must eat", "and needs"): a predicate of the subject; a bare verb
    # may close the clause's own object ("something you write once and forget").
    verb = following.group(1) if following else ""
    second_predicate = verb in _MODAL_WORDS or verb not in getAllLemmas(verb).get("VERB", (verb,))
    if not (second_predicate or _NEGATION_WORD.search(rest)):
        return turned
    return turned[:end].rstrip(" ,;:") + "."


# A comma, then a clause of reason or consequence, or a second clause ("because" needs no comma: "The letter is not
# delivered because the messenger is shut in", both raters on test-br): "The dead cannot be counted exactly,
# because few records survive", "The agreement did not end rivalry at sea, and incidents continued to occur".
# ", which makes harvesting a difficult compromise": a comment on the whole clause, a consequence too (test-cx).
_LINKED_CLAUSE = re.compile(r"(?:,\s+|\s+(?=because\b))(?P<link>because|since|so|thus|hence|therefore|and|yet"
                            r"|which(?=\s+(?:makes|made|means|meant|explains|is\s+why|was\s+why|leads|led|causes|caused)\b))"
                            r"\s+(?P<next>[\w’'-]+)"
                            r"(?:\s+(?P<then>[\w’'-]+))?(?:\s+(?P<third>[\w’'-]+))?", re.I)
# Links that join a clause only where a subject of its own follows ("..., and they can remain dangerous"); before
# a bare word they may join two objects ("soldiers, and farmers").
_JOINS_OBJECTS = frozenset({"and", "yet"})
_CLAUSE_OPENERS = frozenset("the a an this that these those its their his her it they he she there we".split())


def linked_clause(statement: str, start: int) -> int | None:
    """Where a clause linked after ``start`` begins (at its comma), or None: a reason or a consequence ("...,
    because few records survive", "..., so their walls are thinner") or a second claim with a subject of its
    own ("..., and incidents continued to occur", "..., and they can remain dangerous for decades", "..., yet it
    can buy time", "..., and surveys estimate that ...": raters on test-ak, the turned claim "contradicts its second
    clause").  Beside a turned claim it refutes it, or it is a true claim bundled with the false one:
    raters rejected "the dead can be counted exactly, because few records survive" (test-s), "the agreement
    ended rivalry at sea, and incidents continued to occur" (test-p) and asked to drop the second clause
    (test-p, test-l, the reversal study: "trim it to the causal claim")."""
    for m in _LINKED_CLAUSE.finditer(statement, start):
        if m.group("link").lower() not in _JOINS_OBJECTS:
            return m.start()
        first, then, third = m.group("next"), m.group("then") or "", m.group("third") or ""
        if then.endswith("ly"):
            then = third  # "economists generally assume": an adverb before the verb
        if first.lower() in _CLAUSE_OPENERS or first[:1].isupper() or then and is_verb(then, first):
            return m.start()
        if third.lower() == "that" and getAllLemmas(first.lower()).get("NOUN") and getAllLemmas(then.lower()).get("VERB"):
            return m.start()  # "..., and scientists estimate that half of the world is fed ...": a verb of saying
    return None


# "A coffee bean is not really a bean.": a riddle the text answers next, whatever its length (test-cx, both raters).
_NOT_REALLY = re.compile(r"\bnot\s+(?:really|actually|truly)\b", re.I)


def rhetorical_opener(sentence: str, course: CourseView) -> bool:
    """A short denial that opens the text ("Oil does not respect maritime boundaries.", "Disease knows no
    borders."): a hook, often a figure of speech, that the essay goes on to unpack.  Turned round ("oil respects
    maritime boundaries") it is denied by common sense, no reading needed (both raters on test-aj and test-aj-r2:
    trivial, not worth asking), and so is one that says a thing is "not really" what it is called ("A coffee bean is
    not really a bean.", test-cx: kept True, it asks a riddle).  A longer opening denial corrects a belief a learner may hold ("Volcanic ash is
    not soft like the ash from a fire", accepted on test-ah-r2; "In logic, an argument is not a quarrel"), and so
    does a short one that opens a section ("Long-term memory is not one system"): both are turned.  A short one in
    everyday words only is a figure of speech wherever it stands ("Time was not kind to everything.")."""
    short = len(words(sentence)) < MIN_OPENING_WORDS
    return (short or _NOT_REALLY.search(sentence) is not None) and sentence == opening_sentence(course) or short and min(
        zipf(w.lower()) for w in words(sentence)) >= EVERYDAY_ZIPF  # a figure of speech: "Time was not kind to
    # everything." (both raters on test-dy: trivial, common sense denies it turned)


def negation_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for section, sentence in lesson.sentences:
        statement = denial_before_instead(negated_clause(without_opening_adverb(lift(sentence))))
        if not readable(statement, lesson.document.title) or worked_line(sentence, course):
            continue  # "7 counters are not blue, and 7 ÷ 10 = 0.7": an example's check line
        if rhetorical_opener(sentence, course):
            continue  # "Oil does not respect maritime boundaries.": the essay's hook, not a claim to turn
        if _PROHIBITION.search(statement):
            continue  # "An embankment must never be overtopped": turned, a duty nobody would believe (test-eb, both raters)
        turned = negation_dropped(statement)
        if turned is None or hedged(statement, modal=False):
            continue  # "Some states do not ratify ...": "some states ratify" is true as well
        said, claimed = denied(statement, turned)
        if len(_NOT.findall(statement)) == 1:  # two denials turned together stay together
            turned = turned_clause(turned, _NOT.search(statement).start())
        yield from statement_twins(
            ((turned, False, NEGATION_DROPPED_FALSE, claimed), (statement, True, NEGATION_STATEMENT, said)),
            course=course, section=section, sentence=sentence, said=said, kind="negation",
            claim=f"negation:{sentence}", confidence=CONFIDENCE,
        )


AGREEMENTS = """# Status of Forces Agreements

## What a SOFA is not

A status of forces agreement is not a defence alliance and does not commit either party to fight.
Duverger's law cannot explain every party system in the world.
"""

# A negation in a relative clause, a "not only", "not X but Y", a "never again": dropping it says something else.
NOT_PLAIN = """# Treaties

## Limits

States that do not ratify the treaty are bound by custom.
The clause is not only a legal text but also a political signal.
A clause is not an automatic trigger but a political obligation.
Neutral states never again joined military alliances in peacetime.
"""

# A short denial that opens the text is its hook; a longer one, or one that opens a section, corrects a belief.
OPENERS = """# Rivers and Trade

Rivers do not stop at frontiers. Water is not a commodity like any other, whatever its price on a market.

## Dams

Dams do not end floods. A dam upstream cannot store every flood that a wet spring brings.
"""

# A prohibition turned is a duty nobody would believe.
PROHIBITION = """# Dams

## Overtopping

An embankment must never be overtopped, because flowing water quickly erodes loose material.
"""

RIDDLE = """# Coffee

A coffee bean is not really a bean. It is the seed of a fruit.
"""

LONG_OPENER = """# Glaciers

A glacier is not a frozen lake that stays in one place for centuries.
"""

# A reason linked after the denial: the turned claim is asked without it; "alone" denied is not turned.
RECORDS = """# Plague

## Counting

The losses of the old wars cannot be counted exactly, because few parish records survive.
The fruit on a single branch does not ripen at the same time, which makes harvesting a difficult compromise.
The safety of a port is not threatened by storms alone.
Good maps alone do not win a campaign.
"""

# A denial of what people in general can do, and a contrast set off by a comma: neither turns into a claim.
SENSES = """# Magnets

## Fields

We cannot see a magnetic field around a bar magnet in the classroom.
An induced magnet always causes attraction, never repulsion, in a piece of iron.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="negation",
    priority=48,
    scope=LESSON,
    build=negation_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(AGREEMENTS, NEGATION_DROPPED_FALSE,
              "According to the text, a status of forces agreement is a defence alliance and commits either party to fight."),
        makes(AGREEMENTS, NEGATION_DROPPED_FALSE, "Duverger's law can explain every party system in the world."),
        makes(AGREEMENTS, NEGATION_STATEMENT, "is not a defence alliance and does not commit either party to fight."),
        makes_no(NOT_PLAIN),
        makes(RECORDS, NEGATION_DROPPED_FALSE, "the losses of the old wars can be counted exactly."),
        makes_no(RECORDS, NEGATION_DROPPED_FALSE, "because few parish records survive"),
        makes(RECORDS, NEGATION_DROPPED_FALSE, "the fruit on a single branch ripens at the same time."),
        makes_no(RECORDS, NEGATION_DROPPED_FALSE, "storms alone"),
        makes_no(RECORDS, NEGATION_DROPPED_FALSE, "maps alone win"),
        makes_no(OPENERS, NEGATION_DROPPED_FALSE, "rivers stop at frontiers"),
        makes_no(RIDDLE),
        makes_no(PROHIBITION),
        makes(OPENERS, NEGATION_DROPPED_FALSE, "water is a commodity like any other"),
        makes(OPENERS, NEGATION_DROPPED_FALSE, "dams end floods"),
        makes(LONG_OPENER, NEGATION_DROPPED_FALSE, "a glacier is a frozen lake that stays in one place"),
        makes_no(SENSES, NEGATION_DROPPED_FALSE),
    ),
))
