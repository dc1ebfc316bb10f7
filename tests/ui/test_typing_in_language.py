"""Countries and dates typed into the real form widgets the way a user of each interface language types
them: 'UK', 'Storbritannien', 'USA', 'Sverige' under Swedish are GB, GB, US, SE; what could be more than
one country picks none and the list shows the candidates; a Finnish date 6.12.2026 is a date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ropa_app.ui import i18n
from ropa_app.ui.forms.fields import CountryField, DateField, ListField

from .typing import press, select_all_and_type, type_text


@pytest.fixture
def language(request):
    """The interface language `request.param` for one test, English again after it."""
    installed = i18n.install(request.param)
    yield request.param
    i18n.uninstall(installed)


def _typed(qtbot, field: CountryField, text: str) -> str:
    field.setFocus()
    select_all_and_type(field.lineEdit(), text)
    press(field.lineEdit(), Qt.Key.Key_Return)
    return field.value()


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_swedish_typing_uk_storbritannien_usa_sverige(qtbot, language):
    field = CountryField()
    qtbot.addWidget(field)
    field.show()
    committed = []
    field.committed.connect(lambda: committed.append(field.value()))
    assert [_typed(qtbot, field, t) for t in ("UK", "Storbritannien", "USA", "Sverige")] == ["GB", "GB", "US", "SE"]
    assert committed == ["GB", "US", "SE"]  # Storbritannien is GB again: no change to save
    assert field.currentText() == "Sverige (SE)"
    assert _typed(qtbot, field, "Tyskland") == "DE" and _typed(qtbot, field, "finland") == "FI"


@pytest.mark.parametrize(
    "language, typed",
    [("nb", [("Storbritannia", "GB"), ("Noreg", "NO"), ("USA", "US"), ("UK", "GB")]),
     ("da", [("Storbritannien", "GB"), ("Holland", "NL"), ("Tyskland", "DE"), ("UK", "GB")]),
     ("fi", [("Yhdysvallat", "US"), ("Saksa", "DE"), ("Ruotsi", "SE"), ("Iso-Britannia", "GB"), ("UK", "GB")])],
    indirect=["language"],
)  # fmt: skip
def test_typing_in_norwegian_danish_and_finnish(qtbot, language, typed):
    field = CountryField()
    qtbot.addWidget(field)
    field.show()
    for text, code in typed:
        assert _typed(qtbot, field, text) == code, text


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_what_could_be_two_countries_picks_none_and_lists_them(qtbot, language):
    window = QWidget()
    field = CountryField(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert _typed(qtbot, field, "Norge") == "NO"
    field.setFocus()
    qtbot.waitUntil(field.lineEdit().hasFocus)
    select_all_and_type(field.lineEdit(), "Korea")
    press(field.lineEdit(), Qt.Key.Key_Return)
    assert field.value() == "NO"  # nothing picked
    completer = field.lineEdit().completer()
    shown = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert any("(KR)" in s for s in shown) and any("(KP)" in s for s in shown), shown
    assert set(field.candidates("Korea")) >= {"KR", "KP"}


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_the_list_completes_common_forms(qtbot, language):
    field = CountryField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    type_text(field.lineEdit(), "Storbr")
    completer = field.lineEdit().completer()
    shown = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert "Storbritannien – Förenade kungariket (GB)" in shown, shown
    completer.activated[str].emit(shown[shown.index("Storbritannien – Förenade kungariket (GB)")])
    assert field.value() == "GB" and field.currentText() == "Förenade kungariket (GB)"


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_country_list_adds_what_is_typed(qtbot, language):
    field = ListField(countries=True)
    qtbot.addWidget(field)
    field.show()
    for text in ("UK", "USA"):
        field.input.setFocus()
        select_all_and_type(field.input.lineEdit(), text)
        press(field.input.lineEdit(), Qt.Key.Key_Return)
    assert field._values == ["GB", "US"]


@pytest.mark.parametrize(
    "language, typed",
    [("fi", "6.12.2026"), ("fi", "2026-12-06"), ("nb", "06.12.2026"), ("da", "6.12.2026"), ("sv", "2026-12-06"),
     ("en", "6 Dec 2026")],
    indirect=["language"],
)  # fmt: skip
def test_the_date_field_takes_the_languages_short_format(qtbot, language, typed):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    with qtbot.waitSignal(field.committed):
        type_text(field, typed)
        press(field, Qt.Key.Key_Return)
    assert field.value() == date(2026, 12, 6)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_date_field_refuses_a_date_that_reads_two_ways(qtbot, language):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    notices = []
    field.notice.connect(notices.append)
    type_text(field, "06/12/2026")
    press(field, Qt.Key.Key_Return)
    assert field.value() is None  # nothing saved, and the user is told why
    assert notices and "06/12/2026" in notices[-1]
