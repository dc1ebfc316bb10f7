"""Every rule the checks know: its stable id, severity and legal reference; and the phrases rules use.

A rule's message is the text `check.<rule id>` of the checks' text table (`messages.MESSAGES`), where all
their wording is, so that it can be translated; the rule that fires gives its parameters.
References are citations (articles, decisions, guidance), written here in English; a `{name}` in one is
filled from the finding's parameters too. A language cites them its own way (`findings.cite`): the
articles in its style and the sources by the names the text table gives them (`check.cite.source.*`), so a
new source a reference cites needs its name there (tests/domain/test_check_messages.py finds it).
The number in a rule id is the number of the check in `transfer-law.md`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, cached_property

from ..dataclass import dataclass
from .findings import ERROR, INFO, WARNING, Join, Param, Phrase


@dataclass(frozen=True)
class Rule:
    rule_id: str
    severity: str
    reference: str

    @cached_property
    def message_key(self) -> str:
        """The key of the rule's message in the checks' text table (one string per rule, which its findings share)."""
        return f"check.{self.rule_id}"


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {r.rule_id: r for r in rules}


E, W = ERROR, WARNING

RULES: dict[str, Rule] = _rules(
    # 1 Art. 30 mandatory content
    Rule("R01-organisation-incomplete", E, "Art. 30(1)(a)"),
    Rule("R01-organisation-contact-missing", E, "Art. 30(1)(a)"),
    Rule("R01-activity-incomplete", E, "Art. 30(1)(a)-(d)"),
    # 2-5 retention, security and which data concerns whom
    Rule("R02-retention-missing", W, "Art. 30(1)(f), 5(1)(e)"),
    Rule("R02-retention-vague", W, "Art. 30(1)(f), 5(1)(e)"),
    Rule("R03-retention-undifferentiated", W, "Art. 30(1)(f); CNIL register model"),
    Rule("R04-security-missing", W, "Art. 30(1)(g), 32(1)"),
    Rule("R05-data-subjects-unlinked", W, "Art. 30(1)(c); Datatilsynet (DK) guidance on records of processing (2020)"),
    # 6-15 transfers
    Rule("R06-transfer-missing", E, "Art. 30(1)(e), 44"),
    Rule("R06-establishment-outside-eea", W, "Art. 30(1)(e), 44"),
    Rule("R06-destination-missing", E, "Art. 30(1)(e)"),
    Rule("R06-inside-eea", INFO, "Art. 44"),
    Rule("R07-no-mechanism", E, "Art. 44-46"),
    Rule("R07-us-no-mechanism", E, "Art. 45, 46; Decision (EU) 2023/1795"),
    Rule("R07-no-adequacy", E, "Art. 45"),
    Rule("R07-us-needs-dpf", E, "Art. 45; Decision (EU) 2023/1795"),
    Rule("R07-dpf-wrong-destination", E, "Art. 45; Decision (EU) 2023/1795"),
    Rule("R07-adequacy-not-recorded", INFO, "Art. 45, 30(1)(e)"),
    Rule("R07-bcr-reference-missing", W, "Art. 47"),
    Rule("R08-invalid-mechanism", E, "Art. 44"),
    Rule("R08-public-bodies-only", W, "Art. {article}"),
    Rule("R09-legacy-scc", E, "Decision (EU) 2021/914 Art. 4"),
    Rule("R09-legacy-scc-expiring", W, "Decision (EU) 2021/914 Art. 4"),
    Rule("R10-scc-module-missing", W, "Art. 46(2)(c); Decision (EU) 2021/914"),
    Rule("R10-scc-module-mismatch", W, "Decision (EU) 2021/914, Annex"),
    Rule("R11-tia-missing", W, "Art. 46; SCC clause 14; EDPB Recommendations 01/2020"),
    Rule("R11-tia-stale", W, "Art. 46; SCC clause 14; EDPB Recommendations 01/2020"),
    Rule("R12-dpf-not-verified", W, "Art. 45; Decision (EU) 2023/1795"),
    Rule("R12-dpf-verification-stale", W, "Art. 45; Decision (EU) 2023/1795"),
    Rule("R13-dpf-no-fallback", INFO, "Decision (EU) 2023/1795; case C-703/25 P pending"),
    Rule("R14-adequacy-scope", W, "Art. 45; {decision} Art. 1"),
    Rule("R14-eea-incorporation-pending", W, "Art. 45; EEA Agreement Annex XI"),
    Rule("R14-eea-incorporation-unverified", INFO, "Art. 45; EEA Agreement Annex XI"),
    Rule("R15-derogation-missing", E, "Art. 49(1)"),
    Rule("R15-derogation-recurring", W, "Art. 49; EDPB Guidelines 2/2018"),
    Rule("R15-compelling-undocumented", E, "Art. 49(1) second subparagraph, 49(6), 30(1)(e)"),
    # 16-21 lawfulness
    Rule("R16-special-category-condition", E, "Art. 9(1), 9(2)"),
    Rule("R17-criminal-data-basis", E, "Art. 10"),
    Rule("R18-legal-basis-missing", W, "Art. 6(1), 5(2)"),
    Rule("R19-lia-missing", W, "Art. 6(1)(f), 5(2)"),
    Rule("R19-interest-not-described", W, "Art. 6(1)(f), 13(1)(d)"),
    Rule("R20-consent-record-missing", W, "Art. 7(1)"),
    Rule("R21-dpia-missing", W, "Art. 35(1)"),
    Rule("R21-dpia-not-assessed", W, "Art. 35(1), 35(4); {dpia_list}"),
    Rule("R21-dpia-reason-missing", W, "Art. 35(1), 35(4), 5(2); {dpia_list}"),
    # 22-26 parties
    Rule("R22-dpa-missing", E, "Art. 28(3)"),
    Rule("R23-sub-processors-missing", W, "Art. 28(2), 28(4)"),
    Rule("R23-sub-processing-not-assessed", W, "Art. 28(2), 28(4)"),
    Rule("R23-sub-processing-not-allowed", E, "Art. 28(2)"),
    Rule("R23-sub-processor-cycle", W, "Art. 28(2), 28(4)"),
    Rule("R24-arrangement-missing", W, "Art. 26(1)"),
    Rule("R24-joint-controllers-missing", W, "Art. 26, 30(1)(a)"),
    Rule("R24-joint-controller-contact-missing", W, "Art. 30(1)(a)"),
    Rule("R25-dpo-contact-missing", E, "Art. 30(1)(a), 37(7)"),
    Rule("R25-dpo-name-missing", W, "Art. 30(1)(a)"),
    Rule("R26-adm-description-missing", W, "Art. 22, 13(2)(f)"),
    Rule("R26-adm-not-assessed", W, "Art. 22, 13(2)(f), 35(3)(a)"),
    # 27-29 upkeep
    Rule("R27-review-overdue", W, "Art. 5(2), 24(1)"),
    Rule("R27-review-stale", W, "Art. 5(2), 24(1)"),
    Rule("R27-review-not-planned", INFO, "Art. 5(2), 24(1)"),
    Rule("R28-controllers-missing", W, "Art. 30(2)(a)"),
    Rule("R28-controller-contact-missing", W, "Art. 30(2)(a)"),
    Rule("R29-generic-purpose", W, "Art. 5(1)(b), 30(1)(b); WP29 Opinion 03/2013 on purpose limitation"),
    # 30-31 recipients
    Rule("R30-recipient-country-missing", W, "Art. 30(1)(d), 30(1)(e), 44"),
    Rule("R31-recipient-unused", INFO, "Art. 30(1)(d)"),
    Rule("R40-privacy-notice-missing", INFO, "Art. 12(1), 13, 14"),
    Rule("R41-dpa-content-incomplete", W, "Art. 28(3); Decision (EU) 2021/915"),
    # 32-39 the national (Nordic) layer: the reference names the national provision of the
    # organisation's country (resources/law/nordic.json), `NATIONAL_SOURCES` says where it is
    Rule("R32-dpo-may-be-mandatory", W, "Art. 37(1)(b), 37(1)(c); WP29 Guidelines on DPOs (WP243 rev.01)"),
    Rule("R33-representative-not-applicable", INFO, "Art. 27(1), 3(2)"),
    Rule("R33-representative-missing", W, "Art. 27(1), 30(1)(a)"),
    Rule("R34-employee-consent", W, "Art. 6(1)(a), 7(4), 88; EDPB Guidelines 05/2020 on consent, paras 21-24"),
    Rule("R35-identity-number-reason", W, "Art. 87; {provision}"),
    Rule("R36-criminal-record-condition", W, "Art. 10; {provision}"),
    Rule("R37-child-consent-age", INFO, "Art. 8(1), 8(2); {provision}"),
    Rule("R38-employee-monitoring", W, "Art. 88, 35(1); {provision}"),
    Rule("R39-dpf-hr-not-checked", W, "Art. 45; Decision (EU) 2023/1795, Annex I, Supplemental Principle 9"),
    Rule("R39-dpf-hr-not-covered", E, "Art. 45; Decision (EU) 2023/1795, Annex I, Supplemental Principle 9"),
    Rule("R05-data-recipients-unlinked", W, "Art. 30(1)(c), 30(1)(d); {provision}"),
    # 42-45 the breach log and the request log (deadlines in resources/law/deadlines.json)
    Rule("R42-breach-notification-overdue", E, "Art. 33(1), 33(5); EDPB Guidelines 9/2022"),
    Rule("R42-breach-late-without-reasons", W, "Art. 33(1)"),
    Rule("R43-breach-subjects-not-informed", E, "Art. 34(1), 34(3)"),
    Rule("R44-request-overdue", E, "Art. 12(3); EDPB Guidelines 01/2022"),
    Rule("R45-breach-processor-without-dpa", W, "Art. 28(3)(f), 33(2)"),
)

# Where the national rules of rules 32-39 and the DPIA rules come from, besides the GDPR: the guidance or
# the national source the catalogue cites (the provision itself is per country in resources/law/nordic.json).
NATIONAL_SOURCES: dict[str, str] = {
    "R21-dpia-not-assessed": "The Art. 35(4) list of the organisation's authority (IMY, Datatilsynet DK/NO, "
                             "Tietosuojavaltuutettu), else WP248 rev.01",
    "R21-dpia-reason-missing": "As R21-dpia-not-assessed",
    "R32-dpo-may-be-mandatory": "WP243 rev.01 (endorsed by the EDPB); the authorities' DPO guidance",
    "R34-employee-consent": "EDPB Guidelines 05/2020; IMY, Datatilsynet (DK, NO) guidance on employment",
    "R35-identity-number-reason": "SE: lag (2018:218) 3 kap. 10 §; DK: databeskyttelsesloven § 11; "
                                  "NO: personopplysningsloven § 12; FI: tietosuojalaki 29 §",
    "R36-criminal-record-condition": "SE: lag (2018:218) 3 kap. 8 §, förordning (2018:219); DK: "
                                     "databeskyttelsesloven § 8; NO: politiregisterloven § 39; FI: laki 504/2002",
    "R37-child-consent-age": "13 years: SE lag (2018:218) 2 kap. 4 §; DK databeskyttelsesloven § 6(2); "
                             "NO personopplysningsloven § 5; FI tietosuojalaki 5 §",
    "R38-employee-monitoring": "NO: arbeidsmiljøloven kap. 9; FI: laki 759/2004; SE: MBL 11, 19 §§; "
                               "DK: Datatilsynet's employment guidance",
    "R39-dpf-hr-not-checked": "DPF Principles, Supplemental Principle 9 (Human Resources Data)",
    "R39-dpf-hr-not-covered": "As R39-dpf-hr-not-checked",
    "R05-data-recipients-unlinked": "DK: Datatilsynet, Vejledning om fortegnelse (2018): per recipient, the "
                                    "categories of personal data it receives",
}


def phrase(name: str, **params: Param) -> Phrase:
    """Words of the checks that a rule puts into a message: the text `check.phrase.<name>`. A phrase without
    parameters is made once (phrases are frozen), and every phrase of a name shares its key's one string: a run of
    the checks at 50,000 activities makes hundreds of thousands of them."""
    return Phrase(_phrase_key(name), params) if params else _bare_phrase(name)


def join(separator: str, items: Iterable[Param]) -> Join:
    """Items one after the other, separated by the phrase `separator` ("list_sep", "and", "or")."""
    return Join(_phrase_key(separator), tuple(items))


@cache
def _phrase_key(name: str) -> str:
    return f"check.phrase.{name}"


@cache
def _bare_phrase(name: str) -> Phrase:
    return Phrase(_phrase_key(name), {})


def article_reference(article: str) -> str | None:
    """The reference to an article of the GDPR ("30(1)(a)" -> "Art. 30(1)(a)"); None for none."""
    return f"Art. {article}" if article else None
