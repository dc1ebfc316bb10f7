"""The JSON Schema (draft 2020-12) of the register document, generated from the model's field metadata.

resources/schema/ropa-register.schema.json is this function's output (a test keeps them identical);
regenerate it with `python -m ropa_app.interchange.jsonschema > resources/schema/ropa-register.schema.json`.
The schema describes the canonical form ROPA Desk writes. The importer also accepts a few lenient forms
(null for text, lower-case country codes, "" for a choice meaning its default, recipients referenced by
name) and checks what a schema cannot: unique ids and names, references that resolve, real country codes.
"""

from __future__ import annotations

import json
from typing import Any

from ..domain import kinds, model
from .jsonformat import FORMAT_VERSION

SCHEMA_ID = "urn:ropa-desk:register-document:1"
_NEED = {"M": "mandatory under Art. 30", "W": "where applicable", "B": "good practice"}


def _def_name(cls: type) -> str:
    return kinds.kind_of(cls).key


def _record_schema(cls: type) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if cls is model.Recipient:
        props["id"] = {
            "$ref": "#/$defs/recipient_ref",
            "description": "The recipient's id in this document (\"R1\", \"R2\", ...), used by activities' "
            "recipients and by sub_processors.",
        }
    for fs in model.fields_of(cls):
        schema = fs.kind.schema(fs, cls, _def_name)
        notes = [f"GDPR Art. {fs.article}" if fs.article else "", _NEED.get(fs.need, "")]
        if fs.refers == kinds.RECIPIENT.key:
            notes.append("recipient ids (or names) of this document")
        elif fs.refers:
            notes.append(f"{fs.refers} references (or names) of this document")
        if cls is model.DataCategory and fs.key == "subjects":
            notes.append("names among the activity's data_subject_categories (none: not linked)")
        props[fs.key] = {"title": fs.label, "description": "; ".join(n for n in notes if n), **schema}
    out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": props}
    if cls is model.Recipient:  # recipients are matched and referenced by name
        props["name"]["minLength"] = 1
        out["required"] = ["name"]
    return out


def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {k.key: _record_schema(k.cls) for k in kinds.KINDS}
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
            "datetime": {
                "type": ["string", "null"],
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$",
                "description": "a date and time to the minute, local time (YYYY-MM-DDTHH:MM)",
            },
            "recipient_ref": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "integer"}]},
            "activity_ref": {"type": "string", "minLength": 1, "description": "an activity's ref, else its name"},
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
            **{
                k.attr: {"$ref": f"#/$defs/{k.key}"} if k.single
                else {"type": "array", "items": {"$ref": f"#/$defs/{k.key}"}}
                for k in kinds.top_level()
            },
        },
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(schema_text())
