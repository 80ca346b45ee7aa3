"""Carbon storage core: totals, rasters, valuation and input errors.

Expected values are computed in the tests from full arrays with numpy
(class pixel counts × density × pixel area), independently of the block-wise
histograms of the code under test.
"""

import os

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal

from carbon_drivers.core.carbon import (FLOAT_NODATA, CarbonOutputs, carbon_table_from_frame,
                                        compute_carbon_storage, valuation_constant)
from carbon_drivers.core.errors import CanceledError, InputError
from carbon_drivers.core.tables import read_csv_table
from support import read_raster, shared_data, write_raster

PIXEL_HA = 30.0 * 30.0 / 10_000.0


def _pool_table():
    return pd.DataFrame({
        "lucode": ["1", "2", "3"],
        "LULC_name": ["forest", "crop", "urban"],
        "c_above": ["100", "10", "1"],
        "c_below": ["20", "2", "0.5"],
        "c_soil": ["50", "30", "10"],
        "c_dead": ["5", "0", "0"],
    })


@pytest.fixture
def pool_table():
    return carbon_table_from_frame(_pool_table())


@pytest.fixture
def lulc_pair(tmp_path):
    earlier = np.array([[1, 1, 2, 2], [3, 3, 1, 255], [2, 2, 2, 1]], dtype=np.uint8)
    later = np.array([[1, 2, 2, 3], [3, 1, 1, 2], [255, 2, 3, 1]], dtype=np.uint8)
    return (write_raster(tmp_path / "earlier.tif", earlier, nodata=255),
            write_raster(tmp_path / "later.tif", later, nodata=255), earlier, later)


def test_pool_totals_by_hand(pool_table, lulc_pair):
    earlier_path, _, _, _ = lulc_pair
    result = compute_carbon_storage(earlier_path, pool_table)
    # Earlier map: 4 forest, 5 crop, 2 urban pixels of 0.09 ha each.
    forest, crop, urban = 175.0, 42.0, 11.5
    assert result.total == pytest.approx((4 * forest + 5 * crop + 2 * urban) * PIXEL_HA,
                                         rel=1e-12)
    assert result.pool_totals["above"] == pytest.approx((400 + 50 + 2) * PIXEL_HA, rel=1e-12)
    assert result.valid_pixels == 11


def test_change_counts_pixels_valid_at_both_dates(pool_table, lulc_pair, tmp_path):
    earlier_path, later_path, earlier, later = lulc_pair
    outputs = CarbonOutputs(carbon=str(tmp_path / "c.tif"), carbon_later=str(tmp_path / "c2.tif"),
                            change=str(tmp_path / "d.tif"))
    result = compute_carbon_storage(earlier_path, pool_table, outputs, later_path)
    density = {1: 175.0, 2: 42.0, 3: 11.5}
    both = (earlier != 255) & (later != 255)
    expected = sum(density[b] - density[a] for a, b in zip(earlier[both], later[both]))
    assert result.change == pytest.approx(expected * PIXEL_HA, rel=1e-12)
    assert result.pixels_both_dates == int(both.sum())
    assert result.pixels_one_date == 2

    change, nodata = read_raster(tmp_path / "d.tif")
    assert nodata == pytest.approx(FLOAT_NODATA)
    assert change[0, 1] == pytest.approx(42.0 - 175.0)
    assert change[1, 3] == nodata
    assert change[2, 0] == nodata


def test_change_of_minus_one_is_kept(tmp_path):
    # InVEST 3.20 uses -1 as the change raster's nodata and drops this pixel.
    table = carbon_table_from_frame(pd.DataFrame({"lucode": [1, 2], "c_total": [11.0, 10.0]}))
    earlier = write_raster(tmp_path / "a.tif", np.array([[1, 1]], np.uint8))
    later = write_raster(tmp_path / "b.tif", np.array([[2, 1]], np.uint8))
    outputs = CarbonOutputs(change=str(tmp_path / "d.tif"))
    result = compute_carbon_storage(earlier, table, outputs, later)
    assert result.change == pytest.approx(-1.0 * PIXEL_HA)
    change, _ = read_raster(tmp_path / "d.tif")
    assert change[0, 0] == -1.0


