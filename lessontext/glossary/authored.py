"""The author's own glossary: a section headed "Key terms", "Glossary", "Vocabulary", "Definitions" ...

A lesson that lists its terms under such a heading ("- **Market** — any arrangement that ...") has already chosen
its headwords and written their definitions.  A list label there is trusted as written: it is not demoted as a
clause about something else (its body may open on a reduced relative, "the amount buyers would purchase at one
price"), and it wins the merge over a definition the extractor found in a later sentence of the lesson.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection

__all__ = ["AUTHORED_GLOSSARY_CONFIDENCE", "GLOSSARY_HEADING", "in_authored_glossary"]

# Above every sentence rule (the strongest, a copula with a strong verb, is 0.95): the author's list wins.
AUTHORED_GLOSSARY_CONFIDENCE = 0.97

# "Key terms", "Key words and phrases", "Glossary", "Vocabulary", "Definitions", "Terms to know", "Important terms".
GLOSSARY_HEADING = re.compile(
    r"^(?:(?:key|core|important|essential|main|new)\s+(?:terms?|words?|vocabulary|concepts?|definitions?)"
    r"|glossary|vocabulary|definitions|(?:terms|words)\s+(?:to\s+know|you\s+need)|terminology)\b"
    r"(?:\s+(?:and|&)\s+[\w\s]+|\s+(?:of|for|in)\s+[\w\s]+)?\s*:?\s*$",
    re.I,
)


def in_authored_glossary(section: DocumentSection) -> bool:
    """True when ``section`` is headed as the lesson's own list of terms."""
    return bool(GLOSSARY_HEADING.match((section.heading or "").strip()))
