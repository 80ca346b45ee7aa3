"""The plugin loads inside QGIS, in qgis_process and in a standalone script."""

import json
import subprocess

import pytest

from support import PLUGIN_PATH, QGIS_PROCESS, shared_data

pytestmark = pytest.mark.qgis

EXPECTED_ALGORITHMS = {"carbondrivers:carbonstorage"}


# Providers registered again after the loading test; QGIS drops a provider's
# algorithms once its Python object is collected.
_RESTORED = []


def test_init_gui_registers_and_unload_removes(qgis_app, qgis_iface, qgis_processing):
    from qgis.core import QgsApplication

    from carbon_drivers import classFactory
    from carbon_drivers.provider import CarbonDriversProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("carbondrivers")
    if existing is not None:
        registry.removeProvider(existing)
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    provider = registry.providerById("carbondrivers")
    assert provider is not None
    assert provider.name() == "Carbon Drivers"
    assert EXPECTED_ALGORITHMS <= {a.id() for a in provider.algorithms()}
    plugin.unload()
    assert registry.providerById("carbondrivers") is None
    assert registry.algorithmById("carbondrivers:carbonstorage") is None

    if existing is not None:
        _RESTORED.append(CarbonDriversProvider())
        registry.addProvider(_RESTORED[-1])


def test_qgis_process_lists_algorithms(qgis_process_env):
    completed = subprocess.run([QGIS_PROCESS, "--json", "list"], env=qgis_process_env,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    listing = json.loads(completed.stdout[completed.stdout.index("{"):])
    algorithms = listing["providers"]["carbondrivers"]["algorithms"]
    assert EXPECTED_ALGORITHMS <= set(algorithms)


STANDALONE = """
import json, sys
sys.path.insert(0, {plugin_path!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.append('/usr/share/qgis/python/plugins')
from processing.core.Processing import Processing
Processing.initialize()
import processing
from carbon_drivers import classFactory
plugin = classFactory(None)
plugin.initProcessing()
result = processing.run('carbondrivers:carbonstorage', {{
    'LULC': {lulc!r}, 'CARBON_TABLE': {table!r},
    'OUTPUT': 'TEMPORARY_OUTPUT', 'SUMMARY': 'TEMPORARY_OUTPUT'}})
print(json.dumps({{'total': result['TOTAL']}}))
plugin.unload()
app.exitQgis()
"""


def test_standalone_script_runs_algorithm(tmp_path):
    lulc = shared_data("bungo", "landcover", "bungo_landcover_2010r.tif")
    table = shared_data("bungo", "tables", "carbon_bungo.csv")
    script = tmp_path / "standalone.py"
    script.write_text(STANDALONE.format(plugin_path=str(PLUGIN_PATH), lulc=str(lulc),
                                        table=str(table)))
    completed = subprocess.run(["/usr/bin/python3", str(script)], capture_output=True, text=True,
                               timeout=300, env={"QT_QPA_PLATFORM": "offscreen",
                                                 "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert completed.returncode == 0, completed.stderr
    total = json.loads(completed.stdout.strip().splitlines()[-1])["total"]
    assert total > 0
