"""Finding records by their text: a word index over the records of a list.

A query matches a record when every word of the query occurs in some word of the record's text, in any
order ("payroll sweden" finds a record that mentions both). Case and Unicode normalisation do not
matter. The index is built once (in a worker thread for big registers) and answers a query from the
register's vocabulary of distinct words, not by scanning the text again, so that a search box can filter
10,000 records within a frame per keystroke:

- each distinct word holds the set of records that contain it, as the bits of one Python int;
- a query word is looked up in the (much smaller) list of distinct words, and the sets of the words
  that contain it are OR-ed; the query words' sets are AND-ed;
- a word that is a stored vocabulary key (``art6_1_b``) also stands for the words of its label
  ("Art. 6(1)(b) contract"), so that a record is found by what the user sees.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import compress
from collections.abc import Iterable, Mapping

from . import vocab

_PUNCTUATION = "[]{}\",:;'()"
_FEW = 16  # records or fewer: a word keeps their positions rather than a bit mask
_BITS_AS_BYTES = bytes.maketrans(b"01", b"\x00\x01")


def words(text: str) -> list[str]:
    """The words of a text as the index compares them: NFC, case-folded, split at white space."""
    return unicodedata.normalize("NFC", text).casefold().split()


@lru_cache(maxsize=1)
def vocabulary_labels() -> dict[str, str]:
    """Every key of the register's vocabularies, case-folded, with its English label(s)."""
    out: dict[str, str] = {}
    for value in vars(vocab).values():
        if isinstance(value, vocab.Vocabulary):
            for key, label in value.items:
                k = key.casefold()
                out[k] = f"{out[k]} {label}" if k in out and label not in out[k] else label
    return out


class TextIndex:
    """The records' texts by position (the order of the list that shows them)."""

    def __init__(self, texts: Iterable[str], synonyms: Mapping[str, str] | None = None):
        """`texts` may be an iterator: each text is dropped once its words are counted (a big list's texts are
        ~100 MB at 50,000 records, more than the index they make)."""
        postings: dict[str, list[int]] = {}
        size = 0
        for position, text in enumerate(texts):
            size = position + 1
            for word in set(words(text)):
                found = postings.get(word)
                if found is None:
                    postings[word] = [position]
                else:
                    found.append(position)
        self.size = size
        self._width = width = (self.size + 7) // 8
        # A word in many records keeps them as the bits of an int; a word in a few (a reference, a
        # name) keeps their positions: OR-ing thousands of wide ints is what made one letter slow.
        bits: dict[str, int | tuple[int, ...]] = {}
        for word in list(postings):
            positions = postings.pop(word)  # each list freed as its word is done
            if len(positions) <= _FEW:
                bits[word] = tuple(positions)
                continue
            mask = bytearray(width)
            for p in positions:
                mask[p >> 3] |= 1 << (p & 7)
            bits[word] = int.from_bytes(mask, "little")
        synonyms = vocabulary_labels() if synonyms is None else synonyms
        if synonyms:
            for word in list(bits):
                label = synonyms.get(word.strip(_PUNCTUATION))
                if label:
                    for extra in words(label):
                        if extra != word:
                            bits[extra] = self._union([bits[word], bits.get(extra, 0)])
        self._bits = bits
        self._words = list(bits)
        self._all = (1 << self.size) - 1
        self._recent: dict[str, tuple[list[str], int]] = {}  # query word -> (words that contain it, bits)
        # The first letter typed matches most words: each character's words and records are ready.
        self._char_words: dict[str, list[str]] = {}
        for word in self._words:
            for ch in set(word):
                held = self._char_words.get(ch)
                if held is None:
                    self._char_words[ch] = [word]
                else:
                    held.append(word)
        self._char_bits = {ch: self._union([bits[w] for w in held]) for ch, held in self._char_words.items()}

    def __len__(self) -> int:
        return self.size

    def matching(self, query: str) -> int | None:
        """The records holding every word of `query`, as bits by position; None for a query without words."""
        terms = words(query)
        if not terms:
            return None
        result = self._all
        for term in dict.fromkeys(terms):
            result &= self._term(term)
            if not result:
                break
        return result

    def positions(self, query: str) -> list[int] | None:
        """The positions of the records matching `query`, in order; None for a query without words."""
        found = self.matching(query)
        return None if found is None else bit_positions(found)

    def _term(self, term: str) -> int:
        known = self._recent.get(term)
        if known is not None:
            return known[1]
        if len(term) == 1:
            return self._char_bits.get(term, 0)
        # Only the words that hold the term's rarest character, or (typed one letter further) the words
        # that held the shorter term, can hold it.
        candidates = min((self._char_words.get(ch, []) for ch in set(term)), key=len)
        for previous, (held, _bits) in self._recent.items():
            if previous in term and len(held) < len(candidates):
                candidates = held
        held = [w for w in candidates if term in w]
        bits = self._bits
        result = self._union([bits[w] for w in held])
        if len(self._recent) >= 16:
            self._recent.pop(next(iter(self._recent)))
        self._recent[term] = (held, result)
        return result

    def _union(self, sets: list[int | tuple[int, ...]]) -> int:
        result = 0
        mask = None
        for s in sets:
            if isinstance(s, int):
                result |= s
                continue
            if mask is None:
                mask = bytearray(self._width)
            for p in s:
                mask[p >> 3] |= 1 << (p & 7)
        if mask is not None:
            result |= int.from_bytes(mask, "little")
        return result


def bit_positions(bits: int) -> list[int]:
    """The positions of the set bits of a non-negative int, lowest first."""
    if not bits:
        return []
    flags = format(bits, "b").encode("ascii")[::-1].translate(_BITS_AS_BYTES)
    return list(compress(range(len(flags)), flags))

