"""Naming sentences: "X is called T", "..., a process called T", "NP, also known as T, ...", "Wegener called it Pangaea"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_generic, mask_term, valid_term
from lessontext.glossary.phrases import (
    AUXILIARIES,
    DEFINITION_IS_A,
    MODALS,
    PREPOSITIONS,
    PRONOUN_START,
    Guarded,
    clear_verb_form,
    has_anaphora,
    looks_like_acronym,
    np_before,
    plural_head,
    predicate_of,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, getAllLemmas, getInflection, singular, term_key, word_pos

# "The rigid outer layer is called T", "..., a chain of mountains ..., now known as T": the named noun phrase.
CONFIDENCE = 0.85
# A definition rebuilt from the clause ("A step in which light splits water molecules").
REBUILT_CONFIDENCE = 0.8
# "sacs surrounded by a fluid called the stroma" -> "A fluid that surrounds sacs".
AGENT_CONFIDENCE = 0.75
# "Governments use competition law, also known as antitrust law, to ...": the main name, Y its alias.
ALIAS_CONFIDENCE = 0.75
# "Many narratives slide between voices. This technique is called T": rebuilt from the sentence before.
PREVIOUS_SENTENCE_CONFIDENCE = 0.7
# No shape fits: the sentence with the term blanked (dropped later as unreadable unless another rule explains it).
MASKED_SENTENCE_CONFIDENCE = 0.6


_CALLED = Guarded(re.compile(
    r"(?P<before>\S+)\s+(?P<verb>(?:(?:is|are|was|were)\s+)?(?:(?:now|also|often|commonly|usually|sometimes|generally|then)\s+)?"
    r"(?:called|known as|termed|referred to as|named))\s+(?P<term>[^,;:()\"“”]+)"
), "called", "known as", "termed", "referred to as", "named")


_NAME_THEN_COMMA = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|on|in|the|de))*\s+[A-Z][\w-]*,\s*$")


_ARTICLE_THEN_NAME_AT_END = re.compile(r"\s(?:a|an|the)\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[.!?]?$")


_TO_INFINITIVE = re.compile(r"to\s+[a-z]+")
_WHEN_THEN_WHAT = re.compile(r"^(?P<when>When\s+[^,]{5,80}),\s+(?P<what>what\s+[a-z]+)$")


def find_called(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
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
        words = raw.split()
        term_words: list[str] = []
        for i, word in enumerate(words):
            clean = word.rstrip(".!?")
            lw = clean.lower()
            if i == 0 and lw in {"the", "a", "an", "its", "their"}:
                continue
            if lw in STOPWORDS and lw not in {"of", "and"} or (term_words and clear_verb_form(clean)):
                break
            term_words.append(clean)
            if clean != word:
                break
        while term_words and term_words[-1].lower() in {"of", "and"}:
            term_words.pop()
        before = match.group("before")
        bare = not match.group("verb").startswith(("is", "are", "was", "were"))
        active = bare and match.group("verb").startswith("called") and (
            before[:1].isupper() or before.lower() in {"he", "she", "they", "we", "i", "you", "scientists", "people"}
        )
        if not term_words or len(term_words) > 4 and not active:
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
                if not named or raw[: named.start()].strip().lower() in {"", "a", "an", "the"}:
                    continue
                caps = named.group("name").split()
            term_words = caps
        term = " ".join(term_words)
        if not valid_term(term, strict=False) or is_generic(term):
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
        found = _naming_definition(
            sentence, term, verb_start=match.start("verb"), term_start=match.start("term"), term_end=match.end("term"),
            passive=not bare, active=active, previous=context.previous or "",
        )
        if found is None:
            continue
        definition, confidence = found
        out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, confidence, "pattern"))
    return out



_EVENT_NOUNS = frozenset(
    """
    process step stage phase reaction phenomenon event procedure technique practice method mechanism
    condition state situation period effect change movement transition problem risk danger threat
    strategy policy approach arrangement practice tactic
    """.split()
)


_CLAUSE_BOUNDARY = frozenset("that which who whom whose where when while because although if".split())


_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")


def _phrase_start(text: str, *, stop_at_prepositions: bool) -> tuple[int, str | None]:
    """Where the noun phrase that ends ``text`` starts, and the word or comma that bounds it.

    Scans back to a comma, a clause word ("that", "which"), a finite verb or
    (when asked) a preposition other than "of".
    """
    tokens = list(_WORD_OR_MARK.finditer(text))
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i].group(0)
        lw = token.lower()
        if token in {",", ";", ":", "(", ")"}:
            return tokens[i].end(), token
        previous = tokens[i - 1].group(0).lower() if i else ""
        if lw in _CLAUSE_BOUNDARY or lw in AUXILIARIES or (
            # "stacks of flattened sacs": a participle after "of" or an
            # article modifies the noun that follows.
            previous not in {"a", "an", "the", "of"} and not lw.endswith("ing") and clear_verb_form(token)
        ):
            return tokens[i].end(), lw
        if stop_at_prepositions and lw in PREPOSITIONS - {"of"} and i > 0:
            return tokens[i].end(), lw
    return 0, None


_TRAILING_RELATIVE = re.compile(r",\s+((?:which|that|who)\b[^;]*?)(?:,\s+(?:and|but)\b.*)?\.?$")


_NAME_CALLED_OBJECT = re.compile(r"^(?P<subj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+called\s+(?P<obj>.+?)\s*$")


_TRAILING_ARTICLE = re.compile(r"\s+(?:a|an|the)$")


_CLAUSE_THEN_PRONOUN = re.compile(r"^(?P<clause>[^;]+);\s+(?:they|it)$", re.I)


_RELATIVE_NAMING_OR_COMMA = re.compile(r"\b(?:which|that|who|called|known)\b|,")


def _naming_definition(sentence: str, term: str, *, verb_start: int, term_start: int, term_end: int,
                       passive: bool, active: bool, previous: str = "") -> tuple[str, float] | None:
    """A definition from "X is called T", "..., a process called T", "NP, known as T, ...".

    What gets the name is the definition: the noun phrase before the naming
    verb, or for "clause, a process called T" the clause turned into "A
    process in which clause", or for "verb to a sugar called T" the clause
    turned into "A sugar to which ...".  A naming sentence that none of
    these shapes fits keeps the sentence with the term masked, at lower
    confidence.
    """
    head_text = sentence[:verb_start].rstrip()
    tail = sentence[term_end:].strip()
    relative = _TRAILING_RELATIVE.match(tail)
    if active:
        # "Wegener called the former supercontinent Pangaea."
        subject = _NAME_CALLED_OBJECT.match(sentence[:term_start] + sentence[term_start:term_end].rsplit(term, 1)[0])
        obj = _TRAILING_ARTICLE.sub("", subject.group("obj")) if subject else ""
        if subject and len(word_list(obj)) >= 2:
            definition = finish_definition(f"{obj} (so named by {subject.group('subj')})")
            if definition:
                return definition, REBUILT_CONFIDENCE
    elif passive:
        np = DISCOURSE_OPENER.sub("", head_text).strip()
        pronoun = _CLAUSE_THEN_PRONOUN.match(np)
        if pronoun:
            # "Animals cannot make their own food; they are called consumers"
            # -> "Animals that cannot make their own food".
            relative = _subject_relative(pronoun.group("clause"))
            definition = finish_definition(relative) if relative else None
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        fronted = _WHEN_THEN_WHAT.match(np)
        if fronted:
            # "When an acid donates a proton, what remains is called ..." -> "What remains when an acid donates a proton".
            definition = finish_definition(f"{fronted.group('what')} {rephrase.lower_first(fronted.group('when'))}")
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        if "," not in np and len(word_list(np)) >= 3 and word_list(np)[0].lower() not in lexicon.UNRESOLVED_OPENERS:
            definition = finish_definition(np)
            if definition:
                return definition, CONFIDENCE
    elif head_text.endswith(","):
        # "..., a chain of mountains running through the Atlantic, now known as T".
        bound_at, _bound = _phrase_start(head_text[:-1], stop_at_prepositions=False)
        np = head_text[bound_at:-1].strip()
        if len(word_list(np)) >= 3 and np.split()[0].lower() in {"a", "an", "the"}:
            definition = finish_definition(rephrase.drop_demonstratives(np))
            if definition:
                return definition, CONFIDENCE
    elif _LATER_RELATIVE.search(tail) and (named := _named_noun_phrase(head_text, tail)) and " which " in named:
        # "Work is divided by a principle called T, or fair return, under which each country receives ...":
        # the relative after the name says what it is, not the clause before it.
        definition = finish_definition(named)
        if definition and not has_anaphora(definition):
            return definition, REBUILT_CONFIDENCE
    else:
        bound_at, bound = _phrase_start(head_text, stop_at_prepositions=True)
        np = head_text[bound_at:].strip()
        np_words = word_list(np)
        clause = _trim_unresolved(DISCOURSE_OPENER.sub("", head_text[:bound_at].rstrip(" ,")).strip())
        if bound in PREPOSITIONS:
            clause = clause[: clause.rstrip().rfind(" ") + 1].rstrip(" ,") if " " in clause else ""
        first = np_words[0].lower() if np_words else ""
        if bound == "," and first in {"a", "an"} and len(np_words) <= 4 and clause:
            # "Light splits water molecules, a step known as photolysis."
            if np_words[-1].lower() in _EVENT_NOUNS:
                definition = finish_definition(rephrase.relative_definition(np, "in", clause))
            else:
                definition = finish_definition(f"{np}: {rephrase.lower_first(rephrase.reorder_subordinate(clause))}")
            if definition and not has_anaphora(definition):
                return definition, REBUILT_CONFIDENCE
        elif bound == "by" and _agent_definition(head_text[:bound_at], np):
            # "sacs, which are surrounded by a fluid called the stroma" ->
            # "A fluid that surrounds thylakoids".
            definition = finish_definition(_agent_definition(head_text[:bound_at], np))
            if definition and not has_anaphora(definition):
                return definition, AGENT_CONFIDENCE
        elif bound in PREPOSITIONS and first in {"a", "an"} and clause and not _RELATIVE_NAMING_OR_COMMA.search(
            clause := _EXAMPLE_ASIDE.sub("", clause)
        ):
            # "RuBisCO attaches carbon dioxide to a sugar called RuBP."
            definition = finish_definition(rephrase.drop_demonstratives(rephrase.relative_definition(np, bound, clause)))
            if definition:
                return definition, REBUILT_CONFIDENCE
        elif bound not in {",", None} and len(np_words) >= 2 and (first not in {"a", "an", "the"} or relative):
            # "... are stacks of flattened sacs called thylakoids, which ..."
            definition = finish_definition(np + (", " + relative.group(1) if relative else ""))
            if definition and not has_anaphora(definition):
                return definition, REBUILT_CONFIDENCE
    named = _named_noun_phrase(head_text, tail) if not passive else _named_in_passive(head_text)
    confidence = REBUILT_CONFIDENCE
    if passive and not named:
        named = _named_by_demonstrative(head_text, previous)
        if named and " in which " in named:
            confidence = PREVIOUS_SENTENCE_CONFIDENCE
    if named:
        definition = finish_definition(named)
        if definition and not has_anaphora(definition):
            return definition, confidence
    masked = finish_definition(mask_term(_trim_unresolved(sentence), term_key(term)))
    return (masked, MASKED_SENTENCE_CONFIDENCE) if masked else None


_NP_TOKEN = re.compile(r"[\w’'/-]+|[^\w\s]")
_DETERMINERS = frozenset("a an the its their".split())
_SUBJECT_STOP = frozenset("and then but so while whereas".split())
# "in which / under which ..." after the name: what restricts the named thing.
_LATER_RELATIVE = re.compile(
    r",\s+((?:in|by|at|on|through|from|with|into|to|under)\s+which\s+(?!it\b|they\b|this\b|these\b)[^;]*?)\.?$"
)


def _nominal(word: str, previous: str) -> bool:
    """"point" in "a single point on ..." heads a noun phrase; "falls" in "the river falls over ..." is a verb."""
    pos = word_pos(word)
    if "NOUN" not in pos:
        return False
    return not ("VERB" in pos and word.lower().endswith("s") and "NOUN" in word_pos(previous)
                and previous.lower() not in _DETERMINERS)


def _article_start(tokens: list[str]) -> int | None:
    """Index where the noun phrase that ends ``tokens`` starts at its determiner, or None.

    Crosses adjectives in a comma list ("a narrow, steep-sided channel") and
    prepositional phrases that follow a noun ("a single point on the horizon").
    """
    start = None
    i = len(tokens) - 1
    while i >= 0:
        token, lw = tokens[i], tokens[i].lower()
        if lw in _DETERMINERS:
            start = i
            before = tokens[i - 1].lower() if i else ""
            if before == "of" or before in PREPOSITIONS and i >= 2 and _nominal(tokens[i - 2], tokens[i - 3] if i >= 3 else ""):
                i -= 2
                continue
            return start
        if token == ",":
            adjective = tokens[i - 1] if i >= 1 else ""
            if i >= 2 and "ADJ" in word_pos(adjective) and tokens[i - 2].lower() in _DETERMINERS | {","}:
                i -= 1
                continue
            return start
        if not token[0].isalnum() or lw in _CLAUSE_BOUNDARY or lw in AUXILIARIES or (
            # "Beneath the AU sit groupings": a verb, not a modifier ("raised banks", "steep-sided").
            word_pos(token) == {"VERB"} and not lw.endswith(("ed", "ing"))
        ):
            return start
        i -= 1
    return start


def _agent(tokens: list[str]) -> str | None:
    """The subject noun phrase that ends ``tokens`` ("In the lower course, the river often" -> "the river")."""
    words: list[str] = []
    for token in reversed(tokens):
        lw = token.lower()
        if lw in PREPOSITIONS:
            return None  # "Beneath the AU sit groupings": the object of a preposition is no subject
        if not token[0].isalnum() or lw in _SUBJECT_STOP or lw in _CLAUSE_BOUNDARY or lw in AUXILIARIES:
            break
        if not words and (lw.endswith("ly") or lw in {"often", "usually", "then", "also", "later", "now"}):
            continue
        words.insert(0, token)
    if not 1 <= len(words) <= 4 or PRONOUN_START.match(words[0]) or words[0].lower() in STOPWORDS - {"the", "a", "an"}:
        return None
    if any(clear_verb_form(w) and not w.lower().endswith("ed") for w in words):
        return None
    if not any("NOUN" in word_pos(w) or "PROPN" in word_pos(w) or w[:1].isupper() for w in words[-1:]):
        return None
    return rephrase.lower_first(" ".join(words))


def _participle(verb: str) -> str | None:
    """"cuts" -> "cut", "built" -> "built": the past participle of a finite verb, else None."""
    lw = verb.lower()
    if lw.endswith("ing") or lw in AUXILIARIES or not verb.islower():
        return None
    for lemma in getAllLemmas(lw).get("VERB", ()):
        forms = {f for tag in ("VBZ", "VBP", "VBD") for f in (getInflection(lemma, tag) or ())}
        if lw in forms:
            return (getInflection(lemma, "VBN") or (None,))[0]
    return None


def _named_noun_phrase(head_text: str, tail: str) -> str | None:
    """What gets the name in "S V NP called T", "... at NP, called T", "V NP known as T, ..., in which ...".

    "vertical erosion cuts a narrow, steep-sided channel called T" -> "A
    narrow, steep-sided channel cut by vertical erosion"; "lines converge at
    a single point on the horizon, called T" -> "A single point on the
    horizon at which lines converge"; "repeated floods build raised banks
    called T" -> "Raised banks built by repeated floods".  A noun phrase
    with nothing to restrict it needs three words of its own.
    """
    tokens = [m.group(0) for m in _NP_TOKEN.finditer(head_text.rstrip(" ,"))]
    start = _article_start(tokens)
    bare = start is None
    if bare:
        # "build raised banks": a bare plural after its verb (a participle before the noun modifies it).
        run = 0
        for token in reversed(tokens):
            if not token[0].isalpha() or token.lower() in STOPWORDS:
                break
            run += 1
        head = len(tokens) - 1
        for k in range(head - 1, len(tokens) - run - 1, -1):
            if "VERB" in word_pos(tokens[k]) and not tokens[k].lower().endswith(("ed", "ing")):
                start = k + 1
                break
        if start is None or not plural_head(" ".join(tokens[start:])):
            return None
    np_tokens = tokens[start:]
    noun_phrase = re.sub(r"\s+([,])", r"\1", " ".join(np_tokens))
    noun_phrase = re.sub(r"\b(?:its|their)\b", "the", noun_phrase)
    content = [w for w in np_tokens if w[0].isalnum() and w.lower() not in STOPWORDS]
    before = tokens[:start]
    later = _LATER_RELATIVE.search(tail)
    if later and not bare:
        return f"{noun_phrase} {later.group(1)}"
    if before and before[-1].lower() in PREPOSITIONS and not bare:
        # "... appear to converge at a single point on the horizon".
        cut = max((i for i, t in enumerate(before) if not t[0].isalnum() or t.lower() in _CLAUSE_BOUNDARY | _SUBJECT_STOP),
                  default=-1)
        clause = re.sub(r"\s+([,])", r"\1", " ".join(before[cut + 1:-1]))
        words = clause.split()
        # "..., and place all three under NP": a coordinated verb phrase has no subject of its own.
        coordinated = cut >= 0 and before[cut].lower() in _SUBJECT_STOP
        if (3 <= len(words) <= 15 and not coordinated and not PRONOUN_START.match(clause) and not clear_verb_form(words[0])
                and words[0].lower() not in STOPWORDS - {"the", "a", "an"}):
            return rephrase.relative_definition(noun_phrase, before[-1].lower(), clause)
        return noun_phrase if len(content) >= 3 else None
    if before:
        participle = _participle(before[-1])
        subject = _agent(before[:-1]) if participle else None
        if subject:
            return f"{noun_phrase} {participle} by {subject}"
    return noun_phrase if len(content) >= 3 and not bare else None


_CONDITION_OPENERS = frozenset("if unless although though because since while as once".split())
_DEMONSTRATIVE_NOUN = re.compile(r"^(?:This|These)\s+(?P<noun>[a-z][\w-]*)(?P<rest>(?:\s+[^,;]+)?)$")
# "Ohm published experiments showing that X": the reported content X is what the next sentence names.
_REPORTED = re.compile(r"\b(?:showing|shows|showed|found|finds|states|stated|proved|proves)\s+that\s+,?\s*")


def _named_by_demonstrative(head_text: str, previous: str) -> str | None:
    """What "This N (of ...) is called T" names: "The N of ...", or "A N in which <the sentence before>".

    "This method of making ATP using a gradient of ions is known as T" ->
    "The method of making ATP using a gradient of ions"; "Many narratives
    slide between voices. This technique is known as T" -> "A technique in
    which many narratives slide between voices".
    """
    match = _DEMONSTRATIVE_NOUN.match(head_text.strip())
    if not match or "NOUN" not in word_pos(match.group("noun")):
        return None
    noun, rest = match.group("noun"), match.group("rest").strip()
    if rest:
        # "This method of making ATP ...": the demonstrative's own restriction says what it is.
        return f"The {noun} {rest}" if len(word_list(rest)) >= 3 and rest.split()[0] in {"of", "for", "that", "which",
                                                                                         "using", "in", "by"} else None
    reported = _REPORTED.search(previous)
    clause = previous[reported.end():] if reported else previous
    clause = clause.strip().rstrip(".")
    words = word_list(clause)
    # "If the bench is wet, the acid spreads": a condition and what follows from it, not what a process is.
    if (not 4 <= len(words) <= 30 or PRONOUN_START.match(clause) or words[0].lower() in lexicon.UNRESOLVED_OPENERS
            or words[0].lower() in _CONDITION_OPENERS or previous.rstrip().endswith((":", "?"))):
        return None
    noun_phrase = f"{rephrase.article(noun).lower()} {noun}" if not plural_head(noun) else noun
    return rephrase.relative_definition(noun_phrase, "in", clause)


_LAST_CONJUNCT = re.compile(r"(?:,\s+(?:and|while|whereas|but)\s+|;\s+)(?=[^,;]+$)")
_THEN_PRONOUN = re.compile(r"^(?P<clause>.+);\s+(?:these|they|this|it)$", re.I)


def _named_in_passive(head_text: str) -> str | None:
    """What "..., and NP is known as T" or "..., leaving NP; these are called T" names: NP."""
    text = DISCOURSE_OPENER.sub("", head_text).strip()
    pronoun = _THEN_PRONOUN.match(text)
    if pronoun:
        # "it winds around it, leaving ridges of high land that alternate; these are called T".
        last = pronoun.group("clause").rsplit(",", 1)[-1].split()
        if last and last[0].lower().endswith("ing") and clear_verb_form(last[0]):
            last = last[1:]
        phrase = " ".join(last)
        if len(last) >= 3 and plural_head(re.split(r"\s+(?:of|that|which)\s+", phrase)[0]) and not PRONOUN_START.match(phrase):
            return phrase
        return None
    parts = _LAST_CONJUNCT.split(text)
    if len(parts) < 2:
        return None
    phrase = parts[-1].strip()
    words = word_list(phrase)
    # "the point where two rivers meet" names; "the delta has long fingers ... and" is a clause.
    head = word_list(re.split(r"\b(?:that|which|who|where|when|whose)\b", phrase)[0])
    if any(w.lower() in AUXILIARIES or clear_verb_form(w) for w in head[1:]) or words[-1:] == ["and"]:
        return None
    if len(words) >= 3 and "," not in phrase and words[0].lower() not in lexicon.UNRESOLVED_OPENERS:
        return phrase
    return None


# "Most stars, including the Sun, lie on ...": an aside of examples inside a clause.
_EXAMPLE_ASIDE = re.compile(r",\s+(?:including|such as|like|e\.g\.)\s+[^,]+,")


_AGENT = re.compile(
    r"(?P<ante>[^,]+?),\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+by$"
)


_SUBJECT_AGENT = re.compile(
    r"^(?P<ante>(?:The|A|An|Each|Every)\s+[^,]{2,60}?)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+by$"
)


_CALLED_NAME_AT_END = re.compile(r"\bcalled\s+(?:the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,2})$")


_QUANTIFYING_DETERMINER = re.compile(r"^(?:Each|Every|A|An)\b")


def _agent_definition(before_agent: str, agent: str) -> str | None:
    """"X, (which are) caused by NP" -> "NP that cause(s) X"."""
    match = _AGENT.search(before_agent.strip()) or _SUBJECT_AGENT.match(before_agent.strip())
    if not match or not word_list(agent):
        return None
    lemmas = getAllLemmas(match.group("verb")).get("VERB")
    if not lemmas:
        return None
    ante = match.group("ante").strip()
    named = _CALLED_NAME_AT_END.search(ante)
    if named:
        ante = named.group("name")
    else:
        ante = rephrase.lower_first(_QUANTIFYING_DETERMINER.sub("the", ante))
    if PRONOUN_START.match(ante) or len(word_list(ante)) > 12:
        return None
    plural = plural_head(agent)
    verb = (getInflection(lemmas[0], "VBP" if plural else "VBZ") or (None,))[0]
    if not verb:
        return None
    return f"{agent[0].upper()}{agent[1:]} that {verb} {ante}"


def _subject_relative(clause: str) -> str | None:
    """"Animals cannot eat grass" -> "Animals that cannot eat grass" (a plural or mass subject of 1-3 words)."""
    words = clause.split()
    for k in range(1, min(4, len(words))):
        subject, rest = words[:k], " ".join(words[k:])
        if any(w.lower() in STOPWORDS for w in subject):
            return None
        if words[k].lower() in MODALS or predicate_of(rest, plural=True):
            return f"{' '.join(subject)} that {rest}"
    return None


_COMPLEMENTISER = re.compile(r"\b(?:why|that|how|where|whether)\s+")


def _trim_unresolved(text: str) -> str:
    """"It explains why the ocean is ringed by ..." -> "the ocean is ringed by ..."."""
    words = word_list(text[:20])
    if words and words[0].lower() in lexicon.UNRESOLVED_OPENERS:
        match = _COMPLEMENTISER.search(text)
        if match:
            return text[match.end():]
    return text


CALLED = RULES.register(Rule(
    name="called", priority=130, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_called,
    examples=(
        finds("# Earth\n\nThe rigid outer layer of the Earth is called the lithosphere.\n", "lithosphere"),
        finds("# Plants\n\nLight splits water molecules, a step known as photolysis.\n", "photolysis"),
        misses("# Home\n\nShe called her brother before dinner.\n", "brother"),
    ),
))
