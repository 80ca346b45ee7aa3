"""Tests of the land-use transition core on crafted rasters and the Bungo series."""

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, gdal_array
from scipy import integrate

from carbon_drivers.core.carbon import carbon_table_from_frame, compute_carbon_storage
from carbon_drivers.core.errors import CanceledError, InputError
from carbon_drivers.core.land_use_transition import (
    CHANGE_NODATA, area_table, change_raster_classes, comprehensive_dynamic_degree,
    compute_land_use_transition, generated_color, legend_from_frame, matrix_table, parse_years,
    single_dynamic_degree, transition_table)
from carbon_drivers.core.tables import read_csv_table

import support

BUNGO_YEARS = (1990, 2000, 2005, 2010)
UTM_48S = 32748


def bungo_path(folder, year):
    return str(folder / "landcover" / f"bungo_landcover_{year}r.tif")


def read_band(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    return band.ReadAsArray(), band.GetNoDataValue(), dataset.GetGeoTransform()


def write_raster(path, values, nodata=None, epsg=UTM_48S, geotransform=None,
                 gdal_type=gdal.GDT_Byte):
    """Write ``values`` as ``gdal_type`` on a 30 m UTM grid unless told otherwise."""
    dtype = gdal_array.GDALTypeCodeToNumericTypeCode(gdal_type)
    return support.write_raster(
        path, np.asarray(values).astype(dtype),
        geotransform or (500000.0, 30.0, 0.0, 9800000.0, 0.0, -30.0), epsg, nodata)


def bungo_arrays(folder, years):
    arrays, valids = [], []
    for year in years:
        values, nodata, _ = read_band(bungo_path(folder, year))
        arrays.append(values)
        valids.append(values != nodata)
    return arrays, valids


def bungo_pixel_area_ha(folder):
    _, _, geotransform = read_band(bungo_path(folder, 2000))
    return abs(geotransform[1] * geotransform[5]) / 10_000.0


@pytest.fixture(scope="module")
def bungo_result():
    from support import shared_data

    folder = shared_data("bungo")
    table = carbon_table_from_frame(read_csv_table(folder / "tables" / "carbon_bungo.csv"))
    result = compute_land_use_transition([bungo_path(folder, year) for year in BUNGO_YEARS],
                                         BUNGO_YEARS, carbon_table=table)
    return folder, result


@pytest.fixture(scope="module")
def bungo_2000_2010():
    from support import shared_data

    folder = shared_data("bungo")
    result = compute_land_use_transition([bungo_path(folder, 2000), bungo_path(folder, 2010)],
                                         (2000, 2010))
    return folder, result


def interval_between(result, year_from, year_to):
    return next(i for i in result.intervals
                if result.years[i.first] == year_from and result.years[i.last] == year_to)


# Crafted rasters


def test_union_of_classes_gives_zero_rows_and_columns(tmp_path):
    earlier = np.array([[1, 1, 2], [2, 2, 9]], np.uint8)
    later = np.array([[2, 3, 3], [2, 9, 3]], np.uint8)
    paths = [write_raster(tmp_path / "a.tif", earlier, nodata=9),
             write_raster(tmp_path / "b.tif", later, nodata=9)]

    result = compute_land_use_transition(paths, [2000, 2010])

    assert result.codes.tolist() == [1, 2, 3]
    expected = np.array([[0, 1, 1],   # 1 -> 2 once, 1 -> 3 once
                         [0, 1, 1],   # 2 -> 2 once, 2 -> 3 once (2 -> nodata left out)
                         [0, 0, 0]])  # class 3 is absent in 2000
    interval = result.intervals[0]
    assert interval.pixels.tolist() == expected.tolist()
    assert interval.pixels[:, 0].sum() == 0  # class 1 is absent in 2010
    assert interval.pixels_left_out == 2
    assert result.date_pixels.tolist() == [[2, 3, 0], [0, 2, 3]]


def test_interval_area_uses_pixel_size(tmp_path):
    earlier = np.array([[1, 2], [2, 2]], np.uint8)
    later = np.array([[1, 1], [2, 1]], np.uint8)
    paths = [write_raster(tmp_path / "a.tif", earlier), write_raster(tmp_path / "b.tif", later)]

    result = compute_land_use_transition(paths, [2000, 2010])

    # 30 m pixels: 900 m² each.
    assert result.intervals[0].area_m2.tolist() == [[900.0, 0.0], [1800.0, 900.0]]
    table = area_table(result, "m2")
    later_rows = table[table["year"] == 2010].set_index("lucode")
    assert later_rows.loc[1, "area_m2"] == 2700.0
    assert later_rows.loc[1, "area_change_m2"] == 1800.0
    # K = (2700 - 900) / 900 / 10 years * 100 = 20 % per year.
    assert later_rows.loc[1, "dynamic_degree_pct"] == pytest.approx(20.0)
    # Two of four pixels changed over 10 years: 5 % per year.
    assert later_rows.loc[1, "comprehensive_dynamic_degree_pct"] == pytest.approx(5.0)


def test_area_units_convert(tmp_path):
    values = np.array([[1, 2], [2, 2]], np.uint8)
    paths = [write_raster(tmp_path / "a.tif", values), write_raster(tmp_path / "b.tif", values)]
    result = compute_land_use_transition(paths, [2000, 2010])

    square_metres = area_table(result, "m2")["area_m2"].to_numpy()
    hectares = area_table(result, "ha")["area_ha"].to_numpy()
    square_kilometres = area_table(result, "km2")["area_km2"].to_numpy()

    assert np.allclose(hectares, square_metres / 10_000)
    assert np.allclose(square_kilometres, square_metres / 1_000_000)
    with pytest.raises(InputError, match="acre"):
        area_table(result, "acre")


def test_many_classes_and_small_strips(tmp_path):
    random = np.random.default_rng(7)
    earlier = random.integers(-40, 60, size=(57, 31)).astype(np.int16)
    later = random.integers(-40, 60, size=(57, 31)).astype(np.int16)
    earlier[3, :] = -40  # nodata
    paths = [write_raster(tmp_path / "a.tif", earlier, nodata=-40, gdal_type=gdal.GDT_Int16),
             write_raster(tmp_path / "b.tif", later, gdal_type=gdal.GDT_Int16)]

    # A budget of a few rows makes the classes grow from strip to strip.
    result = compute_land_use_transition(paths, [2000, 2010], budget=31 * 24 * 3)

    valid = earlier != -40
    expected = pd.crosstab(earlier[valid], later[valid])
    codes = np.union1d(np.unique(earlier[valid]), np.unique(later))
    expected = expected.reindex(index=codes, columns=codes, fill_value=0)
    assert result.codes.tolist() == codes.tolist()
    assert np.array_equal(result.intervals[0].pixels, expected.to_numpy())
    assert result.intervals[0].pixels_left_out == int((~valid).sum())


def test_float_raster_with_nan_nodata(tmp_path):
    codes = np.array([[1, 2, 3], [3, 3, 1]], np.uint8)
    floats = codes.astype(np.float32)
    floats[0, 0] = np.nan
    paths = [write_raster(tmp_path / "a.tif", floats, nodata=float("nan"),
                          gdal_type=gdal.GDT_Float32),
             write_raster(tmp_path / "b.tif", codes[:, ::-1].copy())]

    result = compute_land_use_transition(paths, [2000, 2010])

    # Pairs: (2,2) (3,1) (3,1) (3,3) (1,3); the NaN pixel is left out.
    assert result.intervals[0].pixels.tolist() == [[0, 0, 1], [0, 1, 0], [2, 0, 1]]
    assert result.intervals[0].pixels_left_out == 1


def test_fractional_codes_rejected(tmp_path):
    floats = np.array([[1.5, 2.0]], np.float32)
    paths = [write_raster(tmp_path / "a.tif", floats, gdal_type=gdal.GDT_Float32),
             write_raster(tmp_path / "b.tif", floats, gdal_type=gdal.GDT_Float32)]
    with pytest.raises(InputError, match="1.5"):
        compute_land_use_transition(paths, [2000, 2010])


def test_different_grids_error(tmp_path):
    values = np.ones((4, 4), np.uint8)
    first = write_raster(tmp_path / "a.tif", values)
    shifted = write_raster(tmp_path / "b.tif", values,
                           geotransform=(500015.0, 30.0, 0.0, 9800000.0, 0.0, -30.0))

    with pytest.raises(InputError) as caught:
        compute_land_use_transition([first, shifted], [2000, 2010], labels=["lu2000", "lu2010"])

    message = str(caught.value)
    assert "lu2000" in message
    assert "lu2010" in message
    assert "Align Rasters" in message


def test_all_nodata_raster_rejected(tmp_path):
    values = np.full((2, 2), 9, np.uint8)
    paths = [write_raster(tmp_path / "a.tif", values, nodata=9),
             write_raster(tmp_path / "b.tif", values)]
    with pytest.raises(InputError, match="no valid pixels"):
        compute_land_use_transition(paths, [2000, 2010], labels=["empty", "full"])


def test_change_raster_codes_out_of_range(tmp_path):
    values = np.array([[1, 1200]], np.uint16)
    paths = [write_raster(tmp_path / "a.tif", values, gdal_type=gdal.GDT_UInt16),
             write_raster(tmp_path / "b.tif", values, gdal_type=gdal.GDT_UInt16)]
    destination = tmp_path / "change.tif"

    with pytest.raises(InputError, match="1200"):
        compute_land_use_transition(paths, [2000, 2010], change_raster=str(destination))

    assert not destination.exists()
    assert not (tmp_path / "change.tif.partial.tif").exists()


class CancelAfter:
    """Progress sink that reports a cancel after ``strips`` progress reports."""

    def __init__(self, strips):
        self.strips = strips
        self.reports = 0

    def set_fraction(self, fraction):
        self.reports += 1

    def is_canceled(self):
        return self.reports >= self.strips


def test_cancel_leaves_no_change_raster(tmp_path):
    values = np.arange(64 * 16, dtype=np.uint8).reshape(64, 16) % 7
    paths = [write_raster(tmp_path / "a.tif", values),
             write_raster(tmp_path / "b.tif", values[::-1].copy())]
    destination = tmp_path / "change.tif"

    with pytest.raises(CanceledError):
        compute_land_use_transition(paths, [2000, 2010], change_raster=str(destination),
                                    progress=CancelAfter(3), budget=16 * 24 * 4)

    assert list(tmp_path.glob("change*")) == []


def test_error_in_strip_stops_reading(tmp_path):
    values = np.ones((64, 16), np.uint16)
    values[40, 3] = 1500
    paths = [write_raster(tmp_path / "a.tif", values, gdal_type=gdal.GDT_UInt16),
             write_raster(tmp_path / "b.tif", values, gdal_type=gdal.GDT_UInt16)]

    # The code 1500 appears in a late strip, while the reader thread runs ahead.
    with pytest.raises(InputError, match="1500"):
        compute_land_use_transition(paths, [2000, 2010], budget=16 * 24 * 2,
                                    change_raster=str(tmp_path / "change.tif"))

    assert list(tmp_path.glob("change*")) == []


def ellipsoid_band_area_m2(south, north, width_deg, semi_major, inverse_flattening):
    """Integrate the ellipsoid's area element M(φ) N(φ) cos φ between two latitudes."""
    flattening = 1.0 / inverse_flattening
    e2 = flattening * (2 - flattening)

    def element(phi):
        w = 1 - e2 * np.sin(phi) ** 2
        meridian = semi_major * (1 - e2) / w ** 1.5
        normal = semi_major / np.sqrt(w)
        return meridian * normal * np.cos(phi)

    value, _ = integrate.quad(element, np.radians(south), np.radians(north), epsabs=0,
                              epsrel=1e-13)
    return value * np.radians(width_deg)


def test_geographic_crs_areas_per_row(tmp_path):
    values = np.array([[1, 1, 2], [1, 2, 2], [2, 2, 2]], np.uint8)
    geotransform = (101.0, 0.25, 0.0, -1.0, 0.0, -0.5)
    paths = [write_raster(tmp_path / "a.tif", values, epsg=4326, geotransform=geotransform),
             write_raster(tmp_path / "b.tif", values.T.copy(), epsg=4326,
                          geotransform=geotransform)]

    result = compute_land_use_transition(paths, [2000, 2010])

    rows = [ellipsoid_band_area_m2(-1.0 - 0.5 * (r + 1), -1.0 - 0.5 * r, 0.25, 6378137.0,
                                   298.257223563) for r in range(3)]
    expected_class_1 = 2 * rows[0] + rows[1]
    expected_class_2 = rows[0] + 2 * rows[1] + 3 * rows[2]
    assert result.uniform_pixel_area is False
    assert result.date_area_m2[0, 0] == pytest.approx(expected_class_1, rel=1e-10)
    assert result.date_area_m2[0, 1] == pytest.approx(expected_class_2, rel=1e-10)
    # The later map is the transpose, so pixel (r, c) goes from values[r, c]
    # to values[c, r] and carries the area of row r.
    expected = np.zeros((2, 2))
    for r in range(3):
        for c in range(3):
            expected[values[r, c] - 1, values[c, r] - 1] += rows[r]
    assert np.allclose(result.intervals[0].area_m2, expected, rtol=1e-10)


def test_parse_years():
    assert parse_years("1990, 2000;2010", 3) == [1990, 2000, 2010]
    with pytest.raises(InputError, match="one whole-number year"):
        parse_years("1990, 2000", 3)
    with pytest.raises(InputError, match="one whole-number year"):
        parse_years("1990, 2000.5", 2)
    with pytest.raises(InputError, match="increase"):
        parse_years("2000, 1990", 2)


def test_dynamic_degree_formulas():
    # Class areas 100 -> 150 over 5 years: 50 / 100 / 5 * 100 = 10 % per year.
    assert single_dynamic_degree([100.0], [150.0], 5).tolist() == [10.0]
    assert np.isnan(single_dynamic_degree([0.0], [5.0], 5)[0])
    # 30 of 200 area units changed class over 3 years: 15 % / 3 = 5 % per year.
    matrix = np.array([[80.0, 20.0], [10.0, 90.0]])
    assert comprehensive_dynamic_degree(matrix, 3) == pytest.approx(5.0)


def test_legend_malformed_colour_falls_back(bungo):
    frame = read_csv_table(bungo / "tables" / "carbon_bungo.csv")

    legend, notices = legend_from_frame(frame)

    codes = legend.codes.tolist()
    assert legend.colors[codes.index(33)] is None
    assert legend.colors[codes.index(1)] == "#005500"
    assert legend.names[codes.index(42)] == "Water"
    assert len(notices) == 1
    assert "#ffcc100" in notices[0].message
    assert notices[0].params["code"] == 33


def test_legend_landuse_table(bungo):
    legend, notices = legend_from_frame(read_csv_table(bungo / "tables" /
                                                       "landuse_table_bungo.csv"))
    assert len(legend.codes) == 41
    assert legend.names[legend.codes.tolist().index(17)] == "Oil Palm"
    assert [notice.params["code"] for notice in notices] == [33]


def test_classes_missing_from_legend_get_generated_style(tmp_path):
    values = np.array([[1, 5]], np.uint8)
    paths = [write_raster(tmp_path / "a.tif", values), write_raster(tmp_path / "b.tif", values)]
    legend, _ = legend_from_frame(pd.DataFrame({"code": ["1"], "name": ["Forest"],
                                                "color": ["#00ff00"]}))

    result = compute_land_use_transition(paths, [2000, 2010], legend=legend)

    assert result.names == ["Forest", "Class 5"]
    assert result.colors == ["#00ff00", generated_color(5)]
    assert generated_color(5) != generated_color(6)


# Bungo series


def test_bungo_union_of_classes(bungo_result):
    folder, result = bungo_result
    arrays, valids = bungo_arrays(folder, BUNGO_YEARS)
    union = np.unique(np.concatenate([values[valid] for values, valid in zip(arrays, valids)]))
    assert result.codes.tolist() == union.tolist()


def test_bungo_valid_pixels_per_date(bungo_result):
    folder, result = bungo_result
    # Nodata is 255 in 2000 and 128 at the other dates.
    assert result.date_pixels.sum(axis=1).tolist() == [438_829, 450_549, 459_796, 459_937]


def test_bungo_pixels_left_out_per_interval(bungo_result):
    folder, result = bungo_result
    _, valids = bungo_arrays(folder, BUNGO_YEARS)
    for interval in result.intervals:
        expected = int((valids[interval.first] ^ valids[interval.last]).sum())
        assert interval.pixels_left_out == expected


def test_bungo_matrix_margins_equal_interval_class_areas(bungo_result):
    folder, result = bungo_result
    arrays, valids = bungo_arrays(folder, BUNGO_YEARS)
    pixel_area_m2 = bungo_pixel_area_ha(folder) * 10_000
    for interval in result.intervals:
        both = valids[interval.first] & valids[interval.last]
        for date, axis in ((interval.first, 1), (interval.last, 0)):
            areas = np.array([np.count_nonzero(arrays[date][both] == code)
                              for code in result.codes]) * pixel_area_m2
            assert np.allclose(interval.area_m2.sum(axis=axis), areas, rtol=1e-12)


def test_bungo_2000_2010_matrix_against_crosstab(bungo_2000_2010):
    folder, result = bungo_2000_2010
    (earlier, later), (valid_earlier, valid_later) = bungo_arrays(folder, (2000, 2010))
    both = valid_earlier & valid_later
    crosstab = pd.crosstab(earlier[both], later[both]).reindex(
        index=result.codes, columns=result.codes, fill_value=0)
    pixel_area_ha = bungo_pixel_area_ha(folder)

    interval = interval_between(result, 2000, 2010)
    matrix = matrix_table(result, "ha")
    block = matrix[(matrix["interval"] == "2000-2010") & (matrix["from_code"] != "")]
    cells = block.iloc[:, 3:3 + len(result.codes)].to_numpy(dtype=float)

    assert np.array_equal(interval.pixels, crosstab.to_numpy())
    assert np.allclose(cells, crosstab.to_numpy() * pixel_area_ha, rtol=1e-12)
    totals = matrix[(matrix["interval"] == "2000-2010") & (matrix["from_code"] == "")]
    assert totals["Total"].iloc[0] == pytest.approx(both.sum() * pixel_area_ha, rel=1e-12)


def test_bungo_2000_2010_areas_against_numpy(bungo_2000_2010):
    folder, result = bungo_2000_2010
    (earlier, later), (valid_earlier, valid_later) = bungo_arrays(folder, (2000, 2010))
    pixel_area_ha = bungo_pixel_area_ha(folder)
    table = area_table(result, "ha")
    years = 2010 - 2000

    rows_2000 = table[table["year"] == 2000].set_index("lucode")
    rows_2010 = table[table["year"] == 2010].set_index("lucode")
    for code in result.codes:
        area_2000 = np.count_nonzero(earlier[valid_earlier] == code) * pixel_area_ha
        area_2010 = np.count_nonzero(later[valid_later] == code) * pixel_area_ha
        assert rows_2000.loc[code, "area_ha"] == pytest.approx(area_2000, rel=1e-12)
        assert rows_2010.loc[code, "area_ha"] == pytest.approx(area_2010, rel=1e-12)
        assert rows_2010.loc[code, "share_pct"] == pytest.approx(
            100 * area_2010 / (valid_later.sum() * pixel_area_ha), rel=1e-12)
    # Primary forest: 136,105 px in 2000, 76,226 px in 2010.
    expected_k = (76_226 - 136_105) / 136_105 / years * 100
    assert rows_2010.loc[1, "dynamic_degree_pct"] == pytest.approx(expected_k, rel=1e-12)
    assert rows_2010.loc[1, "area_change_ha"] == pytest.approx(
        (76_226 - 136_105) * pixel_area_ha, rel=1e-12)

    both = valid_earlier & valid_later
    changed = np.count_nonzero(earlier[both] != later[both])
    assert np.allclose(rows_2010["comprehensive_dynamic_degree_pct"],
                       changed / both.sum() / years * 100, rtol=1e-12, atol=0)


def test_bungo_consecutive_dynamic_degrees(bungo_result):
    folder, result = bungo_result
    table = area_table(result, "ha")
    rows = table[table["year"] == 2005].set_index("lucode")
    before = result.date_area_m2[1]
    after = result.date_area_m2[2]
    assert rows["interval"].iloc[0] == "2000-2005"
    assert np.allclose(rows["dynamic_degree_pct"], (after - before) / before / 5 * 100)
    assert table[table["year"] == 1990]["dynamic_degree_pct"].isna().all()


def test_bungo_transition_carbon_matches_carbon_storage(bungo_result):
    folder, result = bungo_result
    table = carbon_table_from_frame(read_csv_table(folder / "tables" / "carbon_bungo.csv"))
    transitions = transition_table(result, "ha")

    for year_from, year_to in ((1990, 2000), (2000, 2005), (2005, 2010), (1990, 2010)):
        storage = compute_carbon_storage(bungo_path(folder, year_from), table,
                                         lulc_later_path=bungo_path(folder, year_to))
        rows = transitions[transitions["interval"] == f"{year_from}-{year_to}"]
        assert rows["carbon_change_mg"].sum() == pytest.approx(storage.change, rel=1e-9)


def test_bungo_transition_table_rows(bungo_result):
    folder, result = bungo_result
    (earlier, later), (valid_earlier, valid_later) = bungo_arrays(folder, (2000, 2005))
    both = valid_earlier & valid_later
    rows = transition_table(result, "ha")
    rows = rows[rows["interval"] == "2000-2005"]
    pairs = pd.Series(list(zip(earlier[both].tolist(), later[both].tolist()))).value_counts()

    assert len(rows) == len(pairs)
    for record in rows.itertuples():
        assert record.pixels == pairs[(record.from_code, record.to_code)]
        assert record.changed == (record.from_code != record.to_code)
    assert rows["share_pct"].sum() == pytest.approx(100.0)


def test_bungo_change_raster(bungo, tmp_path):
    destination = tmp_path / "change.tif"
    result = compute_land_use_transition(
        [bungo_path(bungo, 1990), bungo_path(bungo, 2010)], [1990, 2010],
        change_raster=str(destination))

    change, nodata, _ = read_band(destination)
    (earlier, later), (valid_earlier, valid_later) = bungo_arrays(bungo, (1990, 2010))
    expected = np.where(valid_earlier & valid_later,
                        earlier.astype(np.int32) * 1000 + later, CHANGE_NODATA)
    assert nodata == CHANGE_NODATA
    assert np.array_equal(change, expected)
    values = {pair[0] for pair in change_raster_classes(result)}
    assert values == set(np.unique(expected[expected != CHANGE_NODATA]).tolist())
