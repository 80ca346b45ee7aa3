"""Conversion between QGIS tables and pandas DataFrames.

Input tables may be layers of any provider or CSV paths. Output tables are
feature sinks without geometry, so they load as table layers and can be
saved as CSV, GeoPackage or any format Processing offers.
"""

import math
import os

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink,
                       QgsField, QgsFields, QgsProcessingException, QgsProcessingUtils)
from qgis.PyQt.QtCore import QVariant

from .qgis_compat import WKB_NO_GEOMETRY

CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def _field_type(kind):
    """Return the field type for ``kind`` (int, float, str, bool) on this QGIS."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return {"int": QMetaType.LongLong, "float": QMetaType.Double,
                "str": QMetaType.QString, "bool": QMetaType.Bool}[kind]
    return {"int": QVariant.LongLong, "float": QVariant.Double, "str": QVariant.String,
            "bool": QVariant.Bool}[kind]


def _kind(dtype):
    """Return the field kind of a numpy or pandas dtype (nullable Int64, boolean too)."""
    name = str(dtype)
    if name in ("bool", "boolean"):
        return "bool"
    if name.lower().startswith(("int", "uint")):
        return "int"
    if name.lower().startswith("float"):
        return "float"
    return "str"


def table_path(parameters, name):
    """Return the CSV path given for parameter ``name``, or None for a layer."""
    value = parameters.get(name)
    if isinstance(value, str) and value.lower().endswith(CSV_SUFFIXES) and os.path.isfile(value):
        return value
    return None


def read_table(algorithm, parameters, name, context):
    """Return the table of parameter ``name`` as a DataFrame.

    A CSV path is read with :func:`core.tables.read_csv_table`, which detects
    the delimiter and encoding and keeps cells as text. A layer is read
    feature by feature with its field types, and NULL becomes None.
    """
    import pandas as pd

    from ..core.tables import read_csv_table

    path = table_path(parameters, name)
    if path is not None:
        return read_csv_table(path)
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    names = source.fields().names()
    rows = []
    for feature in source.getFeatures():
        rows.append([_python_value(value) for value in feature.attributes()])
    return pd.DataFrame(rows, columns=names)


def _python_value(value):
    if value is None:
        return None
    if isinstance(value, QVariant) and value.isNull():
        return None
    if hasattr(value, "isNull") and callable(value.isNull) and value.isNull():
        return None
    return value


def table_fields(frame, aliases=None):
    """Return ``QgsFields`` for a DataFrame's columns with optional aliases."""
    fields = QgsFields()
    for column in frame.columns:
        field = QgsField(str(column), _field_type(_kind(frame[column].dtype)))
        if aliases and column in aliases:
            field.setAlias(aliases[column])
        fields.append(field)
    return fields


def write_table(algorithm, parameters, name, context, frame, aliases=None):
    """Write a DataFrame to the feature sink ``name``; return its destination id."""
    fields = table_fields(frame, aliases)
    sink, destination = algorithm.parameterAsSink(
        parameters, name, context, fields, WKB_NO_GEOMETRY,
        QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    add_rows(sink, fields, frame)
    if aliases:
        # Only a layer already in the context (a temporary output) gets the
        # aliases; loading a written file here would try every provider.
        layer = QgsProcessingUtils.mapLayerFromString(destination, context, False)
        if layer is not None:
            for column, alias in aliases.items():
                index = layer.fields().indexOf(column)
                if index >= 0:
                    layer.setFieldAlias(index, alias)
    return destination


def add_rows(sink, fields, frame, geometries=None, feedback=None):
    """Add the rows of ``frame`` to ``sink``, each with its geometry if given.

    Missing values (None, NaN, pandas NA) become NULL. Returns False if
    ``feedback`` reports a cancel before every row is added.
    """
    kinds = [_kind(frame[column].dtype) for column in frame.columns]
    for number, record in enumerate(frame.itertuples(index=False)):
        if feedback is not None and feedback.isCanceled():
            return False
        feature = QgsFeature(fields)
        feature.setAttributes([_attribute(value, kind) for value, kind in zip(record, kinds)])
        if geometries is not None:
            feature.setGeometry(geometries[number])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    return True


def _attribute(value, kind):
    import pandas as pd

    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if kind == "float":
        value = float(value)
        return None if math.isnan(value) else value
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    return str(value)
