"""Where an appositive cut inside a list ends (lessontext.glossary.list_tail)."""

import pytest

from lessontext.glossary.list_tail import list_tail


@pytest.mark.parametrize(
    ("following", "appos", "tail"),
    [
        (", printed and reused, from hard metal.", "separate letters that can be arranged", ", printed and reused"),
        (", legislators or the public.", "freedom of judges from ministers", ", legislators or the public"),
        # The sentence's own verb goes on; a clause of its own; a participle series after no "be".
        (", glow mostly between dusk and midnight.", "the winged beetles", ""),
        (", and the court is closed.", "a judge of the court", ""),
        (", printed and reused.", "the letters of the alphabet", ""),
        # A past participle between a noun and its preposition restricts the noun; after "and" it is the verb.
        (", consensus and respect for binding rules enforced from above.", "a style that values consultation",
         ", consensus and respect for binding rules enforced from above"),
        (", the army and navy moved into the city.", "a style that values consultation", ""),
        (", the army and the navy moved into the city.", "a style that values consultation", ""),
        # A list that ends before a bracket, and a participle with its agent after "and" (test-dk, both raters:
        # "Samsara: The cycle of birth.").
        (", death and rebirth shaped by kamma (Sanskrit karma), the moral force of actions.", "the cycle of birth",
         ", death and rebirth shaped by kamma"),
        (", and its guidance on Hazard Analysis and Critical Control Point (HACCP), a system.", "the highest limits", ""),
        # A relative clause after the list's last item is the list's: its verbs are no clause of their own.
        (", sand, dung and hair that could be shaped when damp.", "a mixture of clay",
         ", sand, dung and hair that could be shaped when damp"),
        (", goats and camels that was spun at home.", "a fibre of sheep", ", goats and camels that was spun at home"),
        (", the guild and the town was ruined.", "a fibre of sheep", ""),
        (", so that the hips tilt and the body appears relaxed.", "a pose in which the weight rests on one leg",
         ""),  # test-b: "so that" opens a clause, no relative of a list
    ],
)
def test_where_an_appositive_cut_inside_a_list_ends(following, appos, tail):
    assert list_tail(following, appos) == tail
