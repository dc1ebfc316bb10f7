"""Where personal data goes: activities → data categories → recipients → countries, laid out once.

Pure Python. `layout(register, law, findings, view)` returns the nodes of four columns in an order that
keeps edges from crossing (barycentre sweeps, the best of several kept) and the edges between them, each
transfer edge with its mechanism group and its worst open finding. Two thin renderers draw the same layout:
the app's "Data flows" page (ui/dataflow_view.py, Qt) and a page of the PDF export (export/dataflow.py,
reportlab). Positions are fractions of a column's height (`Node.y`), so each renderer picks its own scale.

Readability at a few hundred activities: `FlowView.group_by_function` merges the activities of a business
function into one node (its members are kept for the details), and the filters (`country`, `recipient_id`,
`outside_eea`, `findings_only`) keep only the flows that reach what was asked for.

Edges: activity → data category (every category the activity records); data category → recipient (the
recipients the category is linked to, else every recipient of the activity, their sub-processors
included); recipient → country (each recorded transfer; each non-EEA country the recipient works in
without a transfer row, a "gap"; each EEA country it works in, "eea"); activity → country (an activity's
direct transfers, drawn across the middle columns).
"""

from __future__ import annotations

import json
from bisect import bisect_right, insort
from dataclasses import field
from functools import cache

from ..paths import resource_path
from . import kinds
from .checks.findings import Finding
from .checks.summary import worst_severity
from .dataclass import dataclass
from .law import ORG_PREFIX, LawData
from .model import Register
from .transfer_overview import missing_transfer_countries
from .transfers import recipients_of_activity

COLUMNS = (kinds.ACTIVITY.key, "data", kinds.RECIPIENT.key, "country")  # the picture's columns, left to right
ACTIVITY, DATA, RECIPIENT, COUNTRY = range(4)

# Transfer mechanisms in the groups the picture colours (its legend), most reassuring first. "gap": a
# non-EEA country a recipient works in with no transfer recorded; "eea": a country inside the EEA.
MECHANISM_GROUPS: dict[str, tuple[str, ...]] = {
    "adequacy": ("adequacy",),
    "dpf": ("dpf",),
    "scc": ("scc_2021", "sa_scc", "ad_hoc_clauses"),
    "bcr": ("bcr",),
    "other_safeguard": ("code_of_conduct", "certification", "public_instrument", "administrative_arrangement"),
    "derogation": ("derogation",),
    "invalid": ("legacy_scc", "privacy_shield", "safe_harbour"),
    "none": ("none", ""),
    "gap": (),
    "eea": (),
}
# The colour of each group (colour-blind-safe Okabe-Ito hues where they fit), and its line: "dash" for a
# flow without a valid mechanism, so that colour is not the only sign.
GROUP_COLOURS = {
    "adequacy": "#009E73", "dpf": "#56B4E9", "scc": "#0072B2", "bcr": "#7B4FA0",
    "other_safeguard": "#5D6D7E", "derogation": "#E69F00", "invalid": "#D55E00", "none": "#C0392B",
    "gap": "#C0392B", "eea": "#A6ACAF",
}  # fmt: skip
DASHED_GROUPS = frozenset({"invalid", "none", "gap"})
DATA_FLOW_COLOUR = "#B3B6B7"  # edges that are not transfers
SEVERITY_COLOURS = {"error": "#C0392B", "warning": "#D68910", "info": "#2E86C1"}
SPECIAL_COLOUR = "#8E44AD"
SPECIAL_MARK = "◆"  # before a special category's name: a sign besides the colour


def mechanism_group(mechanism: str) -> str:
    for group, members in MECHANISM_GROUPS.items():
        if (mechanism or "") in members:
            return group
    return "other_safeguard"


@dataclass
class FlowView:
    """What the picture shows: grouped or not, and the filters (empty: everything)."""

    group_by_function: bool = False
    group_data: bool = False  # one node per kind of data (ordinary, each special category) instead of per name
    activity_ids: frozenset[int] | None = None  # only these activities (a page of the PDF)
    country: str = ""  # a destination code: only the flows that reach it
    recipient_ids: frozenset[int] | None = None  # only the flows through these recipients
    direct_transfers: bool | None = None  # the activities' direct transfers; None: unless recipients are chosen
    outside_eea: bool = False  # only the flows that leave the EEA
    findings_only: bool = False  # only the transfers (and gaps) with an open finding

    @property
    def filtered(self) -> bool:
        return bool(self.country or self.recipient_ids is not None or self.outside_eea or self.findings_only
                    or self.activity_ids is not None)

    @property
    def with_direct(self) -> bool:
        return self.direct_transfers if self.direct_transfers is not None else self.recipient_ids is None


