"""The legal reference data: EEA, adequacy decisions, transfer mechanisms and check settings.

The facts live in versioned JSON files below `resources/law/` (each with its "as_of" date and a
"version"), so that the application can say how current its legal reference is and a later release
can update the law without touching code. `load_law()` reads them once into frozen dataclasses.
"""

from __future__ import annotations

import json
import threading
from dataclasses import field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import paths
from . import countries, languages
from .dataclass import dataclass

LAW_DIR = ("law",)
ORG_PREFIX = countries.ORG_PREFIX  # destinations that are international organisations, e.g. "org:epo"


class LawDataError(ValueError):
    """A legal reference file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class AdequacyDecision:
    destination: str  # ISO 3166-1 alpha-2, or "org:<id>" for an international organisation
    decision: str
    adopted: date
    renewed: date | None = None
    valid_until: date | None = None  # inclusive
    name: str = ""  # for international organisations
    international_organisation: bool = False
    scope: str = ""  # e.g. "commercial_pipeda": the decision covers part of the destination only
    scope_note: str = ""
    scope_keywords: tuple[str, ...] = ()  # words in the transfer record that confirm the scope
    dpf_list_only: bool = False  # only organisations on the EU-US Data Privacy Framework List
    eea_incorporation_pending: bool = False  # does not yet bind exporters in the EFTA-EEA states
    pending_challenge: str = ""
    # Incorporation into the EEA Agreement, as last checked: "incorporated", "pending" or "unverified"
    eea_incorporation_status: str = ""
    eea_incorporation_checked_on: date | None = None

    def in_force_on(self, day: date) -> bool:
        if day < self.adopted:
            return False
        return self.valid_until is None or day <= self.valid_until


@dataclass(frozen=True)
class MechanismInfo:
    key: str
    kind: str  # adequacy | safeguard | derogation | invalid | none
    article: str
    valid: bool
    requires: str  # one plain-language line for the UI
    requires_tia: bool = False
    destinations: tuple[str, ...] = ()  # empty: any destination
    adopted: date | None = None
    no_new_contracts_from: date | None = None
    invalid_since: date | None = None
    invalidated_by: str = ""
    public_bodies_only: bool = False  # Art. 46(2)(a), 46(3)(b): between public authorities or bodies

    def invalid_on(self, day: date) -> bool:
        """True when the mechanism can no longer be relied on at `day` (struck down or repealed)."""
        return self.invalid_since is not None and day >= self.invalid_since


@dataclass(frozen=True)
class SccModule:
    key: str
    exporter: str  # controller | processor
    importer: str
    reference: str


@dataclass(frozen=True)
class Derogation:
    key: str
    reference: str
    summary: str
    requires_documentation: bool = False
    notify_authority: bool = False


@dataclass(frozen=True)
class CheckPolicy:
    """Intervals and phrase lists the checks use (all phrases lower-cased)."""

    tia_max_age_months: int = 24
    dpf_listing_max_age_months: int = 12
    review_max_age_months: int = 12
    recurring_recipient_kinds: frozenset[str] = frozenset({"processor", "sub_processor"})
    generic_purposes: frozenset[str] = frozenset()
    vague_retention: tuple[str, ...] = ()
    retention_concrete: tuple[str, ...] = ()  # words of a period, an event or a criterion
    monitoring_keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class NationalRules:
    """The national rules of one country (nordic.json), each a dict with its provision and source."""

    country: str  # ISO code, or "default" for the GDPR and EDPB rules alone
    authority: str = ""
    dpia_list: dict[str, Any] = field(default_factory=dict, hash=False)
    identity_number: dict[str, Any] = field(default_factory=dict, hash=False)
    child_consent_age: dict[str, Any] = field(default_factory=dict, hash=False)
    criminal_record: dict[str, Any] = field(default_factory=dict, hash=False)
    employee_monitoring: dict[str, Any] = field(default_factory=dict, hash=False)
    record_links: dict[str, Any] = field(default_factory=dict, hash=False)  # which data goes to whom (DK)
    # The authority's names per language, addresses and website, with their source (FI: fi and sv names).
    authority_details: dict[str, Any] = field(default_factory=dict, hash=False)
    # The export languages of an organisation of the country, the default first (FI: fi, then sv).
    export_languages: tuple[str, ...] = ()

    def authority_name(self, language: str) -> str:
        """The authority's name in the language where the data gives one (Dataombudsmannens byrå in sv),
        else its name in the country's own language."""
        return self.authority_details.get("names", {}).get(language) or self.authority


