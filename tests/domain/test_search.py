"""The word index behind the lists' search boxes: what a query finds, against a plain reference scan."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ropa_app.domain.search import TextIndex, bit_positions, vocabulary_labels, words
from tests.search_reference import normalised, scan


def reference(texts, query):
    """What the index must answer, the slow way: every query word is inside some word of the text."""
    terms = words(query)
    if not terms:
        return None
    return [i for i, t in enumerate(texts) if all(any(q in w for w in words(t)) for q in terms)]


TEXTS = [
    "PA-001 Personnel administration and payroll Sweden Fortnox Lön",
    "PA-002 Recruitment candidates Teamtailor",
    "PA-003 Customer support Zendesk Ørsted",
    "PA-004 Webinars and events Łukasz Ἀθῆναι",
    '["art6_1_b", "art6_1_f"] payroll Norway',
]


def test_every_word_must_be_found_in_any_order():
    index = TextIndex(TEXTS, synonyms={})
    assert index.positions("payroll") == [0, 4]
    assert index.positions("sweden payroll") == [0]
    assert index.positions("PAY  swe") == [0]  # case, extra spaces, word prefixes
    assert index.positions("payroll denmark") == []
    assert index.positions("roll") == [0, 4]  # inside a word, not only at its start


def test_a_query_without_words_filters_nothing():
    index = TextIndex(TEXTS, synonyms={})
    assert index.positions("") is None
    assert index.positions("   ") is None


def test_unicode_names_are_found_whatever_their_normal_form_or_case():
    index = TextIndex(TEXTS, synonyms={})
    assert index.positions("ørsted") == [2]
    assert index.positions("ŁUKASZ") == [3]
    assert index.positions("ἀθῆναι") == [3]
    decomposed = unicodedata.normalize("NFD", "Lön")
    assert decomposed != "Lön"
    assert index.positions(decomposed) == [0]
    assert TextIndex([unicodedata.normalize("NFD", "Fortnox Lön")], synonyms={}).positions("lön") == [0]


def test_a_stored_vocabulary_key_is_found_by_its_label():
    index = TextIndex(TEXTS)
    assert "contract" in vocabulary_labels()["art6_1_b"].casefold()
    assert index.positions("contract") == [4]
    assert index.positions("legitimate interests") == [4]
    assert TextIndex(TEXTS, synonyms={}).positions("contract") == []


def test_typing_a_word_letter_by_letter_gives_what_a_fresh_index_gives():
    texts = [f"PA-{i:05d} {'payroll' if i % 3 else 'payments'} {'sweden' if i % 5 else 'paris'}" for i in range(300)]
    typed = TextIndex(texts, synonyms={})
    for query in ["p", "pa", "pay", "payr", "pay", "pa", "pa-0001", "payroll s", "payroll sw", "payroll par"]:
        assert typed.positions(query) == reference(texts, query), query
        assert TextIndex(texts, synonyms={}).positions(query) == typed.positions(query)


def test_words_in_few_and_in_many_records_mix():
    # "common" is in every record (a bit mask), each "refNNN" in one (a list of positions).
    texts = [f"common ref{i:03d}" + (" rare" if i in (7, 250) else "") for i in range(400)]
    index = TextIndex(texts, synonyms={})
    assert index.positions("ref") == list(range(400))
    assert index.positions("ref01") == list(range(10, 20))
    assert index.positions("rare common") == [7, 250]
    assert index.positions("ref399 common") == [399]


def test_a_word_in_many_records_is_set_in_its_bits_a_part_of_the_texts_at_a_time(monkeypatch):
    """Over parts of texts (_PART), a word's records are kept as bits as the index counts them, not as a list of every
    record until the last text: the same answers as a plain scan, and the same index as one counted in one part."""
    from ropa_app.domain import search

    # "common" in every record; "tens" in one record of ten (past _FEW within the first part); "late" only after the
    # first parts; "edge" in 17 records across parts, each part holding fewer than _FEW of them; "few" in 16 records.
    texts = [f"common ref{i:04d}" + (" tens" if i % 10 == 0 else "") + (" late" if i >= 700 and i % 7 == 0 else "")
             + (" edge" if i % 59 == 0 else "") + (" few" if i % 64 == 1 else "") for i in range(1003)]
    assert sum("edge" in t for t in texts) == 17 and sum(" few" in t for t in texts) == 16
    whole = TextIndex(texts, synonyms={})
    monkeypatch.setattr(search, "_PART", 100)
    parts = TextIndex(iter(texts), synonyms={})
    assert parts._bits == whole._bits and parts._words == whole._words
    assert isinstance(parts._bits["edge"], int) and isinstance(parts._bits["few"], tuple)
    for query in ("common", "tens", "late", "edge", "few", "late tens", "edge few", "ref09", "ref1002", "c", "ta"):
        assert parts.positions(query) == reference(texts, query), query


def test_an_empty_list_finds_nothing():
    index = TextIndex([], synonyms={})
    assert len(index) == 0
    assert index.positions("anything") == []


def test_an_iterator_of_texts_is_read_once_and_no_text_is_kept():
    import gc
    import weakref

    class Text(str):  # a str that can be watched for being freed
        pass

    texts = [Text(f"common ref{i:03d}" + (" rare" if i in (7, 250) else "")) for i in range(400)]
    watched = [weakref.ref(t) for t in texts]
    pending = dict(enumerate(texts))
    del texts
    read = []
    index = TextIndex((read.append(i) or pending.pop(i) for i in range(400)), synonyms={})
    gc.collect()
    assert read == list(range(400)) and not pending and len(index) == 400
    assert all(w() is None for w in watched)  # the index holds words, not the texts
    assert index.positions("rare common") == [7, 250] and index.positions("ref01") == list(range(10, 20))


def test_bit_positions():
    assert bit_positions(0) == []
    assert bit_positions(0b1011) == [0, 1, 3]
    assert bit_positions(1 << 9999) == [9999]


texts_strategy = st.lists(st.text(alphabet="abcåø ΑβΓ-\u030a\n", max_size=30), max_size=25)
query_strategy = st.text(alphabet="abcåø ΑβΓ-\u030a", max_size=6)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(texts_strategy, st.lists(query_strategy, min_size=1, max_size=6))
def test_the_index_answers_like_a_plain_scan(texts, queries):
    index = TextIndex(texts, synonyms={})
    for query in queries:  # one index, several queries: the narrowing cache must not change answers
        assert index.positions(query) == reference(texts, query)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(texts_strategy, st.lists(query_strategy, min_size=1, max_size=6))
def test_a_plain_scan_answers_like_the_index(texts, queries):
    shown = [normalised(t) for t in texts]
    for query in queries:
        assert scan(shown, query, synonyms={}) == reference(texts, query)


# Keys as the register stores them, one of whose labels holds another key ("b-a" in "bé b-a"): a key stands for
# its label's words, one step only, whatever the order the words come in.
SYNONYMS = {"ab": "Bé b-a", "b-a": "Cø", "åå": "ÅA c"}


def reference_with_labels(texts, query, synonyms):
    """The slow way, labels included: every query word is inside a word of the text or of a key's label."""
    terms = words(query)
    if not terms:
        return None
    def seen(text):
        ws = words(text)
        return ws + [e for w in ws for e in words(synonyms.get(w.strip("[]{}\",:;'()"), ""))]
    return [i for i, t in enumerate(texts) if all(any(q in w for w in seen(t)) for q in terms)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet="abcåø é-\"[],", max_size=30), max_size=25),
       st.lists(st.text(alphabet="abcåø é-", max_size=5), min_size=1, max_size=6))
