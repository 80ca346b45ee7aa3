"""Geographical Detector: factor, interaction, risk and ecological detectors."""

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)

from ..core.i18n import CONTEXT
from .base import CarbonDriversAlgorithm, FeedbackProgress, translate
from .table_io import read_table, write_table
from .qgis_compat import FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_RASTER, SOURCE_VECTOR


class GeographicalDetectorAlgorithm(CarbonDriversAlgorithm):
    """Spatial stratified heterogeneity of a target explained by factors."""

    ALGORITHM_ID = "geographicaldetector"
    GROUP_ID = "drivers"
    REQUIRED_MODULES = ("numpy", "pandas", "scipy", "osgeo.gdal")

    INPUT = "INPUT"
    TARGET_FIELD = "TARGET_FIELD"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"
    TARGET_RASTER = "TARGET_RASTER"
    FACTOR_RASTERS = "FACTOR_RASTERS"
    CATEGORICAL_RASTERS = "CATEGORICAL_RASTERS"
    DISCRETIZATION = "DISCRETIZATION"
    CLASSES = "CLASSES"
    OPTIMIZE = "OPTIMIZE"
    MIN_CLASSES = "MIN_CLASSES"
    MAX_CLASSES = "MAX_CLASSES"
    OPTIMIZE_RULE = "OPTIMIZE_RULE"
    MIN_GAIN = "MIN_GAIN"
    SAMPLE_SIZE = "SAMPLE_SIZE"
    SEED = "SEED"
    ALPHA = "ALPHA"
    FACTOR_TABLE = "FACTOR_TABLE"
    INTERACTION_TABLE = "INTERACTION_TABLE"
    RISK_TABLE = "RISK_TABLE"
    STRATUM_TABLE = "STRATUM_TABLE"
    ECOLOGICAL_TABLE = "ECOLOGICAL_TABLE"
    STRATA_RASTERS = "STRATA_RASTERS"
    REPORT = "REPORT"
    N = "N"
    DROPPED = "DROPPED"

    METHODS = ("equal_interval", "quantile", "natural_breaks", "geometric_interval",
               "standard_deviation")
    RULES = ("max_q", "elbow")

    def displayName(self):  # noqa: N802 - Qt naming
        return self.tr("Geographical Detector")

    def group(self):
        return self.tr("Drivers of carbon")

    def tags(self):
        return self.tr("geodetector,geographical detector,q statistic,spatial stratified "
                       "heterogeneity,interaction,risk,ecological,factors,drivers").split(",")

    def shortHelpString(self):  # noqa: N802 - Qt naming
        return self.tr(
            "Measures how much of the variance of a numeric target each factor explains "
            "through its strata (the q statistic of the geographical detector, Wang et al. "
            "2010), and runs the four detectors.\n\n"
            "Input: a table or vector layer (for example points from Sample Factors) with a "
            "target field and factor fields, or a target raster and factor rasters, in which "
            "case every pixel where all layers are valid is used. Factor rasters on another "
            "grid are sampled at the target's pixel centres (nearest neighbour). Raster mode "
            "reads the rasters block by block: memory depends on the number of strata, not "
            "on the raster size.\n\n"
            "Categorical factors are used as strata as they are. The other factors are "
            "discretized: equal interval, quantile, natural breaks (Jenks, exact, on a "
            "seeded sample of at most 3000 values), geometric interval or standard deviation, "
            "into the given number of classes. With 'Search the best discretization' every "
            "method is tried with every class count in the range, and per factor the one "
            "with the highest q is kept, or, with the elbow rule, the smallest class count "
            "after which q grows by less than the given share (q always grows with more "
            "classes, so the highest q overfits). In raster mode, classes are computed from "
            "a seeded random sample of pixels. Classes are closed on the right. Breaks that "
            "coincide (for example many zeros) are merged, so every class contains data and the "
            "reported class count may be lower than requested.\n\n"
            "Factor detector: q, and the p-value of the non-central F test of Wang and Xu "
            "(2017); its non-centrality uses the sample variance of the target (divisor "
            "N − 1), as the R package geodetector does.\n"
            "Interaction detector: q of the intersected strata of every pair of factors and "
            "its type (nonlinear weaken, univariate weaken, bivariate enhance, independent, "
            "nonlinear enhance); q values that differ by at most 1e-9 count as equal.\n"
            "Risk detector: mean of the target per stratum, and Welch's two-sample t-test "
            "(two-sided) between every pair of strata of a factor at the significance "
            "level.\n"
            "Ecological detector: for every pair of factors, F = N1 (N2 − 1) SSW1 / "
            "(N2 (N1 − 1) SSW2) with (N1 − 1, N2 − 1) degrees of freedom (Wang et al. 2010), "
            "tested two-sided at the significance level.\n\n"
            "Rows or pixels where the target or any factor is missing are dropped for all "
            "factors, so every q uses the same N. Strata with a single observation are kept "
            "and reported in a warning.")

    def initAlgorithm(self, config=None):  # noqa: N802 - Qt naming
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Table or vector layer (table mode)"),
            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TARGET_FIELD, self.tr("Target field"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FACTOR_FIELDS, self.tr("Factor fields"), parentLayerParameterName=self.INPUT,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORICAL_FIELDS, self.tr("Categorical factor fields (used as strata)"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.TARGET_RASTER, self.tr("Target raster (raster mode)"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FACTOR_RASTERS, self.tr("Factor rasters"), SOURCE_RASTER,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CATEGORICAL_RASTERS, self.tr("Categorical factor rasters (among the factor "
                                              "rasters)"),
            SOURCE_RASTER, optional=True))

        self.addParameter(QgsProcessingParameterEnum(
            self.DISCRETIZATION, self.tr("Discretization of continuous factors"),
            [self.tr("Equal interval"), self.tr("Quantile"), self.tr("Natural breaks (Jenks)"),
             self.tr("Geometric interval"), self.tr("Standard deviation")], defaultValue=1))
        self._add_integer(self.CLASSES, self.tr("Number of classes"), 5, 2, 64)
        self.addParameter(QgsProcessingParameterBoolean(
            self.OPTIMIZE, self.tr("Search the best discretization (all methods, class "
                                   "count range)"), defaultValue=False))
        self._add_integer(self.MIN_CLASSES, self.tr("Search: minimum number of classes"), 3, 2,
                          64)
        self._add_integer(self.MAX_CLASSES, self.tr("Search: maximum number of classes"), 10,
                          2, 64)
        self.addParameter(QgsProcessingParameterEnum(
            self.OPTIMIZE_RULE, self.tr("Search: rule"),
            [self.tr("Highest q"), self.tr("Elbow: smallest k after which q gains little")],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_GAIN, self.tr("Search: relative q gain below which the elbow rule stops"),
            NUMBER_DOUBLE, defaultValue=0.05, minValue=0.0,
            maxValue=1.0))
        self._add_integer(self.SAMPLE_SIZE, self.tr("Raster mode: pixels sampled to compute "
                                                    "class breaks"), 100000, 100)
        self._add_integer(self.SEED, self.tr("Random seed of the samples"), 0, 0)
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Significance level (risk and ecological detectors)"),
            NUMBER_DOUBLE, defaultValue=0.05, minValue=1e-10,
            maxValue=0.5))

        for name, label in ((self.FACTOR_TABLE, self.tr("Factor detector")),
                            (self.INTERACTION_TABLE, self.tr("Interaction detector")),
                            (self.RISK_TABLE, self.tr("Risk detector: t-tests between strata")),
                            (self.STRATUM_TABLE, self.tr("Risk detector: stratum means")),
                            (self.ECOLOGICAL_TABLE, self.tr("Ecological detector"))):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.STRATA_RASTERS,
            self.tr("Folder for the discretized factor rasters (raster mode)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.N, self.tr("Observations used (N)")))
        self.addOutput(QgsProcessingOutputNumber(self.DROPPED,
                                                 self.tr("Observations dropped (missing)")))

    def _add_integer(self, name, label, default, minimum, maximum=None):
        limits = {"minValue": minimum}
        if maximum is not None:
            limits["maxValue"] = maximum
        self.addParameter(QgsProcessingParameterNumber(
            name, label, NUMBER_INTEGER, defaultValue=default, **limits))

    def compute(self, parameters, context, feedback):
        from ..core.geodetector import DiscretizationOptions, detect_table

        options = self._discretization_options(parameters, context, DiscretizationOptions)
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        target_raster = self.parameterAsRasterLayer(parameters, self.TARGET_RASTER, context)
        has_table = parameters.get(self.INPUT) not in (None, "")
        if target_raster is not None and has_table:
            raise QgsProcessingException(self.tr(
                "Both a table and a target raster were given. Choose one mode: clear either "
                "the table or the target raster."))
        if target_raster is not None:
            result = self._run_raster_mode(parameters, context, feedback, target_raster,
                                           options, alpha)
        elif has_table:
            frame = read_table(self, parameters, self.INPUT, context)
            target = self.parameterAsString(parameters, self.TARGET_FIELD, context)
            factors = self.parameterAsFields(parameters, self.FACTOR_FIELDS, context)
            categorical = self.parameterAsFields(parameters, self.CATEGORICAL_FIELDS, context)
            if not target:
                raise QgsProcessingException(self.tr(
                    "No target field was given; choose the numeric field to explain."))
            feedback.pushInfo(self.tr("{rows:,} rows; target {target}; factors {factors}")
                              .format(rows=len(frame), target=target,
                                      factors=", ".join(factors)))
            result = detect_table(frame, target, factors, categorical, options, alpha)
        else:
            raise QgsProcessingException(self.tr(
                "No input was given. Choose a table or vector layer with its fields (table "
                "mode), or a target raster and factor rasters (raster mode)."))
        feedback.setProgress(95)

        self._log_result(result, feedback)
        results = {self.N: result.n, self.DROPPED: result.n_dropped}
        for name, frame in ((self.FACTOR_TABLE, result.factors),
                            (self.INTERACTION_TABLE, result.interactions),
                            (self.RISK_TABLE, result.risk),
                            (self.STRATUM_TABLE, result.strata),
                            (self.ECOLOGICAL_TABLE, result.ecological)):
            results[name] = write_table(self, parameters, name, context, frame)
        strata_folder = self.parameterAsString(parameters, self.STRATA_RASTERS, context)
        if strata_folder and target_raster is not None:
            results[self.STRATA_RASTERS] = strata_folder
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            from .geodetector_report import write_geodetector_report

            write_geodetector_report(self, report, result)
            results[self.REPORT] = report
        feedback.setProgress(100)
        return results

    def _discretization_options(self, parameters, context, options_class):
        method = self.METHODS[self.parameterAsEnum(parameters, self.DISCRETIZATION, context)]
        k = self.parameterAsInt(parameters, self.CLASSES, context)
        low = self.parameterAsInt(parameters, self.MIN_CLASSES, context)
        high = self.parameterAsInt(parameters, self.MAX_CLASSES, context)
        optimize = self.parameterAsBool(parameters, self.OPTIMIZE, context)
        if optimize and low > high:
            raise QgsProcessingException(self.tr(
                "The minimum number of classes ({low}) is larger than the maximum ({high}); "
                "swap them.").format(low=low, high=high))
        return options_class(
            method=None if optimize else method, k=k, k_range=tuple(range(low, high + 1)),
            rule=self.RULES[self.parameterAsEnum(parameters, self.OPTIMIZE_RULE, context)],
            min_gain=self.parameterAsDouble(parameters, self.MIN_GAIN, context),
            seed=self.parameterAsInt(parameters, self.SEED, context))

    def _run_raster_mode(self, parameters, context, feedback, target_raster, options, alpha):
        from ..core.geodetector_raster import detect_rasters

        layers = self.parameterAsLayerList(parameters, self.FACTOR_RASTERS, context)
        categorical_layers = self.parameterAsLayerList(parameters, self.CATEGORICAL_RASTERS,
                                                       context)
        names = _unique_names([layer.name() for layer in layers])
        by_source = {layer.source(): name for layer, name in zip(layers, names)}
        categorical = []
        for layer in categorical_layers:
            if layer.source() not in by_source:
                raise QgsProcessingException(self.tr(
                    "The categorical raster {name} is not among the factor rasters; add it "
                    "to the factor rasters too.").format(name=layer.name()))
            categorical.append(by_source[layer.source()])
        strata_folder = self.parameterAsString(parameters, self.STRATA_RASTERS, context)
        feedback.pushInfo(self.tr("Target raster {target}; factor rasters {factors}").format(
            target=target_raster.name(), factors=", ".join(names)))
        return detect_rasters(
            target_raster.source(), [(n, layer.source()) for n, layer in zip(names, layers)],
            categorical, options, alpha,
            sample_size=self.parameterAsInt(parameters, self.SAMPLE_SIZE, context),
            strata_folder=strata_folder or None, progress=FeedbackProgress(feedback, 0, 95))

    def _log_result(self, result, feedback):
        feedback.pushInfo(self.tr("N = {n:,} observations used, {dropped:,} dropped").format(
            n=result.n, dropped=result.n_dropped))
        for row in result.factors.itertuples(index=False):
            feedback.pushInfo(self.tr("{factor}: q = {q:.6f}, p = {p:.4g}, {strata} strata "
                                      "({method})").format(
                factor=row.factor, q=row.q, p=row.p_value, strata=row.strata,
                method=row.discretization))
        for template, params in result.warnings:
            feedback.pushWarning(translate(CONTEXT, template).format(**params))


def _unique_names(names):
    """Return layer names made unique by appending _2, _3, ... to repeats."""
    seen = {}
    unique = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        unique.append(name if count == 1 else f"{name}_{count}")
    return unique
