"""Carbon Driver Analysis: the whole study in one run, with one report.

The algorithm chains the plugin's algorithms as child algorithms: Carbon
Storage for every date, Land Use Transition over all dates, and, with
driving-factor rasters, Sample Factors, RF Factor Screening and the
Geographical Detector on the carbon of the analysis date. Every output goes
into one folder with readable names and loads into a layer group of its own.
"""

import os
import platform
import time

from qgis.core import (Qgis, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from .base import CarbonDriversAlgorithm
from .carbon_table_parameters import (CARBON_TABLE, CODE_FIELD, POOL_PARAMETERS, TOTAL_FIELD,
                                      NAME_FIELD, add_carbon_table_parameters)
from .layer_groups import load_in_group
from .styling import style_diverging, style_sequential
from . import workflow_report
from .qgis_compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_RASTER, SOURCE_VECTOR


#: Index of the elbow rule in the Geographical Detector's OPTIMIZE_RULE options:
#: q always grows with the number of classes, so the highest q would overfit.
ELBOW_RULE = 1


class CarbonDriverAnalysisAlgorithm(CarbonDriversAlgorithm):
    """Carbon storage, land-use transitions and their driving factors in one run."""

    ALGORITHM_ID = "carbondriveranalysis"
    # The shipped model's group is "Workflow", and the toolbox groups by this id.
    GROUP_ID = "Workflow"
    REQUIRED_MODULES = ("numpy", "pandas", "scipy", "sklearn", "osgeo.gdal")

    LULC = "LULC"
    YEARS = "YEARS"
    LEGEND = "LEGEND"
    LEGEND_CODE_FIELD = "LEGEND_CODE_FIELD"
    LEGEND_NAME_FIELD = "LEGEND_NAME_FIELD"
    LEGEND_COLOR_FIELD = "LEGEND_COLOR_FIELD"
    FACTORS = "FACTORS"
    CATEGORICAL_FACTORS = "CATEGORICAL_FACTORS"
    CELL_SIZE = "CELL_SIZE"
    COUNT = "COUNT"
    SEED = "SEED"
    N_TREES = "N_TREES"
    RF_SELECTION = "RF_SELECTION"
    DETECTOR_FACTORS = "DETECTOR_FACTORS"
    DISCRETIZATION = "DISCRETIZATION"
    CLASSES = "CLASSES"
    OPTIMIZE = "OPTIMIZE"
    ALPHA = "ALPHA"
    ANALYSIS_DATE = "ANALYSIS_DATE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    REPORT = "REPORT"
    TOTAL_FIRST = "TOTAL_FIRST"
    TOTAL_LAST = "TOTAL_LAST"
    STRONGEST_FACTOR = "STRONGEST_FACTOR"
    STRONGEST_INTERACTION = "STRONGEST_INTERACTION"

    def flags(self):
        # The report renders maps with QGIS's layout engine, which must run on
        # the main thread in the QGIS window.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):  # noqa: N802 - Qt naming
        return self.tr("Carbon Driver Analysis (whole study)")

    def group(self):
        return self.tr("Workflow")

    def tags(self):
        return self.tr("carbon,workflow,study,report,land use,transition,drivers,random forest,"
                       "geographical detector").split(",")

    def shortHelpString(self):  # noqa: N802 - Qt naming
        return self.tr(
            "Runs a complete carbon-driver study and writes one HTML report.\n\n"
            "Steps: Carbon Storage for every date (and the change from the first to the last "
            "date); Land Use Transition over all dates with the carbon effect of every "
            "transition; with driving-factor rasters, Sample Factors on the carbon of the "
            "analysis date (a regular grid with a cell size, or random points), RF Factor "
            "Screening and the Geographical Detector with the interaction, risk and "
            "ecological detectors.\n\n"
            "Every output is written into the output folder with a readable name and is "
            "loaded into a layer group named after the run. The report holds the carbon and "
            "change maps, area and transition tables, the Sankey diagram, carbon gained and "
            "lost per transition, factor importances, q values, interactions, risk-detector "
            "highlights, and the settings and software versions of the run.")

    def initAlgorithm(self, config=None):  # noqa: N802 - Qt naming
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LULC, self.tr("Land-use rasters, in date order"), SOURCE_RASTER))
        self.addParameter(QgsProcessingParameterString(
            self.YEARS, self.tr("Years of the land-use rasters, comma-separated")))
        add_carbon_table_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LEGEND, self.tr("Land-use legend (default: the carbon table)"),
            [SOURCE_VECTOR], optional=True))
        for name, label in ((self.LEGEND_CODE_FIELD, self.tr("Legend code field")),
                            (self.LEGEND_NAME_FIELD, self.tr("Legend name field")),
                            (self.LEGEND_COLOR_FIELD, self.tr("Legend colour field"))):
            self.addParameter(QgsProcessingParameterField(
                name, label, parentLayerParameterName=self.LEGEND, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FACTORS, self.tr("Driving-factor rasters"), SOURCE_RASTER,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CATEGORICAL_FACTORS, self.tr("Categorical driving-factor rasters"),
            SOURCE_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Sampling grid cell size, in the carbon raster's units "
                                    "(0: random points)"),
            NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COUNT, self.tr("Number of random sample points"),
            NUMBER_INTEGER, defaultValue=3000, minValue=10))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), NUMBER_INTEGER,
            defaultValue=42))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_TREES, self.tr("Random forest: number of trees"),
            NUMBER_INTEGER, defaultValue=300, minValue=10))
        self.addParameter(QgsProcessingParameterEnum(
            self.RF_SELECTION, self.tr("Random forest: factor selection rule"),
            [self.tr("Top k"), self.tr("Cumulative importance"), self.tr("Shadow features")],
            defaultValue=2))
        self.addParameter(QgsProcessingParameterEnum(
            self.DETECTOR_FACTORS, self.tr("Geographical detector factors"),
            [self.tr("All factors"), self.tr("Factors selected by the random forest")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DISCRETIZATION, self.tr("Discretization of continuous factors"),
            [self.tr("Equal interval"), self.tr("Quantile"), self.tr("Natural breaks (Jenks)"),
             self.tr("Geometric interval"), self.tr("Standard deviation")], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of classes"), NUMBER_INTEGER,
            defaultValue=5, minValue=2))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OPTIMIZE, self.tr("Choose method and number of classes by q (elbow rule)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Significance level"), NUMBER_DOUBLE,
            defaultValue=0.05, minValue=0.0001, maxValue=0.5))
        self.addParameter(QgsProcessingParameterNumber(
            self.ANALYSIS_DATE, self.tr("Year whose carbon the factors explain (default: last)"),
            NUMBER_INTEGER, optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(
            self.TOTAL_FIRST, self.tr("Total carbon, first date (Mg C)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.TOTAL_LAST, self.tr("Total carbon, last date (Mg C)")))
        self.addOutput(QgsProcessingOutputString(
            self.STRONGEST_FACTOR, self.tr("Factor with the highest q")))
        self.addOutput(QgsProcessingOutputString(
            self.STRONGEST_INTERACTION, self.tr("Factor pair with the highest interaction q")))

    def compute(self, parameters, context, feedback):
        import processing

        lulc_layers = self.parameterAsLayerList(parameters, self.LULC, context)
        years = self._years(parameters, context, len(lulc_layers))
        factors = self.parameterAsLayerList(parameters, self.FACTORS, context)
        categorical = self.parameterAsLayerList(parameters, self.CATEGORICAL_FACTORS, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        os.makedirs(folder, exist_ok=True)
        analysis_year = self.optional_number(parameters, self.ANALYSIS_DATE, context, integer=True)
        analysis_year = years[-1] if analysis_year is None else analysis_year
        if analysis_year not in years:
            raise QgsProcessingException(self.tr(
                "The analysis date {year} is not one of the years {years}. Set ANALYSIS_DATE "
                "to one of them or leave it empty for the last.").format(
                    year=analysis_year, years=", ".join(map(str, years))))
        all_factors = factors + [layer for layer in categorical
                                 if layer.id() not in {f.id() for f in factors}]
        with_drivers = bool(all_factors)

        # Carbon for the first and last dates in one run, one run per middle date,
        # the transitions, three driver steps and the report.
        steps = (len(years) - 1) + 1 + (3 if with_drivers else 0) + 1
        step_feedback = QgsProcessingMultiStepFeedback(steps, feedback)
        timings = {}
        outputs = workflow_report.StudyOutputs(folder=folder, years=years,
                                               analysis_year=analysis_year)
        table_parameters = {name: parameters.get(name) for name in
                            [CARBON_TABLE, CODE_FIELD, TOTAL_FIELD, NAME_FIELD,
                             *POOL_PARAMETERS.values()]}

        def child(step, algorithm_id, child_parameters, label):
            step_feedback.setCurrentStep(step)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("The run was canceled."))
            feedback.pushInfo(self.tr("Step {step} of {steps}: {label}").format(
                step=step + 1, steps=steps, label=label))
            started = time.perf_counter()
            result = processing.run(f"carbondrivers:{algorithm_id}", child_parameters,
                                    context=context, feedback=step_feedback,
                                    is_child_algorithm=True)
            timings[label] = time.perf_counter() - started
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("The run was canceled."))
            return result

        first, last = years[0], years[-1]
        change_path = os.path.join(folder, f"carbon_change_{first}_{last}.tif")
        result = child(0, "carbonstorage", dict(
            table_parameters, LULC=lulc_layers[0].source(), LULC_LATER=lulc_layers[-1].source(),
            YEAR=first, YEAR_LATER=last, OUTPUT=os.path.join(folder, f"carbon_{first}.tif"),
            OUTPUT_LATER=os.path.join(folder, f"carbon_{last}.tif"), OUTPUT_CHANGE=change_path,
            SUMMARY=os.path.join(folder, f"carbon_by_class_{first}_{last}.csv"), REPORT=None),
            self.tr("Carbon Storage {first} and {last}").format(first=first, last=last))
        outputs.totals.update({first: result["TOTAL"], last: result["TOTAL_LATER"]})
        outputs.change_total = result["CHANGE"]
        outputs.change_raster = change_path
        outputs.carbon_rasters.update({first: os.path.join(folder, f"carbon_{first}.tif"),
                                       last: os.path.join(folder, f"carbon_{last}.tif")})
        outputs.carbon_by_class.append(os.path.join(folder, f"carbon_by_class_{first}_{last}.csv"))
        step = 1
        for layer, year in zip(lulc_layers[1:-1], years[1:-1]):
            path = os.path.join(folder, f"carbon_{year}.tif")
            summary_path = os.path.join(folder, f"carbon_by_class_{year}.csv")
            result = child(step, "carbonstorage", dict(
                table_parameters, LULC=layer.source(), YEAR=year, OUTPUT=path,
                SUMMARY=summary_path, REPORT=None),
                self.tr("Carbon Storage {year}").format(year=year))
            outputs.totals[year] = result["TOTAL"]
            outputs.carbon_rasters[year] = path
            outputs.carbon_by_class.append(summary_path)
            step += 1

        legend = self._legend_parameters(parameters)
        transition = child(step, "landusetransition", dict(
            table_parameters, **legend, LULC=[layer.source() for layer in lulc_layers],
            YEARS=",".join(map(str, years)), AREA_UNIT=1,
            AREA_TABLE=os.path.join(folder, "land_use_area.csv"),
            TRANSITIONS=os.path.join(folder, "land_use_transitions.csv"),
            MATRIX=os.path.join(folder, "transition_matrices.csv"),
            CHANGE_RASTER=os.path.join(folder, f"land_use_change_{years[0]}_{years[-1]}.tif"),
            REPORT=os.path.join(folder, "land_use_transition_report.html")),
            self.tr("Land Use Transition"))
        outputs.transition = transition
        step += 1

        if with_drivers:
            self._run_drivers(parameters, context, child, step, outputs, factors, categorical)
            step += 3

        step_feedback.setCurrentStep(step)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or os.path.join(
            folder, "carbon_driver_report.html")
        started = time.perf_counter()
        settings = self._settings(parameters, context, lulc_layers, factors, categorical, years)
        summary = workflow_report.write_report(self, report, outputs, settings, timings,
                                               feedback)
        timings[self.tr("Report")] = time.perf_counter() - started
        for label, seconds in timings.items():
            feedback.pushInfo(self.tr("{label}: {seconds:.1f} s").format(label=label,
                                                                          seconds=seconds))

        self._load_outputs(context, outputs, lulc_layers)
        return {self.OUTPUT_FOLDER: folder, self.REPORT: report,
                self.TOTAL_FIRST: outputs.totals[years[0]],
                self.TOTAL_LAST: outputs.totals[years[-1]],
                self.STRONGEST_FACTOR: summary.get("strongest_factor", ""),
                self.STRONGEST_INTERACTION: summary.get("strongest_interaction", "")}

    def _years(self, parameters, context, count):
        text = self.parameterAsString(parameters, self.YEARS, context)
        try:
            years = [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
        except ValueError:
            years = []
        if len(years) != count or count < 2:
            raise QgsProcessingException(self.tr(
                "YEARS must list one whole-number year per land-use raster ({count} rasters, "
                "at least 2), e.g. 2000,2010,2020; it is '{text}'.").format(count=count,
                                                                            text=text))
        if sorted(years) != years or len(set(years)) != len(years):
            raise QgsProcessingException(self.tr(
                "The years {years} must increase; give the land-use rasters in date order.")
                .format(years=text))
        return years

    def _legend_parameters(self, parameters):
        if parameters.get(self.LEGEND):
            return {name: parameters.get(name) for name in (
                self.LEGEND, self.LEGEND_CODE_FIELD, self.LEGEND_NAME_FIELD,
                self.LEGEND_COLOR_FIELD)}
        return {self.LEGEND: parameters.get(CARBON_TABLE),
                self.LEGEND_CODE_FIELD: parameters.get(CODE_FIELD),
                self.LEGEND_NAME_FIELD: parameters.get(NAME_FIELD)}

    def _run_drivers(self, parameters, context, child, step, outputs, factors, categorical):
        folder = outputs.folder
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        samples = os.path.join(folder, f"samples_{outputs.analysis_year}.gpkg")
        target = outputs.carbon_rasters[outputs.analysis_year]
        factor_paths = [layer.source() for layer in factors]
        categorical_paths = [layer.source() for layer in categorical]
        sampled = child(step, "samplefactors", {
            "TARGET": target, "FACTORS": factor_paths + [p for p in categorical_paths
                                                         if p not in factor_paths],
            "CATEGORICAL_FACTORS": categorical_paths,
            "METHOD": 0 if cell_size > 0 else 1, "CELL_SIZE": cell_size or None,
            "COUNT": self.parameterAsInt(parameters, self.COUNT, context),
            "SEED": self.parameterAsInt(parameters, self.SEED, context),
            "OUTPUT": samples}, self.tr("Sample Factors"))
        outputs.samples = samples
        target_field = "target"
        factor_fields = _split_fields(sampled["FACTOR_FIELDS"])
        categorical_fields = _split_fields(sampled["CATEGORICAL_FIELDS"])

        rf = child(step + 1, "rffactorscreening", {
            "INPUT": samples, "TARGET_FIELD": target_field, "FACTOR_FIELDS": factor_fields,
            "CATEGORICAL_FIELDS": categorical_fields,
            "N_TREES": self.parameterAsInt(parameters, self.N_TREES, context),
            "SEED": self.parameterAsInt(parameters, self.SEED, context),
            "SELECTION": self.parameterAsEnum(parameters, self.RF_SELECTION, context),
            "OUTPUT": os.path.join(folder, "rf_importance.csv"),
            "REPORT": os.path.join(folder, "rf_report.html")}, self.tr("RF Factor Screening"))
        outputs.rf = rf
        outputs.rf_table = os.path.join(folder, "rf_importance.csv")

        detector_fields = factor_fields
        if self.parameterAsEnum(parameters, self.DETECTOR_FACTORS, context) == 1:
            selected = _split_fields(rf.get("SELECTED"))
            if selected:
                detector_fields = selected
        outputs.detector = child(step + 2, "geographicaldetector", {
            "INPUT": samples, "TARGET_FIELD": target_field, "FACTOR_FIELDS": detector_fields,
            "CATEGORICAL_FIELDS": [f for f in categorical_fields if f in detector_fields],
            "DISCRETIZATION": self.parameterAsEnum(parameters, self.DISCRETIZATION, context),
            "CLASSES": self.parameterAsInt(parameters, self.CLASSES, context),
            "OPTIMIZE": self.parameterAsBool(parameters, self.OPTIMIZE, context),
            "OPTIMIZE_RULE": ELBOW_RULE,
            "SEED": self.parameterAsInt(parameters, self.SEED, context),
            "ALPHA": self.parameterAsDouble(parameters, self.ALPHA, context),
            "FACTOR_TABLE": os.path.join(folder, "gd_factor.csv"),
            "INTERACTION_TABLE": os.path.join(folder, "gd_interaction.csv"),
            "RISK_TABLE": os.path.join(folder, "gd_risk.csv"),
            "ECOLOGICAL_TABLE": os.path.join(folder, "gd_ecological.csv"),
            "STRATUM_TABLE": os.path.join(folder, "gd_strata.csv"),
            "REPORT": os.path.join(folder, "gd_report.html")}, self.tr("Geographical Detector"))
        outputs.detector_folder = folder

    def _settings(self, parameters, context, lulc_layers, factors, categorical, years):
        import numpy
        import pandas
        import scipy
        import sklearn
        from osgeo import gdal

        metadata = os.path.join(os.path.dirname(os.path.dirname(__file__)), "metadata.txt")
        version = ""
        with open(metadata, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("version="):
                    version = line.split("=", 1)[1].strip()
        return {
            "parameters": [
                (self.tr("Land-use rasters"), ", ".join(layer.source() for layer in lulc_layers)),
                (self.tr("Years"), ", ".join(map(str, years))),
                (self.tr("Carbon table"), str(parameters.get(CARBON_TABLE))),
                (self.tr("Driving factors"), ", ".join(layer.name() for layer in factors)),
                (self.tr("Categorical factors"), ", ".join(layer.name() for layer in categorical)),
                (self.tr("Sampling grid cell size"),
                 self.parameterAsDouble(parameters, self.CELL_SIZE, context)),
                (self.tr("Random points"), self.parameterAsInt(parameters, self.COUNT, context)),
                (self.tr("Random seed"), self.parameterAsInt(parameters, self.SEED, context)),
                (self.tr("Trees"), self.parameterAsInt(parameters, self.N_TREES, context)),
                (self.tr("Number of classes"),
                 self.parameterAsInt(parameters, self.CLASSES, context)),
                (self.tr("Significance level"),
                 self.parameterAsDouble(parameters, self.ALPHA, context)),
            ],
            "versions": [
                ("Carbon Drivers", version), ("QGIS", Qgis.QGIS_VERSION),
                ("Python", platform.python_version()), ("GDAL", gdal.__version__),
                ("numpy", numpy.__version__), ("pandas", pandas.__version__),
                ("scipy", scipy.__version__), ("scikit-learn", sklearn.__version__),
            ],
        }

    def _load_outputs(self, context, outputs, lulc_layers):
        group = self.tr("Carbon study {first}–{last}").format(first=outputs.years[0],
                                                              last=outputs.years[-1])
        for year in outputs.years:
            load_in_group(context, outputs.carbon_rasters[year], group,
                          self.tr("Carbon {year} (Mg C/ha)").format(year=year), style_sequential)
        load_in_group(context, outputs.change_raster, group,
                      self.tr("Carbon change {first}–{last} (Mg C/ha)").format(
                          first=outputs.years[0], last=outputs.years[-1]), style_diverging)
        change_raster = outputs.transition.get("CHANGE_RASTER")
        if change_raster:
            load_in_group(context, change_raster, group,
                          self.tr("Land-use change {first}–{last}").format(
                              first=outputs.years[0], last=outputs.years[-1]))
        if outputs.samples:
            load_in_group(context, outputs.samples, group,
                          self.tr("Samples {year}").format(year=outputs.analysis_year))


def _split_fields(text):
    """Return the field names of a ';'- or ','-separated string output."""
    return [name.strip() for name in str(text or "").replace(",", ";").split(";")
            if name.strip()]
