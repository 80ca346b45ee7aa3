"""Sample Factors and RF Factor Screening through processing.run on Bungo.

The target is the carbon raster of Carbon Storage for the 2010 land cover.
Expected target values come from the land-cover class at each point looked
up in carbon_bungo.csv with pandas and numpy, not from the carbon raster.
"""

import numpy as np
import pytest
from osgeo import gdal

from support import shared_data

pytestmark = pytest.mark.qgis

FACTORS = [("terrain", "bungo_elev_srtm.tif"), ("terrain", "bungo_slope.tif"),
           ("soil", "bungo_clay_0-5cm_mean.tif"), ("soil", "bungo_sand_0-5cm_mean.tif"),
           ("soil", "bungo_soc_0-5cm_mean.tif")]


@pytest.fixture
def algorithms(provider):
    """Make sure the registered provider lists both algorithms."""
    from qgis.core import QgsApplication

    from carbon_drivers.algorithms.rf_factor_screening import RfFactorScreeningAlgorithm
    from carbon_drivers.algorithms.sample_factors import SampleFactorsAlgorithm

    # Another test may have replaced the session's provider object.
    current = QgsApplication.processingRegistry().providerById("carbondrivers")
    for algorithm_class in (SampleFactorsAlgorithm, RfFactorScreeningAlgorithm):
        if current.algorithm(algorithm_class.ALGORITHM_ID) is None:
            current.addAlgorithm(algorithm_class())
    return current


@pytest.fixture(scope="module")
def carbon_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("carbon")


@pytest.fixture
def carbon(run_algorithm, algorithms, carbon_folder):
    """Carbon density (Mg C/ha) of the 2010 land cover from Carbon Storage."""
    path = carbon_folder / "carbon_2010.tif"
    if not path.exists():
        run_algorithm("carbonstorage", {
            "LULC": str(shared_data("bungo", "landcover", "bungo_landcover_2010r.tif")),
            "CARBON_TABLE": str(shared_data("bungo", "tables", "carbon_bungo.csv")),
            "CODE_FIELD": "ID", "TOTAL_FIELD": "CARBON", "OUTPUT": str(path),
            "SUMMARY": "TEMPORARY_OUTPUT", "REPORT": ""})
    return str(path)


def factor_paths():
    return [str(shared_data("bungo", folder, name)) for folder, name in FACTORS]


def expected_carbon(x, y):
    """Carbon density at UTM points from the land-cover class and the CSV."""
    import pandas as pd

    table = pd.read_csv(shared_data("bungo", "tables", "carbon_bungo.csv"))
    density = dict(zip(table["ID"], table["CARBON"]))
    dataset = gdal.Open(str(shared_data("bungo", "landcover", "bungo_landcover_2010r.tif")))
    band = dataset.GetRasterBand(1)
    classes = band.ReadAsArray()
    transform = dataset.GetGeoTransform()
    columns = np.floor((np.asarray(x) - transform[0]) / transform[1]).astype(int)
    rows = np.floor((np.asarray(y) - transform[3]) / transform[5]).astype(int)
    codes = classes[rows, columns]
    return np.array([np.nan if code == band.GetNoDataValue() else density[int(code)]
                     for code in codes])


def features_of(layer):
    return list(layer.getFeatures())


