#!/usr/bin/python3
"""Generate a synthetic land-use pair and an InVEST carbon pool table.

The two GeoTIFFs share one grid (square pixels, projected CRS) and hold
about eight land-use classes in spatially coherent patches. The later date
equals the earlier one except inside change patches, where each class
follows a fixed transition. Both dates have a nodata border and nodata holes
that only partly overlap, so some pixels are valid at one date only, and by
default the two dates use different nodata values.

The patches come from value noise: random values on coarse lattices,
interpolated to pixels and summed over three scales. Lattices are drawn once
from the seed and pixels are computed strip by strip, so the output depends
only on the parameters (not on the strip height) and memory stays bounded by
one strip.

Run ``python3 benchmarks/make_landuse.py --help`` for the options.
"""

import argparse
import csv
import json
import math
import os
from dataclasses import asdict, dataclass

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

# (lucode, name, c_above, c_below, c_soil, c_dead) in Mg C/ha. Values are
# plausible orders of magnitude for a subtropical region, not field data.
CARBON_POOLS = (
    (1, "forest", 92.7, 23.4, 118.6, 7.3),
    (2, "shrubland", 31.9, 12.2, 96.1, 2.9),
    (3, "grassland", 4.6, 8.9, 88.4, 0.7),
    (4, "cropland", 6.3, 1.8, 71.5, 0.0),
    (5, "wetland", 18.2, 9.6, 143.7, 4.1),
    (6, "water", 0.0, 0.0, 0.0, 0.0),
    (7, "built-up", 2.1, 0.5, 24.8, 0.0),
    (8, "barren", 0.4, 0.1, 12.3, 0.0),
)

# Class of a changed pixel at the later date, keyed by its earlier class.
TRANSITIONS = {1: 4, 2: 1, 3: 4, 4: 7, 5: 3, 6: 5, 7: 7, 8: 3}

DEFAULT_EPSG = 32650
DEFAULT_ORIGIN = (300000.0, 3500000.0)


