"""Time each step of Carbon Driver Analysis and measure its peak memory.

One run of the script runs the whole-study workflow
(``carbondrivers:carbondriveranalysis``) on two studies, each in its own
QGIS process started without a window:

- ``bungo``: the Bungo land cover of 1990, 2000 and 2010 with its carbon
  table and six factor rasters (elevation, slope, clay, sand, silt, soil
  organic carbon), the inputs of ``scripts/demo.py``;
- ``synthetic``: three seeded land-use dates (Byte) and five smooth
  continuous factor rasters (Float32) on one square grid of 30 m pixels per
  size in ``--sizes`` (default 10,000 × 10,000), written strip by strip
  into ``--folder`` and reused by later runs.

The workflow keeps its default settings (random sample points, 300 trees,
shadow-feature selection, classes chosen by the elbow rule) with ``COUNT``
sample points and seed 42.

Inside the child process the script wraps ``processing.run`` for child
algorithms and the report writer, so every step becomes a segment. At the
start of a segment it writes ``5`` to ``/proc/self/clear_refs``, which
resets the process's peak resident memory (``VmHWM``, Linux 4.0 and later)
to the current resident memory. ``VmHWM`` read at the end of the segment is
then that step's peak. The steps run in one process, as they do for a
user, so a step's peak includes what earlier steps left resident, such as
imports and GDAL's block cache. The "RSS at start" column shows that part.
Step times are the ones the workflow itself reports in its
"<step>: <seconds> s" log lines.

Run ``/usr/bin/python3 benchmarks/bench_workflow.py --help`` for the options.
"""

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = REPO_ROOT / "benchmarks"
BUNGO = REPO_ROOT.parent / "shared" / "data" / "bungo"
DEFAULT_FOLDER = BENCHMARKS / "out" / "workflow"

SYNTHETIC_YEARS = (2000, 2010, 2020)
#: Factor name, value range and lattice seed. Each factor is value noise with
#: lattice spacings of 2,000, 400 and 80 pixels, scaled into its range.
SYNTHETIC_FACTORS = (
    ("elevation", 20.0, 2400.0, 101),
    ("slope", 0.0, 45.0, 102),
    ("clay", 5.0, 60.0, 103),
    ("sand", 10.0, 80.0, 104),
    ("precipitation", 800.0, 3200.0, 105),
)
NOISE_CELLS_PX = (2000.0, 400.0, 80.0)
NOISE_WEIGHTS = (1.0, 0.5, 0.2)
STRIP_ROWS = 256
FACTOR_NODATA = -9999.0

TIMING_LINE = re.compile(r"^(?P<label>.+): (?P<seconds>\d+(?:\.\d+)?) s$")


# ---------------------------------------------------------------- study data

def bungo_study():
    """Return the Bungo inputs exactly as ``scripts/demo.py`` passes them."""
    years = (1990, 2000, 2010)
    factors = [BUNGO / "terrain" / "bungo_elev_srtm.tif", BUNGO / "terrain" / "bungo_slope.tif"]
    factors += [BUNGO / "soil" / f"bungo_{name}_0-5cm_mean.tif"
                for name in ("clay", "sand", "silt", "soc")]
    return {
        "name": "bungo",
        "lulc": [str(BUNGO / "landcover" / f"bungo_landcover_{year}r.tif") for year in years],
        "years": list(years),
        "carbon_table": str(BUNGO / "tables" / "carbon_bungo.csv"),
        "factors": [str(path) for path in factors],
    }


def _create_geotiff(gdal, osr, path, params, data_type, nodata, options):
    from make_landuse import DEFAULT_ORIGIN

    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), params.cols, params.rows, 1, data_type,
        options=["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER",
                 *options])
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(params.epsg)
    dataset.SetProjection(reference.ExportToWkt())
    x0, y0 = DEFAULT_ORIGIN
    dataset.SetGeoTransform((x0, params.pixel_size_m, 0.0, y0, 0.0, -params.pixel_size_m))
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