def test_the_index_and_the_scan_find_a_key_by_its_label(texts, queries):
    index = TextIndex(texts, synonyms=SYNONYMS)
    shown = [normalised(t) for t in texts]
    for query in queries:
        want = reference_with_labels(texts, query, SYNONYMS)
        assert index.positions(query) == want
        assert scan(shown, query, synonyms=SYNONYMS) == want


def test_labels_with_the_real_vocabulary():
    texts = [t for t in TEXTS] + ['["art9_2_h"] Region', '"art6_1_b",x']
    index = TextIndex(texts)
    shown = [normalised(t) for t in texts]
    for query in ["contract", "health", "legitimate interests", "region", "art6", "6(1)(b)", "x", "b\",x"]:
        assert index.positions(query) == scan(shown, query) == reference_with_labels(texts, query, vocabulary_labels())
    assert index.positions("contract") == [4]  # '"art6_1_b",x' is one word: not the key


def test_one_and_two_letters_among_many_references():
    # The first letters of a query are answered from each character's and each pair's records, kept ready.
    texts = [f"PA-{i:05d} {'payroll' if i % 3 else 'x'} a" for i in range(2000)]
    index = TextIndex(texts, synonyms={})
    for query in ["p", "pa", "a-", "a", "x", "-0", "pa-", "pa-01", "a pa-0", "ro", "zz", "z"]:
        assert index.positions(query) == reference(texts, query), query


def test_a_key_in_another_keys_label_does_not_pass_its_records_on():
    # "ab" stands for "b-a" (its label's word), and "b-a" for "cø": "ab" is not found by "cø", whatever comes first.
    for texts in (["ab", "b-a"], ["b-a", "ab"]):
        index = TextIndex(texts, synonyms=SYNONYMS)
        assert index.positions("cø") == [texts.index("b-a")]
        assert index.positions("b-a") == [0, 1]
        assert scan(texts, "cø", synonyms=SYNONYMS) == [texts.index("b-a")]
