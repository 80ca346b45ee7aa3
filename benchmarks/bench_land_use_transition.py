"""Benchmark the land-use transition core against the time to only read the rasters.

For each size, the script writes a pair of seeded Byte land-use rasters with
about 15 classes in spatially coherent patches (DEFLATE, 256 × 256 tiles,
nodata 255 around an irregular border) into a temporary folder, block by
block. It then runs, each in its own Python process so the peak memory
(``VmHWM``, falling back to ``ru_maxrss``) belongs to one task:

- ``read``: GDAL reads both rasters strip by strip and does nothing else,
  the floor for any block-wise algorithm;
- ``core``: ``compute_land_use_transition`` followed by ``area_table`` and
  ``matrix_table``.

After one unrecorded read that fills the page cache, the two tasks run in
turn ``--repeats`` times. The table shows each task's fastest wall-clock
time, its lowest CPU time (all threads) and its largest peak memory.

Usage::

    python3 benchmarks/bench_land_use_transition.py [--sizes 5000 10000] [--repeats 3]
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

REPO_ROOT = Path(__file__).resolve().parent.parent
CLASSES = np.array([1, 2, 3, 10, 12, 14, 16, 17, 19, 20, 21, 23, 24, 25, 42], np.uint8)
NODATA = 255
PATCH_PX = 40
STRIP_ROWS = 256
CHANGED_PATCH_SHARE = 0.3
#: GDAL's block cache in MiB for the measured processes. GDAL's default (5 % of
#: the RAM) keeps every decoded tile until it is full, which would hide the
#: memory that the tasks themselves use.
GDAL_CACHE_MB = 64


def _create(path, size):
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), size, size, 1, gdal.GDT_Byte,
                            options=["COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=256",
                                     "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER"])
    dataset.SetGeoTransform((500000.0, 30.0, 0.0, 9900000.0, 0.0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32748)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(NODATA)
    return dataset


def generate_pair(folder, size, seed=20240601):
    """Write the earlier and later rasters of ``size`` × ``size`` px; return their paths."""
    random = np.random.default_rng(seed)
    cells = -(-size // PATCH_PX) + 2
    earlier_cells = random.choice(CLASSES, size=(cells, cells))
    changed = random.random((cells, cells)) < CHANGED_PATCH_SHARE
    later_cells = np.where(changed, random.choice(CLASSES, size=(cells, cells)), earlier_cells)
    # The valid area is a disc whose radius wobbles with the angle.
    angles = np.linspace(0, 2 * np.pi, 3600, endpoint=False)
    radius = size * (0.45 + 0.04 * np.sin(5 * angles) + 0.02 * random.standard_normal(3600))

    paths = [folder / f"lulc_{size}_a.tif", folder / f"lulc_{size}_b.tif"]
    datasets = [_create(path, size) for path in paths]
    columns = np.arange(size)
    for row in range(0, size, STRIP_ROWS):
        rows = np.arange(row, min(row + STRIP_ROWS, size))
        jitter = random.integers(-6, 7, size=(len(rows), size))
        cell_y = np.clip((rows[:, None] + jitter) // PATCH_PX + 1, 0, cells - 1)
        cell_x = np.clip((columns[None, :] - jitter) // PATCH_PX + 1, 0, cells - 1)
        dy = rows[:, None] - size / 2
        dx = columns[None, :] - size / 2
        angle_index = ((np.arctan2(dy, dx) + np.pi) / (2 * np.pi) * 3600).astype(int) % 3600
        outside = dx * dx + dy * dy > radius[angle_index] ** 2
        for dataset, grid in zip(datasets, (earlier_cells, later_cells)):
            block = grid[cell_y, cell_x]
            block[outside] = NODATA
            dataset.GetRasterBand(1).WriteArray(block, 0, row)
    for dataset in datasets:
        dataset.FlushCache()
    return [str(path) for path in paths]


def task_read(paths):
    """Read both rasters in strips of the height the core's reader uses."""
    from carbon_drivers.core.raster import BlockReader, open_raster

    start = time.perf_counter()
    rasters = [open_raster(path) for path in paths]
    rows = BlockReader(rasters).rows_per_strip
    datasets = [gdal.Open(path) for path in paths]
    bands = [dataset.GetRasterBand(1) for dataset in datasets]
    width, height = bands[0].XSize, bands[0].YSize
    checksum = 0
    for row in range(0, height, rows):
        count = min(rows, height - row)
        for band in bands:
            checksum += int(band.ReadAsArray(0, row, width, count)[0, 0])
    return time.perf_counter() - start, {"checksum": checksum}


