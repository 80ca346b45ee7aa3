#!/usr/bin/python3
"""Benchmark the Carbon Storage core against InVEST 3.20's Carbon model.

One run generates a land-use pair (default 10,000 x 10,000 pixels of 30 m,
see ``make_landuse.py``). InVEST's Carbon model (baseline, alternate,
valuation) runs in its venv and the plugin's core runs on the same inputs,
each in its own child process. The script prints:

* wall time (whole child process, imports included), compute time (the model
  call alone) and peak resident memory (the child's VmHWM) of each run;
* the totals of both and their relative difference (required: 1e-6);
* a block-wise comparison of every pixel of the four output rasters
  (required: 1e-5 relative);
* the core's peak memory on a pair with a quarter of the pixels, to show that
  memory does not grow with the raster.

Both tools write the same products: total carbon of both dates, change, NPV
and the four pool rasters of each date. The core runs once more without the
pool rasters, the plugin's default.

Usage::

    benchmarks/invest_env.sh                 # once: builds InVEST's venv
    python3 benchmarks/bench_carbon.py       # full run, 10,000 x 10,000
    python3 benchmarks/bench_carbon.py --size 1000 --small-size 500
    python3 benchmarks/bench_carbon.py --write-reference tests/data/invest_reference.json

``GDAL_CACHEMAX`` is passed on to both children unchanged, so a run with
``GDAL_CACHEMAX=64`` measures both with GDAL's block cache capped at 64 MB.
"""

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import make_landuse  # noqa: E402
import raster_stats  # noqa: E402
import run_invest_carbon  # noqa: E402

YEAR = 2000
YEAR_LATER = 2020
PRICE = 43.0
DISCOUNT_RATE = 3.0
PRICE_CHANGE = 1.0

TOTAL_RTOL = 1e-6
PIXEL_RTOL = 1e-5
QUANTITIES = ("storage_earlier", "storage_later", "change", "npv")

REFERENCE_PARAMS = make_landuse.LanduseParameters(rows=300, cols=200, seed=0)


def generate(out_dir, params):
    """Generate the land-use pair unless the same parameters were generated before."""
    params_path = os.path.join(out_dir, "params.json")
    expected = json.dumps(dataclasses.asdict(params.resolved()), sort_keys=True)
    if os.path.exists(params_path):
        with open(params_path) as stream:
            if stream.read() == expected:
                return _pair_paths(out_dir), 0.0
    start = time.perf_counter()
    make_landuse.make_landuse_pair(out_dir, params)
    with open(params_path, "w") as stream:
        stream.write(expected)
    return _pair_paths(out_dir), time.perf_counter() - start


def _pair_paths(out_dir):
    return {
        "earlier": os.path.join(out_dir, "lulc_earlier.tif"),
        "later": os.path.join(out_dir, "lulc_later.tif"),
        "carbon_table": os.path.join(out_dir, "carbon_pools.csv"),
    }


def run_invest(paths, workspace, invest_python):
    invest_args = run_invest_carbon.build_invest_args(
        workspace, paths["earlier"], paths["carbon_table"], later=paths["later"],
        year=YEAR, year_later=YEAR_LATER, price=PRICE, discount_rate=DISCOUNT_RATE,
        price_change=PRICE_CHANGE,
    )
    return run_invest_carbon.run_invest_carbon(invest_args, invest_python)


def run_core(paths, out_dir, pools=True):
    """Run the core's ``compute_carbon_storage`` in a child process.

    With ``pools`` the core also writes the eight pool rasters, as InVEST
    always does.
    """
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    result_path = os.path.join(out_dir, "benchmark_result.json")
    request = dict(paths, out_dir=out_dir, result=result_path, pools=pools)
    start = time.perf_counter()
    subprocess.run([sys.executable, os.path.abspath(__file__), "--core-worker", json.dumps(request)],
                   check=True)
    wall_time = time.perf_counter() - start
    with open(result_path) as stream:
        result = json.load(stream)
    result["wall_time_s"] = wall_time
    return result


