"""Build the graphical-modeler model shipped in ``models/``.

The model chains the plugin's algorithms for a study of three dates: Carbon
Storage (first and last date together, the middle date alone), Land Use
Transition, Sample Factors on the last date's carbon, RF Factor Screening,
and the Geographical Detector on the factors the random forest selected.
Run it with QGIS's Python after changing an algorithm's parameters:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/build_model.py
"""

from pathlib import Path

from qgis_session import start_qgis, stop_qgis

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "models" / "carbon_study_three_dates.model3"
MODEL_NAME = "Carbon study, three dates"
MANDATORY_OUTPUTS = ("Carbon, date 3",)


def build_model():
    """Return the three-date study as a ``QgsProcessingModelAlgorithm``."""
    from qgis.core import (QgsProcessing, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingModelParameter,
                           QgsProcessingParameterFeatureSource,
                           QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                           QgsProcessingParameterRasterLayer)
    from qgis.PyQt.QtCore import QPointF

    # Arguments: name (also the displayed name and the id), group, group id.
    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Workflow", "Workflow")
    model.setHelpContent({"ALG_DESC": (
        "Carbon storage for three dates, land-use transitions with their carbon effect, "
        "sampling of driving factors on the last date's carbon, random-forest screening and "
        "the geographical detector on the selected factors. Open it in the graphical modeler "
        "to change any step.")})

    def add_input(definition, x, y):
        parameter = QgsProcessingModelParameter(definition.name())
        parameter.setPosition(QPointF(x, y))
        model.addModelParameter(definition, parameter)

    for index in (1, 2, 3):
        add_input(QgsProcessingParameterRasterLayer(f"lulc_{index}",
                                                    f"Land-use raster, date {index}"),
                  120, 60 + 90 * index)
        add_input(QgsProcessingParameterNumber(f"year_{index}", f"Year of date {index}",
                                               QgsProcessingParameterNumber.Integer,
                                               defaultValue=1990 + 10 * index),
                  320, 60 + 90 * index)
    add_input(QgsProcessingParameterFeatureSource(
        "carbon_table", "Carbon pool table", [QgsProcessing.TypeVector]), 520, 60)
    add_input(QgsProcessingParameterMultipleLayers(
        "factors", "Driving-factor rasters", QgsProcessing.TypeRaster), 720, 60)
    add_input(QgsProcessingParameterNumber(
        "sample_count", "Number of random sample points", QgsProcessingParameterNumber.Integer,
        defaultValue=3000, minValue=10), 920, 60)

    def add_child(child_id, algorithm_id, sources, outputs, x, y):
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(child_id.replace("_", " ").capitalize())
        child.setPosition(QPointF(x, y))
        for name, source in sources.items():
            child.addParameterSources(name, source if isinstance(source, list) else [source])
        model_outputs = {}
        for name, label in outputs.items():
            output = QgsProcessingModelOutput(label)
            output.setChildId(child_id)
            output.setChildOutputName(name)
            # The last date's carbon feeds Sample Factors, so it is always made.
            output.setMandatory(label in MANDATORY_OUTPUTS)
            model_outputs[label] = output
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)

    table = Source.fromModelParameter("carbon_table")
    add_child("carbon_first_last", "carbondrivers:carbonstorage", {
        "LULC": Source.fromModelParameter("lulc_1"),
        "LULC_LATER": Source.fromModelParameter("lulc_3"),
        "YEAR": Source.fromModelParameter("year_1"),
        "YEAR_LATER": Source.fromModelParameter("year_3"),
        "CARBON_TABLE": table,
    }, {"OUTPUT": "Carbon, date 1", "OUTPUT_LATER": "Carbon, date 3",
        "OUTPUT_CHANGE": "Carbon change, date 1 to 3", "REPORT": "Carbon report, dates 1 and 3"},
        320, 420)
    add_child("carbon_middle", "carbondrivers:carbonstorage", {
        "LULC": Source.fromModelParameter("lulc_2"),
        "YEAR": Source.fromModelParameter("year_2"),
        "CARBON_TABLE": table,
    }, {"OUTPUT": "Carbon, date 2"}, 120, 520)
    add_child("land_use_transition", "carbondrivers:landusetransition", {
        "LULC": [Source.fromModelParameter(f"lulc_{i}") for i in (1, 2, 3)],
        "YEARS": Source.fromExpression("concat(@year_1, ',', @year_2, ',', @year_3)"),
        "LEGEND": table, "CARBON_TABLE": table,
    }, {"AREA_TABLE": "Area per class and date", "TRANSITIONS": "Transitions",
        "REPORT": "Land-use transition report"}, 520, 520)
    add_child("sample_factors", "carbondrivers:samplefactors", {
        "TARGET": Source.fromChildOutput("carbon_first_last", "OUTPUT_LATER"),
        "FACTORS": Source.fromModelParameter("factors"),
        "METHOD": Source.fromStaticValue(1),
        "COUNT": Source.fromModelParameter("sample_count"),
        "SEED": Source.fromStaticValue(42),
    }, {"OUTPUT": "Samples"}, 720, 420)
    add_child("rf_screening", "carbondrivers:rffactorscreening", {
        "INPUT": Source.fromChildOutput("sample_factors", "OUTPUT"),
        "TARGET_FIELD": Source.fromStaticValue("target"),
        "FACTOR_FIELDS": Source.fromChildOutput("sample_factors", "FACTOR_FIELDS"),
        "SEED": Source.fromStaticValue(42),
    }, {"OUTPUT": "Factor importance", "REPORT": "Random-forest report"}, 720, 560)
    add_child("geographical_detector", "carbondrivers:geographicaldetector", {
        "INPUT": Source.fromChildOutput("sample_factors", "OUTPUT"),
        "TARGET_FIELD": Source.fromStaticValue("target"),
        "FACTOR_FIELDS": Source.fromChildOutput("rf_screening", "SELECTED"),
        "OPTIMIZE": Source.fromStaticValue(True),
        "OPTIMIZE_RULE": Source.fromStaticValue(1),
    }, {"FACTOR_TABLE": "Factor detector", "INTERACTION_TABLE": "Interaction detector",
        "REPORT": "Geographical detector report"}, 720, 700)
    model.updateDestinationParameters()
    return model


def main():
    app, plugin = start_qgis()
    MODEL_PATH.parent.mkdir(exist_ok=True)
    if not build_model().toFile(str(MODEL_PATH)):
        raise SystemExit(f"cannot write {MODEL_PATH}")
    print(MODEL_PATH)
    stop_qgis(app, plugin)


if __name__ == "__main__":
    main()
