"""QGIS enum values that work from QGIS 3.22 to 3.40 without deprecated names.

QGIS 3.30 and 3.36 moved many enums into the ``Qgis`` namespace and
deprecated the old class members. Each constant here takes the new value
where this QGIS has it and the old member otherwise (as on QGIS 3.22).
"""

from qgis.core import (Qgis, QgsColorRampShader, QgsProcessing, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsRasterBandStats, QgsUnitTypes,
                       QgsWkbTypes)


def _value(enum_name, member, fallback):
    """Return ``Qgis.<enum_name>.<member>`` if this QGIS has it, else ``fallback``."""
    return getattr(getattr(Qgis, enum_name, None), member, fallback)


NUMBER_INTEGER = _value("ProcessingNumberParameterType", "Integer",
                        QgsProcessingParameterNumber.Integer)
NUMBER_DOUBLE = _value("ProcessingNumberParameterType", "Double",
                       QgsProcessingParameterNumber.Double)

SOURCE_VECTOR = _value("ProcessingSourceType", "Vector", QgsProcessing.TypeVector)
SOURCE_RASTER = _value("ProcessingSourceType", "Raster", QgsProcessing.TypeRaster)
SOURCE_POINT = _value("ProcessingSourceType", "VectorPoint", QgsProcessing.TypeVectorPoint)
SOURCE_POLYGON = _value("ProcessingSourceType", "VectorPolygon",
                        QgsProcessing.TypeVectorPolygon)

FIELD_ANY = _value("ProcessingFieldParameterDataType", "Any", QgsProcessingParameterField.Any)
FIELD_NUMERIC = _value("ProcessingFieldParameterDataType", "Numeric",
                       QgsProcessingParameterField.Numeric)

WKB_NO_GEOMETRY = _value("WkbType", "NoGeometry", QgsWkbTypes.NoGeometry)
WKB_POINT = _value("WkbType", "Point", QgsWkbTypes.Point)

LAYOUT_MILLIMETERS = _value("LayoutUnit", "Millimeters", QgsUnitTypes.LayoutMillimeters)
DISTANCE_METERS = _value("DistanceUnit", "Meters", QgsUnitTypes.DistanceMeters)
DISTANCE_KILOMETERS = _value("DistanceUnit", "Kilometers", QgsUnitTypes.DistanceKilometers)

STATISTIC_MIN = _value("RasterBandStatistic", "Min", QgsRasterBandStats.Min)
STATISTIC_MAX = _value("RasterBandStatistic", "Max", QgsRasterBandStats.Max)

SHADER_INTERPOLATED = _value("ShaderInterpolationMethod", "Linear",
                             QgsColorRampShader.Interpolated)

MESSAGE_WARNING = _value("MessageLevel", "Warning", Qgis.Warning)
