"""Messages to the user that can be said in another language: `Message` (its English template and parameters)
and `listing` (parts joined as one Message). Here, below interchange and store, so that both raise them: the store's
errors (`ropa_app.store.errors` re-exports both) and the import's problems (`interchange.problems`). `str(m)` is the
English text, for the log and the command line; the interface says it in its language through
`ropa_app.ui.i18n.store_text`. Every template is a literal at the call (tests/ui/i18n_walk.py finds them by a scan
so tests/ui/test_translations.py fails on a missing translation).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Message(str):
    """An English message (`str`) that remembers its template and parameters, to be said in another language.
    Parameters are filled in with `str.format`; one that needs words of its own is a Message too."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template, made.params = template, params
        return made

    def __reduce__(self) -> tuple:  # (a copy or pickle rebuilds it from the template, not the filled-in text)
        return _message, (self.template, self.params)


def _message(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def listing(parts: Sequence[str], sep: str) -> Message:
    """`parts` (Messages or plain texts) joined by `sep` as one Message, each part said in the interface's
    language: its template holds no words ("{p0}, {p1}"), the same in every language, so no table has it."""
    escaped = sep.replace("{", "{{").replace("}", "}}")
    return Message(escaped.join(f"{{p{i}}}" for i in range(len(parts))), **{f"p{i}": p for i, p in enumerate(parts)})



class Said(Message):
    """A word that is `text` in English (`str`: the log, the command line) and `template` said in the interface's
    language: a record kind by its name ("activity" / "Activity"), a field by its label as the form shows it (`key`
    "field.<kind>.<field>": the export tables' label of that field, context "fields")."""

    key: str

    def __new__(cls, text: str, template: str, key: str = "") -> Said:
        made = str.__new__(cls, text)
        made.template, made.params, made.key = template, {}, key
        return made

    def __reduce__(self) -> tuple:
        return Said, (str(self), self.template, self.key)


def field_label(label: str, key: str, text: str | None = None) -> Said:
    """The field `key` ("field.<kind>.<field>") named by its `label` in the interface; `text` in English (the label
    itself unless given: a field key, a vocabulary's name, as the English message has always said it)."""
    return Said(label if text is None else text, label, key)
