"""False statements: no year swapped; no fragment of a longer name swapped in; a swapped name reads as the text writes it."""
import random
import re

import pytest

from lessontext.document import parse_document
from lessontext.questions import acronyms, swapnames
from lessontext.questions.course import build_course
from lessontext.questions.families import false_statement as fs
from lessontext.questions.families import generate
from lessontext.questions.families.contrast import contrasts
from lessontext.questions.families.fill_blank import EARLY_PRINTING
from lessontext.questions.rules import ENTITY_SWAP_FALSE

AGENCIES = """# Coalition Support

## Agencies

The NATO Support and Procurement Agency buys fuel and spare parts for groups of nations.
NATO develops standardization agreements that set common rules for fuel and ammunition.
The European Defence Agency helps its members plan joint research.
"""


def _swaps(lesson: str):
    course = build_course(parse_document(lesson), glossary=(), others=())
    rng = random.Random(0)
    return course, [c for m in course.lesson.mentions for c in fs.false_statement(m, course, rng)
                    if c.rule == ENTITY_SWAP_FALSE]


def test_no_year_is_swapped_only_names():
    _, swaps = _swaps(EARLY_PRINTING)
    assert swaps
    assert not [c for c in swaps if c.kind == "year"]
    assert all(c.base == fs.CONFIDENCE[ENTITY_SWAP_FALSE] for c in swaps)


ECONOMISTS = """# Economists

## Lives

Adam Smith was born in Kirkcaldy, a small port on the Firth of Forth in Scotland, in 1723.
In France Adam Smith met the economist François Quesnay, who led the physiocrats.
François Quesnay argued that land was the only source of wealth.
"""


def test_no_swap_in_a_births_place_and_date():
    _, swaps = _swaps(ECONOMISTS)
    assert not [c for c in swaps if "born" in c.statement]  # both raters on test-dz: trivial
    assert swaps  # the claims about ideas are swapped


SIERRA_LEONE = """# Security Sector Reform

## Cases

Sierra Leone is often cited as a relatively successful case of reform after its civil war.
Liberia offers a different lesson about rebuilding an army from scratch.
The European Union has an Intelligence and Situation Centre for analysis.
NATO relies on intelligence contributed by its members.
"""


def test_a_swapped_in_name_keeps_its_capital_and_drops_an_article_the_text_never_gives_it():
    _, swaps = _swaps(SIERRA_LEONE)
    stems = [c.stem for c in swaps]
    assert "True or false? According to the text, Liberia is often cited as a relatively successful case of reform after its civil war." in stems
    assert any("According to the text, NATO has an Intelligence" in s for s in stems)
    assert not any("the NATO" in s or "liberia" in s for s in stems)


def test_a_name_the_lesson_only_writes_inside_a_longer_one_is_never_swapped_in():
    course, swaps = _swaps(AGENCIES)
    assert swapnames.only_inside_names("Procurement Agency", course)
    assert not swapnames.only_inside_names("NATO", course)
    assert not any(c.key == "Procurement Agency" for c in swaps)


EMBARGOES = """# Arms Embargoes

## Enforcement

Most embargoes are imposed by the United Nations Security Council.
The Arms Trade Treaty forbids any transfer that would violate measures adopted by the Security Council.
The UN relies on member states to enforce its embargoes, and NATO has run naval operations.
"""


def test_a_body_is_never_swapped_for_the_organisation_it_belongs_to():
    course, swaps = _swaps(EMBARGOES)
    assert fs.part_of("UN", "Security Council", course)
    assert not fs.part_of("NATO", "Security Council", course)
    assert fs.part_of("UN", "United Nations Security Council", course)
    assert swaps  # NATO for the Security Council is a fair swap
    assert not any("adopted by the UN" in c.stem or "imposed by the UN" in c.stem for c in swaps)
    assert not any("Security Council relies" in c.statement for c in swaps)


UNIONS = """# African Security

## Organisations

The Organisation of African Unity was founded in 1963 and stressed non-interference.
The African Union (AU), which replaced the OAU in 2002, adopted a stance of non-indifference.
Beneath the AU sit groupings called regional economic communities.
ECOWAS sent troops to Liberia, and SADC sent a mission to Mozambique.
"""


def test_a_body_is_never_swapped_for_the_one_it_replaced():
    course, swaps = _swaps(UNIONS)
    assert fs.succession("Organisation of African Unity", "AU", course)
    assert not fs.succession("ECOWAS", "SADC", course)
    assert not any("Beneath the Organisation of African Unity" in c.statement or "Beneath the OAU" in c.statement
                   for c in swaps)


@pytest.mark.parametrize(("name", "person"), [
    ("Luca Pacioli", True), ("Pope Julius II", True), ("William Caxton", True),
    ("Accounts Payable", False),  # test-d: "the Italian mathematician Accounts Payable", a nonsense swap
    ("Suppose Maya", False),  # the opening of a worked example
])
def test_only_a_personal_name_replaces_a_person(name, person):
    from lessontext.questions.families.false_statement import personal_name

    assert personal_name(name) is person


