"""Geographical Detector through processing.run, in table and raster mode.

Table-mode checks use the published results of the R package geodetector
1.0-5 on the NTD data. Raster-mode checks use a stack whose q values are
known in closed form.
"""

import numpy as np
import pytest

from support import shared_data, write_raster

pytestmark = pytest.mark.qgis

ALGORITHM = "geographicaldetector"
NTD_FACTORS = ["watershed", "elevation", "soiltype"]
NTD_Q = {"watershed": 0.6377737, "elevation": 0.6067087, "soiltype": 0.3857168}
NTD_P = {"watershed": 0.0001169914, "elevation": 0.04080407, "soiltype": 0.3632363}
NTD_INTERACTION = {
    frozenset(["soiltype", "watershed"]): 0.735680548139531,
    frozenset(["soiltype", "elevation"]): 0.663523698335635,
    frozenset(["watershed", "elevation"]): 0.71359677853471,
}
NTD_NOT_SIGNIFICANT = {
    "soiltype": {("2", "3"), ("1", "5")},
    "watershed": {("2", "4"), ("3", "7"), ("3", "8"), ("3", "9"), ("5", "6"), ("7", "8"),
                  ("7", "9")},
    "elevation": {("2", "3")},
}
OUTPUTS = ["FACTOR_TABLE", "INTERACTION_TABLE", "RISK_TABLE", "STRATUM_TABLE",
           "ECOLOGICAL_TABLE"]


@pytest.fixture(scope="module")
def geodetector(provider):
    """The provider with the Geographical Detector registered.

    Until the provider lists the algorithm, it is added here for this module.
    """
    import carbon_drivers.provider as provider_module
    from carbon_drivers.algorithms.geographical_detector import GeographicalDetectorAlgorithm

    if provider.algorithm(ALGORITHM) is not None:
        yield provider
        return
    listed = provider_module.algorithm_classes

    def with_geodetector():
        return list(listed()) + [GeographicalDetectorAlgorithm]

    provider_module.algorithm_classes = with_geodetector
    provider.refreshAlgorithms()
    assert provider.algorithm(ALGORITHM) is not None
    yield provider
    provider_module.algorithm_classes = listed
    provider.refreshAlgorithms()


def _temporary_outputs(tmp_path):
    parameters = {name: "TEMPORARY_OUTPUT" for name in OUTPUTS}
    parameters["REPORT"] = str(tmp_path / "report.html")
    return parameters


def _rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, feature.attributes())) for feature in layer.getFeatures()]


def _ntd_points_layer():
    import csv

    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    path = shared_data("geodetector", "gdverse_NTDs.csv")
    layer = QgsVectorLayer("Point?crs=EPSG:32649", "ntd", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("incidence", QVariant.Double)] + [
        QgsField(name, QVariant.Int) for name in NTD_FACTORS])
    layer.updateFields()
    features = []
    with open(path, newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(
                QgsPointXY(float(record["X"]), float(record["Y"]))))
            feature.setAttributes([float(record["incidence"])] + [
                int(record[name]) for name in NTD_FACTORS])
            features.append(feature)
    provider.addFeatures(features)
    return layer


def _check_ntd(results):
    factors = {row["factor"]: row for row in _rows(results["FACTOR_TABLE"])}
    for name in NTD_FACTORS:
        assert factors[name]["q"] == pytest.approx(NTD_Q[name], abs=1e-7)
        assert factors[name]["p_value"] == pytest.approx(NTD_P[name], rel=1e-4)
        assert factors[name]["n"] == 185
    interactions = _rows(results["INTERACTION_TABLE"])
    assert len(interactions) == 3
    for row in interactions:
        key = frozenset([row["factor_1"], row["factor_2"]])
        assert row["q_interaction"] == pytest.approx(NTD_INTERACTION[key], abs=1e-7)
        assert row["interaction_type"] == "bivariate enhance"
    risk = _rows(results["RISK_TABLE"])
    for name in NTD_FACTORS:
        not_significant = {(row["label_1"], row["label_2"]) for row in risk
                           if row["factor"] == name and row["significant"] == 0.0}
        assert not_significant == NTD_NOT_SIGNIFICANT[name]
    assert results["N"] == 185
    assert results["DROPPED"] == 0


def test_ntd_from_csv(run_algorithm, geodetector, tmp_path):
    path = shared_data("geodetector", "geodetector_CollectData.csv")
    parameters = {"INPUT": str(path), "TARGET_FIELD": "incidence",
                  "FACTOR_FIELDS": NTD_FACTORS, "CATEGORICAL_FIELDS": NTD_FACTORS}
    parameters.update(_temporary_outputs(tmp_path))
    results = run_algorithm(ALGORITHM, parameters)
    _check_ntd(results)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 5
    assert "bivariate enhance" in html


def test_ntd_from_point_layer(run_algorithm, geodetector, tmp_path):
    layer = _ntd_points_layer()
    assert layer.featureCount() == 185
    parameters = {"INPUT": layer, "TARGET_FIELD": "incidence",
                  "FACTOR_FIELDS": NTD_FACTORS, "CATEGORICAL_FIELDS": NTD_FACTORS}
    parameters.update(_temporary_outputs(tmp_path))
    _check_ntd(run_algorithm(ALGORITHM, parameters))


