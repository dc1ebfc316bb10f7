"""The UK ICO controller documentation template: a header block (controller, DPO, representative)
above a header row with the ICO column titles, then one row per processing activity.

`detect_layout` finds the header row and proposes a column mapping; `read_rows` turns the rows into
activities following the (possibly user-corrected) mapping. Free text is mapped to vocabulary keys
only where unambiguous; the rest is kept as text in notes and reported as a warning.
"""

from __future__ import annotations

import re
from dataclasses import field
from datetime import date, datetime
from typing import Any
from collections.abc import Iterable

from ..domain import kinds, model
from ..domain.dataclass import dataclass
from . import freetext
from .columns import IGNORE, NOTES, ColumnMap, match_columns, normalise
from ..domain.messages import Message
from .problems import Incoming, Located, Place, Problems

# (ICO column number, target, title and aliases); the first alias is the ICO's own short title.
CATALOGUE: list[tuple[int | None, str, list[str]]] = [
    (1, "business_function", ["Business function", "department", "business area", "function", "team"]),
    (2, "purposes", ["Purpose of processing", "purposes of processing", "purpose", "purposes"]),
    (3, "joint_controllers", ["Joint controller name and contact", "name and contact details of joint controller",
                              "joint controller", "joint controllers"]),
    (4, "data_subject_categories", ["Categories of individuals", "categories of data subjects", "data subjects",
                                    "data subject categories", "individuals"]),
    (5, "data_categories", ["Categories of personal data", "personal data categories", "data categories",
                            "types of personal data"]),
    (6, "recipient_categories", ["Categories of recipients", "recipient categories", "recipients"]),
    (7, NOTES, ["Link to contract with processor", "contract with processor", "processor contract"]),
    (8, "transfer_countries", ["Third countries or international organisations transferred to",
                               "names of third countries or international organisations that personal data are "
                               "transferred to", "third countries", "international transfers", "transfers"]),
    (9, "transfer_safeguards", ["Safeguards for exceptional transfers",
                                "safeguards for exceptional transfers of personal data to third countries or "
                                "international organisations", "transfer safeguards", "safeguards"]),
    (10, "retention", ["Retention schedule", "retention", "retention period", "time limits for erasure"]),
    (11, "security_description", ["Technical and organisational security measures",
                                  "general description of technical and organisational security measures",
                                  "security measures", "security"]),
    (12, "legal_bases", ["Article 6 lawful basis", "article 6 lawful basis for processing personal data",
                         "lawful basis", "legal basis", "lawful basis for processing"]),
    (13, "special_category_conditions", ["Article 9 condition", "article 9 basis for processing special category "
                                         "data", "article 9 condition for processing special category data",
                                         "special category condition", "article 9 basis"]),
    (14, "legitimate_interests", ["Legitimate interests", "legitimate interests for the processing",
                                  "legitimate interest"]),
    (15, "lia_link", ["Link to LIA", "link to record of legitimate interests assessment", "lia",
                      "legitimate interests assessment"]),
    (16, NOTES, ["Rights available to individuals", "rights available", "individual rights"]),
    (17, "automated_decision_making", ["Automated decision-making incl. profiling",
                                       "existence of automated decision making including profiling",
                                       "automated decision making", "profiling"]),
    (18, "source", ["Source of the data", "the source of the personal data", "source of personal data", "source"]),
    (19, "consent_record_link", ["Link to record of consent", "record of consent", "consent record"]),
    (20, "systems", ["Location of personal data", "location", "systems", "where the data is held"]),
    (21, "dpia_required", ["DPIA required?", "data protection impact assessment required", "dpia required"]),
    (22, "dpia_progress", ["DPIA progress", "data protection impact assessment progress"]),
    (23, "dpia_link", ["Link to DPIA", "link to data protection impact assessment"]),
    (24, NOTES, ["Personal data breach occurred?", "personal data breach", "breach occurred"]),
    (25, NOTES, ["Link to breach record", "link to record of personal data breach", "breach record"]),
    (None, "name", ["Name of processing activity", "processing activity", "activity name", "activity", "name"]),
    (None, "ref", ["Reference", "ref", "activity reference", "id"]),
    (None, "owner", ["Owner", "information asset owner", "responsible person", "responsible"]),
    (None, "description", ["Description", "description of processing"]),
]
# ICO columns 2-6 and 8-11 are the ones Art. 30(1) requires.
MANDATORY = ["purposes", "data_subject_categories", "data_categories", "recipient_categories",
             "transfer_countries", "transfer_safeguards", "retention", "security_description"]
