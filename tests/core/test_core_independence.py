"""The core must import and run where QGIS is absent."""

import subprocess
import sys

from support import PLUGIN_PATH

CHECK = """
import importlib, pkgutil, sys
sys.modules['qgis'] = None  # any 'import qgis' now raises ImportError
sys.path.insert(0, {path!r})
import carbon_drivers.core as core
for module in pkgutil.iter_modules(core.__path__):
    importlib.import_module('carbon_drivers.core.' + module.name)
print('ok')
"""


def test_core_modules_import_without_qgis():
    completed = subprocess.run([sys.executable, "-c", CHECK.format(path=str(PLUGIN_PATH))],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"
