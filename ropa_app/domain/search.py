"""Finding records by their text: a word index over the records of a list.

A query matches a record when every word of the query occurs in some word of the record's text, in any
order ("payroll sweden" finds a record that mentions both). Case and Unicode normalisation do not
matter. The index is built once (in a worker thread for big registers) and answers a query from the
register's vocabulary of distinct words, not by scanning the text again, so that a search box can filter
10,000 records within a frame per keystroke:

- each distinct word holds the set of records that contain it, as the bits of one Python int;
- a query word is looked up in the (much smaller) list of distinct words, and the sets of the words
  that contain it are OR-ed; the query words' sets are AND-ed;
- the first letters typed match most words: the records of each character and of each pair of
  characters (a few hundred pairs, whatever the register's size), and of three characters held by
  thousands of words ("pa-" of the references), are OR-ed when the index is built, so that such a query
  word costs a lookup; a longer one looks only among the words that hold its rarest three characters
  (or the words that held it one letter shorter);
- a word that is a stored vocabulary key (``art6_1_b``) also stands for the words of its label
  ("Art. 6(1)(b) contract"), so that a record is found by what the user sees.

The tests compare its answers with a plain scan of the texts (tests/search_reference.py); a list does not scan:
its search waits for the index.
"""

from __future__ import annotations

import unicodedata
from collections import deque
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import itemgetter
from collections.abc import Iterable, Mapping

from . import vocab

_PUNCTUATION = "[]{}\",:;'()"
_FEW = 16  # records or fewer: a word keeps their positions rather than a bit mask
_PART = 4096  # texts: the records of a word in more than _FEW so far are set in its bit mask after each part
_MANY = 2048  # words or more holding three characters: their records are OR-ed when the index is built
_BITS_AS_BYTES = bytes.maketrans(b"01", b"\x00\x01")
_BYTES_AS_BITS = bytes.maketrans(b"\x00\x01", b"01")


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
        # A word's records past _FEW, a part of the texts at a time, as bits: a list of a pointer per record was 8 bytes
        # a record for each word of its text (~50 MB at 158,922 findings, all alive as the last text was counted)
        masks: dict[str, bytearray] = {}
        size = 0
        for position, text in enumerate(texts):
            size = position + 1
            for word in set(words(text)):
                found = postings.get(word)
                if found is None:
                    postings[word] = [position]
                else:
                    found.append(position)
            if not size % _PART:
                _into_masks(postings, masks, size)
        self.size = size
        width = (self.size + 7) // 8
        # A word in many records keeps them as the bits of an int; a word in a few (a reference, a
        # name) keeps their positions: OR-ing thousands of wide ints is what made one letter slow.
        bits: dict[str, int | tuple[int, ...]] = {}
        for word in list(postings):
            positions = postings.pop(word)  # each list freed as its word is done
            mask = masks.pop(word, None)
            if mask is None and len(positions) <= _FEW:
                bits[word] = tuple(positions)
                continue
            if mask is None:
                mask = bytearray(width)
            else:
                mask.extend(bytes(width - len(mask)))
            for p in positions:
                mask[p >> 3] |= 1 << (p & 7)
            bits[word] = int.from_bytes(mask, "little")
        synonyms = vocabulary_labels() if synonyms is None else synonyms
        if synonyms:
            # One step, whatever the order of the words: a label's word that is a key too ("health") does not
            # pass on the records it got from another key's label.
            added: dict[str, list[int | tuple[int, ...]]] = {}
            for word, found in bits.items():
                label = synonyms.get(word.strip(_PUNCTUATION))
                if label:
                    for extra in words(label):
                        added.setdefault(extra, []).append(found)
            for extra, sets in added.items():
                bits[extra] = self._union([*sets, bits.get(extra, 0)])
        self._bits = bits
        self._words = list(bits)
        self._all = (1 << self.size) - 1
        self._recent: dict[str, tuple[list[str], int]] = {}  # query word -> (words that contain it, bits)
        # The first letters typed match most words (at 50,000 records "pa" and "pa-" are in 50,000 references):
        # each pair of characters keeps its records, each character its records (a word of two or more characters
        # holds a character inside one of its pairs), each three characters their words, and their records when
        # they are in many words.
        pairs: dict[str, list[str]] = {}
        self._triple_words: dict[str, list[str]] = {}
        singles: list[str] = []
        for word in self._words:
            if len(word) == 1:
                singles.append(word)
            for grams, n in ((pairs, 2), (self._triple_words, 3)):
                for gram in {word[i:i + n] for i in range(len(word) - n + 1)}:
                    held = grams.get(gram)
                    if held is None:
                        grams[gram] = [word]
                    else:
                        held.append(word)
        self._pair_bits = {pair: self._union(itemgetter(*held)(bits) if len(held) > 1 else [bits[held[0]]])
                           for pair, held in pairs.items()}
        del pairs
        self._triple_bits = {triple: self._union(itemgetter(*held)(bits)) for triple, held in self._triple_words.items()
                             if len(held) >= _MANY}
        char_sets: dict[str, list[int | tuple[int, ...]]] = {}
        for pair, found in self._pair_bits.items():
            for ch in set(pair):
                char_sets.setdefault(ch, []).append(found)
        for word in singles:
            char_sets.setdefault(word, []).append(bits[word])
        self._char_bits = {ch: self._union(sets) for ch, sets in char_sets.items()}

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
        if len(term) == 2:
            return self._pair_bits.get(term, 0)
        if term in self._triple_bits:
            return self._triple_bits[term]
        # Only the words that hold the term's rarest three characters, or (typed one letter further) the
        # words that held the shorter term, can hold it.
        candidates = min((self._triple_words.get(term[i:i + 3], []) for i in range(len(term) - 2)), key=len)
        for previous, (held, _bits) in self._recent.items():
            if previous in term and len(held) < len(candidates):
                candidates = held
        held = [w for w in candidates if term in w]
        sets = itemgetter(*held)(self._bits) if len(held) > 1 else [self._bits[w] for w in held]
        result = self._union(sets)
        if len(self._recent) >= 16:
            self._recent.pop(next(iter(self._recent)))
        self._recent[term] = (held, result)
        return result

    def _union(self, sets: Iterable[int | tuple[int, ...]]) -> int:
        result = 0
        few: list[tuple[int, ...]] = []
        for s in sets:
            if s.__class__ is int:
                result |= s
            else:
                few.append(s)
        if few:
            # Thousands of words in a record or two each (references): one byte per record, set from C
            # (map), then read as the binary digits of one int, lowest record last.
            flags = bytearray(self.size)
            deque(map(flags.__setitem__, chain.from_iterable(few), repeat(1)), maxlen=0)
            result |= int(flags.translate(_BYTES_AS_BITS)[::-1], 2)
        return result


