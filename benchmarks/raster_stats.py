"""Block-wise raster sums and pixel comparisons for the benchmark scripts.

Only GDAL and numpy are used, so the functions run under the system Python
and inside the InVEST venv alike. Memory is bounded by one strip of rows.
"""

import numpy as np
from osgeo import gdal

gdal.UseExceptions()

STRIP_ROWS = 512


def _strips(band, strip_rows=STRIP_ROWS):
    for row_start in range(0, band.YSize, strip_rows):
        row_count = min(strip_rows, band.YSize - row_start)
        yield row_start, band.ReadAsArray(0, row_start, band.XSize, row_count)


def _valid_mask(array, nodata):
    if nodata is None:
        return np.isfinite(array)
    if np.isnan(nodata):
        return ~np.isnan(array)
    return array != nodata


def pixel_area_m2(path):
    """Return |pixel width x pixel height| in squared CRS units."""
    transform = gdal.Open(path).GetGeoTransform()
    return abs(transform[1] * transform[5])


def raster_sum(path):
    """Return (sum of valid pixel values as float64, valid pixel count)."""
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    total = 0.0
    count = 0
    for _, block in _strips(band):
        valid = _valid_mask(block, nodata)
        total += float(block[valid].sum(dtype=np.float64))
        count += int(valid.sum())
    return total, count


def compare_rasters(path_a, path_b, rtol, atol=0.0):
    """Compare two rasters on the same grid pixel by pixel.

    Pixels must be valid in both or in neither, and valid pixels must agree
    within ``|a - b| <= atol + rtol * |b|``.

    Returns
    -------
    dict
        ``pixels`` compared, ``valid_mismatch`` (valid in one raster only),
        ``value_mismatch`` (beyond tolerance), ``max_abs_diff`` and
        ``max_rel_diff`` over pixels valid in both.
    """
    # The datasets must outlive their bands, or GDAL frees the bands.
    dataset_a = gdal.Open(path_a)
    dataset_b = gdal.Open(path_b)
    band_a = dataset_a.GetRasterBand(1)
    band_b = dataset_b.GetRasterBand(1)
    if (band_a.XSize, band_a.YSize) != (band_b.XSize, band_b.YSize):
        raise ValueError(f"{path_a} and {path_b} differ in size")
    nodata_a = band_a.GetNoDataValue()
    nodata_b = band_b.GetNoDataValue()

    result = {"pixels": 0, "valid_mismatch": 0, "value_mismatch": 0, "max_abs_diff": 0.0, "max_rel_diff": 0.0}
    strips_b = _strips(band_b)
    for _, block_a in _strips(band_a):
        _, block_b = next(strips_b)
        valid_a = _valid_mask(block_a, nodata_a)
        valid_b = _valid_mask(block_b, nodata_b)
        both = valid_a & valid_b
        a = block_a[both].astype(np.float64)
        b = block_b[both].astype(np.float64)
        diff = np.abs(a - b)
        result["pixels"] += block_a.size
        result["valid_mismatch"] += int((valid_a != valid_b).sum())
        result["value_mismatch"] += int((diff > atol + rtol * np.abs(b)).sum())
        if diff.size:
            result["max_abs_diff"] = max(result["max_abs_diff"], float(diff.max()))
            nonzero = b != 0
            if nonzero.any():
                relative = diff[nonzero] / np.abs(b[nonzero])
                result["max_rel_diff"] = max(result["max_rel_diff"], float(relative.max()))
    return result
