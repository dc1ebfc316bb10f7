"""What a check reports: a Finding, and the order findings are listed in.

A finding's message is a key of the checks' text table (`messages.MESSAGES`) with parameters, put into
words when it is read: `finding.message` in English, `finding.text(translate)` in the language of
`translate` (anything that gives the text of a key, such as `ropa_app.export.i18n.Translator`).
Words of the register's own tables inside a message (a field's label, a vocabulary term, a country) are
`Term`s, put into the reader's language the same way; `finding.reference_text(translate)` writes the legal
reference the way the language cites articles and sources (`cite`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any, ClassVar

from .. import kinds, vocab
from ..dataclass import dataclass
from ..model import field_spec
from .messages import MESSAGES

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)  # most serious first



Translate = Callable[[str], str]  # a key of the text table -> its text (a template) in some language


def english(key: str) -> str:
    """The English text of a key of the checks' text table, or of a `Term`'s key (a field's label, a
    vocabulary term, a country's name: the domain's own English)."""
    if key in MESSAGES:
        return MESSAGES[key]
    prefix, _, rest = key.partition(".")
    if prefix == "field":
        entity, _, name = rest.partition(".")
        return field_spec(next(k.cls for k in kinds.KINDS if k.key == entity), name).label
    if prefix == "vocab":
        vocabulary, _, term = rest.partition(".")
        return vocab.ALL_VOCABULARIES[vocabulary].label(term)
    if prefix == "date":
        return rest  # ISO 8601, as the checks have always written a day
    if prefix == "country":
        from ..law import load_law  # the law data names countries and international organisations

        return load_law().destination_name(rest)
    raise KeyError(key)


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words of the checks inside a message: a key of the text table with its own parameters, put into
    words in the language the message is read in ("the processor", "the exporter is {exporter}")."""

    key: str
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict, hash=False)

    def text(self, translate: Translate = english) -> str:
        return render(self.key, self.params, translate)


