"""Where a definition runs on past its defining part, and the cut or mended join (lessontext.glossary.runons)."""

import pytest

from lessontext.glossary.runons import cut_consequence, cut_run_ons, cut_second_clause, it_after_and, main_verb_residue


@pytest.mark.parametrize(
    ("definition", "cut"),
    [
        ("A measure of how output responds to a change in wages, and wage elasticity of labour measures how "
         "hours respond to pay.", "A measure of how output responds to a change in wages."),
        ("A league that sent a fleet to the coast in 1850, and the Northern Alliance (NA) has led talks since.",
         "A league that sent a fleet to the coast in 1850."),
        ("Workers who use the grain to bake bread, and brewers use the hops.", "Workers who use the grain to bake bread."),
        ("A reaction that happens in plant cells at night, glucose is converted into starch.",
         "A reaction that happens in plant cells at night."),
        # A relative clause with its own subject continues after "and"; a list of nouns is no clause.
        ("Interest in which the interest earned is added to the balance, and the next interest is calculated on it.",
         None),
        ("A mixture of salt, sugar, and water used to preserve fruit.", None),
        ("The wearing away of rock, soil, and sand grains.", None),
        ("A word that comes from the French for rebirth, and it describes the period that followed.", None),
        ("A treaty, signed in 1987, that removed a class of missiles.", None),
    ],
)
def test_a_definition_ends_before_a_second_clause_with_its_own_subject(definition, cut):
    assert cut_second_clause(definition) == (cut or definition)


@pytest.mark.parametrize(
    ("definition", "cut"),
    [
        ("A metal rod, which is why it conducts heat so quickly along its length.", "A metal rod."),
        ("A body that sets the rules for rail signals, which means that a train can cross borders without delay.",
         "A body that sets the rules for rail signals."),
        ("A tax that rises with income, which helps explain why richer households pay a larger share.",
         "A tax that rises with income."),
        # Kept: a "which" clause on the thing itself, a cut naming clause (lightedits), too little left before it.
        ("A glacier that moves downhill, which carves a U-shaped valley.", None),
        ("Sweat glands release water, which is why they.", None),
        ("Erosion, which is why cliffs retreat each winter.", None),
    ],
)
def test_a_trailing_consequence_is_cut(definition, cut):
    assert cut_consequence(definition) == (cut or definition)


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        # The main verb only points back, or tells what happened to the thing later: cut.
        ("A pact that links three railways across the Alps, follows the same model.",
         "A pact that links three railways across the Alps."),
        ("A charter that protects river traders from tolls on the upper Rhine, was quietly abandoned when the guilds fell.",
         "A charter that protects river traders from tolls on the upper Rhine."),
        # Any other main verb is joined to the relative clause with "and".
        ("A register that has existed since 1950, allows owners to appeal against a listing.",
         "A register that has existed since 1950 and allows owners to appeal against a listing."),
        # Kept: a list of the clause's own verbs, a plural noun after the comma, a participle the publish gate moves.
        ("A council that meets monthly, sets budgets and appoints officers.", None),
        ("A council that was founded in 1900, was merged in 1974, and was renamed in 1996.", None),
        ("A ferry that carries cars, vans and lorries across the strait.", None),
        # "other" is no pointer back: the main verb is joined, not cut.
        ("A database that has run since 1990, allows other states to report thefts.",
         "A database that has run since 1990 and allows other states to report thefts."),
        ("A regime that created in 1987, seeks to limit missiles.", None),
    ],
)
def test_a_relative_clause_left_before_the_main_verb_is_cut_or_joined(definition, edited):
    assert main_verb_residue(definition) == (edited or definition)


@pytest.mark.parametrize(
    ("definition", "edited"),
    [
        ("Training that starts in the first week, and it continues until the final exam.",
         "Training that starts in the first week, and continues until the final exam."),
        ("Birds that nest on cliffs, and they feed at sea.", "Birds that nest on cliffs, and feed at sea."),
        # Kept: a pronoun without a relative clause before it, and one before a noun.
        ("A short rest, and it helps recovery.", None),
        ("A lake that freezes in winter, and it skating season begins.", None),
    ],
)
def test_the_head_repeated_as_it_after_and_is_dropped(definition, edited):
    assert it_after_and(definition) == (edited or definition)


def test_the_cuts_apply_in_one_pass():
    assert cut_run_ons("A canal that links two rivers, was widened when trade grew.") == "A canal that links two rivers."
    assert cut_run_ons("A lock that raises boats between two levels.") == "A lock that raises boats between two levels."
