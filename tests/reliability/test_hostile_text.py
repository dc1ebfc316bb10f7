"""Hostile text in every text field of the organisation, the activities, the recipients and the transfers
(nested records included), written into a register file and exported to xlsx, pdf and json: no
exception, no formula or error cell, no markup applied, every printable character present.
What "present" can mean for each format is in `hostile.py`'s docstring.

Hypothesis runs derandomized (the same examples on every run and machine) without an example database.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ropa_app.domain import model
from ropa_app.export import LANGUAGES, ExportOptions, export_register
from ropa_app.export.xlsx import MAX_CELL
from ropa_app.interchange import InvalidSource, export_json, load, save_json, to_document
from ropa_app.store import RegisterStore, RegisterWriteError

from . import hostile
from .faults import digest, make_register

OPTIONS = ExportOptions(prepared_by="Tester", exported_at=datetime(2026, 11, 22, 14, 5, tzinfo=UTC), scope="internal")
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def through_the_store(register: model.Register, folder: Path) -> model.Register:
    """RegisterStore.create, the repositories' add/update, load_register: the register as read back."""
    path = make_register(folder / "hostile.ropa", register)
    with RegisterStore.open(path, readonly=True) as store:
        loaded = store.load_register()
    assert to_document(loaded) == to_document(register), "the register file changed a value"
    return loaded


def export_and_check(register: model.Register, folder: Path, language: str, ordered: bool, long_value=None) -> None:
    values = hostile.text_values(register)
    hostile.check_json(register, folder)
    xlsx = export_register(register, folder / "hostile.xlsx", language=language, options=OPTIONS)
    hostile.check_xlsx(folder / "hostile.xlsx", xlsx, values, language)
    export_register(register, folder / "hostile.pdf", language=language, options=OPTIONS)
    hostile.check_pdf(folder / "hostile.pdf", values, ordered, long_value)
    if long_value is not None and len(hostile.spreadsheet_text(long_value.value)) > MAX_CELL:
        assert any(w.code == "value_split" for w in xlsx.warnings), "a split value without a word in the report"


@settings(FUZZ, max_examples=30)
@given(hostile.registers(), st.sampled_from(LANGUAGES))
def test_any_text_in_every_field_is_exported_intact(register, language):
    """Arbitrary Unicode (every plane), controls, formulas and markup, through the register file."""
    with tempfile.TemporaryDirectory() as tmp:
        loaded = through_the_store(register, Path(tmp))
        export_and_check(loaded, Path(tmp), language, ordered=False)


@settings(FUZZ, max_examples=25)
@given(hostile.registers(hostile.HOSTILE_LTR), st.sampled_from(LANGUAGES))
def test_markup_and_formulas_are_printed_as_written(register, language):
    """Left-to-right text, so that the PDF's text can be read in order: every line of every value is
    in it as written (straight from the model, no register file)."""
    with tempfile.TemporaryDirectory() as tmp:
        export_and_check(register, Path(tmp), language, ordered=True)


def every_field_register(pieces: list[str] | None = None) -> model.Register:
    """One of everything (organisation, activity with each kind of nested record and a direct transfer,
    a recipient with a transfer used by the activity), every text field filled: with the next of
    `pieces` (cycling), else with a plain text naming the field."""
    transfer = lambda: model.Transfer(country="US")  # noqa: E731
    activity = model.Activity(
        purposes=["p"], data_subject_categories=["s"], recipient_categories=["r"], systems=["y"],
        processing_categories=["c"], joint_controllers=[model.JointController()], controllers=[model.ControllerRef()],
        data_categories=[model.DataCategory(subjects=["s"])], transfers=[transfer()], recipients=[1],
    )  # fmt: skip
    recipient = model.Recipient(id=1, transfers=[transfer()])
    register = model.Register(model.Organisation(), [activity], [recipient])
    for i, tv in enumerate(hostile.text_values(register)):
        if pieces:
            value = "".join(pieces[(i * 3 + k) % len(pieces)] for k in range(3))
        else:
            value = f"v{i} " + tv.where.replace("[", " ").replace("]", " ")
        hostile.set_text(register, tv.where, value)
    activity.data_categories[0].subjects = list(activity.data_subject_categories)  # linked as in the register
    return register


def test_every_piece_of_hostile_text_in_every_field(tmp_path):
    """Every control character, formula and piece of markup at least once, most of them at the start
    of a value, in every text field; through the register file, in every language."""
    pieces = hostile.FORMULAS + hostile.MARKUP + hostile.CONTROL
    register = every_field_register(pieces)
    values = hostile.text_values(register)
    assert len(values) * 3 >= len(pieces), "every piece is used"
    loaded = through_the_store(register, tmp_path)
    for language in LANGUAGES:
        folder = tmp_path / language
        folder.mkdir()
        export_and_check(loaded, folder, language, ordered=True)