def test_per_pixel_output_is_density_times_area(pool_table, lulc_pair, tmp_path):
    earlier_path, _, earlier, _ = lulc_pair
    compute_carbon_storage(earlier_path, pool_table,
                           CarbonOutputs(carbon=str(tmp_path / "per_ha.tif")))
    compute_carbon_storage(earlier_path, pool_table,
                           CarbonOutputs(carbon=str(tmp_path / "per_px.tif")), per_pixel=True)
    per_ha, _ = read_raster(tmp_path / "per_ha.tif")
    per_px, _ = read_raster(tmp_path / "per_px.tif")
    valid = earlier != 255
    assert per_ha[0, 0] == pytest.approx(175.0)
    np.testing.assert_allclose(per_px[valid], per_ha[valid] * PIXEL_HA, rtol=1e-6)


def test_pool_rasters_are_written(pool_table, lulc_pair, tmp_path):
    earlier_path, later_path, _, _ = lulc_pair
    folder = tmp_path / "pools"
    compute_carbon_storage(earlier_path, pool_table, CarbonOutputs(pools_folder=str(folder)),
                           later_path, year=2000, year_later=2010)
    names = sorted(os.listdir(folder))
    assert names == sorted(f"c_{pool}_{year}.tif" for pool in ("above", "below", "soil", "dead")
                           for year in (2000, 2010))
    soil, _ = read_raster(folder / "c_soil_2000.tif")
    assert soil[0, 2] == pytest.approx(30.0)


def test_valuation_constant_by_hand():
    assert valuation_constant(10.0, 0.0, 0.0, 5) == pytest.approx(10.0)
    # Two years, 10 % discount: 10 / 2 * (1 + 1 / 1.1).
    assert valuation_constant(10.0, 10.0, 0.0, 2) == pytest.approx(5.0 * (1 + 1 / 1.1))
    # Price change compounds with the discount rate.
    assert valuation_constant(6.0, 5.0, 2.0, 3) == pytest.approx(
        2.0 * (1 + 1 / (1.05 * 1.02) + 1 / (1.05 * 1.02) ** 2))


def test_npv_is_change_times_constant(pool_table, lulc_pair, tmp_path):
    earlier_path, later_path, _, _ = lulc_pair
    outputs = CarbonOutputs(change=str(tmp_path / "d.tif"), npv=str(tmp_path / "npv.tif"))
    result = compute_carbon_storage(earlier_path, pool_table, outputs, later_path, year=2000,
                                    year_later=2010, price=43.0, discount_rate=3.0,
                                    price_change=1.0)
    constant = valuation_constant(43.0, 3.0, 1.0, 10)
    assert result.npv == pytest.approx(result.change * constant, rel=1e-12)
    change, nodata = read_raster(tmp_path / "d.tif")
    npv, _ = read_raster(tmp_path / "npv.tif")
    valid = change != nodata
    np.testing.assert_allclose(npv[valid], change[valid] * constant, rtol=1e-6)


def test_geographic_crs_uses_ellipsoidal_row_areas(tmp_path):
    from carbon_drivers.core.pixel_area import ellipsoidal_band_area_m2

    table = carbon_table_from_frame(pd.DataFrame({"lucode": [1], "c_total": [100.0]}))
    lulc = np.ones((2, 3), np.uint8)
    path = write_raster(tmp_path / "geo.tif", lulc, (100.0, 1.0, 0.0, 61.0, 0.0, -1.0), 4326)
    result = compute_carbon_storage(path, table)
    rows = [ellipsoidal_band_area_m2(60, 61, 1, 6378137.0, 298.257223563),
            ellipsoidal_band_area_m2(59, 60, 1, 6378137.0, 298.257223563)]
    assert result.total == pytest.approx(100.0 * 3 * sum(rows) / 10_000.0, rel=1e-12)
    assert result.total > 0


def test_bungo_totals_match_class_counts(bungo):
    table_frame = read_csv_table(bungo / "tables" / "carbon_bungo.csv")
    table = carbon_table_from_frame(table_frame, code_field="ID", total_field="CARBON")
    density = dict(zip(table_frame["ID"].astype(int), table_frame["CARBON"].astype(float)))
    for year in (1990, 2000, 2005, 2010):
        path = bungo / "landcover" / f"bungo_landcover_{year}r.tif"
        dataset = gdal.Open(str(path))
        band = dataset.GetRasterBand(1)
        values = band.ReadAsArray()
        pixel_ha = abs(dataset.GetGeoTransform()[1] * dataset.GetGeoTransform()[5]) / 10_000
        codes, counts = np.unique(values[values != band.GetNoDataValue()], return_counts=True)
        expected = sum(count * density[int(code)] * pixel_ha for code, count in zip(codes, counts))
        result = compute_carbon_storage(str(path), table, year=year)
        assert result.total == pytest.approx(expected, rel=1e-12), year
        assert result.valid_pixels == counts.sum()


