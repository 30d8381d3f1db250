"""Contrast: "According to the text, which of these connects devices within one network?".

Reads the sentences of the lesson that set two things against each other:
"A <does P>, while/whereas B <does Q>" and "Unlike A, B <does Q>".  The
question asks which thing does Q; the key is B and the contrasted A is the
natural distractor (a learner who has not told them apart picks it).  The stem
does not name A (an option the stem already rules out is no distractor).  A
reason the text adds ("... because NaOH releases OH⁻ ions") is left out of the
stem: it often names the key another way; a predicate that still carries a
symbol or abbreviation (a formula, an acronym) is not asked.  The one further
distractor is the lesson's term (glossary term, labelled item, defined
subject) closest in meaning to the two sides, and only when it is close enough
to be of their kind and shares no word with the key (a "duty of care" beside
"duties in tort" may be a kind of the key, hence true); without one, no item.  The item asks a learner to tell
two things apart, so its level is "understand".

The same sentences make true/false items: the claim of one side said of the other ("According to
the text, a switch forwards packets between networks.", keyed False) and of its own (True).  The
verb must fit the other side (its number from its own verb when the text gives one: "Contractual
duties are ..., whereas duties in tort are ..."), and a claim whose pronoun has no noun before it
("continue to use them") or a side that is a share of something ("Several European states") makes
no item of either form.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ...semantics import similarity, specificity
from ...words import singular, word_pos
from ..candidate import Candidate
from ..context import leans_on_context
from ..course import CourseView, LessonView
from ..definitions import defining_phrase
from ..distractors import pick_distractors
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import synonymous
from ..phrasing import true_false_stem
from ..prose import _lemmas, is_verb
from ..rules import CONTRAST, CONTRAST_STATEMENT, CONTRAST_SWAP_FALSE
from ..sequel import points_back, without_conclusion
from ..text import (
    ANAPHORIC_OPENERS,
    STOPWORDS,
    content_stems,
    content_words,
    has_markdown_residue,
    is_plural,
    norm,
    word_count,
    words,
)
from ..types import GlossaryEntry, QuestionType
from . import FAMILIES
from .true_statement import TRUE_STATEMENT_CONFIDENCE

# A claim that classes one side only (test-ce): no swap.
HEARSE = ("# A poem\n\n## Images\n\nThe poem ends with a harsh image. Marriage is usually linked to love and new life, "
          "while a hearse is a vehicle that carries a coffin.\n")

CONFIDENCE = {CONTRAST: 0.56, CONTRAST_SWAP_FALSE: 0.58, CONTRAST_STATEMENT: TRUE_STATEMENT_CONFIDENCE}
SWAP_CONFIDENCE = CONFIDENCE
# A side that opens with one of these is a share of something ("Several European states"), not a term.
_QUANTIFIERS = frozenset("several some many most few other others all each every certain various".split())

_WHILE = re.compile(r"^(?P<a>[^;:]+?),\s+(?:while|whereas)\s+(?P<b>[^;:]+?)[.!?]?$")
_UNLIKE = re.compile(r"^Unlike\s+(?P<a>[^,;:]{2,60}),\s+(?P<b>[^;:]+?)[.!?]?$")
_ARTICLES = ("a ", "an ", "the ")
# Verbs a subject is followed by (a subject is the words before the first of them).
_AUX = frozenset("is are was were has have had can could may might must will would does do did".split())
MAX_SUBJECT_WORDS = 5
_PRONOUNS = frozenset("it its they them their he she him his her we us our you your".split())
MIN_PREDICATE_WORDS = 3
# A further distractor is at least this similar in meaning to the key or the contrasted thing
# (wordllama cosine: a term of the same kind scores about 0.15 and more, another subject about 0).
MIN_KIN = 0.12
# A one-word option less specialised than this (``specificity``) is an everyday word, no term of the lesson.
EVERYDAY = 0.45
# "as" gives a reason only after a comma ("is known as the ITB policy" keeps its "as").
_REASON = re.compile(r"(?:,\s+(?:because|since|as|so that|which is why)|\s+(?:because|since|so that|which is why))\s+.*$")
# A symbol or abbreviation ("NaOH", "OH⁻", "HCl"): it may name the key another way.
_SYMBOLIC = re.compile(r"\b[A-Za-z]*[A-Z][a-z]?[A-Z][\w⁺⁻₀-₉]*|[⁺⁻₀-₉]")


# A clause that opens with one of these is subordinate ("If a source vibrates faster, ..."): a condition or
# a time, not a side of the contrast (raters on test-g: key "If a source", rejected by both).
_SUBORDINATORS = frozenset("if unless when whenever once although though because since until before after as".split())


# A clause joined to another before "while": "while" sets its side against the nearer clause, and the first
# clause's subject swapped in is nonsense (test-h raters: "North Korea sent troops to support the North").
_COMPOUND = re.compile(r",\s+(?:and|but|or)\s+(?:a|an|the|[A-Z])")
_PREPOSITIONS = frozenset("in on at during by from with under within for across throughout".split())


_NAMING = frozenset({"called", "named", "termed"})


def _split(clause: str) -> tuple[str, str] | None:
    """(subject, predicate) of a simple clause: the subject is the words before its first verb.

    None for a subordinate clause. A participle that a finite verb follows ("Officers studying abroad are
    encouraged ...") belongs to the subject: cutting there leaves a broader subject ("officers") of which
    the other side may be a kind (raters on test-g: "defence attachés" are officers, so the swap stays true)."""
    toks = clause.split()
    if toks and (toks[0].lower() in _SUBORDINATORS or toks[0].lower() in _PREPOSITIONS):
        return None  # "In 1950 communist North Korea invaded ...": a frame, not a subject, opens the clause
    for i, tok in enumerate(toks):
        bare = tok.strip(",").lower()
        following = toks[i + 1].strip(",").lower() if i + 1 < len(toks) else ""
        if bare.endswith("s") and (following in _AUX or is_verb(following, bare)):
            continue  # "Several European states have ...": a noun in -s before the verb, not the verb
        if bare in _NAMING or i and toks[i - 1].lower() in _NAMING:
            continue  # "woody climbers called lianas loop ...": the name belongs to the subject (test-bf, both raters)
        if i and not tok.endswith(",") and _verb_here(bare, toks[i - 1].lower()) and "," not in " ".join(toks[:i]):
            if toks[i - 1].lower() in STOPWORDS:
                return None  # "Herbivores such as rabbits": the subject runs on into examples
            if bare.endswith("ing") and toks[i - 1].lower() not in _AUX \
                    and any(t.lower().strip(",") in _AUX for t in toks[i + 1:]):
                continue  # "Officers studying abroad are ...": a participle inside the subject
            subject, predicate = " ".join(toks[:i]), " ".join(toks[i:]).rstrip(",")
            if 1 <= word_count(subject) <= MAX_SUBJECT_WORDS and word_count(predicate) >= MIN_PREDICATE_WORDS:
                return subject, predicate
            return None
    return None


def _verb_here(word: str, previous: str) -> bool:
    """A verb after a subject: an auxiliary, a word that is only a verb, or a verb in -s after a
    noun ("a router forwards")."""
    if word in _AUX or is_verb(word, previous):
        return True
    return word.endswith("s") and bool(_lemmas(word).get("VERB")) and previous not in _DETERMINERS


_DETERMINERS = frozenset("a an the this that these those its their his her our your my each every".split())


def _term(subject: str) -> str:
    """The subject as an option: without its article, capitalised ("a switch" -> "Switch")."""
    low = subject.lower()
    for article in _ARTICLES:
        if low.startswith(article):
            subject = subject[len(article):]
            break
    return subject[:1].upper() + subject[1:]


def _claim(predicate: str) -> str:
    """What the text says of one side, without the reason it adds ("is an Arrhenius base because ..." -> "is an Arrhenius base")."""
    return _REASON.sub("", predicate).strip()


# A frame that sets the scene for both sides ("In operant conditioning, a reinforcer is ..., while a
# punisher is ..."; "Under the treaty, for example, the sending state has ..., while the receiving state
# has ..."): it is true of both, so it is left out and the sides compared as they stand.
_FRAME = re.compile(r"^(?:In|Under|Within|For|During|At|On)\s+[^,;:]{2,40},\s+(?:(?:for example|for instance|however|in general|generally|usually),\s+)?")


def _frames_one_side(frame: str) -> bool:
    """The opening "frame" sets the scene for one side only: a place or a name (both raters on test-ch: the swap moved a body
    to the other city), or a clause ("In return Venice kept Bergamo and Brescia, recovering ..."): what follows
    its comma is no subject but a participle's phrase (both raters on test-ca: "recovering the places Sforza became
    the settled frontier", nonsense)."""
    toks = [t.strip(",") for t in frame.split()]
    if toks[1][:1].isupper():
        return True  # "In Paris, X organises ..., while New York's Y oversees ...": the place is the first side's only
    return any(not t.lower().endswith("ing") and (t.lower().endswith("ed") or not t[:1].isupper()) and is_verb(t, p)
               for p, t in zip(toks[1:], toks[2:]))


def contrasts(sentence: str) -> list[tuple[str, str, str]]:
    """(contrasted thing, thing asked about, what the text says of it only) found in ``sentence``."""
    out: list[tuple[str, str, str]] = []
    framed = _FRAME.match(sentence)
    if framed and _WHILE.match(sentence[framed.end():]) and not _frames_one_side(framed.group(0)):
        sentence = sentence[framed.end():]
    m = _UNLIKE.match(sentence)
    if m:
        parts = _split(m.group("b"))
        if parts:
            out.append((m.group("a"), parts[0], _claim(parts[1])))
    else:
        m = _WHILE.match(sentence)
        if m and _COMPOUND.search(m.group("a")):
            m = None  # "X invaded Y, and a UN force intervened, while Z ...": "while" answers the nearer clause
        if m:
            a, b = _split(m.group("a")), _split(m.group("b"))
            if a and b:
                out.append((a[0], b[0], _claim(b[1])))
                out.append((b[0], a[0], _claim(a[1])))
    return [
        t for t in out
        if word_count(t[2]) >= MIN_PREDICATE_WORDS - 1 and not _SYMBOLIC.search(t[2])
        and words(t[2])[-1].lower() not in _AUX  # "which of these states have?": a claim cut short
    ]


def _agrees(option: str, predicate: str) -> bool:
    """The option agrees in number with the claim's verb ("which of these are ..." takes a plural)."""
    verb = predicate.split()[0].lower()
    if verb in ("are", "were", "have", "do"):
        return is_plural(option)
    if verb in ("is", "was", "has", "does"):
        return not is_plural(option)
    return True


def _shares_word(a: str, b: str) -> bool:
    """Whether two phrases share a content word, plurals included ("duty of care" / "duties in tort")."""
    return bool({singular(w.lower()) for w in content_words(a)} & {singular(w.lower()) for w in content_words(b)})


def _kin(option: str, key: str, foil: str) -> float:
    return max(similarity(option, key), similarity(option, foil))


def _lesson_terms(lesson: LessonView) -> list[str]:
    """Terms of the lesson: glossary terms it mentions, its labelled items, the subjects it defines."""
    defined = []
    for _, sentence in lesson.sentences:
        if " is " in sentence or " are " in sentence:
            pair = defining_phrase(sentence)
            if pair:
                defined.append(_term(pair[0]))
    return list(dict.fromkeys(
        [m.glossary.term for m in lesson.mentions if m.glossary is not None]
        + [item.label for group in lesson.groups for item in group.items]
        + defined
    ))


# A side's claim that only repeats the other side's verb: "France negotiated at Münster, while Sweden did so at
# Osnabrück".  Swapped, "France did so at Osnabrück" says nothing alone (raters on test-bb: context lost, as
# "did so" with its model in another sentence on test-bh).
_PRO_FORM = re.compile(r"^(?:(?:also|then|likewise)\s+)?(?:did|does|do|(?:has|have|had)\s+done)\s+(?:so|the same|likewise)\b"
                       # "could rarely do better than about 60 to 70 degrees": the other side's verb, elided (test-em)
                       r"|^(?:[a-z]+\s+){0,2}(?:do|does|did)\s+(?:better|worse|more|less)\b", re.I)


def _points_outside(predicate: str) -> bool:
    """A pronoun of the claim with no noun before it in the claim ("continue to use them"): it stands for
    something of another sentence.  After a noun it may stand for that ("on everyone, whether or not they
    have agreed")."""
    toks = [t.lower() for t in words(predicate)]
    for i, tok in enumerate(toks):
        if tok in _PRONOUNS and not any(_only_noun(t) for t in toks[:i]):
            return True
        # The object of a verb: "makes it less likely" stands for the other side's noun ("a behaviour"),
        # lost when the side is asked alone (raters on test-f: context lost).
        if tok in {"it", "them"} and i and _lemmas(toks[i - 1]).get("VERB"):
            return True
    return False


def _only_noun(word: str) -> bool:
    pos = _lemmas(word)
    return "NOUN" in pos and "VERB" not in pos and word not in STOPWORDS


_SINGULAR_VERBS = frozenset("is was has does".split())
_PLURAL_VERBS = frozenset("are were have do".split())
_MODALS = frozenset("can could may might must will would shall should".split())


def _verb_number(predicate: str) -> bool | None:
    """Whether the claim's verb is plural (True), singular (False) or says nothing of number (None: "can")."""
    verb = words(predicate)[0].lower()
    if verb in _MODALS:
        return None
    if verb in _SINGULAR_VERBS or verb in _PLURAL_VERBS:
        return verb in _PLURAL_VERBS
    return not (verb.endswith("s") and not verb.endswith("ss"))


def _agree(claim: bool | None, side: bool | None) -> bool:
    """The claim's verb fits the other side ("Hydrochloric acid are ..." does not): number unknown fits."""
    return claim is None or side is None or claim == side


def _verb_lemmas(text: str, *, participles: bool = False) -> set[str]:
    """The verbs of ``text``'s content words; with ``participles``, only of words in "-ing" or "-ed" ("freezing",
    "imported"), which name by what is done: "Ice giants" names no freezing."""
    return {lemma for w in content_words(text) if not participles or w.lower().endswith(("ing", "ed"))
            for lemma in _lemmas(w.lower()).get("VERB", ())}


def named_by_its_claim(subject: str, predicate: str) -> bool:
    """The side is named by what the claim says of it ("Vegetables for freezing are usually frozen within hours
    ...", "Imported goods are brought in from abroad" where the name holds "import"): said of the other side, the
    claim contradicts that side's own name ("'fresh' produce are usually frozen"), false on its face, no reading
    needed (both raters on test-aj and test-aj-r2: nonsense, self-contradicting)."""
    return bool(_verb_lemmas(subject, participles=True) & _verb_lemmas(predicate))


# A claim that puts its side in a class: "is a vehicle that carries a coffin".  Said of a side whose own claim puts it
# in none ("Marriage is usually linked to love and new life, while a hearse is a vehicle that carries a coffin"), the
# swap is a category error, false on its face (both raters on test-ce: "Marriage is a vehicle", reject); said of a
# side the text also classes ("a tariff is a tax ..., whereas a quota is a limit ...") it is the confusion asked.
_CLASS_CLAIM = re.compile(r"^(?:is|are|was|were)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:that|which|who|whose)\b")


def _statement(subject: str, predicate: str) -> str:
    return f"{subject[:1].upper()}{subject[1:]} {predicate}."


def _swapped_statements(other: str, subject: str, predicate: str, section, sentence: str,
                        course: CourseView) -> Iterator[Candidate]:
    """What the text says of one side, said of the other side (keyed False) and of its own (True)."""
    for side, truth, rule in ((other, False, CONTRAST_SWAP_FALSE), (subject, True, CONTRAST_STATEMENT)):
        statement = _statement(side, predicate)
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=rule,
            stem=true_false_stem(statement, course),
            statement=statement,
            key=_term(side),
            original=_term(subject),
            truth=truth,
            kind="contrast",
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"{'True' if truth else 'False'}. The text contrasts them: “{sentence}”",
            base=SWAP_CONFIDENCE[rule],
            shown=(sentence,),
            claims=(f"contrast:{sentence}:{norm(predicate)}",),
            level="understand",
        )