_NO_LINE_BREAK = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), max_size=10)
_FRAGMENT = st.lists(
    st.one_of(_NO_LINE_BREAK, st.sampled_from(hostile.FORMULAS), st.sampled_from(hostile.MARKUP),
              st.sampled_from([c for c in hostile.CONTROL if c not in "\n\r"])),
    min_size=2, max_size=8,
).map("".join).filter(lambda s: len(s) >= 20)  # fmt: skip
_PLACES = [tv.where for tv in hostile.text_values(every_field_register())]


# Each example is a document of up to a few hundred pages: few of them, and no shrinking (an example that
# fails is reported as drawn, which takes seconds rather than minutes).
@settings(FUZZ, max_examples=8, phases=[Phase.explicit, Phase.generate])
@given(st.sampled_from(_PLACES), st.integers(10_000, 40_000), _FRAGMENT, st.sampled_from(["", " ", "\n", " \n "]))
def test_very_long_values(place, length, fragment, separator):
    """A value of 10,000-40,000 characters in any text field: split across rows of the "Long values"
    sheet beyond Excel's cell limit (and reported), printed whole across PDF pages, kept whole in JSON."""
    register = every_field_register()
    unit = fragment + separator
    value = (unit * (length // len(unit) + 1))[:length]
    hostile.set_text(register, place, value)
    long_value = next(tv for tv in hostile.text_values(register) if tv.where == place)
    with tempfile.TemporaryDirectory() as tmp:
        export_and_check(register, Path(tmp), "en", ordered=False, long_value=long_value)


# --- lone surrogates -----------------------------------------------------------------------------------
# Half of a UTF-16 pair is no character: UTF-8 (a register file, an xlsx, a JSON file) cannot encode it.
# Qt or a JSON "\ud800" escape can still hand one over.
def surrogate_register() -> model.Register:
    register = every_field_register()
    register.organisation.name = "Org\ud800 AB"
    register.activities[0].purposes = ["Pay\udfffroll"]
    register.recipients[0].transfers[0].notes = "note \ud83d"
    return register


def test_lone_surrogates_are_removed_from_the_exports_and_reported(tmp_path):
    register = surrogate_register()
    values = hostile.text_values(register)
    reports = {}
    for fmt in ("xlsx", "pdf"):
        reports[fmt] = report = export_register(register, tmp_path / f"s.{fmt}", language="en", options=OPTIONS)
        warning = next(w for w in report.warnings if w.code == "characters_removed")
        assert all(code in warning.message for code in ("U+D800", "U+D83D", "U+DFFF")), warning.message
    hostile.check_xlsx(tmp_path / "s.xlsx", reports["xlsx"], values, "en")
    hostile.check_pdf(tmp_path / "s.pdf", values, ordered=True)


def test_lone_surrogates_in_json_are_written_escaped_and_refused_on_import(tmp_path):
    path = save_json(surrogate_register(), tmp_path / "s.json")  # no UnicodeEncodeError
    text = path.read_bytes().decode("utf-8")
    assert "Org\\ud800 AB" in text and "Pay\\udfffroll" in text
    with pytest.raises(InvalidSource) as info:
        load(path)
    where = {p.location for p in info.value.problems}
    assert where == {"$.organisation.name", "$.activities[0].purposes[0]", "$.recipients[0].transfers[0].notes"}
    assert all("surrogate" in p.message for p in info.value.problems)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_the_register_file_refuses_a_lone_surrogate_and_keeps_what_it_had(tmp_path):
    """The store cannot encode one: the edit fails with a RegisterWriteError that names the character
    (the app shows it as "Your change could not be saved") and the register file keeps every earlier
    change, unchanged."""
    path = make_register(tmp_path / "s.ropa", every_field_register())
    with RegisterStore.open(path) as store:
        before = to_document(store.load_register())
    before_bytes = digest(path)
    with RegisterStore.open(path) as store:
        activity = store.load_register().activities[0]
        activity.notes = "broken \ud800"
        with pytest.raises(RegisterWriteError, match="U\\+D800"):
            store.activities.update(activity)
        org = store.organisation()
        org.name = "x\udc00"
        with pytest.raises(RegisterWriteError, match="U\\+DC00"):
            store.save_organisation(org)
        assert to_document(store.load_register()) == before
    assert digest(path) == before_bytes
    assert export_json(model.Register()) != ""  # the exports still work in this process
