#!/usr/bin/env bash
# Create the Python environment that runs InVEST's Carbon model for the
# benchmark. InVEST is never a dependency of the plugin: it lives in its own
# venv under benchmarks/.envs/invest (ignored by git).
#
# On Debian 12 natcap.invest 3.20.2 and pygeoprocessing are built from
# source against Debian's GDAL (python3-gdal, libgdal-dev). The venv uses the
# system site-packages, so the runtime numpy stays Debian's and
# osgeo.gdal_array keeps importing.
#
# Usage: benchmarks/invest_env.sh        (prints the venv's python at the end)
# Environment: INVEST_ENV overrides the venv folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
env_dir=${INVEST_ENV:-$here/.envs/invest}
invest_version=3.20.2
system_python=/usr/bin/python3

apt_packages=(libgdal-dev python3-gdal python3-dev python3-venv build-essential)
missing=()
for package in "${apt_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${missing[*]}. Run this script as root or install them with apt-get." >&2
        exit 1
    fi
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

python=$env_dir/bin/python
if "$python" -c 'import natcap.invest.carbon' 2>/dev/null; then
    echo "InVEST $("$python" -c 'import natcap.invest; print(natcap.invest.__version__)') is ready in $env_dir"
    echo "$python"
    exit 0
fi

if [ ! -x "$python" ]; then
    "$system_python" -m venv --system-site-packages "$env_dir"
fi

# natcap.invest 3.20.2 cannot be built in pip's isolated build environment
# here: its build requirements ask for numpy>=2 and pygeoprocessing, and
# pygeoprocessing pulls GDAL from PyPI, whose newest bindings reject
# Debian 12's libgdal 3.6. So both packages are built without isolation, inside
# the venv, against Debian's numpy and GDAL bindings, with the build tools
# installed under the constraints cython<3.2 and numpy<2. numpy is pinned to
# the system's version so that pip never installs a second numpy into the venv.
constraints=$env_dir/constraints.txt
system_numpy=$("$system_python" -c 'import numpy; print(numpy.__version__)')
printf 'cython<3.2\nnumpy<2\nnumpy==%s\n' "$system_numpy" >"$constraints"

# Both projects declare an SPDX licence string in pyproject.toml, which needs
# setuptools 77 or newer; the venv starts with Debian's setuptools 66.
# Cython imports Debian's pythran, which imports numpy 1.24's numpy.distutils,
# and that patches distutils in ways that fail with the distutils bundled in
# setuptools 77+ (missing distutils.msvccompiler, and from setuptools 80 a
# changed Compiler.__init__). With SETUPTOOLS_USE_DISTUTILS=stdlib the build
# uses Python 3.11's own distutils, which numpy.distutils was written for.
"$python" -m pip install --upgrade --constraint "$constraints" \
    'setuptools>=77,<80' wheel 'setuptools_scm>=8' cython babel
# natcap.invest's setup.py imports pygeoprocessing, so pygeoprocessing goes
# first. natcap.invest 3.20.2 also brings pandas 2 into the venv (the system
# pandas stays untouched).
for requirement in pygeoprocessing "natcap.invest==$invest_version"; do
    SETUPTOOLS_USE_DISTUTILS=stdlib "$python" -m pip install --constraint "$constraints" \
        --no-build-isolation --no-binary natcap.invest,pygeoprocessing \
        "$requirement"
done

"$python" - <<'EOF'
import numpy
from osgeo import gdal, gdal_array  # noqa: F401
import natcap.invest
import natcap.invest.carbon  # noqa: F401
import pygeoprocessing

print("natcap.invest", natcap.invest.__version__)
print("pygeoprocessing", pygeoprocessing.__version__)
print("numpy", numpy.__version__, "from", numpy.__file__)
print("GDAL", gdal.__version__)
EOF
echo "$python"
