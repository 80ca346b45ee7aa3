"""Shared test set-up: import the plugin under its package name and find data.

The repository root is the plugin folder, but a clone may have any folder
name. The tests link the root as ``carbon_drivers`` in a temporary folder and
put that folder on ``sys.path`` (and on ``QGIS_PLUGINPATH``), so imports and
``qgis_process`` see the same package as an installed plugin.
"""

import os
import sys
import tempfile
from pathlib import Path

import pytest

PLUGIN_NAME = "carbon_drivers"
REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
SHARED_REFERENCE = REPO_ROOT.parent / "shared" / "reference"


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


@pytest.fixture
def bungo():
    """Folder of the Bungo land-cover series and driving factors."""
    return shared_data("bungo")


@pytest.fixture
def geodetector_data():
    """Folder of the geographical-detector reference data."""
    return shared_data("geodetector")
