"""Word-level helpers for the whole :mod:`lessontext` package.

One tokenizer (:data:`WORD_RE`, :func:`split_words`, :func:`fold`), one
stopword list (:data:`STOPWORDS`), one :func:`singular` and cached lemminflect
look-ups (:func:`getAllLemmas`, :func:`getInflection`, :func:`lemma_pos`,
:func:`word_pos`), and the cardinal number words (:data:`CARDINALS`), one merge key (:func:`term_key`, with the word spans
:func:`token_spans` that carry it and :func:`group_by_key`).
"""

from lessontext.words.keys import group_by_key, span_key, term_key, token_spans, token_spans_cached, tokens
from lessontext.words.lemmas import (
    folded_singular,
    getAllLemmas,
    getInflection,
    lemma_pos,
    past_participle,
    past_tense,
    singular,
    word_pos,
)
from lessontext.words.numbers import CARDINALS, TENS, UNITS
from lessontext.words.stopwords import STOPWORDS
from lessontext.words.tokens import WORD_RE, first_clause, fold, split_words

__all__ = [
    "CARDINALS",
    "STOPWORDS",
    "TENS",
    "UNITS",
    "WORD_RE",
    "first_clause",
    "fold",
    "folded_singular",
    "getAllLemmas",
    "getInflection",
    "group_by_key",
    "lemma_pos",
    "past_participle",
    "past_tense",
    "singular",
    "span_key",
    "split_words",
    "term_key",
    "token_spans",
    "token_spans_cached",
    "tokens",
    "word_pos",
]
