"""Tests of the geographical detector's streaming raster mode."""

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("carbon_drivers.core.raster", reason="needs the shared raster module")
from osgeo import gdal, osr  # noqa: E402

from carbon_drivers.core import geodetector_raster  # noqa: E402
from carbon_drivers.core.errors import InputError  # noqa: E402
from carbon_drivers.core.geodetector import (  # noqa: E402
    INDEPENDENT, DiscretizationOptions, detect_table)
from carbon_drivers.core.geodetector_raster import detect_rasters  # noqa: E402

SIZE = 120


def _write(path, values, pixel=1.0, nodata=None, epsg=32648):
    types = {np.dtype("float32"): gdal.GDT_Float32, np.dtype("uint8"): gdal.GDT_Byte,
             np.dtype("int16"): gdal.GDT_Int16, np.dtype("float64"): gdal.GDT_Float64}
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, types[values.dtype])
    dataset.SetGeoTransform((500000.0, pixel, 0.0, 4000000.0, 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.WriteArray(values)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    dataset = None
    return str(path)


@pytest.fixture
def stack(tmp_path):
    """Target y = a + 2 b + e on a 120 x 120 grid, with e = +-0.5 in a checkerboard.

    a is 0 left and 1 right, b is 0 top and 1 bottom, and e has zero mean in
    every quarter. With var(a) = 1/4, var(2 b) = 1 and var(e) = 1/4, the
    closed-form values are q(a) = 1/6, q(b) = 2/3 and q(a, b) = 5/6 = q(a) + q(b).
    """
    rows, cols = np.mgrid[0:SIZE, 0:SIZE]
    a = (cols >= SIZE // 2).astype(np.uint8)
    b = (rows >= SIZE // 2).astype(np.uint8)
    noise = np.where((rows + cols) % 2 == 0, 0.5, -0.5)
    target = (a + 2.0 * b + noise).astype(np.float32)
    return {
        "target": _write(tmp_path / "target.tif", target),
        "a": _write(tmp_path / "a.tif", a + 1),
        "b": _write(tmp_path / "b.tif", b + 1),
        # b on a grid with pixels twice as large: sampled at the target's centres.
        "b_coarse": _write(tmp_path / "b_coarse.tif",
                           (b[::2, ::2] + 1).astype(np.uint8), pixel=2.0),
        # a continuous version of b: two equal-interval classes recover b.
        "b_continuous": _write(tmp_path / "b_continuous.tif",
                               (b * 10.0 + rows / SIZE).astype(np.float32)),
        "folder": tmp_path,
    }


def _row(frame, **where):
    mask = np.ones(len(frame), dtype=bool)
    for column, value in where.items():
        mask &= frame[column] == value
    return frame[mask].iloc[0]


def test_raster_closed_form_q(stack):
    result = detect_rasters(
        stack["target"], [("a", stack["a"]), ("b", stack["b"]),
                          ("b_coarse", stack["b_coarse"]),
                          ("b_continuous", stack["b_continuous"])],
        categorical=["a", "b", "b_coarse"],
        options=DiscretizationOptions(method="equal_interval", k=2))
    factors = result.factors.set_index("factor")
    assert factors.loc["a", "q"] == pytest.approx(1 / 6, abs=1e-12)
    for name in ["b", "b_coarse", "b_continuous"]:
        assert factors.loc[name, "q"] == pytest.approx(2 / 3, abs=1e-12)
        assert factors.loc[name, "n"] == SIZE * SIZE
    pair = _row(result.interactions, factor_1="a", factor_2="b")
    assert pair["q_interaction"] == pytest.approx(5 / 6, abs=1e-12)
    assert pair["interaction_type"] == INDEPENDENT
    means = result.strata[result.strata["factor"] == "b"]["mean"].tolist()
    assert means == pytest.approx([0.5, 2.5], abs=1e-12)
    assert result.sampled


def test_raster_nodata_dropped_for_all_factors(tmp_path, stack):
    rows, cols = np.mgrid[0:SIZE, 0:SIZE]
    a = (cols >= SIZE // 2).astype(np.uint8) + 1
    a[:, :4] = 0
    a_path = _write(tmp_path / "a_nodata.tif", a, nodata=0)
    target = gdal.Open(stack["target"]).ReadAsArray()
    target[0, :] = np.nan
    target_path = _write(tmp_path / "target_nan.tif", target)
    result = detect_rasters(target_path, [("a", a_path), ("b", stack["b"])],
                            categorical=["a", "b"])
    expected_n = (SIZE - 1) * (SIZE - 4)
    assert (result.factors["n"] == expected_n).all()
    # Row 0 has no target, so it has no observations. The first four
    # columns of the other rows lack factor a.
    assert result.n_dropped == (SIZE - 1) * 4
    assert not result.sampled


def test_raster_matches_table_on_same_pixels(tmp_path):
    rng = np.random.default_rng(12)
    shape = (300, 257)
    zone = rng.integers(1, 12, shape).astype(np.int16)
    zone[rng.random(shape) < 0.02] = -1
    soil = rng.integers(0, 4, shape).astype(np.uint8) * 10 + 1
    slope = rng.gamma(2.0, 5.0, shape).astype(np.float32)
    target = (zone * 0.3 + np.log1p(slope) + soil * 0.05
              + rng.normal(0.0, 1.0, shape)).astype(np.float32)
    target[rng.random(shape) < 0.05] = np.nan
    paths = {
        "target": _write(tmp_path / "t.tif", target),
        "zone": _write(tmp_path / "zone.tif", zone, nodata=-1),
        "soil": _write(tmp_path / "soil.tif", soil),
        "slope": _write(tmp_path / "slope.tif", slope),
    }
    strata = tmp_path / "strata"
    strata.mkdir()
    result = detect_rasters(
        paths["target"], [("zone", paths["zone"]), ("soil", paths["soil"]),
                          ("slope", paths["slope"])],
        categorical=["zone", "soil"], options=DiscretizationOptions(method="quantile", k=6),
        strata_folder=str(strata))

    slope_classes = gdal.Open(str(strata / "slope_strata.tif")).ReadAsArray()
    frame = pd.DataFrame({"y": target.ravel(), "zone": zone.ravel(), "soil": soil.ravel(),
                          "slope": slope_classes.ravel()})
    frame = frame[(frame["zone"] != -1) & frame["y"].notna()]
    table = detect_table(frame, "y", ["zone", "soil", "slope"],
                         categorical=["zone", "soil", "slope"])
    np.testing.assert_allclose(result.factors["q"], table.factors["q"], atol=1e-12)
    np.testing.assert_allclose(result.factors["p_value"], table.factors["p_value"],
                               rtol=1e-9)
    np.testing.assert_allclose(result.interactions["q_interaction"],
                               table.interactions["q_interaction"], atol=1e-12)
    assert result.n == len(frame)
    assert _row(result.factors, factor="slope")["classes"] == 6


def test_raster_small_strips_give_same_result(monkeypatch, stack):
    factors = [("a", stack["a"]), ("b", stack["b"])]
    whole = detect_rasters(stack["target"], factors, categorical=["a", "b"])
    monkeypatch.setattr(geodetector_raster, "BlockReader",
                        _small_strip_reader(geodetector_raster.BlockReader))
    strips = detect_rasters(stack["target"], factors, categorical=["a", "b"])
    np.testing.assert_allclose(strips.factors["q"], whole.factors["q"], atol=1e-12)
    np.testing.assert_allclose(strips.interactions["q_interaction"],
                               whole.interactions["q_interaction"], atol=1e-12)


def _small_strip_reader(reader_class):
    def make(rasters, progress=None):
        return reader_class(rasters, budget=SIZE * 8 * 3 * 3, progress=progress)
    return make


def test_raster_without_valid_pixel_raises(tmp_path, stack):
    empty = np.full((SIZE, SIZE), np.nan, dtype=np.float32)
    path = _write(tmp_path / "empty.tif", empty)
    with pytest.raises(InputError, match="No pixel has a value"):
        detect_rasters(path, [("a", stack["a"])], categorical=["a"])


def test_raster_new_categories_in_later_strips(tmp_path, monkeypatch):
    rows, _ = np.mgrid[0:SIZE, 0:SIZE]
    zone = (rows // 20 + 1).astype(np.uint8)
    target = (zone * 1.0 + (rows % 2)).astype(np.float32)
    target_path = _write(tmp_path / "t.tif", target)
    zone_path = _write(tmp_path / "z.tif", zone)
    monkeypatch.setattr(geodetector_raster, "BlockReader",
                        _small_strip_reader(geodetector_raster.BlockReader))
    result = detect_rasters(target_path, [("zone", zone_path), ("zone2", zone_path)],
                            categorical=["zone", "zone2"])
    strata = result.strata[result.strata["factor"] == "zone"]
    assert strata["label"].tolist() == ["1", "2", "3", "4", "5", "6"]
    assert strata["mean"].tolist() == pytest.approx([1.5, 2.5, 3.5, 4.5, 5.5, 6.5])
    # var within each zone is 1/4, var of zone means is 35/12.
    assert result.factors["q"].iloc[0] == pytest.approx((35 / 12) / (35 / 12 + 0.25))


class _CancelAfter:
    """Progress sink that requests a cancel after a number of checks."""

    def __init__(self, checks):
        self.checks = checks

    def set_fraction(self, fraction):
        pass

    def is_canceled(self):
        self.checks -= 1
        return self.checks < 0


def test_raster_cancel_leaves_no_strata_raster(stack, monkeypatch):
    from carbon_drivers.core.errors import CanceledError

    monkeypatch.setattr(geodetector_raster, "BlockReader",
                        _small_strip_reader(geodetector_raster.BlockReader))
    strata = stack["folder"] / "strata"
    with pytest.raises(CanceledError):
        detect_rasters(stack["target"], [("a", stack["a"]), ("b", stack["b_continuous"])],
                       categorical=["a"], strata_folder=str(strata),
                       progress=_CancelAfter(150))
    assert list(strata.iterdir()) == []


def test_factor_smaller_than_target_without_nodata(tmp_path, stack):
    # The factor covers the left half of the target only and has no nodata
    # value: pixels outside it must be dropped, not read as category 0.
    _, cols = np.mgrid[0:SIZE, 0:SIZE // 2]
    half = np.where(cols < SIZE // 4, 0, 1).astype(np.uint8)
    path = _write(tmp_path / "half.tif", half[::2, ::2].copy(), pixel=2.0)
    result = detect_rasters(stack["target"], [("half", path), ("b", stack["b"])],
                            categorical=["half", "b"])
    assert result.n == SIZE * SIZE // 2
    assert result.n_dropped == SIZE * SIZE // 2
    labels = result.strata[result.strata["factor"] == "half"]["label"].tolist()
    assert labels == ["0", "1"]
