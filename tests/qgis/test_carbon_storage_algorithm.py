"""Carbon Storage through processing.run and qgis_process, on the Bungo data.

Expected totals come from class pixel counts × density × pixel area computed
with numpy in the test.
"""

import numpy as np
import pytest
from osgeo import gdal

from support import read_raster, run_qgis_process, shared_data, write_raster

pytestmark = pytest.mark.qgis

YEARS = (1990, 2000, 2005, 2010)


def _independent_total(lulc_path, table_path):
    import pandas as pd

    table = pd.read_csv(table_path)
    density = dict(zip(table["ID"], table["CARBON"]))
    dataset = gdal.Open(str(lulc_path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray()
    geotransform = dataset.GetGeoTransform()
    pixel_ha = abs(geotransform[1] * geotransform[5]) / 10_000
    codes, counts = np.unique(values[values != band.GetNoDataValue()], return_counts=True)
    return sum(density[int(c)] * n * pixel_ha for c, n in zip(codes, counts))


@pytest.fixture
def bungo_table():
    return shared_data("bungo", "tables", "carbon_bungo.csv")


def _lulc(year):
    return shared_data("bungo", "landcover", f"bungo_landcover_{year}r.tif")


@pytest.mark.parametrize("year", YEARS)
def test_bungo_total_per_date(run_algorithm, bungo_table, tmp_path, year):
    results = run_algorithm("carbonstorage", {
        "LULC": str(_lulc(year)), "CARBON_TABLE": str(bungo_table),
        "CODE_FIELD": "ID", "TOTAL_FIELD": "CARBON", "YEAR": year,
        "OUTPUT": str(tmp_path / "carbon.tif"), "SUMMARY": "TEMPORARY_OUTPUT",
        "REPORT": str(tmp_path / "report.html")})
    assert results["TOTAL"] == pytest.approx(_independent_total(_lulc(year), bungo_table),
                                             rel=1e-9)
    summary = results["SUMMARY"]
    dates = {feature["date"] for feature in summary.getFeatures()}
    assert dates == {str(year)}
    summed = sum(feature["c_total_mg"] for feature in summary.getFeatures())
    assert summed == pytest.approx(results["TOTAL"], rel=1e-12)
    assert "Primary Forest" in {feature["name"] for feature in summary.getFeatures()}
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html
    assert "Primary Forest" in html


def test_bungo_change_and_npv(run_algorithm, bungo_table, tmp_path):
    results = run_algorithm("carbonstorage", {
        "LULC": str(_lulc(2000)), "LULC_LATER": str(_lulc(2010)),
        "CARBON_TABLE": str(bungo_table), "YEAR": 2000, "YEAR_LATER": 2010,
        "PRICE": 10.0, "DISCOUNT_RATE": 0.0, "PRICE_CHANGE": 0.0,
        "OUTPUT": str(tmp_path / "c2000.tif"), "OUTPUT_LATER": str(tmp_path / "c2010.tif"),
        "OUTPUT_CHANGE": str(tmp_path / "change.tif"), "OUTPUT_NPV": str(tmp_path / "npv.tif"),
        "SUMMARY": "TEMPORARY_OUTPUT"})
    earlier, earlier_nodata = read_raster(tmp_path / "c2000.tif")
    later, later_nodata = read_raster(tmp_path / "c2010.tif")
    both = (earlier != earlier_nodata) & (later != later_nodata)
    geotransform = gdal.Open(str(_lulc(2000))).GetGeoTransform()
    pixel_ha = abs(geotransform[1] * geotransform[5]) / 10_000
    expected = (later[both].astype(float) - earlier[both]).sum() * pixel_ha
    assert results["CHANGE"] == pytest.approx(expected, rel=1e-6)
    # With no discounting and no price change, NPV = price × change.
    assert results["NPV"] == pytest.approx(10.0 * results["CHANGE"], rel=1e-12)
    assert results["TOTAL_LATER"] == pytest.approx(
        _independent_total(_lulc(2010), bungo_table), rel=1e-9)


def test_qgis_process_matches_independent_totals(qgis_process_env, bungo_table, tmp_path):
    output = run_qgis_process(qgis_process_env, "carbonstorage", {
        "LULC": _lulc(1990), "LULC_LATER": _lulc(2005), "CARBON_TABLE": bungo_table,
        "OUTPUT": tmp_path / "c.tif", "SUMMARY": tmp_path / "summary.csv"})
    results = output["results"]
    assert results["TOTAL"] == pytest.approx(_independent_total(_lulc(1990), bungo_table),
                                             rel=1e-9)
    assert results["TOTAL_LATER"] == pytest.approx(_independent_total(_lulc(2005), bungo_table),
                                                   rel=1e-9)
    assert (tmp_path / "summary.csv").exists()


def test_table_layer_gives_same_total_as_csv(run_algorithm, bungo_table, tmp_path):
    from qgis.core import QgsVectorLayer

    uri = f"file://{bungo_table}?delimiter=,&detectTypes=yes"
    layer = QgsVectorLayer(uri, "carbon", "delimitedtext")
    assert layer.isValid()
    from_layer = run_algorithm("carbonstorage", {
        "LULC": str(_lulc(2010)), "CARBON_TABLE": layer,
        "OUTPUT": str(tmp_path / "a.tif"), "SUMMARY": "TEMPORARY_OUTPUT"})
    from_csv = run_algorithm("carbonstorage", {
        "LULC": str(_lulc(2010)), "CARBON_TABLE": str(bungo_table),
        "OUTPUT": str(tmp_path / "b.tif"), "SUMMARY": "TEMPORARY_OUTPUT"})
    assert from_layer["TOTAL"] == pytest.approx(from_csv["TOTAL"], rel=1e-12)


@pytest.mark.parametrize("table_text, message", [
    ("lucode,c_total\n1,5\n1,6\n", "more than once"),
    ("lucode,c_total\n1,abc\n", "must hold numbers"),
    ("lucode,c_total\n1,-5\n", "negative"),
    ("lucode,c_total\n", "no rows"),
    ("lucode,other\n1,2\n", "no carbon density column"),
    ("lucode,c_total\n2,5\n", r"missing from the carbon table: 1 \(4 px\)"),
])
def test_bad_input_raises_processing_exception(run_algorithm, tmp_path, table_text, message):
    from qgis.core import QgsProcessingException

    table = tmp_path / "table.csv"
    table.write_text(table_text)
    lulc = write_raster(tmp_path / "lulc.tif", np.ones((2, 2), np.uint8))
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("carbonstorage", {"LULC": lulc, "CARBON_TABLE": str(table),
                                        "OUTPUT": str(tmp_path / "out.tif"),
                                        "SUMMARY": "TEMPORARY_OUTPUT"})
    assert not list(tmp_path.glob("out.tif*"))


def test_grid_mismatch_names_both_grids(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    table = tmp_path / "table.csv"
    table.write_text("lucode,c_total\n1,5\n")
    a = write_raster(tmp_path / "a.tif", np.ones((2, 2), np.uint8))
    b = write_raster(tmp_path / "b.tif", np.ones((2, 2), np.uint8),
                     (500060.0, 30.0, 0.0, 4000000.0, 0.0, -30.0))
    with pytest.raises(QgsProcessingException, match="geotransform.*500060"):
        run_algorithm("carbonstorage", {"LULC": a, "LULC_LATER": b, "CARBON_TABLE": str(table),
                                        "OUTPUT": str(tmp_path / "out.tif"),
                                        "SUMMARY": "TEMPORARY_OUTPUT"})


def test_unwritable_output_path(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    table = tmp_path / "table.csv"
    table.write_text("lucode,c_total\n1,5\n")
    lulc = write_raster(tmp_path / "a.tif", np.ones((2, 2), np.uint8))
    with pytest.raises(QgsProcessingException, match="not writable"):
        run_algorithm("carbonstorage", {"LULC": lulc, "CARBON_TABLE": str(table),
                                        "OUTPUT": "/proc/no-such-folder/out.tif",
                                        "SUMMARY": "TEMPORARY_OUTPUT"})


def test_outputs_are_styled_on_load(provider, tmp_path, bungo_table):
    import processing
    from qgis.core import (QgsPalettedRasterRenderer, QgsProcessingContext,
                           QgsProcessingFeedback, QgsProject,
                           QgsSingleBandPseudoColorRenderer)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    results = processing.runAndLoadResults("carbondrivers:carbonstorage", {
        "LULC": str(_lulc(2000)), "LULC_LATER": str(_lulc(2010)),
        "CARBON_TABLE": str(bungo_table), "OUTPUT": str(tmp_path / "c.tif"),
        "OUTPUT_LATER": str(tmp_path / "c2.tif"), "OUTPUT_CHANGE": str(tmp_path / "d.tif"),
        "SUMMARY": "TEMPORARY_OUTPUT"}, feedback=feedback, context=context)
    layers = {layer.source(): layer for layer in QgsProject.instance().mapLayers().values()}
    carbon = layers[str(tmp_path / "c.tif")]
    change = layers[str(tmp_path / "d.tif")]
    assert isinstance(carbon.renderer(), QgsSingleBandPseudoColorRenderer)
    shader = change.renderer().shader().rasterShaderFunction()
    assert shader.minimumValue() == pytest.approx(-shader.maximumValue())
    assert not isinstance(carbon.renderer(), QgsPalettedRasterRenderer)
    assert results["CHANGE"] < 0
    QgsProject.instance().removeAllMapLayers()
