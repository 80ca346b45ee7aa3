"""Paths shared by the tests: the plugin package link and the shared data.

The repository root is the plugin folder, but a clone may have any folder
name. The tests link the root as ``carbon_drivers`` in a temporary folder and
put that folder on ``sys.path`` (and on ``QGIS_PLUGINPATH``), so imports and
``qgis_process`` see the same package as an installed plugin.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

PLUGIN_NAME = "carbon_drivers"
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
SHARED_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
# Debian 12's qgis_process wrapper script fails; the binary works.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def _link_plugin():
    folder = Path(tempfile.mkdtemp(prefix="carbon-drivers-plugins-"))
    (folder / PLUGIN_NAME).symlink_to(REPO_ROOT, target_is_directory=True)
    return folder


PLUGIN_PATH = _link_plugin()
sys.path.insert(0, str(PLUGIN_PATH))
os.environ["QGIS_PLUGINPATH"] = str(PLUGIN_PATH)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shared_data(*parts):
    """Return the path of a file under the shared data, or skip the test."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared test data not found: {path} (see the README's Testing section)")
    return path


def write_raster(path, array, geotransform=(500000.0, 30.0, 0.0, 4000000.0, 0.0, -30.0),
                 epsg=32650, nodata=None):
    """Write a single-band GeoTIFF for a test and return its path as text."""
    import numpy as np
    from osgeo import gdal, gdal_array, osr

    array = np.asarray(array)
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), array.shape[1], array.shape[0], 1,
                            gdal_array.NumericTypeCodeToGDALTypeCode(array.dtype))
    dataset.SetGeoTransform(geotransform)
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None
    return str(path)


def read_raster(path):
    """Return the first band of a raster as an array and its nodata value."""
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    return band.ReadAsArray(), band.GetNoDataValue()


def run_qgis_process(env, algorithm, parameters):
    """Run an algorithm with ``qgis_process.bin run --json``; return the parsed output."""
    arguments = [QGIS_PROCESS, "--json", "run", f"carbondrivers:{algorithm}", "--"]
    arguments += [f"{key}={value}" for key, value in parameters.items()]
    completed = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=900)
    assert completed.returncode == 0, completed.stderr + completed.stdout
    return json.loads(completed.stdout[completed.stdout.index("{"):])
