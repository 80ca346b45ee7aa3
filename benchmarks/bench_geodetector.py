"""Benchmark of the geographical detector: table mode against PyPI packages, and raster mode.

Table mode: 10**6 rows, a target and 5 categorical factors of 6 to 10
strata, factor detector plus the 10 interactions, timed in one run for
Carbon Drivers and for the PyPI packages ``py-geodetector`` 0.2.1 and
``geodetector`` 0.2.0. Both packages install a module named ``geodetector``,
so each goes into its own virtual environment under ``benchmarks/.envs/``
and runs in a subprocess. Each implementation runs three times on data
already in memory, and the fastest run is reported. Carbon Drivers computes all four detectors in
that time, the packages only the factor and interaction detectors.

Raster mode: a target and 5 factor rasters of 10,000 x 10,000 pixels,
generated block by block into a temporary folder and deleted afterwards.
The run happens in a subprocess, so its peak memory (max RSS) is its own.
A smaller stack runs too, to show that memory does not grow with size.

Usage::

    python3 benchmarks/bench_geodetector.py [--rows N] [--raster-size N]
        [--skip-packages] [--skip-raster]
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
ENVS = BENCH_DIR / ".envs"
FACTORS = ["f1", "f2", "f3", "f4", "f5"]
STRATA = [8, 6, 10, 7, 9]

#: Table-mode runs per implementation; the fastest is reported (as timeit does).
REPEATS = 3

#: GDAL block cache of the raster-mode run, in MB.
GDAL_CACHE_MB = 64

PACKAGES = {
    # name: (requirements, code that computes factor q and the 10 interaction q)
    "py-geodetector 0.2.1": (
        # py-geodetector 0.2.1 declares no dependencies, so they are listed here.
        ["py-geodetector==0.2.1", "numpy", "pandas", "scipy", "matplotlib"],
        """
from geodetector import GeoDetector
detector = GeoDetector(frame, "y", factors)
factor_table = detector.factor_detector()
interaction_table = detector.interaction_detector()
q = [float(factor_table.loc["q statistic", f]) for f in factors]
""",
    ),
    "geodetector 0.2.0": (
        ["geodetector==0.2.0"],
        """
from geodetector import FactorDetector, InteractionDetector
q = [float(FactorDetector().fit(frame[[f]], frame["y"]).q_value_) for f in factors]
interaction = InteractionDetector().fit(frame[factors], frame["y"])
""",
    ),
}

RUNNER = """
import json, sys, time
import numpy as np, pandas as pd
data = np.load(sys.argv[1])
factors = {factors!r}
frame = pd.DataFrame({{"y": data["y"], **{{f: data[f] for f in factors}}}})
times = []
for repeat in range({repeats}):
    start = time.perf_counter()
{code}
    times.append(time.perf_counter() - start)
print(json.dumps({{"seconds": min(times), "q": q}}))
"""


def environment_python(name, requirements):
    """Create (once) a virtual environment for one package and return its python."""
    folder = ENVS / name.split()[0]
    python = folder / "bin" / "python"
    marker = folder / "installed.txt"
    if marker.exists() and marker.read_text() == " ".join(requirements):
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(folder)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", *requirements], check=True)
    marker.write_text(" ".join(requirements))
    return python


def make_table(rows, seed=1):
    rng = np.random.default_rng(seed)
    columns = {}
    y = rng.normal(0.0, 1.0, rows)
    for name, strata in zip(FACTORS, STRATA):
        codes = rng.integers(1, strata + 1, rows)
        effect = rng.normal(0.0, 0.5, strata + 1)
        y += effect[codes]
        columns[name] = codes
    columns["y"] = y
    return columns


def run_carbon_drivers_table(columns):
    import pandas as pd
    from carbon_drivers.core.geodetector import detect_table

    frame = pd.DataFrame({"y": columns["y"], **{f: columns[f] for f in FACTORS}})
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = detect_table(frame, "y", FACTORS, categorical=FACTORS)
        times.append(time.perf_counter() - start)
    return {"seconds": min(times), "q": result.factors["q"].tolist()}


def run_package(name, data_path):
    requirements, code = PACKAGES[name]
    python = environment_python(name, requirements)
    code = "\n".join("    " + line for line in code.strip().splitlines())
    script = RUNNER.format(factors=FACTORS, code=code, repeats=REPEATS)
    output = subprocess.run([str(python), "-c", script, str(data_path)], check=True,
                            capture_output=True, text=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def table_benchmark(rows, skip_packages):
    columns = make_table(rows)
    results = {"Carbon Drivers": run_carbon_drivers_table(columns)}
    if not skip_packages:
        with tempfile.TemporaryDirectory() as folder:
            data_path = Path(folder) / "table.npz"
            np.savez(data_path, **columns)
            for name in PACKAGES:
                results[name] = run_package(name, data_path)
    return results


RASTER_RUNNER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from carbon_drivers.core.geodetector_raster import detect_rasters
folder = sys.argv[2]
factors = [(f"f{i}", f"{folder}/f{i}.tif") for i in range(1, 6)]
start = time.perf_counter()
result = detect_rasters(f"{folder}/target.tif", factors, categorical=[f for f, _ in factors])
seconds = time.perf_counter() - start
# VmHWM is this process's peak RSS; ru_maxrss would carry the parent's over exec.
with open("/proc/self/status") as status:
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
peak_mb = peak_kb / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "n": result.n,
                  "q": result.factors["q"].tolist()}))
"""


