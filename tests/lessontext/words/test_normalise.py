"""term_key: the one normalisation used for merging and matching."""

import pytest

from lessontext.glossary import term_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Defense attachés", "defense attache"),
        ("Defense Attaches", "defense attache"),
        ("defense attaché", "defense attache"),
        ("Co-operative Security", "cooperative security"),
        ("cooperative security", "cooperative security"),
        ("The Calvin cycle", "calvin cycle"),
        ("Army Diplomacy's", "army diplomacy"),
        ("Joint Military Exercises", "joint military exercise"),
        ("policies", "policy"),
        ("cookies", "cookie"),
        ("stomata", "stoma"),
        ("crises", "crisis"),
        ("analysis", "analysis"),
        ("photosynthesis", "photosynthesis"),
        ("species", "species"),
        ("leaves", "leaf"),
        ("HTTPS", "https"),
        ("APIs", "api"),
        ("NATO", "nato"),
        ("Efes-2022 Live Fire Exercise", "efes2022 live fire exercise"),
        ("  ", ""),
    ],
)
def test_term_key(text, key):
    assert term_key(text) == key