HEADER_SEARCH_ROWS = 25
MIN_HEADER_COLUMNS = 4


@dataclass
class SheetLayout:
    """Where the activities are in a sheet, and what each column holds (editable by the user)."""

    sheet: str
    header_row: int
    columns: list[ColumnMap]
    organisation: model.Organisation = field(default_factory=model.Organisation)
    organisation_keys: frozenset[str] = frozenset()
    # (where, message) of a header block that cannot be read: an error when the rows are read, never a guess
    header_problems: list[tuple[str, str]] = field(default_factory=list)

    def target_of(self, key: str) -> list[ColumnMap]:
        return [c for c in self.columns if c.target == key]

    def missing_mandatory(self) -> list[str]:
        mapped = {c.target for c in self.columns}
        return [k for k in MANDATORY if k not in mapped]

    def cell(self, col: ColumnMap, row: int) -> Message:
        title = col.header if len(col.header) <= 40 else col.header[:39] + "…"
        return Message("sheet “{sheet}”, cell {cell} (“{title}”)", sheet=self.sheet, cell=f"{col.letter}{row}",
                       title=title)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("_x000D_", "").replace("\r\n", "\n").strip()


def detect_layout(sheet: str, rows: list[list[str]]) -> SheetLayout | None:
    """The layout of a sheet whose first rows are `rows` (as text), or None if no header row is found."""
    best: tuple[int, int, list[ColumnMap]] | None = None
    for r, cells in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        cols = match_columns(cells, CATALOGUE)
        n = sum(1 for c in cols if c.ico_number is not None)
        if n >= MIN_HEADER_COLUMNS and (best is None or n > best[0]):
            best = (n, r, cols)
    if best is None:
        return None
    _, header_row, cols = best
    block = read_header_block(rows[: header_row - 1], sheet)
    return SheetLayout(sheet, header_row, cols, block.organisation, block.keys, block.problems)


# --- the header block ------------------------------------------------------------------------------
_ROLES = (("dpo", ("data protection officer", "dpo")), ("representative", ("representative",)),
          ("controller", ("controller", "organisation", "organization", "company", "business name")))
_SUBHEADS = {"name": "name", "address": "address", "email": "email", "telephone": "phone", "phone": "phone",
             "telephone number": "phone", "email address": "email", "contact details": "contact"}
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"^(?:tel(?:ephone)?|phone|telefon)?[:.\s]*(\+?[0-9][0-9 ()./-]{5,})$", re.IGNORECASE)
_FIELDS = {
    "controller": {"name": "name", "email": "email", "phone": "phone", "address": "address", "web": "website"},
    "dpo": {"name": "dpo_name", "email": "dpo_email", "phone": "dpo_phone", "address": "dpo_address"},
    "representative": {"name": "representative_name"},
}


def _role(label: str) -> str | None:
    text = normalise(label)
    for role, words in _ROLES:
        if any(re.search(rf"\b{w}\b", text) for w in words):
            return role
    return None


@dataclass
class HeaderBlock:
    """What the rows above the header row say about the controller, its DPO and its representative."""

    organisation: model.Organisation
    keys: frozenset[str]  # the Organisation fields read
    problems: list[tuple[str, str]]  # (where, message): a block that cannot be read, reported, never guessed


_ROLE_ORDER = ("controller", "dpo", "representative")
_REVERSED = (
    "the header block has the roles (Controller, Data Protection Officer, Representative) down the side and "
    "Name, Address, Email, Telephone across the top; the ICO template has the roles across the top and "
    "Name, Address, Email, Telephone down the left. The controller's details were not read: turn the block "
    "round the ICO's way (or clear it) and import again."
)
_UNREADABLE = (
    "the header block is not laid out as in the ICO template (the roles Controller, Data Protection Officer, "
    "Representative across the top, Name, Address, Email, Telephone down the left), so the controller's "
    "details were not read: lay it out that way (or clear it) and import again."
)