@dataclass(frozen=True)
class NordicData:
    """The national layer: rules per country and the words that recognise what they are about."""

    countries: dict[str, NationalRules] = field(default_factory=dict, hash=False)
    dpia_likely_from: int = 2
    identity_number_words: tuple[str, ...] = ()
    employee_words: tuple[str, ...] = ()
    applicant_words: tuple[str, ...] = ()
    other_organisation_words: tuple[str, ...] = ()
    child_words: tuple[str, ...] = ()
    employee_monitoring_words: tuple[str, ...] = ()
    hr_words: tuple[str, ...] = ()

    def rules_for(self, country: str) -> NationalRules:
        """The rules of the organisation's country, or the default ones (GDPR and EDPB) for another."""
        return self.countries.get(_norm(country)) or self.countries.get("default") or NationalRules("default")


@dataclass(frozen=True)
class Deadlines:
    """The deadlines of the breach log and the request log (deadlines.json): hours to notify a breach from
    awareness (Art. 33(1)); months to answer a data-subject request and the further months it may be
    extended by (Art. 12(3)), counted to the same date of the later month (Regulation 1182/71 Art. 3(2)(c))."""

    breach_notification_hours: int = 72
    breach_reference: str = "Art. 33(1)"
    request_months: int = 1
    request_extension_months: int = 2
    request_reference: str = "Art. 12(3)"


@dataclass(frozen=True)
class LawData:
    as_of: date
    version: str
    eu_member_states: frozenset[str]
    efta_eea_states: frozenset[str]
    eu_territories: frozenset[str]
    decisions: tuple[AdequacyDecision, ...]
    mechanisms: dict[str, MechanismInfo] = field(hash=False)
    scc_modules: dict[str, SccModule] = field(hash=False)
    derogations: dict[str, Derogation] = field(hash=False)
    policy: CheckPolicy = CheckPolicy()
    versions: dict[str, str] = field(default_factory=dict, hash=False)  # file name -> version
    nordic: NordicData = NordicData()
    deadlines: Deadlines = Deadlines()

    @property
    def eea(self) -> frozenset[str]:
        return self.eu_member_states | self.efta_eea_states | self.eu_territories

    def is_eea(self, code: str) -> bool:
        return _norm(code) in self.eea

    def is_efta_eea(self, code: str) -> bool:
        return _norm(code) in self.efta_eea_states

    def is_third_country(self, code: str) -> bool:
        """A destination outside the EEA (a country or an international organisation)."""
        return bool(_norm(code)) and not self.is_eea(code)

    def adequacy_for(self, code: str, on: date) -> AdequacyDecision | None:
        """The adequacy decision in force for `code` on day `on` (valid_until inclusive), or None."""
        key = _norm(code)
        for d in self.decisions:
            if d.destination == key and d.in_force_on(on):
                return d
        return None

    def decision_for(self, code: str) -> AdequacyDecision | None:
        """The adequacy decision for `code` whatever its dates, or None."""
        key = _norm(code)
        return next((d for d in self.decisions if d.destination == key), None)

    def mechanism(self, key: str) -> MechanismInfo | None:
        return self.mechanisms.get(key or "none")

    def is_valid_destination(self, code: str) -> bool:
        key = _norm(code)
        if key.startswith(ORG_PREFIX):
            return self.decision_for(key) is not None
        return countries.is_valid(key)

    def destination_name(self, code: str) -> str:
        key = _norm(code)
        if key.startswith(ORG_PREFIX):
            d = self.decision_for(key)
            return d.name if d and d.name else code
        return countries.name(key)


def _norm(code: str) -> str:
    code = (code or "").strip()
    return code.lower() if code.lower().startswith(ORG_PREFIX) else code.upper()


# ---------------------------------------------------------------- loading


def _read(directory: Path, name: str) -> dict[str, Any]:
    path = directory / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LawDataError(f"{name}: legal reference file not found") from None
    except json.JSONDecodeError as exc:
        raise LawDataError(f"{name}: not valid JSON ({exc})") from None
    for key in ("as_of", "version"):
        if key not in data:
            raise LawDataError(f"{name}: missing {key!r}")
    return data


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise LawDataError(f"{where}: not a date: {value!r}") from None


