"""Every rule the checks know: its stable id, severity, legal reference and message.

All user-facing wording of the checks is here, in one place, so that it can be translated later.
Messages are `str.format` templates; the names in braces are filled by the rule that fires.
The number in a rule id is the number of the check in `transfer-law.md`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import ERROR, INFO, WARNING


@dataclass(frozen=True)
class Rule:
    rule_id: str
    severity: str
    reference: str
    message: str


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {r.rule_id: r for r in rules}


E, W, I = ERROR, WARNING, INFO

RULES: dict[str, Rule] = _rules(
    # 1 Art. 30 mandatory content
    Rule("R01-organisation-incomplete", E, "Art. 30(1)(a)",
         "The organisation's {field_label} is missing. The record must say who the controller is and how to reach it."),
    Rule("R01-activity-incomplete", E, "Art. 30(1)(a)-(d)",
         "\"{field_label}\" is not filled in. The record of a processing activity must always state it."),
    # 2-5 retention, security and which data concerns whom
    Rule("R02-retention-missing", W, "Art. 30(1)(f), 5(1)(e)",
         "No retention period is recorded. Say when the data is erased, or by which criteria."),
    Rule("R02-retention-vague", W, "Art. 30(1)(f), 5(1)(e)",
         "The retention period \"{retention}\" is vague. Give a period (e.g. \"24 months after the contract ends\") "
         "or the criteria that decide it."),
    Rule("R03-retention-undifferentiated", W, "Art. 30(1)(f); CNIL register model",
         "All data categories share one retention period, although they differ ({categories}). "
         "Check whether each category really is kept equally long."),
    Rule("R04-security-missing", W, "Art. 30(1)(g), 32(1)",
         "No security measures are recorded. Tick the measures in place or describe them."),
    Rule("R05-data-subjects-unlinked", W, "Art. 30(1)(c); Datatilsynet (DK) guidance on records of processing (2020)",
         "Not every data category says whose data it is: {categories}. Link each to the data subjects "
         "it concerns, from those listed for the activity."),
    # 6-15 transfers
    Rule("R06-transfer-missing", E, "Art. 30(1)(e), 44",
         "{recipient} processes data in {country}, outside the EEA, but no transfer to {country} is recorded."),
    Rule("R06-establishment-outside-eea", W, "Art. 30(1)(e), 44",
         "{recipient} is established in {country}, outside the EEA, but no transfer to {country} is recorded. "
         "Sending data to it is a transfer even if it stores the data in the EEA."),
    Rule("R06-destination-missing", E, "Art. 30(1)(e)",
         "A transfer has no destination. Say to which country or international organisation the data goes."),
    Rule("R06-inside-eea", I, "Art. 44",
         "{country} is in the EEA, so this is no third-country transfer and needs no transfer mechanism."),
    Rule("R07-no-mechanism", E, "Art. 44-46",
         "Data goes to {country}, which has no adequacy decision, and no transfer mechanism is recorded. "
         "Use e.g. the 2021 standard contractual clauses."),
    Rule("R07-no-adequacy", E, "Art. 45",
         "The transfer to {country} relies on an adequacy decision, but none is in force for {country} on {today}."),
    Rule("R07-us-needs-dpf", E, "Art. 45; Decision (EU) 2023/1795",
         "The United States adequacy decision only covers companies on the Data Privacy Framework List. "
         "Choose \"Data Privacy Framework\" if the importer is listed, or another mechanism such as the 2021 SCCs."),
    Rule("R07-dpf-wrong-destination", E, "Art. 45; Decision (EU) 2023/1795",
         "The EU-US Data Privacy Framework only covers transfers to the United States, not to {country}."),
    Rule("R07-adequacy-not-recorded", I, "Art. 45, 30(1)(e)",
         "{country} has an adequacy decision ({decision}). Record \"Adequacy decision\" as the transfer mechanism."),
    Rule("R07-bcr-reference-missing", W, "Art. 47",
         "The transfer relies on binding corporate rules, but which approved BCRs is not recorded."),
    Rule("R08-invalid-mechanism", E, "Art. 44",
         "{mechanism} was struck down on {invalid_since} ({invalidated_by}) and can no longer be relied on. "
         "Use the Data Privacy Framework (if the importer is listed) or the 2021 SCCs."),
    Rule("R09-legacy-scc", E, "Decision (EU) 2021/914 Art. 4",
         "The old standard contractual clauses are invalid since {invalid_since}. Sign the 2021 SCCs instead."),
    Rule("R09-legacy-scc-expiring", W, "Decision (EU) 2021/914 Art. 4",
         "The old standard contractual clauses stop being valid on {invalid_since}. Replace them with the 2021 SCCs."),
    Rule("R10-scc-module-missing", W, "Art. 46(2)(c); Decision (EU) 2021/914",
         "The transfer relies on the 2021 SCCs, but the module is not recorded."),
    Rule("R10-scc-module-mismatch", W, "Decision (EU) 2021/914, Annex",
         "SCC module {module} does not fit the roles in \"{activity}\" ({roles}); module {expected} fits."),
    Rule("R11-tia-missing", W, "Art. 46; SCC clause 14; EDPB Recommendations 01/2020",
         "{mechanism} needs a documented transfer impact assessment, and none is recorded."),
    Rule("R11-tia-stale", W, "Art. 46; SCC clause 14; EDPB Recommendations 01/2020",
         "The transfer impact assessment of {tia_date} is more than {months} months old. Review it."),
    Rule("R12-dpf-not-verified", W, "Art. 45; Decision (EU) 2023/1795",
         "The transfer relies on the Data Privacy Framework, but no date is recorded for checking that the "
         "importer is on the DPF List."),
    Rule("R12-dpf-verification-stale", W, "Art. 45; Decision (EU) 2023/1795",
         "The importer's DPF listing was last checked on {verified_on}, more than {months} months ago. "
         "Companies must re-certify every year: check the DPF List again."),
    Rule("R13-dpf-no-fallback", I, "Decision (EU) 2023/1795; case C-703/25 P pending",
         "The transfer relies only on the Data Privacy Framework, which is being challenged in court. "
         "Consider signing the 2021 SCCs as a fallback."),
    Rule("R14-adequacy-scope", W, "Art. 45; {decision} Art. 1",
         "The adequacy decision for {country} covers only part of it: {scope_note} "
         "Confirm in the transfer's notes that the importer is covered (mention {keywords})."),
    Rule("R14-eea-incorporation-pending", W, "Art. 45; EEA Agreement Annex XI",
         "The adequacy decision for {country} is not yet part of the EEA Agreement, so it does not yet cover "
         "exporters in {org_country}. Use another mechanism (e.g. the 2021 SCCs) until it is incorporated."),
    Rule("R15-derogation-missing", E, "Art. 49(1)",
         "The transfer relies on an Art. 49 derogation, but which one is not recorded."),
    Rule("R15-derogation-recurring", W, "Art. 49; EDPB Guidelines 2/2018",
         "{recipient} is a {kind}, a recurring relationship, but the transfer relies on an Art. 49 derogation, "
         "which is meant for occasional transfers. Use e.g. the 2021 SCCs."),
    Rule("R15-compelling-undocumented", E, "Art. 49(1) second subparagraph, 49(6), 30(1)(e)",
         "The transfer relies on compelling legitimate interests, but the assessment and safeguards are not "
         "documented. Document them and inform the supervisory authority."),
    # 16-21 lawfulness
    Rule("R16-special-category-condition", E, "Art. 9(1), 9(2)",
         "Special categories of data are processed ({categories}) but no Art. 9(2) condition is recorded."),
    Rule("R17-criminal-data-basis", E, "Art. 10",
         "Data about criminal convictions or offences is processed but no Art. 10 basis is recorded."),
    Rule("R18-legal-basis-missing", W, "Art. 6(1), 5(2)",
         "No legal basis is recorded. Say why the processing is lawful (e.g. contract, legal obligation)."),
    Rule("R19-lia-missing", W, "Art. 6(1)(f), 5(2)",
         "The activity relies on legitimate interests, but no balancing test (LIA) is linked."),
    Rule("R19-interest-not-described", W, "Art. 6(1)(f), 13(1)(d)",
         "The activity relies on legitimate interests, but the interest pursued is not described."),
    Rule("R20-consent-record-missing", W, "Art. 7(1)",
         "The activity relies on consent, but where the consents are recorded is not linked."),
    Rule("R21-dpia-missing", W, "Art. 35(1), 35(3)",
         "The activity involves {triggers}, which may require a data protection impact assessment, "
         "but no DPIA is recorded as in progress or done."),
    # 22-26 parties
    Rule("R22-dpa-missing", E, "Art. 28(3)",
         "{recipient} processes data on our behalf, but no data processing agreement is recorded."),
    Rule("R23-sub-processors-missing", W, "Art. 28(2), 28(4)",
         "No sub-processors are recorded for {recipient}. Record the sub-processors it uses (from its DPA or "
         "website)."),
    Rule("R24-arrangement-missing", W, "Art. 26(1)",
         "No joint-controller arrangement is linked for {name}."),
    Rule("R24-joint-controllers-missing", W, "Art. 26, 30(1)(a)",
         "The activity is run as joint controller, but the other joint controllers are not recorded."),
    Rule("R25-dpo-contact-missing", E, "Art. 30(1)(a), 37(7)",
         "A data protection officer is appointed, but no contact details (email, phone or address) are recorded."),
    Rule("R26-adm-description-missing", W, "Art. 22, 13(2)(f)",
         "The activity makes automated decisions, but how they are made is not described."),
    # 27-29 upkeep
    Rule("R27-review-overdue", W, "Art. 5(2), 24(1)",
         "The review planned for {next_review} is overdue."),
    Rule("R27-review-stale", W, "Art. 5(2), 24(1)",
         "The activity was last reviewed on {last_reviewed}, more than {months} months ago."),
    Rule("R27-review-not-planned", I, "Art. 5(2), 24(1)",
         "No review date is recorded. Plan when the activity will next be reviewed."),
    Rule("R28-controllers-missing", W, "Art. 30(2)(a)",
         "The activity is carried out as processor, but the controllers it acts for are not recorded."),
    Rule("R29-generic-purpose", W, "Art. 5(1)(b), 30(1)(b)",
         "The purpose \"{purpose}\" is too general. Say specifically why the data is processed."),
)


# Fragments that rules put into messages.
FRAGMENTS: dict[str, str] = {
    "trigger_special": "special categories of data",
    "trigger_monitoring": "systematic monitoring",
    "trigger_adm": "automated decisions",
    "and": " and ",
    "role_controller": "controller",
    "role_processor": "processor",
    "unnamed_processor": "the processor",
    "unnamed_joint_controller": "a joint controller",
    "or": " or ",
    "list_sep": ", ",
    "and_more": " and {count} more",
    "roles_both": "the exporter is {exporter}, the importer {recipient} is {importer}",
    "roles_exporter": "the exporter is {exporter}",
    "unnamed_activity": "(unnamed activity)",
    "unnamed_recipient": "(unnamed recipient)",
    "unnamed_organisation": "(organisation)",
}


def fragment(key: str, **params: str) -> str:
    return FRAGMENTS[key].format(**params) if params else FRAGMENTS[key]
