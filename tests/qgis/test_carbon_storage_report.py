"""The Carbon Storage report renders offline in a real browser."""

import pytest

from browser import open_report
from support import REPO_ROOT, shared_data

pytestmark = pytest.mark.qgis


def test_report_renders_offline_without_errors(run_algorithm, tmp_path):
    report = tmp_path / "report.html"
    results = run_algorithm("carbonstorage", {
        "LULC": str(shared_data("bungo", "landcover", "bungo_landcover_2000r.tif")),
        "LULC_LATER": str(shared_data("bungo", "landcover", "bungo_landcover_2010r.tif")),
        "CARBON_TABLE": str(shared_data("bungo", "tables", "carbon_bungo.csv")),
        "YEAR": 2000, "YEAR_LATER": 2010,
        "OUTPUT": str(tmp_path / "c.tif"), "SUMMARY": "TEMPORARY_OUTPUT",
        "REPORT": str(report)})
    page = open_report(report, REPO_ROOT / "test-artifacts" / "carbon_storage_report.png")
    assert page["console"] == []
    assert len(page["charts"]) == 1
    chart = page["charts"][0]
    assert chart["width"] > 200
    assert chart["shapes"] > 20
    assert f"{results['TOTAL']:,.0f}" in page["text"]
