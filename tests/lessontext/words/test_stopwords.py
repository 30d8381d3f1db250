"""lessontext.words.stopwords: one list of English function words."""

from lessontext.glossary import lexicon
from lessontext.words import STOPWORDS


def test_function_words_are_stopwords_and_content_words_are_not():
    assert {"the", "of", "which", "although", "themselves"} <= STOPWORDS
    assert not {"cell", "river", "contract", "protein"} & STOPWORDS
    assert all(word == word.lower() and " " not in word for word in STOPWORDS)


def test_glossary_word_lists_build_on_the_shared_stopwords():
    assert lexicon.STOPWORDS is STOPWORDS
    assert STOPWORDS <= lexicon.BAD_TERM_START
