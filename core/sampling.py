"""Sample designs and point sampling of a target raster and factor rasters.

A design places points over the target raster: the centres of a regular grid
(fishnet) of cells of a given size, or seeded random points in valid target
pixels. :func:`sample_points` then reads the target and every factor at the
points, each raster in its own coordinate reference system and grid.

- The target is read at the pixel that contains the point, and points where
  it is nodata (or outside the raster) are skipped.
- Categorical factors are read at the pixel that contains the point, so no
  class is invented by interpolation.
- Continuous factors are interpolated bilinearly between the four nearest
  pixel centres. If one of them is nodata, the pixel containing the point is
  used instead. A point outside the factor raster or on a nodata pixel gets
  a missing value.

Rasters are read in row strips of bounded size, so memory depends on the
raster width and the number of points but not on the raster height.
"""

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from osgeo import gdal, ogr, osr

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP
from .progress import NullProgress, SubProgress, check_canceled
from .raster import open_raster, strip_rows, valid_mask

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

#: Bytes of pixel values read at once from one raster.
STRIP_BUDGET = 16 * 1024 * 1024

#: Most points a design may create, to keep the output table in memory.
MAX_POINTS = 5_000_000

#: Field-name length of formats that store attributes in dBase files.
DBF_FIELD_LENGTH = 10


@dataclass
class RasterSource:
    """One raster band to sample and the field that receives its values."""

    path: str
    field: str
    band: int = 1
    categorical: bool = False


@dataclass
class Mask:
    """Polygon limiting a sample design, as WKT in the CRS given as WKT."""

    wkt: str
    crs_wkt: str


@dataclass
class Design:
    """Points of a sample design in the target's CRS and what was left out."""

    x: np.ndarray
    y: np.ndarray
    candidates: int
    outside_mask: int = 0


@dataclass
class SampleResult:
    """Values sampled at the points where the target is valid.

    ``table`` has the target column first, then one column per factor, and
    one row per kept point in input order. ``kept`` flags those points among
    the input points. ``factor_nodata`` counts, per factor field, the kept
    points where the factor is nodata or outside its raster.
    """

    table: pd.DataFrame
    kept: np.ndarray
    skipped_target_nodata: int
    factor_nodata: dict = field(default_factory=dict)


def _spatial_reference(wkt):
    reference = osr.SpatialReference()
    if wkt:
        reference.ImportFromWkt(wkt)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return reference


def _open(path, band=1, role="raster"):
    """Return the GDAL dataset of ``path`` after checking it has band ``band``."""
    open_raster(path, band, label=role)
    return gdal.Open(str(path))


def _strip_height(width, itemsize):
    return strip_rows(width, itemsize, STRIP_BUDGET)


def _mask_geometry(mask, target_wkt):
    """Return the mask polygon as an OGR geometry in the CRS ``target_wkt``."""
    geometry = ogr.CreateGeometryFromWkt(mask.wkt)
    if geometry is None or geometry.IsEmpty():
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "The mask has no geometry. Choose a polygon layer with features."))
    if ogr.GT_Flatten(geometry.GetGeometryType()) not in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The mask geometry is a {kind}, not a polygon. Choose a polygon layer."),
            kind=geometry.GetGeometryName())
    if mask.crs_wkt and target_wkt:
        mask_reference = _spatial_reference(mask.crs_wkt)
        target_reference = _spatial_reference(target_wkt)
        if not mask_reference.IsSame(target_reference):
            geometry.Transform(osr.CoordinateTransformation(mask_reference, target_reference))
    return geometry


