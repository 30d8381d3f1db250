"""Entities: a capitalised word is a place only after a preposition of place."""

import pytest

from lessontext.questions.entities import build_lexicon, find_entities


@pytest.mark.parametrize("sentence, word, place", [
    ("The royal family was stopped at Varennes and brought back.", "Varennes", True),
    ("Attachés in Nairobi meet their colleagues weekly.", "Nairobi", True),
    ("The king claimed his authority from God and ruled alone.", "God", False),
    ("Modern negligence is traced to Donoghue v Stevenson, decided in 1932.", "Donoghue", False),
    ("The word comes from Greek and means a layer.", "Greek", False),
])
def test_a_place_follows_a_preposition_of_place(sentence, word, place):
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert (kinds.get(word) == "place") is place


@pytest.mark.parametrize("text, name", [
    ("In 1955 the eastern states formed the Warsaw Pact. Hungary tried to leave the Pact.", "Warsaw Pact"),
    ("Troops held West Berlin. Its capital Berlin was divided.", "West Berlin"),
    ("The war ended Nazi Germany. Germany was divided.", "Nazi Germany"),
    ("Aid reached North Vietnam. Vietnam was divided.", "North Vietnam"),
    # A name placed in another place (test-cv: swapped for a person, "Charles Darwin, in French Polynesia, ...").
    ("Bora Bora, in French Polynesia, is often used as an example. Bora is an island", "Bora Bora"),
])
def test_a_name_with_an_article_a_compass_point_or_a_country_for_surname_is_no_person(text, name):
    lexicon = build_lexicon(text.split(". "))
    kinds = {e.text: e.kind for s in text.split(". ") for e in find_entities(s, lexicon)}
    assert not any(name in text and kind == "person" for text, kind in kinds.items()), kinds


def test_a_person_with_a_middle_initial_is_one_name():
    sentence = 'President John F. Kennedy announced a naval "quarantine" around Cuba.'
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert kinds.get("President John F. Kennedy") == "person", kinds


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it():
    """"Meanwhile Parma" offered as a distractor (both raters on test-ca: a tokenisation artefact)."""
    sentences = ["Meanwhile Parma took Antwerp.", "The king sent Parma north.", "William Caxton set up a press."]
    lexicon = build_lexicon(sentences)
    names = [e.text for s in sentences for e in find_entities(s, lexicon)]
    assert not any("Meanwhile" in n for n in names), names
    assert "William Caxton" in names, names


def test_a_name_ends_at_a_numeral_before_a_function_word():
    """ "Bayezid I. For about a decade": a swap took "Bayezid I. For" as a name (raters on test-w)."""
    sentence = "Timur captured Sultan Osman I. For years his sons fought."
    names = [e.text for e in find_entities(sentence, build_lexicon([sentence]))]
    assert "Sultan Osman I" in names and not any("For" in n for n in names), names


def test_an_era_after_a_year_is_no_part_of_the_name_after_it():
    """ "In January 49 BC Caesar led his troops": swapped as one name, "BC Caesar" lost its era ("In January
    49 Mark Antony led ..."; raters on test-l)."""
    sentence = "In January 49 BC Caesar led his troops across the Rubicon."
    found = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert "BC Caesar" not in found, found
    assert found.get("BC") == "acronym", found


@pytest.mark.parametrize("sentence, name, person", [
    ("Pilgrims crowded into St Mark's Basilica at Easter.", "St Mark's Basilica", False),
    ("The fair was held in Saint Anne's Square every spring.", "Saint Anne's Square", False),
    ("St Augustine wrote his Confessions in Latin.", "St Augustine", True),
    ("The writings of Saint Jerome shaped the Latin Bible.", "Saint Jerome", True),
])
def test_a_saint_in_the_possessive_names_a_building_or_place_not_a_person(sentence, name, person):
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert name in kinds and (kinds[name] == "person") is person


@pytest.mark.parametrize("sentence, name", [
    ("The navy launched HMS St Vincent, a ship of 98 guns, in 1815.", "St Vincent"),
    ("The crew of USS Saint Paul, a heavy cruiser, fired the last salvo.", "Saint Paul"),
    ("The whalers sailed on SS Mary Ellen, a steam barque, from Dundee.", "Mary Ellen"),
    # A saint's name after "the" names a river or a pass.
    ("The canal ran inland, away from the exposed St Gotthard road.", "St Gotthard"),
    ("Traders carried furs down the St Maurice to the coast.", "St Maurice"),
])
def test_a_ship_or_a_saints_river_is_no_person(sentence, name):
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert not any(name in text and kind == "person" for text, kind in kinds.items()), kinds