def generate_synthetic(folder, size):
    """Write a three-date land-use series and five factor rasters on one grid.

    Dates one and two are the pair of ``make_landuse.py`` (seed 0). The third
    date applies the same class transitions to the second date inside the
    change patches of a second model (seed 1), so change accumulates over the
    three dates. Returns the study description; an existing description of
    the same size in ``folder`` is reused.
    """
    import numpy as np
    from osgeo import gdal, osr

    sys.path.insert(0, str(BENCHMARKS))
    from make_landuse import LanduseModel, LanduseParameters, ValueNoise, write_carbon_table

    gdal.UseExceptions()
    folder = folder / f"synthetic_{size}"
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "study.json"
    if manifest.exists():
        study = json.loads(manifest.read_text())
        if all(Path(path).exists() for path in study["lulc"] + study["factors"]):
            print(f"# reusing the {size} x {size} study in {folder}", flush=True)
            return dict(study, name=f"synthetic_{size}")

    started = time.perf_counter()
    params = LanduseParameters(rows=size, cols=size, seed=0)
    model = LanduseModel(params)
    params = model.params
    third_date = LanduseModel(LanduseParameters(rows=size, cols=size, seed=1))
    lulc_paths = [folder / f"lulc_{year}.tif" for year in SYNTHETIC_YEARS]
    byte_options = ["COMPRESS=DEFLATE"]
    lulc = [_create_geotiff(gdal, osr, path, params, gdal.GDT_Byte, nodata, byte_options)
            for path, nodata in zip(lulc_paths,
                                    (params.nodata, params.nodata_later, params.nodata_later))]

    factor_paths = [folder / f"{name}.tif" for name, *_ in SYNTHETIC_FACTORS]
    float_options = ["COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3", "NUM_THREADS=ALL_CPUS"]
    factors = [_create_geotiff(gdal, osr, path, params, gdal.GDT_Float32, FACTOR_NODATA,
                               float_options) for path in factor_paths]
    noises = [ValueNoise(np.random.default_rng(seed), size, size, NOISE_CELLS_PX, NOISE_WEIGHTS)
              for *_, seed in SYNTHETIC_FACTORS]
    noise_max = sum(NOISE_WEIGHTS)
    columns = np.arange(size)

    for row in range(0, size, STRIP_ROWS):
        stop = min(row + STRIP_ROWS, size)
        first, second = model.strip(row, stop)
        changed = (third_date.change_field.evaluate(np.arange(row, stop), columns)
                   > third_date.change_threshold)
        changed &= second != params.nodata_later
        third = np.where(changed, model.transition_lookup[second], second)
        for dataset, values in zip(lulc, (first, second, third)):
            dataset.GetRasterBand(1).WriteArray(values, 0, row)
        for dataset, noise, (_, low, high, _) in zip(factors, noises, SYNTHETIC_FACTORS):
            field = noise.evaluate(np.arange(row, stop), columns) / noise_max
            dataset.GetRasterBand(1).WriteArray((low + field * (high - low)).astype(np.float32),
                                                0, row)
        print(f"\r# generating {size} x {size}: {100 * stop // size:3d} %", end="", flush=True)
    lulc = factors = None
    print(f"\r# generated the {size} x {size} study in {time.perf_counter() - started:.0f} s",
          flush=True)

    table = folder / "carbon_pools.csv"
    write_carbon_table(str(table))
    study = {"name": f"synthetic_{size}", "lulc": [str(path) for path in lulc_paths],
             "years": list(SYNTHETIC_YEARS), "carbon_table": str(table),
             "factors": [str(path) for path in factor_paths]}
    manifest.write_text(json.dumps(study, indent=2))
    return study


# ------------------------------------------------------------ child process

def memory_mib():
    """Return this process's resident and peak resident memory in MiB."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line.split(":")[0]] = int(line.split()[1]) / 1024
    return values["VmRSS"], values["VmHWM"]


def reset_peak_memory():
    """Reset ``VmHWM`` to the current resident memory (Linux 4.0 and later)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear_refs:
        clear_refs.write("5")


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class SegmentRecorder:
    """Peak memory and CPU time of consecutive segments of one process.

    Memory between two recorded segments (the workflow's own work) is kept
    as ``between_peak_mib``.
    """

    def __init__(self):
        self.segments = []
        self.between_peak_mib = 0.0

    def run(self, label, function, *arguments, **keywords):
        rss, peak = memory_mib()
        self.between_peak_mib = max(self.between_peak_mib, peak)
        reset_peak_memory()
        cpu = cpu_seconds()
        started = time.perf_counter()
        try:
            return function(*arguments, **keywords)
        finally:
            self.segments.append({
                "segment": label, "wall_s": time.perf_counter() - started,
                "cpu_s": cpu_seconds() - cpu, "rss_start_mib": rss,
                "peak_mib": memory_mib()[1]})
            reset_peak_memory()

    def close(self):
        self.between_peak_mib = max(self.between_peak_mib, memory_mib()[1])


