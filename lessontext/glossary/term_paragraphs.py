"""A page of "Term: definition ..." paragraphs: what the later sentences of each paragraph say of its term.

On such a page, "It" opening a later sentence of a paragraph is the paragraph's term: "Nucleus: the ...
organelle ... It is surrounded by a double membrane called the nuclear envelope" makes the envelope "A double
membrane by which the nucleus is surrounded".  And "A virus is a single particle" in the paragraph of
"Particle" gives an example of the term, not a definition of the example: its complement is headed by the
paragraph's own term.
"""

from __future__ import annotations

import re

from lessontext.document import Document, Paragraph
from lessontext.glossary.phrases import word_list
from lessontext.words import singular

__all__ = ["example_of_label", "it_resolved", "labels_of_it", "later_sentence_labels"]

# "It is surrounded by ...", "It contains ...": a labelled paragraph's body sentence about the label itself.
_IT_OPENS = re.compile(r"^It\s+(?:is|was|has|also\s+|contains|lies|sits)\b")
_IT = re.compile(r"\bit\b")


def labels_of_it(document: Document) -> dict[str, str]:
    """Each body sentence of a "Term: definition ..." paragraph that opens on "It", mapped to the paragraph's label."""
    out: dict[str, str] = {}
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.label and len(block.label.split()) <= 4:
                for sentence in block.sentences[1:]:
                    if _IT_OPENS.match(sentence):
                        out[sentence] = block.label
    return out


def it_resolved(definition: str, sentence: str, labels: dict[str, str]) -> str:
    """"A double membrane by which it is surrounded" from "Nucleus: ... It is surrounded by ..." -> "... the nucleus ..."."""
    label = labels.get(sentence)
    if not label or len(_IT.findall(definition)) != 1:
        return definition
    name = label if label.isupper() or label[1:2].isupper() else label.lower()
    return _IT.sub(f"the {name}", definition)


def later_sentence_labels(document: Document) -> dict[str, str]:
    """Each later sentence of a labelled paragraph -> the label of the first such paragraph holding it."""
    labels: dict[str, str] = {}
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.label:
                for sentence in block.sentences[1:]:
                    labels.setdefault(sentence, block.label)
    return labels


def example_of_label(labels: dict[str, str], sentence: str, complement: str) -> bool:
    """True when ``sentence`` is a later sentence of a labelled paragraph (``labels``: its
    ``later_sentence_labels``) and ``complement`` is headed by its label."""
    head = next((w for w in word_list(re.split(r"[,;]|\b(?:that|which|who|while|whereas)\b", complement)[0])[::-1]), "")
    if not head or sentence not in labels:
        return False
    label = word_list(labels[sentence])
    return bool(label) and singular(label[-1].lower()) == singular(head.lower())
