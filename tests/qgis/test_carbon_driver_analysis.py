"""The whole-study workflow on the Bungo data, its report in a real browser.

The report's numbers are checked against runs of the individual algorithms
on the same inputs, made in the test.
"""

import re

import pandas as pd
import pytest

from browser import open_report
from support import REPO_ROOT, shared_data

pytestmark = [pytest.mark.qgis, pytest.mark.slow]

YEARS = (1990, 2000, 2010)
FACTORS = (("terrain", "bungo_elev_srtm.tif"), ("terrain", "bungo_slope.tif"),
           ("soil", "bungo_clay_0-5cm_mean.tif"), ("soil", "bungo_sand_0-5cm_mean.tif"),
           ("soil", "bungo_silt_0-5cm_mean.tif"), ("soil", "bungo_soc_0-5cm_mean.tif"))


@pytest.fixture(scope="module")
def study(provider, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("study")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {
        "LULC": [str(shared_data("bungo", "landcover", f"bungo_landcover_{y}r.tif"))
                 for y in YEARS],
        "YEARS": ",".join(map(str, YEARS)),
        "CARBON_TABLE": str(shared_data("bungo", "tables", "carbon_bungo.csv")),
        "FACTORS": [str(shared_data("bungo", kind, name)) for kind, name in FACTORS],
        "COUNT": 1500, "SEED": 7, "N_TREES": 100,
        "OUTPUT_FOLDER": str(folder / "outputs"),
        "REPORT": str(folder / "report.html"),
    }
    results = processing.runAndLoadResults("carbondrivers:carbondriveranalysis", parameters,
                                           feedback=QgsProcessingFeedback(), context=context)
    return parameters, results, folder


def test_report_totals_match_carbon_storage(study, run_algorithm, tmp_path):
    parameters, results, folder = study
    html = (folder / "report.html").read_text(encoding="utf-8")
    for year, lulc in zip(YEARS, parameters["LULC"]):
        single = run_algorithm("carbonstorage", {
            "LULC": lulc, "CARBON_TABLE": parameters["CARBON_TABLE"],
            "OUTPUT": str(tmp_path / f"c{year}.tif"), "SUMMARY": "TEMPORARY_OUTPUT"})
        assert f"{single['TOTAL']:,.0f}" in html, year
    assert results["TOTAL_FIRST"] == pytest.approx(
        run_algorithm("carbonstorage", {
            "LULC": parameters["LULC"][0], "CARBON_TABLE": parameters["CARBON_TABLE"],
            "OUTPUT": str(tmp_path / "first.tif"), "SUMMARY": "TEMPORARY_OUTPUT"})["TOTAL"],
        rel=1e-12)


def test_report_strongest_factor_matches_detector(study, run_algorithm, tmp_path):
    parameters, results, folder = study
    outputs = folder / "outputs"
    factor_table = pd.read_csv(outputs / "gd_factor.csv")
    samples = str(outputs / "samples_2010.gpkg")
    fields = list(factor_table["factor"])
    detector = run_algorithm("geographicaldetector", {
        "INPUT": samples, "TARGET_FIELD": "target", "FACTOR_FIELDS": fields,
        "OPTIMIZE": True, "OPTIMIZE_RULE": 1, "SEED": 7,
        "FACTOR_TABLE": str(tmp_path / "f.csv"), "INTERACTION_TABLE": "TEMPORARY_OUTPUT",
        "RISK_TABLE": "TEMPORARY_OUTPUT", "ECOLOGICAL_TABLE": "TEMPORARY_OUTPUT",
        "STRATUM_TABLE": "TEMPORARY_OUTPUT"})
    independent = pd.read_csv(detector["FACTOR_TABLE"])
    best = independent.loc[independent["q"].idxmax()]
    assert results["STRONGEST_FACTOR"] == best["factor"]
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert f"{best['factor']} ({best['q']:.4f})" in html


def test_report_has_every_section(study):
    _, _, folder = study
    html = (folder / "report.html").read_text(encoding="utf-8")
    for anchor in ("headline", "maps", "carbon", "land-use", "rf", "detector", "settings"):
        assert f'id="{anchor}"' in html, anchor
    assert len(re.findall(r"data:image/png;base64", html)) == len(YEARS) + 1
    assert "scikit-learn" in html


def test_outputs_load_in_one_group(study):
    from qgis.core import QgsProject

    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup("Carbon study 1990–2010")
    assert group is not None
    names = {layer.name() for layer in group.findLayers()}
    assert "Carbon 1990 (Mg C/ha)" in {node.layer().name() for node in group.findLayers()}
    assert len(names) >= len(YEARS) + 2


def test_report_renders_offline_in_browser(study):
    _, _, folder = study
    page = open_report(folder / "report.html",
                       REPO_ROOT / "test-artifacts" / "carbon_driver_report.png")
    assert page["console"] == []
    assert len(page["charts"]) >= 5
    for chart in page["charts"]:
        assert chart["width"] > 50, chart["label"]
        assert chart["shapes"] > 0, chart["label"]
    assert len(page["images"]) == len(YEARS) + 1
    for image in page["images"]:
        assert image["complete"], image["alt"]
        assert image["width"] > 300, image["alt"]