def child_main(spec_path):
    """Run the workflow once on the study in ``spec_path`` and print one JSON line."""
    spec = json.loads(Path(spec_path).read_text())
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from qgis_session import start_qgis, stop_qgis

    app, plugin = start_qgis()
    from osgeo import gdal
    from qgis.core import QgsProcessingFeedback

    from carbon_drivers.algorithms import workflow_report
    import processing

    startup_rss, startup_peak = memory_mib()

    recorder = SegmentRecorder()
    run_algorithm = processing.run
    write_report = workflow_report.write_report

    def recorded_run(algorithm_id, *arguments, **keywords):
        if not keywords.get("is_child_algorithm"):
            return run_algorithm(algorithm_id, *arguments, **keywords)
        return recorder.run(algorithm_id.split(":")[-1], run_algorithm, algorithm_id,
                            *arguments, **keywords)

    def recorded_report(*arguments, **keywords):
        return recorder.run("report", write_report, *arguments, **keywords)

    processing.run = recorded_run
    workflow_report.write_report = recorded_report

    class LoggingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []
            self.started = time.perf_counter()

        def pushInfo(self, info):  # noqa: N802 - Qt naming
            self.lines.append(info)
            print(f"[{time.perf_counter() - self.started:7.1f} s] {info}", flush=True)

        def pushWarning(self, warning):  # noqa: N802 - Qt naming
            print(f"[{time.perf_counter() - self.started:7.1f} s] WARNING {warning}", flush=True)

        def reportError(self, error, fatalError=False):  # noqa: N802 - Qt naming
            print(f"[{time.perf_counter() - self.started:7.1f} s] ERROR {error}", flush=True)

    feedback = LoggingFeedback()
    output = Path(spec["output_folder"])
    reset_peak_memory()
    started = time.perf_counter()
    results = run_algorithm("carbondrivers:carbondriveranalysis", {
        "LULC": spec["lulc"], "YEARS": ",".join(map(str, spec["years"])),
        "CARBON_TABLE": spec["carbon_table"], "FACTORS": spec["factors"],
        "COUNT": spec["count"], "SEED": 42,
        "OUTPUT_FOLDER": str(output / "study"),
        "REPORT": str(output / "carbon_driver_report.html"),
    }, feedback=feedback)
    workflow_seconds = time.perf_counter() - started
    recorder.close()

    # The timing lines follow the "Report: <path>" line, which the report
    # step's own timing line ("Report: <seconds> s") resembles.
    report_index = max(i for i, line in enumerate(feedback.lines)
                       if line.startswith("Report: ") and not TIMING_LINE.match(line))
    timings = [TIMING_LINE.match(line) for line in feedback.lines[report_index + 1:]]
    timings = [(match["label"], float(match["seconds"])) for match in timings if match]
    if len(timings) != len(recorder.segments):
        raise RuntimeError(f"{len(timings)} timing lines but {len(recorder.segments)} steps")
    steps = [dict(segment, step=label, reported_s=seconds)
             for (label, seconds), segment in zip(timings, recorder.segments)]
    print(json.dumps({
        "study": spec["name"], "steps": steps, "workflow_s": workflow_seconds,
        "between_peak_mib": recorder.between_peak_mib,
        "startup_rss_mib": startup_rss, "startup_peak_mib": startup_peak,
        "gdal_cache_mib": gdal.GetCacheMax() / 2 ** 20,
        "strongest_factor": results["STRONGEST_FACTOR"],
        "strongest_interaction": results["STRONGEST_INTERACTION"],
    }))
    stop_qgis(app, plugin)


# ----------------------------------------------------------- parent process

