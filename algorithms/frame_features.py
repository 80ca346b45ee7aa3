"""QGIS fields and features for DataFrames with nullable integer columns.

Sampled classes and ranks are integers that may be missing, which pandas
stores in the nullable ``Int64`` dtype. ``table_io`` expects numpy dtypes,
so these helpers map such columns to integer fields with NULL values.
"""

import math

from qgis.core import QgsFeature, QgsFeatureSink

from .table_io import table_fields


def frame_fields(frame):
    """Return ``QgsFields`` for the columns of ``frame``."""
    import numpy as np

    template = frame.head(0).copy()
    for column in frame.columns:
        if str(frame[column].dtype) == "Int64":
            template[column] = template[column].astype(np.int64)
        elif str(frame[column].dtype) == "boolean":
            template[column] = template[column].astype(bool)
    return table_fields(template)


def frame_attributes(record):
    """Return one row of ``frame.itertuples()`` as attribute values, NULL as None."""
    import numpy as np
    import pandas as pd

    values = []
    for value in record:
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            values.append(None)
        elif isinstance(value, np.bool_):
            values.append(bool(value))
        elif isinstance(value, np.integer):
            values.append(int(value))
        elif isinstance(value, np.floating):
            values.append(float(value))
        else:
            values.append(value)
    return values


def add_frame_rows(sink, fields, frame, geometries=None, feedback=None):
    """Add the rows of ``frame`` to ``sink``, each with its geometry if given.

    Returns False if ``feedback`` reports a cancel before every row is added.
    """
    for number, record in enumerate(frame.itertuples(index=False)):
        if feedback is not None and feedback.isCanceled():
            return False
        feature = QgsFeature(fields)
        feature.setAttributes(frame_attributes(record))
        if geometries is not None:
            feature.setGeometry(geometries[number])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    return True
