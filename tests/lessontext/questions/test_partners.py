"""Partners: which name of the lesson a false statement swaps in for another."""

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.partners import (
    acts_in,
    context_fit,
    dependent_territory,
    distinct_states,
    founder_said_to_join,
    names_partner_people,
    not_a_person,
    place_name,
    ranked,
    ranked_actors,
    same_standing,
    sentence_names,
    stranger_among,
    title_named_in,
)


@pytest.mark.parametrize(("name", "other", "expected"), [
    ("Finland", "Norway", True),  # neighbours close in meaning, still two states
    ("India", "Pakistan", True),
    ("the Netherlands", "Belgium", True),
    ("Britain", "the United Kingdom", False),  # two names of one state
    ("Holland", "Netherlands", False),
    ("Russia", "Soviet Union", False),  # a state and the one before it
    ("Wales", "England", False),  # nations inside one state
    ("Finland", "Finland", False),
    ("Finland", "Arctic Council", False),  # not a state
])
def test_distinct_states(name, other, expected):
    assert distinct_states(name, other) is expected


@pytest.mark.parametrize(("name", "other", "expected"), [
    ("Singapore", "Scotland", False),  # a nation inside a state for a state
    ("Scotland", "Japan", False),
    ("England", "Wales", True),
    ("Singapore", "Japan", True),
    ("Singapore", "Lagos", True),  # not a state of the gazetteer: another check decides
])
def test_same_standing(name, other, expected):
    assert same_standing(name, other) is expected


@pytest.mark.parametrize(("sentence", "name", "replacement", "expected"), [
    ("Over the century the Ottomans suffered repeated defeats by Russia.", "Russia", "Turkey", True),
    ("The exercise was scaled back by Canada after the Thai elections.", "Canada", "Thailand", True),
    ("Over the century the Ottomans suffered repeated defeats by Russia.", "Russia", "Austria", False),
    ("The exercise was scaled back by Canada after the elections.", "Canada", "Thailand", False),
    # A people inside a compound adjective: Spain swapped in cannot join a Franco-Spanish pact, nor a Spanish-led survey.
    ("A Franco-Spanish pact on fisheries, which Portugal later joined, set quotas.", "Portugal", "Spain", True),
    ("A Spanish-led survey of the reefs, which Portugal later joined, mapped the coast.", "Portugal", "Spain", True),
    ("A Franco-Spanish pact on fisheries, which Portugal later joined, set quotas.", "Portugal", "Italy", False),
    # The sentence already names the partner by a word of its name: a man who learns he does not exist (test-cc).
    ("Later Harold learns that no Inspector Grey is known to the police.", "Inspector Grey", "Harold Lane", True),
    ("Later Harold learns that no Inspector Grey is known to the police.", "Inspector Grey", "Edith Moore", False),
    ("Later Harold learns that no Inspector Grey is known to the police.", "Harold", "Inspector Lane", False),
])
def test_names_partner_people(sentence, name, replacement, expected):
    start = sentence.index(name)
    assert names_partner_people(sentence, start, start + len(name), replacement) is expected


LESSON = """# Northern Cooperation

## The Baltic

Norway and Denmark patrol the Baltic approaches with frigates and submarines every winter.
Denmark hosts a naval exercise in the Baltic each summer, with frigates from its neighbours.
Finland joined the alliance in 2023 and now sends frigates to the Baltic exercise.

## Far away

Thailand hosts a large land exercise with jungle training and amphibious landings every spring.
"""


@pytest.fixture(scope="module")
def course():
    return build_course(parse_document(LESSON), glossary=(), others=())


def test_the_sibling_talked_about_in_like_terms_fits_best(course):
    sentence = "Finland joined the alliance in 2023 and now sends frigates to the Baltic exercise."
    assert context_fit("Denmark", sentence, course) > context_fit("Thailand", sentence, course)
    assert ranked(["Thailand", "Denmark"], sentence, course) == ["Denmark", "Thailand"]


def test_a_name_the_lesson_writes_nowhere_else_fits_least(course):
    sentence = "Finland joined the alliance in 2023 and now sends frigates to the Baltic exercise."
    assert context_fit("Finland", sentence, course) == 0.0  # only in the sentence itself
    assert context_fit("Iceland", sentence, course) == 0.0
    assert ranked(["Iceland", "Norway"], sentence, course) == ["Norway", "Iceland"]


