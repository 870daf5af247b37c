#!/usr/bin/env python3
"""Quick check of checks/platforms/*.json against the schema, for content authors without a build.

The authoritative check is `auditor checks lint checks/`; this script only helps while drafting.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent / "checks"
schema = json.loads((root / "schema" / "platform.schema.json").read_text(encoding="utf-8"))
files = [pathlib.Path(a) for a in sys.argv[1:]] or sorted((root / "platforms").glob("*.json"))
bad = 0
for f in files:
    data = json.loads(f.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))
    for e in errors:
        print(f"{f}: /{'/'.join(str(p) for p in e.absolute_path)}: {e.message[:200]}")
    ids = [c["id"] for c in data.get("checks", [])]
    for i in ids:
        if not i.startswith(data.get("id", "") + "."):
            print(f"{f}: check id {i} does not start with '{data.get('id')}.'")
            bad += 1
    if len(ids) != len(set(ids)):
        print(f"{f}: duplicate check ids")
        bad += 1
    bad += len(errors)
    print(f"{f.name}: {len(ids)} checks, {len(errors)} schema errors")
sys.exit(1 if bad else 0)