@dataclass
class Node:
    key: str  # "activity:3", "function:HR", "data:<name>", "recipient:5", "country:US"
    column: int
    label: str  # the record's name; a business function's name ("" for none); a country's code
    record_kind: str = ""  # the kind of record a click opens (an activity or a recipient), "" for none
    record_id: int | None = None
    special: str = ""  # a data category's special category key (SPECIAL_CATEGORIES), "" for ordinary data
    members: tuple[int, ...] = ()  # a business function's activities (ids)
    names: tuple[str, ...] = ()  # a kind of data's categories (their names)
    third_country: bool = False  # a country outside the EEA
    severity: str = ""  # the worst open finding on the record(s)
    activities: int = 0  # how many activities send data through this node
    order: int = 0  # its place in its column
    y: float = 0.5  # its centre, as a fraction of the column's height

    @property
    def code(self) -> str:
        """A country node's destination code."""
        return self.key.partition(":")[2] if self.column == COUNTRY else ""


@dataclass
class Edge:
    source: str
    target: str
    group: str = ""  # a transfer's mechanism group (MECHANISM_GROUPS), "" for a flow that is not a transfer
    mechanisms: tuple[str, ...] = ()  # the mechanisms recorded (one transfer each)
    severity: str = ""  # the worst open finding on the transfers
    transfer_ids: tuple[int, ...] = ()
    weight: int = 1  # how many activities' flows it stands for


@dataclass
class FlowLayout:
    columns: list[list[Node]]
    edges: list[Edge]
    crossings: int = 0  # edge crossings between neighbouring columns, in the order found
    naive_crossings: int = 0  # the same in the register's own order
    nodes: dict[str, Node] = field(default_factory=dict)

    def node(self, key: str) -> Node:
        return self.nodes[key]

    @property
    def rows(self) -> int:
        """The number of nodes in the tallest column."""
        return max((len(c) for c in self.columns), default=0)


def _code(text: str) -> str:
    text = (text or "").strip()
    return text.lower() if text.lower().startswith(ORG_PREFIX) else text.upper()


def _data_key(name: str) -> str:
    return "data:" + " ".join(name.split()).casefold()