@pytest.mark.parametrize(("name", "other", "same"), [
    ("Republic of Sierra Leone Armed Forces", "UN Security Council", False),  # test-c: a council is no army
    ("World Bank", "International Monetary Fund", True),
    ("NATO", "European Union", True),  # an acronym has no head word to judge by
])
def test_an_organisation_is_replaced_by_a_body_of_its_kind(name, other, same):
    from lessontext.questions.families.false_statement import same_kind_of_body

    assert same_kind_of_body(name, other) is same


# A name the rest of the sentence repeats: swapped out, what is left refutes the false form (test-e).
EPONYMS = """# Genetics

## Tools

To predict a cross, breeders use a grid called a Hartley chart, named after the Welsh botanist Owen Hartley.
The German botanist Karl Weiss later extended the method to three genes.
"""


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("a grid called a Hartley chart, named after the Welsh botanist Owen Hartley.", "Owen Hartley", True),
        ("The EU has run several training missions, including the EU Mission in Chad.", "EU", True),
        ("The European Union has run missions, including the EU Mission in Chad.", "European Union", True),
        ("The agreement was signed by the United Kingdom and the United States in 1946.", "United Kingdom", False),
        ("The German botanist Karl Weiss later extended the method to three genes.", "Karl Weiss", False),
    ],
)
def test_named_again(sentence, name, expected):
    start = sentence.index(name)
    assert fs.named_again(sentence, start, start + len(name), name) is expected


def test_a_name_repeated_in_its_sentence_is_not_swapped():
    _, swaps = _swaps(EPONYMS)
    assert not [c for c in swaps if c.original == "Owen Hartley"]


def test_a_label_with_a_letter_is_no_personal_name():
    assert not fs.personal_name("Transaction B")
    assert fs.personal_name("Luca Pacioli")


# A name that means the same as the one swapped out (raters on test-f: "Britain" for "the United
# Kingdom", keyed False, is true).
OTHER_NAMES = """# Constitutions

## Cases

The United Kingdom shows that the principle can take a very different form.
Britain has no written constitution, and Parliament is sovereign.
France adopted a written constitution in 1958 under de Gaulle.
"""


def test_a_swap_for_another_name_of_the_same_country_is_not_made():
    _, swaps = _swaps(OTHER_NAMES)
    assert not [c for c in swaps if c.original.endswith("United Kingdom") and c.key == "Britain"]


MINISTERS = """# Defence Ministers

## Forums

In Europe, NATO (the North Atlantic Treaty Organization) holds regular meetings of defence ministers.
NATO, the North Atlantic Treaty Organization, led a training mission in the region.
The European Union gathers its defence ministers in a dedicated format of the Council.
The United Nations asks ministers to pledge troops for peacekeeping.
"""


@pytest.mark.parametrize("acronym, name, spelt", [
    ("NATO", "North Atlantic Treaty Organization", True), ("OAU", "Organisation of African Unity", True),
    ("NATO", "European Union", False), ("EU", "European Union", True), ("UN", "United Nations Security Council", False),
])
def test_spells_out(acronym, name, spelt):
    assert fs.spells_out(acronym, name) is spelt


def test_the_name_that_glosses_an_acronym_before_it_is_not_swapped():
    _, swaps = _swaps(MINISTERS)
    assert not [c.stem for c in swaps if c.original == "North Atlantic Treaty Organization"]
    assert not any("NATO (" in c.stem or "NATO, the European" in c.stem or "NATO, the United" in c.stem for c in swaps)


# A contrast is read between two main clauses only: not from a condition ("If ..."), and not cut at a
# participle inside the subject (the bare head noun may include the other side; raters on test-g).
@pytest.mark.parametrize(("sentence", "found"), [
    ("If the pump runs faster, the pressure rises and the flow increases, while the temperature stays the same.", False),
    ("A hub repeats every signal to all ports, while a switch forwards frames only to one port.", "A hub"),
])
def test_contrasts_come_from_two_main_clauses(sentence, found):
    assert (contrasts(sentence)[0][0] if contrasts(sentence) else False) == found


def test_a_participle_stays_in_the_subject_of_a_contrast():
    found = contrasts("Students studying abroad are given meal cards, while commuters receive monthly travel passes.")
    assert ("commuters", "Students studying abroad", "are given meal cards") in found


CENTRES = """# Cyber Defence

## Centres

The European Centre of Excellence for Countering Hybrid Threats (Hybrid CoE) in Helsinki studies disinformation.
A Cyber Operations Centre at the alliance's headquarters helps plan operations.
The Cyber Security Centre protects the networks around the clock.
"""


