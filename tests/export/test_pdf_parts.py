"""The PDF building blocks: splitting long text loses nothing, and every line fits its column."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from ropa_app.export.pdf_parts import FONT, TextWrapper, chunks, register_fonts

# Short words, spaces, line breaks, and now and then a word far longer than any column.
TEXT = st.lists(st.sampled_from(list("ab cØłἈ\n—") + ["x" * 300]), max_size=600).map("".join)


def no_space(s: str) -> str:
    return re.sub(r"\s+", "", s)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(min_value=5, max_value=400), st.integers(min_value=1, max_value=20))
def test_chunks_lose_nothing_and_respect_the_limits(text, max_chars, max_lines):
    pieces = chunks(text, max_chars=max_chars, max_lines=max_lines)
    assert no_space("".join(pieces)) == no_space(text)
    if len(pieces) > 1:
        assert all(len(p) <= max_chars + 1 and p.count("\n") < max_lines for p in pieces)


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