# A side whose verb is left out after "and": "Wheat rose by 12 per cent and barley by 10, while oats fell ..."
# (gapping).  Each side then holds of two things, and the side's subject is cut wrongly ("which of these
# tickets rose by ...": raters on test-ae-r2, a garbled stem with options of different kinds).
_GAPPED = re.compile(
    r"\b(?:and|or)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:by|to)\s+"
    r"(?:(?:only|just|about|around|nearly|almost|over|under|roughly)\s+)*(?:[\d£$€]|a\s+(?:third|quarter|half)\b)")
_MOVES = frozenset("fell rose grew went came sank shrank is are was were has have had".split())


def gapped(sentence: str) -> bool:
    """A clause after "and"/"or" whose verb is left out before "by"/"to" and a figure."""
    return any(not any(w in _MOVES or w.endswith("ed") for w in found.group(0).lower().split()[1:-2])
               for found in _GAPPED.finditer(sentence))


def _activity(side: str) -> bool:
    """"Sun drying", "hand picking": a side headed by an "-ing" noun names an activity, not a thing or an agent."""
    head = (words(side) or [""])[-1].lower()
    return head.endswith("ing") and "VERB" in word_pos(head)


def contrast_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    terms: list[str] | None = None
    for section, sentence in lesson.sentences:
        toks = words(sentence)
        if not toks or toks[0].lower() in ANAPHORIC_OPENERS or has_markdown_residue(sentence) \
                or leans_on_context(sentence, lesson.document.title) or points_back(sentence) \
                or gapped(sentence):
            continue  # points_back: "runoff moves slowly in the same direction" (the same as what?)
        if "unlike" not in sentence.lower() and " while " not in sentence and " whereas " not in sentence:
            continue
        found = contrasts(without_conclusion(sentence))  # "are therefore ...": the claim without "therefore"
        numbers = {norm(subject): _verb_number(predicate) for _, subject, predicate in found}
        classes = {norm(subject): bool(_CLASS_CLAIM.match(predicate)) for _, subject, predicate in found}
        for other, subject, predicate in found:
            key, foil = _term(subject), _term(other)
            if norm(key) == norm(foil):
                continue  # the text tells the two apart: no synonym check between them
            if any(t.lower() in ANAPHORIC_OPENERS or t.lower() in _PRONOUNS for t in words(subject) + words(other)):
                continue  # "the units they command": a side that leans on a pronoun names nothing alone
            if _points_outside(predicate) or _PRO_FORM.match(predicate):
                continue  # "which of these continue to use them?", "recognises how much they have built"; "did so"
            if any(words(side)[0].lower() in _QUANTIFIERS for side in (subject, other)):
                continue  # "Several European states", "Other buyers around the world": a share of something, no term
            # The other side's number, from its own verb when the text gives one ("Contractual duties are ...").
            other_number = numbers.get(norm(other))
            if other_number is None:  # "may spend": its verb says nothing of number; its noun does ("produce")
                other_number = is_plural(_term(other))
            if classes.get(norm(subject)) and not classes.get(norm(other), True):
                continue  # "a hearse is a vehicle that ..." beside "Marriage is linked to love": no class of the other's
            if _activity(key) != _activity(foil):
                continue  # "Sun drying can take weeks, while larger mills may use dryers": a process and its agents
            if named_by_its_claim(subject, predicate):
                continue  # "Vegetables for freezing are usually frozen": swapped, nonsense; asked, the name answers it
            if _agree(_verb_number(predicate), other_number):
                yield from _swapped_statements(other, subject, predicate, section, sentence, course)

            said = content_stems(predicate)

            def false_here(p: str, key=key, said=said) -> bool:
                # A distractor the lesson says the same of would be a second key.
                if synonymous(p, key, course):
                    return False
                return not any(
                    len(said & course.sentence_stems[i]) * 3 > len(said) * 2 for i in course.sentences_with(p)
                )

            if terms is None:
                terms = _lesson_terms(lesson)
            pool = [
                t for t in terms if norm(t) not in (norm(key), norm(foil)) and _kin(t, key, foil) >= MIN_KIN
                and _agrees(t, predicate) and not _shares_word(t, key)  # "Duty of care" beside "Duties in tort": may be a kind of the key
                and not _shares_word(t, foil)  # "Weak acid" beside "Hydrochloric acid": the key is the odd one out
                and not content_stems(t) & (content_stems(key) | content_stems(foil))  # "reinforcement", "reinforcer"
                and not (len(t.split()) == 1 and specificity(t) < EVERYDAY)  # "Power": a word, not a term of the lesson
            ]
            kin = {t: round(_kin(t, key, foil), 1) for t in pool}
            extra = pick_distractors(key, pool, rng, course, extra=false_here, prefer=lambda t, kin=kin: -kin[t])
            distractors = (foil, *[d for d in extra if not synonymous(d, foil, course, siblings=True)][:1])
            if any(synonymous(d, key, course) for d in distractors[1:]):
                continue
            if len(distractors) < 2:
                continue
            stem = f"According to the text, which of these {predicate}?"
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=CONTRAST,
                stem=stem,
                key=key,
                correct=(key,),
                distractors=tuple(distractors),
                kind="contrast",
                source_anchor=section.anchor,
                source_sentence=sentence,
                explanation=f"The text contrasts them: “{sentence}”",
                base=CONFIDENCE[CONTRAST],
                shown=(sentence,),
                claims=(f"key:{norm(key)}", f"contrast:{sentence}"),
                level="understand",
            )