def test_grid_sample_matches_land_cover(run_algorithm, carbon, tmp_path):
    results = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": factor_paths(), "METHOD": 0, "CELL_SIZE": 1500,
        "OUTPUT": str(tmp_path / "samples.gpkg")})
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(results["OUTPUT"], "samples", "ogr")
    features = features_of(layer)
    dataset = gdal.Open(carbon)
    transform = dataset.GetGeoTransform()
    columns = int(dataset.RasterXSize * transform[1] // 1500)
    rows = int(dataset.RasterYSize * -transform[5] // 1500)
    grid_x = transform[0] + 750 + 1500 * np.arange(columns)
    grid_y = transform[3] - 750 - 1500 * np.arange(rows)
    all_x, all_y = [a.ravel() for a in np.meshgrid(grid_x, grid_y)]
    expected = expected_carbon(all_x, all_y)

    assert results["POINT_COUNT"] == int((~np.isnan(expected)).sum())
    assert results["SKIPPED_NODATA"] == int(np.isnan(expected).sum())
    assert len(features) == results["POINT_COUNT"]
    x = np.array([f.geometry().asPoint().x() for f in features])
    y = np.array([f.geometry().asPoint().y() for f in features])
    np.testing.assert_allclose([f["target"] for f in features], expected_carbon(x, y),
                               rtol=1e-6)
    assert [f["sample_id"] for f in features] == list(range(1, len(features) + 1))
    names = ["bungo_elev_srtm", "bungo_slope", "bungo_clay_0_5cm_mean",
             "bungo_sand_0_5cm_mean", "bungo_soc_0_5cm_mean"]
    assert layer.fields().names()[-5:] == names
    assert results["FACTOR_FIELDS"] == ";".join(names)
    assert results["CATEGORICAL_FIELDS"] == ""


def test_shapefile_names_cut_to_ten(run_algorithm, carbon, tmp_path):
    landcover = str(shared_data("bungo", "landcover", "bungo_landcover_2000r.tif"))
    results = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": factor_paths()[2:4], "CATEGORICAL_FACTORS": [landcover],
        "METHOD": 1, "COUNT": 300, "SEED": 3, "OUTPUT": str(tmp_path / "samples.shp")})
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(results["OUTPUT"], "samples", "ogr")
    names = layer.fields().names()
    assert names[-3:] == ["bungo_clay", "bungo_sand", "bungo_land"]
    assert results["CATEGORICAL_FIELDS"] == "bungo_land"
    assert len(features_of(layer)) == 300
    from qgis.core import NULL

    # Shapefiles store 64-bit integers as reals, so compare the whole numbers.
    classes = {int(f["bungo_land"]) for f in features_of(layer) if f["bungo_land"] != NULL}
    assert classes <= {1, 2, 3, 10, 12, 14, 16, 17, 19, 20, 21, 23, 24, 25, 42}


def test_random_design_repeats(run_algorithm, carbon):
    def points(seed):
        results = run_algorithm("samplefactors", {
            "TARGET": carbon, "FACTORS": factor_paths()[:1], "METHOD": 1, "COUNT": 200,
            "SEED": seed, "OUTPUT": "TEMPORARY_OUTPUT"})
        return [f.geometry().asWkt(3) for f in features_of(results["OUTPUT"])]

    first = points(5)
    assert first == points(5)
    assert first != points(6)


def test_reprojected_factor_matches_original(run_algorithm, carbon, tmp_path):
    elevation = factor_paths()[0]
    warped = str(tmp_path / "elevation_4326.tif")
    gdal.Warp(warped, elevation, dstSRS="EPSG:4326", resampleAlg="bilinear")
    results = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": [elevation, warped], "METHOD": 1, "COUNT": 1000,
        "SEED": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    from qgis.core import NULL

    pairs = np.array([(f["bungo_elev_srtm"], f["elevation_4326"])
                      for f in features_of(results["OUTPUT"])
                      if f["bungo_elev_srtm"] != NULL and f["elevation_4326"] != NULL],
                     dtype=float)
    assert len(pairs) > 950
    difference = np.abs(pairs[:, 0] - pairs[:, 1])
    assert np.median(difference) < 2.0
    assert np.quantile(difference, 0.95) < 25.0


def test_existing_points_in_other_crs(run_algorithm, carbon):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                           QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer)

    dataset = gdal.Open(carbon)
    transform = dataset.GetGeoTransform()
    utm_x = transform[0] + 99.98 * np.array([300.5, 500.5, 700.5, 900.5])
    utm_y = transform[3] - 99.98 * np.array([200.5, 400.5, 500.5, 600.5])
    to_degrees = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32748"),
                                        QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsProject.instance())
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory")
    features = []
    for px, py in zip(utm_x, utm_y):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(
            to_degrees.transform(QgsPointXY(px, py))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)

    results = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": factor_paths()[:1], "METHOD": 2, "POINTS": layer,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    output = results["OUTPUT"]
    expected = expected_carbon(utm_x, utm_y)
    got = [f["target"] for f in features_of(output)]
    np.testing.assert_allclose(got, expected[~np.isnan(expected)], rtol=1e-6)
    assert output.crs().authid() == "EPSG:4326"

    # A UTM mask around the first two points keeps only those.
    mask = QgsVectorLayer("Polygon?crs=EPSG:32748", "mask", "memory")
    square = QgsFeature()
    square.setGeometry(QgsGeometry.fromWkt(
        f"POLYGON(({utm_x[0] - 10} {utm_y[1] - 10}, {utm_x[1] + 10} {utm_y[1] - 10}, "
        f"{utm_x[1] + 10} {utm_y[0] + 10}, {utm_x[0] - 10} {utm_y[0] + 10}, "
        f"{utm_x[0] - 10} {utm_y[1] - 10}))"))
    mask.dataProvider().addFeatures([square])
    masked = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": factor_paths()[:1], "METHOD": 2, "POINTS": layer,
        "MASK": mask, "OUTPUT": "TEMPORARY_OUTPUT"})
    kept = expected[:2][~np.isnan(expected[:2])]
    assert len(kept) == 2
    np.testing.assert_allclose([f["target"] for f in features_of(masked["OUTPUT"])], kept,
                               rtol=1e-6)


