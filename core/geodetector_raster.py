"""Geographical detector on every pixel of a raster stack, read block by block.

The target and the factors are read in strips of rows. Each strip adds the
per-stratum counts, sums and sums of squares of its valid pixels to a
:class:`~.stratified.StratifiedAccumulator`, so memory depends on the number
of strata (and occupied combinations of strata), never on the raster size,
and the result is exact: it equals the table mode on the same pixels.

Continuous factors are discretized before that pass, from a seeded random
sample of the pixels where every layer is valid (see :func:`sample_pixels`).
Factors on another grid than the target are resampled to the target's pixel
centres with nearest-neighbour warping through a virtual raster, block by
block, without an intermediate file.
"""

import os
import uuid

import numpy as np
from osgeo import gdal

from .errors import InputError
from .geodetector import (BreaksEncoder, CategoryEncoder, DiscretizationOptions,
                          INTERACTION_TOLERANCE, run_detectors)
from .i18n import QT_TRANSLATE_NOOP
from .progress import SubProgress, check_canceled
from .raster import BlockReader, OutputSet, RasterWriter, open_raster, valid_mask
from .stratified import StratifiedAccumulator

gdal.UseExceptions()

#: Default number of pixels sampled to discretize continuous factors.
DEFAULT_SAMPLE_SIZE = 100000

#: Number of randomly chosen rows the pixel sample is drawn from, at most.
SAMPLE_ROWS = 1000


def detect_rasters(target, factors, categorical=(), options=None, alpha=0.05,
                   sample_size=DEFAULT_SAMPLE_SIZE, strata_folder=None, progress=None,
                   tolerance=INTERACTION_TOLERANCE):
    """Run the geographical detector on every valid pixel of a raster stack.

    Parameters
    ----------
    target : str
        Path of the target raster (band 1). Its grid is the grid of the run.
    factors : sequence of (str, str)
        ``(name, path)`` of each factor raster (band 1).
    categorical : sequence of str
        Names of the factors whose pixel values are strata. The other factors
        are discretized with ``options`` from a sample of ``sample_size``
        pixels drawn with ``options.seed``.
    strata_folder : str, optional
        Folder where one GeoTIFF of class numbers (1..k, nodata 0) is written
        per continuous factor, named ``<factor>_strata.tif``. The folder is
        created if it does not exist. Pixels where
        the factor is valid get a class even where the target has no data.
    progress : object, optional
        Progress sink (see :mod:`.progress`).

    Returns
    -------
    GeoDetectorResult
        ``n_dropped`` counts the pixels where the target is valid but a
        factor is not. ``sampled`` is True when a continuous factor was discretized
        from a sample.
    """
    options = options or DiscretizationOptions()
    names = [name for name, _ in factors]
    _check_names(names, categorical)
    target_info = open_raster(target, label="target")
    virtual_paths = []
    try:
        factor_infos = []
        for name, path in factors:
            info = open_raster(path, label=name)
            if info.grid.differences(target_info.grid):
                info = open_raster(_warp_to_grid(info, target_info.grid, name, virtual_paths),
                                   label=name)
            factor_infos.append(info)
        rasters = [target_info] + factor_infos

        continuous = [i for i, name in enumerate(names) if name not in categorical]
        encoders = [CategoryEncoder(name) for name in names]
        if continuous:
            sample = sample_pixels(rasters, sample_size, options.seed,
                                   SubProgress(progress, 0.0, 0.1))
            if sample.shape[1] == 0:
                raise _no_valid_pixel(names)
            for i in continuous:
                discretization = options.choose(sample[0], sample[i + 1])
                encoders[i] = BreaksEncoder(names[i], discretization)

        accumulator, n_dropped = _accumulate(rasters, encoders, continuous, strata_folder,
                                             SubProgress(progress, 0.1, 0.95))
        if accumulator.shift is None:
            raise _no_valid_pixel(names)
        result = run_detectors(names, accumulator, encoders, alpha, n_dropped=n_dropped,
                               sampled=bool(continuous), tolerance=tolerance)
    finally:
        for path in virtual_paths:
            gdal.Unlink(path)
    if n_dropped:
        result.warnings.insert(0, (QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "{count} pixel(s) with a target value but no value of some factor "
            "were dropped; every detector uses the remaining {n} pixels."),
            {"count": n_dropped, "n": result.n}))
    if progress is not None:
        progress.set_fraction(1.0)
    return result


def _check_names(names, categorical):
    if not names:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "No factor raster was given; choose at least one factor."))
    if len(set(names)) != len(names):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Two factor rasters have the same name: {names}. Rename one of "
            "the layers."), names=", ".join(names))
    unknown = [c for c in categorical if c not in names]
    if unknown:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The categorical rasters {names} are not among the factors; add "
            "them to the factors."), names=", ".join(unknown))


def _no_valid_pixel(names):
    return InputError(QT_TRANSLATE_NOOP(
        "CarbonDrivers",
        "No pixel has a value in the target and in every factor ({factors}). "
        "Check that the rasters overlap and that their nodata values are "
        "set correctly."), factors=", ".join(names))