def _core_worker(request):
    """Run the core inside this process; called as ``bench_carbon.py --core-worker``."""
    sys.path.insert(0, REPO_ROOT)
    import pandas as pd

    from core.carbon import CarbonOutputs, carbon_table_from_frame, compute_carbon_storage

    out_dir = request["out_dir"]
    rasters = {
        "storage_earlier": os.path.join(out_dir, "carbon_earlier.tif"),
        "storage_later": os.path.join(out_dir, "carbon_later.tif"),
        "change": os.path.join(out_dir, "carbon_change.tif"),
        "npv": os.path.join(out_dir, "npv.tif"),
    }
    start = time.perf_counter()
    table = carbon_table_from_frame(pd.read_csv(request["carbon_table"]))
    outputs = CarbonOutputs(carbon=rasters["storage_earlier"], carbon_later=rasters["storage_later"],
                            change=rasters["change"], npv=rasters["npv"],
                            pools_folder=os.path.join(out_dir, "pools") if request["pools"] else None)
    result = compute_carbon_storage(
        request["earlier"], table, outputs, lulc_later_path=request["later"], year=YEAR,
        year_later=YEAR_LATER, price=PRICE, discount_rate=DISCOUNT_RATE, price_change=PRICE_CHANGE,
    )
    compute_time = time.perf_counter() - start
    with open(request["result"], "w") as stream:
        json.dump({
            "execute_time_s": compute_time,
            "peak_rss_mb": run_invest_carbon.peak_rss_mb(),
            "totals": {"storage_earlier": result.total, "storage_later": result.total_later,
                       "change": result.change, "npv": result.npv},
            "rasters": rasters,
        }, stream, indent=2)


def relative_difference(value, reference):
    if reference == 0:
        return abs(value)
    return abs(value - reference) / abs(reference)


def compare(invest, core):
    """Return the total and pixel comparisons of two runs and whether both pass."""
    totals = []
    for name in QUANTITIES:
        difference = relative_difference(core["totals"][name], invest["totals"][name])
        totals.append((name, invest["totals"][name], core["totals"][name], difference))
    pixels = []
    for name in QUANTITIES:
        pixels.append((name, raster_stats.compare_rasters(core["rasters"][name], invest["rasters"][name],
                                                          rtol=PIXEL_RTOL)))
    passed = (all(row[3] <= TOTAL_RTOL for row in totals)
              and all(stats["valid_mismatch"] == 0 and stats["value_mismatch"] == 0 for _, stats in pixels))
    return totals, pixels, passed


def print_report(runs, totals, pixels, passed):
    print()
    print(f"GDAL_CACHEMAX={os.environ.get('GDAL_CACHEMAX', '(GDAL default)')}")
    print()
    print("| run                     | size (px)         | wall time (s) | compute time (s) | peak RSS (MB) |")
    print("|-------------------------|-------------------|--------------:|-----------------:|--------------:|")
    for label, size, run in runs:
        print(f"| {label:<23} | {size:>7,} x {size:<7,} | {run['wall_time_s']:13.1f} "
              f"| {run['execute_time_s']:16.1f} | {run['peak_rss_mb']:13.0f} |")
    print()
    print("| total (Mg C; NPV in currency) | InVEST 3.20.2        | core                 | relative difference |")
    print("|-------------------------------|---------------------:|---------------------:|--------------------:|")
    for name, invest_value, core_value, difference in totals:
        print(f"| {name:<29} | {invest_value:20.6f} | {core_value:20.6f} | {difference:19.2e} |")
    print()
    print("| raster          | pixels      | valid in one only | beyond 1e-5 relative | max relative difference |")
    print("|-----------------|------------:|------------------:|---------------------:|------------------------:|")
    for name, stats in pixels:
        print(f"| {name:<15} | {stats['pixels']:11,} | {stats['valid_mismatch']:17,} "
              f"| {stats['value_mismatch']:20,} | {stats['max_rel_diff']:23.2e} |")
    print()
    print("equality with InVEST:", "PASS" if passed else "FAIL")


