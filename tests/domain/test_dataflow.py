"""The data-flow layout (ropa_app.domain.dataflow): four columns, every edge between nodes that exist, the
transfers' mechanisms and findings, grouping and filters, and fewer crossings than the register's own order."""

from datetime import date

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.domain import dataflow, model
from ropa_app.domain.checks import run_checks
from ropa_app.domain.dataflow import ACTIVITY, COUNTRY, DATA, RECIPIENT, FlowView, count_crossings
from ropa_app.domain.law import load_law
from ropa_app.store.demo import build_demo_register

LAW = load_law()
TODAY = date(2026, 11, 30)
COLUMN_OF_PREFIX = {"activity": ACTIVITY, "function": ACTIVITY, "data": DATA, "recipient": RECIPIENT,
                    "country": COUNTRY}


def _small() -> model.Register:
    rec_us = model.Recipient(id=1, name="Mailer Inc.", country="US", processing_countries=["US"],
                             transfers=[model.Transfer(id=11, country="US", mechanism="privacy_shield")])
    rec_in = model.Recipient(id=2, name="Helpdesk India", country="IN", processing_countries=["IN"])
    rec_se = model.Recipient(id=3, name="Payroll AB", country="SE", processing_countries=["SE"])
    a1 = model.Activity(id=1, ref="PA-1", name="Payroll", business_function="HR", recipients=[3],
                        data_categories=[model.DataCategory("Salary"), model.DataCategory("Sick leave", "health")])
    a2 = model.Activity(id=2, ref="PA-2", name="Newsletter", business_function="Marketing", recipients=[1, 2],
                        data_categories=[model.DataCategory("Email", recipients=["Mailer Inc."]),
                                         model.DataCategory("Tickets", recipients=["Helpdesk India"])],
                        transfers=[model.Transfer(id=21, country="CA", mechanism="adequacy")])
    return model.Register(model.Organisation(name="X", country="SE"), [a1, a2], [rec_us, rec_in, rec_se])


@pytest.fixture(scope="module")
def demo():
    register = build_demo_register()
    return register, run_checks(register, TODAY, LAW)


def _check_shape(flow: dataflow.FlowLayout) -> None:
    keys = {n.key for column in flow.columns for n in column}
    assert keys == set(flow.nodes)
    for c, column in enumerate(flow.columns):
        assert all(n.column == c and COLUMN_OF_PREFIX[n.key.split(":")[0]] == c for n in column)
        assert [n.order for n in column] == list(range(len(column)))
        assert all(0 < n.y < 1 for n in column) and [n.y for n in column] == sorted(n.y for n in column)
    for e in flow.edges:
        assert e.source in keys and e.target in keys, e
        assert flow.nodes[e.source].column < flow.nodes[e.target].column
        if e.group:  # a transfer or a place of processing ends in a country
            assert flow.nodes[e.target].column == COUNTRY


def test_every_edge_joins_nodes_of_the_right_columns(demo):
    register, findings = demo
    for view in (FlowView(), FlowView(group_by_function=True, group_data=True), FlowView(outside_eea=True),
                 FlowView(findings_only=True), FlowView(country="US")):
        _check_shape(dataflow.layout(register, LAW, findings, view))


def test_the_flows_of_a_small_register():
    register = _small()
    flow = dataflow.layout(register, LAW, run_checks(register, TODAY, LAW))
    edges = {(e.source, e.target): e for e in flow.edges}
    assert ("activity:1", "data:salary") in edges and ("data:salary", "recipient:3") in edges
    # the category linked to a named recipient goes only there; the unlinked ones to every recipient
    assert ("data:email", "recipient:1") in edges and ("data:email", "recipient:2") not in edges
    assert ("data:tickets", "recipient:2") in edges and ("data:tickets", "recipient:1") not in edges
    assert flow.node("data:sick leave").special == "health"
    us = edges[("recipient:1", "country:US")]
    assert (us.group, us.mechanisms, us.severity) == ("invalid", ("privacy_shield",), "error")
    gap = edges[("recipient:2", "country:IN")]
    assert gap.group == "gap" and gap.severity == "error"
    assert edges[("recipient:3", "country:SE")].group == "eea"
    direct = edges[("activity:2", "country:CA")]  # the activity's own transfer, across the middle columns
    assert direct.group == "adequacy" and direct.transfer_ids == (21,)
    assert flow.node("country:IN").third_country and not flow.node("country:SE").third_country


