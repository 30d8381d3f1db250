"""A proper name followed by a lower-case word for its kind ("the ATARES framework", "the Cospas-Sarsat satellite
system") is the name the lesson also writes alone: the bare name becomes an alias of the entry, so mentions of it
link to the entry and a course merges it with another lesson's entry under the bare name."""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Term
from lessontext.words import term_key

# "ATARES framework", "Nordic Defence Cooperation framework", "Cospas-Sarsat satellite system", "Role 1 facility":
# capitalised words (or a capitalised word and its number), then one or two lower-case words.
_NAME_THEN_KIND = re.compile(r"^(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*(?:[A-Z][\w-]*|\d+))*)"
                             r"\s+(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")
# The last lower-case word must say what kind of thing the name names.
_KIND_WORDS = frozenset(lexicon.KIND_HEADS) | frozenset("system facility network service standard".split())


# A capital past the first letter ("ATARES", "Cospas-Sarsat", "Nordic Defence ...") or a number ("Role 1"): a name.
# (A headword's own first capital proves nothing: "Two-round system", "Anti-ballistic missile".)
_CAPITAL_INSIDE = re.compile(r"[A-Z\d]")


def with_bare_names(terms: list[Term]) -> list[Term]:
    """Give each "<Name> <kind>" entry its bare name as an alias, unless another entry already has that name."""
    taken = {k for t in terms for k in (t.key, *map(term_key, t.aliases))}
    out = []
    for term in terms:
        match = _NAME_THEN_KIND.match(term.term)
        bare = match["name"] if match else ""
        if (match and match["kind"].split()[-1] in _KIND_WORDS and len(bare) > 2
                and _CAPITAL_INSIDE.search(bare[1:])
                and term_key(bare) not in taken and bare not in term.aliases):
            term = replace(term, aliases=tuple(sorted({*term.aliases, bare}, key=str.lower)))
            taken.add(term_key(bare))
        out.append(term)
    return out