def task_core(paths):
    from carbon_drivers.core.land_use_transition import (area_table,
                                                         compute_land_use_transition,
                                                         matrix_table)

    start = time.perf_counter()
    result = compute_land_use_transition(paths, [2000, 2010])
    areas = area_table(result, "ha")
    matrix = matrix_table(result, "ha")
    seconds = time.perf_counter() - start
    return seconds, {"classes": len(result.codes),
                     "valid_both": int(result.intervals[0].pixels.sum()),
                     "area_rows": len(areas), "matrix_rows": len(matrix)}


def _plugin_folder():
    """Return a folder in which ``carbon_drivers`` names this repository."""
    folder = Path(tempfile.gettempdir()) / "carbon-drivers-bench"
    folder.mkdir(exist_ok=True)
    link = folder / "carbon_drivers"
    if not link.exists():
        link.symlink_to(REPO_ROOT, target_is_directory=True)
    return folder


def run_child(task, paths):
    """Run ``task`` in a fresh interpreter; return its seconds, peak RSS and output."""
    command = [sys.executable, __file__, "--child", task, *paths]
    completed = subprocess.run(command, capture_output=True, text=True, check=True,
                               env=dict(os.environ, GDAL_CACHEMAX=str(GDAL_CACHE_MB)))
    return json.loads(completed.stdout.strip().splitlines()[-1])


def peak_rss_mib():
    """Return this process's peak resident memory in MiB.

    Linux's ``VmHWM`` starts afresh at ``exec``, whereas ``ru_maxrss`` keeps
    the peak of the parent that forked the process.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_main(task, paths):
    """Run one task after its imports, so the time covers only the work."""
    sys.path.insert(0, str(_plugin_folder()))
    before = resource.getrusage(resource.RUSAGE_SELF)
    seconds, output = {"read": task_read, "core": task_core}[task](paths)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak_mib = peak_rss_mib()
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mib": peak_mib,
                      "output": output}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--folder", help="keep the rasters in this folder instead of a "
                                         "temporary one")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child_main(arguments.child[0], arguments.child[1:])
        return

    folder = Path(arguments.folder or tempfile.mkdtemp(prefix="bench-lut-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'size':>12} {'task':>5} {'best s':>8} {'CPU s':>7} {'peak MiB':>9} "
          f"{'core/read':>9}")
    try:
        for size in arguments.sizes:
            start = time.perf_counter()
            paths = generate_pair(folder, size)
            megabytes = sum(os.path.getsize(path) for path in paths) / 2 ** 20
            print(f"# {size} x {size}: generated in {time.perf_counter() - start:.1f} s, "
                  f"{megabytes:.0f} MiB on disk", flush=True)
            run_child("read", paths)
            runs = {"read": [], "core": []}
            for _ in range(arguments.repeats):
                for task in runs:
                    runs[task].append(run_child(task, paths))
            best = {task: min(run["seconds"] for run in runs[task]) for task in runs}
            for task in runs:
                cpu = min(run["cpu_seconds"] for run in runs[task])
                peak = max(run["peak_mib"] for run in runs[task])
                ratio = f"{best['core'] / best['read']:.2f}" if task == "core" else ""
                print(f"{size:>5} x {size:<5} {task:>5} {best[task]:>8.2f} {cpu:>7.2f} "
                      f"{peak:>9.0f} {ratio:>9}", flush=True)
            print(f"# core output: {runs['core'][-1]['output']}", flush=True)
    finally:
        if not arguments.folder:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