class _Builder:
    def __init__(self, register: Register, law: LawData, findings: list[Finding], view: FlowView):
        self.register, self.law, self.view = register, law, view
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}
        self.by_record: dict[tuple[str, int | None], list[str]] = {}
        self.by_transfer: dict[int, list[str]] = {}
        self.by_holder: dict[tuple[str, int | None], list[str]] = {}
        for f in findings:
            if f.accepted_id is not None:
                continue
            if f.record_kind == "transfer" and f.record_id is not None:
                self.by_transfer.setdefault(f.record_id, []).append(f.severity)
            elif f.record_kind == "transfer":  # a register not (yet) stored: its transfers have no ids
                self.by_holder.setdefault((f.owner_kind, f.owner_id), []).append(f.severity)
            else:
                self.by_record.setdefault((f.record_kind, f.record_id), []).append(f.severity)

    def node(self, key: str, column: int, label: str, **kw) -> Node:
        n = self.nodes.get(key)
        if n is None:
            n = self.nodes[key] = Node(key, column, label, **kw)
        return n

    def edge(self, source: str, target: str, group: str = "", mechanism: str | None = None,
             severity: str = "", transfer_id: int | None = None) -> None:
        e = self.edges.get((source, target, group))
        if e is None:
            e = self.edges[(source, target, group)] = Edge(source, target, group, weight=0)
        e.weight += 1
        if mechanism is not None and mechanism not in e.mechanisms:
            e.mechanisms += (mechanism,)
        if transfer_id is not None and transfer_id not in e.transfer_ids:
            e.transfer_ids += (transfer_id,)
        e.severity = worst_severity([e.severity, severity])

    def country_flows(self, recipient) -> list[tuple[str, str, str | None, str, int | None]]:
        """(code, group, mechanism, severity, transfer id) of a recipient's flows to countries, filtered."""
        law = self.law
        flows = []
        for t in recipient.transfers:
            code = _code(t.country)
            if code:
                third = law.is_third_country(code)
                group = mechanism_group(t.mechanism) if third else "eea"
                flows.append((code, group, t.mechanism or "none", self.transfer_severity("recipient", recipient.id, t),
                              t.id))
        gap_severity = worst_severity(self.by_record.get(("recipient", recipient.id), []))
        for code in missing_transfer_countries(recipient, law):
            flows.append((code, "gap", None, gap_severity or "error", None))
        seen = {f[0] for f in flows}
        for raw in [*recipient.processing_countries, recipient.country]:
            code = _code(raw)
            if code and code not in seen and law.is_eea(code):
                seen.add(code)
                flows.append((code, "eea", None, "", None))
        return [f for f in flows if self.keep_transfer(f[0], f[1], f[3])]

    def transfer_severity(self, holder_kind: str, holder_id: int | None, t) -> str:
        if t.id is not None:
            return worst_severity(self.by_transfer.get(t.id, []))
        return worst_severity(self.by_holder.get((holder_kind, holder_id), []))

    def keep_transfer(self, code: str, group: str, severity: str) -> bool:
        view = self.view
        return ((not view.country or code == _code(view.country)) and (not view.outside_eea or group != "eea")
                and (not view.findings_only or bool(severity)))

    def activity_node(self, a) -> Node:
        sev = worst_severity(self.by_record.get(("activity", a.id), []))
        if not self.view.group_by_function:
            label = " ".join(p for p in (a.ref.strip(), a.name.strip()) if p)
            return self.node(f"activity:{a.id}", ACTIVITY, label, record_kind="activity", record_id=a.id, severity=sev)
        function = " ".join(a.business_function.split())
        n = self.node(f"function:{function.casefold()}", ACTIVITY, function)
        n.members += (a.id,)
        n.severity = worst_severity([n.severity, sev])
        return n

    def build(self) -> None:
        register, law, view = self.register, self.law, self.view
        destination_filter = view.country or view.outside_eea or view.findings_only
        flows_of = {r.id: self.country_flows(r) for r in register.recipients}
        for a in register.activities:
            if a.status == "retired" or (view.activity_ids is not None and a.id not in view.activity_ids):
                continue
            every = recipients_of_activity(register, a)
            recipients = [r for r in every
                          if (view.recipient_ids is None or r.id in view.recipient_ids)
                          and (not destination_filter or flows_of.get(r.id))]
            direct = []
            if view.with_direct:
                for t in a.transfers:
                    code = _code(t.country)
                    if not code:
                        continue
                    group = mechanism_group(t.mechanism) if law.is_third_country(code) else "eea"
                    sev = self.transfer_severity("activity", a.id, t)
                    if self.keep_transfer(code, group, sev):
                        direct.append((code, group, t.mechanism or "none", sev, t.id))
            if view.filtered and not recipients and not direct:
                continue
            act = self.activity_node(a)
            act.activities += 1
            kept = {r.id for r in recipients}
            for dc, targets in self.data_targets(a, every):
                targets = [r for r in targets if r.id in kept]
                if view.filtered and not targets and not direct:
                    continue
                special = dc.special if dc.special not in ("", "none") else ""
                name = " ".join(dc.name.split())
                if view.group_data:
                    dn = self.node(f"data:{special or 'none'}", DATA, "", special=special)
                    if name not in dn.names:
                        dn.names += (name,)
                else:
                    dn = self.node(_data_key(dc.name), DATA, name)
                    dn.special = dn.special or special
                self.edge(act.key, dn.key)
                for r in targets:
                    self.edge(dn.key, self.recipient_node(r).key)
            for r in recipients:
                self.recipient_node(r).activities += 1
            for code, group, mech, sev, tid in direct:
                cn = self.country_node(code)
                self.edge(act.key, cn.key, group, mech, sev, tid)
        if not view.filtered:  # recipients no activity uses: still where data may go
            for r in register.recipients:
                self.recipient_node(r)
        for r in register.recipients:
            rn = self.nodes.get(f"recipient:{r.id}")
            if rn is None:
                continue
            for code, group, mech, sev, tid in flows_of.get(r.id, []):
                self.edge(rn.key, self.country_node(code).key, group, mech, sev, tid)
        data_users: dict[str, int] = {}
        for e in self.edges.values():
            if e.target.startswith("data:"):
                data_users[e.target] = data_users.get(e.target, 0) + e.weight
        for key, count in data_users.items():
            self.nodes[key].activities = count
        for e in self.edges.values():
            if e.target.startswith("country:"):
                self.nodes[e.target].activities += self.nodes[e.source].activities
                n = self.nodes[e.target]
                n.severity = worst_severity([n.severity, e.severity])

    @staticmethod
    def data_targets(a, every: list) -> list[tuple[object, list]]:
        """(data category, the recipients that receive it) of an activity: those the category is linked to (by
        name, with their sub-processors), every recipient for a category without links; and a recipient that no
        category is linked to receives every category (the register does not say which)."""
        names = {r.name.strip().casefold(): r for r in every}
        by_id = {r.id: r for r in every}
        plan = []
        for dc in a.data_categories:
            if not dc.name.strip():
                continue
            targets = [names[n.strip().casefold()] for n in dc.recipients if n.strip().casefold() in names]
            for r in list(targets):  # the sub-processors of a linked recipient receive the data too
                targets += [by_id[s] for s in r.sub_processors if s in by_id and by_id[s] not in targets]
            plan.append((dc, targets))
        reached = {r.id for _dc, targets in plan for r in targets}
        unreached = [r for r in every if r.id not in reached]
        return [(dc, targets + unreached if targets else list(every)) for dc, targets in plan]

    def recipient_node(self, r) -> Node:
        sev = worst_severity(self.by_record.get(("recipient", r.id), []))
        return self.node(f"recipient:{r.id}", RECIPIENT, r.name.strip(), record_kind="recipient", record_id=r.id,
                         severity=sev)

    def country_node(self, code: str) -> Node:
        return self.node(f"country:{code}", COUNTRY, code, third_country=self.law.is_third_country(code))