def test_a_name_with_its_short_form_in_brackets_beside_it_is_not_swapped():
    _, swaps = _swaps(CENTRES)
    assert not [c for c in swaps if "(Hybrid CoE)" in c.statement and c.original != "Helsinki"]


BODIES = """# Alliances

## Bodies

The Northern League has built a rapid reaction force in Oslo.
NATO runs a training school in Vienna, where the NATO summit was held.
The United Nations sends observers to Lisbon.
"""


@pytest.mark.parametrize("name, article", [
    ("NATO", False),  # "the NATO summit": a modifier, and NATO stands alone without one
    ("United Nations", True),  # a common noun heads the name
    ("Northern League", True),
    ("Oslo", False),
])
def test_a_name_takes_an_article_by_its_head_or_by_how_the_text_writes_it_alone(name, article):
    course = build_course(parse_document(BODIES), glossary=(), others=())
    assert swapnames.with_article(name, course) is article


def test_a_swapped_in_acronym_drops_the_article_and_a_headed_name_keeps_it():
    _, swaps = _swaps(BODIES)
    statements = [c.statement for c in swaps]
    assert any(s.startswith("NATO has built") for s in statements), statements
    assert not [s for s in statements if "the NATO has" in s]
    assert not [s for s in statements if re.search(r"(?<!the )United Nations runs", s)]


def test_a_name_before_a_noun_it_modifies_says_nothing_of_its_article():
    lesson = """# Missions

## Observers

The UN sends observers to Lisbon. UN efforts grew after 1990. UN peacekeepers stayed in Oslo.
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert swapnames.with_article("UN", course) is True


OPEN_LIST = """# Strategies

## Plans

Several states have published climate strategies, including Canada and Norway in 2021.
France published a defence review in 2020 and Germany followed in 2022.
"""


def test_a_member_of_an_open_list_is_not_swapped():
    _, swaps = _swaps(OPEN_LIST)
    assert swaps
    assert not [c for c in swaps if c.original in ("Canada", "Norway")]


ARITHMETIC = """# Units

## Volume

Since 1 litre = 1,000 cm³, the tank holds 60,000 ÷ 1,000 = 60 litres.
Multiplying by 1,000 gives 15 cases per 1,000 people.

## Tanks

A small tank holds 40 litres and a large one holds 90 litres of water.
"""


def test_no_number_is_swapped_in_a_calculation():
    _, swaps = _swaps(ARITHMETIC)
    assert not [c for c in swaps if "=" in c.statement or "Multiplying" in c.statement]


def test_no_number_is_swapped_in_the_lines_after_a_calculation():
    """ "The pay rise of 7.5 per cent did not keep up with inflation of 10 per cent." after the working: the
    example's figures (raters on test-h, test-k, dev-b)."""
    _, swaps = _swaps(ARITHMETIC.replace("\n\n## Tanks\n", ""))
    assert not swaps


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Trade grew between the Nordic Council and the OAS after 1990.", "Organization of American States", True),
        ("Trade grew between the Organization of American States and the Nordic Council.", "OAS", True),
        ("Trade grew between the Nordic Council and the OAS after 1990.", "Arab League", False),
        ("Trade grew between the Nordic Council and the OAS after 1990.", "WHO", False),
    ],
)
def test_named_in(sentence, name, expected):
    # Swapped in, a body the sentence already names by its acronym or in full is named twice.
    assert fs.named_in(sentence, name) is expected


PANELS = """# Panels

## Bodies

The Nordic Council has traded data with the OAS since 1990.
The Arab League has published its own survey of the data.
The Organization of American States has built a data office in Lima.
The Accord on Open Fisheries in the Baltic (AOFB) set quotas for the fleets.
The Arab League later set quotas of its own.
"""


def test_a_body_is_not_swapped_in_beside_its_own_acronym_nor_out_of_a_name_that_runs_on():
    _, swaps = _swaps(PANELS)
    statements = [c.statement for c in swaps]
    assert statements
    assert not [s for s in statements if "Organization of American States has traded data with the OAS" in s]
    # Nor is a body swapped for its own acronym or full name: the false form would be true.
    assert not [c for c in swaps if {c.original, c.key} == {"OAS", "Organization of American States"}]
    assert acronyms._NAME_RUNS_ON_TO_ACRONYM.match(" in the Baltic (AOFB) set quotas")
    assert not acronyms._NAME_RUNS_ON_TO_ACRONYM.match(" in 1990 (see below)")


# Numbers, a place that locates a thing, a group taken for a person: no false statement from them.
DETAILS = """# Republics

## Land

Wealthy Romans acquired vast estates worked by enslaved people captured in war.
Gaius Marius reformed the army, and Lucius Sulla marched on Rome.
Marcus Crassus was the richest man in Rome, and Marcus Crassus died in battle in Syria.
A large landing in Sicily was held up for days by storms.
In Carthage, merchants built a great harbour for their ships.
Spain fought France for two centuries.
Portugal joined the war later.

## Water

The first aqueduct of the city ran 16 km from the hills.
The longest aqueduct ran 92 km and carried water to the baths.
"""