def _warp_to_grid(info, grid, name, virtual_paths):
    """Return the path of a virtual raster of ``info`` resampled onto ``grid``.

    Each target pixel takes the value of the source pixel under its centre
    (nearest neighbour), so categories are kept as they are.
    """
    source_srs = info.grid.crs_wkt
    if bool(source_srs) != bool(grid.crs_wkt):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The factor raster {name} is on another grid than the target and "
            "only one of them has a CRS, so it cannot be resampled. Assign a "
            "CRS to both rasters."), name=name)
    gt = grid.geotransform
    bounds = (gt[0], gt[3] + gt[5] * grid.height, gt[0] + gt[1] * grid.width, gt[3])
    path = f"/vsimem/geodetector_{uuid.uuid4().hex}.vrt"
    if info.nodata is None:
        # Target pixels outside the factor need a nodata value that no source
        # value can take, so the values are widened to Float64 with NaN.
        extra = {"outputType": gdal.GDT_Float64, "dstNodata": float("nan")}
    else:
        extra = {"dstNodata": info.nodata}
    options = gdal.WarpOptions(
        format="VRT", outputBounds=bounds, width=grid.width, height=grid.height,
        dstSRS=grid.crs_wkt or None, resampleAlg="near", multithread=True, **extra)
    gdal.Warp(path, info.path, options=options)
    virtual_paths.append(path)
    return path


def _joint_valid(rasters, arrays):
    """Return the mask of every raster and the mask where all are valid."""
    masks = [valid_mask(values, info.nodata) for info, values in zip(rasters, arrays)]
    valid = masks[0].copy()
    for mask in masks[1:]:
        valid &= mask
    return masks, valid


def sample_pixels(rasters, sample_size, seed, progress=None):
    """Return a seeded random sample of pixels where every raster is valid.

    The sample is drawn from at most :data:`SAMPLE_ROWS` randomly chosen rows
    (all rows of smaller rasters), then thinned to ``sample_size`` pixels at
    random. Memory is bounded by the sample size and one row.

    Returns
    -------
    ndarray of float64, shape (len(rasters), n)
        One row per raster, the same pixels in every row.
    """
    rng = np.random.default_rng(seed)
    height, width = rasters[0].grid.height, rasters[0].grid.width
    rows = np.sort(rng.choice(height, min(height, SAMPLE_ROWS), replace=False))
    per_row = max(1, int(np.ceil(2.0 * sample_size / len(rows))))
    datasets = [gdal.Open(info.path) for info in rasters]
    bands = [d.GetRasterBand(info.band) for d, info in zip(datasets, rasters)]
    pieces = []
    for index, row in enumerate(rows):
        check_canceled(progress)
        arrays = [band.ReadAsArray(0, int(row), width, 1)[0] for band in bands]
        _, valid = _joint_valid(rasters, arrays)
        columns = np.flatnonzero(valid)
        if len(columns) > per_row:
            columns = np.sort(rng.choice(columns, per_row, replace=False))
        pieces.append(np.stack([a[columns].astype(np.float64) for a in arrays]))
        if progress is not None:
            progress.set_fraction((index + 1) / len(rows))
    sample = np.concatenate(pieces, axis=1)
    if sample.shape[1] > sample_size:
        keep = np.sort(rng.choice(sample.shape[1], sample_size, replace=False))
        sample = sample[:, keep]
    return sample


def _accumulate(rasters, encoders, continuous, strata_folder, progress):
    accumulator = StratifiedAccumulator(len(encoders))
    n_dropped = 0
    reader = BlockReader(rasters, progress=progress)
    with OutputSet() as outputs:
        writers = {}
        if strata_folder and continuous:
            os.makedirs(strata_folder, exist_ok=True)
            for i in continuous:
                path = f"{strata_folder}/{_safe_file_name(encoders[i].factor)}_strata.tif"
                writers[i] = outputs.add(RasterWriter(path, rasters[0].grid, np.uint16, 0))
        for row, arrays in reader:
            masks, valid = _joint_valid(rasters, arrays)
            # An observation is a pixel where the target is valid; it is
            # dropped when a factor has no value there.
            n_dropped += int(np.count_nonzero(masks[0])) - int(np.count_nonzero(valid))
            y = arrays[0][valid]
            codes = [encoder.encode(values[valid])
                     for encoder, values in zip(encoders, arrays[1:])]
            accumulator.add(y, codes, [e.n_strata for e in encoders])
            for i, writer in writers.items():
                # Every pixel where the factor is valid gets its class, even
                # where the target has no data.
                factor_valid = masks[i + 1]
                classes = np.zeros(factor_valid.shape, dtype=np.uint16)
                classes[factor_valid] = encoders[i].encode(arrays[i + 1][factor_valid]) + 1
                writer.write(row, classes)
    return accumulator, n_dropped


def _safe_file_name(name):
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in str(name))