def test_mask_limits_points(run_algorithm, carbon):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    dataset = gdal.Open(carbon)
    transform = dataset.GetGeoTransform()
    left, top = transform[0] + 30000, transform[3] - 30000
    mask = QgsVectorLayer("Polygon?crs=EPSG:32748", "mask", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(
        f"POLYGON(({left} {top}, {left + 20000} {top}, {left + 20000} {top - 20000}, "
        f"{left} {top - 20000}, {left} {top}))"))
    mask.dataProvider().addFeatures([feature])
    results = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": factor_paths()[:1], "METHOD": 1, "COUNT": 150,
        "SEED": 1, "MASK": mask, "OUTPUT": "TEMPORARY_OUTPUT"})
    points = [f.geometry().asPoint() for f in features_of(results["OUTPUT"])]
    assert len(points) == 150
    # Points lie in pixels whose centre is inside, so at most half a pixel out.
    assert all(left - 50 <= p.x() <= left + 20050 for p in points)
    assert all(top - 20050 <= p.y() <= top + 50 for p in points)


@pytest.fixture
def bungo_samples(run_algorithm, carbon, tmp_path):
    landcover_2000 = str(shared_data("bungo", "landcover", "bungo_landcover_2000r.tif"))
    results = run_algorithm("samplefactors", {
        "TARGET": carbon, "FACTORS": factor_paths(), "CATEGORICAL_FACTORS": [landcover_2000],
        "METHOD": 0, "CELL_SIZE": 1000, "OUTPUT": str(tmp_path / "samples.gpkg")})
    return results


def test_screening_on_bungo_sample(run_algorithm, bungo_samples, tmp_path, capsys):
    from qgis.core import QgsVectorLayer

    factor_fields = bungo_samples["FACTOR_FIELDS"].split(";")
    report = tmp_path / "screening.html"
    results = run_algorithm("rffactorscreening", {
        "INPUT": bungo_samples["OUTPUT"], "TARGET_FIELD": "target",
        "FACTOR_FIELDS": bungo_samples["FACTOR_FIELDS"],
        "CATEGORICAL_FIELDS": bungo_samples["CATEGORICAL_FIELDS"],
        "N_TREES": 100, "SHADOW_RUNS": 20, "PERMUTATION_REPEATS": 5, "SEED": 1,
        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": str(report)})
    with capsys.disabled():
        print(f"\nBungo 1 km grid: {results['ROWS_USED']} rows, OOB R² {results['OOB_R2']:.3f}, "
              f"held-out R² {results['TEST_R2']:.3f}, RMSE {results['TEST_RMSE']:.2f} Mg C/ha, "
              f"selected {results['SELECTED']}")
    table = {f["factor"]: f for f in results["OUTPUT"].getFeatures()}
    assert set(table) == set(factor_fields)
    assert sorted(f["rank"] for f in table.values()) == list(range(1, len(factor_fields) + 1))
    selected = results["SELECTED"].split(";") if results["SELECTED"] else []
    assert set(selected) <= set(factor_fields)
    assert {name for name, f in table.items() if f["selected"]} == set(selected)
    # Land cover of 2000 largely predicts carbon from the 2010 land cover.
    assert "bungo_landcover_2000r" in selected
    assert table["bungo_landcover_2000r"]["type"] == "categorical"
    samples = QgsVectorLayer(bungo_samples["OUTPUT"], "samples", "ogr")
    assert samples.fields().field("bungo_landcover_2000r").isNumeric()
    assert samples.fields().field("bungo_landcover_2000r").typeName().lower().startswith("int")
    assert 0.2 < results["TEST_R2"] <= 1.0
    assert -1.0 < results["OOB_R2"] <= 1.0
    assert results["TEST_RMSE"] > 0
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") >= 3
    assert "Permutation importance" in html


def test_selected_feeds_field_parameter_in_model(run_algorithm, algorithms, bungo_samples):
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback,
                           QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingUtils)

    model = QgsProcessingModelAlgorithm("screen then keep", "tests")
    screening = QgsProcessingModelChildAlgorithm("carbondrivers:rffactorscreening")
    screening.setChildId("screening")
    for name, value in {"INPUT": bungo_samples["OUTPUT"], "TARGET_FIELD": "target",
                        "FACTOR_FIELDS": bungo_samples["FACTOR_FIELDS"],
                        "CATEGORICAL_FIELDS": bungo_samples["CATEGORICAL_FIELDS"],
                        "N_TREES": 50, "SELECTION": 0, "TOP_K": 2,
                        "PERMUTATION_REPEATS": 3, "REPORT": ""}.items():
        screening.addParameterSources(name, [Source.fromStaticValue(value)])
    model.addChildAlgorithm(screening)

    keep = QgsProcessingModelChildAlgorithm("native:retainfields")
    keep.setChildId("keep")
    keep.addParameterSources("INPUT", [Source.fromStaticValue(bungo_samples["OUTPUT"])])
    keep.addParameterSources("FIELDS", [Source.fromChildOutput("screening", "SELECTED")])
    output = QgsProcessingModelOutput("kept", "kept")
    output.setChildOutputName("OUTPUT")
    keep.setModelOutputs({"kept": output})
    model.addChildAlgorithm(keep)

    context = QgsProcessingContext()
    results = processing.run(model, {"keep:kept": "TEMPORARY_OUTPUT"},
                             feedback=QgsProcessingFeedback(), context=context)
    kept = results["keep:kept"]
    if isinstance(kept, str):
        kept = QgsProcessingUtils.mapLayerFromString(kept, context)
    names = kept.fields().names()
    assert len(names) == 2
    assert set(names) <= set(bungo_samples["FACTOR_FIELDS"].split(";"))


def test_text_factor_not_categorical_rejected(run_algorithm, algorithms):
    from qgis.core import (QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("None", "table", "memory")
    layer.dataProvider().addAttributes([QgsField("carbon", QVariant.Double),
                                        QgsField("soil", QVariant.String)])
    layer.updateFields()
    rows = []
    for index in range(40):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(index), "peat" if index % 2 else "clay"])
        rows.append(feature)
    layer.dataProvider().addFeatures(rows)
    with pytest.raises(QgsProcessingException, match="soil is not numeric"):
        run_algorithm("rffactorscreening", {
            "INPUT": layer, "TARGET_FIELD": "carbon", "FACTOR_FIELDS": ["soil"],
            "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": ""})