def write_raster_stack(folder, size, seed=2, rows_per_block=500):
    """Write target.tif (Float32) and f1..f5.tif (Byte) block by block."""
    from osgeo import gdal, osr
    gdal.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    driver = gdal.GetDriverByName("GTiff")
    options = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"]
    datasets = {}
    for name, gdal_type in [("target", gdal.GDT_Float32)] + [(f, gdal.GDT_Byte)
                                                            for f in FACTORS]:
        dataset = driver.Create(f"{folder}/{name}.tif", size, size, 1, gdal_type, options)
        dataset.SetGeoTransform((500000.0, 30.0, 0.0, 4000000.0, 0.0, -30.0))
        dataset.SetProjection(srs.ExportToWkt())
        datasets[name] = dataset
    rng = np.random.default_rng(seed)
    effects = [rng.normal(0.0, 0.5, s + 1) for s in STRATA]
    for row in range(0, size, rows_per_block):
        rows = min(rows_per_block, size - row)
        y = rng.normal(0.0, 1.0, (rows, size)).astype(np.float32)
        for name, strata, effect in zip(FACTORS, STRATA, effects):
            codes = rng.integers(1, strata + 1, (rows, size), dtype=np.uint8)
            y += effect[codes].astype(np.float32)
            datasets[name].GetRasterBand(1).WriteArray(codes, 0, row)
        datasets["target"].GetRasterBand(1).WriteArray(y, 0, row)
    for dataset in datasets.values():
        dataset.FlushCache()
    datasets.clear()


def raster_benchmark(size, package_parent):
    folder = tempfile.mkdtemp(prefix="geodetector-bench-")
    try:
        start = time.perf_counter()
        write_raster_stack(folder, size)
        generate_seconds = time.perf_counter() - start
        # GDAL's block cache defaults to 5 % of RAM and, until full, grows with
        # the raster read; a fixed cache shows the detector's own memory.
        environment = dict(os.environ, GDAL_CACHEMAX=str(GDAL_CACHE_MB))
        output = subprocess.run([sys.executable, "-c", RASTER_RUNNER, str(package_parent),
                                 folder], check=True, capture_output=True, text=True,
                                env=environment)
        result = json.loads(output.stdout.strip().splitlines()[-1])
        result["generate_seconds"] = generate_seconds
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def link_package():
    parent = Path(tempfile.mkdtemp(prefix="carbon-drivers-bench-"))
    (parent / "carbon_drivers").symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(parent))
    return parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--raster-size", type=int, default=10_000)
    parser.add_argument("--skip-packages", action="store_true")
    parser.add_argument("--skip-raster", action="store_true")
    args = parser.parse_args()
    package_parent = link_package()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}")

    results = table_benchmark(args.rows, args.skip_packages)
    print(f"\nTable mode, {args.rows:,} rows x {len(FACTORS)} categorical factors "
          f"(strata {STRATA}), factor detector + 10 interactions:")
    reference = np.array(results["Carbon Drivers"]["q"])
    for name, result in results.items():
        difference = np.max(np.abs(np.array(result["q"]) - reference))
        print(f"  {name:24s} {result['seconds']:8.3f} s   max |q - ours| = {difference:.2e}")
    others = [r["seconds"] for n, r in results.items() if n != "Carbon Drivers"]
    if others:
        print(f"  speed-up over the faster package: "
              f"{min(others) / results['Carbon Drivers']['seconds']:.1f} x")

    if not args.skip_raster:
        for size in sorted({max(1000, args.raster_size // 4), args.raster_size}):
            result = raster_benchmark(size, package_parent)
            print(f"\nRaster mode, {size:,} x {size:,} px, target + 5 factors: "
                  f"{result['seconds']:.1f} s, peak RSS {result['peak_mb']:.0f} MB "
                  f"(GDAL cache {GDAL_CACHE_MB} MB), "
                  f"N = {result['n']:,} (stack written in {result['generate_seconds']:.0f} s)")


if __name__ == "__main__":
    main()