def test_no_number_is_swapped():
    """ "a train travels 97 km in 1.5 hours": an exercise's given (raters on test-l, test-g, test-h)."""
    _, swaps = _swaps(DETAILS)
    assert swaps
    assert not [c for c in swaps if c.kind.startswith("quantity")]


def test_a_circumstance_is_not_swapped_but_an_actor_of_the_main_clause_is():
    """ "canals across Wales", "In Pakistan, the village built in Jakarta": raters on test-q, test-m, test-b."""
    _, swaps = _swaps(DETAILS)
    assert not [c for c in swaps if c.original == "Sicily"]  # "a large landing in Sicily"
    assert not [c for c in swaps if "merchants built" in c.statement]  # "In Carthage, merchants built ..."
    assert [c for c in swaps if c.original == "France" and "Spain fought" in c.statement]


def test_a_group_is_never_swapped_for_a_person_nor_a_person_for_a_group():
    _, swaps = _swaps(DETAILS)
    assert [c for c in swaps if c.kind == "person"]
    assert not [c for c in swaps if "Wealthy Romans" in (c.original, c.key)]


ISLANDS = """# Islands

## People

England and Ireland had about seven million inhabitants in 1750.
Britain built a navy that ruled the seas for a century.
Portugal and Spain traded wine and linen across the sea.
"""


def test_a_name_close_to_another_of_its_sentence_is_not_swapped_in():
    """ "England and Britain had ...": one place inside the other, nonsense rather than false."""
    _, swaps = _swaps(ISLANDS)
    made = {(c.original, c.key) for c in swaps}
    assert ("Ireland", "Britain") not in made
    assert {key for original, key in made if original == "Ireland"} & {"Portugal", "Spain"}


@pytest.mark.parametrize(("other", "replacement", "kin"), [
    ("England", "Britain", True), ("Russia", "Soviet Union", True),
    ("Russia", "Georgia", False), ("India", "Pakistan", False), ("Canada", "United States", False),
])
def test_kin_in_sentence(other, replacement, kin):
    from lessontext.semantics import similarity
    assert (similarity(other, replacement) >= fs.KIN_IN_SENTENCE) is kin


@pytest.mark.parametrize(("sentence", "name", "coordinated"), [
    ("Traders sailing to Peru and South America brought back silver.", "Peru", True),
    ("Caravans linked Western Europe, Egypt and the coast.", "Egypt", True),
    ("Missionaries from Asia or Mexico settled in the valley.", "Mexico", True),
    ("Peru signed the treaty, and Chile followed a year later.", "Peru", False),
    ("Egypt and Morocco sent observers.", "Egypt", False),
    ("Delegates from Peru and South Africa met in Geneva.", "Peru", False),
    ("In West Africa, Ghana and Nigeria train peacekeepers.", "Ghana", False),
    ("At the far end of Eurasia, Japan traded with merchants.", "Japan", False),
    ("Trade grew between Japan and Southeast Asia.", "Japan", True),
])
def test_coordinated_with_region(sentence, name, coordinated):
    start = sentence.index(name)
    assert fs.coordinated_with_region(sentence, start, start + len(name)) is coordinated


@pytest.mark.parametrize(("sentence", "name", "kind", "reached"), [
    ("By the tenth century the new faith had reached Peru.", "Peru", "country", True),
    ("The envoys visited Egypt twice.", "Egypt", "country", True),
    ("The envoys reached the Senate with the news.", "Senate", "organisation", False),
    ("Peru defeated Chile in the war.", "Chile", "country", False),
])
def test_reached_place(sentence, name, kind, reached):
    assert fs.reached_place(sentence, sentence.index(name), kind) is reached


REACHED = """# Trade Routes

## Faiths

Buddhism reached Japan by the sixth century, carried by monks and traders.
Merchants from Egypt and Arabia sailed to Bombay every summer.

## Ships

Portuguese ships reaching Brazil and South America carried sugar home.
Japan closed its ports to most foreign ships in the seventeenth century.
Egypt defeated the raiders at sea.
"""


def test_a_place_reached_or_listed_with_a_region_is_not_swapped_but_an_actor_is():
    _, swaps = _swaps(REACHED)
    originals = {c.original for c in swaps}
    assert "Brazil" not in originals  # "Portuguese ships reaching Egypt and South America": Egypt is not there, but another place might be
    assert not [c for c in swaps if c.source_sentence.startswith("Buddhism reached")]
    assert originals & {"Japan", "Egypt"}  # an actor of the main clause is still swapped