NETWORKS = """# Networks

## Devices

A router forwards packets between networks, while a switch connects devices within one network.
A modem is a device that converts signals between a network and the telephone line.
"""

CELLS = """# Cell Division

## Two kinds of division

Unlike mitosis, meiosis produces four cells that each carry half the chromosomes.
Cytokinesis is the division of the cytoplasm that ends each cell division.
"""

# The reason the text adds names the key another way ("NaOH"): it stays out of the stem, and a
# claim that still carries a formula is not asked.  A term of another kind ("Titration") is no option,
# nor one that repeats a word of the contrasted thing ("Sulfuric acid" beside "Hydrochloric acid").
ACIDS = """# Acids

## Two definitions

Hydrochloric acid is an Arrhenius acid because HCl releases H⁺ ions, while sodium hydroxide is an Arrhenius base because NaOH releases OH⁻ ions.
Sulfuric acid is a strong acid that is used in car batteries.
Potassium chloride is a salt that is used as a substitute for table salt.
Titration is a method for finding an unknown concentration by careful measurement.
"""

# "It", "they" and "the units they command" name nothing on their own: no question.
PRONOUNS = """# Networks

## Devices

It forwards packets between networks, while they connect devices within one network.
A router forwards packets between networks, while the devices they link exchange frames inside one network.
A modem is a device that converts signals between a network and a telephone line.
A firewall is a device that filters traffic arriving from the internet.
"""