@pytest.mark.parametrize(("original", "replacement", "sentence", "expected"), [
    # A partner far less like the places left in the sentence than the original: they refute it at a glance.
    ("Kenya", "Portugal", "Kenya sent engineers to Nairobi and Mombasa to repair the railway.", True),
    ("Brazil", "Norway", "Brazil built a new dam on the Paraná river near Foz do Iguaçu and São Paulo.", True),
    # A neighbour fits the places about as well: a fair false form.
    ("Kenya", "Tanzania", "Kenya sent engineers to Nairobi and Mombasa to repair the railway.", False),
    ("Brazil", "Argentina", "Brazil built a new dam on the Paraná river near Foz do Iguaçu and São Paulo.", False),
    ("France", "Germany", "France and Italy signed the pact.", False),
    ("Chile", "Peru", "The mine in Chile employs many workers.", False),  # no other name to judge by
])
def test_stranger_among(original, replacement, sentence, expected):
    assert stranger_among(original, replacement, sentence) is expected


@pytest.mark.parametrize(("sentence", "original", "expected"), [
    ("Kenya sent engineers to Nairobi and Mombasa.", "Kenya", ["Nairobi", "Mombasa"]),
    ("The Peace of Kiel gave the towns rights in Scania.", "Scania", ["The Peace of Kiel"]),
    ("Engineers went to the United Kingdom.", "United Kingdom", []),  # "Engineers": a lone word opening it
])
def test_sentence_names(sentence, original, expected):
    assert sentence_names(sentence, original) == expected


def test_a_known_name_opening_the_sentence_counts():
    sentence = "Kenya defeated Uganda and gained Mombasa."
    assert sentence_names(sentence, "Mombasa") == ["Uganda"]
    assert sentence_names(sentence, "Mombasa", known={"Kenya", "Uganda"}) == ["Kenya", "Uganda"]


def test_fellow_actors_of_the_original_kind_do_not_judge_the_partner():
    sentence = "Kenya defeated Uganda and gained Mombasa."
    assert sentence_names(sentence, "Kenya", known={"Kenya", "Uganda"}, siblings={"Uganda"}) == ["Mombasa"]
    # Beside a fellow state alone, any state may stand in; beside the original's own city, a far one may not.
    assert not stranger_among("Kenya", "Portugal", "Kenya defeated Uganda.", siblings={"Uganda"})
    assert stranger_among("Kenya", "Portugal", "Kenya sent engineers to Nairobi and Mombasa.", siblings={"Uganda"})


_GRAIN_PACT = [
    "The Grain Pact was signed in 1950 by Ruritania and Valdonia.",
    "Its members share a reserve of wheat.",
    "Osterland joined in 1961, and Norland in 1964.",
    "The Salt Board was later set up by Norland alone.",
]


@pytest.mark.parametrize(("sentence", "original", "partner", "expected"), [
    # A founder named before the sentence that says the name joined: swapped in, it joins what it made.
    (_GRAIN_PACT[2], "Osterland", "Valdonia", True),
    # Another who joined, later: a clean swap of two dates.
    (_GRAIN_PACT[2], "Osterland", "Norland", False),
    # The clause after the name says nothing of joining.
    (_GRAIN_PACT[1], "members", "Valdonia", False),
])
def test_a_founder_is_not_said_to_join(sentence, original, partner, expected):
    end = sentence.index(original) + len(original)
    assert founder_said_to_join(sentence, end, partner, _GRAIN_PACT) is expected


def test_a_founder_is_judged_by_the_sentences_before_the_one_swapped():
    sentences = ["Osterland joined in 1961.", "Norland founded the Salt Board in 1970."]
    assert not founder_said_to_join(sentences[0], len("Osterland"), "Norland", sentences)


def test_a_member_of_the_body_named_is_not_said_to_join_it_wherever_the_lesson_says_so():
    sentences = ["Osterland joined the Salt Union in 1961.",
                 "Valdonia, a leading member of the Salt Union, backed the bid.",
                 "Norland signed a trade treaty with Osterland in 1950."]
    end = len("Osterland")
    assert founder_said_to_join(sentences[0], end, "Valdonia", sentences)
    # A treaty of its own is no membership of the body joined.
    assert not founder_said_to_join(sentences[0], end, "Norland", sentences)