# Made-up court: a cousin, a navigator, a demonym, an open set, a name given to an episode, a possessive.
COURT = """# A Court

## People

Queen Alma quarrelled with her cousin Edmund Varley over the crown.
The Portuguese navigator Tomas Ribeira sailed to the south.
Lord Perrin Calloway taxed the towns heavily.
Edmund Varley raised an army against Lord Perrin Calloway.

## Wars

The king's attempts to invade Norway failed, partly because of winter storms that the Norwegians later remembered.
Sweden fought Poland for a decade.
Denmark and other coastal states set up patrols against the raiders.
Spain lost a great fleet in an episode the sailors later called the Grey Tide.
The royal fleet of the Low Isles attacked the Grey Tide raiders.
The fleets of Sweden and the Low Isles met at sea.
The Low Isles' fleet sailed north.
In the late tenth century Poland was a land of small farms.
"""


def test_a_swap_keeps_no_role_or_clue_that_fits_only_the_original():
    _, swaps = _swaps(COURT)
    statements = [c.statement for c in swaps]
    assert any("Sweden fought" in s or "fought Poland" in s or "fought Sweden" in s for s in statements)
    # "her cousin Tomas Ribeira": the lesson never calls the navigator a cousin.
    assert not [c for c in swaps if c.original == "Edmund Varley" and "cousin" in c.statement]
    assert not [c for c in swaps if c.original == "Tomas Ribeira"]
    # "invade Sweden ... that the Norwegians remembered": the people's name keeps Norway.
    assert not [c for c in swaps if c.original == "Norway"]
    # "Denmark and other coastal states": the name swapped in may be one of the others.
    assert not [c for c in swaps if c.original == "Denmark"]
    # A noun before a place ends a phrase of time, no role: "the late tenth century Sweden was ...".
    assert [c for c in swaps if c.original == "Poland" and "tenth century" in c.statement]
    # "an episode the sailors called ...": a label, not swapped.
    assert not [c for c in swaps if "called" in c.statement and c.original != "Spain"]


def test_both_directions_of_one_pair_share_a_claim():
    _, swaps = _swaps(COURT)
    claims = {c.statement: [cl for cl in c.claims if cl.startswith("swap:")] for c in swaps}
    assert all(len(found) == 1 for found in claims.values())
    pairs = {}
    for c in swaps:
        pairs.setdefault(frozenset((c.original.lower(), c.key.lower())), set()).update(
            cl for cl in c.claims if cl.startswith("swap:"))
    assert all(len(found) == 1 for found in pairs.values())


def test_one_name_swapped_in_claims_every_item_it_falsifies_in_its_section():
    _, swaps = _swaps(COURT)
    foils = {}
    for c in swaps:
        foils.setdefault((c.key.lower(), c.source_anchor), set()).update(cl for cl in c.claims if cl.startswith("foil:"))
    assert foils and all(found == {f"foil:{key}@{anchor}"} for (key, anchor), found in foils.items())


@pytest.mark.parametrize(("replacement", "expected"), [
    ("Canada", "Canada's fleet sailed north."),
    ("Netherlands", "Netherlands' fleet sailed north."),  # a name in -s keeps the bare apostrophe
])
def test_a_bare_possessive_gets_its_s_back(replacement, expected):
    course, _ = _swaps(COURT)
    statement = "the Low Isles' fleet sailed north."
    start = statement.index("Low Isles")
    assert fs.swapped(statement, start, start + len("Low Isles"), replacement, course).endswith(expected)


NORTHERN = """# Northern Cooperation

## The Baltic

Norway and Denmark patrol the Baltic approaches with frigates and submarines every winter.
Denmark hosts a naval exercise in the Baltic each summer, with frigates from its neighbours.
Finland sent frigates to the Baltic exercise for the first time in 2023.

## Far away

Thailand hosts a large land exercise with jungle training and amphibious landings every spring.
Scotland has long hosted missile ranges on its western islands.
The ministers set up the Nordic Training Board, known as NORTRAB, to train crews.
The Baltic Naval Council was set up in 1995 to plan the exercise.
"""


def test_the_sibling_the_lesson_talks_about_in_like_terms_is_swapped_in_first():
    """Not "Thailand sent frigates to the Baltic exercise", a name from another part of the lesson."""
    _, swaps = _swaps(NORTHERN)
    norway = [c for c in swaps if c.original == "Norway" and "patrol" in c.statement]
    assert norway and norway[0].key == "Finland"  # not "Thailand and Denmark patrol the Baltic approaches"
    assert norway[0].base == fs.CONFIDENCE[ENTITY_SWAP_FALSE]
    assert all(c.base < norway[0].base for c in norway[1:])  # a second partner is a spare


def test_a_nation_inside_a_state_is_never_swapped_for_a_state():
    _, swaps = _swaps(NORTHERN)
    made = {(c.original, c.key) for c in swaps}
    assert not {pair for pair in made if "Scotland" in pair}
    assert ("Thailand", "Denmark") in made or ("Thailand", "Norway") in made