def _decision(raw: dict[str, Any], where: str) -> AdequacyDecision:
    adopted = _date(raw.get("adopted"), f"{where}.adopted")
    if adopted is None or not raw.get("destination") or not raw.get("decision"):
        raise LawDataError(f"{where}: destination, decision and adopted are required")
    return AdequacyDecision(
        destination=_norm(raw["destination"]),
        decision=raw["decision"],
        adopted=adopted,
        renewed=_date(raw.get("renewed"), f"{where}.renewed"),
        valid_until=_date(raw.get("valid_until"), f"{where}.valid_until"),
        name=raw.get("name", ""),
        international_organisation=bool(raw.get("international_organisation", False)),
        scope=raw.get("scope", ""),
        scope_note=raw.get("scope_note", ""),
        scope_keywords=tuple(raw.get("scope_keywords", ())),
        dpf_list_only=bool(raw.get("dpf_list_only", False)),
        eea_incorporation_pending=bool(raw.get("eea_incorporation_pending", False))
        or raw.get("eea_incorporation", {}).get("status") == "pending",
        pending_challenge=raw.get("pending_challenge", ""),
        eea_incorporation_status=raw.get("eea_incorporation", {}).get("status", ""),
        eea_incorporation_checked_on=_date(raw.get("eea_incorporation", {}).get("checked_on"),
                                           f"{where}.eea_incorporation.checked_on"),
    )


def _mechanism(key: str, raw: dict[str, Any]) -> MechanismInfo:
    where = f"mechanisms.json: {key}"
    if "article" not in raw or "valid" not in raw or "requires" not in raw or "kind" not in raw:
        raise LawDataError(f"{where}: kind, article, valid and requires are required")
    return MechanismInfo(
        key=key,
        kind=raw["kind"],
        article=raw["article"],
        valid=bool(raw["valid"]),
        requires=raw["requires"],
        requires_tia=bool(raw.get("requires_tia", False)),
        destinations=tuple(c.upper() for c in raw.get("destinations", ())),
        adopted=_date(raw.get("adopted"), f"{where}.adopted"),
        no_new_contracts_from=_date(raw.get("no_new_contracts_from"), f"{where}.no_new_contracts_from"),
        invalid_since=_date(raw.get("invalid_since"), f"{where}.invalid_since"),
        invalidated_by=raw.get("invalidated_by", ""),
        public_bodies_only=bool(raw.get("public_bodies_only", False)),
    )


def _phrases(raw: dict[str, Any]) -> list[str]:
    """All phrases of a per-language mapping ({"en": [...], "sv": [...], "note": "..."})."""
    out: list[str] = []
    for values in raw.values():
        if isinstance(values, list):
            out.extend(" ".join(v.split()).casefold() for v in values)
    return out


def _policy(raw: dict[str, Any]) -> CheckPolicy:
    return CheckPolicy(
        tia_max_age_months=int(raw["tia_max_age_months"]),
        dpf_listing_max_age_months=int(raw["dpf_listing_max_age_months"]),
        review_max_age_months=int(raw["review_max_age_months"]),
        recurring_recipient_kinds=frozenset(raw.get("recurring_recipient_kinds", ())),
        generic_purposes=frozenset(_phrases(raw.get("generic_purposes", {}))),
        vague_retention=tuple(_phrases(raw.get("vague_retention", {}))),
        retention_concrete=tuple(_phrases(raw.get("retention_concrete", {}))),
        monitoring_keywords=tuple(_phrases(raw.get("monitoring_keywords", {}))),
    )


