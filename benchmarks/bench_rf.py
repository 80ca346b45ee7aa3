"""Time RF factor screening on 10^5 rows and 10 factors with the shadow rule.

The table has four informative factors (one categorical with 8 classes) and
six noise factors. Each setting runs permutation importance on the held-out
rows and the shadow-feature rule, on 2 threads, and prints the wall time,
the accuracy and whether exactly the informative factors were selected.

Run from the repository root:

    python3 benchmarks/bench_rf.py [--rows 100000] [--jobs 2]
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd


def import_core():
    """Import the plugin's core package whatever the repository folder is called."""
    folder = Path(tempfile.mkdtemp(prefix="carbon-drivers-bench-"))
    (folder / "carbon_drivers").symlink_to(Path(__file__).resolve().parent.parent,
                                           target_is_directory=True)
    sys.path.insert(0, str(folder))
    from carbon_drivers.core import random_forest

    return random_forest


def synthetic_table(rows, seed=0):
    generator = np.random.default_rng(seed)
    frame = pd.DataFrame({f"noise_{i}": generator.normal(size=rows) for i in range(6)})
    frame["elevation"] = generator.normal(size=rows)
    frame["slope"] = generator.normal(size=rows)
    frame["soil_carbon"] = generator.normal(size=rows)
    frame["land_cover"] = generator.integers(1, 9, size=rows)
    class_effect = np.array([0.0, 0.0, 1.5, -1.0, 0.5, 2.0, -0.5, 1.0, 0.0])
    frame["carbon"] = (2.0 * frame["elevation"] + 1.0 * frame["slope"] ** 2
                       + 0.5 * frame["soil_carbon"] + class_effect[frame["land_cover"]]
                       + generator.normal(scale=1.0, size=rows))
    return frame


INFORMATIVE = ["elevation", "slope", "soil_carbon", "land_cover"]

SETTINGS = [
    dict(n_trees=50, max_samples=5000, min_samples_leaf=5, permutation_repeats=5,
         shadow_runs=10),
    dict(n_trees=100, max_samples=5000, min_samples_leaf=10, permutation_repeats=5,
         shadow_runs=10),
    dict(n_trees=100, max_samples=10000, min_samples_leaf=5, permutation_repeats=5,
         shadow_runs=20),
    dict(n_trees=300, max_samples=None, min_samples_leaf=5, permutation_repeats=10,
         shadow_runs=20),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--all", action="store_true",
                        help="also time 300 trees on all rows, the algorithm's defaults (slow)")
    arguments = parser.parse_args()
    random_forest = import_core()

    frame = synthetic_table(arguments.rows)
    factors = [name for name in frame.columns if name != "carbon"]
    print(f"{arguments.rows} rows, {len(factors)} factors, n_jobs={arguments.jobs}, "
          f"cpu_count={os.cpu_count()}")
    print("| trees | rows per tree | leaf | repeats | shadow runs | time (s) | held-out R² "
          "| OOB R² | selected = informative |")
    print("|---|---|---|---|---|---|---|---|---|")
    for settings in SETTINGS if arguments.all else SETTINGS[:3]:
        start = time.perf_counter()
        result = random_forest.screen_factors(
            frame, "carbon", factors, categorical=["land_cover"], seed=1,
            selection="shadow", n_jobs=arguments.jobs, **settings)
        elapsed = time.perf_counter() - start
        exact = sorted(result.selected) == sorted(INFORMATIVE)
        verdict = "yes" if exact else "no: " + ", ".join(result.selected)
        print(f"| {settings['n_trees']} | {settings['max_samples'] or 'all'} "
              f"| {settings['min_samples_leaf']} | {settings['permutation_repeats']} "
              f"| {settings['shadow_runs']} | {elapsed:.1f} | {result.test_r2:.3f} "
              f"| {result.oob_r2:.3f} | {verdict} |")


if __name__ == "__main__":
    main()
