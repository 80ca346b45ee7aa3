"""Carbon-table parameters shared by the algorithms that take carbon densities."""

from qgis.core import (QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)

from .base import translate
from .table_io import read_table
from .qgis_compat import FIELD_ANY, SOURCE_VECTOR

CARBON_TABLE = "CARBON_TABLE"
CODE_FIELD = "CODE_FIELD"
ABOVE_FIELD = "ABOVE_FIELD"
BELOW_FIELD = "BELOW_FIELD"
SOIL_FIELD = "SOIL_FIELD"
DEAD_FIELD = "DEAD_FIELD"
TOTAL_FIELD = "TOTAL_FIELD"
NAME_FIELD = "NAME_FIELD"

POOL_PARAMETERS = {"above": ABOVE_FIELD, "below": BELOW_FIELD, "soil": SOIL_FIELD,
                   "dead": DEAD_FIELD}


def add_carbon_table_parameters(algorithm, optional=False):
    """Declare the carbon table and its field parameters on ``algorithm``."""
    # A module-level function has no class to name the context after, so the
    # strings use the shared context explicitly, as pylupdate5 reads it.
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        CARBON_TABLE, translate("CarbonDrivers", "Carbon pool table (table layer or CSV)"),
        [SOURCE_VECTOR], optional=optional))
    labels = {
        CODE_FIELD: translate(
            "CarbonDrivers", "Land-use code field [default: lucode, code, id or value]"),
        ABOVE_FIELD: translate(
            "CarbonDrivers", "Aboveground carbon density field, Mg C/ha [default: c_above]"),
        BELOW_FIELD: translate(
            "CarbonDrivers", "Belowground carbon density field, Mg C/ha [default: c_below]"),
        SOIL_FIELD: translate(
            "CarbonDrivers", "Soil carbon density field, Mg C/ha [default: c_soil]"),
        DEAD_FIELD: translate(
            "CarbonDrivers",
            "Dead organic matter carbon density field, Mg C/ha [default: c_dead]"),
        TOTAL_FIELD: translate(
            "CarbonDrivers",
            "Total carbon density field, Mg C/ha (instead of the four pools)"),
        NAME_FIELD: translate(
            "CarbonDrivers", "Class name field [default: name, lc or lulc_name]"),
    }
    for name, label in labels.items():
        algorithm.addParameter(QgsProcessingParameterField(
            name, label, parentLayerParameterName=CARBON_TABLE,
            type=FIELD_ANY, optional=True))


def read_carbon_table(algorithm, parameters, context):
    """Read and validate the carbon table; return a ``core.carbon.CarbonTable``."""
    from ..core.carbon import carbon_table_from_frame

    frame = read_table(algorithm, parameters, CARBON_TABLE, context)

    def field(name):
        value = algorithm.parameterAsString(parameters, name, context)
        return value or None

    return carbon_table_from_frame(
        frame, code_field=field(CODE_FIELD),
        pool_fields={pool: field(name) for pool, name in POOL_PARAMETERS.items()},
        total_field=field(TOTAL_FIELD), name_field=field(NAME_FIELD),
        table=translate("CarbonDrivers", "carbon table"))