_UNKNOWN_LABEL = (
    "the header block has details under the roles in rows labelled {0}; the ICO template labels them Name, "
    "Address, Email, Telephone. The controller's details were not read: label the rows that way (or clear "
    "them) and import again."
)


def _role_heading(cell: str) -> str | None:
    """The role a short heading cell names ("Controller", "Data Protection Officer"), else None."""
    text = normalise(cell)
    return _role(cell) if text and len(text.split()) <= 4 else None


def _subhead(cell: str) -> str | None:
    return _SUBHEADS.get(normalise(cell)) if cell else None


def read_header_block(rows: list[list[str]], sheet: str = "") -> HeaderBlock:
    """Controller, DPO and representative from the rows above the header row.

    Two layouts are read: the ICO template's own (the roles Controller / Data Protection Officer /
    Representative as column headings across the top, Name / Address / Email / Telephone as row labels
    down the left, each value where its role's column meets its label's row), and a label naming a role
    with the details in the cells to its right. A block of Name / Address / Email / Telephone headings in
    any other arrangement (the roles down the side, say) is reported as a problem and not read: taking it
    the wrong way round would make "Data Protection Officer" the controller's name."""
    filled = [r for r, cells in enumerate(rows, 1) if any(c and str(c).strip() for c in cells)]
    where = f"sheet “{sheet}”, rows {filled[0]}–{filled[-1]}" if filled else f"sheet “{sheet}”"
    values: dict[str, Any] = {}
    table = _role_table(rows)
    if table is not None:
        parts_of, unknown = table
        if unknown:  # a row of details under the roles, labelled with something else: not guessed at
            listed = ", ".join(f"“{label}” (row {r})" for r, label in unknown)
            return HeaderBlock(model.Organisation(), frozenset(), [(where, _UNKNOWN_LABEL.format(listed))])
        for role, parts in parts_of.items():
            _store_contact(role, parts, values)
    elif any(sum(1 for c in cells if _subhead(c)) >= 2 for cells in rows):
        reversed_ = any(_role_heading(c) for cells in rows for c in cells[:3] if c)
        return HeaderBlock(model.Organisation(), frozenset(), [(where, _REVERSED if reversed_ else _UNREADABLE)])
    else:
        _labelled_roles(rows, values)
    if values.get("dpo_name") or values.get("dpo_email"):
        values["dpo_appointed"] = True  # type: ignore[assignment]
    return HeaderBlock(model.Organisation(**values), frozenset(values), [])


def _role_table(rows: list[list[str]]) -> tuple[dict[str, dict[str, str]], list[tuple[int, str]]] | None:
    """The ICO's block: a row of role headings, then rows labelled Name / Address / Email / Telephone to the
    left of the role columns: the details by role, and the rows (number, label) that hold details under a
    label of another kind. None when there is no row of two or more role headings."""
    for i, cells in enumerate(rows):
        columns = {j: role for j, c in enumerate(cells) if c and (role := _role_heading(c))}
        if len(set(columns.values())) < 2 or len(set(columns.values())) != len(columns):
            continue
        first = min(columns)
        parts: dict[str, dict[str, str]] = {role: {} for role in columns.values()}
        unknown: list[tuple[int, str]] = []
        label = None
        for r, below in enumerate(rows[i + 1:], start=i + 2):
            head = next((c for c in reversed(below[:first]) if c and str(c).strip()), "")
            if head:
                label = _subhead(head)
            details = [(role, below[j].strip()) for j, role in columns.items()
                       if j < len(below) and below[j] and not freetext.is_blank(below[j])]
            if label is None:
                if details:
                    unknown.append((r, head or "(no label)"))
                continue  # a row of something else (a title, a note): not part of the table
            for role, value in details:
                got = parts[role]
                # A row without a label of its own continues the one above (a merged label cell).
                got[label] = f"{got[label]}\n{value}" if label in got and not head else value
        return {role: parts[role] for role in _ROLE_ORDER if role in parts and parts[role]}, unknown
    return None