# Sides of different number, told apart by their own verbs; a pronoun after a noun of the claim.
DUTIES = """# Negligence

## Tort and contract

Contractual duties are accepted voluntarily by the parties who sign an agreement, whereas duties in tort are imposed by law on everyone, whether or not they have agreed to anything.
"""

# A side that is a share of something, a claim with a pronoun: no question of either form.
QUANTIFIED = """# Offsets

## Today

Several European states have since reduced their offset requirements, while other buyers around the world still demand offsets.
Canada's scheme is known as the benefits policy, while many Gulf states speak of industrial participation.
Unlike a firm, a ministry checks how much they have built since the start.
"""

# A frame true of both sides ("In ... ,") is left out; a side whose claim says "it" for the other side's
# noun ("makes it less likely") is not asked.
TRADE = """# Trade Policy

## Two instruments

In trade policy, a tariff is a tax that makes an imported good more expensive, while a quota is a limit that keeps it scarce.
A subsidy is a payment that lowers a domestic producer's costs.
"""

PRICES = """# Prices in Wartime

## The rise in prices

Prices rose unevenly during the war. Coal went up by 12 per cent and timber by 10 per cent, while railway tickets \
rose by just over 5 per cent and the ferry fare by only 4 per cent.
A ration book is a booklet of coupons that limits how much of a good each family may buy.
The black market is the illegal trade in rationed goods at high prices.
"""

