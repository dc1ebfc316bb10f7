"""What reading an import source yields: the incoming records, and the problems found on the way.

Every problem carries its location in the source (a JSON path such as `$.activities[3].legal_bases[0]`,
"line 4, column 7" for broken JSON, or a spreadsheet cell), so that the user can find and fix it.

Each problem's text is a `Message` (domain/messages.py: its English template and parameters, the field names,
values and row positions among them), so the interface says it in its language (`ui.i18n.store_text`) while
`str(problem)` stays English for the command line and the log. `Problems.error(where, template, **params)` makes
the Message only for a problem that is listed (the first MAX_LISTED): one past them is counted, never formatted.
A location is a Message too ("line {line}, column {column}", a sheet's row), or a JSON path (the same in every
language); the cells of a sheet, named for every value read, are `Place`s, made into a Message only when a problem
is listed there.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any, Generic, TypeVar

from ..domain import kinds, model
from ..domain.dataclass import dataclass
from ..domain.messages import Message, listing

T = TypeVar("T")

ERROR = "error"
WARNING = "warning"


class Place:
    """A location said as a Message only when a problem is listed there (`said`): a spreadsheet's cells are named
    for every value read, their problems are few. Its English text is `str(place)`."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, **params: Any) -> None:
        self.template, self.params = template, params

    def said(self) -> Message:
        return Message(self.template, **self.params)

    def __str__(self) -> str:
        return self.template.format(**self.params)

    def __eq__(self, other: object) -> bool:  # (equal to its English text, as the location was before)
        return str(self) == str(other) if isinstance(other, (Place, str)) else NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))


def said(location: str | Place) -> str:
    """A location as a text to show: a Place's Message, any other location as it is."""
    return location.said() if isinstance(location, Place) else location


@dataclass(frozen=True)
class Problem:
    location: str
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def said(self) -> str:
        """The problem as one Message ("where: what"), to be said in the interface's language."""
        return listing([said(self.location), self.message], ": ") if self.location else self.message


class InvalidSource(ValueError):
    """The source cannot be imported; `problems` lists every error found (nothing was written)."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == ERROR] or list(problems)
        first = self.problems[0].said() if self.problems else Message("invalid source")
        more = len(self.problems) - 1
        super().__init__(Message("{first} (and {count} more)", first=first, count=more) if more > 0 else first)


# A source with more problems than this lists the first ones and counts the rest (each problem found
# costs the same, so reading stays linear in the size of the source).
MAX_LISTED = 1000


class Problems:
    """Collects problems while a source is read; `raise_if_errors` stops before anything is used."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.error_count = 0  # every error found, listed or not
        self.unlisted = 0  # problems found beyond MAX_LISTED

    def error(self, location: str | Place, template: str, **params: Any) -> None:
        """An error at `location`: `template` (a literal, found by the translation test's scan) filled in with
        `params` as a Message, made only when the problem is listed; a Message given as it is (no `params`)."""
        self.error_count += 1
        self._add(location, template, params, ERROR)

    def warning(self, location: str | Place, template: str, **params: Any) -> None:
        self._add(location, template, params, WARNING)

    def _add(self, location: str | Place, template: str, params: dict[str, Any], severity: str) -> None:
        if len(self.items) < MAX_LISTED:
            message = template if isinstance(template, Message) and not params else Message(template, **params)
            self.items.append(Problem(said(location), message, severity))
        else:
            self.unlisted += 1

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == WARNING]

    def raise_if_errors(self) -> None:
        if self.error_count:
            more = [Problem("", Message("… and {count:,} more problems, not listed", count=self.unlisted), ERROR)
                    ] if self.unlisted else []
            raise InvalidSource(self.items + more)


@dataclass
class Located(Generic[T]):
    """One incoming record, the keys its source actually provides, and where it came from.

    When merging, only `provided` keys overwrite the matched record: a spreadsheet without a
    "Reference" column leaves every activity's reference as it is.
    """

    record: T
    provided: frozenset[str]
    location: str


@dataclass
class Incoming:
    """A register read from an import source, validated.

    Recipients carry source-local ids 1..n (`record.id`); activities' `recipients` and recipients'
    `sub_processors` refer to those ids. `organisation` is None when the source has none.
    """

    organisation: Located[model.Organisation] | None
    recipients: list[Located[model.Recipient]] = field(default_factory=list)
    activities: list[Located[model.Activity]] = field(default_factory=list)
    kind: str = "json"  # json | ico | ropa_xlsx
    warnings: list[Problem] = field(default_factory=list)
    others: dict[str, list[Located]] = field(default_factory=dict)  # records of the other listed kinds, by key

    def register(self) -> model.Register:
        """The incoming records as a Register (recipient ids source-local)."""
        return model.Register(
            self.organisation.record if self.organisation else model.Organisation(),
            [a.record for a in self.activities],
            [r.record for r in self.recipients],
            **{kinds.kind(key).attr: [o.record for o in located] for key, located in self.others.items()},
        )