# --- ordering ---------------------------------------------------------------------------------------


def _crossings(pairs: list[tuple[int, int]]) -> int:
    """Crossings among edges given as (rank on the left, rank on the right): inversions, O(E log E)."""
    pairs = sorted(pairs)
    seen: list[int] = []  # right ranks so far, sorted
    count = 0
    for _left, right in pairs:
        count += len(seen) - bisect_right(seen, right)
        insort(seen, right)
    return count


def count_crossings(columns: list[list[Node]], edges: list[Edge]) -> int:
    """Edge crossings between neighbouring columns (edges that skip a column are not counted)."""
    rank = {n.key: (n.column, i) for column in columns for i, n in enumerate(column)}
    per_gap: dict[int, list[tuple[int, int]]] = {}
    for e in edges:
        (cs, rs), (ct, rt) = rank[e.source], rank[e.target]
        if ct == cs + 1:
            per_gap.setdefault(cs, []).append((rs, rt))
    return sum(_crossings(p) for p in per_gap.values())


def _barycentre(pos: dict[str, float], neighbours: list[str], own: float) -> float:
    near = [pos[k] for k in neighbours if k in pos]
    return sum(near) / len(near) if near else own


def _sweep(columns: list[list[Node]], neighbours: dict[str, list[str]], order: range) -> None:
    """Each column in `order`: its nodes sorted by the mean place of their neighbours (a node without any
    keeps its own place), places being fractions of a column's height so that columns of any length compare."""
    for c in order:
        pos = {n.key: (i + 0.5) / max(len(col), 1) for col in columns for i, n in enumerate(col)}
        column = columns[c]
        keyed = [(_barycentre(pos, neighbours.get(n.key, []), (i + 0.5) / len(column)), i, n)
                 for i, n in enumerate(column)]
        columns[c] = [n for _b, _i, n in sorted(keyed, key=lambda t: (t[0], t[1]))]


def order_columns(columns: list[list[Node]], edges: list[Edge], sweeps: int = 6) -> tuple[list[list[Node]], int, int]:
    """The columns reordered by barycentre sweeps (left to right against the columns before, right to left
    against the columns after), the order with the fewest crossings kept; with the crossings before and after."""
    left: dict[str, list[str]] = {}
    right: dict[str, list[str]] = {}
    for e in edges:
        right.setdefault(e.source, []).append(e.target)
        left.setdefault(e.target, []).append(e.source)
    naive = best = count_crossings(columns, edges)
    best_columns = [list(c) for c in columns]
    current = [list(c) for c in columns]
    for _ in range(sweeps):
        _sweep(current, left, range(1, len(current)))
        _sweep(current, right, range(len(current) - 2, -1, -1))
        crossings = count_crossings(current, edges)
        if crossings < best:
            best, best_columns = crossings, [list(c) for c in current]
        elif crossings == best:
            break  # no better order found: the sweeps have settled
    return best_columns, naive, best


def layout(register: Register, law: LawData, findings: list[Finding] | None = None,
           view: FlowView | None = None, sweeps: int = 6) -> FlowLayout:
    """The data-flow picture of a register: its columns in order, its edges, each node's place."""
    builder = _Builder(register, law, findings or [], view or FlowView())
    builder.build()
    columns: list[list[Node]] = [[] for _ in COLUMNS]
    for n in builder.nodes.values():
        columns[n.column].append(n)
    edges = list(builder.edges.values())
    columns, naive, best = order_columns(columns, edges, sweeps)
    for column in columns:
        for i, n in enumerate(column):
            n.order, n.y = i, (i + 0.5) / len(column)
    return FlowLayout(columns, edges, best, naive, builder.nodes)