def _into_masks(postings: dict[str, list[int]], masks: dict[str, bytearray], size: int) -> None:
    """Move the positions of each word in more than _FEW records so far into its bit mask (made as long as `size`
    records need), emptying its list: a word's records are its mask's bits and its list's positions."""
    need = (size + 7) // 8
    for word, found in postings.items():
        if len(found) <= _FEW:
            continue
        mask = masks.get(word)
        if mask is None:
            mask = masks[word] = bytearray(need)
        elif len(mask) < need:
            mask.extend(bytes(need - len(mask)))
        for p in found:
            mask[p >> 3] |= 1 << (p & 7)
        found.clear()


def bit_positions(bits: int) -> list[int]:
    """The positions of the set bits of a non-negative int, lowest first."""
    if not bits:
        return []
    flags = bit_flags(bits)
    return list(compress(range(len(flags)), flags))


def bit_flags(bits: int, size: int = 0) -> bytes:
    """The bits of a non-negative int as one byte per position, lowest first (1 set, 0 not), padded with 0 to
    `size`: for `itertools.compress`, which picks a list's items by them in C."""
    flags = format(bits, "b").encode("ascii")[::-1].translate(_BITS_AS_BYTES) if bits else b""
    return flags.ljust(size, b"\x00")


def flags_bits(flags: Iterable[object]) -> int:
    """The inverse of `bit_flags`: an int whose bit at each position is set when the flag there is true."""
    marks = bytes(map(bool, flags))
    return int(marks.translate(_BYTES_AS_BITS)[::-1], 2) if marks else 0