def _mask_layer(mask, target_wkt):
    """Return an in-memory OGR data source and layer with the mask polygon in
    the target CRS. The caller keeps the data source alive while it uses the
    layer."""
    geometry = _mask_geometry(mask, target_wkt)
    source = ogr.GetDriverByName("Memory").CreateDataSource("mask")
    layer = source.CreateLayer("mask", _spatial_reference(target_wkt), ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    return source, layer


def _rasterize_strip(layer, geotransform, width, row_offset, rows):
    """Return a boolean array marking pixels of a strip whose centre lies in
    the mask polygon."""
    origin_x = geotransform[0] + row_offset * geotransform[2]
    origin_y = geotransform[3] + row_offset * geotransform[5]
    strip = gdal.GetDriverByName("MEM").Create("", width, rows, 1, gdal.GDT_Byte)
    strip.SetGeoTransform((origin_x, geotransform[1], geotransform[2],
                           origin_y, geotransform[4], geotransform[5]))
    gdal.RasterizeLayer(strip, [1], layer, burn_values=[1])
    return strip.GetRasterBand(1).ReadAsArray() == 1


def fishnet_points(target_path, cell_size, mask=None, progress=None):
    """Place points at the centres of square cells covering the target.

    Parameters
    ----------
    target_path : str
        Target raster. The cells start at its upper-left corner and their
        size is in the units of its CRS.
    cell_size : float
        Cell side length, in the target's CRS units.
    mask : Mask, optional
        Polygon keeping only the cells whose centre lies inside it.

    Returns
    -------
    Design
        Points in the target's CRS, row by row from the upper-left cell.
        Points on target nodata are still included; :func:`sample_points`
        skips them.
    """
    progress = progress or NullProgress()
    dataset = _open(target_path, role="target raster")
    geotransform = dataset.GetGeoTransform()
    if geotransform[2] != 0 or geotransform[4] != 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The target raster {path} is rotated. Warp it to a north-up grid first."),
            path=target_path)
    if not cell_size > 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "Invalid cell size {size}: expected a positive length in the "
            "target's CRS units."), size=cell_size)

    width_units = dataset.RasterXSize * abs(geotransform[1])
    height_units = dataset.RasterYSize * abs(geotransform[5])
    columns = int(np.floor(width_units / cell_size))
    rows = int(np.floor(height_units / cell_size))
    if columns < 1 or rows < 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "The cell size {size} is larger than the target raster "
            "({width} x {height} in its units). Use a smaller cell size."),
            size=cell_size, width=width_units, height=height_units)
    if columns * rows > MAX_POINTS:
        smallest = float(np.sqrt(width_units * height_units / MAX_POINTS))
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "The cell size {size} gives {count} points, more than {limit}. "
            "Use a cell size of at least {smallest:.6g}."),
            size=cell_size, count=columns * rows, limit=MAX_POINTS, smallest=smallest)

    # The fishnet is a grid of its own: each cell centre is a pixel centre of
    # it, so rasterizing the mask on it tests every centre against the mask.
    step_x = cell_size if geotransform[1] > 0 else -cell_size
    step_y = cell_size if geotransform[5] > 0 else -cell_size
    fishnet = (geotransform[0], step_x, 0.0, geotransform[3], 0.0, step_y)
    source = layer = None
    if mask is not None:
        source, layer = _mask_layer(mask, dataset.GetProjection())

    xs = []
    ys = []
    strip = _strip_height(columns, 1)
    centres_x = fishnet[0] + (np.arange(columns) + 0.5) * step_x
    for row_offset in range(0, rows, strip):
        check_canceled(progress)
        count = min(strip, rows - row_offset)
        inside = np.ones((count, columns), dtype=bool)
        if layer is not None:
            inside = _rasterize_strip(layer, fishnet, columns, row_offset, count)
        row_index, column_index = np.nonzero(inside)
        xs.append(centres_x[column_index])
        ys.append(fishnet[3] + (row_offset + row_index + 0.5) * step_y)
        progress.set_fraction(min(1.0, (row_offset + count) / rows))

    x = np.concatenate(xs)
    y = np.concatenate(ys)
    return Design(x=x, y=y, candidates=columns * rows, outside_mask=columns * rows - len(x))


def random_points(target_path, count, seed, mask=None, progress=None):
    """Place ``count`` seeded random points in valid target pixels.

    Pixels where the target is valid (and whose centre lies in ``mask``) are
    drawn without replacement with equal probability. Each point then lies at
    a uniformly drawn position inside its pixel, so the points are uniformly
    distributed over the valid area at pixel resolution. Two passes over the
    target keep memory bounded: one counts the valid pixels per strip, the
    other locates the drawn ones.

    Returns
    -------
    Design
        Points in the target's CRS, in the row-major order of their pixels.
        The same target, mask, count and seed give the same points.
    """
    progress = progress or NullProgress()
    if count < 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "Invalid number of points {count}: expected 1 or more."), count=count)
    if count > MAX_POINTS:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "Invalid number of points {count}: expected at most {limit}."),
            count=count, limit=MAX_POINTS)
    dataset = _open(target_path, role="target raster")
    band = dataset.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    geotransform = dataset.GetGeoTransform()
    width, height = dataset.RasterXSize, dataset.RasterYSize
    source = layer = None
    if mask is not None:
        source, layer = _mask_layer(mask, dataset.GetProjection())
    strip = _strip_height(width, 8)

    def valid_pixels(row_offset, rows):
        valid = valid_mask(band.ReadAsArray(0, row_offset, width, rows), nodata)
        if layer is not None:
            valid &= _rasterize_strip(layer, geotransform, width, row_offset, rows)
        return valid

    strips = [(offset, min(strip, height - offset)) for offset in range(0, height, strip)]
    counts = []
    for number, (row_offset, rows) in enumerate(strips):
        check_canceled(progress)
        counts.append(int(valid_pixels(row_offset, rows).sum()))
        progress.set_fraction(0.5 * (number + 1) / len(strips))
    total = sum(counts)
    if count > total:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "{count} points were requested but only {total} target pixels "
            "are valid{where}. Request at most {total} points."),
            count=count, total=total, where=" inside the mask" if layer is not None else "")

    generator = np.random.default_rng(seed)
    # NOTE: numpy may build a permutation of all valid pixels here (8 bytes
    # each) when many points are drawn from few pixels.
    picks = np.sort(generator.choice(total, size=count, replace=False))
    offsets = generator.random((count, 2))
    pixel_rows = np.empty(count)
    pixel_columns = np.empty(count)
    first = 0
    done = 0
    for number, ((row_offset, rows), strip_count) in enumerate(zip(strips, counts)):
        check_canceled(progress)
        chosen = picks[(picks >= first) & (picks < first + strip_count)] - first
        if len(chosen):
            flat = np.flatnonzero(valid_pixels(row_offset, rows))[chosen]
            pixel_rows[done:done + len(chosen)] = row_offset + flat // width
            pixel_columns[done:done + len(chosen)] = flat % width
            done += len(chosen)
        first += strip_count
        progress.set_fraction(0.5 + 0.5 * (number + 1) / len(strips))

    column_position = pixel_columns + offsets[:, 0]
    row_position = pixel_rows + offsets[:, 1]
    x = geotransform[0] + column_position * geotransform[1] + row_position * geotransform[2]
    y = geotransform[3] + column_position * geotransform[4] + row_position * geotransform[5]
    return Design(x=x, y=y, candidates=count)