def test_bungo_published_valid_pixel_counts(bungo):
    table = carbon_table_from_frame(read_csv_table(bungo / "tables" / "carbon_bungo.csv"))
    expected = {1990: 438_829, 2000: 450_549, 2005: 459_796, 2010: 459_937}
    for year, count in expected.items():
        result = compute_carbon_storage(str(bungo / "landcover" / f"bungo_landcover_{year}r.tif"),
                                        table)
        assert result.valid_pixels == count


def test_bungo_change_with_different_nodata(bungo):
    # 2000 uses nodata 255, 2010 uses 128: both must be masked.
    table_frame = read_csv_table(bungo / "tables" / "carbon_bungo.csv")
    table = carbon_table_from_frame(table_frame)
    density = np.zeros(256)
    density[table_frame["ID"].astype(int)] = table_frame["CARBON"].astype(float)
    a, _ = read_raster(bungo / "landcover" / "bungo_landcover_2000r.tif")
    b, _ = read_raster(bungo / "landcover" / "bungo_landcover_2010r.tif")
    both = (a != 255) & (b != 128)
    geotransform = gdal.Open(str(bungo / "landcover" / "bungo_landcover_2000r.tif")) \
        .GetGeoTransform()
    pixel_ha = abs(geotransform[1] * geotransform[5]) / 10_000
    expected = (density[b[both]] - density[a[both]]).sum()
    result = compute_carbon_storage(
        str(bungo / "landcover" / "bungo_landcover_2000r.tif"), table,
        lulc_later_path=str(bungo / "landcover" / "bungo_landcover_2010r.tif"))
    assert result.change / pixel_ha == pytest.approx(expected, rel=1e-6)
    assert result.pixels_both_dates == int(both.sum())


# Input errors ---------------------------------------------------------------

def test_missing_codes_are_listed_with_counts(tmp_path):
    table = carbon_table_from_frame(pd.DataFrame({"lucode": [1], "c_total": [5.0]}))
    path = write_raster(tmp_path / "a.tif", np.array([[1, 7, 7], [9, 1, 1]], np.uint8))
    output = tmp_path / "out.tif"
    with pytest.raises(InputError) as raised:
        compute_carbon_storage(path, table, CarbonOutputs(carbon=str(output)))
    assert "7 (2 px)" in str(raised.value)
    assert "9 (1 px)" in str(raised.value)
    assert not list(tmp_path.glob("out.tif*"))


@pytest.mark.parametrize("column, values, message", [
    ("lucode", ["1", "1", "2"], "more than once"),
    ("lucode", ["1", "x", "2"], "whole-number"),
    ("c_above", ["1", "", "2"], "must hold numbers"),
    ("c_above", ["1", "abc", "2"], "must hold numbers"),
    ("c_soil", ["1", "-4", "2"], "negative"),
])
def test_bad_table_values(column, values, message):
    frame = pd.DataFrame({"lucode": ["1", "2", "3"], "c_above": ["1", "2", "3"],
                          "c_below": ["0", "0", "0"], "c_soil": ["1", "1", "1"],
                          "c_dead": ["0", "0", "0"]})
    frame[column] = values
    with pytest.raises(InputError, match=message):
        carbon_table_from_frame(frame)


def test_missing_column_names_the_columns():
    frame = pd.DataFrame({"lucode": [1], "c_above": [1.0]})
    with pytest.raises(InputError, match="'carbon' .* missing .* lucode, c_above"):
        carbon_table_from_frame(frame, total_field="carbon")


def test_table_without_density_columns():
    with pytest.raises(InputError, match="no carbon density column"):
        carbon_table_from_frame(pd.DataFrame({"lucode": [1], "other": [2]}))


def test_empty_table():
    with pytest.raises(InputError, match="no rows"):
        carbon_table_from_frame(pd.DataFrame({"lucode": [], "c_total": []}))