def test_a_founder_is_found_under_another_name_of_its_state():
    sentences = ["The pact was signed in 1948 by the United Kingdom and Norway.", "Spain joined in 1990."]
    assert founder_said_to_join(sentences[1], len("Spain"), "Britain", sentences)


@pytest.mark.parametrize(("sentence", "original", "expected"), [
    ("Osterland joined in 1961, Norland in 1964 and Spain in 1970.", "Spain", True),
    ("Osterland joined in 1961 and Spain in 1970.", "Spain", True),
    ("Osterland grew wheat in 1961 and Spain in 1970.", "Spain", False),  # no joining
])
def test_a_later_member_of_a_list_of_joiners_joins_too(sentence, original, expected):
    sentences = ["The pact was signed in 1950 by Valdonia.", sentence]
    start = sentence.index(original)
    assert founder_said_to_join(sentence, start + len(original), "Valdonia", sentences, start) is expected


@pytest.mark.parametrize(("name", "expected"), [
    # A place, a compound adjective or a realm's title taken for a person (test-bi, test-bg, test-bk).
    ("England Protestant", True),  # of "made England Protestant again"
    ("Indian-administered Kashmir", True),
    ("Emperor of All Russia", True),
    ("King of France", True),
    # Persons, a realm after the name included.
    ("Henry Tudor", False),
    ("Alexander I of Russia", False),
    ("Tsar Alexander I of Russia", False),
    ("Catherine of Aragon", False),
    ("Francis Drake", False),  # "Francis" is no people's name of France
    ("Roman Abramovich", False),
    ("Duke of Wellington", False),  # a title with a name of its own, no realm of the gazetteer
    ("Ulrika Eleonora", False),
])
def test_not_a_person(name, expected):
    assert not_a_person(name) is expected


@pytest.mark.parametrize(("sentence", "name", "partner", "expected"), [
    # The sentence gives the partner's title to another (test-bh, test-bi: the partner is the one beside the original).
    ("Otto Brandt was attached to the friendship with Ruritania and to his nephew the Tsar.", "Otto Brandt",
     "Tsar Ivan Varga", True),
    ("Pope Linus did not take part, since he could not join a union with a Protestant king and an Orthodox tsar.",
     "Pope Linus", "King Oskar III", True),
    # No such title in the rest of the sentence, or the partner has no title.
    ("Pope Linus did not take part, since he could not join a union with a Protestant king.", "Pope Linus",
     "Prince Anton Hollis", False),
    ("President Anna Hollis and Ivan Varga signed the accord in Vienna.", "President Anna Hollis",
     "President Lena Varga", False),
    ("Otto Brandt was attached to his nephew the Tsar.", "Otto Brandt", "Ivan Varga", False),
])
def test_title_named_in(sentence, name, partner, expected):
    start = sentence.index(name)
    assert title_named_in(sentence, start, start + len(name), partner) is expected


def test_no_person_here():
    from lessontext.questions.partners import no_person_here

    modifier = "Former Boer generals quickly became political leaders."
    assert no_person_here("Former Boer", modifier, 0, len("Former Boer"))  # the original modifies "generals"
    tsar = "Otto Brandt was attached to his nephew the Tsar."
    assert no_person_here("Tsar Ivan Varga", tsar, 0, len("Otto Brandt"), partner=True)
    assert not no_person_here("Ivan Varga", tsar, 0, len("Otto Brandt"), partner=True)
    assert not no_person_here("Otto Brandt", tsar, 0, len("Otto Brandt"))
    assert no_person_here("England Protestant", tsar, 0, len("Otto Brandt"), partner=True)


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Valdonia remained neutral until 1900.", "Valdonia", True),
    ("Ruritania and Valdonia signed the pact in 1880.", "Valdonia", True),  # a subject listed after another
    ("Ruritania and Valdonia signed the pact in 1880.", "Ruritania", True),
    ("Osterland later agreed to pay.", "Osterland", True),  # an adverb before the verb
    ("Osterland would never cede the island.", "Osterland", True),  # an auxiliary
    ("Some hoped to conquer Valdonia.", "Valdonia", False),  # an object
    ("In Valdonia, troops marched north.", "Valdonia", False),  # a circumstance
    ("Ruritania took over the administration of Valdonia.", "Valdonia", False),
    ("Valdonia nut trees grow there.", "Valdonia", False),  # a modifier before a noun
])
def test_acts_in(sentence, name, expected):
    assert acts_in(sentence, name) is expected