def test_continuous_factor_optimized(run_algorithm, geodetector, tmp_path):
    path = shared_data("geodetector", "GD_ndvi_40.csv")
    parameters = {"INPUT": str(path), "TARGET_FIELD": "NDVIchange",
                  "FACTOR_FIELDS": ["Climatezone", "Mining", "Tempchange", "GDP"],
                  "CATEGORICAL_FIELDS": ["Climatezone", "Mining"], "OPTIMIZE": True,
                  "MIN_CLASSES": 3, "MAX_CLASSES": 7, "OPTIMIZE_RULE": 0}
    parameters.update(_temporary_outputs(tmp_path))
    results = run_algorithm(ALGORITHM, parameters)
    factors = {row["factor"]: row for row in _rows(results["FACTOR_TABLE"])}
    assert factors["Climatezone"]["discretization"] == "categorical"
    for name in ["Tempchange", "GDP"]:
        assert factors[name]["discretization"] in {
            "equal_interval", "quantile", "natural_breaks", "geometric_interval",
            "standard_deviation"}
        assert 3 <= factors[name]["classes"] <= 7
        assert len(factors[name]["breaks"].split()) == factors[name]["classes"] + 1
    assert results["N"] == 713


def _closed_form_stack(tmp_path):
    size = 60
    rows, cols = np.mgrid[0:size, 0:size]
    a = (cols >= size // 2).astype(np.uint8)
    b = (rows >= size // 2).astype(np.uint8)
    noise = np.where((rows + cols) % 2 == 0, 0.5, -0.5)
    target = (a + 2.0 * b + noise).astype(np.float32)
    return {
        "target": write_raster(tmp_path / "target.tif", target),
        "a": write_raster(tmp_path / "a.tif", a + 1),
        "b": write_raster(tmp_path / "b.tif", (b * 10.0 + rows / size).astype(np.float32)),
    }


def test_raster_mode_closed_form(run_algorithm, geodetector, tmp_path):
    from osgeo import gdal

    stack = _closed_form_stack(tmp_path)
    strata = tmp_path / "strata"
    parameters = {"TARGET_RASTER": stack["target"], "FACTOR_RASTERS": [stack["a"], stack["b"]],
                  "CATEGORICAL_RASTERS": [stack["a"]], "DISCRETIZATION": 0, "CLASSES": 2,
                  "STRATA_RASTERS": str(strata)}
    parameters.update(_temporary_outputs(tmp_path))
    results = run_algorithm(ALGORITHM, parameters)
    factors = {row["factor"]: row for row in _rows(results["FACTOR_TABLE"])}
    assert factors["a"]["q"] == pytest.approx(1 / 6, abs=1e-12)
    assert factors["b"]["q"] == pytest.approx(2 / 3, abs=1e-12)
    interaction = _rows(results["INTERACTION_TABLE"])[0]
    assert interaction["q_interaction"] == pytest.approx(5 / 6, abs=1e-12)
    assert interaction["interaction_type"] == "independent"
    classes = gdal.Open(str(strata / "b_strata.tif")).ReadAsArray()
    assert sorted(np.unique(classes).tolist()) == [1, 2]
    assert results["N"] == 3600


def test_no_input_rejected(run_algorithm, geodetector, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="No input was given"):
        run_algorithm(ALGORITHM, _temporary_outputs(tmp_path))


def test_single_stratum_factor_message(run_algorithm, geodetector, tmp_path):
    from qgis.core import QgsProcessingException

    path = tmp_path / "one.csv"
    path.write_text("y,zone,flat\n1,1,5\n2,1,5\n3,2,5\n4,2,5\n", encoding="utf-8")
    parameters = {"INPUT": str(path), "TARGET_FIELD": "y", "FACTOR_FIELDS": ["zone", "flat"],
                  "CATEGORICAL_FIELDS": ["zone", "flat"]}
    parameters.update(_temporary_outputs(tmp_path))
    with pytest.raises(QgsProcessingException, match="factor flat has a single stratum"):
        run_algorithm(ALGORITHM, parameters)


def test_qgis_process_ntd(qgis_process_env, tmp_path):
    import subprocess

    from support import QGIS_PROCESS, run_qgis_process

    listed = subprocess.run([QGIS_PROCESS, "list"], env=qgis_process_env, capture_output=True,
                            text=True, timeout=300).stdout
    if f"carbondrivers:{ALGORITHM}" not in listed:
        pytest.skip("the provider does not list the Geographical Detector")
    path = shared_data("geodetector", "geodetector_CollectData.csv")
    factors = ";".join(NTD_FACTORS)
    output = run_qgis_process(qgis_process_env, ALGORITHM, {
        "INPUT": path, "TARGET_FIELD": "incidence", "FACTOR_FIELDS": factors,
        "CATEGORICAL_FIELDS": factors, "FACTOR_TABLE": tmp_path / "factors.csv",
        "INTERACTION_TABLE": tmp_path / "interactions.csv", "RISK_TABLE": tmp_path / "risk.csv",
        "STRATUM_TABLE": tmp_path / "strata.csv", "ECOLOGICAL_TABLE": tmp_path / "eco.csv",
        "REPORT": tmp_path / "report.html"})
    assert output["results"]["N"] == 185
    import pandas as pd

    factors_table = pd.read_csv(tmp_path / "factors.csv").set_index("factor")
    for name in NTD_FACTORS:
        assert factors_table.loc[name, "q"] == pytest.approx(NTD_Q[name], abs=1e-7)
        assert factors_table.loc[name, "p_value"] == pytest.approx(NTD_P[name], rel=1e-4)