def inside_mask(x, y, points_crs_wkt, mask, progress=None):
    """Return a boolean array marking the points that lie inside ``mask``.

    The mask polygon is transformed into the points' CRS. Points on its
    boundary count as outside.
    """
    progress = progress or NullProgress()
    polygon = _mask_geometry(mask, points_crs_wkt)
    inside = np.zeros(len(x), dtype=bool)
    point = ogr.Geometry(ogr.wkbPoint)
    for index, (px, py) in enumerate(zip(x, y)):
        if index % 10000 == 0:
            check_canceled(progress)
            progress.set_fraction(index / max(1, len(x)))
        point.SetPoint_2D(0, float(px), float(py))
        inside[index] = polygon.Contains(point)
    return inside


class _RasterReader:
    """Sampling of one raster band at points given in another CRS."""

    def __init__(self, path, band, points_wkt, role):
        self.path = path
        self.dataset = _open(path, band, role)
        self.band = self.dataset.GetRasterBand(band)
        self.nodata = self.band.GetNoDataValue()
        self.width = self.dataset.RasterXSize
        self.height = self.dataset.RasterYSize
        self.inverse = gdal.InvGeoTransform(self.dataset.GetGeoTransform())
        self.is_integer = self.band.DataType in (
            gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32)
        raster_wkt = self.dataset.GetProjection()
        self.transform = None
        # NOTE: a raster or point set without a CRS is taken to share the
        # other's CRS.
        if raster_wkt and points_wkt:
            points_reference = _spatial_reference(points_wkt)
            raster_reference = _spatial_reference(raster_wkt)
            if not points_reference.IsSame(raster_reference):
                self.transform = osr.CoordinateTransformation(points_reference,
                                                              raster_reference)

    def pixel_coordinates(self, x, y):
        """Return fractional column and row positions of the points."""
        if self.transform is not None and len(x):
            moved = np.asarray(self.transform.TransformPoints(np.column_stack([x, y])))
            x, y = moved[:, 0], moved[:, 1]
        a = self.inverse
        column = a[0] + a[1] * x + a[2] * y
        row = a[3] + a[4] * x + a[5] * y
        return column, row

    def sample(self, x, y, bilinear, progress):
        """Return sampled values (NaN where missing) for every point."""
        column, row = self.pixel_coordinates(np.asarray(x, float), np.asarray(y, float))
        inside = (column >= 0) & (column < self.width) & (row >= 0) & (row < self.height)
        inside &= np.isfinite(column) & np.isfinite(row)
        values = np.full(len(column), np.nan)
        nearest_column = np.floor(np.where(inside, column, 0)).astype(np.int64)
        nearest_row = np.floor(np.where(inside, row, 0)).astype(np.int64)
        if bilinear:
            left = np.floor(np.where(inside, column, 0.5) - 0.5).astype(np.int64)
            top = np.floor(np.where(inside, row, 0.5) - 0.5).astype(np.int64)
            first_row = np.clip(top, 0, self.height - 1)
        else:
            first_row = nearest_row

        strip = _strip_height(self.width, 8)
        order = np.argsort(first_row, kind="stable")
        order = order[inside[order]]
        starts = np.searchsorted(first_row[order], np.arange(0, self.height + strip, strip))
        strip_count = len(starts) - 1
        for number in range(strip_count):
            points = order[starts[number]:starts[number + 1]]
            if not len(points):
                continue
            check_canceled(progress)
            row_offset = number * strip
            rows = min(strip + 1, self.height - row_offset)
            raw = self.band.ReadAsArray(0, row_offset, self.width, rows)
            block = raw.astype(np.float64)
            block[~valid_mask(raw, self.nodata)] = np.nan
            nearest = block[nearest_row[points] - row_offset, nearest_column[points]]
            if bilinear:
                values[points] = self._interpolate(block, row_offset, points, column, row,
                                                   left, top, nearest)
            else:
                values[points] = nearest
            progress.set_fraction((number + 1) / strip_count)
        return values

    def _interpolate(self, block, row_offset, points, column, row, left, top, nearest):
        weight_x = column[points] - 0.5 - left[points]
        weight_y = row[points] - 0.5 - top[points]
        columns = [np.clip(left[points] + step, 0, self.width - 1) for step in (0, 1)]
        rows = [np.clip(top[points] + step, 0, self.height - 1) - row_offset for step in (0, 1)]
        total = np.zeros(len(points))
        for row_step, row_weight in ((0, 1 - weight_y), (1, weight_y)):
            for column_step, column_weight in ((0, 1 - weight_x), (1, weight_x)):
                corner = block[rows[row_step], columns[column_step]]
                total += row_weight * column_weight * corner
        # A NaN corner makes the sum NaN: use the containing pixel there.
        return np.where(np.isnan(total), nearest, total)


