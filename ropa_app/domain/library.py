"""The library: activity templates and common processors to start a register from.

The facts live in versioned JSON files below `resources/library/` (each with its "version" and
"as_of" date), updated like the law data: `templates.json` holds the activity templates, each text in
every language (en, sv, nb, da, fi), the retention rules per country (period, provision, sources, the day
they were verified) and the national provisions; `processors.json` the processors, each fact with the
source it was read from and the day it was verified (`verified_on` null: not verified from a stored source).

A fact is shown as "verify" when it was never verified or when it is older than the law data's policy
(`library_fact_max_age_months` in resources/law/check-policy.json). Nothing made from the library is
marked as checked: activities are drafts, processors carry no DPA date and no DPA answer, a transfer
mechanism is filled in only where the vendor's standard terms were seen in a source, and every fact
with its source goes into the record's notes so that the user can confirm it against their contract.
"""

from __future__ import annotations

import json
from dataclasses import field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import paths
from . import vocab
from .dataclass import dataclass
from .dates import older_than_months
from .model import Activity, DataCategory, Recipient, Transfer

LIBRARY_DIR = ("library",)
TEMPLATES_FILE = "templates.json"
PROCESSORS_FILE = "processors.json"
FALLBACK_LANGUAGE = "en"
TEMPLATE, PROCESSOR = "template", "processor"
DEFAULT_MAX_AGE_MONTHS = 12
FACTS = ("legal_entity", "country", "processing_countries", "transfer", "dpa_url", "subprocessors_url")


class LibraryError(ValueError):
    """A library file is missing or malformed, or a key names no entry of the library."""


@dataclass(frozen=True)
class Fact:
    """One dated fact: its value, where it was read and on which day (None: never verified)."""

    value: Any
    source: str = ""
    verified_on: date | None = None

    def needs_verifying(self, today: date, max_age_months: int) -> bool:
        """Never verified from a source, or verified longer ago than the policy allows."""
        return not self.source or self.verified_on is None or older_than_months(
            self.verified_on, max_age_months, today)


@dataclass(frozen=True)
class Entry:
    """What the library lists: a template or a processor, by key, with its name in a language."""

    key: str
    kind: str  # TEMPLATE | PROCESSOR
    name: str
    detail: str  # the template's business function, or the processor's service
    verify: bool  # one of its facts needs verifying (never verified, or too old)
    as_of: str  # the oldest day one of its facts was verified ("" if none was)
    facts: int = 0  # how many dated facts it has (a template: its national rules of the country)
    current: int = 0  # how many of them are verified and not older than the policy