@dataclass(frozen=True, slots=True)
class Join:
    """Items one after the other, between them the text of the key `separator` (", ", " and ")."""

    separator: str
    items: tuple[Param, ...]

    def text(self, translate: Translate = english) -> str:
        return translate(self.separator).join(param_text(item, translate) for item in self.items)


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the register's own tables inside a message, in the language the message is read in: a
    field's label (`field.<kind>.<field>`), a vocabulary term (`vocab.<vocabulary>.<key>`) or a country or
    international organisation (`country.<code>`, its name without the code), or a day (`date.<ISO date>`,
    written the way the language writes dates).
    `form`: "lower" in lower case inside a sentence; "short" without what follows a dash or " (" (a transfer
    mechanism's name without its article or "(invalid)")."""

    key: str
    form: str = ""

    LOWER: ClassVar[str] = "lower"
    SHORT: ClassVar[str] = "short"

    def text(self, translate: Translate = english) -> str:
        text = translate(self.key)
        if self.form == self.LOWER:
            return text.lower()
        if self.form == self.SHORT:
            return re.split(r" [—–] | \(", text)[0]
        return text

    @classmethod
    def field(cls, record_kind: str, field_key: str, form: str = "") -> Term:
        return cls(f"field.{record_kind}.{field_key}", form)

    @classmethod
    def vocab(cls, vocabulary: str, key: str, form: str = "") -> Term:
        return cls(f"vocab.{vocabulary}.{key}", form)

    @classmethod
    def country(cls, code: str) -> Term:
        return cls(f"country.{(code or '').strip()}")

    @classmethod
    def day(cls, value: date) -> Term:
        return cls(f"date.{value.isoformat()}")


LANGUAGE_KEY = "check.language"  # the code of the language of a text table ("en" for MESSAGES)


@dataclass(frozen=True, slots=True)
class LawText:
    """A text of the legal reference data (a national condition, the name of a DPIA list, a provision)
    as the data gives it: in English, and in the languages its "in" gives ({"sv": {"condition": ...}}).
    Read in the language of `translate` (its `check.language`) where the data has it, else the English
    with its article references in the language's style."""

    texts: tuple[tuple[str, str], ...]  # (language, text), English first

    @classmethod
    def cited(cls, citation: str) -> LawText:
        """A citation the data gives in English only ("Decision (EU) 2019/419"): cited in the reader's style."""
        return cls((("en", citation),))

    @classmethod
    def of(cls, rule: Mapping[str, Any], key: str, default: str = "") -> LawText:
        english_text = rule.get(key, "") or default
        own = tuple((lang, t[key]) for lang, t in rule.get("in", {}).items() if t.get(key) and english_text)
        return cls((("en", english_text), *own))

    def text(self, translate: Translate = english) -> str:
        own = dict(self.texts[1:]).get(translate(LANGUAGE_KEY))
        return own if own else cite(self.texts[0][1], translate)


# A parameter of a message: text shown as it is in every language (a name from the register, a date,
# a number, reference data), the checks' own words (a Phrase, or a Join of parameters), a word of the
# register's tables (a Term) or a text of the legal reference data (a LawText).
Param = str | Phrase | Join | Term | LawText


def param_text(value: Param, translate: Translate = english) -> str:
    return value.text(translate) if isinstance(value, (Phrase, Join, Term, LawText)) else str(value)


def render(key: str, params: Mapping[str, Param], translate: Translate = english) -> str:
    """The text of `key` in the language of `translate`, its `{names}` filled with the parameters."""
    return translate(key).format(**{name: param_text(value, translate) for name, value in params.items()})


def param_to_json(value: Param) -> Any:
    """A parameter for JSON: text as it is; a phrase as {"key", "params"}; a join as {"separator", "items"};
    a term as its English text (what the finding said before terms were translated, so that an accepted
    finding's fingerprint stays the same)."""
    if isinstance(value, (Term, LawText)):
        return value.text()
    if isinstance(value, Phrase):
        return {"key": value.key, "params": {k: param_to_json(v) for k, v in value.params.items()}}
    if isinstance(value, Join):
        return {"separator": value.separator, "items": [param_to_json(v) for v in value.items]}
    return value


# ------------------------------------------------------------------ legal references in the reader's style

# An article of a citation: "30(1)(a)", "44-46", "30(1)(a)-(d)", "49(1) second subparagraph"
_ITEM = r"\d+(?:-\d+)?(?:\(\d+\))?(?:\([a-z]\)(?:-\([a-z]\))?)?(?: second subparagraph)?"
_ITEM_PARTS = re.compile(r"(\d+)(?:-(\d+))?(?:\((\d+)\))?(?:\(([a-z])\)(?:-\(([a-z])\))?)?( second subparagraph)?")
CITE_SOURCE = "check.cite.source."  # the keys of the names of sources (guidelines, decisions, annexes)


@lru_cache(maxsize=1)
def _citation_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """"Art. " and its articles, or the English name of a source of the text table (longest first)."""
    sources = {MESSAGES[k]: k for k in MESSAGES if k.startswith(CITE_SOURCE)}
    names = "|".join(re.escape(name) for name in sorted(sources, key=len, reverse=True))
    return re.compile(rf"\bArt\. ({_ITEM}(?:, {_ITEM})*)" + (f"|({names})" if names else "")), sources


def _article(item: str, translate: Translate) -> str:
    first, last, paragraph, point, point_last, second = _ITEM_PARTS.fullmatch(item).groups()  # type: ignore[union-attr]
    article = translate("check.cite.range").format(first=first, last=last) if last else first
    if point and point_last:
        point = translate("check.cite.point_range").format(first=point, last=point_last)
    text = translate("check.cite.item").format(
        article=article,
        paragraph=translate("check.cite.paragraph").format(number=paragraph) if paragraph else "",
        point=translate("check.cite.point").format(letter=point) if point else "",
    )
    return text + (translate("check.cite.subparagraph_2") if second else "")


def cite(reference: str, translate: Translate = english) -> str:
    """A legal reference as the language of `translate` cites it: its articles in the language's style
    ("Art. 30(1)(d)": sv "art. 30.1 d", nb "artikkel 30 nr. 1 bokstav d", da "art. 30, stk. 1, litra d")
    and the names of sources the text table knows (`check.cite.source.*`: "EDPB Guidelines", "Annex") in
    its words; numbers, case numbers and other names stay as they are. In English, the reference as it is."""
    pattern, sources = _citation_pattern()

    def one(m: re.Match[str]) -> str:
        if m.group(1) is None:
            return translate(sources[m.group(0)])
        items = re.findall(_ITEM, m.group(1))
        return translate("check.cite.articles").format(
            items=translate("check.cite.item_sep").join(_article(i, translate) for i in items))

    return pattern.sub(one, reference)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in the register, in words a non-lawyer understands.

    record_kind/record_id/record_label say which record it is about and field names the
    register-fields key to fix. For a transfer, owner_kind/owner_id name the recipient or activity
    that holds it. The message is the text of `message_key` (`check.<rule id>`) filled with `params`:
    `message` in English, `text(translate)` in another language.
    """

    rule_id: str
    severity: str
    message_key: str
    reference: str
    record_kind: str
    record_id: int | None
    record_label: str
    field: str = ""
    owner_kind: str = ""
    owner_id: int | None = None
    params: dict[str, Param] = dataclasses.field(default_factory=dict, hash=False)
    # Set when the user accepted this finding with a reason (an AcceptedFinding record whose facts still hold)
    accepted_id: int | None = None
    accepted_reason: str = ""
    # The record's name as words to put into the reader's language (a stand-in phrase for a record without
    # a name, a transfer's holder and destination); `record_label` is its English
    label: Param = dataclasses.field(default="", hash=False, compare=False)
    # The rule's reference before its `{names}` were filled (`reference` is it filled in English); "" where
    # the rule gave its own reference
    reference_template: str = dataclasses.field(default="", hash=False, compare=False)

    @property
    def accepted(self) -> bool:
        """Answered by the user (accepted with a reason): shown as accepted, not as an open problem."""
        return self.accepted_id is not None

    @property
    def status(self) -> str:
        """"accepted" once answered, else the severity (what the Checks view filters on)."""
        return "accepted" if self.accepted else self.severity

    @property
    def message(self) -> str:
        """The message in English."""
        return self.text()

    def text(self, translate: Translate = english) -> str:
        """The message in the language of `translate` (a key -> its text, e.g. an export Translator);
        a text the language lacks is the translator's to fall back on."""
        return render(self.message_key, self.params, translate)

    def label_text(self, translate: Translate = english) -> str:
        """The name of the record the finding is about, in the language of `translate`."""
        return param_text(self.label, translate) if self.label else self.record_label

    def reference_text(self, translate: Translate = english) -> str:
        """The legal reference as the language of `translate` cites it (`cite`); `reference` in English."""
        if not self.reference_template:
            return cite(self.reference, translate)
        params = {name: param_text(value, translate) for name, value in self.params.items()}
        return cite(self.reference_template.format(**params), translate)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "severity": self.severity,
            "message": self.message,
            "reference": self.reference,
            "record_kind": self.record_kind,
            "record_id": self.record_id,
            "record_label": self.record_label,
            "field": self.field,
            "owner_kind": self.owner_kind,
            "owner_id": self.owner_id,
            "message_key": self.message_key,
            "params": {name: param_to_json(value) for name, value in self.params.items()},
            "accepted": self.accepted,
            "accepted_reason": self.accepted_reason,
        }


def sort_key(f: Finding) -> tuple[Any, ...]:
    """Open findings before accepted ones; then severity, the record (kind, label, id), the rule and field."""
    return (
        f.accepted,
        SEVERITIES.index(f.severity),
        kinds.rank(f.record_kind),
        f.record_label.casefold(),
        f.record_id if f.record_id is not None else -1,
        f.rule_id,
        f.field,
    )