# An everyday word the lesson mentions ("Internet") is no third option beside two devices; a term is ("Modem").
EVERYDAY_KIN = NETWORKS.replace("telephone line.", "telephone line of the internet.")
EVERYDAY_GLOSSARY = (GlossaryEntry("Internet", "The global network of networks", "defined"),)

# A side named by what the claim says of it ("Timber for seasoning ... is seasoned"): swapped, nonsense.
TIMBER = """# Timber

Timber for seasoning is usually seasoned for a year after felling, losing most of its water, while green timber may be used within days of felling, shrinking as it dries.
"""

DRYING = """# Coffee

## Drying

Sun drying can take one to three weeks, while larger mills may use mechanical dryers to speed the process.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="contrast",
    priority=45,
    scope=LESSON,
    build=contrast_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(NETWORKS, CONTRAST, "According to the text, which of these connects devices within one network?"),
        makes(NETWORKS, CONTRAST, "Switch"),
        makes(NETWORKS, CONTRAST, "which of these forwards packets between networks?"),
        makes(CELLS, CONTRAST, "which of these produces four cells that each carry half the chromosomes?"),
        makes(ACIDS, CONTRAST, "According to the text, which of these is an Arrhenius base?"),
        makes_no(ACIDS, CONTRAST, "NaOH"),
        makes_no(ACIDS, CONTRAST, "unlike"),
        makes(NETWORKS, CONTRAST_SWAP_FALSE, "According to the text, a switch forwards packets between networks."),
        makes(NETWORKS, CONTRAST_STATEMENT, "According to the text, a router forwards packets between networks."),
        makes(CELLS, CONTRAST_SWAP_FALSE, "mitosis produces four cells that each carry half the chromosomes."),
        makes(DUTIES, CONTRAST_SWAP_FALSE, "According to the text, contractual duties are imposed by law on everyone"),
        makes(DUTIES, CONTRAST_SWAP_FALSE, "According to the text, duties in tort are accepted voluntarily"),
        makes_no(PRONOUNS),
        makes_no(QUANTIFIED),
        makes_no(NETWORKS.replace(", while", ". Meanwhile,")),  # no contrast stated
        makes_no(NETWORKS.replace("between networks", "in the same direction")),  # the same as what?
        makes(TRADE, CONTRAST_SWAP_FALSE, "According to the text, a quota is a tax that makes an imported good more expensive."),
        makes_no(TRADE, CONTRAST, "which of these is a limit that keeps it scarce?"),
        makes_no(TRADE, CONTRAST_SWAP_FALSE, "a tariff is a limit that keeps it scarce"),
        makes_no(TIMBER, CONTRAST_SWAP_FALSE, "usually seasoned for a year"),
        makes_no(HEARSE, CONTRAST_SWAP_FALSE, "marriage is a vehicle"),
        makes_no(TIMBER, CONTRAST, "usually seasoned for a year"),
        makes_no(EVERYDAY_KIN, CONTRAST, "Internet", glossary=EVERYDAY_GLOSSARY),
        makes_no(PRICES),  # a side whose verb is left out ("and barley by 10 per cent")
        makes_no(DRYING, CONTRAST_SWAP_FALSE),  # an activity against its agents: "sun drying may use dryers"
    ),
))
