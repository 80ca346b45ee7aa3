#!/usr/bin/env bash
# Build the plugin zip for "Install from ZIP": only the files QGIS loads.
set -euo pipefail
plugin=$1 version=$2 dist=$3
root=$(cd "$(dirname "$0")/.." && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/$plugin"
cd "$root"
files=(metadata.txt LICENSE README.md README_zh.md __init__.py plugin.py provider.py
       i18n_loader.py algorithms core icons i18n models)
for item in "${files[@]}"; do
    [ -e "$item" ] && cp -r "$item" "$stage/$plugin/"
done
find "$stage/$plugin" \( -name __pycache__ -o -name '*.pyc' -o -name '*.ts' \) -prune \
    -exec rm -rf {} +
mkdir -p "$root/$dist"
archive="$root/$dist/$plugin-$version.zip"
rm -f "$archive"
(cd "$stage" && zip -qr "$archive" "$plugin")
echo "$archive"