def test_selected_feeds_geographical_detector(algorithms, bungo_samples):
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingFeedback,
                           QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingUtils)

    if algorithms.algorithm("geographicaldetector") is None:
        pytest.skip("the Geographical Detector is not registered")
    continuous = ["bungo_elev_srtm", "bungo_slope", "bungo_soc_0_5cm_mean"]
    model = QgsProcessingModelAlgorithm("screen then detect", "tests")
    screening = QgsProcessingModelChildAlgorithm("carbondrivers:rffactorscreening")
    screening.setChildId("screening")
    for name, value in {"INPUT": bungo_samples["OUTPUT"], "TARGET_FIELD": "target",
                        "FACTOR_FIELDS": ";".join(continuous), "N_TREES": 50,
                        "SELECTION": 0, "TOP_K": 2, "PERMUTATION_REPEATS": 3,
                        "REPORT": ""}.items():
        screening.addParameterSources(name, [Source.fromStaticValue(value)])
    model.addChildAlgorithm(screening)

    detector = QgsProcessingModelChildAlgorithm("carbondrivers:geographicaldetector")
    detector.setChildId("detector")
    for name, value in {"INPUT": bungo_samples["OUTPUT"], "TARGET_FIELD": "target",
                        "REPORT": ""}.items():
        detector.addParameterSources(name, [Source.fromStaticValue(value)])
    detector.addParameterSources("FACTOR_FIELDS",
                                 [Source.fromChildOutput("screening", "SELECTED")])
    output = QgsProcessingModelOutput("factors", "factors")
    output.setChildOutputName("FACTOR_TABLE")
    detector.setModelOutputs({"factors": output})
    model.addChildAlgorithm(detector)

    context = QgsProcessingContext()
    results = processing.run(model, {"detector:factors": "TEMPORARY_OUTPUT"},
                             feedback=QgsProcessingFeedback(), context=context)
    table = results["detector:factors"]
    if isinstance(table, str):
        table = QgsProcessingUtils.mapLayerFromString(table, context)
    first_column = table.fields().names()[0]
    detected = {feature[first_column] for feature in table.getFeatures()}
    assert len(detected) == 2
    assert detected <= set(continuous)
