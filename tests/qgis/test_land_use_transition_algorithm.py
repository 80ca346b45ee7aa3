"""Land Use Transition through processing.run and qgis_process, on the Bungo data.

Expected values come from pandas crosstabs and numpy counts on the full
arrays, computed in the test.
"""

import csv
import json
import subprocess

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal

from support import QGIS_PROCESS, read_raster, shared_data, write_raster

pytestmark = pytest.mark.qgis

YEARS = (1990, 2000, 2005, 2010)


def _lulc(year):
    return str(shared_data("bungo", "landcover", f"bungo_landcover_{year}r.tif"))


def _table(name):
    return str(shared_data("bungo", "tables", name))


def _features(layer):
    names = layer.fields().names()
    return pd.DataFrame([dict(zip(names, feature.attributes()))
                         for feature in layer.getFeatures()])


def _arrays(year_from, year_to):
    values = []
    for year in (year_from, year_to):
        dataset = gdal.Open(_lulc(year))
        band = dataset.GetRasterBand(1)
        array = band.ReadAsArray()
        values.append((array, array != band.GetNoDataValue()))
    pixel_ha = abs(dataset.GetGeoTransform()[1] * dataset.GetGeoTransform()[5]) / 10_000
    return values, pixel_ha


def test_bungo_two_dates_match_crosstab(run_algorithm, tmp_path):
    results = run_algorithm("landusetransition", {
        "LULC": [_lulc(2000), _lulc(2010)], "YEARS": "2000, 2010",
        "LEGEND": _table("landuse_table_bungo.csv"), "AREA_UNIT": 2,
        "AREA_TABLE": "TEMPORARY_OUTPUT", "TRANSITIONS": "TEMPORARY_OUTPUT",
        "MATRIX": str(tmp_path / "matrix.csv"), "CHANGE_RASTER": str(tmp_path / "change.tif"),
        "REPORT": str(tmp_path / "report.html")})

    ((earlier, valid_earlier), (later, valid_later)), pixel_ha = _arrays(2000, 2010)
    both = valid_earlier & valid_later
    crosstab = pd.crosstab(earlier[both], later[both]).stack()
    crosstab = crosstab[crosstab > 0]
    transitions = _features(results["TRANSITIONS"]).set_index(["from_code", "to_code"])
    assert len(transitions) == len(crosstab)
    for (code_from, code_to), pixels in crosstab.items():
        row = transitions.loc[(code_from, code_to)]
        assert row["pixels"] == pixels
        assert row["area_km2"] == pytest.approx(pixels * pixel_ha / 100, rel=1e-12)
    assert transitions.loc[(1, 17), "from_name"] == "Primary Forest"
    assert transitions.loc[(1, 17), "to_name"] == "Oil Palm"

    areas = _features(results["AREA_TABLE"])
    forest_2010 = areas[(areas["year"] == 2010) & (areas["lucode"] == 1)].iloc[0]
    assert forest_2010["pixels"] == np.count_nonzero(later[valid_later] == 1)
    assert forest_2010["dynamic_degree_pct"] == pytest.approx(
        (76_226 - 136_105) / 136_105 / 10 * 100, rel=1e-12)

    with open(tmp_path / "matrix.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["interval", "from_code", "from_name"]
    assert rows[0][-1] == "Total"
    assert float(rows[-1][-1]) == pytest.approx(both.sum() * pixel_ha / 100, rel=1e-12)

    change, nodata = read_raster(tmp_path / "change.tif")
    expected = np.where(both, earlier.astype(np.int32) * 1000 + later, -1)
    assert nodata == -1
    assert np.array_equal(change, expected)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html
    assert "Primary Forest → Oil Palm" in html


def test_bungo_carbon_matches_carbon_storage(run_algorithm, tmp_path):
    table = _table("carbon_bungo.csv")
    transitions = run_algorithm("landusetransition", {
        "LULC": [_lulc(year) for year in YEARS], "YEARS": ",".join(map(str, YEARS)),
        "CARBON_TABLE": table, "TOTAL_FIELD": "CARBON", "AREA_TABLE": "TEMPORARY_OUTPUT",
        "TRANSITIONS": "TEMPORARY_OUTPUT"})["TRANSITIONS"]
    frame = _features(transitions)
    assert set(frame["interval"]) == {"1990-2000", "2000-2005", "2005-2010", "1990-2010"}

    for year_from, year_to in ((2000, 2005), (1990, 2010)):
        storage = run_algorithm("carbonstorage", {
            "LULC": _lulc(year_from), "LULC_LATER": _lulc(year_to), "CARBON_TABLE": table,
            "TOTAL_FIELD": "CARBON", "OUTPUT": str(tmp_path / f"c{year_from}.tif"),
            "OUTPUT_LATER": "", "OUTPUT_CHANGE": "", "OUTPUT_NPV": "",
            "SUMMARY": "TEMPORARY_OUTPUT"})
        rows = frame[frame["interval"] == f"{year_from}-{year_to}"]
        assert rows["carbon_change_mg"].sum() == pytest.approx(storage["CHANGE"], rel=1e-9)


def test_malformed_legend_colour_warns(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 - Qt naming
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Recorder()
    run_algorithm("landusetransition", {
        "LULC": [_lulc(2005), _lulc(2010)], "YEARS": "2005,2010",
        "LEGEND": _table("carbon_bungo.csv"), "AREA_TABLE": "TEMPORARY_OUTPUT",
        "TRANSITIONS": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert any("#ffcc100" in warning for warning in feedback.warnings)
    assert any("151 pixels" in warning for warning in feedback.warnings)


@pytest.mark.parametrize("years, message", [
    ("2000", "one whole-number year"),
    ("2010, 2000", "increase"),
])
def test_invalid_years(run_algorithm, tmp_path, years, message):
    from qgis.core import QgsProcessingException

    a = write_raster(tmp_path / "a.tif", np.ones((2, 2), np.uint8))
    b = write_raster(tmp_path / "b.tif", np.ones((2, 2), np.uint8))
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("landusetransition", {
            "LULC": [a, b], "YEARS": years, "AREA_TABLE": "TEMPORARY_OUTPUT",
            "TRANSITIONS": "TEMPORARY_OUTPUT"})


def test_grid_mismatch_names_align_tool(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    a = write_raster(tmp_path / "a.tif", np.ones((2, 2), np.uint8))
    b = write_raster(tmp_path / "b.tif", np.ones((2, 2), np.uint8),
                     (500060.0, 30.0, 0.0, 4000000.0, 0.0, -30.0))
    with pytest.raises(QgsProcessingException, match="500060.*Align Rasters"):
        run_algorithm("landusetransition", {
            "LULC": [a, b], "YEARS": "2000,2010", "AREA_TABLE": "TEMPORARY_OUTPUT",
            "TRANSITIONS": "TEMPORARY_OUTPUT", "CHANGE_RASTER": str(tmp_path / "out.tif")})
    assert not list(tmp_path.glob("out.tif*"))


def test_change_raster_styled_on_load(provider, tmp_path):
    import processing
    from qgis.core import (QgsPalettedRasterRenderer, QgsProcessingContext,
                           QgsProcessingFeedback, QgsProject)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.runAndLoadResults("carbondrivers:landusetransition", {
        "LULC": [_lulc(2000), _lulc(2010)], "YEARS": "2000,2010",
        "LEGEND": _table("landuse_table_bungo.csv"), "AREA_TABLE": "TEMPORARY_OUTPUT",
        "TRANSITIONS": "TEMPORARY_OUTPUT", "CHANGE_RASTER": str(tmp_path / "change.tif")},
        feedback=QgsProcessingFeedback(), context=context)
    layers = {layer.source(): layer for layer in QgsProject.instance().mapLayers().values()}
    renderer = layers[str(tmp_path / "change.tif")].renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    labels = {int(entry.value): entry.label for entry in renderer.classes()}
    assert labels[1017] == "Primary Forest → Oil Palm"
    assert labels[1001] == "Primary Forest (unchanged)"
    QgsProject.instance().removeAllMapLayers()


def test_qgis_process_writes_tables(qgis_process_env, tmp_path):
    # A multiple-layer parameter is passed to qgis_process by repeating its key.
    arguments = [QGIS_PROCESS, "--json", "run", "carbondrivers:landusetransition", "--",
                 f"LULC={_lulc(1990)}", f"LULC={_lulc(2010)}", "YEARS=1990,2010",
                 f"AREA_TABLE={tmp_path / 'areas.csv'}",
                 f"TRANSITIONS={tmp_path / 'transitions.csv'}"]
    completed = subprocess.run(arguments, env=qgis_process_env, capture_output=True, text=True,
                               timeout=900)

    assert completed.returncode == 0, completed.stderr + completed.stdout
    output = json.loads(completed.stdout[completed.stdout.index("{"):])
    assert output["results"]["AREA_TABLE"] == str(tmp_path / "areas.csv")
    areas = pd.read_csv(tmp_path / "areas.csv")
    assert areas.groupby("year")["pixels"].sum().to_dict() == {1990: 438_829, 2010: 459_937}
