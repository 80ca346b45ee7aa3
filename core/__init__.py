"""Computations of Carbon Drivers that do not depend on QGIS.

Every module here works on numpy arrays, pandas tables and GDAL datasets, so
it can be tested and reused without a QGIS installation.
"""