@dataclass
class LanduseParameters:
    """Parameters that fully determine a generated land-use pair."""

    rows: int = 10000
    cols: int = 10000
    seed: int = 0
    pixel_size_m: float = 30.0
    epsg: int = DEFAULT_EPSG
    patch_size_px: int = 0  # 0 picks min(rows, cols) // 50, at least 8
    change_fraction: float = 0.15
    hole_fraction: float = 0.02
    border_px: int = -1  # -1 picks 1 % of min(rows, cols), at least 1
    nodata: int = 255
    nodata_later: int = 128

    def resolved(self):
        """Return a copy with the automatic sizes replaced by their values."""
        values = asdict(self)
        short_side = min(self.rows, self.cols)
        if values["patch_size_px"] <= 0:
            values["patch_size_px"] = max(8, short_side // 50)
        if values["border_px"] < 0:
            values["border_px"] = max(1, round(short_side * 0.01))
        return LanduseParameters(**values)


class ValueNoise:
    """Smooth random field on a pixel grid, evaluated on any row/column set.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of the lattice values, consumed once at construction.
    rows, cols : int
        Grid size in pixels.
    cell_sizes_px : sequence of float
        Lattice spacing of each octave in pixels.
    weights : sequence of float
        Weight of each octave in the sum.
    """

    def __init__(self, rng, rows, cols, cell_sizes_px, weights):
        self.octaves = []
        for cell_size, weight in zip(cell_sizes_px, weights):
            cell_size = max(float(cell_size), 1.0)
            lattice_shape = (
                int(math.ceil(rows / cell_size)) + 2,
                int(math.ceil(cols / cell_size)) + 2,
            )
            lattice = rng.random(lattice_shape)
            self.octaves.append((cell_size, weight, lattice))

    def evaluate(self, row_index, col_index):
        """Return the field at the pixel centres of rows x cols as float64."""
        total = np.zeros((row_index.size, col_index.size))
        for cell_size, weight, lattice in self.octaves:
            total += weight * _interpolate(lattice, (row_index + 0.5) / cell_size,
                                           (col_index + 0.5) / cell_size)
        return total


def _interpolate(lattice, y, x):
    """Interpolate lattice values at fractional positions with smoothstep."""
    y0 = np.floor(y).astype(np.intp)
    x0 = np.floor(x).astype(np.intp)
    fy = _smoothstep(y - y0)[:, None]
    fx = _smoothstep(x - x0)[None, :]
    top = lattice[np.ix_(y0, x0)] * (1 - fx) + lattice[np.ix_(y0, x0 + 1)] * fx
    bottom = lattice[np.ix_(y0 + 1, x0)] * (1 - fx) + lattice[np.ix_(y0 + 1, x0 + 1)] * fx
    return top * (1 - fy) + bottom * fy


def _smoothstep(t):
    return t * t * (3 - 2 * t)


class WarpedCells:
    """Random class per lattice cell, with cell edges bent by smooth noise.

    Each pixel takes the class of the lattice cell that contains its
    position displaced by two noise fields, so patches are compact blobs with
    irregular edges and neighbouring patches have unrelated classes.
    """

    def __init__(self, rng, rows, cols, cell_size_px, class_count):
        self.cell_size = max(float(cell_size_px), 1.0)
        self.pad = 2
        lattice_shape = (
            int(math.ceil(rows / self.cell_size)) + 2 * self.pad,
            int(math.ceil(cols / self.cell_size)) + 2 * self.pad,
        )
        self.classes = rng.integers(0, class_count, lattice_shape)
        warp_cells = [self.cell_size, self.cell_size / 4]
        self.warp_y = ValueNoise(rng, rows, cols, warp_cells, (1.0, 0.4))
        self.warp_x = ValueNoise(rng, rows, cols, warp_cells, (1.0, 0.4))
        # ValueNoise sums lie in [0, 1.4]. Centred and scaled, they move a
        # position by at most 0.35 cell, well inside the lattice padding.
        self.warp_scale = 0.5 * self.cell_size

    def evaluate(self, row_index, col_index):
        """Return class indexes (0-based) at rows x cols."""
        y = (row_index[:, None] + 0.5) + (self.warp_y.evaluate(row_index, col_index) - 0.7) * self.warp_scale
        x = (col_index[None, :] + 0.5) + (self.warp_x.evaluate(row_index, col_index) - 0.7) * self.warp_scale
        i = np.floor(y / self.cell_size).astype(np.intp) + self.pad
        j = np.floor(x / self.cell_size).astype(np.intp) + self.pad
        return self.classes[i, j]


class LanduseModel:
    """Noise fields and thresholds that define a land-use pair."""

    def __init__(self, params):
        self.params = params.resolved()
        p = self.params
        codes = {row[0] for row in CARBON_POOLS}
        for name in ("nodata", "nodata_later"):
            value = getattr(p, name)
            if value in codes or not 0 <= value <= 255:
                raise ValueError(f"{name}={value} must be a byte value outside the class codes {sorted(codes)}")

        rng = np.random.default_rng(p.seed)
        patch = p.patch_size_px
        class_count = len(CARBON_POOLS)

        # Large patches, with smaller inclusions of other classes over about
        # a quarter of the area.
        self.patches = WarpedCells(rng, p.rows, p.cols, patch, class_count)
        self.inclusions = WarpedCells(rng, p.rows, p.cols, patch / 4, class_count)
        self.inclusion_field = ValueNoise(rng, p.rows, p.cols, [patch / 2, patch / 8], (1.0, 0.3))
        self.change_field = ValueNoise(rng, p.rows, p.cols, [patch * 1.5, patch / 3], (1.0, 0.3))
        self.hole_field = ValueNoise(rng, p.rows, p.cols, [patch / 2, patch / 8], (1.0, 0.3))
        self.hole_field_later = ValueNoise(rng, p.rows, p.cols, [patch / 2, patch / 8], (1.0, 0.3))

        # Thresholds are quantiles of each field on a regular sample of about
        # 200 x 200 pixels.
        step = max(1, min(p.rows, p.cols) // 200)
        sample_rows = np.arange(0, p.rows, step)
        sample_cols = np.arange(0, p.cols, step)

        def quantile(field, level):
            return np.quantile(field.evaluate(sample_rows, sample_cols), level)

        self.inclusion_threshold = quantile(self.inclusion_field, 0.75)
        self.change_threshold = quantile(self.change_field, 1 - p.change_fraction)
        self.hole_threshold = quantile(self.hole_field, 1 - p.hole_fraction)
        self.hole_threshold_later = quantile(self.hole_field_later, 1 - p.hole_fraction)

        self.codes = np.array([row[0] for row in CARBON_POOLS], dtype=np.uint8)
        self.transition_lookup = np.zeros(256, dtype=np.uint8)
        for code_from, code_to in TRANSITIONS.items():
            self.transition_lookup[code_from] = code_to

    def strip(self, row_start, row_stop):
        """Return the earlier and later land-use arrays (uint8) of rows [start, stop)."""
        p = self.params
        rows = np.arange(row_start, row_stop)
        cols = np.arange(p.cols)

        class_index = np.where(
            self.inclusion_field.evaluate(rows, cols) > self.inclusion_threshold,
            self.inclusions.evaluate(rows, cols),
            self.patches.evaluate(rows, cols),
        )
        earlier = self.codes[class_index]
        changed = self.change_field.evaluate(rows, cols) > self.change_threshold
        later = np.where(changed, self.transition_lookup[earlier], earlier)

        border = np.zeros((rows.size, cols.size), dtype=bool)
        border[(rows < p.border_px) | (rows >= p.rows - p.border_px), :] = True
        border[:, (cols < p.border_px) | (cols >= p.cols - p.border_px)] = True
        earlier[border | (self.hole_field.evaluate(rows, cols) > self.hole_threshold)] = p.nodata
        later[border | (self.hole_field_later.evaluate(rows, cols) > self.hole_threshold_later)] = p.nodata_later
        return earlier, later


def _create_geotiff(path, params, nodata):
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(
        path, params.cols, params.rows, 1, gdal.GDT_Byte,
        options=["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"],
    )
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(params.epsg)
    dataset.SetProjection(srs.ExportToWkt())
    x0, y0 = DEFAULT_ORIGIN
    dataset.SetGeoTransform((x0, params.pixel_size_m, 0.0, y0, 0.0, -params.pixel_size_m))
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


def write_carbon_table(path):
    """Write the InVEST carbon pool CSV (densities in Mg C/ha)."""
    with open(path, "w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["lucode", "lulc_name", "c_above", "c_below", "c_soil", "c_dead"])
        writer.writerows(CARBON_POOLS)


def make_landuse_pair(out_dir, params=None, strip_rows=256, progress=None):
    """Write ``lulc_earlier.tif``, ``lulc_later.tif``, ``carbon_pools.csv``.

    Parameters
    ----------
    out_dir : str
        Folder for the outputs, created when missing.
    params : LanduseParameters, optional
        Generator parameters; the defaults give a 10,000 x 10,000 pair.
    strip_rows : int
        Rows computed and written at once. It bounds memory and does not
        change the output.
    progress : callable, optional
        Called with the fraction done (0..1) after each strip.

    Returns
    -------
    dict
        Paths (``earlier``, ``later``, ``carbon_table``) and the resolved
        parameters (``params``, a dict).
    """
    model = LanduseModel(params or LanduseParameters())
    p = model.params
    os.makedirs(out_dir, exist_ok=True)
    paths = {
        "earlier": os.path.join(out_dir, "lulc_earlier.tif"),
        "later": os.path.join(out_dir, "lulc_later.tif"),
        "carbon_table": os.path.join(out_dir, "carbon_pools.csv"),
    }

    earlier_ds = _create_geotiff(paths["earlier"], p, p.nodata)
    later_ds = _create_geotiff(paths["later"], p, p.nodata_later)
    for row_start in range(0, p.rows, strip_rows):
        row_stop = min(row_start + strip_rows, p.rows)
        earlier, later = model.strip(row_start, row_stop)
        earlier_ds.GetRasterBand(1).WriteArray(earlier, 0, row_start)
        later_ds.GetRasterBand(1).WriteArray(later, 0, row_start)
        if progress:
            progress(row_stop / p.rows)
    earlier_ds = None
    later_ds = None

    write_carbon_table(paths["carbon_table"])
    return dict(paths, params=asdict(p))


def main():
    defaults = LanduseParameters()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="folder for the two GeoTIFFs and the carbon pool CSV")
    parser.add_argument("--rows", type=int, default=defaults.rows)
    parser.add_argument("--cols", type=int, default=defaults.cols)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--pixel-size", type=float, default=defaults.pixel_size_m, help="pixel size in metres")
    parser.add_argument("--epsg", type=int, default=defaults.epsg, help="projected CRS of the grid")
    parser.add_argument("--patch-size", type=int, default=defaults.patch_size_px,
                        help="typical patch size in pixels (0: min(rows, cols) // 50, at least 8)")
    parser.add_argument("--change-fraction", type=float, default=defaults.change_fraction,
                        help="share of pixels in change patches")
    parser.add_argument("--hole-fraction", type=float, default=defaults.hole_fraction,
                        help="share of pixels in nodata holes, per date")
    parser.add_argument("--border", type=int, default=defaults.border_px,
                        help="width of the nodata border in pixels (-1: 1 %% of the short side)")
    parser.add_argument("--nodata", type=int, default=defaults.nodata, help="nodata of the earlier date")
    parser.add_argument("--nodata-later", type=int, default=defaults.nodata_later, help="nodata of the later date")
    args = parser.parse_args()

    params = LanduseParameters(
        rows=args.rows, cols=args.cols, seed=args.seed, pixel_size_m=args.pixel_size, epsg=args.epsg,
        patch_size_px=args.patch_size, change_fraction=args.change_fraction,
        hole_fraction=args.hole_fraction, border_px=args.border,
        nodata=args.nodata, nodata_later=args.nodata_later,
    )
    result = make_landuse_pair(args.out_dir, params)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