def _labelled_roles(rows: list[list[str]], values: dict[str, Any]) -> None:
    """A label naming a role ("Name and contact details of controller"), its details in the cells to its right."""
    seen: set[str] = set()
    for cells in rows:
        for i, cell in enumerate(cells):
            role = _role(cell) if cell else None
            if role is None or role in seen:
                continue
            rest = [(j, c) for j, c in enumerate(cells) if j > i and c and not freetext.is_blank(c)]
            inline = cell.split(":", 1)[1].strip() if ":" in cell else ""
            if rest:
                _store_contact(role, _split_contact("\n".join(c for _, c in rest)), values)
            elif inline and not freetext.is_blank(inline):
                _store_contact(role, _split_contact(inline), values)
            elif not any(freetext.is_blank(c) and c for c in cells[i + 1:]):
                continue  # a title that mentions a role ("... - controller"), not a label with details
            seen.add(role)  # a role's first label row counts, even with "N/A" as its details
            break


def _split_contact(text: str) -> dict[str, str]:
    lines = [p.strip() for p in re.split(r"\n|;", text) if p.strip()]
    if len(lines) == 1:
        lines = [p.strip() for p in lines[0].split(",") if p.strip()]
    out: dict[str, str] = {"name": lines[0]} if lines else {}
    address = []
    for line in lines[1:]:
        email, phone = _EMAIL.search(line), _PHONE.match(line)
        if email and "email" not in out and len(email.group(0)) >= len(line) - 8:
            out["email"] = email.group(0)
        elif phone and "phone" not in out:
            out["phone"] = phone.group(1).strip()
        elif re.match(r"^(https?://|www\.)", line) and "web" not in out:
            out["web"] = line
        else:
            address.append(line)
    if address:
        out["address"] = "\n".join(address)
    return out


def _store_contact(role: str, parts: dict[str, str], values: dict[str, Any]) -> None:
    mapping = _FIELDS[role]
    if role == "representative":
        values["representative_name"] = parts.get("name", "")
        rest = [parts[k] for k in ("address", "email", "phone", "web", "contact") if parts.get(k)]
        if rest:
            values["representative_contact"] = "\n".join(rest)
        return
    if parts.get("contact"):
        parts = {**_split_contact(parts.get("name", "") + "\n" + parts["contact"]), **{
            k: v for k, v in parts.items() if k not in ("contact", "name")}}
    for key, value in parts.items():
        if key in mapping and value:
            values[mapping[key]] = value


# --- the activity rows -----------------------------------------------------------------------------
def read_rows(layout: SheetLayout, rows: Iterable[tuple[int, list[str]]], problems: Problems) -> Incoming:
    """Activities from the rows below the header row, following `layout.columns`."""
    activities = []
    for r, cells in rows:
        values = {c.column: (cells[c.column - 1] if c.column <= len(cells) else "") for c in layout.columns}
        if not any(values[c.column] for c in layout.columns if c.target != IGNORE):
            continue
        activity, provided = _activity(layout, r, values, problems)
        activities.append(Located(activity, frozenset(provided), Place("sheet “{sheet}”, row {row}",
                                                                       sheet=layout.sheet, row=r)))
    for where, message in layout.header_problems:
        problems.error(where, message)
    org = None
    if layout.organisation_keys:
        where = Message("sheet “{sheet}”, rows 1–{last}", sheet=layout.sheet, last=layout.header_row - 1)
        org = Located(layout.organisation, layout.organisation_keys, where)
    return Incoming(org, [], activities, kind="ico")


_TEXT_TARGETS = ("ref", "name", "business_function", "owner", "description", "retention", "security_description",
                 "legitimate_interests", "lia_link", "source", "consent_record_link", "dpia_link")
_LIST_TARGETS = ("purposes", "data_subject_categories", "recipient_categories", "systems")


