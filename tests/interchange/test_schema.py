"""The JSON Schema in resources/schema/ matches the model, and the documents ROPA Desk writes follow it."""

import json
import re

import pytest

from ropa_app import paths
from ropa_app.domain import kinds, model, vocab
from ropa_app.interchange import to_document
from ropa_app.interchange.jsonschema import build_schema, schema_text

from ..store.full_records import full_activity, full_organisation, full_recipient

SCHEMA_FILE = paths.resource_path("schema", "ropa-register.schema.json")
DEFS = {k.cls: k.key for k in kinds.KINDS}


@pytest.fixture(scope="module")
def schema():
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_schema_file_is_the_generated_one():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m ropa_app.interchange.jsonschema > resources/schema/ropa-register.schema.json"
    )


def test_every_model_field_is_in_the_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for cls, name in DEFS.items():
        props = schema["$defs"][name]["properties"]
        keys = [fs.key for fs in model.fields_of(cls)]
        assert [k for k in props if k != "id"] == keys, name
        for fs in model.fields_of(cls):
            assert props[fs.key]["title"] == fs.label
            if fs.vocabulary is not None:
                enum = props[fs.key].get("enum") or props[fs.key]["items"]["enum"]
                assert [k for k in enum if k] == fs.vocabulary.keys()
    nested = {fs.record for k in kinds.KINDS for fs in k.fields if fs.record is not None}
    assert nested and nested <= set(DEFS)


# A small validator for the keywords the schema uses (the project carries no jsonschema dependency).
def validate(instance, node, root, path="$"):
    errors = []
    if "$ref" in node:
        target = root
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        errors += validate(instance, target, root, path)
    if "oneOf" in node:
        if sum(not validate(instance, sub, root, path) for sub in node["oneOf"]) != 1:
            errors.append(f"{path}: not exactly one of oneOf")
    if "const" in node and instance != node["const"]:
        errors.append(f"{path}: not {node['const']!r}")
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        checks = {"string": str, "boolean": bool, "object": dict, "array": list, "null": type(None)}
        ok = any(
            (t == "integer" and isinstance(instance, int) and not isinstance(instance, bool))
            or (t in checks and isinstance(instance, checks[t]))
            for t in types
        )
        if not ok:
            return errors + [f"{path}: not of type {types}"]
    if "enum" in node and instance not in node["enum"]:
        errors.append(f"{path}: {instance!r} not in enum")
    if isinstance(instance, str):
        if "pattern" in node and not re.search(node["pattern"], instance):
            errors.append(f"{path}: {instance!r} does not match {node['pattern']}")
        if len(instance) < node.get("minLength", 0):
            errors.append(f"{path}: too short")
    if isinstance(instance, dict):
        for key in node.get("required", []):
            if key not in instance:
                errors.append(f"{path}: {key} is required")
        props = node.get("properties", {})
        for key, value in instance.items():
            if key in props:
                errors += validate(value, props[key], root, f"{path}.{key}")
            elif node.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected {key}")
    if isinstance(instance, list) and "items" in node:
        for i, item in enumerate(instance):
            errors += validate(item, node["items"], root, f"{path}[{i}]")
    return errors


def _full_document():
    rec = full_recipient([2])
    rec.id = 1
    register = model.Register(
        full_organisation(),
        [full_activity([1, 2]), model.Activity(name="Bare")],
        [rec, model.Recipient(name="Sub GmbH", country="DE", id=2)],
    )
    return to_document(register)


def test_documents_we_write_follow_the_schema(schema):
    assert validate(_full_document(), schema, schema) == []


def test_the_schema_rejects_broken_documents(schema):
    doc = _full_document()
    doc["format_version"] = 3
    doc["activities"][0]["legal_bases"].append("art6_1_z")
    doc["activities"][0]["colour"] = "red"
    doc["recipients"][0]["country"] = "se"
    doc["recipients"][1]["transfers"] = [{"country": "USA"}]
    doc["recipients"][1]["name"] = ""
    doc["activities"][1]["last_reviewed"] = "1 May 2024"
    assert sorted(validate(doc, schema, schema)) == sorted([
        "$.format_version: not 2",
        "$.activities[0].legal_bases[3]: 'art6_1_z' not in enum",
        "$.activities[0]: unexpected colour",
        "$.recipients[0].country: 'se' does not match ^([A-Z]{2})?$",
        "$.recipients[1].transfers[0].country: 'USA' does not match ^([A-Z]{2}|org:.+)?$",
        "$.recipients[1].name: too short",
        "$.activities[1].last_reviewed: '1 May 2024' does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    ])


def test_schema_choices_are_the_vocabularies(schema):
    props = schema["$defs"]["transfer"]["properties"]
    assert props["mechanism"]["enum"] == vocab.TRANSFER_MECHANISMS.keys()
    assert props["scc_module"]["enum"] == [""] + vocab.SCC_MODULES.keys(), "an optional choice may be empty"
    assert build_schema()["properties"]["format_version"] == {"const": 2}
