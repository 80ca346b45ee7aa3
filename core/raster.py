"""Block-wise raster reading and writing shared by every algorithm.

Rasters are read and written in strips of whole rows. The number of rows in a
strip is chosen so that one strip of every open raster fits a fixed memory
budget, so memory does not grow with the raster's size. Outputs are written
to a temporary file beside the destination and moved into place only when
the whole computation succeeded. On error or cancel nothing is left behind.
"""

import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, gdal_array, osr

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP
from .progress import check_canceled

gdal.UseExceptions()

#: Bytes of raster data that one strip of all open rasters may take.
DEFAULT_BLOCK_BUDGET = 32 * 1024 * 1024

#: Strips that may wait for the writer thread of an :class:`OutputSet`.
MAX_PENDING_WRITES = 8

#: Relative tolerance when comparing pixel sizes and origins of two grids.
GRID_TOLERANCE = 1e-9

# DEFLATE level 1 without a predictor: four times faster to write than with
# PREDICTOR=3 and threaded compression, and smaller on land-use-derived maps
# (measured by benchmarks/bench_carbon.py).
_GTIFF_OPTIONS = ["COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"]


@dataclass(frozen=True)
class Grid:
    """Pixel grid of a raster: size, geotransform and CRS (as WKT)."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @property
    def shape(self):
        return (self.height, self.width)

    def spatial_reference(self):
        """Return the grid's ``osr.SpatialReference`` or ``None`` without a CRS."""
        if not self.crs_wkt:
            return None
        srs = osr.SpatialReference()
        srs.ImportFromWkt(self.crs_wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return srs

    def describe(self):
        """Return a one-line description: size, pixel size, origin and CRS."""
        gt = self.geotransform
        srs = self.spatial_reference()
        if srs is None:
            crs = "no CRS"
        else:
            code = srs.GetAuthorityCode(None)
            name = srs.GetName() or "unnamed CRS"
            crs = f"EPSG:{code}" if code else name
        return (f"{self.width} x {self.height} px, pixel {gt[1]:g} x {abs(gt[5]):g}, "
                f"origin ({gt[0]:.6f}, {gt[3]:.6f}), {crs}")

    def differences(self, other):
        """Return the names of the properties in which two grids differ."""
        found = []
        if (self.width, self.height) != (other.width, other.height):
            found.append(QT_TRANSLATE_NOOP("CarbonDrivers", "size"))
        scale = max(abs(self.geotransform[1]), abs(self.geotransform[5]), 1e-12)
        if not np.allclose(self.geotransform, other.geotransform, rtol=GRID_TOLERANCE,
                           atol=GRID_TOLERANCE * scale):
            found.append(QT_TRANSLATE_NOOP("CarbonDrivers", "geotransform"))
        mine, theirs = self.spatial_reference(), other.spatial_reference()
        if (mine is None) != (theirs is None) or (
                mine is not None and not mine.IsSame(theirs)):
            found.append(QT_TRANSLATE_NOOP("CarbonDrivers", "CRS"))
        return found


@dataclass(frozen=True)
class RasterInfo:
    """An input raster band: its path, band number, grid, nodata and type."""

    path: str
    band: int
    grid: Grid
    nodata: object
    dtype: np.dtype

    @property
    def is_integer(self):
        return np.issubdtype(self.dtype, np.integer)


def open_raster(path, band=1, label=None):
    """Describe band ``band`` of the raster at ``path``.

    Raises
    ------
    InputError
        If the file cannot be opened as a raster or has no such band.
    """
    label = label or os.path.basename(str(path))
    try:
        dataset = gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError as error:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Cannot open the raster {label} ({path}): {error}. "
            "Check that the file exists and is a raster format GDAL reads."),
            label=label, path=path, error=error) from error
    if band < 1 or band > dataset.RasterCount:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The raster {label} has {count} band(s); band {band} does not exist."),
            label=label, count=dataset.RasterCount, band=band)
    raster_band = dataset.GetRasterBand(band)
    grid = Grid(dataset.RasterXSize, dataset.RasterYSize,
                tuple(dataset.GetGeoTransform()), dataset.GetProjection() or "")
    dtype = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(raster_band.DataType))
    return RasterInfo(str(path), band, grid, raster_band.GetNoDataValue(), dtype)


