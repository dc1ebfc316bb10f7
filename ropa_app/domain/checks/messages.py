"""The words of the register checks, in English: every finding's message and the phrases put into them.

One table, so that the checks can be translated: the export's translation tables include it
(`ropa_app/export/i18n/en.py` CHECKS), and every other language has every key in its own CHECKS, with
the same `{names}` (tests/export/test_i18n.py fails on a text a language lacks). The rules (`rules_*.py`)
build no text of their own: they name a key and give its parameters (`CheckContext.finding`,
`catalogue.phrase`); a field's label, a vocabulary term or a country in a message is a `findings.Term`.

Keys: `check.<rule id>` is the message of a rule (`catalogue.RULES`); `check.phrase.<name>` are the
words a rule puts into a message (separators of lists, roles, stand-ins for a missing name).
`check.cite.*` say how a legal reference is written (`findings.cite`): the style of an article citation
(`check.cite.articles`, `.item`, `.paragraph`, `.point` ...) and the names of the sources the rules'
references cite (`check.cite.source.<name>`, found in a reference by their English text).
Texts are `str.format` templates; the names in braces are the finding's (or the phrase's) parameters.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # 1 Art. 30 mandatory content
    "check.R01-organisation-incomplete": (
        "The organisation's {field_label} is missing. "
        "The record must say who the controller is and how to reach it."
    ),
    "check.R01-organisation-contact-missing": (
        "No contact details of the organisation are recorded. Give at least one way to reach it: an address, "
        "an email address or a phone number."
    ),
    "check.R01-activity-incomplete": (
        "\"{field_label}\" is not filled in. "
        "The record of a processing activity must always state it."
    ),
    # 2-5 retention, security and which data concerns whom
    "check.R02-retention-missing": (
        "No retention period is recorded. "
        "Say when the data is erased, or by which criteria."
    ),
    "check.R02-retention-vague": (
        "The retention period \"{retention}\" is vague. Give a period (e.g. \"24 months after the contract ends\") "
        "or the criteria that decide it."
    ),
    "check.R03-retention-undifferentiated": (
        "All data categories share one retention period, although they differ ({categories}). "
        "Check whether each category really is kept equally long."
    ),
    "check.R04-security-missing": "No security measures are recorded. Tick the measures in place or describe them.",
    "check.R05-data-subjects-unlinked": (
        "Not every data category says whose data it is: {categories}. Link each to the data subjects "
        "it concerns, from those listed for the activity."
    ),
    # 6-15 transfers
    "check.R06-transfer-missing": (
        "{recipient} processes data in {country}, outside "
        "the EEA, but no transfer to {country} is recorded."
    ),
    "check.R06-establishment-outside-eea": (
        "{recipient} is established in {country}, outside the EEA, but no transfer to {country} is recorded. "
        "Sending data to it is a transfer even if it stores the data in the EEA."
    ),
    "check.R06-destination-missing": (
        "A transfer has no destination. "
        "Say to which country or international organisation the data goes."
    ),
    "check.R06-inside-eea": (
        "{country} is in the EEA, so this is no third-country "
        "transfer and needs no transfer mechanism."
    ),
    "check.R07-no-mechanism": (
        "Data goes to {country}, which has no adequacy decision, and no transfer mechanism is recorded. "
        "Use e.g. the 2021 standard contractual clauses."
    ),
    "check.R07-us-no-mechanism": (
        "Data goes to the United States and no transfer mechanism is recorded. Since Decision (EU) 2023/1795 "
        "the United States has an adequacy decision, but only for organisations on the Data Privacy Framework "
        "List. If the importer is listed, choose \"Data Privacy Framework\" and record when you checked the "
        "List; if it is not, use another mechanism such as the 2021 SCCs."
    ),
    "check.R07-no-adequacy": (
        "The transfer to {country} relies on an adequacy "
        "decision, but none is in force for {country} on {today}."
    ),
    "check.R07-us-needs-dpf": (
        "The United States adequacy decision only covers companies on the Data Privacy Framework List. "
        "Choose \"Data Privacy Framework\" if the importer is listed, or another mechanism such as the 2021 SCCs."
    ),
    "check.R07-dpf-wrong-destination": (
        "The EU-US Data Privacy Framework only covers "
        "transfers to the United States, not to {country}."
    ),
    "check.R07-adequacy-not-recorded": (
        "{country} has an adequacy decision ({decision}). "
        "Record \"Adequacy decision\" as the transfer mechanism."
    ),
    "check.R07-bcr-reference-missing": (
        "The transfer relies on binding corporate "
        "rules, but which approved BCRs is not recorded."
    ),
    "check.R08-invalid-mechanism": (
        "{mechanism} was struck down on {invalid_since} ({invalidated_by}) and can no longer be relied on. "
        "Use the Data Privacy Framework (if the importer is listed) or the 2021 SCCs."
    ),
    "check.R08-public-bodies-only": (
        "{mechanism} is available only for transfers between public authorities or bodies. If the organisation "
        "is not a public body, use another mechanism (e.g. the 2021 SCCs)."
    ),
    "check.R09-legacy-scc": (
        "The old standard contractual clauses are invalid since {invalid_since}. "
        "Sign the 2021 SCCs instead."
    ),
    "check.R09-legacy-scc-expiring": (
        "The old standard contractual clauses stop being valid on {invalid_since}. "
        "Replace them with the 2021 SCCs."
    ),
    "check.R10-scc-module-missing": "The transfer relies on the 2021 SCCs, but the module is not recorded.",
    "check.R10-scc-module-mismatch": (
        "SCC module {module} does not fit the roles in "
        "\"{activity}\" ({roles}); module {expected} fits."
    ),
    "check.R11-tia-missing": "{mechanism} needs a documented transfer impact assessment, and none is recorded.",
    "check.R11-tia-stale": (
        "The transfer impact assessment of {tia_date} is more than {months} months old. "
        "Review it."
    ),
    "check.R12-dpf-not-verified": (
        "The transfer relies on the Data Privacy Framework, but no date is recorded for checking that the "
        "importer is on the DPF List."
    ),
    "check.R12-dpf-verification-stale": (
        "The importer's DPF listing was last checked on {verified_on}, more than {months} months ago. "
        "Companies must re-certify every year: check the DPF List again."
    ),
    "check.R13-dpf-no-fallback": (
        "The transfer relies only on the Data Privacy Framework, which is being challenged in court. "
        "Consider signing the 2021 SCCs as a fallback."
    ),
    "check.R14-adequacy-scope": (
        "The adequacy decision for {country} covers only part of it: {scope_note} "
        "Confirm in the transfer's notes that the importer is covered (mention {keywords})."
    ),
    "check.R14-eea-incorporation-pending": (
        "The adequacy decision for {country} is not yet part of the EEA Agreement, so it does not yet cover "
        "exporters in {org_country}. Use another mechanism (e.g. the 2021 SCCs) until it is incorporated."
    ),
    "check.R14-eea-incorporation-unverified": (
        "Whether the adequacy decision for {country} ({decision}) is part of the EEA Agreement, and so binds "
        "exporters in {org_country}, was not verified when the law data was dated ({checked_on}). Check the "
        "EEA Joint Committee's decisions before relying on it."
    ),
    "check.R15-derogation-missing": "The transfer relies on an Art. 49 derogation, but which one is not recorded.",
    "check.R15-derogation-recurring": (
        "{recipient} is a {kind}, a recurring relationship, but the transfer relies on an Art. 49 derogation, "
        "which is meant for occasional transfers. Use e.g. the 2021 SCCs."
    ),
    "check.R15-compelling-undocumented": (
        "The transfer relies on compelling legitimate interests, but the assessment and safeguards are not "
        "documented. Document them and inform the supervisory authority."
    ),
    # 16-21 lawfulness
    "check.R16-special-category-condition": (
        "Special categories of data are processed ({categories}) but no Art. "
        "9(2) condition is recorded."
    ),
    "check.R17-criminal-data-basis": (
        "Data about criminal convictions or offences is processed but no Art. "
        "10 basis is recorded."
    ),
    "check.R18-legal-basis-missing": (
        "No legal basis is recorded. "
        "Say why the processing is lawful (e.g. contract, legal obligation)."
    ),
    "check.R19-lia-missing": "The activity relies on legitimate interests, but no balancing test (LIA) is linked.",
    "check.R19-interest-not-described": (
        "The activity relies on legitimate interests, "
        "but the interest pursued is not described."
    ),
    "check.R20-consent-record-missing": (
        "The activity relies on consent, but where "
        "the consents are recorded is not linked."
    ),
    "check.R21-dpia-missing": (
        "A data protection impact assessment is recorded as required, but none is in progress or done. "
        "Carry it out before the processing starts."
    ),
    "check.R21-dpia-not-assessed": (
        "Whether the activity needs a data protection impact assessment is not assessed. Screen it against "
        "{dpia_list}: tick the criteria that apply and record the result and the reason.{hint}"
    ),
    "check.R21-dpia-reason-missing": (
        "The activity meets {count} criteria of {dpia_list} ({criteria}), so a data protection impact "
        "assessment is likely required, but it is recorded as not required without a reason. Record why "
        "in the DPIA screening, or carry out the DPIA."
    ),
    # 22-26 parties
    "check.R22-dpa-missing": (
        "{recipient} processes data on our behalf, "
        "but no data processing agreement is recorded."
    ),
    "check.R23-sub-processing-not-assessed": (
        "{recipient} uses sub-processors ({names}). Record whether its data processing agreement authorises "
        "sub-processing (Art. 28(2)) and imposes the same data protection obligations on them (Art. 28(4))."
    ),
    "check.R23-sub-processing-not-allowed": (
        "The data processing agreement with {recipient} is recorded as not allowing sub-processors, "
        "yet {names} are recorded as its sub-processors."
    ),
    "check.R23-sub-processors-missing": (
        "No sub-processors are recorded for {recipient}. Record the sub-processors it uses (from its DPA or "
        "website)."
    ),
    "check.R23-sub-processor-cycle": (
        "The sub-processors of {recipient} lead back to it: {chain}. A processor cannot be a sub-processor of "
        "its own sub-processor; one of these links is recorded wrongly."
    ),
    "check.R24-arrangement-missing": "No joint-controller arrangement is linked for {name}.",
    "check.R24-joint-controllers-missing": (
        "The activity is run as joint controller, but "
        "the other joint controllers are not recorded."
    ),
    "check.R24-joint-controller-contact-missing": (
        "The contact details of the joint controller {name} are not recorded."
    ),
    "check.R25-dpo-name-missing": (
        "A data protection officer is appointed, but the officer's name is not recorded."
    ),
    "check.R25-dpo-contact-missing": (
        "A data protection officer is appointed, but no "
        "contact details (email, phone or address) are recorded."
    ),
    "check.R26-adm-description-missing": (
        "The activity makes automated decisions, "
        "but how they are made is not described."
    ),
    "check.R26-adm-not-assessed": (
        "Whether the activity makes decisions based solely on automated processing (Art. 22) is not "
        "answered. Answer yes or no."
    ),
    # 27-29 upkeep
    "check.R27-review-overdue": "The review planned for {next_review} is overdue.",
    "check.R27-review-stale": "The activity was last reviewed on {last_reviewed}, more than {months} months ago.",
    "check.R27-review-not-planned": "No review date is recorded. Plan when the activity will next be reviewed.",
    "check.R28-controllers-missing": (
        "The activity is carried out as processor, but "
        "the controllers it acts for are not recorded."
    ),
    "check.R28-controller-contact-missing": (
        "The contact details of the controller {name}, on whose behalf the activity is carried out, "
        "are not recorded."
    ),
    "check.R29-generic-purpose": (
        "The purpose \"{purpose}\" is too general. "
        "Say specifically why the data is processed."
    ),
    # 30-31 recipients
    "check.R30-recipient-country-missing": (
        "No country is recorded for {recipient}. Record where it is established, so that a transfer "
        "outside the EEA is not missed."
    ),
    "check.R31-recipient-unused": (
        "{recipient} receives data from no processing activity. Link it to the activities that disclose "
        "data to it, or remove it."
    ),
    "check.R40-privacy-notice-missing": (
        "No privacy notice is linked. Link the information given to the people concerned (Art. 13).{hint}"
    ),
    "check.R41-dpa-content-incomplete": (
        "The data processing agreement with {recipient} is recorded as lacking points {points} of Art. 28(3). "
        "Add them, or use the Commission's standard contractual clauses (Decision (EU) 2021/915)."
    ),
    # 32-39 the national layer
    "check.R32-dpo-may-be-mandatory": (
        "{activity} is recorded as processing {what} on a large scale, and no data protection officer is "
        "appointed. If this is a core activity, a DPO is mandatory (Art. 37(1)(b) or (c)). Appoint one, or "
        "record why not."
    ),
    "check.R33-representative-not-applicable": (
        "A representative in the Union is recorded, but only a controller or processor not established in "
        "the EU/EEA needs one (Art. 27), and the organisation is established in {country}."
    ),
    "check.R33-representative-missing": (
        "The organisation is established in {country}, outside the EU/EEA. If it offers goods or services to, "
        "or monitors, people in the EU/EEA, it must designate a representative in the Union (Art. 27)."
    ),
    "check.R34-employee-consent": (
        "The activity relies on consent of {subjects}. Because of the imbalance of power between employer "
        "and employee, an employee's consent is rarely freely given. Use another legal basis, unless "
        "refusing has no consequences at all for them."
    ),
    "check.R35-identity-number-reason": (
        "The activity processes {name} ({categories}). Under {provision} this is allowed {condition}. "
        "Record why the activity needs them."
    ),
    "check.R36-criminal-record-condition": (
        "The activity processes criminal-record extracts ({name}) of {subjects}. In {country} {condition} "
        "({provision}). Name in the Art. 10 basis the provision that allows it."
    ),
    "check.R37-child-consent-age": (
        "The activity relies on consent and concerns children ({subjects}). In {country} a child can consent "
        "to information society services from the age of {age} ({provision}); below that age a holder of "
        "parental responsibility must consent, and you must make reasonable efforts to verify it (Art. 8(2))."
    ),
    "check.R38-employee-monitoring": (
        "The activity monitors staff ({what}). This is systematic monitoring of vulnerable data subjects: "
        "a data protection impact assessment is likely required, and {provision} sets conditions in "
        "{country}. Carry out the DPIA, or record why it is not required."
    ),
    "check.R39-dpf-hr-not-checked": (
        "Employees' data ({subjects}) goes to {recipient} under the Data Privacy Framework. The DPF covers HR "
        "data only where the importer's certification includes HR data: check the DPF List and record it."
    ),
    "check.R39-dpf-hr-not-covered": (
        "Employees' data ({subjects}) goes to {recipient} under the Data Privacy Framework, but its "
        "certification does not cover HR data. Use another mechanism (e.g. the 2021 SCCs) for this data."
    ),
    "check.R05-data-recipients-unlinked": (
        "The record does not say which data goes to {recipients}. Datatilsynet's guidance asks the record to "
        "show, per recipient, which categories of personal data it receives: tick the recipients of each data "
        "category."
    ),
    # 42-45 the breach log and the request log
    "check.R42-breach-notification-overdue": (
        "The breach was discovered on {discovered}; the {hours} hours to notify the supervisory authority ended "
        "on {deadline}, and no decision is recorded. Record when the authority was notified (with the reasons "
        "for the delay), or assess the breach as unlikely to result in a risk and say why."
    ),
    "check.R42-breach-late-without-reasons": (
        "The supervisory authority was notified on {notified}, later than {hours} hours after the breach was "
        "discovered. The notification must give the reasons for the delay: record them."
    ),
    "check.R43-breach-subjects-not-informed": (
        "The breach is assessed as a high risk, but nothing records that the data subjects were informed. "
        "Record when they were informed, or why Art. 34(3) makes it unnecessary."
    ),
    "check.R44-request-overdue": (
        "The request received on {received} was due on {deadline} and has no answer recorded. Answer it, or "
        "record the answer and its date."
    ),
    "check.R45-breach-processor-without-dpa": (
        "The breach concerns {names}, and no data processing agreement with them is recorded. Art. 28(3) "
        "requires one, including their duty to assist with breaches."
    ),
    # The language of this table (findings.LawText picks the law data's text in it)
    "check.language": "en",
    # How references are cited (findings.cite): "Art. {items}" of items "{article}{paragraph}{point}"
    "check.cite.articles": "Art. {items}",
    "check.cite.item": "{article}{paragraph}{point}",
    "check.cite.paragraph": "({number})",
    "check.cite.point": "({letter})",
    "check.cite.range": "{first}-{last}",
    "check.cite.point_range": "{first})-({last}",
    "check.cite.item_sep": ", ",
    "check.cite.subparagraph_2": " second subparagraph",
    # The sources the rules' references cite besides articles, by their English text in the references
    "check.cite.source.cnil": "CNIL register model",
    "check.cite.source.dk_records": "Datatilsynet (DK) guidance on records of processing (2020)",
    "check.cite.source.decision_eu": "Decision (EU)",
    "check.cite.source.decisions": "Decisions",
    "check.cite.source.decision": "Decision",
    "check.cite.source.annex": "Annex",
    "check.cite.source.scc_clause": "SCC clause",
    "check.cite.source.edpb_recommendations": "EDPB Recommendations",
    "check.cite.source.edpb_guidelines": "EDPB Guidelines",
    "check.cite.source.case_pending": "case C-703/25 P pending",
    "check.cite.source.eea_agreement": "EEA Agreement",
    "check.cite.source.wp29_purpose": "WP29 Opinion 03/2013 on purpose limitation",
    "check.cite.source.wp29_dpo": "WP29 Guidelines on DPOs",
    "check.cite.source.on_consent": "on consent, paras",
    "check.cite.source.supplemental_principle": "Supplemental Principle",
    "check.cite.source.directive": "Directive",
    "check.cite.source.renewed_by": "renewed by",
    "check.cite.source.ec": "/EC",
    # Phrases that rules put into messages
    "check.phrase.dpia_hint": " The recorded facts meet {count} of its criteria: {criteria}.",
    "check.phrase.nothing": "",
    "check.phrase.art14_hint": (
        " The data also comes from elsewhere ({source}): the notice must give what Art. 14 requires, "
        "including the categories of data and their source."
    ),
    "check.phrase.what_sensitive": "special categories or criminal-offence data",
    "check.phrase.what_monitoring": "systematic monitoring of people",
    "check.phrase.and": " and ",
    "check.phrase.or": " or ",
    "check.phrase.list_sep": ", ",
    "check.phrase.chain_sep": " → ",
    "check.phrase.and_more": "{names} and {count} more",
    "check.phrase.role_controller": "controller",
    "check.phrase.role_processor": "processor",
    "check.phrase.roles_both": "the exporter is {exporter}, the importer {recipient} is {importer}",
    "check.phrase.roles_exporter": "the exporter is {exporter}",
    "check.phrase.unnamed_processor": "the processor",
    "check.phrase.unnamed_joint_controller": "a joint controller",
    "check.phrase.transfer_label": "{owner} → {destination}",
    # Stand-ins in the name of a finding's record (Finding.label; record_label is its English), not in its
    # message
    "check.phrase.unnamed_activity": "(unnamed activity)",
    "check.phrase.unnamed_recipient": "(unnamed recipient)",
    "check.phrase.unnamed_organisation": "(organisation)",
    "check.phrase.unnamed_record": "(unnamed)",
}
