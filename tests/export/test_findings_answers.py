"""The export's findings annex lists an accepted finding with its reason, and "not assessed" answers in the
language of the export."""

from datetime import date, datetime

import pytest

from ropa_app.domain import model
from ropa_app.domain.checks import run_checks
from ropa_app.domain.checks.accepted import accept
from ropa_app.export import ExportOptions, build_document

WHEN = datetime(2026, 11, 22, 14, 5)
TODAY = date(2026, 11, 22)


def _register() -> model.Register:
    org = model.Organisation(name="Fjällräv AB", country="SE", email="info@fjallrav.example")
    act = model.Activity(id=1, ref="PA-1", name="Support", purposes=["Answer support requests"],
                         data_subject_categories=["Customers"], data_categories=[model.DataCategory("Contact")],
                         recipient_categories=["IT"], retention="As long as appropriate")
    reg = model.Register(org, [act], [])
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R02-retention-vague"]
    reg.accepted_findings.append(accept(f, "Tickets are erased by hand at each yearly review", "asa", TODAY))
    return reg


@pytest.mark.parametrize(("lang", "accepted", "not_assessed"), [
    ("en", "Accepted (warning)", "Not assessed"), ("sv", "Godtagen (varning)", "Inte bedömd"),
    ("nb", "Godtatt (advarsel)", "Ikke vurdert"), ("da", "Godtaget (advarsel)", "Ikke vurderet"),
])
def test_an_accepted_finding_is_listed_with_its_reason(lang, accepted, not_assessed):
    d = build_document(_register(), lang, ExportOptions(exported_at=WHEN, findings=True))
    findings = next(s for s in d.sections if s.key == "findings")
    [rec] = [r for r in findings.records if r.values.get("rule") == "R02-retention-vague"]
    assert rec.values["severity"] == accepted
    assert rec.values["message"].endswith(": Tickets are erased by hand at each yearly review")
    controller = next(s for s in d.sections if s.key == "controller")
    assert controller.records[0].values["dpia_status"] == not_assessed
    assert controller.records[0].values["automated_decision_making"] == not_assessed