def run_study(study, folder, count, gdal_cache):
    """Run the workflow on ``study`` in a child process; return its measurements."""
    output = folder / f"run_{study['name']}_cache_{gdal_cache or 'default'}"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    spec = output / "spec.json"
    spec.write_text(json.dumps(dict(study, count=count, output_folder=str(output))))
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if gdal_cache:
        environment["GDAL_CACHEMAX"] = str(gdal_cache)
    log = output / "workflow.log"
    load = os.getloadavg()[0]
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as stream:
        completed = subprocess.run(["/usr/bin/python3", __file__, "--child", str(spec)],
                                   stdout=stream, stderr=subprocess.STDOUT, env=environment)
    seconds = time.perf_counter() - started
    lines = log.read_text(encoding="utf-8").splitlines()
    if completed.returncode != 0 or not lines or not lines[-1].startswith("{"):
        raise RuntimeError(f"the {study['name']} run failed; see {log}")
    measurement = json.loads(lines[-1])
    measurement.update(process_s=seconds, load_before=load, log=str(log))
    return measurement


def print_table(measurement):
    name = measurement["study"]
    print(f"\n{name}: GDAL cache {measurement['gdal_cache_mib']:.0f} MiB, load average "
          f"{measurement['load_before']:.2f} before the run")
    print(f"| {'step':<34} | {'time s':>7} | {'CPU s':>6} | {'RSS at start MiB':>16} | "
          f"{'peak MiB':>8} |")
    print(f"|{'-' * 36}|{'-' * 8}:|{'-' * 7}:|{'-' * 17}:|{'-' * 9}:|")
    for step in measurement["steps"]:
        print(f"| {step['step']:<34} | {step['reported_s']:>7.1f} | {step['cpu_s']:>6.1f} | "
              f"{step['rss_start_mib']:>16.0f} | {step['peak_mib']:>8.0f} |")
    steps_total = sum(step["wall_s"] for step in measurement["steps"])
    other_seconds = max(0.0, measurement["workflow_s"] - steps_total)
    print(f"| {'other workflow work':<34} | {other_seconds:>7.1f} | {'':>6} | {'':>16} | "
          f"{measurement['between_peak_mib']:>8.0f} |")
    peak = max([step["peak_mib"] for step in measurement["steps"]]
               + [measurement["between_peak_mib"]])
    print(f"| {'whole workflow':<34} | {measurement['workflow_s']:>7.1f} | {'':>6} | "
          f"{measurement['startup_rss_mib']:>16.0f} | {peak:>8.0f} |")
    print(f"QGIS start {measurement['startup_peak_mib']:.0f} MiB peak; whole child process "
          f"{measurement['process_s']:.1f} s; strongest factor "
          f"{measurement['strongest_factor']}, interaction "
          f"{measurement['strongest_interaction']}; log {measurement['log']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000],
                        help="rows and columns of each synthetic study (default 10000)")
    parser.add_argument("--count", type=int, default=3000,
                        help="random sample points (the workflow's COUNT, default 3000)")
    parser.add_argument("--studies", nargs="+", choices=("bungo", "synthetic"),
                        default=["bungo", "synthetic"])
    parser.add_argument("--gdal-cache", type=int, default=0,
                        help="GDAL_CACHEMAX in MiB for the workflow (default: GDAL's own "
                             "default, 5 %% of the RAM)")
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER,
                        help="folder for the synthetic inputs (kept and reused) and the "
                             "workflow outputs")
    parser.add_argument("--keep-outputs", action="store_true",
                        help="keep the workflow's output rasters and reports")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child_main(arguments.child)
        return

    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
          f"COUNT {arguments.count}, seed 42", flush=True)
    measurements = []
    studies = []
    if "bungo" in arguments.studies:
        if BUNGO.exists():
            studies.append(bungo_study)
        else:
            print(f"# skipping Bungo: {BUNGO} not found", flush=True)
    if "synthetic" in arguments.studies:
        studies += [lambda size=size: generate_synthetic(arguments.folder, size)
                    for size in arguments.sizes]
    for make_study in studies:
        study = make_study()
        measurement = run_study(study, arguments.folder, arguments.count, arguments.gdal_cache)
        print_table(measurement)
        measurements.append(measurement)
        if not arguments.keep_outputs:
            shutil.rmtree(Path(measurement["log"]).parent / "study", ignore_errors=True)
    summary = arguments.folder / f"bench_workflow_{time.strftime('%Y%m%d-%H%M%S')}.json"
    summary.write_text(json.dumps(measurements, indent=2))
    print(f"\n# measurements: {summary}")


if __name__ == "__main__":
    main()