def require_same_grid(reference, other, reference_label, other_label):
    """Raise :class:`InputError` unless two rasters share one pixel grid."""
    differences = reference.grid.differences(other.grid)
    if differences:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The rasters {first} and {second} are not on the same grid "
            "(they differ in {what}). {first}: {first_grid}; {second}: "
            "{second_grid}. Put them on one grid with Raster > Align Rasters "
            "or the Processing tool 'Warp (reproject)' before running this "
            "algorithm."),
            first=reference_label, second=other_label, what=differences,
            first_grid=reference.grid.describe(), second_grid=other.grid.describe())


def valid_mask(values, nodata):
    """Return a boolean array: True where ``values`` is neither nodata nor NaN."""
    if np.issubdtype(values.dtype, np.floating):
        mask = np.isfinite(values)
        if nodata is not None and np.isfinite(nodata):
            mask &= values != nodata
        return mask
    if nodata is None or not float(nodata).is_integer():
        return np.ones(values.shape, dtype=bool)
    info = np.iinfo(values.dtype)
    if not info.min <= nodata <= info.max:
        return np.ones(values.shape, dtype=bool)
    return values != values.dtype.type(nodata)


def strip_rows(width, bytes_per_pixel, budget=DEFAULT_BLOCK_BUDGET, block_height=1):
    """Return the number of rows in one strip of at most ``budget`` bytes.

    The count is rounded down to a multiple of ``block_height`` (the source's
    natural block height) so strips do not split a tiled file's blocks.
    """
    rows = max(1, int(budget // max(1, width * bytes_per_pixel)))
    if block_height > 1 and rows >= block_height:
        rows -= rows % block_height
    return rows


class BlockReader:
    """Read strips of rows from several rasters on one grid.

    Iterating yields ``(row_offset, arrays)`` where ``arrays`` contains one
    2-D array per raster, in the order given. Memory is bounded by
    ``budget`` bytes for all rasters together, whatever the raster size.

    Parameters
    ----------
    rasters : sequence of RasterInfo
        Rasters that share the grid of the first one.
    budget : int, optional
        Bytes that one strip of all rasters may take; default
        :data:`DEFAULT_BLOCK_BUDGET`.
    progress : object, optional
        Progress sink (see :mod:`core.progress`); checked for cancel before
        every strip, which raises :class:`CanceledError`.
    """

    def __init__(self, rasters, budget=None, progress=None):
        budget = DEFAULT_BLOCK_BUDGET if budget is None else budget
        self.rasters = list(rasters)
        self.grid = self.rasters[0].grid
        self.progress = progress
        self._datasets = [gdal.Open(r.path, gdal.GA_ReadOnly) for r in self.rasters]
        self._bands = [d.GetRasterBand(r.band) for d, r in zip(self._datasets, self.rasters)]
        bytes_per_pixel = sum(max(r.dtype.itemsize, 4) for r in self.rasters) * 3
        block_height = self._bands[0].GetBlockSize()[1]
        self.rows_per_strip = strip_rows(self.grid.width, bytes_per_pixel, budget, block_height)

    def __len__(self):
        return -(-self.grid.height // self.rows_per_strip)

    def __iter__(self):
        height = self.grid.height
        for index, row in enumerate(range(0, height, self.rows_per_strip)):
            check_canceled(self.progress)
            rows = min(self.rows_per_strip, height - row)
            arrays = [band.ReadAsArray(0, row, self.grid.width, rows) for band in self._bands]
            for band in self._bands:
                band.FlushCache()  # release the strip's blocks from GDAL's cache
            yield row, arrays
            if self.progress is not None:
                self.progress.set_fraction((index + 1) / len(self))


class RasterWriter:
    """Write one single-band GeoTIFF strip by strip, atomically.

    The data go to ``<path>.partial.tif``; :meth:`commit` moves that file to
    ``path`` and :meth:`abort` deletes it. Use :class:`OutputSet` to commit or
    abort several outputs together.
    """

    def __init__(self, path, grid, dtype, nodata):
        self.path = str(path)
        self.partial_path = self.path + ".partial.tif"
        self.nodata = nodata

        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "Cannot write the output {path}: the folder {folder} does not "
                "exist or is not writable. Choose another output path."),
                path=self.path, folder=folder)
        extension = os.path.splitext(self.path)[1].lower()
        if extension not in (".tif", ".tiff"):
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "Cannot write the output {path}: raster outputs are written as "
                "GeoTIFF. Give the file name the extension .tif."),
                path=self.path)

        driver = gdal.GetDriverByName("GTiff")
        gdal_type = gdal_array.NumericTypeCodeToGDALTypeCode(np.dtype(dtype))
        options = list(_GTIFF_OPTIONS)
        try:
            self._dataset = driver.Create(self.partial_path, grid.width, grid.height, 1,
                                          gdal_type, options=options)
        except RuntimeError as error:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "Cannot write the output {path}: {error}. Choose another output "
                "path."), path=self.path, error=error) from error
        self._dataset.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            self._dataset.SetProjection(grid.crs_wkt)
        self._band = self._dataset.GetRasterBand(1)
        self._output_set = None
        if nodata is not None:
            self._band.SetNoDataValue(float(nodata))
        self.dtype = np.dtype(dtype)

    def write(self, row_offset, values):
        """Write the 2-D array ``values`` starting at row ``row_offset``.

        Inside an :class:`OutputSet` the write happens on the set's writer
        thread, so compression overlaps the caller's next computation.
        """
        array = np.asarray(values, dtype=self.dtype)
        if array is values:
            array = array.copy()  # the caller may reuse its buffer while the write waits
        values = array
        if self._output_set is not None:
            self._output_set.submit(self._write_now, row_offset, values)
        else:
            self._write_now(row_offset, values)

    def _write_now(self, row_offset, values):
        self._band.WriteArray(values, 0, row_offset)
        # Written blocks would otherwise stay in GDAL's block cache (5 % of
        # RAM by default) and memory would grow with the raster's size.
        self._band.FlushCache()

    def set_description(self, text):
        self._band.SetDescription(text)

    def commit(self):
        """Close the file and move it to its destination."""
        self._band.FlushCache()
        self._band = None
        self._dataset = None
        for suffix in ("", ".aux.xml"):
            if os.path.exists(self.path + suffix):
                os.remove(self.path + suffix)
        os.replace(self.partial_path, self.path)

    def abort(self):
        """Close and delete the partial file."""
        self._band = None
        self._dataset = None
        for suffix in ("", ".aux.xml"):
            if os.path.exists(self.partial_path + suffix):
                os.remove(self.partial_path + suffix)