def test_a_name_glossed_by_a_short_form_after_it_is_not_swapped():
    _, swaps = _swaps(NORTHERN)
    assert not [c for c in swaps if c.original == "Nordic Training Board"]
    assert [c for c in swaps if c.original == "Baltic Naval Council"]  # "the Nordic Training Board was set up in 1995"


EXCLUDED = """# Relief Networks

## Bodies

Outside the formal EU structures, European relief agencies also cooperate through the Geneva Forum.
NATO runs field hospitals in many countries.
The EU funds the largest food programmes.
NATO and the EU often work side by side.
"""


def test_a_name_in_a_phrase_of_exclusion_is_not_swapped_but_an_actor_is():
    _, swaps = _swaps(EXCLUDED)
    assert not [c for c in swaps if "outside the formal" in c.statement.lower()]  # outside NATO too: still true
    assert [c for c in swaps if "food programmes" in c.statement]  # the EU as an actor is still swapped


ORGAN = """# Fisheries

The Ocean Fisheries Organization (OFO) was founded in 1970 to share data on fish stocks.
The OFO publishes an annual report on catches and sets quotas for its members.
The Ocean Fisheries Assembly adopted a revised catch code on 3 May 2004, and the code entered into force in 2006.
The European Union and Norway later signed a separate agreement on cod.
"""


def test_a_body_is_no_false_swap_for_its_own_organ():
    """ "the OFO adopted" for "the Ocean Fisheries Assembly adopted": the assembly is the OFO's own, still true."""
    course = build_course(parse_document(ORGAN), glossary=(), others=())
    assert fs.part_of("OFO", "Ocean Fisheries Assembly", course)
    assert not fs.part_of("EU", "Ocean Fisheries Assembly", course)
    # The acronym may run on past the organ's words: "OFTO" (Ocean Fisheries Treaty Organisation) and its
    # "Ocean Fisheries Council".
    assert fs.part_of("OFTO", "Ocean Fisheries Council", course)
    assert not fs.part_of("OTFO", "Ocean Fisheries Council", course)
    statements = [c.statement for m in course.lesson.mentions if "Assembly" in m.text
                  for c in fs.false_statement(m, course, random.Random(0)) if c.rule == ENTITY_SWAP_FALSE]
    assert not any("OFO adopted" in s or "Ocean Fisheries Organization adopted" in s for s in statements)


def test_a_role_many_hold_is_no_body_to_swap_in():
    """ "Each Member Council must ..." names a role, not one body: never "the Member Council adopted"."""
    lesson = ORGAN.replace("The European Union and Norway later signed a separate agreement on cod.",
                           "Each Member Council must report its catches within a month.")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert swapnames.role_not_body("Member Council", course)
    assert not swapnames.role_not_body("Ocean Fisheries Assembly", course)
    statements = [c.statement for m in course.lesson.mentions if "Assembly" in m.text
                  for c in fs.false_statement(m, course, random.Random(0)) if c.rule == ENTITY_SWAP_FALSE]
    assert not any("Member Council adopted" in s for s in statements)


def test_a_possessive_or_an_opening_adjective_is_no_person():
    from lessontext.questions.kinds import opening_adjective, personal_name
    assert not personal_name("St Mary's")
    assert personal_name("Mary Seacole")
    assert opening_adjective("Medieval Paris", 0) and opening_adjective("Crowded Lisbon", 0)
    assert not opening_adjective("Medieval Paris", 12)  # mid-sentence the capital is the name's own
    assert not opening_adjective("Queen Victoria", 0) and not opening_adjective("Mary Seacole", 0)


def test_no_swap_of_a_district_or_a_church_taken_for_a_person():
    lesson = """# Plague in the City

## Streets

Crowded Southwark had no drains, and its wells were shallow and foul.
Mary Seacole nursed the sick near St Saviour's church for twelve years.
Florence Nightingale wrote to the parish council in 1855 about the wells.
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    stems = [c.stem for c in generate(course, random.Random(0)) if c.rule == "entity_swap_false"]
    assert stems and not any("had no drains" in s or "Crowded" in s for s in stems)
    assert not any("St Saviour's" in s and "St Saviour's church" not in s for s in stems)


@pytest.mark.parametrize(("sentence", "original", "partner", "expected"), [
    # The partner's surname already stands in the sentence: one person named twice.
    ("In 1912 the court fined the owner Walter Brand, the manager Peter Hale and Moss for neglect.",
     "Peter Hale", "Henry Moss", True),
    ("In 1912 the court fined the owner Walter Brand, the manager Peter Hale and Moss for neglect.",
     "Peter Hale", "Arthur Lane", False),
    # Inside a longer name the word names something else.
    ("The Soviet Union and NATO signed the accord in 1990.", "NATO", "European Union", False),
    # In the possessive, the partner is still the one named: "Rossi was director in the first year of Rossi's
    # tenure" is nonsense.
    ("Carla Bianchi was acting director in the first year of Rossi's tenure, before Marco Verdi returned.",
     "Carla Bianchi", "Anna Rossi", True),
    ("Carla Bianchi was acting director in the first year of Rossi’s tenure.", "Carla Bianchi", "Anna Rossi", True),
    ("Carla Bianchi was acting director in the first year of Rossi's tenure.", "Carla Bianchi", "Paolo Neri", False),
    ("Carla Bianchi was acting director while the Rossi-led board met.", "Carla Bianchi", "Anna Rossi", False),
])
def test_a_partner_whose_naming_word_stands_alone_in_the_sentence_is_named_again(sentence, original, partner, expected):
    start = sentence.index(original)
    assert fs.named_again(sentence, start, start + len(original), partner, alone=True) is expected


def test_a_founder_is_never_swapped_in_for_a_state_that_joined_later():
    lesson = """# The Grain Pact

