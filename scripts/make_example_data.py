"""Generate the small example study used when the shared data is absent.

Three dates (2000, 2010, 2020) of a 400 x 300 land-use map with 30 m pixels in
UTM zone 50N, six classes in spatially coherent patches, an InVEST-style
carbon pool table, and three driving-factor rasters (elevation, slope and
distance to built-up land) that shape where the classes lie. The same seed
always gives the same files.
"""

import argparse
import csv
from pathlib import Path

import numpy as np
from osgeo import gdal, osr
from scipy import ndimage

CLASSES = [  # code, name, above, below, soil, dead (Mg C/ha), colour
    (1, "Forest", 120.0, 30.0, 90.0, 10.0, "#1b7837"),
    (2, "Shrubland", 30.0, 12.0, 60.0, 3.0, "#a6dba0"),
    (3, "Grassland", 5.0, 8.0, 55.0, 1.0, "#f6e8c3"),
    (4, "Cropland", 4.0, 2.0, 45.0, 0.0, "#dfc27d"),
    (5, "Built-up", 1.0, 0.0, 20.0, 0.0, "#b2182b"),
    (6, "Water", 0.0, 0.0, 0.0, 0.0, "#2166ac"),
]
YEARS = (2000, 2010, 2020)
NODATA = 255


def _patches(rng, shape, smoothing):
    field = ndimage.gaussian_filter(rng.standard_normal(shape), smoothing)
    return (field - field.mean()) / field.std()


def generate(folder, width=400, height=300, seed=20240601):
    """Write the example rasters and carbon table into ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    shape = (height, width)
    terrain = _patches(rng, shape, 25)
    thresholds = np.quantile(terrain, [0.08, 0.3, 0.45, 0.75, 0.9])
    lulc = (6 - np.searchsorted(thresholds, terrain)).astype(np.uint8)
    pressure = _patches(rng, shape, 15)
    outside = np.hypot(*np.meshgrid(np.linspace(-1, 1, width), np.linspace(-1, 1, height))) > 1.25

    paths = []
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    for step, year in enumerate(YEARS):
        if step:
            converted = pressure > 1.2 - 0.5 * step
            lulc = np.where(converted & (lulc <= 3), lulc + 1, lulc).astype(np.uint8)
            lulc = np.where(converted & (pressure > 2.0 - 0.4 * step) & (lulc == 4), 5, lulc)
            lulc = lulc.astype(np.uint8)
        values = np.where(outside, NODATA, lulc).astype(np.uint8)
        path = folder / f"landuse_{year}.tif"
        dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 1, gdal.GDT_Byte,
                                                       options=["COMPRESS=DEFLATE"])
        dataset.SetGeoTransform((500000.0, 30.0, 0.0, 3400000.0, 0.0, -30.0))
        dataset.SetProjection(srs.ExportToWkt())
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.WriteArray(values)
        dataset = None
        paths.append(path)

    factors = _write_factors(folder, terrain, lulc, srs)

    table = folder / "carbon_pools.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["lucode", "lulc_name", "c_above", "c_below", "c_soil", "c_dead",
                         "color"])
        writer.writerows(CLASSES)
    return paths, table, factors


def _write_factors(folder, terrain, lulc, srs):
    """Write elevation (m), slope (degrees) and distance to built-up land (m)."""
    elevation = 200.0 + 350.0 * (terrain - terrain.min())
    rows, columns = np.gradient(elevation, 30.0)
    slope = np.degrees(np.arctan(np.hypot(rows, columns)))
    distance = ndimage.distance_transform_edt(lulc != 5) * 30.0
    paths = []
    for name, values in (("elevation", elevation), ("slope", slope),
                         ("distance_to_built_up", distance)):
        path = folder / f"{name}.tif"
        dataset = gdal.GetDriverByName("GTiff").Create(
            str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32,
            options=["COMPRESS=DEFLATE"])
        dataset.SetGeoTransform((500000.0, 30.0, 0.0, 3400000.0, 0.0, -30.0))
        dataset.SetProjection(srs.ExportToWkt())
        dataset.GetRasterBand(1).WriteArray(values.astype(np.float32))
        dataset = None
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", help="output folder")
    arguments = parser.parse_args()
    rasters, carbon_table, factor_rasters = generate(arguments.folder)
    print("\n".join(str(p) for p in rasters + [carbon_table] + factor_rasters))
