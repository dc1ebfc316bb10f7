"""Reading back the values of a ROPA Desk Excel export: the display strings the export wrote (terms,
dates and countries in the export's language, lists one item per line, nested records on one line) are
turned into model values again. Uses the export's own translation tables, so the two stay in step."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from collections.abc import Sequence

from ..domain import countries, model
from ..domain.fieldkinds import DataError, default_of, parse_iso_datetime
from ..domain.law import ORG_PREFIX, load_law
from ..domain.kinds import kind_of
from ..export.i18n import LANGUAGES, Translator
from ..export.values import LIST_SEPARATOR
from .problems import Problems

_EN_MONTHS = {m.casefold(): i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
_CODE = re.compile(r"\(([A-Za-z]{2})\)\s*$")


def fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _term_key(text: str) -> str:
    """How terms are compared: case, spacing and the kind of dash do not matter ("Avtal - art. 6.1 b")."""
    return fold(re.sub(r"\s*[-‐‑‒–—―]\s*", " - ", str(text))).rstrip(".")


class Reader:
    """Value parsing for one export language (terms of English and of every language are accepted too,
    so that a user who types "Consent" into a Swedish export is understood)."""

    def __init__(self, language: str):
        self.language = language
        self.tr = Translator(language)
        self._all = [Translator(lang) for lang in LANGUAGES]
        self.all_languages = self._all  # every export language's texts (a user may type another's terms)
        self.missing = {fold(t(word)) for t in self._all for word in ("missing", "not_stated")}
        self.yes = {fold(t("yes")) for t in self._all} | {"true", "x"}
        self.no = {fold(t("no")) for t in self._all} | {"false"}
        law = load_law()
        orgs = [d.destination for d in law.decisions if d.destination.startswith(ORG_PREFIX)]
        # International organisations by their name in any language (the export writes the name, not the code)
        self.organisations = {fold(t.country(code)): code for t in [self.tr, *self._all] for code in orgs}
        self.organisations.update({fold(law.destination_name(code)): code for code in orgs})
        self._terms: dict[str, dict[str, str]] = {}

    def terms(self, vocabulary: model.vocab.Vocabulary) -> dict[str, str]:
        found = self._terms.get(vocabulary.name)
        if found is None:
            found = {}
            for t in [self.tr, *self._all]:
                for key in vocabulary:
                    found.setdefault(_term_key(t.term(vocabulary.name, key)), key)
            for key, label in vocabulary.items:
                found.setdefault(_term_key(label), key)
                found.setdefault(_term_key(key), key)
            self._terms[vocabulary.name] = found
        return found

    def labels(self, cls: type) -> dict[str, str]:
        """Field label (folded) -> key for an entity, in this language."""
        entity = kind_of(cls).key
        return {fold(label): fs.key for fs in model.fields_of(cls) for label in self.tr.field_labels(entity, fs.key)}

    # --- one cell --------------------------------------------------------------------------------
    def value(
        self, cls: type, fs: model.FieldSpec, raw: Any, where: str, problems: Problems, subjects: Sequence[str] = ()
    ) -> tuple[bool, Any]:
        """A cell's value in model form. `subjects`: the names a data category may link to (the activity's
        data-subject categories and recipients), among which its links are told apart (a name may hold the
        separator ", ")."""
        kind = fs.kind
        if isinstance(raw, (datetime, date)) and kind.family == "date" and not kind.many:
            return True, raw.date() if isinstance(raw, datetime) else raw
        text = _text(raw)
        if fold(text) in self.missing:
            text = ""
        if not kind.many:
            return kind.visit(self, cls, fs, text, where, problems, subjects)
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        got = [kind.item.visit(self, cls, fs, line, where, problems, subjects) for line in lines]
        values = [v for ok, v in got if ok]
        if fs.unique:
            values = list(dict.fromkeys(values))
        return all(ok for ok, _ in got), values

    # --- one value, by its kind (FieldKind.visit) ---------------------------------------------------
    def text(self, cls, fs, text, where, problems, subjects=()):
        return True, text

    def bool(self, cls, fs, text, where, problems, subjects=()):
        if not text or fold(text) in self.no:
            return True, False
        if fold(text) in self.yes:
            return True, True
        problems.error(where, "expected {yes} or {no}, not “{text}”", yes=self.tr("yes"), no=self.tr("no"), text=text)
        return False, None

    def date(self, cls, fs, text, where, problems, subjects=()):
        return self.read_date(text, where, problems)

    def datetime(self, cls, fs, text, where, problems, subjects=()):
        try:
            return True, parse_iso_datetime(text.strip(), where)
        except DataError as exc:
            problems.error(where, exc.message)
            return False, None

    def country(self, cls, fs, text, where, problems, subjects=()):
        return self.read_country(text, where, problems) if text else (True, "")

    def record(self, cls, fs, text, where, problems, subjects=()):
        rec = self.read_record(fs.record, text, where, problems, subjects)
        return rec is not None, rec

    def choice(self, cls, fs, text, where, problems, subjects=()):
        if not text and not fs.kind.many:
            return True, default_of(cls, fs.key)
        return self.read_choice(fs.vocabulary, text, where, problems)

    def ref(self, cls, fs, text, where, problems, subjects=()):
        raise ValueError("recipient references are resolved by the caller")

    # --- the parts ------------------------------------------------------------------------------------
    def read_choice(self, vocabulary, text: str, where: str, problems: Problems) -> tuple[bool, str]:
        key = self.terms(vocabulary).get(_term_key(text))
        if key is None:
            allowed = "; ".join(self.tr.term(vocabulary.name, k) for k in vocabulary)
            problems.error(where, "“{text}” is not one of: {allowed}", text=text, allowed=allowed)
            return False, ""
        return True, key

    def read_date(self, text: str, where: str, problems: Problems) -> tuple[bool, date | None]:
        text = text.strip()
        if not text:
            return True, None
        try:
            if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}( 00:00:00)?", text):
                return True, date.fromisoformat(text[:10])
            m = re.fullmatch(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})", text)
            if m:
                return True, date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            m = re.fullmatch(r"([0-9]{1,2}) ([A-Za-z]{3})[a-z]* ([0-9]{4})", text)
            if m and m.group(2).casefold() in _EN_MONTHS:
                return True, date(int(m.group(3)), _EN_MONTHS[m.group(2).casefold()], int(m.group(1)))
        except ValueError:
            pass
        problems.error(where, "“{text}” is not a date (write it as {example})", text=text,
                       example=self.tr.date(date(2026, 3, 31)))
        return False, None

    def read_country(self, text: str, where: str, problems: Problems) -> tuple[bool, str]:
        text = text.strip()
        m = _CODE.search(text)
        code = m.group(1).upper() if m else None
        if code and countries.is_valid(code):
            return True, code
        if text.startswith(ORG_PREFIX):
            return True, text
        if fold(text) in self.organisations:
            return True, self.organisations[fold(text)]
        code = countries.lookup(text)
        if code:
            return True, code
        problems.error(where, "“{text}” is not a country ROPA Desk knows (write e.g. {example})", text=text,
                       example=self.tr.country("SE"))
        return False, ""

    def read_record(
        self, cls: type, line: str, where: str, problems: Problems, subjects: Sequence[str] = ()
    ) -> Any | None:
        """A nested record from its one-line form "first value — Label: value; Label: value" (a list's
        items separated by ", "; a data category's subjects found among `subjects` where they can be)."""
        labels = {self.tr.field(kind_of(cls).key, fs.key): fs for fs in model.fields_of(cls)}
        marks = []
        for label, fs in labels.items():
            for m in re.finditer(re.escape(label) + ": ", line):
                if m.start() == 0 or line[: m.start()].endswith(("; ", " — ")):
                    marks.append((m.start(), m.end(), fs))
        marks.sort(key=lambda t: (t[0], -t[1]))
        kept: list[tuple[int, int, model.FieldSpec]] = []
        for mark in marks:
            if not kept or mark[0] >= kept[-1][1]:
                kept.append(mark)
        head = (line[: kept[0][0]] if kept else line).removesuffix(" — ").strip()
        values: dict[str, Any] = {}
        ok = True
        for i, (_start, end, fs) in enumerate(kept):
            stop = kept[i + 1][0] if i + 1 < len(kept) else len(line)
            raw = line[end:stop].removesuffix("; ").removesuffix(" — ").strip()
            if fs.kind.many:
                linked = fs.key in ("subjects", "recipients")  # names among the activity's (see `value`)
                names = split_names(raw, subjects if linked else ())
                raw = "\n".join(dict.fromkeys(names) if linked else names)
            good, values[fs.key] = self.value(cls, fs, raw, where, problems)
            ok = ok and good
        if head:
            first = next(fs for fs in model.fields_of(cls) if fs.key not in values)
            good, values[first.key] = self.value(cls, first, head, where, problems)
            ok = ok and good
        return cls(**values) if ok else None


def split_names(text: str, known: Sequence[str] = ()) -> list[str]:
    """The items of a list shown on one line, separated by ", " (export.values.LIST_SEPARATOR).

    A name may itself hold ", " ("Patients, adults"): the split that makes the most items names of
    `known` wins (fewest pieces among equals). A piece that is no known name (case and spacing aside)
    is one item, as written; a known one is given as `known` spells it."""
    tokens = text.split(LIST_SEPARATOR)
    if not text.strip():
        return []
    if not known:
        return [t.strip() for t in tokens if t.strip()]
    exact = {name.strip(): name.strip() for name in known if name.strip()}
    folded = {fold(name): name for name in reversed(list(exact.values()))}

    def lookup(piece: str) -> str | None:
        piece = piece.strip()
        return exact.get(piece) or folded.get(fold(piece))

    n = len(tokens)
    # best[i]: (unknown pieces, pieces, items) for tokens[i:]
    best: list[tuple[int, int, list[str]]] = [(0, 0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        rest = best[i + 1]
        options = [(rest[0] + 1, rest[1] + 1, [tokens[i].strip(), *rest[2]])]
        for j in range(i + 1, n + 1):
            name = lookup(LIST_SEPARATOR.join(tokens[i:j]))
            if name is not None:
                rest = best[j]
                options.append((rest[0], rest[1] + 1, [name, *rest[2]]))
        best[i] = min(options, key=lambda o: (o[0], o[1]))
    return [item for item in best[0][2] if item]


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(sep=" ")
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).replace("\r\n", "\n")