## Founding

The Grain Pact was signed in 1950 by Portugal and Ireland to pool their wheat reserves.
Portugal and Ireland hoped that a shared reserve would end the famines of the 1940s.

## Enlargement

Denmark joined the Grain Pact in 1961 after a long debate in its parliament.
Iceland applied in 1962, and Iceland's farmers opposed the reserve for many years.
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    stems = [c.stem for c in generate(course, random.Random(0)) if c.rule == "entity_swap_false"]
    assert stems and not any(re.search(r"(Portugal|Ireland) joined", s) for s in stems)


def test_a_saints_name_is_swapped_only_for_a_saint():
    lesson = """# The Canal Board

## Members

Thomas Reed was acting chairman of the board in 1851, before Henry Vale returned from Leeds.
Henry Vale, the engineer, opposed the northern route for many years.
In 1864 floods reached the town of St Albans and closed the lower locks for a month.
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    stems = [c.stem for c in generate(course, random.Random(0)) if c.rule == "entity_swap_false"]
    assert not any("St Albans was acting" in s or "St Albans, the engineer" in s for s in stems), stems
    assert fs._saint("St Albans") and fs._saint("Saint Jerome") and not fs._saint("Stanley Baldwin")


LOCARNO = """# The Locarno Treaties

## The Conference

Germany, France and Britain sent their foreign ministers to the conference at Locarno.
Italy, Belgium and Poland were also represented at the closing sessions.
Britain guaranteed the frontier between France and Germany in the west.
Poland signed a treaty of mutual guarantee with France in the east.
"""


def test_a_name_added_to_a_claim_made_of_others_is_not_swapped():
    """ "Germany, Belgium and Poland were represented": Germany was there too, a true statement keyed False."""
    _, swaps = _swaps(LOCARNO)
    assert swaps
    assert not [c for c in swaps if "represented" in c.statement]
    assert [c for c in swaps if "guaranteed the frontier" in c.statement or "mutual guarantee" in c.statement]


START = """# START I

## The Treaty

START I required the United States and the Soviet Union to cut their long-range nuclear forces.
Ukraine gave up the nuclear weapons left on its territory under the Budapest Memorandum.
France kept its own small nuclear force outside the treaty.
"""


def test_a_republic_is_not_swapped_in_beside_the_union_that_held_it():
    """ "START I required Ukraine and the Soviet Union ...": Ukraine was part of the Soviet Union, nonsense."""
    _, swaps = _swaps(START)
    made = {(c.original, c.key) for c in swaps}
    assert ("United States", "Ukraine") not in made
    assert ("United States", "France") in made


MONARCHS = """# The Kings

## Monarchs

Henry Tudor came to the throne by winning a battle at Bosworth.
Edmund Varley became king at seventeen and soon married a widow.
Anna Hollis ruled for forty-four years and never married.
Former Boer generals quickly became political leaders.
Power passed to Oskar's sister Lena Varga and then to her husband, Peter Brandt.
"""


def test_no_person_is_swapped_into_a_noun_modifier_or_a_role_the_lesson_never_gives():
    """ "Emily Hobhouse generals quickly became ..." (test-be) and "Charles's sister Augustus II" (test-bk): nonsense."""
    course = build_course(parse_document(MONARCHS), glossary=(), others=())
    rng = random.Random(0)
    made = [c for m in course.lesson.mentions for c in fs.false_statement(m, course, rng)]
    assert not any("generals" in (c.statement or c.stem) for c in made)
    assert not any("sister" in (c.statement or c.stem) for c in made)
    assert any(c.original == "Henry Tudor" and c.rule == ENTITY_SWAP_FALSE for c in made)  # the kings still swap


NEUTRALS = """# The League of Neutrals

## Members