def neighbourhood(flow: FlowLayout, key: str) -> set[str]:
    """The nodes a node's flows pass through, upstream and downstream (to highlight its paths)."""
    down: dict[str, list[str]] = {}
    up: dict[str, list[str]] = {}
    for e in flow.edges:
        down.setdefault(e.source, []).append(e.target)
        up.setdefault(e.target, []).append(e.source)
    found = {key}
    for links in (down, up):
        todo = [key]
        while todo:
            for k in links.get(todo.pop(), ()):
                if k not in found:
                    found.add(k)
                    todo.append(k)
    return found


# --- the map of destinations: a tile grid, one square per country in its rough place ----------------------

MAP_COLUMNS, MAP_ROWS = 64, 32  # the world in cells of 5.625 degrees, equirectangular
# Groups from the most worrying to the most reassuring: a country's square has the colour of its worst flow.
GROUP_SEVERITY = ("gap", "none", "invalid", "derogation", "other_safeguard", "scc", "bcr", "dpf", "adequacy", "eea")


@dataclass(frozen=True)
class Tile:
    code: str
    column: int
    row: int
    group: str = ""  # the worst mechanism group of the flows to it, "" for a country no flow reaches
    severity: str = ""  # the worst open finding on them
    activities: int = 0


@cache
def _positions() -> dict[str, tuple[float, float]]:
    """(latitude, longitude) of each country's capital: resources/maps/country-positions.json (GeoNames, CC BY 4.0)."""
    data = json.loads(resource_path("maps", "country-positions.json").read_text(encoding="utf-8"))
    return {code: (lat, lon) for code, (lat, lon) in data["positions"].items()}


@cache
def tile_grid() -> dict[str, tuple[int, int]]:
    """(column, row) of every country's square: the cell of its capital, or the nearest free one (countries
    placed from the north-west, so that neighbours keep their order); a tile cartogram needs no shapes."""
    taken: set[tuple[int, int]] = set()
    out: dict[str, tuple[int, int]] = {}
    for code, (lat, lon) in sorted(_positions().items(), key=lambda p: (-p[1][0], p[1][1], p[0])):
        x = min(MAP_COLUMNS - 1, max(0, int((lon + 180) / 360 * MAP_COLUMNS)))
        y = min(MAP_ROWS - 1, max(0, int((90 - lat) / 180 * MAP_ROWS)))
        best = min(((cx, cy) for cx in range(max(0, x - 6), min(MAP_COLUMNS, x + 7))
                    for cy in range(max(0, y - 6), min(MAP_ROWS, y + 7)) if (cx, cy) not in taken),
                   key=lambda c: ((c[0] - x) ** 2 + (c[1] - y) ** 2, c))
        taken.add(best)
        out[code] = best
    return out


def destination_tiles(flow: FlowLayout) -> tuple[list[Tile], list[Tile]]:
    """(the squares of the countries the flows reach, coloured by their worst flow; the other countries' squares).
    A destination with no place on the grid (an international organisation) is put in the bottom row."""
    grid = tile_grid()
    worst: dict[str, str] = {}
    severity: dict[str, str] = {}
    for e in flow.edges:
        if e.group and e.target.startswith("country:"):
            code = e.target.partition(":")[2]
            current = worst.get(code)
            if current is None or GROUP_SEVERITY.index(e.group) < GROUP_SEVERITY.index(current):
                worst[code] = e.group
            severity[code] = worst_severity([severity.get(code, ""), e.severity])
    reached, extra = [], 0
    for n in flow.columns[COUNTRY]:
        code = n.code
        if code in grid:
            column, row = grid[code]
        else:
            column, row = extra, MAP_ROWS
            extra += 1
        reached.append(Tile(code, column, row, worst.get(code, "eea"), severity.get(code, ""), n.activities))
    codes = {t.code for t in reached}
    others = [Tile(code, c, r) for code, (c, r) in grid.items() if code not in codes]
    return reached, others


__all__ = [
    "COLUMNS", "DASHED_GROUPS", "GROUP_COLOURS", "MECHANISM_GROUPS", "Edge", "FlowLayout", "FlowView", "Node",
    "count_crossings", "layout", "mechanism_group", "neighbourhood", "order_columns",
    "Tile", "destination_tiles", "tile_grid",
]