@dataclass(frozen=True)
class Library:
    version: str
    as_of: date
    templates: dict[str, dict[str, Any]] = field(hash=False)
    processors: dict[str, dict[str, Any]] = field(hash=False)
    retention_rules: dict[str, dict[str, Any]] = field(hash=False)
    national_provisions: dict[str, dict[str, Any]] = field(hash=False)
    phrases: dict[str, dict[str, str]] = field(hash=False)
    services: dict[str, dict[str, str]] = field(hash=False)
    languages: tuple[str, ...] = ()
    max_age_months: int = DEFAULT_MAX_AGE_MONTHS
    versions: dict[str, str] = field(default_factory=dict, hash=False)

    # ------------------------------------------------------------ listing
    def kind_of(self, key: str) -> str:
        if key in self.templates:
            return TEMPLATE
        if key in self.processors:
            return PROCESSOR
        raise LibraryError(f"“{key}” is neither a template nor a processor of the library")

    def entries(self, lang: str, today: date, country: str | None = None) -> list[Entry]:
        """Every template, then every processor, in the library's order; a template's facts are its national
        rules of `country` (None: of every country)."""
        out = []
        for k, t in self.templates.items():
            facts = [f for _what, f in self.template_facts(k, country)]
            out.append(self._entry(k, TEMPLATE, text(t["name"], lang), text(t["business_function"], lang), facts,
                                   today))
        for k, p in self.processors.items():
            out.append(self._entry(k, PROCESSOR, p["name"], text(self.services.get(p["service"], {}), lang),
                                   list(self.processor_facts(k).values()), today))
        return out

    def _entry(self, key: str, kind: str, name: str, detail: str, facts: list[Fact], today: date) -> Entry:
        current = sum(not f.needs_verifying(today, self.max_age_months) for f in facts)
        return Entry(key, kind, name, detail, current < len(facts), _oldest(facts), len(facts), current)

    # ------------------------------------------------------------ facts
    def template_facts(self, key: str, country: str | None = None) -> list[tuple[str, Fact]]:
        """(what, fact) of the template's national rules: retention rules and provisions, of one
        country or of all."""
        t = self.templates[key]
        out: list[tuple[str, Fact]] = []
        rules = {d["retention_rule"] for d in t["data_categories"] if d.get("retention_rule")}
        for rule in sorted(rules):
            for code, r in self.retention_rules[rule]["countries"].items():
                if country is None or code == country:
                    out.append((r["provision"], Fact(r["period"], " ".join(r.get("sources", [])),
                                                     _date(r.get("verified_on")))))
        if t.get("national"):
            for code, n in self.national_provisions[t["national"]].items():
                if country is None or code == country:
                    out.append((n["provision"], Fact(n["provision"], n.get("source", ""), _date(n.get("verified_on")))))
        return out

    def processor_facts(self, key: str) -> dict[str, Fact]:
        p = self.processors[key]
        return {name: Fact(p[name]["value"], p[name].get("source", ""), _date(p[name].get("verified_on")))
                for name in FACTS}

    def phrase(self, key: str, lang: str, **params: str) -> str:
        return text(self.phrases[key], lang).format(**params)


def text(texts: dict[str, str], lang: str) -> str:
    """A library text in `lang`, else in English."""
    return texts.get(lang) or texts.get(FALLBACK_LANGUAGE, "")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _oldest(facts: list[Fact]) -> str:
    days = [f.verified_on for f in facts if f.verified_on is not None]
    return min(days).isoformat() if days else ""


# ---------------------------------------------------------------- loading and validating

def _read(directory: Path, name: str) -> dict[str, Any]:
    path = directory / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LibraryError(f"library file missing: {path.name}") from None
    except json.JSONDecodeError as exc:
        raise LibraryError(f"{path.name}: not valid JSON ({exc})") from None
    for key in ("version", "as_of"):
        if not data.get(key):
            raise LibraryError(f"{path.name}: no {key}")
    return data


