"""Where an appositive that ends inside a list really ends: the rest of the list it was cut from, or nothing.

"the freedom of judges from ministers, legislators or the public", "the ties of kinship, language, religion and
custom that ...": the comma after the appositive's last noun only seems to end it; the list goes on.  "separate characters that can be arranged, printed and reused": a series of
past participles after the relative clause's own participle goes on the same way.  A tail that opens on a verb and
an adverb ("**aurorae**, the northern lights, glow mostly between ...") is the sentence going on, and one with an
auxiliary or a finite verb is another clause: neither belongs to the appositive.
"""

from __future__ import annotations

import re

from lessontext.glossary.phrases import AUXILIARIES, PREPOSITIONS, clear_verb_form, word_list
from lessontext.words import word_pos

__all__ = ["list_tail"]

# (Several items before the last: each a bare noun or two, "kinship, language, religion and custom".)
_LIST_TAIL = re.compile(r"^,\s+(?P<more>(?:[a-z][^,;:()]*?|(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)+[a-z][\w-]*"
                        r"(?:\s+[a-z][\w-]*)?)\s(?:and|or)\s[^,;:()]+?)(?=\s\(|[,;.]|$)")
_VERB_ADVERB = re.compile(r"^[a-z]+\s+(?:mostly|mainly|usually|often|only|largely|chiefly|always|never|also)\b")
# "... that can be arranged" + ", printed and reused": one participle series.
_PARTICIPLE_SERIES = re.compile(r"^(?:[a-z]+(?:ed|en|wn|t),\s+)*[a-z]+(?:ed|en|wn|t)\s+(?:and|or)\s+[a-z]+(?:ed|en|wn|t)$")


# "the practice of researchers examining how their own background": a wh-clause whose subject the comma cut.
_OPEN_WH = re.compile(r"\b(?:how|what|whether|why)\s+(?P<rest>[^,;]+)$")


_LAST_ITEM_RELATIVE = re.compile(r"\s(?:that|which|who)\s")


def _known_verb(word: str) -> bool:
    """The lexicon knows ``word`` as a verb form ("printed", "reused"; the series pattern has checked the ending)."""
    return "VERB" in word_pos(word.lower())


def list_tail(following: str, appos: str = "") -> str:
    """The rest of a list ``appos`` ends inside (", legislators or the public"), or ""."""
    match = _LIST_TAIL.match(following)
    if not match or _VERB_ADVERB.match(match.group("more")):
        return ""
    more = match.group("more")
    if re.match(r"(?:and|or)\s+(?:its|their|his|her|the|an?)\s", more):
        return ""  # ", and its guidance on ...": the next item of the sentence's own list, no more of the appositive
    last = word_list(appos)[-1:] if appos else []
    if (last and re.search(r"\b(?:be|been|being)\s+\S+$", appos) and _PARTICIPLE_SERIES.match(more)
            and all(_known_verb(w) for w in word_list(more) if w not in {"and", "or"})):
        return ", " + more
    # ("sea salt or smoke floating in the air": an -ing participle after a noun restricts it, no clause; so does a
    # past participle between a noun and its preposition: "respect for sovereignty rather than rules enforced from
    # above".)
    words = word_list(more)
    open_wh = _OPEN_WH.search(appos)
    if open_wh and not any(clear_verb_form(w) or w.lower() in AUXILIARIES for w in word_list(open_wh["rest"])):
        return ", " + more  # "how their own background" + ", feelings and power shape what they see": one clause (test-ds)
    if "," in more and any(w.endswith("ed") and "VERB" in word_pos(w.lower()) for w in words[:2]):
        return ""  # "..., valued emotion, imagination and the natural world": a predicate, not a list's items
    # "a mixture of clay" + ", sand, dung and hair that could be shaped when damp": the relative clause after the
    # list's last item is the list's, its verbs no sign of another clause (test-ej: "Loam: A mixture of clay.")
    items = _LAST_ITEM_RELATIVE.split(more, maxsplit=1)[0]
    listed = word_list(items) if re.search(r"\s(?:and|or)\s", items) else words  # (not ", so that the hips tilt")
    if any(w.lower() in AUXILIARIES or clear_verb_form(w) and not (i and w.endswith("ing"))
           and not _restricting_participle(listed, i) for i, w in enumerate(listed)):
        return ""
    return ", " + more


def _restricting_participle(words: list[str], i: int) -> bool:
    """``words[i]`` is a past participle after a noun and before a preposition ("rules enforced from above"), the
    noun not the last conjunct of "and"/"or" ("the army and (the) navy moved into ...": their verb)."""
    if not 0 < i < len(words) - 1 or not words[i].endswith(("ed", "en")):
        return False
    before, after = words[i - 1].lower(), words[i + 1].lower()
    joined = {w.lower() for w in words[max(0, i - 3):i]} & {"and", "or"}
    if after == "by" and "NOUN" in word_pos(before):
        return True  # "birth, death and rebirth shaped by kamma": a passive's agent, no verb of the sentence (test-dk)
    return not joined and "NOUN" in word_pos(before) and after in PREPOSITIONS