The young United States welcomed the principles, and its envoy sailed to the capital in 1781.
Spain welcomed the principles less warmly than the Netherlands did.
Ruritania signed the declaration in 1780.
The Netherlands joined the league in 1781.
"""


def test_a_name_after_an_article_and_adjectives_is_not_swapped():
    """ "the young Spain welcomed the principles" (test-bh): an article the name never takes, nonsense."""
    _, swaps = _swaps(NEUTRALS)
    assert not any(c.original == "United States" for c in swaps)
    assert any(c.original == "Netherlands" for c in swaps)  # the names of the other sentences still swap


CONGRESS = """# The Congress of Osterburg

## Delegates

Denmark was represented at the congress by its foreign minister and its ambassador.
Sweden was represented by its chancellor, who chaired the sessions.
Denmark took over the administration of Malta under a separate convention.
Sweden recognised Danish rule in Malta and gained a port on the coast.
Norway sent only an observer to the congress.
"""


def test_a_territory_another_power_holds_is_not_swapped_in_for_a_power_that_acts():
    _, swaps = _swaps(CONGRESS)
    stems = [c.stem for c in swaps]
    assert any("Norway was represented at the congress" in s or "Sweden was represented at the congress" in s
               for s in stems)  # another power stands in
    assert not any(c.key == "Malta" for c in swaps)  # "Malta was represented at the congress": nonsense


SPACE_RACE = """# The Space Race

## The race

Sweden won its biggest prize when its crew landed on the Moon in 1969.
Norway launched the first satellite in 1957, and Sweden answered within months.
Denmark built its own launcher in 1965 and sent a probe to Mars.
Détente faded after the Norwegian invasion of Finland in 1979.
"""


def test_a_state_shown_only_invaded_is_not_swapped_in_for_a_power_that_acts():
    """ "most historians agree that Afghanistan won its biggest prize" (test-ao, test-ay): a victim where a party acts."""
    _, swaps = _swaps(SPACE_RACE)
    assert not any(c.key == "Finland" for c in swaps)
    assert any(c.original == "Sweden" and c.key in {"Norway", "Denmark"} for c in swaps)  # a power stands in


TREATY_PARTS = """# The Treaty of Osterburg

## Terms

The heart of the treaty is Article IV, on mutual defence.
Article II set the border along the river.
Otto Brandt set the terms of the alliance.
Lena Kaufmann set the date of the vote.
The Treaty of Osterburg was negotiated at Kestria and signed at Valdon in 1878.
The Convention of Valdon was signed at Kestria in 1880.
"""


@pytest.mark.parametrize("part", ["Article IV", "Article II", "Part One", "Clause 4", "Annex 1-B", "Chapter VII"])
def test_document_part(part):
    assert swapnames.document_part(part)


@pytest.mark.parametrize("name", ["Pope Julius II", "Henry VIII", "Section Civil", "Clark Air Base", "Articles"])
def test_not_a_document_part(name):
    assert not swapnames.document_part(name)


def test_a_part_of_a_document_is_never_swapped_in_or_out():
    course, _ = _swaps(TREATY_PARTS)
    rng = random.Random(0)
    found = [c for m in course.lesson.mentions for c in fs.false_statement(m, course, rng)]
    assert not [c for c in found if swapnames.document_part(c.key) or swapnames.document_part(c.original)]


GARDENERS = """# Versailles

## The gardener

The man who shaped the gardens was André Le Nôtre, the most celebrated gardener of his age.
Le Nôtre was born into a family of royal gardeners, and André grew up among its beds and walks.
The painter Charles Le Brun designed the statues, and the architect Louis Le Vau built the palace.
Later Charles Le Brun decorated the Hall of Mirrors.
"""


def test_a_person_whose_first_name_the_sentence_repeats_is_not_swapped_out():
    """test-df, both raters: "Charles Le Brun was born into a family of royal gardeners ..., and André grew up"."""
    _, swaps = _swaps(GARDENERS)
    assert swaps  # the lesson's other sentences are swapped
    assert not any(c.source_sentence.startswith("Le Nôtre was born") for c in swaps)


SPICE_ISLANDS = """# Spice Gardens

## Transplants

France sent ships east to collect clove seedlings in 1769.
Portugal held the coast of Ceylon for more than a century.
The seedlings did not bring France a fortune overnight, for spice trees are slow to mature.
Portugal did not keep its forts once the Dutch arrived.
"""


def test_a_name_a_denial_is_made_of_is_never_swapped():
    """"did not bring Mauritius a fortune overnight" (both raters on test-dj: a wrong key): denied of the
    partner, the claim is no more false than true; the same names in plain claims are swapped."""
    _, swaps = _swaps(SPICE_ISLANDS)
    statements = [c.statement for c in swaps]
    assert any(s.startswith("Portugal sent ships east") for s in statements)
    assert not any("not bring Portugal" in s or s.startswith("France did not keep") for s in statements)