def test_raster_without_valid_pixels(tmp_path):
    table = carbon_table_from_frame(pd.DataFrame({"lucode": [1], "c_total": [5.0]}))
    path = write_raster(tmp_path / "a.tif", np.full((2, 2), 255, np.uint8), nodata=255)
    with pytest.raises(InputError, match="no valid pixels"):
        compute_carbon_storage(path, table, CarbonOutputs(carbon=str(tmp_path / "o.tif")))
    assert not list(tmp_path.glob("o.tif*"))


def test_unwritable_output(tmp_path, pool_table, lulc_pair):
    with pytest.raises(InputError, match="does not exist or is not writable"):
        compute_carbon_storage(lulc_pair[0], pool_table,
                               CarbonOutputs(carbon=str(tmp_path / "missing" / "o.tif")))


@pytest.mark.parametrize("geotransform, epsg, shape, what", [
    ((500000.0, 30.0, 0.0, 4000000.0, 0.0, -30.0), 32650, (3, 5), "size"),
    ((500030.0, 30.0, 0.0, 4000000.0, 0.0, -30.0), 32650, (3, 4), "geotransform"),
    ((500000.0, 30.0, 0.0, 4000000.0, 0.0, -30.0), 32651, (3, 4), "CRS"),
])
def test_grids_that_differ(tmp_path, pool_table, lulc_pair, geotransform, epsg, shape, what):
    other = write_raster(tmp_path / "other.tif", np.ones(shape, np.uint8), geotransform, epsg)
    with pytest.raises(InputError, match=f"differ in {what}.*Align Rasters"):
        compute_carbon_storage(lulc_pair[0], pool_table, lulc_later_path=other)


def test_fractional_land_use_codes(tmp_path, pool_table):
    path = write_raster(tmp_path / "f.tif", np.array([[1.0, 2.5]], np.float32))
    with pytest.raises(InputError, match="non-integer value 2.5"):
        compute_carbon_storage(path, pool_table)


def test_float_raster_with_whole_codes_is_accepted(tmp_path, pool_table):
    path = write_raster(tmp_path / "f.tif", np.array([[1.0, 2.0]], np.float32), nodata=-9999)
    assert compute_carbon_storage(path, pool_table).total == pytest.approx(
        (175.0 + 42.0) * PIXEL_HA)


def test_valuation_needs_increasing_years(pool_table, lulc_pair):
    with pytest.raises(InputError, match="must be after"):
        compute_carbon_storage(lulc_pair[0], pool_table, lulc_later_path=lulc_pair[1],
                               year=2010, year_later=2000, price=10.0)


def test_cancel_leaves_no_output(tmp_path, pool_table):
    class CancelAfterFirstBlock:
        calls = 0

        def set_fraction(self, fraction):
            pass

        def is_canceled(self):
            self.calls += 1
            return self.calls > 1

    lulc = np.tile(np.array([1, 2, 3], np.uint8), (4000, 700))
    path = write_raster(tmp_path / "big.tif", lulc)
    from carbon_drivers.core import raster

    budget = raster.DEFAULT_BLOCK_BUDGET
    raster.DEFAULT_BLOCK_BUDGET = 1 << 20
    try:
        with pytest.raises(CanceledError):
            compute_carbon_storage(path, pool_table, CarbonOutputs(carbon=str(tmp_path / "o.tif")),
                                   progress=CancelAfterFirstBlock())
    finally:
        raster.DEFAULT_BLOCK_BUDGET = budget
    assert not list(tmp_path.glob("o.tif*"))


def test_inputs_are_not_modified(pool_table, lulc_pair, tmp_path):
    before = [open(p, "rb").read() for p in lulc_pair[:2]]
    compute_carbon_storage(lulc_pair[0], pool_table, CarbonOutputs(carbon=str(tmp_path / "o.tif")),
                           lulc_pair[1])
    assert [open(p, "rb").read() for p in lulc_pair[:2]] == before


def test_shared_bungo_table_is_read_by_csv_reader():
    frame = read_csv_table(shared_data("bungo", "tables", "carbon_bungo.csv"))
    table = carbon_table_from_frame(frame)
    assert list(table.pools) == ["total"]
    assert table.name_of(42) == "Water"
