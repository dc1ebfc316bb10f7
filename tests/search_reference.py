"""The meaning of a search, by a plain scan of the texts (no index): the reference `TextIndex` is tested against."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from ropa_app.domain.search import _PUNCTUATION, vocabulary_labels, words


def scan(texts: list[str], query: str, synonyms: Mapping[str, str] | None = None) -> list[int] | None:
    """The positions of the texts matching `query`, as a `TextIndex` of them answers, by a plain scan (no index).
    `texts` must already be normalised (`normalised`)."""
    terms = words(query)
    if not terms:
        return None
    synonyms = vocabulary_labels() if synonyms is None else synonyms
    found = range(len(texts))
    for term in dict.fromkeys(terms):
        # A query word never holds white space: it is inside a word of a text exactly when it is inside the text.
        keys = _keys_by_label(term, synonyms)
        if keys is None:
            found = [i for i in found if term in texts[i]]
        else:  # or the text holds a word that is a vocabulary key whose label holds the term
            found = [i for i in found if term in texts[i] or keys.search(texts[i])]
    return list(found)


def normalised(text: str) -> str:
    """A text as `scan` compares it (the form `words` splits)."""
    return unicodedata.normalize("NFC", text).casefold()


def _keys_by_label(term: str, synonyms: Mapping[str, str]) -> re.Pattern | None:
    """A pattern finding a word that is, less the punctuation around it, a key whose label has a word holding
    `term` (what `TextIndex` adds for the key's label); None when no label holds it."""
    keys = [k for k, label in synonyms.items() if any(term in w for w in words(label))]
    if not keys:
        return None
    around = "[" + re.escape(_PUNCTUATION) + "]*"
    return re.compile(rf"(?<!\S){around}(?:{'|'.join(map(re.escape, keys))}){around}(?!\S)")
