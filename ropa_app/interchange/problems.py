"""What reading an import source yields: the incoming records, and the problems found on the way.

Every problem carries its location in the source (a JSON path such as `$.activities[3].legal_bases[0]`,
"line 4, column 7" for broken JSON, or a spreadsheet cell), so that the user can find and fix it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..domain import kinds, model

T = TypeVar("T")

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    location: str
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class InvalidSource(ValueError):
    """The source cannot be imported; `problems` lists every error found (nothing was written)."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == ERROR] or list(problems)
        first = str(self.problems[0]) if self.problems else "invalid source"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(first + more)


# A source with more problems than this lists the first ones and counts the rest (each problem found
# costs the same, so reading stays linear in the size of the source).
MAX_LISTED = 1000


class Problems:
    """Collects problems while a source is read; `raise_if_errors` stops before anything is used."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.error_count = 0  # every error found, listed or not
        self.unlisted = 0  # problems found beyond MAX_LISTED

    def _add(self, problem: Problem) -> None:
        if len(self.items) < MAX_LISTED:
            self.items.append(problem)
        else:
            self.unlisted += 1

    def error(self, location: str, message: str) -> None:
        self.error_count += 1
        self._add(Problem(location, message, ERROR))

    def warning(self, location: str, message: str) -> None:
        self._add(Problem(location, message, WARNING))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == WARNING]

    def raise_if_errors(self) -> None:
        if self.error_count:
            more = [Problem("", f"… and {self.unlisted:,} more problems, not listed", ERROR)] if self.unlisted else []
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
