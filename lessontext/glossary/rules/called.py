"""Naming sentences: "X is called T", "..., a process called T", "NP, also known as T, ...", "NP, soon nicknamed T", "Wegener called it Pangaea".

What the name is found here; what it stands for (its definition) is read in :mod:`lessontext.glossary.called_definition`.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, named_phrase, rephrase
from lessontext.glossary.called_definition import (
    ALIAS_CONFIDENCE,
    CONFIDENCE,
    REBUILT_CONFIDENCE,
    named_subject_definition,
    naming_definition,
)
from lessontext.glossary.called_subject import coordinated_gerunds
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, mask_term, valid_term
from lessontext.glossary.clause_names import name_subject_definition
from lessontext.glossary.naming import CAPITALISED_NAME, MAX_NAME_WORDS
from lessontext.glossary.phrases import (
    AUXILIARIES,
    DEFINITION_IS_A,
    PREPOSITIONS,
    Guarded,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    looks_like_acronym,
    np_before,
    plural_head,
    strip_article,
    word_list,
)
from lessontext.glossary.pointed_names import resolve_trailing_it
from lessontext.glossary.predication import relational
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.known_as import find_all_named_bold_subjects
from lessontext.glossary.shapes import definite_bare
from lessontext.glossary.subject_np import subject_noun_phrase
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# ("..., called the Harbour Board until 1990, ...": a former name, no definition of it: the lookahead skips it; "known
# to miners as T" names as "known as" does, but not "known to history as": test-dv.)
_CALLED = Guarded(re.compile(
    r"(?P<before>\S+)\s+(?P<verb>(?:(?:is|are|was|were)\s+)?(?:(?:now|also|often|commonly|usually|sometimes|generally|then|simply|soon|popularly)\s+)?"
    r"(?:called|known as|known to [a-z]+s (?:simply |usually |generally )?as|remembered as|termed|referred to as|named|nicknamed|described as))\s+(?P<term>(?![^,;:()]*\s(?:until|till)\s+\d{4})[^,;:()\"“”]+)"
), "called", "known as", "known to", "remembered as", "termed", "referred to as", "named", "nicknamed", "described as")


def _attributive_participle(sentence: str, match: re.Match[str]) -> bool:
    """"competed with fast named expresses": "named" as an adjective of a bare plural, not a naming verb.

    After a preposition and an adjective, a bare "named"/"called" and a bare
    plural are one noun phrase ("with fast named trains", "sailed in small
    named boats"); the plural is what is spoken of, and nothing is named.
    """
    if match.group("verb") not in {"named", "called"}:
        return False
    words = sentence[: match.start("verb")].split()
    following = match.group("term").split()
    if not words or not following or following[0].lower() in {"a", "an", "the"}:
        return False
    if words[-1].lower() in PREPOSITIONS | _DETERMINERS and plural_head(following[0].rstrip(".,;")):
        return True  # "a short list of named diseases", "the named crops": nothing is named
    if len(words) < 2:
        return False
    adjective, opener = words[-1].lower(), words[-2].lower()
    # "compares some of the best-known named winds": a determiner and a compound adjective too.
    return (opener in PREPOSITIONS | _DETERMINERS and ("ADJ" in word_pos(adjective) or "-" in adjective)
            and plural_head(following[0].rstrip(".,;")))


_DETERMINERS = frozenset({"of", "the", "these", "those", "some", "many", "all", "its", "their", "other"})


def _participle_before_last_noun(term_words: list[str], word: str, rest: list[str]) -> bool:
    """"known as ribbed smoked sheet": a participle after an adjective, before the name's last word, a noun, is part
    of the name, not a verb after it (test-dv: "Ribbed: A tough, translucent brown sheet")."""
    last = rest[0].rstrip(".!?").lower() if len(rest) == 1 else ""
    return (word.endswith("ed") and bool(last) and "NOUN" in word_pos(last)
            and "NOUN" not in word_pos(term_words[-1].lower()))


# "A component that ...", "Any wire that ...": a kind described in general, which "is described as" names.
# "... in a set pattern of long strokes.": a plural the definition ends on, which a plural name may be the name of.
_PLURAL_AT_THE_END = re.compile(r"\sof\s+(?:[a-z-]+\s+)?[a-z-]+s\.?$")
_HEAD_CHUNK = re.compile(r"[^,;]+?(?=\s+(?:in|of|on|at|for|with|from|which|that|who)\b|[,;.]|$)")  # "Particular molecules"
_INDEFINITE_SUBJECT = re.compile(r"^\s*(?:[A-Z][\w ]{0,30},\s+)?(?:an?|any|every|each)\s", re.I)
# "... by Dimitrios Sardounis, known as ...": the agent's name, two capitalised words after "by" (not "the Treaty of
# Reciprocal Assistance, known as the Rio Treaty": a name's other name, kept).
_PERSON_BEFORE = re.compile(r"\sby\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s*$")
_LEADING_ARTICLE = re.compile(r"^(?:the|an?|its|their)\s+", re.I)
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|on|in|the|de))*\s+[A-Z][\w-]*,\s*$")

_ARTICLE_THEN_NAME_AT_END = re.compile(r"\s(?:a|an|the)\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[.!?]?$")


_TO_INFINITIVE = re.compile(r"to\s+[a-z]+")


# "is called the least significant bit", "the most favoured nation": a degree word that opens the name.
_DEGREE_WORDS = frozenset({"least", "most"})


# 'a change of mood soon called the "spirit of Locarno"', 'Women known as "searchers" were paid ...': the author's
# quotes round the name just given, at the sentence's end or before its verb.  (Before a comma or a colon the name
# opens an aside or a list the clause rebuilds cannot read: 'commitments, known as "house gifts", and ...'.)
_QUOTED_NAME = re.compile(r"(?P<verb>(?P<lead>[\w,]+\s+(?:(?:often|also|soon|usually)\s+)?)"
                          r"(?:called|known as|termed|named|nicknamed)\s+(?:the\s+)?)[\"“]"
                          r"(?P<name>[^\"“”,;:()]{2,60})[\"”](?=\s*[.!?]?\s*$|\s+[a-z])")


# "a stance later called ...": an adverb the naming pattern does not read would stay in the named phrase.
_UNREAD_ADVERBS = frozenset({"later", "informally", "formally", "widely", "still"})


# "nine Black students, later known as the Little Rock Nine, tried ...": the aside names the phrase before its comma,
# read as if the adverb were not there (else "later" is taken for what is named: "Later that tried to enrol ...").
# ("The justification offered afterwards, later called the X Doctrine, held ...": a definite phrase, read by the
# rule for a named subject's aside; "led by Mustafa Kemal, later known as Atatürk": a name's own later name.)
_DEFINITE_CLAUSE_START = re.compile(r"\s*(?:the|this|these|that|those)\s", re.I)
_ADVERB_IN_ASIDE = re.compile(rf"(?P<last>\S+),\s+(?:{'|'.join(sorted(_UNREAD_ADVERBS))})\s+"
                              r"(?=(?:called|known as|named|nicknamed|termed)\b)")


def _without_adverb(match: re.Match[str]) -> str:
    """The aside's adverb dropped, unless the phrase before its comma is definite or ends on a name."""
    text = match.string
    if _DEFINITE_CLAUSE_START.match(text, text.rfind(",", 0, match.start()) + 1) or match["last"][:1].isupper():
        return match[0]
    return f"{match['last']}, "


def _unquoted(match: re.Match[str]) -> str:
    """The naming without the quotes round its name; a name right after a comma ('a gland ..., often called the
    "master gland"') is another name for the phrase before, which keeps its quotes."""
    lead = match["lead"].split()
    if lead[0].endswith(",") or lead[-1].lower() in _UNREAD_ADVERBS:
        return match[0]
    return match["verb"] + match["name"]


def _calls_for(sentence: str, match: re.Match[str]) -> bool:
    """'Local leaders called a boycott of the city's buses': "called" is the clause's verb (asked for, summoned), its
    subject the words before and nothing named, when no verb comes before it nor after the object in its clause ("A
    structure called a ribosome makes proteins" names one; raters on test-cj: "Boycott: Local leaders of the city's
    buses", a garbled fragment)."""
    if match.group("verb") != "called" or match.group("term").split()[0].lower() not in {"a", "an"}:
        return False
    before = sentence[: match.start("verb")]
    rest = re.split(r"[,;:]", sentence[match.end("term"):], maxsplit=1)[0]
    return not before.rstrip().endswith(",") and not any(finite_verb(w) for w in word_list(before) + word_list(rest))


# "a country in what the agreement called fundamental disequilibrium": "what" stands for the thing named, and the
# words between it and the verb say who named it, not what it is (raters on test-cl: "What the agreement.", on
# test-bp: "The origins of what nineteenth-century statesmen.").
# ("Restrictions on what they may do." ends on a clause with its own subject and verb.)
_WHO_NAMED_IT = re.compile(r"\bwhat\s+(?!(?:they|we|you|it|he|she|i|one)\b)(?P<namer>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\.$", re.I)


def _who_named_it(definition: str) -> bool:
    """``definition`` ends on "what" and the one who named the term, no verb between (``_WHO_NAMED_IT``)."""
    found = _WHO_NAMED_IT.search(definition)
    return bool(found) and not any(w.lower() in AUXILIARIES or finite_verb(w) for w in found["namer"].split())


# Adverbs before the article of the phrase that gets the name: "at first mostly a thinner form known as type III
# collagen" (both raters on test-dj: "First mostly a thinner form.").
_OPENING_ADVERBS = re.compile(r"^(?P<adverbs>(?:[A-Za-z]+\s+){1,3}?)(?P<phrase>(?:an?|the)\s+(?P<first>[a-z]+)\b.*)$", re.S)


def _without_opening_adverbs(definition: str) -> str | None:
    """``definition`` without the adverbs that open it, or None when what is left is a comparison with nothing
    to compare ("a thinner form": thinner than what?)."""
    found = _OPENING_ADVERBS.match(definition)
    if not found or not all("ADV" in word_pos(w.lower()) for w in found["adverbs"].split()):
        return definition
    if relational(found["first"]) and " than " not in definition:
        return None
    return found["phrase"][:1].upper() + found["phrase"][1:]


# "by pushing a long beam called the tailpole": the gerund that takes the named phrase as its object.
_GERUND_FIRST = re.compile(r"^(?P<gerund>[A-Z][a-z]+ing)\s+(?P<phrase>(?:an?|the)\s+.+)$", re.S)


def _without_gerund(definition: str) -> str:
    """"Pushing a long beam." -> "A long beam.": what gets the name is the gerund's object (test-dp, both raters), unless
    the name is an activity's ("Earthing: Connecting an object to the ground ...": the caller keeps it) or the gerund
    is one of several joined by "and" ("Ringing every row once and returning to rounds")."""
    found = _GERUND_FIRST.match(definition)
    if not found or "VERB" not in word_pos(found["gerund"].lower()) or coordinated_gerunds(definition):
        return definition
    return found["phrase"][:1].upper() + found["phrase"][1:]


def _complement_not_name(word: str) -> bool:
    """A participle or adjective ("tainted", "illegal") that no name ends on."""
    pos = word_pos(word.lower())
    return word.islower() and "NOUN" not in pos and bool(pos & {"ADJ", "VERB"})


def find_called(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """The names ``sentence`` gives (:func:`find_unquoted_called`), read with the quotes round a name dropped."""
    plain = sentence if ":" in sentence else _QUOTED_NAME.sub(_unquoted, sentence)
    plain = _ADVERB_IN_ASIDE.sub(_without_adverb, plain)
    if plain == sentence:
        return find_unquoted_called(section, sentence, context)
    found = find_unquoted_called(section, plain, context)
    for candidate in found:
        candidate.sentence = sentence
    return found


_ADJECTIVE_OR_ADJECTIVE = re.compile(r"^(?P<a>[a-z]+)\s+or\s+(?P<b>[a-z]+)\s+(?P<noun>[a-z]+)\b")


def find_unquoted_called(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The rigid outer layer is called the lithosphere", "..., a process known as photolysis": T is what gets the name.

    The definition is what gets the name: the noun phrase before the naming
    verb, or a phrase rebuilt from the clause ("A step in which light splits
    water"); "X, also known as Y, ..." makes Y an alias of X.  A naming
    sentence no shape fits keeps the sentence with the term blanked, below
    the readable cut.
    """
    out = []
    for match in _CALLED.finditer(sentence):
        raw = match.group("term")
        if _attributive_participle(sentence, match):
            continue
        words, subject = raw.split(), named_phrase.subject_number(sentence[: match.start("verb")])
        named_plural = any(plural_head(w) and "NOUN" in word_pos(w.lower()) for w in word_list(sentence[: match.start("verb")])[-1:])
        term_words: list[str] = []
        for i, word in enumerate(words):
            clean = word.rstrip(".!?")
            lw = clean.lower()
            if i == 0 and lw in {"the", "a", "an", "its", "their"}:
                continue
            degree = lw in _DEGREE_WORDS and not term_words and i + 1 < len(words)
            # "is called **densely populated**": a participle after a lone "-ly" adverb is the name's head, not a verb.
            graded = len(term_words) == 1 and term_words[0].lower().endswith("ly") and "ADV" in word_pos(
                term_words[0].lower()) and clean.lower().endswith("ed")
            if lw in STOPWORDS and lw not in {"of", "and"} and not degree or (
                    term_words and clear_verb_form(clean) and not graded
                    and not _participle_before_last_noun(term_words, clean, words[i + 1:])):
                break
            after = words[i + 1] if i + 1 < len(words) else ""
            if term_words and named_phrase.verb_after_name(term_words, clean, after, subject, context.document.emphasis) \
                    and not (named_plural and plural_head(clean) and "NOUN" in word_pos(lw)
                             and after.lower().rstrip(".,;") not in named_phrase.LIGHT_OBJECTS):
                break  # "birds called puffins nest", not "patterns called nectar guides that ...": a plural's name
            term_words.append(clean)
            if clean != word:
                break
        while term_words and term_words[-1].lower() in {"of", "and"}:
            term_words.pop()
        if len(term_words) == 1 and (pair := _ADJECTIVE_OR_ADJECTIVE.match(_LEADING_ARTICLE.sub("", raw))) \
                and all("ADJ" in word_pos(pair[k]) for k in "ab") and "NOUN" in word_pos(pair["noun"]):
            term_words = [pair["a"], pair["noun"]]  # "called secondary or indirect healing": "secondary healing" (test-ef)
        name = CAPITALISED_NAME.match(sentence, match.start("term"))
        if name and not valid_term(name.group("name"), strict=False, named=True):
            name = None  # ("SALT I": the name's last word is read as a pronoun; the words before stand)
        if name and len(name.group("name").split()) >= len(term_words):
            # "known as the African Peace and Security Architecture (APSA)", "called the Bureau for International
            # Language Co-ordination": a capitalised name runs on through "of", "for", "and" and past four words.
            term_words = name.group("name").split()
            subject_of = name_subject_definition(sentence[: match.start("verb")], sentence[name.end():])
            if subject_of:
                # "A body called the Bureau for ... brings together experts ..." -> "A body that brings together ...".
                kind = lexicon.KIND_HEADS.get(fold(term_words[-1]), TermKind.DEFINED)
                out.append(Candidate(name.group("name"), subject_of, kind, section, sentence, REBUILT_CONFIDENCE,
                                     "pattern"))
                continue
        # "a school known as **behaviourism** set out to ...", "called a **bolus** and pushes it": the author's bold
        # ends the name (after its article) before its verb; the rebuilt definition reads to the sentence's end.
        if not term_words or term_words[0] in lexicon.RANKED_OPENERS:
            continue  # "is described as one of the ...", "known as being ...": no name follows the naming verb
        named = " ".join(term_words).lower()
        unarticled = _LEADING_ARTICLE.sub("", raw)
        longer = max((b for b in context.document.emphasis if b.lower().startswith(named + " ")
                      and unarticled.lower().startswith(b.lower())), key=len, default=None)
        if longer and len(named) > 2:  # "is called **value added**": the author's bold runs on past a participle
            term_words, named = longer.split(), longer.lower()
        bold = max((b for b in context.document.emphasis if named.startswith(b.lower() + " ")
                    and unarticled.lower().startswith(b.lower())), key=len, default=None)
        if any(b.lower() == named for b in context.document.emphasis):
            bold = None  # "called the **rock cycle**": the whole name is bold, though "**rock**" is too
        if bold:
            term_words = term_words[: len(bold.split())]
            after_name = _LEADING_ARTICLE.sub("", sentence[match.start("term"):])[len(bold):].strip()
            subject_of = named_subject_definition(sentence[: match.start("verb")], after_name)
            if subject_of:
                # "... a school of psychology known as **behaviourism** set out to study ..." -> "A school of
                # psychology that set out to study ...": the named phrase is the subject of what follows.
                out.append(Candidate(bold, subject_of, TermKind.DEFINED, section, sentence, REBUILT_CONFIDENCE,
                                     "pattern"))
                continue
        if match.group("verb").endswith("described as") and subject_noun_phrase(sentence[: match.start("verb")]) is None:
            continue  # "is described as" names only after a descriptive subject ("A component that obeys ...")
        if (match.group("verb").endswith("described as") and not any(b.lower() == named for b in context.document.emphasis)
                and not term_words[0][:1].isupper() and not _INDEFINITE_SUBJECT.match(sentence[: match.start("verb")])):
            # "The illegal killing of rhinos is often described as a conservation problem", "Mine action is described
            # as a set of complementary activities": one thing of the text described, not a kind named; without the
            # author's bold the phrase is no term ("A wire that obeys ... is described as an ohmic conductor" and
            # "is described as an **ohmic conductor**" name one).
            continue
        before = match.group("before")
        bare = not match.group("verb").startswith(("is", "are", "was", "were"))
        active = bare and match.group("verb").startswith("called") and (
            before[:1].isupper() or before.lower() in {"he", "she", "they", "we", "i", "you", "scientists", "people"}
        ) and not sentence[: match.start()].lower().endswith("what ")  # "what she called T: ..." names T itself
        if not term_words or len(term_words) > (MAX_NAME_WORDS if name else 4) and not active:
            continue
        if active:
            # Active "Wegener called the former supercontinent Pangaea":
            # the name is the trailing capitalised run.
            caps = []
            for word in reversed(term_words):
                if word[:1].isupper():
                    caps.insert(0, word)
                else:
                    break
            if not caps:
                # "Linnaeus called the smallest group of organisms a species":
                # the name follows the object's last article.
                named = _ARTICLE_THEN_NAME_AT_END.search(raw)
                if not named or raw[: named.start()].strip().lower() in {"", "a", "an", "the"} \
                        or not _LEADING_ARTICLE.match(raw):
                    continue  # not "Cells called fibroblasts move into the wound" (test-dj: "Wound", nonsense)
                caps = named.group("name").split()
            term_words = caps
        term = " ".join(term_words)
        if not valid_term(term, strict=False, named=True) or is_generic(term):
            continue
        if looks_like_acronym(term) and _NAME_THEN_COMMA.search(sentence[: match.start("verb")]):
            continue  # "the Office for ... Affairs, called OCHA": the acronym rule pairs the name and its acronym
        prefix = sentence[: match.start("verb")].rstrip()
        if prefix.endswith(",") and match.group("verb").startswith(("also", "otherwise")):
            # "The central bank, also known as the reserve bank, sets rates":
            # the name before the comma is the term, the other an alias.
            np = np_before(sentence, len(prefix) - 1)
            if np:
                # "Governments use competition law, also known as ...": the
                # verb after the subject is not part of the name.
                np_words = np[0].split()
                previous = word_list(sentence[: np[1]])[-1:]
                for i, word in enumerate(np_words[:-1]):
                    before_word = np_words[i - 1] if i else (previous[0] if previous else "")
                    if ("VERB" in word_pos(word.lower()) and before_word and before_word.lower() not in
                            {"a", "an", "the", "of"} | PREPOSITIONS
                            and (i == 0 or singular(fold(before_word)) != fold(before_word))):
                        offset = np[0].index(" ".join(np_words[i + 1:]))
                        np = (" ".join(np_words[i + 1:]), np[1] + offset)
                        break
            if np and valid_term(strip_article(np[0])):
                main = strip_article(np[0])
                after = sentence[match.end("term"):].lstrip()
                keys = [term_key(main), term_key(term)]
                if np[1] == 0 or sentence[: np[1]].strip().lower() in {"the", "a", "an"}:
                    remainder = after[1:] if after.startswith(",") else ""
                    if DEFINITION_IS_A.match(sentence):
                        continue  # the copula rule takes the definition and alias
                    definition = finish_definition(mask_term(remainder, *keys[:1], keys[1:])) if remainder else None
                else:
                    # "Governments use competition law, also known as antitrust
                    # law, to stop ..." -> "Law that governments use to stop ...".
                    remainder = after[1:].strip() if after.startswith(",") else after
                    head = word_list(main)[-1]
                    clause = rephrase.lower_first(sentence[: np[1]].strip())
                    definition = None
                    if len(word_list(main)) > 1 and _TO_INFINITIVE.match(remainder):
                        definition = finish_definition(f"{head[0].upper()}{head[1:]} that {clause} {remainder}")
                if definition and not has_anaphora(definition):
                    out.append(Candidate(main, definition, TermKind.DEFINED, section, sentence, ALIAS_CONFIDENCE, "pattern", {term}))
                continue
        if bare and not active and _calls_for(sentence, match):
            continue
        if bare and len(term_words) > 1 and _complement_not_name(term_words[-1]):
            continue  # "called the money tainted": a judgement of the money, no name (test-cm: "Money tainted")
        if term[:1].isupper() and _PERSON_BEFORE.search(sentence[: match.start("verb")]):
            continue  # "by Dimitrios Sardounis, known as Mimaros": a person's other name (test-em, both raters)
        if any(b.lower() == term.lower() for b in context.document.emphasis) and any(
                c.term.lower() == term.lower() for c in find_all_named_bold_subjects(section, sentence, context)):
            continue  # "The movement called **Mannerism** favoured ...": the named bold subject's rule reads it
        found = naming_definition(
            sentence, term, verb_start=match.start("verb"), term_start=match.start("term"), term_end=match.end("term"),
            passive=not bare, active=active, previous=context.previous or "",
            bold=any(b.lower() == term.lower() for b in context.document.emphasis),
        )
        if found is None:
            continue
        definition, confidence = found
        if _PLURAL_AT_THE_END.search(definition) and plural_head(term.lower()) and " " not in term and not plural_head(
                word_list(_HEAD_CHUNK.match(_LEADING_ARTICLE.sub("", definition))[0])[-1].lower()):
            continue  # "removes the fleece in a set pattern of long strokes, called blows": the strokes (test-el)
        definition = _without_opening_adverbs(definition if term.lower().endswith("ing") else _without_gerund(definition))
        if definition is None:
            continue
        if definite_bare(term, definition) is None or _who_named_it(definition):
            continue  # "The loose fragments.": which ones, the sentences before said
        definition = resolve_trailing_it(definition, sentence, context.previous or "")
        if (work := _WORK_OF.match(definition)) and term.lower().endswith(_AGENT_ENDINGS):
            # "the writings of spelling reformers and teachers of pronunciation, often called orthoepists": the people
            # get the name, not their writings (test-df, both raters)
            definition = work["people"][:1].upper() + work["people"][1:]
        out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, confidence, "pattern"))
    return out


_WORK_OF = re.compile(r"^The\s+(?:writings|works|work|books|ideas|views|methods|teachings)\s+of\s+(?P<people>[a-z].+)$")
_AGENT_ENDINGS = ("ists", "ians", "ers", "ors", "ist", "ian")



CALLED = RULES.register(Rule(
    name="called", priority=130, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_called,
    examples=(
        finds("# Earth\n\nThe rigid outer layer of the Earth is called the lithosphere.\n", "lithosphere"),
        finds("# Plants\n\nLight splits water molecules, a step known as photolysis.\n", "photolysis"),
        misses("# Craft\n\nA skilled carver removes the bark in a set pattern of short cuts, called notches, so that it "
               "comes away in one piece.\n", "notches"),  # test-el: "Blows: The fleece in a set pattern of long strokes", a wrong key
        finds("# Glass\n\nThe sand is a pure white kind of quartz, known to glassmakers simply as glass sand.\n",
              "glass sand"),
        finds("# Towns\n\nShe warned against what she called dead zones: empty single-use areas such as car parks, which "
              "drain life from nearby streets.\n", "dead zones"),
        # test-dj, both raters: "Wound: Fibroblasts move into (so named by Cells)", "Clotting factors take", "Type III
        # collagen: First mostly a thinner form."
        misses("# Skin\n\nCells called fibroblasts move into the wound.\n", "wound"),
        misses("# Puppets\n\nIt was reshaped in Patras in the 1890s by Dimitrios Sardounis, known as Mimaros.\n",
               "Mimaros"),
        misses("# Blood\n\nA chain of reactions involving proteins called clotting factors takes place in the plasma.\n",
               "clotting factors take"),
        misses("# Skin\n\nThey produce collagen, at first mostly a thinner form known as type III collagen.\n",
               "type III collagen"),
        finds("# Ports\n\nIn Ruritania, a fund known as the Harbour Fund pays for the repair of small ports.\n",
              "Harbour Fund"),
        misses("# Home\n\nShe called her brother before dinner.\n", "brother"),
        # test-cp round: the main clause after an opening one names what the thing is part of; a count is the sentence's
        finds("# Music\n\nWhatever its size, the orchestra is organised into four groups called families.\n", "families"),
        finds("# Towns\n\nChristaller published a model to explain the spacing of towns, known as central place theory.\n",
              "central place theory"),
        finds("# Oil\n\nThe vapour is fed into the bottom of a tall tower called a **fractionating column**.\n",
              "fractionating column"),
        finds("# Genes\n\nThe enzyme attaches to a region of DNA just before the gene, called the promoter.\n", "promoter"),
        # test-cp: the author's bold runs on past a participle ("Value" was the entry)
        finds("# Industry\n\nThe increase in value at each stage is called **value added**.\n", "value added"),
        # test-cl: "what the agreement called X" says who named it, not what it is ("What the agreement.")
        misses("# Money\n\nA country in what the agreement called fundamental disequilibrium could change its rate.\n",
               "fundamental disequilibrium"),
        # test-cm: a judgement of the object, not a name; a setting before the clause's own subject
        misses("# Gifts\n\nCritics remembered the strike at his steelworks and called the money tainted.\n", "money tainted"),
        misses("# Print\n\nIn Korea a Buddhist text known as the Jikji was printed with metal type in 1377.\n", "Jikji"),
        finds("# Towns\n\nThe heart of the charter is a list of seven rules for town planners, soon nicknamed the "
              "Seven Pillars.\n", "Seven Pillars"),
        misses("# Art\n\nHis second set of doors, later nicknamed the Gates of Heaven, shows how far relief sculpture "
               "had moved towards realistic space.\n", "Gates of Heaven"),
        finds("# Bits\n\nThe rightmost bit, worth 1, is called the least significant bit, and the leftmost bit, "
              "worth the most, is called the most significant bit.\n", "most significant bit"),
        finds("# Bits\n\nA group of 4 bits is called a nibble, and a group of 8 bits is called a byte.\n", "byte"),
        misses("# Rome\n\nThe consuls were called the highest magistrates.\n", "highest magistrates"),
        finds("# Cells\n\nIn plants and animals, the DNA in each nucleus is packaged into long threads known as "
              "chromosomes.\n", "chromosomes"),
        finds("# Traits\n\nTraits controlled by many genes, such as human height, are called polygenic.\n", "polygenic"),
        finds("# Waves\n\nWaves that need a material to travel through, such as water, air or a rope, are called "
              "mechanical waves.\n", "mechanical waves"),
        finds("# Learning\n\nA school of psychology known as **behaviourism** set out to study behaviour.\n",
              "behaviourism"),
        finds("# Stars\n\n- This glowing ball of gas is called a **protostar**.\n", "protostar"),
        finds("# Learning\n\nYet learning also depends on thinking: Albert Bandura showed that children learn by "
              "watching and imitating others, a process called observational learning.\n", "observational learning"),
        finds("# Cells\n\nThe membranes are stacks of flattened sacs called thylakoids, which are surrounded by a "
              "fluid.\n", "thylakoids"),
        misses("# History\n\n- This extraordinary series of events is known as the **French Revolution**.\n",
               "French Revolution"),
        misses("# Learning\n\nA school of psychology known as **behaviourism** set out to study behaviour.\n",
               "behaviourism set"),
        # The author's bold ends the name after an article too: not "pellet and push", not "valve close".
        finds("# Food\n\nThe tongue rolls food into a soft ball called a **pellet** and pushes it back.\n", "pellet"),
        misses("# Food\n\nThe tongue rolls food into a soft ball called a **pellet** and pushes it back.\n",
               "pellet and push"),
        misses("# Food\n\nWhen you swallow, a flap called the **valve** closes over the windpipe.\n", "valve close"),
        finds("# Birds\n\nSmall seabirds called puffins nest on cliffs along the coast.\n", "puffins"),
        misses("# Birds\n\nSmall seabirds called puffins nest on cliffs along the coast.\n", "puffins nest"),
        # ... but a bold name is not cut at a shorter bold word inside it.
        finds("# Rocks\n\nA **rock** is a solid. How rocks change is called the **rock cycle**.\n", "rock cycle"),
        finds("# Soils\n\nA soil that lets water through quickly is called **freely drained**.\n", "freely drained"),
        misses("# Soils\n\nThe soil is called loam, formed over centuries.\n", "loam formed"),
        # The author's own gloss right after the name ("T: the effort to ...") is the definition.
        finds("# Trade\n\nThe guilds opposed the charter, a stance known as protectionism: the effort to shield local "
              "trades from outside competition.\n", "protectionism"),
        # The author's quotes round the name do not hide it.
        finds('# Ports\n\nThe talks produced a change of mood soon called the "harbour thaw".\n', "harbour thaw"),
        # an adverb the naming pattern does not read ("later") would stay in the named phrase
        misses('# Ports\n\nFor years the town had avoided new quays, a stance later called "harbour calm".\n',
               "harbour calm"),
        # after a comma the quoted name is another name for the phrase before it
        misses('# Body\n\nIt sits in a pea-sized gland just below the brain, often called the "master gland".\n',
               "master gland"),
        misses('# Ports\n\nThe mayors came with promises, informally known as "harbour gifts", and the ports agreed.\n',
               "harbour gifts"),
        # What gets the name is a noun phrase with its relative, or one a coordinator opens the clause with.
        finds("# Dyes\n\nWeavers use roots, such as madder, or the colours that plants give, known as dyestuffs, to "
              "stain wool.\n", "dyestuffs"),
        finds("# Walls\n\nThe walls are thick, but the rooms between one wall and the next, called cells, are "
              "small.\n", "cells"),
        # ... or the object of the clause before the aside, with the purpose after it.
        finds("# Trade\n\nAt the spring fair Ruritania made trading pledges, known as the Fair Pledges, to lower its "
              "tolls on wool.\n", "Fair Pledges"),
    ),
))
