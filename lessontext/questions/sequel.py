"""Words that tie a lifted statement to a sentence not shown: a conclusion, "both", "the same", "other".

A true/false item shows one sentence of the text; these words need the sentence before it to mean
anything.  Raters marked such items context_lost:

- a conclusion drawn from what came before, inside the sentence ("break-even analysis is therefore best
  treated as ...", "cooperation must therefore be ...", "missions are therefore best understood as "):
  the claim reads alone without the adverb, and raters asked for just that ("drop 'therefore'"), so
  ``without_conclusion`` drops it rather than the item;
- "both" with no "X and Y" after it ("the SI unit for both is metres per second", "combined features of
  both machines");
- "the same" with no "as" after it ("runoff moves slowly in the same direction");
- "further", "earlier" or "later" closing its clause with no "than" ("the Document of 1986 went much
  further", "advising goes a step further:", "less than a year earlier, in December 2018");
- a subject that opens with "other"/"another" ("Other arrangements aim to ...": other than what?).

``leans_on_context`` (context.py) reads pointers and sequels; these are the relations it lets through
in the middle of a sentence.
"""

from __future__ import annotations

import re

# A conclusion inside the sentence; an opening one is a discourse marker the item drops.
_CONCLUSION = re.compile(r"(?<=\w)(?:\s*,\s*(?:therefore|thus|consequently|then)\s*,(?=\s)"
                         r"|\s+(?:therefore|thus|consequently)\b(?!\s+far\b))", re.I)
# "both" with no "and" naming its two things: none before it in the sentence ("Canada and the United States
# run teams ... from both countries", "the UAE and Saudi Arabia, both of which") nor after it in its clause.
_BOTH = re.compile(r"^(?:(?!\band\b).)*?\bboth\b(?![^,;:.]*\band\b)", re.I)
# "the same <noun>" with no "as" later in the sentence ("the same ratio as a class of 12" reads alone).
_SAME = re.compile(r"\bthe same\b(?!.*\bas\b)", re.I)
# A comparison of degree or time that closes its clause with no "than": "went much further.", "goes a step
# further:", "less than a year earlier, in December 2018" (further or earlier than what?).
_OPEN_COMPARISON = re.compile(r"\b(?:further|earlier|later)\b(?=\s*[.,:;]|\s*$)(?!.*\bthan\b)", re.I)
# A subject that is "other"/"another" something ("Other arrangements", "Another approach").
_OTHER_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?:other|another)\b(?!\s+than\b)", re.I)


def without_conclusion(statement: str) -> str:
    """``statement`` without a "therefore", "thus" or "consequently" inside it (not "thus far"), or a ", then," between
    commas ("Interoperability, then, is ...")."""
    return _CONCLUSION.sub("", statement)


def points_back(statement: str) -> str | None:
    """The words of ``statement`` that need an earlier sentence ("both", "the same", "went further",
    "other ...");
    None when it reads alone."""
    for pattern in (_BOTH, _SAME, _OPEN_COMPARISON, _OTHER_SUBJECT):
        found = pattern.search(statement)
        if found:
            return found.group(0).strip(" ,") if pattern is not _BOTH else "both"
    return None