def sample_points(x, y, points_crs_wkt, target, factors=(), progress=None):
    """Read the target and factor rasters at the points.

    Parameters
    ----------
    x, y : array-like of float
        Point coordinates in the CRS given by ``points_crs_wkt``.
    points_crs_wkt : str
        WKT of the points' CRS. Every raster is read in its own CRS, with the
        points transformed by ``osr.CoordinateTransformation``.
    target : RasterSource
        Read at the pixel containing each point; points where it is nodata or
        outside the raster are skipped.
    factors : sequence of RasterSource
        Read at the pixel containing each point when ``categorical``, and
        bilinearly interpolated otherwise.

    Returns
    -------
    SampleResult
    """
    progress = progress or NullProgress()
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    steps = 1 + len(factors)

    reader = _RasterReader(target.path, target.band, points_crs_wkt, "target raster")
    target_values = reader.sample(x, y, bilinear=False,
                                  progress=SubProgress(progress, 0, 1 / steps))
    kept = ~np.isnan(target_values)
    kept_x, kept_y = x[kept], y[kept]
    columns = {target.field: _typed(target_values[kept], reader.is_integer)}

    factor_nodata = {}
    for number, factor in enumerate(factors, start=1):
        reader = _RasterReader(factor.path, factor.band, points_crs_wkt, "factor raster")
        values = reader.sample(kept_x, kept_y, bilinear=not factor.categorical,
                               progress=SubProgress(progress, number / steps,
                                                    (number + 1) / steps))
        factor_nodata[factor.field] = int(np.isnan(values).sum())
        columns[factor.field] = _typed(values, reader.is_integer and factor.categorical)

    table = pd.DataFrame(columns)
    return SampleResult(table=table, kept=kept,
                        skipped_target_nodata=int(len(x) - kept.sum()),
                        factor_nodata=factor_nodata)


def _typed(values, integer):
    if integer:
        return pd.Series(values).astype("Int64")
    return pd.Series(values)


def field_names(names, max_length=None, reserved=()):
    """Turn layer names into unique field names.

    Characters other than letters, digits and underscores become ``_``, a
    leading digit gets the prefix ``f``, and repeated names get ``_2``,
    ``_3``... Names compare without case, because GeoPackage and shapefile
    fields do. ``max_length`` limits names to that many UTF-8 bytes, as the
    10-byte dBase field names of shapefiles require; ``None`` keeps them
    whole. Names in ``reserved`` are never returned.
    """
    used = {name.lower() for name in reserved}
    result = []
    for name in names:
        base = re.sub(r"\W+", "_", str(name)).strip("_") or "factor"
        if base[0].isdigit():
            base = "f" + base
        candidate = _truncate(base, max_length)
        number = 1
        while candidate.lower() in used:
            number += 1
            suffix = f"_{number}"
            room = None if max_length is None else max_length - len(suffix)
            candidate = _truncate(base, room) + suffix
        used.add(candidate.lower())
        result.append(candidate)
    return result


def _truncate(text, max_bytes):
    if max_bytes is None:
        return text
    encoded = text.encode("utf-8")[:max_bytes]
    return encoded.decode("utf-8", errors="ignore")
