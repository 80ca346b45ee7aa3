"""Land Use Transition: class areas, transition matrices and carbon per transition."""

import os

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterString)

from ..core.i18n import CONTEXT
from .base import CarbonDriversAlgorithm, FeedbackProgress, translate
from .carbon_table_parameters import CARBON_TABLE, add_carbon_table_parameters, read_carbon_table
from .styling import style_classes, style_on_load
from .table_io import read_table, write_table
from .qgis_compat import FIELD_ANY, SOURCE_RASTER, SOURCE_VECTOR

#: Keys of core.land_use_transition.AREA_UNITS, in the order of the AREA_UNIT options.
AREA_UNIT_KEYS = ("m2", "ha", "km2")


class LandUseTransitionAlgorithm(CarbonDriversAlgorithm):
    """Areas per class and date, transition matrices, dynamic degrees and carbon change."""

    ALGORITHM_ID = "landusetransition"
    GROUP_ID = "carbon"

    LULC = "LULC"
    YEARS = "YEARS"
    LEGEND = "LEGEND"
    LEGEND_CODE_FIELD = "LEGEND_CODE_FIELD"
    LEGEND_NAME_FIELD = "LEGEND_NAME_FIELD"
    LEGEND_COLOR_FIELD = "LEGEND_COLOR_FIELD"
    AREA_UNIT = "AREA_UNIT"
    AREA_TABLE = "AREA_TABLE"
    TRANSITIONS = "TRANSITIONS"
    MATRIX = "MATRIX"
    CHANGE_RASTER = "CHANGE_RASTER"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802 - Qt naming
        return self.tr("Land Use Transition")

    def group(self):
        return self.tr("Carbon")

    def tags(self):
        return self.tr("land use,land cover,transition,change,matrix,dynamic degree,Sankey,"
                       "carbon,LUCC").split(",")

    def shortHelpString(self):  # noqa: N802 - Qt naming
        return self.tr(
            "Compares land-use rasters of two or more dates on one grid and produces the "
            "tables and figures of land-change studies.\n\n"
            "Area table: per date and class, the pixel count, the area and its share of the "
            "date's valid area; per interval between consecutive dates, the change in area, "
            "the single land-use dynamic degree K = (Ub − Ua) / Ua / T × 100 % per year, and "
            "the comprehensive dynamic degree LC = Σ|ΔLUij| / (2 ΣLUi) / T × 100 % per year, "
            "where ΔLUij are the conversions of the interval's transition matrix and T is "
            "the number of years. Each date's areas use that date's own valid pixels.\n\n"
            "Transitions: one row per interval and pair of classes with its pixels and area "
            "and, with a carbon table, the carbon change area × (density after − density "
            "before) in Mg C. A pixel enters an interval's matrix only where both dates are "
            "valid; the log lists how many pixels each interval leaves out. With three dates "
            "or more, the first-to-last interval is added to the transitions and matrices.\n\n"
            "The matrices cover the union of the classes found at any date, with zero rows "
            "or columns for classes absent at a date. The change raster codes each pixel "
            "valid at the first and last date as from_code × 1000 + to_code (for example "
            "1017 for class 1 becoming class 17) and needs codes from 0 to 999.\n\n"
            "Class names and colours come from the legend, or else from the carbon table; "
            "invalid colours and classes missing from the legend get generated colours. In a "
            "geographic CRS the pixel areas are computed on the ellipsoid row by row.")

    def initAlgorithm(self, config=None):  # noqa: N802 - Qt naming
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LULC, self.tr("Land-use rasters, in date order (same grid)"),
            SOURCE_RASTER))
        self.addParameter(QgsProcessingParameterString(
            self.YEARS, self.tr("Years of the rasters, comma-separated (e.g. 2000, 2010)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LEGEND, self.tr("Legend (table layer or CSV with codes, names, colours)"),
            [SOURCE_VECTOR], optional=True))
        for name, label in (
                (self.LEGEND_CODE_FIELD,
                 self.tr("Legend code field [default: lucode, code, id or value]")),
                (self.LEGEND_NAME_FIELD,
                 self.tr("Legend name field [default: name, lc or lulc_name]")),
                (self.LEGEND_COLOR_FIELD,
                 self.tr("Legend colour field, #rrggbb [default: color or color_palette]"))):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.LEGEND,
                type=FIELD_ANY, optional=True))
        add_carbon_table_parameters(self, optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.AREA_UNIT, self.tr("Area unit"),
            [self.tr("Square metres (m²)"), self.tr("Hectares (ha)"),
             self.tr("Square kilometres (km²)")], defaultValue=1))

        self.addParameter(QgsProcessingParameterFeatureSink(
            self.AREA_TABLE, self.tr("Area per class and date"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TRANSITIONS, self.tr("Transitions"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.MATRIX, self.tr("Transition matrices (wide CSV)"), self.tr("CSV files (*.csv)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CHANGE_RASTER, self.tr("Change raster, first to last date"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))

    def compute(self, parameters, context, feedback):
        from ..core.land_use_transition import (area_table, compute_land_use_transition,
                                                matrix_table, parse_years, transition_table)

        layers = self.parameterAsLayerList(parameters, self.LULC, context)
        if len(layers) < 2:
            raise QgsProcessingException(self.tr(
                "Land-use transitions need at least two land-use rasters, but {count} was "
                "given. Add the raster of another date.").format(count=len(layers)))
        years = parse_years(self.parameterAsString(parameters, self.YEARS, context),
                            len(layers))
        unit = AREA_UNIT_KEYS[self.parameterAsEnum(parameters, self.AREA_UNIT, context)]
        carbon_table = None
        if parameters.get(CARBON_TABLE):
            carbon_table = read_carbon_table(self, parameters, context)
        legend = self._read_legend(parameters, context, carbon_table, feedback)
        change_path = self.optional_output(parameters, self.CHANGE_RASTER, context)
        feedback.pushInfo(self.tr("Dates: {years}").format(
            years=", ".join(f"{layer.name()} ({year})" for layer, year in zip(layers, years))))

        result = compute_land_use_transition(
            [layer.source() for layer in layers], years, legend=legend,
            carbon_table=carbon_table, change_raster=change_path,
            labels=[layer.name() for layer in layers], progress=FeedbackProgress(feedback, 0, 90))
        self._log_result(result, feedback)

        areas = area_table(result, unit)
        transitions = transition_table(result, unit)
        results = {
            self.AREA_TABLE: write_table(self, parameters, self.AREA_TABLE, context, areas),
            self.TRANSITIONS: write_table(self, parameters, self.TRANSITIONS, context,
                                          transitions),
        }
        matrix_path = self.parameterAsFileOutput(parameters, self.MATRIX, context)
        if matrix_path:
            self._write_matrix(matrix_path, matrix_table(result, unit, self.tr("Total")))
            results[self.MATRIX] = matrix_path
        if change_path:
            from ..core.land_use_transition import change_raster_classes

            classes = [(value, color, self._pair_label(before, after, changed))
                       for value, color, before, after, changed in change_raster_classes(result)]
            style_on_load(context, change_path, style_classes, classes)
            results[self.CHANGE_RASTER] = change_path
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            from .land_use_transition_report import write_transition_report

            write_transition_report(self, report_path, result, areas, unit)
            results[self.REPORT] = report_path
        feedback.setProgress(100)
        return results

    def _read_legend(self, parameters, context, carbon_table, feedback):
        """Return the legend table's classes, else the carbon table's, else None."""
        from ..core.land_use_transition import legend_from_carbon_table, legend_from_frame

        if parameters.get(self.LEGEND):
            frame = read_table(self, parameters, self.LEGEND, context)

            def field(name):
                return self.parameterAsString(parameters, name, context) or None

            legend, notices = legend_from_frame(
                frame, field(self.LEGEND_CODE_FIELD), field(self.LEGEND_NAME_FIELD),
                field(self.LEGEND_COLOR_FIELD), table=self.tr("legend"))
        elif carbon_table is not None and (carbon_table.names or carbon_table.colors):
            legend, notices = legend_from_carbon_table(carbon_table)
        else:
            return None
        for notice in notices:
            feedback.pushWarning(translate(CONTEXT, notice.template).format(**notice.params))
        return legend

    def _log_result(self, result, feedback):
        feedback.pushInfo(self.tr("Classes found at any date: {count} ({codes})").format(
            count=len(result.codes), codes=", ".join(map(str, result.codes))))
        for year, pixels in zip(result.years, result.date_pixels.sum(axis=1)):
            feedback.pushInfo(self.tr("{year}: {pixels:,} valid pixels").format(
                year=year, pixels=int(pixels)))
        for interval in result.intervals:
            label = result.interval_label(interval)
            feedback.pushInfo(self.tr(
                "{interval}: {both:,} pixels valid at both dates").format(
                    interval=label, both=int(interval.pixels.sum())))
            if interval.pixels_left_out:
                feedback.pushWarning(self.tr(
                    "{interval}: {count:,} pixels are valid at only one of the two dates and "
                    "are left out of the transition matrix.").format(
                        interval=label, count=interval.pixels_left_out))

    def _pair_label(self, before, after, changed):
        if changed:
            return self.tr("{before} → {after}").format(before=before, after=after)
        return self.tr("{name} (unchanged)").format(name=before)

    def _write_matrix(self, path, frame):
        partial = f"{path}.partial"
        try:
            frame.to_csv(partial, index=False, encoding="utf-8-sig")
            os.replace(partial, path)
        except OSError as error:
            if os.path.exists(partial):
                os.remove(partial)
            raise QgsProcessingException(self.tr(
                "Cannot write the matrix file {path}: {error}. Choose another output path.")
                .format(path=path, error=error)) from error
