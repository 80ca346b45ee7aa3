"""Probe InVEST's Carbon model on small crafted rasters.

Run inside the InVEST venv made by ``invest_env.sh``::

    benchmarks/.envs/invest/bin/python benchmarks/invest_behaviour.py OUT_DIR

Each case writes 4 x 4 land-use rasters, runs ``natcap.invest.carbon``
(validation and execute) and prints what InVEST wrote: pixel values,
nodata values, data types and totals. ``INVEST_NOTES.md`` summarises the
output of this script.
"""

import json
import math
import os
import shutil
import sys
import traceback

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

# Pools sum to 10 Mg C/ha for class 1 and 9 Mg C/ha for class 2, so a pixel
# that turns from 1 into 2 has a true change of exactly -1 Mg C/ha.
POOLS = [
    # lucode, c_above, c_below, c_soil, c_dead
    (1, 4.0, 3.0, 2.0, 1.0),
    (2, 3.5, 2.5, 2.0, 1.0),
    (3, 0.25, 0.25, 0.25, 0.25),
]

EARLIER = np.array([
    [1, 1, 1, 1],
    [1, 1, 2, 2],
    [2, 2, 255, 1],
    [1, 1, 3, 3],
], dtype=np.uint8)

# (0, 0): 1 -> 2, change -1. (1, 2): 2 -> 1, change +1. (2, 2): valid only
# later. (2, 3): valid only earlier. (3, 2): 3 -> 1, change +9.
LATER = np.array([
    [2, 1, 1, 1],
    [1, 1, 1, 2],
    [2, 2, 1, 128],
    [1, 1, 1, 3],
], dtype=np.uint8)

PRICE = 43.0
DISCOUNT_RATE = 3.0
PRICE_CHANGE = 1.0
YEAR, YEAR_LATER = 2000, 2020


def write_raster(path, array, epsg, origin, pixel_size, nodata, gdal_type=gdal.GDT_Byte):
    dataset = gdal.GetDriverByName("GTiff").Create(path, array.shape[1], array.shape[0], 1, gdal_type)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.SetGeoTransform((origin[0], pixel_size, 0.0, origin[1], 0.0, -pixel_size))
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None


def write_table(path, pools):
    with open(path, "w") as stream:
        stream.write("lucode,c_above,c_below,c_soil,c_dead\n")
        for row in pools:
            stream.write(",".join(str(value) for value in row) + "\n")


def read_output(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    return {
        "dtype": gdal.GetDataTypeName(band.DataType),
        "nodata": band.GetNoDataValue(),
        "values": band.ReadAsArray().tolist(),
    }


def run_case(out_dir, name, earlier, later, pools, epsg=32650, origin=(300000.0, 3500000.0),
             pixel_size=30.0, later_origin=None, gdal_type=gdal.GDT_Byte):
    import natcap.invest.carbon as carbon

    case_dir = os.path.join(out_dir, name)
    if os.path.exists(case_dir):
        shutil.rmtree(case_dir)
    os.makedirs(case_dir)
    earlier_path = os.path.join(case_dir, "earlier.tif")
    later_path = os.path.join(case_dir, "later.tif")
    table_path = os.path.join(case_dir, "pools.csv")
    write_raster(earlier_path, earlier, epsg, origin, pixel_size, 255, gdal_type)
    write_raster(later_path, later, epsg, later_origin or origin, pixel_size, 128, gdal_type)
    write_table(table_path, pools)

    args = {
        "workspace_dir": os.path.join(case_dir, "workspace"),
        "results_suffix": "",
        "n_workers": -1,
        "lulc_bas_path": earlier_path,
        "lulc_alt_path": later_path,
        "carbon_pools_path": table_path,
        "calc_sequestration": True,
        "do_valuation": True,
        "lulc_bas_year": YEAR,
        "lulc_alt_year": YEAR_LATER,
        "price_per_metric_ton_of_c": PRICE,
        "discount_rate": DISCOUNT_RATE,
        "rate_change": PRICE_CHANGE,
    }
    report = {"case": name, "validation": [[list(keys), message] for keys, message in carbon.validate(args)]}
    try:
        registry = carbon.execute(args)
    except Exception as error:  # the point is to record what InVEST raises
        report["execute_error"] = "".join(traceback.format_exception_only(type(error), error)).strip()
        return report

    with open(registry["summary_csv"]) as stream:
        report["summary_csv"] = stream.read().strip().splitlines()
    for key in ("c_above_bas", "c_storage_bas", "c_storage_alt", "c_change_bas_alt", "npv_alt"):
        report[key] = read_output(registry[key])
    return report


def valuation_constant(price, discount_rate_pct, price_change_pct, years):
    """NPV per Mg C of change, written out as the sum of InVEST's user guide."""
    return sum(price / years / ((1 + discount_rate_pct / 100) ** t * (1 + price_change_pct / 100) ** t)
               for t in range(years))


def main():
    out_dir = os.path.abspath(sys.argv[1])
    os.makedirs(out_dir, exist_ok=True)
    negative_pools = [(1, 4.0, 3.0, 2.0, -2.0), POOLS[1], POOLS[2]]
    minus_one_pools = [(1, 4.0, 3.0, 2.0, -1.0), POOLS[1], POOLS[2]]
    fractional_earlier = EARLIER.astype(np.float32)
    fractional_earlier[3, 3] = 1.5

    reports = [
        run_case(out_dir, "projected", EARLIER, LATER, POOLS),
        run_case(out_dir, "geographic", EARLIER, LATER, POOLS, epsg=4326, origin=(100.0, 30.0),
                 pixel_size=0.00025),
        run_case(out_dir, "shifted", EARLIER, LATER, POOLS, later_origin=(300030.0, 3500000.0)),
        run_case(out_dir, "negative_density", EARLIER, LATER, negative_pools),
        run_case(out_dir, "density_minus_one", EARLIER, LATER, minus_one_pools),
        run_case(out_dir, "float_lulc", EARLIER.astype(np.float32), LATER.astype(np.float32), POOLS,
                 gdal_type=gdal.GDT_Float32),
        run_case(out_dir, "fractional_lulc", fractional_earlier, LATER.astype(np.float32), POOLS,
                 gdal_type=gdal.GDT_Float32),
        run_case(out_dir, "missing_code", EARLIER, LATER, POOLS[:2]),
    ]
    constant = valuation_constant(PRICE, DISCOUNT_RATE, PRICE_CHANGE, YEAR_LATER - YEAR)
    print(json.dumps({
        "valuation_constant_user_guide_sum": constant,
        "expected_npv_per_ha_for_change_plus_1": constant,
        "pixel_area_ha": 30 * 30 / 10000,
        "cases": reports,
    }, indent=1))
    if not math.isfinite(constant):
        raise SystemExit("invalid valuation constant")


if __name__ == "__main__":
    main()
