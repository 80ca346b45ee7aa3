"""RF Factor Screening: rank and select driving factors with a random forest."""

import os

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsCoordinateReferenceSystem)

from ..core.errors import CanceledError
from .base import CarbonDriversAlgorithm, FeedbackProgress
from .table_io import add_rows, table_fields
from .rf_report import validation_text
from .table_io import read_table
from .qgis_compat import (FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR,
                          WKB_NO_GEOMETRY)

#: Separator of the SELECTED output. QGIS 3.22 splits a text value of a
#: field parameter with several fields at semicolons, not commas.
FIELD_SEPARATOR = ";"


class RfFactorScreeningAlgorithm(CarbonDriversAlgorithm):
    """Random-forest importances of candidate factors and a selection rule."""

    ALGORITHM_ID = "rffactorscreening"
    GROUP_ID = "drivers"
    REQUIRED_MODULES = ("numpy", "pandas", "scipy", "sklearn")

    INPUT = "INPUT"
    TARGET_FIELD = "TARGET_FIELD"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"
    N_TREES = "N_TREES"
    MAX_FEATURES = "MAX_FEATURES"
    MIN_SAMPLES_LEAF = "MIN_SAMPLES_LEAF"
    MAX_SAMPLES = "MAX_SAMPLES"
    SEED = "SEED"
    TEST_FRACTION = "TEST_FRACTION"
    CV_FOLDS = "CV_FOLDS"
    PERMUTATION_REPEATS = "PERMUTATION_REPEATS"
    SELECTION = "SELECTION"
    TOP_K = "TOP_K"
    CUMULATIVE_THRESHOLD = "CUMULATIVE_THRESHOLD"
    SHADOW_RUNS = "SHADOW_RUNS"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    SELECTED = "SELECTED"
    OOB_R2 = "OOB_R2"
    TEST_R2 = "TEST_R2"
    TEST_RMSE = "TEST_RMSE"
    ROWS_USED = "ROWS_USED"

    SELECTION_RULES = ("top_k", "cumulative", "shadow")

    def displayName(self):  # noqa: N802 - Qt naming
        return self.tr("RF Factor Screening")

    def group(self):
        return self.tr("Drivers of carbon")

    def tags(self):
        return self.tr("random forest,importance,permutation,Boruta,shadow,factors,drivers,"
                       "screening,selection").split(",")

    def shortHelpString(self):  # noqa: N802 - Qt naming
        return self.tr(
            "Ranks candidate driving factors of a numeric target (for example the table from "
            "Sample Factors) with a random-forest regression (scikit-learn), and selects the "
            "ones to keep.\n\n"
            "Per factor: impurity importance (MDI, from the training rows, biased towards "
            "factors with many distinct values) and permutation importance, the loss of R² on "
            "held-out rows when the factor is shuffled, as mean and standard deviation over "
            "the repeats. Held-out rows are a share of the table, or each fold in turn with "
            "cross-validation. Factors are ranked by permutation importance.\n\n"
            "Selection: the k best ranked factors; the best ranked factors until their share "
            "of the positive permutation importance reaches the threshold; or shadow features "
            "as in the Boruta method: each run adds a shuffled copy of every factor, and a "
            "factor wins the run when its held-out permutation importance beats every copy. "
            "It is selected when a one-sided binomial test of its wins against a rate of 0.5 "
            "gives p < 0.05 divided by the number of factors.\n\n"
            "Categorical fields are one-hot encoded, so no order between classes is assumed, "
            "and those not listed among the factor fields are added to them. "
            "The importances of a categorical factor cover all its classes. Rows with a "
            "missing value in the target or any factor are dropped and counted. A factor with "
            "a single value is reported and left out of the ranking.\n\n"
            "The same seed gives the same table on any number of cores. Selected factors are "
            "output as field names separated by semicolons, which a field parameter with "
            "several fields (such as the factors of the Geographical Detector) accepts in a "
            "model.")

    def initAlgorithm(self, config=None):  # noqa: N802 - Qt naming
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Samples (table or vector layer)"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(
            self.TARGET_FIELD, self.tr("Target field"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterField(
            self.FACTOR_FIELDS, self.tr("Factor fields"), parentLayerParameterName=self.INPUT,
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORICAL_FIELDS, self.tr("Categorical factor fields"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self._add_integer(self.N_TREES, self.tr("Number of trees"), 300, 1)
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_FEATURES, self.tr("Share of factor columns tried at each split (0–1]"),
            NUMBER_DOUBLE, defaultValue=1 / 3, minValue=0.01,
            maxValue=1.0))
        self._add_integer(self.MIN_SAMPLES_LEAF, self.tr("Minimum samples per leaf"), 5, 1)
        self._add_integer(self.MAX_SAMPLES,
                          self.tr("Rows drawn for each tree (0: as many as training rows)"), 0, 0)
        self._add_integer(self.SEED, self.tr("Random seed"), 1, 0)
        self.addParameter(QgsProcessingParameterNumber(
            self.TEST_FRACTION, self.tr("Share of rows held out for testing"),
            NUMBER_DOUBLE, defaultValue=0.25, minValue=0.05,
            maxValue=0.9))
        self._add_integer(self.CV_FOLDS,
                          self.tr("Cross-validation folds (0: use the held-out share)"), 0, 0, 20)
        self._add_integer(self.PERMUTATION_REPEATS, self.tr("Permutation repeats"), 10, 1)
        self.addParameter(QgsProcessingParameterEnum(
            self.SELECTION, self.tr("Selection rule"),
            [self.tr("Top k factors"), self.tr("Cumulative importance threshold"),
             self.tr("Beat shadow features (Boruta)")], defaultValue=2))
        self._add_integer(self.TOP_K, self.tr("k (top k rule)"), 5, 1)
        self.addParameter(QgsProcessingParameterNumber(
            self.CUMULATIVE_THRESHOLD,
            self.tr("Share of summed importance to reach (cumulative rule, 0–1]"),
            NUMBER_DOUBLE, defaultValue=0.8, minValue=0.01, maxValue=1.0))
        self._add_integer(self.SHADOW_RUNS, self.tr("Shadow runs (shadow rule)"), 20, 1)

        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Factor importance"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputString(self.SELECTED, self.tr("Selected factors")))
        self.addOutput(QgsProcessingOutputNumber(self.OOB_R2, self.tr("Out-of-bag R²")))
        self.addOutput(QgsProcessingOutputNumber(self.TEST_R2, self.tr("Held-out R²")))
        self.addOutput(QgsProcessingOutputNumber(self.TEST_RMSE, self.tr("Held-out RMSE")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_USED, self.tr("Rows used")))

    def _add_integer(self, name, label, default, minimum, maximum=None):
        parameter = QgsProcessingParameterNumber(
            name, label, NUMBER_INTEGER, defaultValue=default,
            minValue=minimum)
        if maximum is not None:
            parameter.setMaximum(maximum)
        self.addParameter(parameter)

    def compute(self, parameters, context, feedback):
        from ..core.random_forest import screen_factors

        frame = read_table(self, parameters, self.INPUT, context)
        target = self.parameterAsString(parameters, self.TARGET_FIELD, context)
        # A model may pass "a;b;" as text, which QGIS splits into a trailing "".
        factors = [name for name in self.parameterAsFields(
            parameters, self.FACTOR_FIELDS, context) if name]
        categorical = [name for name in self.parameterAsFields(
            parameters, self.CATEGORICAL_FIELDS, context) if name]
        selection = self.SELECTION_RULES[self.parameterAsEnum(parameters, self.SELECTION,
                                                              context)]
        max_samples = self.parameterAsInt(parameters, self.MAX_SAMPLES, context)
        feedback.pushInfo(self.tr("{rows:,} rows; target {target}; factors {factors}").format(
            rows=len(frame), target=target, factors=", ".join(factors + [
                name for name in categorical if name not in factors])))

        result = screen_factors(
            frame, target, factors, categorical,
            n_trees=self.parameterAsInt(parameters, self.N_TREES, context),
            max_features=self.parameterAsDouble(parameters, self.MAX_FEATURES, context),
            min_samples_leaf=self.parameterAsInt(parameters, self.MIN_SAMPLES_LEAF, context),
            max_samples=max_samples or None,
            seed=self.parameterAsInt(parameters, self.SEED, context),
            test_fraction=self.parameterAsDouble(parameters, self.TEST_FRACTION, context),
            cv_folds=self.parameterAsInt(parameters, self.CV_FOLDS, context),
            permutation_repeats=self.parameterAsInt(parameters, self.PERMUTATION_REPEATS,
                                                    context),
            selection=selection,
            top_k=self.parameterAsInt(parameters, self.TOP_K, context),
            cumulative_threshold=self.parameterAsDouble(parameters, self.CUMULATIVE_THRESHOLD,
                                                        context),
            shadow_runs=self.parameterAsInt(parameters, self.SHADOW_RUNS, context),
            n_jobs=max(1, os.cpu_count() or 1),
            progress=FeedbackProgress(feedback, 0, 95))

        self._log_result(result, feedback)
        table = result.table
        fields = table_fields(table)
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 WKB_NO_GEOMETRY,
                                                 QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not add_rows(sink, fields, table, feedback=feedback):
            raise CanceledError()
        results = {
            self.OUTPUT: destination,
            self.SELECTED: FIELD_SEPARATOR.join(result.selected),
            self.OOB_R2: result.oob_r2,
            self.TEST_R2: result.test_r2,
            self.TEST_RMSE: result.test_rmse,
            self.ROWS_USED: result.rows_used,
        }
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            from .rf_report import write_screening_report

            write_screening_report(self, report, result, target, selection)
            results[self.REPORT] = report
        feedback.setProgress(100)
        return results

    def _log_result(self, result, feedback):
        feedback.pushInfo(self.tr(
            "{used:,} of {total:,} rows used, {dropped:,} dropped for missing values").format(
                used=result.rows_used, total=result.rows_input, dropped=result.rows_dropped))
        if result.constant_factors:
            feedback.pushWarning(self.tr(
                "Factors with a single value, left out of the ranking: {factors}").format(
                    factors=", ".join(result.constant_factors)))
        feedback.pushInfo(self.tr(
            "Out-of-bag R² {oob:.4f}, held-out R² {r2:.4f}, RMSE {rmse:.6g} ({validation})")
            .format(oob=result.oob_r2, r2=result.test_r2, rmse=result.test_rmse,
                    validation=validation_text(self.tr, result)))
        feedback.pushInfo(self.tr("Selected factors: {factors}").format(
            factors=", ".join(result.selected) or self.tr("none")))