HELD_ISLAND = [
    "Ruritania took over the administration of Osterland in 1878.",
    "Valdonia recognised Ruritanian rule in Osterland.",
    "Ruritania and Valdonia met at the congress.",
]


def test_a_territory_another_power_holds_is_dependent():
    assert dependent_territory("Osterland", HELD_ISLAND)
    assert not dependent_territory("Valdonia", HELD_ISLAND)  # a power that acts
    assert not dependent_territory("Ruritania", HELD_ISLAND)


def test_a_held_territory_that_acts_elsewhere_is_not_dependent():
    # "Osterland declared independence": the lesson makes it an actor too, and it may stand in for one.
    assert not dependent_territory("Osterland", [*HELD_ISLAND, "Osterland declared independence in 1960."])


@pytest.mark.parametrize("sentence", [
    "Many hoped to conquer Osterland.",
    "Osterland was ceded to Ruritania in 1815.",
    "The treaty ended Valdonian sovereignty over Osterland.",
    "The war had cost it Osterland and much of its standing.",  # lost, and recovered or regained
    "Ruritania might seek to recover Osterland.",
])
def test_conquest_cession_and_sovereignty_mark_a_dependent_territory(sentence):
    assert dependent_territory("Osterland", [sentence])


@pytest.mark.parametrize("sentence", [
    "Ruritania invaded Osterland in 1914.",
    "The full-scale invasion of Osterland in 2022 transformed the picture.",
    "Détente faded after the Ruritanian invasion of Osterland in 1979.",
    "In 1950 this meant Valdonia, which was occupying Osterland.",
    "Osterland was occupied for four years.",
    "Most of the territory taken in the partitions of Osterland became a duchy.",
])
def test_a_state_shown_only_invaded_occupied_or_partitioned_is_dependent(sentence):
    # "most historians agree that Afghanistan won its biggest prize", "Ukraine, which has no armed forces of its own,
    # takes part" (test-ao, test-bb): a victim put where a party acts
    assert dependent_territory("Osterland", [sentence, "Ruritania and Valdonia met at the congress."])


def test_an_invaded_state_that_acts_elsewhere_is_not_dependent():
    # "the occupied Germany" that also signs and agrees may stand in for a power (test-ax, accepted)
    assert not dependent_territory("Osterland", ["Ruritania invaded Osterland in 1914.",
                                                 "Osterland signed the armistice in 1918."])
    assert not dependent_territory("Ruritania", ["Ruritania invaded Osterland in 1914."])  # the invader acts


@pytest.mark.parametrize(("name", "expected"), [
    ("Kestrel Bay", True),  # a place's head noun last
    ("Norden Air Base", True),
    ("Mount Varga", True),  # or first
    ("Lake Osterwald", True),
    ("Admiral Lord Brandt", False),
    ("Otto Brandt", False),
])
def test_place_name(name, expected):
    assert place_name(name) is expected


DELEGATES = """# The Congress

## Delegates

Admiral Lord Brandt led the delegation with Otto Kessler.
Lena Varga drafted the terms at Kestrel Bay.
Mount Osterwald and Mount Varga are volcanoes of the coast.
The Convention of Kestrel set the border.
"""


def test_ranked_actors_keep_to_the_kind_of_the_original():
    course = build_course(parse_document(DELEGATES), glossary=(), others=())
    sentence = "Admiral Lord Brandt led the delegation with Otto Kessler."
    people = ranked_actors(["Lena Varga", "Kestrel Bay", "Article IV"], "Admiral Lord Brandt", sentence, course,
                           person=True)
    assert people == ["Lena Varga"]  # neither a bay nor an article among the delegates
    volcano = "Mount Osterwald and Mount Varga are volcanoes of the coast."
    assert ranked_actors(["Mount Varga"], "Mount Osterwald", volcano, course, person=True) == ["Mount Varga"]


