"""merge_course_terms: one entry per concept across a course's lessons."""

from lessontext.glossary import CourseTerm, Term, merge_course_terms


def term(text, key, *, aliases=(), confidence=0.8, definition="A definition of the term."):
    return Term(term=text, key=key, definition=definition, kind="defined", section_anchor="", sentence="s",
                aliases=tuple(aliases), confidence=confidence)


def test_merges_by_key_and_alias_and_keeps_lesson_order():
    hadr = term("Humanitarian assistance", "humanitarian assistance")
    attaches = term("Defense attachés", "defense attache", aliases=("Defense Attaches",), confidence=0.9)
    attache_again = term("Defense attaché", "defense attache", confidence=0.7)
    un = term("United Nations", "united nation", aliases=("UN",), confidence=0.6)
    un_short = term("UN", "un", confidence=0.5)
    merged = merge_course_terms([
        ("lesson-b", [attaches, un]),
        ("lesson-a", [attache_again, hadr, un_short]),
    ])
    assert merged == (
        CourseTerm(term=attaches, lessons=("lesson-b", "lesson-a"), aliases=("Defense attaché", "Defense Attaches")),
        CourseTerm(term=hadr, lessons=("lesson-a",), aliases=()),
        CourseTerm(term=un, lessons=("lesson-b", "lesson-a"), aliases=("UN",)),
    )


def test_different_concepts_stay_apart():
    merged = merge_course_terms([
        ("one", [term("Army diplomacy", "army diplomacy")]),
        ("two", [term("Military diplomacy", "military diplomacy")]),
    ])
    assert [c.term.key for c in merged] == ["army diplomacy", "military diplomacy"]


def test_empty_course():
    assert merge_course_terms([]) == ()
    assert merge_course_terms([("empty", [])]) == ()
