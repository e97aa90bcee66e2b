#!/usr/bin/env python3
"""The JSON Schema (draft 4) of one version of a CustomResourceDefinition, as the deploy tests validate with.

    crd-to-json-schema.py CRD.yaml VERSION > <group>/<kind>_<version>.json

From the CRD's openAPIV3Schema: same fields, types, enums, patterns, bounds and required lists; every object
with declared properties is closed (additionalProperties: false) unless the CRD preserves unknown fields, so a
misspelt field fails here instead of being pruned by the API server; int-or-string becomes anyOf integer/string.
Left out: descriptions, formats, and CEL rules (x-kubernetes-validations), which JSON Schema cannot express.
"""
import json
import sys

import yaml

DROP = {"description", "format", "x-kubernetes-validations", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
        "x-kubernetes-map-type", "x-kubernetes-embedded-resource", "example"}


def convert(node):
    if isinstance(node, list):
        return [convert(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in DROP or key == "nullable":
            continue
        if key in ("properties", "patternProperties", "definitions"):
            out[key] = {k: convert(v) for k, v in value.items()}
        else:
            out[key] = convert(value)
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out.setdefault("anyOf", [{"type": "integer"}, {"type": "string"}])
    out.pop("x-kubernetes-int-or-string", None)
    preserve = out.pop("x-kubernetes-preserve-unknown-fields", False)
    if out.get("type") == "object" and "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def main(path, version):
    with open(path) as f:
        crd = next(d for d in yaml.safe_load_all(f) if d and d.get("kind") == "CustomResourceDefinition")
    schema = next(v for v in crd["spec"]["versions"] if v["name"] == version)["schema"]["openAPIV3Schema"]
    schema = convert(schema)
    schema["properties"]["metadata"] = {"type": "object"}
    schema.pop("additionalProperties", None)  # the root keeps apiVersion, kind, metadata, spec, status
    json.dump(schema, sys.stdout, indent=2, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
