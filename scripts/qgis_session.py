"""Start QGIS without a window, with Processing and the Carbon Drivers provider.

Used by the scripts that run the plugin from QGIS's Python (``/usr/bin/python3``
on Debian): the repository root is linked as the package ``carbon_drivers``
in a temporary folder, so the scripts work from a clone of any folder name.
"""

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "carbon_drivers"


_LINK_FOLDERS = []


def start_qgis():
    """Return ``(app, plugin)``; end the session with :func:`stop_qgis`."""
    link_folder = Path(tempfile.mkdtemp(prefix="carbon-drivers-"))
    _LINK_FOLDERS.append(link_folder)
    (link_folder / PLUGIN_NAME).symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(link_folder))
    sys.path.append("/usr/share/qgis/python/plugins")

    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from carbon_drivers import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    return app, plugin


def stop_qgis(app, plugin):
    """Unload the plugin, exit QGIS and remove the package link."""
    plugin.unload()
    app.exitQgis()
    while _LINK_FOLDERS:
        shutil.rmtree(_LINK_FOLDERS.pop(), ignore_errors=True)
