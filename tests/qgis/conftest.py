"""QGIS fixtures: the Processing framework with the Carbon Drivers provider.

pytest-qgis starts QGIS and Processing but does not register the plugin's
provider, so the session fixture here does. It keeps a reference to the
provider because QGIS drops its algorithms once the Python object is collected.
"""

import os
import subprocess
from pathlib import Path

import pytest

from support import PLUGIN_NAME, PLUGIN_PATH, QGIS_PROCESS

pytestmark = pytest.mark.qgis


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The registered Carbon Drivers provider, for the whole session."""
    from qgis.core import QgsApplication

    from carbon_drivers.provider import CarbonDriversProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("carbondrivers")
    if existing is not None:
        yield existing
        return
    instance = CarbonDriversProvider()
    assert registry.addProvider(instance)
    yield instance
    # A test may have replaced the provider; remove whichever is registered.
    current = registry.providerById("carbondrivers")
    if current is not None:
        registry.removeProvider(current)


@pytest.fixture
def run_algorithm(provider):
    """Run ``carbondrivers:<name>`` through ``processing.run`` and return its results."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def run(name, parameters, feedback=None, context=None):
        return processing.run(f"carbondrivers:{name}", parameters,
                              feedback=feedback or QgsProcessingFeedback(),
                              context=context or QgsProcessingContext())

    return run


@pytest.fixture(scope="session")
def qgis_process_env(tmp_path_factory):
    """Environment for ``qgis_process.bin`` with the plugin enabled in a fresh profile."""
    if not Path(QGIS_PROCESS).exists():
        pytest.skip(f"{QGIS_PROCESS} not found; install the Debian package qgis")
    home = tmp_path_factory.mktemp("qgis-home")
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=str(PLUGIN_PATH))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", PLUGIN_NAME], env=env, check=True,
                   capture_output=True, timeout=300)
    return env
