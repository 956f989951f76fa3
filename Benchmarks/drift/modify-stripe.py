#!/usr/bin/env python3
"""Writes a modified copy of Stripe's spec for the drift benchmark.

Usage: modify-stripe.py SOURCE.yaml OUT.yaml

About fifty changes, most of them in shared components (so one change reaches many
operations): enum values added and removed, nullable added and removed, required properties
dropped, maxLength raised, integer widened to number, properties added; plus a few in
operations (a removed operation, new required query parameters). Deterministic: the same
source gives the same copy. The copy goes to /tmp; corpus copies are never committed.
"""
import sys

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def main(source, target):
    with open(source) as handle:
        spec = yaml.load(handle, Loader=Loader)
    schemas = spec["components"]["schemas"]
    changes = []

    def properties(kind):
        """(schema, property, value) for component properties that satisfy `kind`, sorted."""
        for schema in sorted(schemas):
            for name, prop in sorted((schemas[schema].get("properties") or {}).items()):
                if isinstance(prop, dict) and kind(prop):
                    yield schema, name, prop

    enums = list(properties(lambda p: len(p.get("enum", [])) > 2 and all(isinstance(v, str) for v in p["enum"])))
    for schema, name, prop in enums[0:60:6]:
        prop["enum"] = prop["enum"] + ["conform_new_value"]
        changes.append(f"enum value added: {schema}.{name}")
    for schema, name, prop in enums[3:63:6]:
        prop["enum"] = prop["enum"][:-1]
        changes.append(f"enum value removed: {schema}.{name}")

    nullable = list(properties(lambda p: p.get("nullable") is True and p.get("type") == "string"))
    for schema, name, prop in nullable[0:50:10]:
        del prop["nullable"]
        changes.append(f"nullable removed: {schema}.{name}")
    plain = list(properties(lambda p: p.get("type") == "string" and "nullable" not in p and "enum" not in p))
    for schema, name, prop in plain[0:50:10]:
        prop["nullable"] = True
        changes.append(f"nullable added: {schema}.{name}")

    required = [s for s in sorted(schemas) if len(schemas[s].get("required", [])) > 3]
    for schema in required[0:50:10]:
        dropped = schemas[schema]["required"].pop()
        changes.append(f"required dropped: {schema}.{dropped}")

    lengths = list(properties(lambda p: p.get("maxLength") == 5000))
    for schema, name, prop in lengths[0:50:10]:
        prop["maxLength"] = 10000
        changes.append(f"maxLength raised: {schema}.{name}")

    integers = list(properties(lambda p: p.get("type") == "integer"))
    for schema, name, prop in integers[0:30:10]:
        prop["type"] = "number"
        changes.append(f"integer widened to number: {schema}.{name}")

    for schema in sorted(schemas)[0:30:10]:
        schemas[schema].setdefault("properties", {})["conform_added"] = {"type": "string"}
        changes.append(f"property added: {schema}.conform_added")

    paths = spec["paths"]
    removed = sorted(p for p in paths if "delete" in paths[p])[0]
    del paths[removed]["delete"]
    changes.append(f"operation removed: DELETE {removed}")
    for path in sorted(p for p in paths if "get" in paths[p])[0:30:10]:
        paths[path]["get"].setdefault("parameters", []).append(
            {"name": "conform_required", "in": "query", "required": True, "schema": {"type": "string"}})
        changes.append(f"required query parameter added: GET {path}")

    with open(target, "w") as handle:
        yaml.dump(spec, handle, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1000)
    print(f"{len(changes)} changes written to {target}")
    for change in changes:
        print("  " + change)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
