"""The PDF building blocks: wrapped lines fit their column and lose nothing; annex tables are split across
pages without losing a line, keep a record on one page when it fits on one, and size columns by content."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from ropa_app.export.pdf_parts import (
    FONT,
    FONT_BOLD,
    LEADING,
    PAD,
    AnnexFonts,
    AnnexRow,
    AnnexSpec,
    AnnexTable,
    TextWrapper,
    column_widths,
    register_fonts,
)

# Short words, spaces, line breaks, and now and then a word far longer than any column.
TEXT = st.lists(st.sampled_from(list("ab cØłἈ\n—") + ["x" * 300]), max_size=600).map("".join)


def no_space(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module", autouse=True)
def fonts_registered():
    register_fonts()


@settings(max_examples=150, deadline=None)
@given(TEXT, st.floats(min_value=20, max_value=400))
def test_wrapped_lines_fit_and_lose_nothing(text, width):
    register_fonts()
    wrapper = TextWrapper(FONT, 9, 11.5)
    lines = wrapper.lines(text, width)
    assert no_space("".join(lines)) == no_space(text)
    for line in lines:
        if len(line) > 1:  # a single character wider than the column is the only exception
            assert pdfmetrics.stringWidth(line, FONT, 9) <= width + 0.01, line
    assert len(lines) >= text.count("\n") + 1


def test_a_hyphenated_compound_breaks_after_its_hyphen_and_a_word_before_its_colon():
    wrapper = TextWrapper(FONT_BOLD, 8, 10, hyphenation="en")
    assert wrapper.lines("Sub-processors", 40)[0] == "Sub-"
    lines = TextWrapper(FONT, 8, 10, hyphenation="nb").lines("behandlingsaktiviteter:", 60)
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])  # at syllables, not by letters
    assert "".join(line.removesuffix("-") for line in lines) == "behandlingsaktiviteter:"


def fonts() -> AnnexFonts:
    return AnnexFonts(
        head=TextWrapper(FONT_BOLD, 8, LEADING, hyphenation="en"), name=TextWrapper(FONT_BOLD, 8, LEADING),
        body=TextWrapper(FONT, 8, LEADING), muted=TextWrapper(FONT, 7.5, LEADING),
    )  # fmt: skip


def paginate(table: AnnexTable, first_room: float, page: float) -> list[AnnexTable]:
    """What the document template does with the table: a part per page, the rest on the next page."""
    parts, room, rest = [], first_room, table
    while rest is not None:
        _w, height = rest.wrap(700, room)
        if height <= room:
            parts.append(rest)
            break
        split = rest.split(700, room)
        if not split:
            assert room < page, "a table that does not fit an empty page must split"
            room = page
            continue
        piece, rest = split
        assert piece.wrap(700, room)[1] <= room + 1e-6
        parts.append(piece)
        room = page
    return parts


ROWS = st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40), st.booleans()), min_size=1, max_size=40)


@settings(max_examples=80, deadline=None)
@given(ROWS, st.floats(min_value=40, max_value=400))
def test_an_annex_table_loses_no_line_and_keeps_a_record_that_fits_a_page_whole(sizes, first_room):
    page = 400.0
    records = [["\n".join([f"Rec{n}"] + [f"r{n}a{i}" for i in range(a)]), "\n".join(f"r{n}b{i}" for i in range(b))]
               for n, (a, b, _) in enumerate(sizes)]  # fmt: skip
    rows = [AnnexRow(cells, shade) for cells, (_, _, shade) in zip(records, sizes)]
    spec = AnnexSpec(["Name", "Details"], [200.0, 500.0], fonts(), "(continued)", page)
    parts = paginate(AnnexTable(spec, rows), first_room, page)
    drawn: dict[int, list] = {}  # record -> its pieces (a piece: the lines of each cell), in page order
    for part in parts:
        for _i, row in part._items():
            drawn.setdefault(records.index(row.cells), []).append([[line for _f, line in c] for c in row.lines])
    assert sorted(drawn) == list(range(len(records)))
    for n, (a, b, _) in enumerate(sizes):
        pieces = drawn[n]
        for column, cell in enumerate(records[n]):
            lines = [line for piece in pieces for line in piece[column]]
            if column == 0:  # each piece after the first starts with "Rec<n> (continued)"
                assert [line for line in lines if "(continued)" in line] == [f"Rec{n} (continued)"] * (len(pieces) - 1)
                lines = [line for line in lines if "(continued)" not in line]
            assert lines == (cell.split("\n") if cell else [])
        height = max(a + 1, b) * LEADING + 2 * PAD
        if height <= page - spec.head_height:
            assert len(pieces) == 1, n  # a record that fits on a page is never split
        else:
            assert len(pieces) > 1


def test_a_record_longer_than_a_page_continues_under_its_name():
    spec = AnnexSpec(["Name", "Notes"], [150.0, 550.0], fonts(), "(fortsat)", 300.0)
    long = AnnexRow(["Nimbus\nNimbus Inc.", "\n".join(f"line {i}" for i in range(80))], False)
    parts = paginate(AnnexTable(spec, [AnnexRow(["Short", "one"], False), long]), 250.0, 300.0)
    assert len(parts) >= 3
    first_lines = [row.lines[0][0][1] for part in parts for _i, row in part._items() if row.lines[0]]
    assert first_lines[:2] == ["Short", "Nimbus"]
    assert all(line == "Nimbus (fortsat)" for line in first_lines[2:])
    notes = [line for part in parts for _i, row in part._items() for _f, line in row.lines[1]]
    assert notes == ["one"] + [f"line {i}" for i in range(80)]


def test_columns_are_as_wide_as_their_content_asks():
    body, head = fonts().body, fonts().head
    rows = [["Nimbus Cloud Inc.", "", "US", "A long note about the processor and its sub-processors. " * 4]] * 30
    widths = column_widths(["Name", "Sub-processors", "Country", "Notes"], rows, 700.0, head, body)
    assert sum(widths) == pytest.approx(700.0)
    name, empty, country, notes = widths
    assert notes > name > country and notes > 300
    assert empty < 70 and country < 70  # an empty column is as narrow as its header allows
    one_line = column_widths(["A", "B"], [["x", "y"]], 700.0, head, body)
    assert sum(one_line) == pytest.approx(700.0) and one_line[0] == pytest.approx(one_line[1])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(TEXT, min_size=3, max_size=3), min_size=1, max_size=20), st.floats(200, 800))
def test_column_widths_always_fill_the_table(rows, total):
    widths = column_widths(["One", "Two words", "Three"], rows, total, fonts().head, fonts().body)
    assert sum(widths) == pytest.approx(total) and all(w > 0 for w in widths)


OPS = st.lists(st.one_of(
    st.tuples(st.just("del0")), st.tuples(st.just("front"), st.lists(st.integers(), max_size=4)),
    st.tuples(st.just("insert0"), st.integers()), st.tuples(st.just("head"), st.integers(0, 5)),
    st.tuples(st.just("delhead"), st.integers(0, 5)), st.tuples(st.just("at"), st.integers(-6, 6)),
), max_size=60)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(), max_size=20), OPS)
def test_the_story_queue_answers_as_the_list_reportlab_expects(items, ops):
    """reportlab's build loop uses the story as a list: the queue gives the same answers to what it asks."""
    from ropa_app.export.pdf import _Queue

    queue, plain = _Queue(list(items)), list(items)
    for op, *args in ops:
        if op == "del0" and plain:
            del queue[0], plain[0]
        elif op == "front":
            queue[0:0] = args[0]
            plain[0:0] = args[0]
        elif op == "insert0":
            queue.insert(0, args[0])
            plain.insert(0, args[0])
        elif op == "head":
            assert queue[: args[0]] == plain[: args[0]]
        elif op == "delhead":
            del queue[: args[0]], plain[: args[0]]
        elif op == "at" and -len(plain) <= args[0] < len(plain):
            assert queue[args[0]] == plain[args[0]]
        assert len(queue) == len(plain)
    assert queue[: len(plain)] == plain


def test_the_first_record_under_the_heading_is_split_rather_than_leave_the_heading_alone():
    spec = AnnexSpec(["Name", "Notes"], [150.0, 550.0], fonts(), "(continued)", 400.0)
    record = lambda: AnnexRow(["Nimbus", "\n".join(f"line {i}" for i in range(30))], False)  # noqa: E731
    alone = paginate(AnnexTable(spec, [record()]), 200.0, 400.0)  # a later part: to the next page, whole
    assert len(alone) == 1
    lead = paginate(AnnexTable(spec, [record()], lead=True), 200.0, 400.0)
    assert len(lead) == 2 and lead[1].first.lines[0][0][1] == "Nimbus (continued)"