@pytest.mark.parametrize(("word", "name", "expected"), [
    # A people's adjective or name, by suffix or by the irregular table.
    ("Japanese", "Japan", True),
    ("Egyptian", "Egypt", True),
    ("German", "Germany", True),
    ("Mongols", "Mongolia", True),
    ("Canadian", "Canada", True),
    ("American", "the United States", True),
    ("French", "France", True),
    ("Dutch", "Netherlands", True),
    ("Afghan", "Afghanistan", True),  # a "-stan" name's people drop it
    ("Kazakhs", "Kazakhstan", True),
    # Peoples English does not spell from the name (test-di: "According to the text, portuguese traders ...").
    ("Portuguese", "Portugal", True),
    ("Belgians", "Belgium", True),
    ("Cypriot", "Cyprus", True),
    ("Lebanese", "Lebanon", True),
    # Another name, or one that only shares letters.
    ("Japan", "Japan", False),
    ("Iraqi", "Iran", False),
    ("Australian", "Austria", False),
    ("Indonesia", "India", False),
    ("Georgia", "George", False),
    ("French", "Spain", False),
    # A compound holds its parts' peoples, and a combining form names one too.
    ("Franco-Prussian", "Prussia", True),
    ("Franco-Prussian", "France", True),
    ("Sino-Japanese", "China", True),
    ("Anglo-Dutch", "the United Kingdom", True),
    ("Anglo-Dutch", "Netherlands", True),
    ("Brazilian-led", "Brazil", True),
    ("Peruvian-backed", "Bolivia", False),
    ("Austria-Hungary", "Hungary", False),  # a name, not a people
    ("Sino-Japanese", "Korea", False),
    ("Inter-American", "the United States", False),  # the Americas, not one state
    ("Pan-African", "Africa", False),
])
def test_demonym_of(word, name, expected):
    from lessontext.questions.entities import demonym_of

    assert demonym_of(word, name) is expected


@pytest.mark.parametrize(("text", "kind"), [
    # A country the course also writes before "River" may mean the river where it stands alone.
    ("Boats sailed up the Congo River. The towns of the upper Congo traded ivory.", None),
    ("The Jordan rivers rise in the hills. Farmers along the Jordan grew wheat.", None),
    # Never written before "River": the country.
    ("Boats sailed up the river. The towns of Congo traded ivory.", "country"),
])
def test_a_country_named_after_its_river_is_no_country_alone(text, kind):
    sentences = text.split(". ")
    lexicon = build_lexicon(sentences)
    kinds = {e.text: e.kind for e in find_entities(sentences[1], lexicon)}
    assert kinds.get("Congo", kinds.get("Jordan")) == kind


@pytest.mark.parametrize("sentence, fragment, kept", [
    # A lower-case noun inside a longer name: its capitalised tail names no body of its own.
    ("Payments pass through the Rail and Transport services Safety Authority each month.", "Safety Authority", None),
    ("Licences come from the Arts and Heritage grants Licensing Board in spring.", "Licensing Board", None),
    # A verb or a person's title before a name: the name stays whole.
    ("The Romans built Hadrian's Wall across the north.", "Hadrian's Wall", "Hadrian's Wall"),
    ("The French chemist Marie Curie studied radium.", "Marie Curie", "Marie Curie"),
])
def test_the_tail_of_a_name_broken_by_a_lower_case_noun_is_no_organisation(sentence, fragment, kept):
    names = {e.text for e in find_entities(sentence, build_lexicon([sentence]))}
    assert (fragment in names) is (kept is not None), names


def test_a_capital_after_a_labels_colon_is_no_mid_sentence_name():
    lexicon = build_lexicon(["Caution: Loose gravel makes the path slippery.", "The path to Skye is steep."])
    assert "Loose" not in lexicon.mid_caps
    assert "Skye" in lexicon.mid_caps


@pytest.mark.parametrize("sentence, name, kind", [
    # A two-word name owned by a person is a work of theirs: no "name:" to swap ("John Eyre was published").
    ("Anne Dalton's Mary Brook was published in 1850 under a pseudonym.", "Anne Dalton's Mary Brook", None),
    # One word after the possessive names a place or a thing after the person, and keeps its kind.
    ("The Romans built Hadrian's Wall across the north.", "Hadrian's Wall", "name:wall"),
])
def test_a_name_owned_by_a_person_is_a_work_not_a_name_to_swap(sentence, name, kind):
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert kinds.get(name) == kind, kinds


@pytest.mark.parametrize("sentence, name, person", [
    # A thing's noun in "-er" before a name is no role: "Le Charivari" is a newspaper, not a painter (test-cp).
    ("A critic wrote a review in the satirical newspaper Le Charivari about the show.", "Le Charivari", False),
    ("The young painter Claude Monet showed a harbour at dawn.", "Claude Monet", True),
])
def test_a_things_noun_before_a_name_is_no_role(sentence, name, person):
    kinds = {e.text: e.kind for e in find_entities(sentence, build_lexicon([sentence]))}
    assert (kinds.get(name) == "person") is person, kinds