class OutputSet:
    """Context manager that commits all its writers on success, aborts on error.

    Strips given to its writers are compressed and written by one background
    thread, in order; at most :data:`MAX_PENDING_WRITES` strips wait, so
    memory stays bounded. Leaving the block waits for every write, then
    commits all writers, or aborts all of them if anything failed.

    Examples
    --------
    >>> with OutputSet() as outputs:
    ...     carbon = outputs.add(RasterWriter(path, grid, "float32", -1.0))
    ...     for row, (lulc,) in reader:
    ...         carbon.write(row, lookup[lulc])
    """

    def __init__(self):
        self.writers = []
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="raster-writer")
        self._slots = threading.BoundedSemaphore(MAX_PENDING_WRITES)
        self._futures = []

    def add(self, writer):
        writer._output_set = self
        self.writers.append(writer)
        return writer

    def submit(self, function, *arguments):
        """Run ``function(*arguments)`` on the writer thread; raise an earlier failure."""
        self._raise_failure()
        self._slots.acquire()
        future = self._executor.submit(function, *arguments)
        future.add_done_callback(lambda _: self._slots.release())
        self._futures.append(future)

    def _raise_failure(self):
        pending = []
        for future in self._futures:
            if future.done():
                future.result()  # raises the write's exception, if any
            else:
                pending.append(future)
        self._futures = pending

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        failure = None
        for future in self._futures:
            try:
                future.result()
            except Exception as error:  # noqa: BLE001 - re-raised below after cleanup
                failure = failure or error
        self._futures = []
        self._executor.shutdown(wait=True)
        if exc_type is None and failure is None:
            for writer in self.writers:
                writer.commit()
        else:
            self.abort()
        if exc_type is None and failure is not None:
            raise failure
        return False

    def abort(self):
        for writer in self.writers:
            writer.abort()


def prefetched(reader, depth=1):
    """Iterate ``reader`` while a worker thread reads the next strips ahead.

    GDAL decodes while numpy works on the previous strip, because both
    release the GIL; at most ``depth`` strips wait in the queue, so memory
    stays bounded. An exception in the worker (such as a cancel) is raised
    in the caller.
    """
    strips = queue.Queue(maxsize=depth)
    finished = object()
    stop = threading.Event()

    def put(item):
        # A timed put lets the worker end when the caller stopped consuming.
        while not stop.is_set():
            try:
                strips.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work():
        try:
            for item in reader:
                if not put(item):
                    return
            put(finished)
        except BaseException as error:  # noqa: B036 - re-raised in the caller's thread
            put(error)

    worker = threading.Thread(target=work, name="strip-reader", daemon=True)
    worker.start()
    try:
        while True:
            item = strips.get()
            if item is finished:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()