def _nordic(raw: dict[str, Any]) -> NordicData:
    countries: dict[str, NationalRules] = {}
    for code, rules in raw.get("countries", {}).items():
        key = code if code == "default" else _norm(code)
        countries[key] = NationalRules(
            country=key,
            authority=rules.get("authority", ""),
            dpia_list=dict(rules.get("dpia_list", {})),
            identity_number=dict(rules.get("identity_number", {})),
            child_consent_age=dict(rules.get("child_consent_age", {})),
            criminal_record=dict(rules.get("criminal_record", {})),
            employee_monitoring=dict(rules.get("employee_monitoring", {})),
            record_links=dict(rules.get("record_links", {})),
            authority_details=dict(rules.get("authority_details", {})),
            export_languages=_declared_languages(rules.get("export_languages", {}).get("languages", ())),
        )
    return NordicData(
        countries=countries,
        dpia_likely_from=int(raw.get("dpia_likely_from", 2)),
        identity_number_words=tuple(_phrases(raw.get("identity_number_words", {}))),
        employee_words=tuple(_phrases(raw.get("employee_words", {}))),
        applicant_words=tuple(_phrases(raw.get("applicant_words", {}))),
        other_organisation_words=tuple(_phrases(raw.get("other_organisation_words", {}))),
        child_words=tuple(_phrases(raw.get("child_words", {}))),
        employee_monitoring_words=tuple(_phrases(raw.get("employee_monitoring_words", {}))),
        hr_words=tuple(_phrases(raw.get("hr_words", {}))),
    )


def _declared_languages(codes: Any) -> tuple[str, ...]:
    """The codes the program declares (domain.languages), in the data's order; one it does not know is left out."""
    return tuple(code for code in codes if code in languages.CODES)


def _deadlines(raw: dict[str, Any]) -> Deadlines:
    try:
        breach, request = raw["breach_notification"], raw["request_answer"]
        if request.get("counting") != "same_date_later_month" or breach.get("counted_from") != "awareness":
            raise LawDataError("deadlines.json: a way of counting this version does not know")
        return Deadlines(
            breach_notification_hours=int(breach["hours"]),
            breach_reference=str(breach["reference"]),
            request_months=int(request["months"]),
            request_extension_months=int(request["extension_months"]),
            request_reference=str(request["reference"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, LawDataError):
            raise
        raise LawDataError(f"deadlines.json: missing or malformed {exc}") from None


def load_law_from(directory: Path) -> LawData:
    """Read the legal reference files of a folder (uncached; tests and tools)."""
    eea = _read(directory, "eea.json")
    adequacy = _read(directory, "adequacy.json")
    mech = _read(directory, "mechanisms.json")
    policy = _read(directory, "check-policy.json")
    nordic = _read(directory, "nordic.json")
    deadlines = _read(directory, "deadlines.json")
    files = {"eea.json": eea, "adequacy.json": adequacy, "mechanisms.json": mech, "check-policy.json": policy,
             "nordic.json": nordic, "deadlines.json": deadlines}
    as_of_dates = [_date(d["as_of"], f"{n}.as_of") for n, d in files.items()]
    decisions = tuple(_decision(raw, f"adequacy.json: decisions[{i}]") for i, raw in enumerate(adequacy["decisions"]))
    mechanisms = {k: _mechanism(k, v) for k, v in mech["mechanisms"].items()}
    modules = {
        k: SccModule(key=k, exporter=v["exporter"], importer=v["importer"], reference=v["reference"])
        for k, v in mech["scc_modules"].items()
    }
    derogations = {
        k: Derogation(
            key=k,
            reference=v["reference"],
            summary=v["summary"],
            requires_documentation=bool(v.get("requires_documentation", False)),
            notify_authority=bool(v.get("notify_authority", False)),
        )
        for k, v in mech["derogations"].items()
    }
    return LawData(
        as_of=min(d for d in as_of_dates if d is not None),
        version=max(d["version"] for d in files.values()),
        eu_member_states=frozenset(c.upper() for c in eea["eu_member_states"]),
        efta_eea_states=frozenset(c.upper() for c in eea["efta_eea_states"]),
        eu_territories=frozenset(c.upper() for c in eea.get("eu_territories", {}).get("codes", ())),
        decisions=decisions,
        mechanisms=mechanisms,
        scc_modules=modules,
        derogations=derogations,
        policy=_policy(policy),
        versions={n: d["version"] for n, d in files.items()},
        nordic=_nordic(nordic),
        deadlines=_deadlines(deadlines),
    )


_FIRST_READ = threading.Lock()


def load_law() -> LawData:
    """The shipped legal reference data (read once per process: one object, also when two threads ask first at once,
    as the application's checks in their worker and a view on the UI thread may, #21)."""
    with _FIRST_READ:
        return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> LawData:
    return load_law_from(paths.resource_path(*LAW_DIR))