def test_grouping_and_filters():
    register = _small()
    findings = run_checks(register, TODAY, LAW)
    grouped = dataflow.layout(register, LAW, findings, FlowView(group_by_function=True, group_data=True))
    assert {n.key for n in grouped.columns[ACTIVITY]} == {"function:hr", "function:marketing"}
    assert {n.key for n in grouped.columns[DATA]} == {"data:none", "data:health"}
    assert set(grouped.node("data:none").names) == {"Salary", "Email", "Tickets"}
    outside = dataflow.layout(register, LAW, findings, FlowView(outside_eea=True))
    assert not {"country:SE", "recipient:3", "activity:1"} & set(outside.nodes)
    india = dataflow.layout(register, LAW, findings, FlowView(country="IN"))
    assert {n.key for n in india.columns[COUNTRY]} == {"country:IN"}
    assert {n.key for n in india.columns[RECIPIENT]} == {"recipient:2"}
    only = dataflow.layout(register, LAW, findings, FlowView(recipient_ids=frozenset({3})))
    assert {n.key for n in only.columns[RECIPIENT]} == {"recipient:3"} and "country:CA" not in only.nodes
    with_findings = dataflow.layout(register, LAW, findings, FlowView(findings_only=True))
    # Privacy Shield (error), the gap to India (error), Canada's partial adequacy (a warning); Sweden has none
    assert {n.key for n in with_findings.columns[COUNTRY]} == {"country:US", "country:IN", "country:CA"}
    assert with_findings.nodes["country:CA"].severity == "warning"


def test_the_order_has_fewer_crossings_than_the_registers_own(demo):
    register, findings = demo
    flow = dataflow.layout(register, LAW, findings)
    assert flow.crossings == count_crossings(flow.columns, flow.edges)
    assert flow.crossings < flow.naive_crossings * 0.8, (flow.crossings, flow.naive_crossings)
    big = synthetic_register(200, 80)
    flow = dataflow.layout(big, LAW, run_checks(big, TODAY, LAW), FlowView(group_by_function=True, group_data=True))
    assert flow.crossings < flow.naive_crossings * 0.8, (flow.crossings, flow.naive_crossings)


def test_crossings_are_counted_as_a_drawing_would_show_them():
    def col(c, *names):
        return [dataflow.Node(f"{p}:{n}", c, n) for p, n in ((dataflow.COLUMNS[c], n) for n in names)]

    columns = [col(0, "a", "b"), col(1, "x", "y"), [], []]
    straight = [dataflow.Edge("activity:a", "data:x"), dataflow.Edge("activity:b", "data:y")]
    crossed = [dataflow.Edge("activity:a", "data:y"), dataflow.Edge("activity:b", "data:x")]
    assert count_crossings(columns, straight) == 0
    assert count_crossings(columns, crossed) == 1
    ordered, naive, best = dataflow.order_columns(columns, crossed)
    assert (naive, best) == (1, 0)
    assert count_crossings(ordered, crossed) == 0


def test_the_neighbourhood_follows_the_flows():
    flow = dataflow.layout(_small(), LAW, [])
    near = dataflow.neighbourhood(flow, "recipient:2")
    assert {"country:IN", "data:tickets", "activity:2"} <= near and "recipient:3" not in near


def test_a_recipient_no_category_is_linked_to_receives_every_category():
    register = _small()
    register.activities[1].data_categories.pop()  # Tickets: now no category names Helpdesk India
    edges = {(e.source, e.target) for e in dataflow.layout(register, LAW, []).edges}
    assert ("data:email", "recipient:2") in edges


def test_the_map_gives_every_country_a_square_of_its_own_near_its_capital(demo):
    grid = dataflow.tile_grid()
    assert len(grid) > 240 and len(set(grid.values())) == len(grid)  # one square a cell
    assert all(0 <= c < dataflow.MAP_COLUMNS and 0 <= r < dataflow.MAP_ROWS for c, r in grid.values())
    (se_c, se_r), (in_c, in_r), (au_c, au_r), (us_c, _us_r) = grid["SE"], grid["IN"], grid["AU"], grid["US"]
    assert us_c < se_c < in_c < au_c  # west to east
    assert se_r < in_r < au_r  # north to south
    register, findings = demo
    reached, others = dataflow.destination_tiles(dataflow.layout(register, LAW, findings))
    by_code = {t.code: t for t in reached}
    assert {"US", "IN", "SE", "GB"} <= set(by_code) and not ({t.code for t in others} & set(by_code))
    assert by_code["IN"].group == "none" and by_code["IN"].severity == "error"
    assert by_code["US"].group == "gap"  # the worst flow to it: Calendly's, with no transfer recorded
    assert by_code["GB"].group == "adequacy" and by_code["SE"].group == "eea"