def _activity(layout: SheetLayout, r: int, values: dict[int, str], problems: Problems):
    a = model.Activity()
    provided: set[str] = set()
    notes: list[str] = []
    basis_notes: list[str] = []

    def text(target: str) -> tuple[str, ColumnMap | None]:
        cols = layout.target_of(target)
        joined = "\n".join(values[c.column] for c in cols if values[c.column])
        return joined, (cols[0] if cols else None)

    for key in _TEXT_TARGETS:
        value, col = text(key)
        if col is not None:
            setattr(a, key, value)
            provided.add(key)
    for key in _LIST_TARGETS:
        value, col = text(key)
        if col is not None:
            setattr(a, key, freetext.split_list(value))
            provided.add(key)
    value, col = text("data_categories")
    if col is not None:
        a.data_categories = [model.DataCategory(name=n) for n in freetext.split_list(value)]
        provided.add("data_categories")
    value, col = text("joint_controllers")
    if col is not None:
        a.joint_controllers = [_joint(item) for item in freetext.split_list(value)]
        provided.add("joint_controllers")
    for target, reader, prefix, key in (
        ("legal_bases", freetext.legal_bases, "", "legal_bases"),
        ("special_category_conditions", freetext.art9_conditions, "Art. 9: ", "special_category_conditions"),
    ):
        value, col = text(target)
        if col is None:
            continue
        found = reader(value)
        setattr(a, key, found.keys)
        provided.add(key)
        basis_notes += [prefix + part for part in found.leftover]
        for part in found.unknown:
            if prefix:
                problems.warning(layout.cell(col, r), "kept as a legal-basis note: could not tell which Art. 9(2) "
                                                      "condition “{part}” means", part=part)
            else:
                problems.warning(layout.cell(col, r), "kept as a legal-basis note: could not tell which Art. 6(1) "
                                                      "basis “{part}” means", part=part)
    _transfers(layout, r, a, provided, notes, text, problems)
    _adm_and_dpia(layout, r, a, provided, notes, text, problems)
    for col in layout.target_of(NOTES):
        if values[col.column]:
            notes.append(f"{col.header}: {values[col.column]}")
    # The notes fields are filled (and, when merging, replaced) only when there is something to keep.
    if notes:
        a.notes = "\n".join(notes)
        provided.add("notes")
    if basis_notes:
        a.legal_basis_note = "\n".join(basis_notes)
        provided.add("legal_basis_note")
    if not a.name:  # the ICO template has no name column: the first purpose names the activity
        a.name = a.purposes[0] if a.purposes else (a.business_function or f"Row {r}")
        provided.add("name")
    return a, provided


def _joint(item: str) -> model.JointController:
    name, _, contact = item.partition(",")
    return model.JointController(name=name.strip(), contact=contact.strip())


def _transfers(layout, r, a, provided, notes, text, problems) -> None:
    countries_text, col = text("transfer_countries")
    safeguards, s_col = text("transfer_safeguards")
    if col is not None:
        provided.add("transfers")
        codes, unknown = freetext.country_codes(countries_text)
        for part in unknown:
            problems.error(layout.cell(col, r), "“{part}” is not a country name or ISO code ROPA Desk knows",
                           part=part)
        mechanism = freetext.transfer_mechanism(safeguards) if safeguards else None
        a.transfers = [
            model.Transfer(country=c, mechanism=mechanism or "none", safeguards_documentation=safeguards)
            for c in codes
        ]
    if s_col is not None and safeguards and not a.transfers and not freetext.is_blank(safeguards):
        notes.append(f"{s_col.header}: {safeguards}")


def _adm_and_dpia(layout, r, a, provided, notes, text, problems) -> None:
    adm, col = text("automated_decision_making")
    if col is not None:
        answer = freetext.yes_no(adm)
        if freetext.is_blank(adm) or answer is False:  # a blank cell: the question is not answered
            a.automated_decision_making = "no" if answer is False else "not_assessed"
            a.adm_description = ""
            provided.update(("automated_decision_making", "adm_description"))
        elif answer is True:
            a.automated_decision_making = "yes"
            a.adm_description = "" if normalise(adm) in ("yes", "y", "ja") else adm
            provided.update(("automated_decision_making", "adm_description"))
        else:
            a.adm_description = adm
            provided.add("adm_description")
            problems.warning(layout.cell(col, r), "kept as the ADM description; tick “{field}” yourself if it "
                                                  "applies (the cell does not start with yes or no)",
                             field=kinds.field_named(model.Activity, "automated_decision_making"))
    required, rq_col = text("dpia_required")
    progress, pg_col = text("dpia_progress")
    if rq_col is None and pg_col is None:
        return
    status = freetext.dpia_status(required, progress)
    if status is not None:
        a.dpia_status = status
        provided.add("dpia_status")
    if pg_col is not None and not freetext.is_blank(progress) and freetext.dpia_status("", progress) is None:
        notes.append(f"{pg_col.header}: {progress}")
