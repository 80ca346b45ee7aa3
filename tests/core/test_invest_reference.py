"""Carbon Storage totals agree with InVEST 3.20 on a generated land-use pair.

tests/data/invest_reference.json holds the totals that InVEST 3.20.2's Carbon
model computed (``benchmarks/bench_carbon.py --write-reference``) on a pair
that ``benchmarks/make_landuse.py`` regenerates here from the stored
parameters, so the agreement is pinned without InVEST installed.
"""

import json
import sys

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal

from carbon_drivers.core.carbon import carbon_table_from_frame, compute_carbon_storage
from support import REPO_ROOT

REFERENCE = REPO_ROOT / "tests" / "data" / "invest_reference.json"


@pytest.fixture(scope="module")
def reference():
    return json.loads(REFERENCE.read_text())


@pytest.fixture(scope="module")
def landuse_pair(reference, tmp_path_factory):
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    try:
        import make_landuse
    finally:
        sys.path.pop(0)
    parameters = make_landuse.LanduseParameters(**reference["generator"])
    return make_landuse.make_landuse_pair(str(tmp_path_factory.mktemp("landuse")), parameters)


def _class_counts(path):
    values = gdal.Open(path).ReadAsArray()
    codes, counts = np.unique(values, return_counts=True)
    return {str(code): int(count) for code, count in zip(codes, counts)}


@pytest.mark.parametrize("date", ["earlier", "later"])
def test_generator_reproduces_reference_pair(reference, landuse_pair, date):
    assert _class_counts(landuse_pair[date]) == reference["class_pixel_counts"][date]


@pytest.mark.parametrize("quantity", ["storage_earlier", "storage_later", "change", "npv"])
def test_totals_equal_invest(reference, landuse_pair, quantity):
    valuation = reference["valuation"]
    table = carbon_table_from_frame(pd.read_csv(landuse_pair["carbon_table"]))
    result = compute_carbon_storage(
        landuse_pair["earlier"], table, lulc_later_path=landuse_pair["later"],
        year=valuation["year"], year_later=valuation["year_later"], price=valuation["price"],
        discount_rate=valuation["discount_rate_percent"],
        price_change=valuation["price_change_percent"])
    computed = {"storage_earlier": result.total, "storage_later": result.total_later,
                "change": result.change, "npv": result.npv}[quantity]
    assert computed == pytest.approx(reference["totals"][quantity], rel=reference["total_rtol"])
