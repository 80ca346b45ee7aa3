#!/usr/bin/env bash
# Install what the plugin, its demo and its tests need on Debian 12 or 13:
# QGIS and the scientific Python stack from Debian's packages, because QGIS
# uses only the system Python, and test tools into a virtual environment
# made with --system-site-packages. Installs only what is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"

packages=(qgis python3-qgis qgis-providers python3-gdal python3-numpy python3-pandas
          python3-scipy python3-sklearn python3-venv python3-pip zip
          pyqt5-dev-tools qttools5-dev-tools chromium chromium-driver python3-selenium)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "Installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# Debian's osgeo.gdal_array is built against Debian's numpy, so the venv must
# use the system packages and never install a numpy of its own.
if [ ! -x "$venv/bin/python" ]; then
    /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
if ! "$venv/bin/python" -c "import pytest, pytest_qgis" 2>/dev/null; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r "$root/requirements-test.txt"
fi
