"""The JSON Schema (draft 2020-12) of the register document, generated from the model's field metadata.

resources/schema/ropa-register.schema.json is this function's output (a test keeps them identical);
regenerate it with `python -m ropa_app.interchange.jsonschema > resources/schema/ropa-register.schema.json`.
The schema describes the canonical form ROPA Desk writes. The importer also accepts a few lenient forms
(null for text, lower-case country codes, "" for a choice meaning its default, recipients referenced by
name) and checks what a schema cannot: unique ids and names, references that resolve, real country codes.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..domain import model
from .jsonformat import FORMAT_VERSION

SCHEMA_ID = "urn:ropa-desk:register-document:1"
_DEFS = {
    model.Organisation: "organisation",
    model.Activity: "activity",
    model.Recipient: "recipient",
    model.Transfer: "transfer",
    model.JointController: "joint_controller",
    model.ControllerRef: "controller",
    model.DataCategory: "data_category",
}
_NEED = {"M": "mandatory under Art. 30", "W": "where applicable", "B": "good practice"}


def _default(cls: type, key: str) -> Any:
    f = next(f for f in dataclasses.fields(cls) if f.name == key)
    return f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]


def _value_schema(cls: type, fs: model.FieldSpec) -> dict[str, Any]:
    kind = fs.kind
    if kind in (model.TEXT, model.LONGTEXT, model.LINK):
        return {"type": "string"}
    if kind == model.BOOL:
        return {"type": "boolean"}
    if kind == model.DATE:
        return {"$ref": "#/$defs/date"}
    if kind in (model.CHOICE, model.CHOICES):
        keys = list(fs.vocabulary) if fs.vocabulary else []
        if kind == model.CHOICE and _default(cls, fs.key) == "":
            keys = [""] + keys
        item = {"type": "string", "enum": keys}
        return item if kind == model.CHOICE else {"type": "array", "items": item}
    if kind in (model.TEXT_LIST, model.CATEGORY_LIST):
        return {"type": "array", "items": {"type": "string"}}
    if kind == model.COUNTRY:
        return {"$ref": "#/$defs/destination" if cls is model.Transfer else "#/$defs/country_or_empty"}
    if kind == model.COUNTRY_LIST:
        return {"type": "array", "items": {"$ref": "#/$defs/country"}}
    if kind == model.RECORDS:
        return {"type": "array", "items": {"$ref": f"#/$defs/{_DEFS[model.RECORD_TYPES[fs.key]]}"}}
    if kind == model.REFS:
        return {"type": "array", "items": {"$ref": "#/$defs/recipient_ref"}}
    raise ValueError(f"no schema for field kind {kind!r}")


def _record_schema(cls: type) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if cls is model.Recipient:
        props["id"] = {
            "$ref": "#/$defs/recipient_ref",
            "description": "The recipient's id in this document (\"R1\", \"R2\", ...), used by activities' "
            "recipients and by sub_processors.",
        }
    for fs in model.fields_of(cls):
        schema = _value_schema(cls, fs)
        notes = [f"GDPR Art. {fs.article}" if fs.article else "", _NEED.get(fs.need, "")]
        if fs.kind == model.REFS:
            notes.append("recipient ids (or names) of this document")
        if cls is model.DataCategory and fs.key == "subjects":
            notes.append("names among the activity's data_subject_categories (none: not linked)")
        props[fs.key] = {"title": fs.label, "description": "; ".join(n for n in notes if n), **schema}
    out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": props}
    if cls is model.Recipient:  # recipients are matched and referenced by name
        props["name"]["minLength"] = 1
        out["required"] = ["name"]
    return out


def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {name: _record_schema(cls) for cls, name in _DEFS.items()}
    defs.update(
        {
            "date": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"},
            "country": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2 code"},
            "country_or_empty": {"type": "string", "pattern": "^([A-Z]{2})?$"},
            "destination": {
                "type": "string",
                "pattern": "^([A-Z]{2}|org:.+)?$",
                "description": "ISO 3166-1 alpha-2 code, or org:<id> for an international organisation",
            },
            "recipient_ref": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "integer"}]},
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "ROPA Desk register document",
        "description": "A whole GDPR Art. 30 record of processing activities, as exported by ROPA Desk. "
        "Keys are the register-fields keys; vocabulary values are vocabulary keys; countries are ISO codes.",
        "type": "object",
        "required": ["format_version"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "format_version": {"const": FORMAT_VERSION},
            "generator": {"type": "string"},
            "organisation": {"$ref": "#/$defs/organisation"},
            "recipients": {"type": "array", "items": {"$ref": "#/$defs/recipient"}},
            "activities": {"type": "array", "items": {"$ref": "#/$defs/activity"}},
        },
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(schema_text())
