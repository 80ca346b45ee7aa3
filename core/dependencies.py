"""Check for the Python packages the algorithms need, without importing QGIS.

QGIS runs plugins in the system Python, so a package missing there cannot be
installed into a virtual environment: the message names the system package.
"""

import importlib.util

#: Import name -> (Debian package, PyPI distribution).
PACKAGES = {
    "numpy": ("python3-numpy", "numpy"),
    "pandas": ("python3-pandas", "pandas"),
    "scipy": ("python3-scipy", "scipy"),
    "sklearn": ("python3-sklearn", "scikit-learn"),
    "osgeo.gdal": ("python3-gdal", "GDAL"),
}


def missing_packages(modules=tuple(PACKAGES)):
    """Return the import names among ``modules`` that cannot be found."""
    missing = []
    for module in modules:
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            missing.append(module)
    return missing


def install_hint(modules):
    """Return the commands that install ``modules`` on Debian/Ubuntu and with pip."""
    debian = " ".join(PACKAGES[m][0] for m in modules)
    pip = " ".join(PACKAGES[m][1] for m in modules)
    return (f"sudo apt-get install {debian}  (Debian/Ubuntu), or in the OSGeo4W shell "
            f"on Windows: python -m pip install {pip}")