def test_a_place_named_only_on_todays_map_is_no_partner_for_a_party():
    """"France had joined the Dutch side, and so had Indonesia" (both raters on test-by): a name the lesson only
    writes after "present-day" places a site; it never stands in for a party of the story."""
    from lessontext.document import parse_document
    from lessontext.questions.partners import modern_place_only

    lesson = ("# The Spice War\n\n## Terms\n\nValdonia kept the island of Run, in present-day Osterland. "
              "Ruritania had joined the Valdonian side, and so had Brelia. Brelia and Ruritania signed the peace. "
              "They met at Kessa, known today as Kessing in Lindmark, near modern Varn in Ostia.\n")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert modern_place_only("Osterland", course)
    assert modern_place_only("Lindmark", course) and modern_place_only("Ostia", course)
    assert not modern_place_only("Brelia", course) and not modern_place_only("Kessa", course)
    assert "Osterland" not in ranked_actors(["Osterland", "Valdonia"], "Brelia", "Ruritania had joined, and so had Brelia.", course)
    # Named only as where a site lies ("held at Bandung in Indonesia": both raters on test-ce, reject).
    sited = build_course(parse_document("# Pact\n\n## Later\n\nThe powers met at Kessa in Osterland in 1955. "
                                        "Brelia signed.\n"), glossary=(), others=())
    assert modern_place_only("Osterland", sited) and not modern_place_only("Brelia", sited)


@pytest.mark.parametrize(("before", "in_passing"), [
    ("Several further states joined, including ", True),
    ("Several states joined, including Brelia, Osterland and ", True),
    ("In the south, especially ", True),
    ("Valdonia, rather than ", True),
    ("Valdonia, rather than Brelia or the ", True),
    ("More than 300 ships were sent by ", False),
    ("The pact, including a clause on ", False),
    ("In 1912 ", False),
])
def test_in_passing_cues_name_examples_and_foils(before, in_passing):
    from lessontext.questions.partners import _IN_PASSING

    assert bool(_IN_PASSING.search(before)) is in_passing


def test_a_name_given_only_as_an_example_or_a_foil_is_no_partner_for_a_party():
    """"For both Bulgaria and Japan, anti-communism offered a common language", "Britain had good reasons to seek a
    settlement" (both raters on test-be and test-bg): a name the lesson lists only after "including" or "rather than"
    is no party of the story: ranked after every party, first only for another such name."""
    from lessontext.questions.partners import passing_name

    lesson = ("# The Pact\n\n## Terms\n\nValdonia and Ruritania signed the pact in 1936. Several states later joined, "
              "including Brelia, Osterland and Kestria. Ruritania, rather than Norland, acted as the mediator. "
              "Norland stayed out.\n")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert passing_name("Brelia", course)
    assert passing_name("Osterland", course)
    assert not passing_name("Norland", course)  # it acts elsewhere
    assert not passing_name("Valdonia", course)
    sentence = "Valdonia and Ruritania signed the pact in 1936."
    assert ranked_actors(["Brelia", "Norland"], "Valdonia", sentence, course) == ["Norland", "Brelia"]
    assert ranked_actors(["Brelia"], "Valdonia", sentence, course) == ["Brelia"]  # the last resort
    assert "Brelia" in ranked_actors(["Brelia", "Norland"], "Osterland", "Several states later joined, including Osterland.",
                                     course)


def test_the_author_of_the_work_is_no_partner_for_a_character():
    """"Charles Dickens" as a distractor for the clerk Bob Cratchit (both raters on test-bx: "the author, not a
    character"): the lesson names its author in the title or as "written by"; a character never becomes him."""
    from lessontext.document import parse_document
    from lessontext.questions.partners import work_author

    lesson = ("# The Glass Harbour by M. Alder\n\n## The story\n\nThe novel was written by Mira Alder in 1931. "
              "Tomas Reyn, a harbour clerk, finds a letter. Tomas Reyn shows it to Ida Venn, who burns it.\n")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert work_author("Mira Alder", course)
    assert not work_author("Ida Venn", course)
    assert ranked_actors(["Mira Alder", "Ida Venn"], "Tomas Reyn", "Tomas Reyn finds a letter.", course,
                         person=True) == ["Ida Venn"]
    untitled = build_course(parse_document(lesson.replace(" by M. Alder", "").replace("was written by", "came from")),
                            glossary=(), others=())
    assert not work_author("Mira Alder", untitled)
