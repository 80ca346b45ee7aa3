"""Tests of the sample designs and the raster point sampling.

Small synthetic rasters check interpolation against hand-computed values.
The Bungo rasters check the designs and the sampling against direct lookups
in the whole array (numpy indexing, scipy.ndimage.map_coordinates) and
against copies warped to EPSG:4326 with GDAL.
"""

import numpy as np
import pytest
from osgeo import gdal, osr
from scipy import ndimage

from carbon_drivers.core import sampling
from carbon_drivers.core.errors import CanceledError, InputError
from carbon_drivers.core.sampling import (
    Mask, RasterSource, field_names, fishnet_points, inside_mask, random_points, sample_points,
)

import support

gdal.UseExceptions()

UTM_48S = 32748


def crs_wkt(epsg):
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(epsg)
    return reference.ExportToWkt()


def write_raster(path, values, origin=(1000.0, 2000.0), pixel=10.0, nodata=None,
                 epsg=UTM_48S):
    """Write ``values`` as Float32 (floats) or Int16 (integers) on a square grid."""
    dtype = np.float32 if values.dtype.kind == "f" else np.int16
    return support.write_raster(path, values.astype(dtype),
                                (origin[0], pixel, 0, origin[1], 0, -pixel), epsg, nodata)


def read_array(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    return values, dataset.GetGeoTransform(), dataset.GetProjection()


@pytest.fixture
def grid(tmp_path):
    """A 3 x 4 factor with values 10 * row + column and one nodata pixel."""
    values = np.array([[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, -9, 23]], dtype=np.float32)
    path = write_raster(tmp_path / "factor.tif", values, nodata=-9)
    target = write_raster(tmp_path / "target.tif", np.ones((3, 4), dtype=np.int16), nodata=0)
    return path, target


def sample_one(path, target, x, y, categorical=False):
    result = sample_points(np.array(x), np.array(y), crs_wkt(UTM_48S),
                           RasterSource(target, "target"),
                           [RasterSource(path, "value", categorical=categorical)])
    return result.table["value"].to_numpy(dtype=float)


def test_pixel_centre_returns_pixel_value(grid):
    # Pixel (row 1, column 1) has its centre at x = 1000 + 15, y = 2000 - 15.
    values = sample_one(*grid, [1015.0], [1985.0])
    assert values[0] == pytest.approx(11.0)


def test_bilinear_between_four_centres(grid):
    # Midway between the centres of rows 0-1 and columns 1-2: mean of 1, 2, 11, 12.
    values = sample_one(*grid, [1020.0], [1990.0])
    assert values[0] == pytest.approx((1 + 2 + 11 + 12) / 4)


def test_bilinear_weights_by_distance(grid):
    # A quarter pixel right of the centre of (0, 1) and a quarter pixel down:
    # value = 1 + 0.25 * 1 (columns) + 0.25 * 10 (rows).
    values = sample_one(*grid, [1017.5], [1992.5])
    assert values[0] == pytest.approx(1 + 0.25 + 2.5)


def test_categorical_uses_containing_pixel(grid):
    values = sample_one(*grid, [1019.0], [1981.0], categorical=True)
    assert values[0] == 11


def test_nodata_neighbour_uses_containing_pixel(grid):
    # The four centres around this point include the nodata pixel (2, 2).
    values = sample_one(*grid, [1024.0], [1982.0])
    assert values[0] == pytest.approx(12.0)


def test_factor_nodata_is_missing(grid):
    values = sample_one(*grid, [1025.0], [1975.0], categorical=True)
    assert np.isnan(values[0])


def test_edge_half_pixel_uses_edge_values(grid):
    # Left of the first centre, only the first column is within reach.
    values = sample_one(*grid, [1002.0], [1985.0])
    assert values[0] == pytest.approx(10.0)


def test_target_nodata_skipped_and_counted(tmp_path):
    target_values = np.array([[5, 0], [7, 8]], dtype=np.int16)
    target = write_raster(tmp_path / "target.tif", target_values, nodata=0)
    factor = write_raster(tmp_path / "factor.tif", np.array([[1.0, 2.0], [np.nan, 4.0]],
                                                             dtype=np.float32))
    x = np.array([1005.0, 1015.0, 1005.0, 1015.0, 5000.0])
    y = np.array([1995.0, 1995.0, 1985.0, 1985.0, 1985.0])
    result = sample_points(x, y, crs_wkt(UTM_48S), RasterSource(target, "target"),
                           [RasterSource(factor, "f", categorical=True)])
    assert result.skipped_target_nodata == 2
    assert list(result.kept) == [True, False, True, True, False]
    assert list(result.table["target"]) == [5, 7, 8]
    assert result.factor_nodata == {"f": 1}
    assert result.table["f"].isna().tolist() == [False, True, False]


def test_fishnet_counts_match_grid(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    values, transform, projection = read_array(target)
    design = fishnet_points(target, 1000.0)
    columns = int(values.shape[1] * transform[1] // 1000)
    rows = int(values.shape[0] * -transform[5] // 1000)
    assert design.candidates == columns * rows
    assert len(design.x) == columns * rows
    assert design.x[0] == pytest.approx(transform[0] + 500)
    assert design.y[0] == pytest.approx(transform[3] - 500)

    column_index = ((design.x - transform[0]) / transform[1]).astype(int)
    row_index = ((design.y - transform[3]) / transform[5]).astype(int)
    expected = values[row_index, column_index]
    result = sample_points(design.x, design.y, projection, RasterSource(target, "target"))
    assert result.skipped_target_nodata == int(np.isnan(expected).sum())
    np.testing.assert_array_equal(result.table["target"].to_numpy(dtype=float),
                                  expected[~np.isnan(expected)])


def test_fishnet_mask_keeps_inside_centres(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    _, transform, projection = read_array(target)
    left, top = transform[0] + 20000, transform[3] - 30000
    polygon = (f"POLYGON(({left} {top}, {left + 24000} {top}, {left + 24000} {top - 12000}, "
               f"{left} {top - 12000}, {left} {top}))")
    design = fishnet_points(target, 2000.0, mask=Mask(polygon, projection))
    every = fishnet_points(target, 2000.0)
    inside = ((every.x > left) & (every.x < left + 24000)
              & (every.y < top) & (every.y > top - 12000))
    np.testing.assert_array_equal(design.x, every.x[inside])
    np.testing.assert_array_equal(design.y, every.y[inside])
    assert design.outside_mask == every.candidates - inside.sum()


def test_mask_in_other_crs(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    _, transform, projection = read_array(target)
    left, top = transform[0] + 20000, transform[3] - 30000
    corners = [(left, top), (left + 24000, top), (left + 24000, top - 12000),
               (left, top - 12000)]
    to_degrees = osr.CoordinateTransformation(
        sampling._spatial_reference(projection), sampling._spatial_reference(crs_wkt(4326)))
    lonlat = [to_degrees.TransformPoint(x, y)[:2] for x, y in corners]
    ring = ", ".join(f"{lon!r} {lat!r}" for lon, lat in lonlat + lonlat[:1])
    in_degrees = fishnet_points(target, 2000.0, mask=Mask(f"POLYGON(({ring}))", crs_wkt(4326)))
    in_metres = fishnet_points(target, 2000.0, mask=Mask(
        "POLYGON((" + ", ".join(f"{x} {y}" for x, y in corners + corners[:1]) + "))",
        projection))
    # Straight edges in degrees bend slightly in UTM, so allow a few centres.
    assert abs(len(in_degrees.x) - len(in_metres.x)) <= 3


def test_inside_mask_in_other_crs():
    # A square of 0.1 degrees around 102.1 E, 1.5 S, tested with UTM points.
    square = "POLYGON((102.05 -1.55, 102.15 -1.55, 102.15 -1.45, 102.05 -1.45, 102.05 -1.55))"
    to_utm = osr.CoordinateTransformation(sampling._spatial_reference(crs_wkt(4326)),
                                          sampling._spatial_reference(crs_wkt(UTM_48S)))
    lonlat = [(102.1, -1.5), (102.14, -1.46), (102.2, -1.5), (102.1, -1.6)]
    utm = np.array([to_utm.TransformPoint(lon, lat)[:2] for lon, lat in lonlat])
    inside = inside_mask(utm[:, 0], utm[:, 1], crs_wkt(UTM_48S), Mask(square, crs_wkt(4326)))
    assert inside.tolist() == [True, True, False, False]


def test_random_points_repeat_with_seed(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    first = random_points(target, 2000, seed=7)
    again = random_points(target, 2000, seed=7)
    other = random_points(target, 2000, seed=8)
    np.testing.assert_array_equal(first.x, again.x)
    np.testing.assert_array_equal(first.y, again.y)
    assert not np.array_equal(first.x, other.x)


def test_random_points_in_distinct_valid_pixels(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    values, transform, projection = read_array(target)
    design = random_points(target, 3000, seed=1)
    column_index = np.floor((design.x - transform[0]) / transform[1]).astype(int)
    row_index = np.floor((design.y - transform[3]) / transform[5]).astype(int)
    assert len(design.x) == 3000
    assert not np.isnan(values[row_index, column_index]).any()
    assert len(set(zip(row_index, column_index))) == 3000
    result = sample_points(design.x, design.y, projection, RasterSource(target, "target"))
    assert result.skipped_target_nodata == 0


def test_random_points_cover_valid_area(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    values, transform, _ = read_array(target)
    design = random_points(target, 4000, seed=3)
    row_index = np.floor((design.y - transform[3]) / transform[5]).astype(int)
    # The share of points in the upper half follows the share of valid pixels.
    half = values.shape[0] // 2
    valid = ~np.isnan(values)
    expected = valid[:half].sum() / valid.sum()
    assert (row_index < half).mean() == pytest.approx(expected, abs=0.03)


def test_too_many_random_points_rejected(tmp_path):
    target = write_raster(tmp_path / "target.tif", np.array([[1, 0], [1, 1]], dtype=np.int16),
                          nodata=0)
    with pytest.raises(InputError, match="only 3 target pixels"):
        random_points(target, 4, seed=1)


def test_cell_size_too_large_rejected(tmp_path):
    target = write_raster(tmp_path / "target.tif", np.ones((2, 2), dtype=np.int16))
    with pytest.raises(InputError, match="larger than the target"):
        fishnet_points(target, 50.0)


def test_cell_size_too_small_rejected(tmp_path):
    target = write_raster(tmp_path / "target.tif", np.ones((2, 2), dtype=np.int16))
    with pytest.raises(InputError, match="Use a cell size of at least"):
        fishnet_points(target, 0.001)


def test_point_mask_rejected(tmp_path):
    target = write_raster(tmp_path / "target.tif", np.ones((2, 2), dtype=np.int16))
    with pytest.raises(InputError, match="not a polygon"):
        fishnet_points(target, 5.0, mask=Mask("POINT(1005 1995)", crs_wkt(UTM_48S)))


def test_bilinear_matches_map_coordinates(bungo):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    elevation = str(bungo / "terrain" / "bungo_elev_srtm.tif")
    values, transform, projection = read_array(elevation)
    design = random_points(target, 3000, seed=4)
    result = sample_points(design.x, design.y, projection, RasterSource(target, "target"),
                           [RasterSource(elevation, "elev")])
    x, y = design.x[result.kept], design.y[result.kept]
    # map_coordinates puts integer coordinates on pixel centres.
    rows = (y - transform[3]) / transform[5] - 0.5
    columns = (x - transform[0]) / transform[1] - 0.5
    expected = ndimage.map_coordinates(values, [rows, columns], order=1, mode="nearest")
    comparable = ~np.isnan(expected)
    assert comparable.sum() > 2900
    np.testing.assert_allclose(result.table["elev"].to_numpy()[comparable],
                               expected[comparable], rtol=1e-6)


def test_small_strips_give_same_values(bungo, monkeypatch):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    factors = [RasterSource(str(bungo / "terrain" / "bungo_slope.tif"), "slope"),
               RasterSource(str(bungo / "landcover" / "bungo_landcover_2000r.tif"), "lc2000",
                            categorical=True)]
    design = random_points(target, 1500, seed=5)
    projection = gdal.Open(target).GetProjection()
    whole = sample_points(design.x, design.y, projection, RasterSource(target, "t"), factors)
    monkeypatch.setattr(sampling, "STRIP_BUDGET", 1198 * 8 * 3)
    strips = sample_points(design.x, design.y, projection, RasterSource(target, "t"), factors)
    small_design = random_points(target, 1500, seed=5)
    for column in whole.table.columns:
        np.testing.assert_array_equal(whole.table[column].to_numpy(float, na_value=np.nan),
                                      strips.table[column].to_numpy(float, na_value=np.nan))
    np.testing.assert_array_equal(design.x, small_design.x)


def test_reprojected_factor_samples_same_values(bungo, tmp_path):
    target = str(bungo / "landcover" / "bungo_landcover_2010r.tif")
    elevation = str(bungo / "terrain" / "bungo_elev_srtm.tif")
    landcover = str(bungo / "landcover" / "bungo_landcover_2000r.tif")
    warped_elevation = str(tmp_path / "elev_4326.tif")
    warped_landcover = str(tmp_path / "lc2000_4326.tif")
    gdal.Warp(warped_elevation, elevation, dstSRS="EPSG:4326", resampleAlg="bilinear")
    gdal.Warp(warped_landcover, landcover, dstSRS="EPSG:4326", resampleAlg="near")

    design = random_points(target, 3000, seed=6)
    projection = gdal.Open(target).GetProjection()
    factors = [RasterSource(elevation, "elev"), RasterSource(warped_elevation, "elev_4326"),
               RasterSource(landcover, "lc", categorical=True),
               RasterSource(warped_landcover, "lc_4326", categorical=True)]
    result = sample_points(design.x, design.y, projection, RasterSource(target, "target"),
                           factors)
    table = result.table.dropna()
    assert len(table) > 2800

    # Two bilinear resamplings smooth the terrain, so compare against the
    # local relief: the error stays a small share of the elevation range.
    difference = np.abs(table["elev"] - table["elev_4326"])
    relief = table["elev"].max() - table["elev"].min()
    assert np.median(difference) < 2.0
    assert np.quantile(difference, 0.95) < 0.01 * relief
    # Nearest-neighbour warping moves class edges by up to half a pixel, and
    # about a tenth of the points lie that close to an edge in this mosaic.
    assert (table["lc"] == table["lc_4326"]).mean() > 0.85


def test_field_names_for_shapefile():
    names = field_names(["bungo_elev_srtm", "bungo_elev_srtm", "bungo_slope"],
                        max_length=10, reserved=["sample_id", "target"])
    assert names == ["bungo_elev", "bungo_el_2", "bungo_slop"]


def test_field_names_without_limit():
    names = field_names(["bungo elev (m)", "2010 landcover", "target", "Target"],
                        reserved=["target"])
    assert names == ["bungo_elev_m", "f2010_landcover", "target_2", "Target_3"]


def test_field_names_keep_unicode_within_bytes():
    names = field_names(["土壤有机碳含量", "土壤有机碳含量"], max_length=10)
    assert names[0] == "土壤有"
    assert len(names[1].encode("utf-8")) <= 10
    assert names[0] != names[1]


class CancelingProgress:
    def set_fraction(self, fraction):
        pass

    def is_canceled(self):
        return True


def test_cancel_stops_sampling(grid):
    path, target = grid
    with pytest.raises(CanceledError):
        random_points(target, 3, seed=1, progress=CancelingProgress())
    with pytest.raises(CanceledError):
        sample_points([1015.0], [1985.0], crs_wkt(UTM_48S), RasterSource(target, "target"),
                      [RasterSource(path, "value")], progress=CancelingProgress())