def write_reference(path, invest_python):
    """Run InVEST on the small fixed case and store its totals as JSON."""
    with tempfile.TemporaryDirectory(prefix="invest-reference-") as folder:
        paths = make_landuse.make_landuse_pair(os.path.join(folder, "data"), REFERENCE_PARAMS)
        invest = run_invest(paths, os.path.join(folder, "invest"), invest_python)
        class_counts = {date: _class_counts(paths[date]) for date in ("earlier", "later")}
    reference = {
        "description": "Totals of InVEST's Carbon model on a land-use pair made by "
                       "benchmarks/make_landuse.py with the parameters below; carbon in Mg C, "
                       "NPV in currency units. Written by benchmarks/bench_carbon.py --write-reference.",
        "invest_version": invest["invest_version"],
        "generator": paths["params"],
        "class_pixel_counts": class_counts,
        "valuation": {"year": YEAR, "year_later": YEAR_LATER, "price": PRICE,
                      "discount_rate_percent": DISCOUNT_RATE, "price_change_percent": PRICE_CHANGE},
        "totals": invest["totals"],
        "total_rtol": TOTAL_RTOL,
    }
    with open(path, "w") as stream:
        json.dump(reference, stream, indent=2)
        stream.write("\n")
    print(json.dumps(reference, indent=2))


def _class_counts(path):
    """Return {code: pixel count} of a land-use raster, nodata included."""
    import numpy as np
    from osgeo import gdal

    counts = np.zeros(256, dtype=np.int64)
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    for row in range(0, band.YSize, 512):
        block = band.ReadAsArray(0, row, band.XSize, min(512, band.YSize - row))
        counts += np.bincount(block.ravel(), minlength=256)
    return {str(code): int(count) for code, count in enumerate(counts) if count}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--core-worker":
        _core_worker(json.loads(sys.argv[2]))
        return

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000, help="rows and columns of the main pair")
    parser.add_argument("--small-size", type=int, default=5000,
                        help="rows and columns of the pair that only the core runs on (memory check)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=os.path.join(HERE, "out", "carbon"),
                        help="folder for generated data and outputs (reused between runs)")
    parser.add_argument("--invest-python", default=run_invest_carbon.DEFAULT_INVEST_PYTHON)
    parser.add_argument("--write-reference", metavar="JSON",
                        help="only write InVEST's totals of the small fixed case to JSON")
    options = parser.parse_args()

    if not os.path.exists(options.invest_python):
        sys.exit(f"InVEST's Python {options.invest_python} is missing; run benchmarks/invest_env.sh first.")
    if options.write_reference:
        write_reference(options.write_reference, options.invest_python)
        return

    runs = []
    data_dir = os.path.join(options.out, f"data_{options.size}")
    paths, generate_time = generate(data_dir, make_landuse.LanduseParameters(
        rows=options.size, cols=options.size, seed=options.seed))
    print(f"land-use pair {options.size:,} x {options.size:,}: {data_dir} "
          f"({'generated in %.0f s' % generate_time if generate_time else 'reused'})", flush=True)

    invest = run_invest(paths, os.path.join(options.out, f"invest_{options.size}"), options.invest_python)
    runs.append((f"InVEST {invest['invest_version']}", options.size, invest))
    print(f"InVEST: {invest['wall_time_s']:.1f} s, {invest['peak_rss_mb']:.0f} MB", flush=True)

    core = run_core(paths, os.path.join(options.out, f"core_{options.size}"))
    runs.append(("Carbon Drivers core", options.size, core))
    print(f"core: {core['wall_time_s']:.1f} s, {core['peak_rss_mb']:.0f} MB", flush=True)
    core_no_pools = run_core(paths, os.path.join(options.out, f"core_{options.size}_no_pools"), pools=False)
    runs.append(("core, no pool rasters", options.size, core_no_pools))

    if options.small_size:
        small_paths, _ = generate(os.path.join(options.out, f"data_{options.small_size}"),
                                  make_landuse.LanduseParameters(rows=options.small_size,
                                                                 cols=options.small_size, seed=options.seed))
        small = run_core(small_paths, os.path.join(options.out, f"core_{options.small_size}"))
        runs.append(("Carbon Drivers core", options.small_size, small))
        small = run_core(small_paths, os.path.join(options.out, f"core_{options.small_size}_no_pools"),
                         pools=False)
        runs.append(("core, no pool rasters", options.small_size, small))

    totals, pixels, passed = compare(invest, core)
    print_report(runs, totals, pixels, passed)
    with open(os.path.join(options.out, f"bench_{options.size}.json"), "w") as stream:
        json.dump({"runs": [{"label": label, "size": size, **run} for label, size, run in runs],
                   "totals": totals, "pixels": pixels, "passed": passed,
                   "gdal_cachemax": os.environ.get("GDAL_CACHEMAX")}, stream, indent=2)
    if not passed:
        sys.exit(1)


if __name__ == "__main__":
    main()