def validate(templates: dict[str, Any], processors: dict[str, Any]) -> list[str]:
    """Every problem of the two library files: a rule or fact without source or date, a text missing in
    a language, a vocabulary key the register does not know, a key used twice."""
    problems: list[str] = []
    langs = tuple(templates.get("languages", ()))
    if not langs:
        problems.append("templates.json: no languages")

    def texts(where: str, value: Any) -> None:
        if not isinstance(value, dict) or any(not str(value.get(lang, "")).strip() for lang in langs):
            problems.append(f"{where}: a text is missing in one of {', '.join(langs)}")

    for rule_key, rule in templates.get("retention_rules", {}).items():
        texts(f"retention rule {rule_key} title", rule.get("title"))
        texts(f"retention rule {rule_key} fallback", rule.get("fallback"))
        for code, r in rule.get("countries", {}).items():
            where = f"retention rule {rule_key}/{code}"
            texts(where, r.get("period"))
            if not r.get("provision"):
                problems.append(f"{where}: no provision")
            if r.get("verified_on") and not r.get("sources"):
                problems.append(f"{where}: verified without a source")
            if r.get("sources") and not r.get("verified_on"):
                problems.append(f"{where}: a source without the date it was verified")
    for nat_key, by_country in templates.get("national_provisions", {}).items():
        for code, n in by_country.items():
            where = f"national provision {nat_key}/{code}"
            if not n.get("provision"):
                problems.append(f"{where}: no provision")
            if bool(n.get("source")) != bool(n.get("verified_on")):
                problems.append(f"{where}: a source needs its date and a date its source")
    for key, phrase in templates.get("phrases", {}).items():
        texts(f"phrase {key}", phrase)
    seen: set[str] = set()
    for t in templates.get("templates", []):
        key = t.get("key", "")
        where = f"template {key or '?'}"
        if not key or key in seen:
            problems.append(f"{where}: no key, or a key used twice")
        seen.add(key)
        for name in ("name", "business_function", "retention"):
            texts(f"{where} {name}", t.get(name))
        for name in ("purposes", "data_subjects", "recipient_categories"):
            if not t.get(name):
                problems.append(f"{where}: no {name}")
            for i, value in enumerate(t.get(name, [])):
                texts(f"{where} {name}[{i}]", value)
        for name in ("legitimate_interests", "criminal_data_basis", "identity_number_reason", "source",
                     "legal_basis_note_extra"):
            if name in t:
                texts(f"{where} {name}", t[name])
        if not t.get("data_categories"):
            problems.append(f"{where}: no data_categories")
        for i, d in enumerate(t.get("data_categories", [])):
            texts(f"{where} data category {i}", d.get("name"))
            if d.get("special", "none") not in vocab.SPECIAL_CATEGORIES:
                problems.append(f"{where} data category {i}: unknown special category {d.get('special')!r}")
            if "retention" in d:
                texts(f"{where} data category {i} retention", d["retention"])
            elif d.get("retention_rule") not in templates.get("retention_rules", {}):
                problems.append(f"{where} data category {i}: no retention and no known retention rule")
            count = len(t.get("data_subjects", []))
            if any(not isinstance(s, int) or not 0 <= s < count for s in d.get("subjects", [])):
                problems.append(f"{where} data category {i}: a data subject index out of range")
        for name, voc in (("legal_bases", vocab.LEGAL_BASES), ("special_category_conditions", vocab.ART9_CONDITIONS),
                          ("security_measures", vocab.SECURITY_MEASURES)):
            for value in t.get(name, []):
                if value not in voc:
                    problems.append(f"{where}: unknown {name} {value!r}")
        if t.get("national") and t["national"] not in templates.get("national_provisions", {}):
            problems.append(f"{where}: unknown national provisions {t['national']!r}")
    services = processors.get("services", {})
    for key, value in services.items():
        texts(f"service {key}", value)
    for p in processors.get("processors", []):
        key = p.get("key", "")
        where = f"processor {key or '?'}"
        if not key or key in seen:
            problems.append(f"{where}: no key, or a key used twice (templates and processors share keys)")
        seen.add(key)
        if not p.get("name"):
            problems.append(f"{where}: no name")
        if p.get("service") not in services:
            problems.append(f"{where}: unknown service {p.get('service')!r}")
        for name in FACTS:
            f = p.get(name)
            if not isinstance(f, dict) or "value" not in f or "verified_on" not in f or "source" not in f:
                problems.append(f"{where} {name}: not a fact with value, source and verified_on")
            elif bool(f.get("source")) != bool(f.get("verified_on")):
                problems.append(f"{where} {name}: a source needs the date it was verified, and a date its source")
        transfer = (p.get("transfer") or {}).get("value")
        if transfer and transfer.get("mechanism") not in vocab.TRANSFER_MECHANISMS:
            problems.append(f"{where}: unknown transfer mechanism {transfer.get('mechanism')!r}")
        for tpl in p.get("suggested_for", []):
            if tpl not in {t.get("key") for t in templates.get("templates", [])}:
                problems.append(f"{where}: suggested for an unknown template {tpl!r}")
    return problems


