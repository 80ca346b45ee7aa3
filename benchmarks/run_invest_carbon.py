#!/usr/bin/python3
"""Run InVEST's Carbon model in its own venv and collect its results.

The model runs in a child process (the InVEST venv's Python, see
``invest_env.sh``) on a fresh workspace, with baseline, alternate and, when a
price is given, valuation. The parent measures the child's wall time; the
child reports its own peak resident memory (``VmHWM``). The result contains
InVEST's own totals (its ``raster_values_summary.csv``) and the paths of its
per-pixel outputs.

InVEST 3.20 writes carbon rasters in Mg C/ha and NPV rasters in currency
per ha; its totals are in Mg C and in currency.

Example::

    python3 benchmarks/run_invest_carbon.py --earlier a.tif --later b.tif \\
        --carbon-table pools.csv --workspace out/invest \\
        --year 2000 --year-later 2020 --price 43 --discount-rate 3 --price-change 1
"""

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INVEST_PYTHON = os.path.join(HERE, ".envs", "invest", "bin", "python")

# Labels of InVEST 3.20's summary CSV mapped to the names used here.
SUMMARY_LABELS = {
    "Baseline Carbon Storage": "storage_earlier",
    "Alternate Carbon Storage": "storage_later",
    "Change in Carbon Storage": "change",
    "Net Present Value of Carbon Change": "npv",
}
RASTER_KEYS = {
    "c_storage_bas": "storage_earlier",
    "c_storage_alt": "storage_later",
    "c_change_bas_alt": "change",
    "npv_alt": "npv",
}


def build_invest_args(workspace, earlier, carbon_table, later=None, year=None, year_later=None,
                      price=None, discount_rate=None, price_change=None):
    """Return the ``args`` dict of ``natcap.invest.carbon.execute`` (3.20 keys).

    Rates are percentages, as InVEST takes them.
    """
    args = {
        "workspace_dir": workspace,
        "results_suffix": "",
        "n_workers": -1,
        "lulc_bas_path": earlier,
        "carbon_pools_path": carbon_table,
        "calc_sequestration": later is not None,
        "do_valuation": price is not None,
    }
    if later is not None:
        args["lulc_alt_path"] = later
    if price is not None:
        args.update({
            "lulc_bas_year": year,
            "lulc_alt_year": year_later,
            "price_per_metric_ton_of_c": price,
            "discount_rate": discount_rate,
            "rate_change": price_change,
        })
    return args


def run_invest_carbon(invest_args, invest_python=DEFAULT_INVEST_PYTHON, log_path=None, env=None):
    """Run ``natcap.invest.carbon.execute`` in a child process.

    The workspace is deleted first when it exists, because InVEST's task
    cache would otherwise skip work done by an earlier run. ``env`` is the
    child's environment (default: this process's), e.g. to set
    ``GDAL_CACHEMAX``.

    Returns
    -------
    dict
        ``wall_time_s`` and ``peak_rss_mb`` of the child, ``execute_time_s``
        (the call alone, without imports), ``invest_version``, ``totals``
        (InVEST's summary, Mg C and currency), ``rasters`` (output paths) and
        ``args``.
    """
    workspace = invest_args["workspace_dir"]
    if os.path.exists(workspace):
        shutil.rmtree(workspace)
    os.makedirs(workspace)
    args_path = os.path.join(workspace, "benchmark_args.json")
    with open(args_path, "w") as stream:
        json.dump(invest_args, stream, indent=2)
    result_path = os.path.join(workspace, "benchmark_result.json")

    log_path = log_path or os.path.join(workspace, "invest.log")
    with open(log_path, "w") as log:
        start = time.perf_counter()
        completed = subprocess.run(
            [invest_python, os.path.abspath(__file__), "--worker", args_path, result_path],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
        wall_time = time.perf_counter() - start
    if completed.returncode != 0:
        raise RuntimeError(f"InVEST failed with exit code {completed.returncode}; see {log_path}")

    with open(result_path) as stream:
        worker_result = json.load(stream)
    rasters = {name: worker_result["registry"][key]
               for key, name in RASTER_KEYS.items() if key in worker_result["registry"]}
    return {
        "wall_time_s": wall_time,
        "peak_rss_mb": worker_result["peak_rss_mb"],
        "execute_time_s": worker_result["execute_time_s"],
        "invest_version": worker_result["invest_version"],
        "totals": read_summary(worker_result["registry"]["summary_csv"]),
        "rasters": rasters,
        "args": invest_args,
    }


def read_summary(summary_csv):
    """Return InVEST's totals from its ``raster_values_summary.csv``."""
    totals = {}
    with open(summary_csv, newline="") as stream:
        for row in csv.DictReader(stream):
            name = SUMMARY_LABELS.get(row["Raster"], row["Raster"])
            totals[name] = float(row["Total"])
    return totals


def _worker(args_path, result_path):
    """Run InVEST inside its venv; called as ``run_invest_carbon.py --worker``."""
    import logging

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import natcap.invest
    import natcap.invest.carbon

    with open(args_path) as stream:
        invest_args = json.load(stream)
    start = time.perf_counter()
    registry = natcap.invest.carbon.execute(invest_args)
    execute_time = time.perf_counter() - start
    with open(result_path, "w") as stream:
        json.dump({
            "registry": {key: value for key, value in registry.items() if isinstance(value, str)},
            "execute_time_s": execute_time,
            "invest_version": natcap.invest.__version__,
            "peak_rss_mb": peak_rss_mb(),
        }, stream, indent=2)


def peak_rss_mb():
    """Return this process's peak resident memory (VmHWM) in MiB.

    ``ru_maxrss`` seen by a parent would also count the parent's memory that
    the child inherited before ``exec``; VmHWM counts only the child's.
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("VmHWM not found in /proc/self/status")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], sys.argv[3])
        return

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--earlier", required=True, help="baseline land-use raster")
    parser.add_argument("--later", help="alternate (later) land-use raster")
    parser.add_argument("--carbon-table", required=True, help="InVEST carbon pool CSV")
    parser.add_argument("--workspace", required=True, help="InVEST workspace (deleted and recreated)")
    parser.add_argument("--year", type=int, help="baseline year (valuation)")
    parser.add_argument("--year-later", type=int, help="alternate year (valuation)")
    parser.add_argument("--price", type=float, help="price per Mg C; enables valuation")
    parser.add_argument("--discount-rate", type=float, default=0.0, help="annual discount rate in %%")
    parser.add_argument("--price-change", type=float, default=0.0, help="annual price change in %%")
    parser.add_argument("--invest-python", default=DEFAULT_INVEST_PYTHON,
                        help="Python of the InVEST venv (made by invest_env.sh)")
    options = parser.parse_args()

    invest_args = build_invest_args(
        os.path.abspath(options.workspace), os.path.abspath(options.earlier),
        os.path.abspath(options.carbon_table),
        later=os.path.abspath(options.later) if options.later else None,
        year=options.year, year_later=options.year_later, price=options.price,
        discount_rate=options.discount_rate, price_change=options.price_change,
    )
    print(json.dumps(run_invest_carbon(invest_args, options.invest_python), indent=2))


if __name__ == "__main__":
    main()
