"""Labelled list items and paragraphs: "**Term**: explanation" and "- Osmosis: the movement of ..."."""

from __future__ import annotations

import re
from collections.abc import Callable

from lessontext.document import Block, DocumentSection, ItemList, Paragraph, split_sentences
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.authored import AUTHORED_GLOSSARY_CONFIDENCE, in_authored_glossary
from lessontext.glossary.candidate import MIN_CONFIDENCE, Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.label_bodies import (
    is_unrelated_clause,
    narrated_clause,
    past_situation,
    stage_paragraphs,
    stems,
    told_event,
)
from lessontext.glossary.layout import layout_label
from lessontext.glossary.phrases import (
    AUXILIARIES,
    DEFINITION_IS_A,
    MODALS,
    PREPOSITIONS,
    PRONOUN_START,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    looks_like_acronym,
    plural_head,
    predicate_of,
    schwartz_hearst,
    strip_article,
    verb_only,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.slides import fragment_defines, is_slide_deck, nested_detail, with_relative_that
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# A label in a list or in bold is the author's own glossary entry.
LIST_LABEL_CONFIDENCE = 0.85
PARAGRAPH_LABEL_CONFIDENCE = 0.8
# "Temperature: in cold weather, ...": the body sets a scene, it does not explain.
CIRCUMSTANCE_CONFIDENCE = 0.4
# "Temperature: the enzymes ... work slowly": a clause about something else.
UNRELATED_CLAUSE_CONFIDENCE = 0.45
# "**Contributory negligence**: the claimant was partly to blame": a bold label whose body states, in the past
# tense, the situation the term names (not a comment on the label's present behaviour).
SITUATION_CONFIDENCE = 0.6
# "Experience has produced a set of principles ...:": a list whose labels name principles and whose bodies state them.
STATED_PRINCIPLE_CONFIDENCE = 0.7
_PRINCIPLES_LEAD_IN = re.compile(r"\b(?:principles|rules|maxims|norms|guidelines|tenets)\b[^.]*:\s*$", re.I)
_PRESCRIBES = re.compile(r"\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b", re.I)
_CIRCUMSTANCE_OPENERS = frozenset("in with at on during under when if by for from after before".split())


_TEXT_THEN_PARENTHESIS = re.compile(r"(.+?)\s*\(([^()]+)\)")


# " in words", " for a pyramid": a prepositional phrase after a label's first word.
_LABEL_BEFORE_PHRASE = re.compile(r"\s+(?:in|for|of)\s+.+$", re.I)


def _split_paren(label: str) -> tuple[str, str | None]:
    match = _TEXT_THEN_PARENTHESIS.fullmatch(label.strip())
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return label.strip(), None


_FOR_EXAMPLE_OPENER = re.compile(r"(?:for (?:instance|example)|e\.g\.)", re.I)


def _label_candidates(section: DocumentSection, label: str, body: str, sentences: tuple[str, ...], source_text: str,
                      bold_or_list: bool, running_text: Callable[[], str] = str, bold: bool = False) -> list[Candidate]:
    if not label or not body:
        return []
    term, paren = _split_paren(label)
    term = strip_article(term)
    if (measured := _measured_move(section, term, paren, body)) is not None:
        return measured
    aliases: set[str] = set()
    kind = TermKind.DEFINED
    if paren and len(paren.split()) > 3:
        # "Consent (often expressed in Latin as volenti non fit injuria)": the other name after the phrase.
        other = _OTHER_NAME_IN_ASIDE.search(paren)
        paren = other.group("name").strip() if other else None
    if paren:
        if looks_like_acronym(term) and not looks_like_acronym(paren):
            # "ATP (adenosine triphosphate)": show the expansion.
            if schwartz_hearst(term, paren):
                term, paren = paren, term
                kind = TermKind.ACRONYM
        elif looks_like_acronym(paren):
            kind = TermKind.ACRONYM
        aliases.add(paren)
    defined_aside = len(word_list(term)) == 1 and "NOUN" in word_pos(fold(term)) and bool(_DEFINING_BODY.match(body))
    if fold(term) in lexicon.NON_TERM_LABELS and not defined_aside:
        return []
    facet = _LABEL_BEFORE_PHRASE.sub("", term)
    if facet != term and fold(facet).lower() in lexicon.NON_TERM_LABELS:
        return []  # "Formula in words", "Formula for a pyramid", "Example of a tax": a facet of the item above
    if not defined_aside and not valid_term(term, strict=False, allow_adjective=True):
        return []
    words = word_list(term)
    if _numbered_or_worked(words, body) or _clause_label(words, bold):
        return []
    if _is_activity_label(words, body):
        return _gerund_label(section, term, body, sentences, source_text, running_text)
    if len(words) > 5 or (len(words) > 3 and term[-1:] in ".!?"):
        return []
    first_sentence = sentences[0] if sentences else body
    # "Myocardial infarction (MI): death of ..., commonly known as a heart
    # attack": the other name belongs to the label.
    other_name = _LABEL_ALIAS.search(first_sentence)
    # "...; also called seeding or nucleation": each other name is the label's, not an entry of its own.
    other_names = [strip_article(n) for n in re.split(r"\s+or\s+", other_name.group("alias"))] if other_name else []
    if other_names and all(valid_term(n, strict=False) for n in other_names):
        aliases.update(other_names)
        first_sentence = first_sentence[: other_name.start()] + "."
    definition_parts = [first_sentence]
    if len(sentences) > 1 and len(word_list(first_sentence)) < 12:
        nxt = sentences[1]
        if not _FOR_EXAMPLE_OPENER.match(nxt):
            definition_parts.append(nxt)
    confidence = LIST_LABEL_CONFIDENCE if bold_or_list else PARAGRAPH_LABEL_CONFIDENCE
    first_word = word_list(body[:30])[:1]
    if first_word and first_word[0].islower() and fold(first_word[0]) in _CIRCUMSTANCE_OPENERS:
        confidence = CIRCUMSTANCE_CONFIDENCE
    if confidence > MIN_CONFIDENCE and is_unrelated_clause(term, first_sentence):
        confidence = (SITUATION_CONFIDENCE if bold and len(words) > 1 and past_situation(first_sentence)
                      else UNRELATED_CLAUSE_CONFIDENCE)
    elif narrated_clause(term, first_sentence):
        confidence = UNRELATED_CLAUSE_CONFIDENCE
    if in_authored_glossary(section):
        confidence = AUTHORED_GLOSSARY_CONFIDENCE  # "## Key terms": the author's own entry, trusted as written
    elif told_event(term, first_sentence):
        return []  # "Sentencing: The judge asks ...": a step of the lesson's story under a label, not a definition
    if _TENDENCY.search(first_sentence):
        return []  # a claim about a factor, not what it is
    key = term_key(term)
    # The label is the term and the body the author's explanation of it: keep
    # the body as written (a blank where the term is mentioned would turn it
    # into a cloze), except a body that restates the label as its subject
    # ("Osmosis: osmosis is the movement ...") gives the rest.
    restated = DEFINITION_IS_A.match(first_sentence)
    if restated and term_key(strip_article(restated.group("subj"))) in {key, *(term_key(a) for a in aliases)}:
        definition_parts[0] = restated.group("rest")
    definition = finish_definition(" ".join(definition_parts))
    # "Glycolysis. This stage takes place in ...": a body opening on "this" needs rewording too.
    if definition is None or _is_context_sentence(term, first_sentence):
        reworded = _reworded_body(term, sentences or (body,), running_text)
        if reworded:
            # A body sentence about the label ("This stage takes place ...") is related after all.
            definition = reworded
            confidence = max(confidence, LIST_LABEL_CONFIDENCE if bold_or_list else PARAGRAPH_LABEL_CONFIDENCE)
    if definition is None:
        return []
    return [Candidate(term, definition, kind, section, source_text, confidence, "label", aliases, mask=False)]


_NOUN_PHRASE_OPENER = re.compile(r"^(?:an?|the|one|any|each|every)\s", re.I)
# "tritone (6 semitones): C to F♯": a measure in the label, a move between two symbols as the body.
_MEASURE = re.compile(r"\d+(?:\.\d+)?\s+[a-z]+")
_SYMBOL = r"[A-Z0-9][A-Z0-9♯♭#°]{0,3}"
_SYMBOL_MOVE = re.compile(rf"{_SYMBOL} to {_SYMBOL}")


def _measured_move(section: DocumentSection, term: str, paren: str | None, body: str) -> list[Candidate] | None:
    """"tritone (6 semitones): C to F♯" under "## Intervals" -> "An interval of 6 semitones, e.g. C to F♯."."""
    move = body.strip().rstrip(".")
    heading = word_list(section.heading or "")
    if not paren or not _MEASURE.fullmatch(paren) or not _SYMBOL_MOVE.fullmatch(move) or len(heading) != 1:
        return None
    kind = singular(fold(heading[0]).lower())
    if kind == fold(heading[0]).lower() or "NOUN" not in word_pos(kind) or not valid_term(term, strict=False):
        return []
    definition = finish_definition(f"{rephrase.article(kind)} {kind} of {paren}, e.g. {move}")
    return [Candidate(term, definition, TermKind.DEFINED, section, f"{term} ({paren}): {move}", LIST_LABEL_CONFIDENCE,
                      "label", set(), mask=False)] if definition else []
_FRONTED_PARTICIPLE = re.compile(r"^(?P<part>[A-Z][a-z]+ing\s[^,;]{5,150}),\s+(?:the\s+)?(?P<rest>.+)$")
_DEMONSTRATIVE_SUBJECT = re.compile(r"^(?:These|This|Such)\s+(?P<noun>[a-z][\w-]*)\s+(?P<rest>.+)$")
_THIS_IS_NP = re.compile(r"^(?:This|It)\s+is\s+(?P<np>(?:the|an?)\s+[^;]{6,200}?)\.?$")
# "These activities ...", "Such measures ...": in a labelled paragraph, an umbrella noun refers back to the label.
_UMBRELLA_NOUNS = frozenset(
    """
    activity effort initiative measure programme program event operation arrangement practice step action
    engagement interaction undertaking venture scheme project
    """.split()
)


def _is_context_sentence(term: str, sentence: str) -> bool:
    """True for "Many states send troops abroad ...": a body that opens with a clause, not a noun phrase."""
    words = word_list(sentence[:60])
    if not words or _NOUN_PHRASE_OPENER.match(sentence) or words[0][:1].islower():
        return False
    if DEFINITION_IS_A.match(sentence):
        return False
    return any(finite_verb(w) or w.lower() in AUXILIARIES for w in word_list(sentence)[1:8])


def _reworded_body(term: str, sentences: tuple[str, ...], running_text: Callable[[], str] = str) -> str | None:
    """A definition rebuilt from a body sentence whose subject is the label ("These missions aim to ...").

    "Peacekeeping missions: ... These missions aim to keep ..." -> "Missions
    that aim to keep ..."; "Trade fairs: Trade fairs bring ..." -> "Fairs that
    bring ...".  None when no sentence of the body is about the label.
    """
    term_words = word_list(term)
    if not term_words:
        return None
    head = fold(term_words[-1])
    term_stems = stems(term)
    for at, sentence in enumerate(sentences[:3]):
        words = sentence.split()
        if at == 0 and (named := _THIS_IS_NP.match(sentence.strip())) and not has_anaphora(named["np"]):
            # "**Second reading.** This is the main debate on the principles of the bill.": the label is what "this" is.
            return finish_definition(named["np"])
        fronted = _FRONTED_PARTICIPLE.match(sentence.strip())
        if fronted and term_stems and term_stems <= stems(" ".join(fronted.group("rest").split()[:len(term_words) + 1])):
            # "Acting as a liaison between ..., defence attachés play ..." -> "Attachés acting as a liaison between ...".
            head_word = term_words[-1] if term_words[-1].isupper() else term_words[-1].lower()
            if head_word.isascii():
                # The running text's accented spelling ("attachés") of an unaccented label ("Attaches").
                head_word = next((w for w in running_text().split() if not w.isascii() and fold(w) == fold(head_word)),
                                 head_word)
            genus = (f"{head_word[:1].upper()}{head_word[1:]}" if plural_head(term)
                     else f"{rephrase.article(head_word)} {head_word}")
            definition = finish_definition(f"{genus} {rephrase.lower_first(fronted.group('part'))}")
            if definition:
                return definition
        demonstrative = _DEMONSTRATIVE_SUBJECT.match(sentence.strip())
        if demonstrative:
            noun = demonstrative.group("noun")
            # (The body's first sentence has no antecedent but the label: "**Glycolysis.** This stage takes place ...".)
            same = fold(noun)[:5] == head[:5] or singular(fold(noun)) in _UMBRELLA_NOUNS or (
                at == 0 and "NOUN" in word_pos(fold(noun)) and fold(noun) not in STOPWORDS)
            predicate = predicate_of(demonstrative.group("rest"), plural=noun.endswith("s"))
            if same and predicate:
                return finish_definition(f"{noun[:1].upper()}{noun[1:]} that {predicate}"
                                         if noun.endswith("s") else f"{rephrase.article(noun)} {noun} that {predicate}")
            continue
        # The label itself (or its plural, or an adjective form) as the subject.
        for i in range(len(term_words), min(len(term_words) + 2, len(words))):
            if term_stems and term_stems <= stems(" ".join(words[:i])) and fold(words[i - 1])[:5] == head[:5]:
                predicate = predicate_of(" ".join(words[i:]), plural=plural_head(words[i - 1]))
                if predicate:
                    return finish_definition(rephrase.genus_phrase(term, predicate))
                break
    return None


_LABEL_ALIAS = re.compile(
    r"[,;]\s+(?:also|commonly|often|sometimes|usually|more commonly)\s+(?:known as|called|referred to as)\s+(?P<alias>[^,.;()]+?)\.?$"
)


# "Source: the place where a river begins" defines a word that usually only
# introduces an aside ("Source: World Bank").
_DEFINING_BODY = re.compile(r"^(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:where|that|which|who|in which|of)\b", re.I)


def _is_activity_label(words: list[str], body: str) -> bool:
    """True for "Building Trust and Confidence": a gerund with its object names an action.

    A gerund followed by a noun can also be a compound term ("Printing
    press", "Boiling point"): it is one when it has no coordination or
    adjective and the body explains it with a noun phrase, not a clause
    about someone doing something.
    """
    if len(words) < 2 or not words[0].lower().endswith("ing") or "VERB" not in word_pos(words[0]):
        return False
    rest = [w.lower() for w in words[1:]]
    if len(rest) > 2 or any(w in STOPWORDS for w in rest):
        return True
    if any(not (word_pos(w) & {"NOUN", "PROPN"}) and word_pos(w) for w in rest):
        return True  # "Promoting Mutual Understanding": an adjective before the object
    opening = word_list(body)[:4]
    if not opening:
        return True
    if opening[0].lower() in {"a", "an", "the"}:
        return False
    if opening[0][:1].isupper() or any(w.lower() in AUXILIARIES or clear_verb_form(w) for w in opening):
        return True
    return not (word_pos(opening[0]) & {"NOUN", "ADJ"})


def _running_text(context: Context) -> str:
    """The document's sentences, lower case, one space-separated string (to look for a phrase)."""
    return f" {context.running_text} "


# A gerund label with an explained body names a practice: "**Sharing intelligence**: navies exchange ...".
GERUND_LABEL_CONFIDENCE = 0.6
_MIN_BODY_WORDS = 6
_COMPOUND_IN_TEXT_BONUS = 0.15


def _gerund_label(section: DocumentSection, term: str, body: str, sentences: tuple[str, ...], source_text: str,
                  running_text: Callable[[], str]) -> list[Candidate]:
    """"**Sharing Intelligence**: Navies exchange radar pictures ..." -> "Intelligence sharing": "The practice in which ...".

    A gerund with a one- or two-noun object names a practice when the running
    text uses its compound ("intelligence sharing"), the term, or the body
    opens on a noun phrase ("**Pooling equipment**: the lending of ...").  A body that is an instruction ("managers should
    ...") or opens with a pronoun does not explain it; coordinated or
    qualified objects ("Building Trust and Confidence") stay activities.
    """
    words = word_list(term)
    rest = [w.lower() for w in words[1:]]
    if not 1 <= len(rest) <= 2 or any(w in STOPWORDS or not word_pos(w) & {"NOUN", "PROPN"} for w in rest):
        return []
    first = sentences[0] if sentences else body
    body_words = word_list(first)
    if len(body_words) < _MIN_BODY_WORDS or PRONOUN_START.match(first) or narrated_clause(term, first) or any(
            w.lower() in MODALS for w in body_words[:4]):
        return []
    compounds = [" ".join(rest + [words[0].lower()]), " ".join(rest[:-1] + [singular(rest[-1]), words[0].lower()])]
    text = running_text()
    compound = next((c for c in compounds if f" {c} " in text), None)
    shown = compound or f"{words[0][:1].upper()}{words[0][1:].lower()} {' '.join(rest)}"
    # The lesson itself uses the compound ("map sharing"): surely a term.
    confidence = GERUND_LABEL_CONFIDENCE + (_COMPOUND_IN_TEXT_BONUS if compound else 0.0)
    if _NOUN_PHRASE_OPENER.match(first):
        definition = finish_definition(first)
    elif body_words[0][:1].islower() or not compound:
        # "practise daily to ...": an instruction; "**Forming slag.** Calcium oxide reacts with ...": a step told, which
        # "The practice in which ..." made no definition unless the lesson names the practice with its compound
        # (every set rated: 9 reject and 9 minor ratings of labels without one, no accept).
        return []
    else:
        definition = finish_definition(f"The practice in which {rephrase.lower_first(first)}")
    if not definition:
        return []
    return [Candidate(shown, definition, TermKind.DEFINED, section, source_text, confidence, "label", {term}, mask=False)]


# "**Consent** (often expressed in Latin as *volenti non fit injuria*): the claimant ...": a bold term, an aside, a colon.
_BOLD_ASIDE_LABEL = re.compile(r"^(?P<term>[^():]{1,60}?)\s+\((?P<aside>[^()]{1,80})\):\s+(?P<body>\S.*)$", re.S)
_OTHER_NAME_IN_ASIDE = re.compile(r"\b(?:as|called|known as|or)\s+(?P<name>[^,;()]+)$")


def _aside_label(text: str, context: Context) -> tuple[str, str] | None:
    """"Consent (often ... as volenti non fit injuria): body" with "Consent" in bold -> ("Consent (...)", body)."""
    match = _BOLD_ASIDE_LABEL.match(text)
    if not match or term_key(match.group("term")) not in context.bold_keys:
        return None
    return f"{match.group('term')} ({match.group('aside')})", match.group("body").strip()


# "Change in price: 3 − 2 = 1. ...": a step of a worked calculation.
_CALCULATION_START = re.compile(r"^[\s(]*[−-]?[$£€]?\d[\d.,]*\s*[−+×÷*/=-]\s*[$£€(]?[−-]?\d")
# "The more close substitutes there are, the more elastic ...", "... tend to have ...": a claim, not a definition.
_COMPARATIVE = r"(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger)"
_TENDENCY = re.compile(rf"^The\s+{_COMPARATIVE}\b[^,;]*,\s+the\s+{_COMPARATIVE}\b|\btends?\s+to\b", re.I)


def _numbered_or_worked(words: list[str], body: str) -> bool:
    """"Worked example 2", "Step 3": a numbered part of the lesson; "Change in price: 3 − 2 = 1": a calculation."""
    numbered = len(words) > 1 and words[-1].isdigit() and any(fold(w).lower() in lexicon.NON_TERM_LABELS for w in words)
    return numbered or bool(_CALCULATION_START.match(body))


def _clause_label(words: list[str], bold: bool) -> bool:
    """"Readers detect unreliability through clues": a sentence with its verb, not a name (a bold label is trusted).

    "Evidence comes from dual-task studies": a verb in -s before a preposition makes a sentence too, and so does a
    plural's verb ("Sedimentary rocks form from sediment").
    """
    if bold or len(words) < 3:
        return False
    return any(verb_only(w.lower()) for w in words[1:]) or any(
        nxt.lower() in PREPOSITIONS and (
            w.lower().endswith("s") and finite_verb(w.lower(), plural=False)
            or before.lower().endswith("s") and "NOUN" in word_pos(before.lower()) and finite_verb(w.lower(), plural=True))
        for before, w, nxt in zip(words, words[1:], words[2:], strict=False))


def _is_bold(label: str, context: Context) -> bool:
    term = _split_paren(label)[0]
    return term_key(term) in context.bold_keys


# "- Function: to store food ..." under each organ, "- Landforms: ..." under each boundary: a label that items of
# this many separate lists carry names a field of a repeated record, not a term.
RECURRING_FIELD = 3


# "- Cloud: ...", "- Pressure: ..." under "Ahead of the front" and again under "In the warm sector": a label two lists
# carry beside a field that recurs in more (a record whose fields some records leave out) is a field too.
RECURRING_BESIDE_FIELD = 2


def _label_lists(context: Context) -> dict[str, int]:
    """In how many of the document's lists some item carries each label (by :func:`term_key`)."""
    counts = context.memo.get("label_lists")
    if counts is None:
        counts = {}
        for keys in _list_label_sets(context):
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
        context.memo["label_lists"] = counts
    return counts  # type: ignore[return-value]


def _list_label_sets(context: Context) -> list[set[str]]:
    """The labels (by :func:`term_key`) each of the document's lists carries."""
    return [{term_key(_split_paren(i.label)[0]) for i in block.items if i.label}
            for section in context.document.sections for block in section.blocks if isinstance(block, ItemList)]


def _recurring_field(label: str, context: Context) -> bool:
    counts = _label_lists(context)
    key = term_key(_split_paren(label)[0])
    if counts.get(key, 0) >= RECURRING_FIELD:
        return True
    return counts.get(key, 0) >= RECURRING_BESIDE_FIELD and any(
        key in keys and any(counts.get(other, 0) >= RECURRING_FIELD for other in keys - {key})
        for keys in _list_label_sets(context))


def _slide_body(label: str, body: str, block: ItemList, context: Context) -> str | None:
    """A bullet's text, or None in a slide deck when it does not read as a definition of its label (see slides)."""
    deck = context.memo.get("slide_deck")
    if deck is None:
        deck = context.memo["slide_deck"] = is_slide_deck(context.document)
    if not deck:
        return body
    body = with_relative_that(body)
    return body if fragment_defines(_split_paren(label)[0], body, nested=nested_detail(block.label)) else None


def find_labels(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A labelled list item or paragraph ("**Osmosis**: the movement of water ...") is the author's glossary entry.

    The label is the term and the body, as written, its definition (a body
    that restates the label as its subject gives the rest of that sentence).
    A label measured in brackets whose body is a move between two symbols
    ("tritone (6 semitones): C to F♯" under "Intervals") is one of the
    section's kind ("An interval of 6 semitones, e.g. C to F♯").
    Labels that only introduce an aside ("Source: World Bank"), name an
    activity ("Building Trust: ...") or whose body comments on something
    else stay below the cut, and a label items of several lists repeat
    ("Function: ..." under each organ) is a field of a record, not a term.
    """
    out: list[Candidate] = []
    if isinstance(block, ItemList):
        for item in block.items:
            label, body, sentences = item.label, item.body, item.sentences
            if not label and (aside := _aside_label(item.text, context)):
                label, body = aside
                sentences = tuple(split_sentences(body))
            if label and (slide := _slide_body(label, body, block, context)) != body:
                if slide is None:
                    continue  # "- Cities: roofs, roads, car parks" on a slide: a note, not a gloss
                body, sentences = slide, (slide,)
            if label and not _recurring_field(label, context):
                source = split_sentences(item.text)[0] if item.text else item.text
                out += _label_candidates(section, label, body, sentences, source, True,
                                         lambda: _running_text(context), bold=_is_bold(label, context))
        if not in_authored_glossary(section) and stage_paragraphs(block):
            for candidate in out:
                candidate.confidence = min(candidate.confidence, UNRELATED_CLAUSE_CONFIDENCE)
        if _PRINCIPLES_LEAD_IN.search(block.lead_in or ""):
            # "... a set of principles ...:" then "**Local ownership**: Reform must be led by ...": each body states
            # the principle its label names, so a clause is the definition, not a comment on something else.
            # Only a body that prescribes ("must", "should") states a principle; "Vetting programmes can remove ..."
            # says how one is carried out.
            for candidate in out:
                if candidate.confidence == UNRELATED_CLAUSE_CONFIDENCE and _PRESCRIBES.search(candidate.definition):
                    candidate.confidence = STATED_PRINCIPLE_CONFIDENCE
    elif isinstance(block, Paragraph) and block.label and not layout_label(block.label, context):  # not "Myth:"
        body_sentences = split_sentences(block.body)
        source = block.sentences[0] if block.sentences else block.text
        if len(block.sentences) > 1 and source.rstrip(".:") == block.label:
            source = f"{source} {block.sentences[1]}"
        out += _label_candidates(section, block.label, block.body, body_sentences, source, False,
                                 lambda: _running_text(context), bold=_is_bold(block.label, context))
    return out


LABEL = RULES.register(Rule(
    name="label", priority=190, scope=Scope.BLOCK, confidence=LIST_LABEL_CONFIDENCE, find=find_labels,
    examples=(
        finds("# Cells\n\n- **Osmosis**: the movement of water across a membrane.\n- **Diffusion**: the spread of particles.\n", "Osmosis"),
        misses("# Notes\n\n**Source**: World Bank figures for 2020.\n", "Source"),
        finds("# Digestion\n\n**Chewing.** This step breaks food into smaller pieces that are easier to swallow.\n\n"
              "**Peristalsis.** This movement pushes food along the gut in slow waves.\n", "Peristalsis"),
        finds("# Parliament\n\n**Report debate.** This is the stage at which the whole House considers the amended"
              " bill.\n\n**Royal assent.** The monarch agrees to the bill.\n", "Report debate"),
        misses("# Memory\n\n- Evidence comes from dual-task studies: people manage two tasks at once.\n"
               "- Rehearsal: repeating an item to keep it in mind.\n", "Evidence comes from dual-task studies"),
        finds("# Reform\n\nDonors accept a set of principles:\n\n- **Local ownership**: Reform must be led by the"
              " people of the country.\n- **Sustainability**: A country must be able to pay for its forces.\n",
              "Local ownership"),
        finds("# Defences\n\n- **Contributory negligence**: the claimant was partly to blame.\n", "Contributory negligence"),
        finds("# Music\n\n## Intervals\n\n- **Fourths**\n  - tritone (6 semitones): C to F♯\n  - perfect fifth (7 semitones): "
              "C to G\n", "tritone"),
        misses("# Lesson\n\n## Music\n\n- **Fourths**\n  - tritone (6 semitones): C to F♯\n  - perfect fifth (7 semitones): "
               "C to G\n", "tritone"),
        finds("# Defences\n\n- **Consent** (often expressed in Latin as *volenti*): the claimant freely accepted "
              "the risk of harm.\n", "Consent"),
        misses("# Prices\n\n**Worked example 2.** A shop raises the price of a sandwich from two dollars to three.\n",
               "Worked example 2"),
        misses("# Prices\n\n- **Change in price**: 3 − 2 = 1. Average price: (2 + 3) ÷ 2 = 2.5.\n"
               "- **Change in quantity**: 90 − 120 = −30.\n", "Change in price"),
        misses("# Demand\n\n- **Share of income.** Goods that take a large share of a budget tend to have more elastic demand.\n"
               "- **Availability of substitutes.** The more close substitutes there are, the more elastic demand is.\n",
               "Availability of substitutes"),
        misses("# Narrators\n\nReaders detect unreliability through clues: contradictions in the narrator's account.\n",
               "Readers detect unreliability through clues"),
        misses("# Soils\n\nFine soils form from silt: grains smaller than sand but larger than clay.\n",
               "Fine soils form from silt"),
        # A facet of the item above ("Formula", "Formula in words"), not a term of its own.
        misses("# Solids\n\n- **Cube**: a solid with six square faces.\n  - Formula: V = s × s × s\n"
               "  - Formula in words: volume equals side times side times side\n", "Formula in words"),
        misses("# Solids\n\n- **Cube**: a solid with six square faces.\n  - Formula for a cube: V = s × s × s\n",
               "Formula for a cube"),
        misses("# Solids\n\n- **Cube**: a solid with six square faces.\n  - Formula: V = s × s × s\n", "Formula"),
        # A field every item repeats ("Function: ..." under each organ), not a term.
        misses("# Gut\n\n- **Mouth**\n  - Function: to begin digestion.\n- **Stomach**\n  - Function: to store food.\n"
               "- **Colon**\n  - Function: to absorb water.\n", "Function"),
        finds("# Cells\n\n- **Osmosis**: the movement of water across a membrane.\n- **Diffusion**: the spread of particles.\n\nRevision:\n\n- **Osmosis**: water moving across a membrane.\n", "Osmosis"),  # noqa: E501
        misses("# Stars\n\n**Myth:** The sun is yellow.\n\n**Fact:** It is white.\n\n**Myth:** Stars are hot.\n", "Myth"),
    ),
))