def load_library_from(directory: Path, policy_file: Path | None = None) -> Library:
    templates = _read(directory, TEMPLATES_FILE)
    processors = _read(directory, PROCESSORS_FILE)
    problems = validate(templates, processors)
    if problems:
        raise LibraryError("; ".join(problems))
    max_age = DEFAULT_MAX_AGE_MONTHS
    if policy_file is not None and policy_file.is_file():
        policy = json.loads(policy_file.read_text(encoding="utf-8"))
        max_age = int(policy.get("library_fact_max_age_months", policy.get("review_max_age_months", max_age)))
    return Library(
        version=max(templates["version"], processors["version"]),
        as_of=min(date.fromisoformat(templates["as_of"]), date.fromisoformat(processors["as_of"])),
        templates={t["key"]: t for t in templates["templates"]},
        processors={p["key"]: p for p in processors["processors"]},
        retention_rules=templates["retention_rules"],
        national_provisions=templates.get("national_provisions", {}),
        phrases=templates["phrases"],
        services=processors["services"],
        languages=tuple(templates["languages"]),
        max_age_months=max_age,
        versions={TEMPLATES_FILE: templates["version"], PROCESSORS_FILE: processors["version"]},
    )


@lru_cache(maxsize=1)
def load_library() -> Library:
    """The shipped library (read once)."""
    return load_library_from(paths.resource_path(*LIBRARY_DIR), paths.resource_path("law", "check-policy.json"))


# ---------------------------------------------------------------- making records

def fact_state(lib: Library, f: Fact, lang: str, today: date) -> str:
    """How current a fact is, in words: verified (when, where), or "verify" (never verified, or too old)."""
    if not f.source or f.verified_on is None:
        return lib.phrase("verify", lang)
    if f.needs_verifying(today, lib.max_age_months):
        return lib.phrase("stale", lang, date=f.verified_on.isoformat())
    return lib.phrase("verified", lang, date=f.verified_on.isoformat(), source=f.source)


def _fact_line(lib: Library, label: str, value: str, f: Fact, lang: str, today: date) -> str:
    return f"{label}: {value} — {fact_state(lib, f, lang, today)}"


def template_activity(lib: Library, key: str, country: str, lang: str, today: date) -> Activity:
    """The template as a draft activity of an organisation in `country`, its texts in `lang`."""
    t = lib.templates[key]
    country = (country or "").strip().upper()
    subjects = [text(s, lang) for s in t["data_subjects"]]
    categories = []
    for d in t["data_categories"]:
        if "retention" in d:
            retention = text(d["retention"], lang)
        else:
            rule = lib.retention_rules[d["retention_rule"]]
            national = rule["countries"].get(country)
            retention = (f"{text(national['period'], lang)} ({national['provision']})" if national
                         else text(rule["fallback"], lang))
        categories.append(DataCategory(name=text(d["name"], lang), special=d.get("special", "none"),
                                       retention=retention, subjects=[subjects[i] for i in d.get("subjects", [0])]))
    notes_basis = []
    national = lib.national_provisions.get(t.get("national", ""), {}).get(country)
    if national:
        notes_basis.append(f"{lib.phrase('national_provision', lang)}: {national['provision']}")
    if "legal_basis_note_extra" in t:
        notes_basis.append(text(t["legal_basis_note_extra"], lang))
    notes = [lib.phrase("template_note", lang, name=text(t["name"], lang), version=lib.version,
                        as_of=lib.as_of.isoformat())]
    facts = lib.template_facts(key, country)
    if facts:
        notes.append(f"{lib.phrase('sources', lang)}:")
        notes += [f"- {what} — {fact_state(lib, f, lang, today)}" for what, f in facts]
    return Activity(
        name=text(t["name"], lang),
        business_function=text(t["business_function"], lang),
        purposes=[text(p, lang) for p in t["purposes"]],
        data_subject_categories=subjects,
        data_categories=categories,
        special_category_conditions=list(t.get("special_category_conditions", [])),
        criminal_data_basis=text(t["criminal_data_basis"], lang) if "criminal_data_basis" in t else "",
        identity_number_reason=text(t["identity_number_reason"], lang) if "identity_number_reason" in t else "",
        legal_bases=list(t["legal_bases"]),
        legal_basis_note="\n".join(notes_basis),
        legitimate_interests=text(t["legitimate_interests"], lang) if "legitimate_interests" in t else "",
        recipient_categories=[text(r, lang) for r in t["recipient_categories"]],
        retention=text(t["retention"], lang),
        security_measures=list(t.get("security_measures", [])),
        source=text(t["source"], lang) if "source" in t else "",
        status="draft",
        notes="\n".join(notes),
    )


def processor_recipient(lib: Library, key: str, lang: str, today: date) -> Recipient:
    """The processor as a recipient: its facts as the vendor publishes them, each with its source and date in
    the notes; a transfer per destination outside the EEA it names, its mechanism only where verified."""
    p = lib.processors[key]
    facts = lib.processor_facts(key)
    transfer = facts["transfer"]
    transfers = []
    offered = transfer.value or {}
    verified = not transfer.needs_verifying(today, lib.max_age_months)
    for code in offered.get("countries", []):
        mechanism = offered.get("mechanism", "none") if verified else "none"
        offered_key = offered.get("mechanism", "none")
        label = vocab.TRANSFER_MECHANISMS.label(offered_key) if offered_key != "none" else lib.phrase("none", lang)
        if verified and mechanism != "none":
            note = lib.phrase("transfer_offered", lang)
        elif transfer.verified_on is not None and transfer.source:
            note = lib.phrase("transfer_stale", lang, offered=label, date=transfer.verified_on.isoformat())
        else:
            note = lib.phrase("transfer_unverified", lang, offered=label)
        transfers.append(Transfer(country=code, mechanism=mechanism,
                                  scc_module=offered.get("scc_module", "") if mechanism == "scc_2021" else "",
                                  notes=note))
    lines = [lib.phrase("processor_note", lang, version=lib.version, as_of=lib.as_of.isoformat())]
    for name, f in facts.items():
        value = f.value
        if name == "transfer":
            value = (", ".join(offered.get("countries", [])) + ": " + vocab.TRANSFER_MECHANISMS.label(
                offered.get("mechanism", "none"))) if offered else lib.phrase("none", lang)
        elif isinstance(value, list):
            value = ", ".join(value)
        shown = str(value or lib.phrase("none", lang))
        lines.append("- " + _fact_line(lib, lib.phrase(name, lang), shown, f, lang, today))
    return Recipient(
        name=p["name"],
        legal_entity=str(facts["legal_entity"].value or ""),
        country=str(facts["country"].value or ""),
        kind="processor",
        service=text(lib.services[p["service"]], lang),
        processing_countries=list(facts["processing_countries"].value or []),
        transfers=transfers,
        notes="\n".join(lines),
    )


@dataclass
class LibraryRecords:
    """What adding library entries makes: activities, and recipients with ids 1..n (local to this set);
    each activity lists the added processors suggested for its template."""

    activities: list[Activity]
    recipients: list[Recipient]


def make_records(lib: Library, keys: list[str], country: str, lang: str, today: date) -> LibraryRecords:
    """Records for the library entries `keys` (templates and processors, each once, in the given order)."""
    keys = list(dict.fromkeys(keys))
    for key in keys:
        lib.kind_of(key)  # LibraryError for an unknown key
    processor_keys = [k for k in keys if k in lib.processors]
    recipients = []
    for i, k in enumerate(processor_keys, start=1):
        r = processor_recipient(lib, k, lang, today)
        r.id = i
        recipients.append(r)
    activities = []
    for k in keys:
        if k not in lib.templates:
            continue
        a = template_activity(lib, k, country, lang, today)
        a.recipients = [i for i, pk in enumerate(processor_keys, start=1) if k in lib.processors[pk]["suggested_for"]]
        activities.append(a)
    return LibraryRecords(activities, recipients)
