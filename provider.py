"""Processing provider ``carbondrivers``: lists the plugin's algorithms."""

from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .core.dependencies import install_hint, missing_packages

ICON_FOLDER = Path(__file__).resolve().parent / "icons"
MODEL_FOLDER = Path(__file__).resolve().parent / "models"


def algorithm_classes():
    """Return the algorithm classes the provider registers."""
    from .algorithms.carbon_driver_analysis import CarbonDriverAnalysisAlgorithm
    from .algorithms.carbon_storage import CarbonStorageAlgorithm
    from .algorithms.geographical_detector import GeographicalDetectorAlgorithm
    from .algorithms.land_use_transition import LandUseTransitionAlgorithm
    from .algorithms.rf_factor_screening import RfFactorScreeningAlgorithm
    from .algorithms.sample_factors import SampleFactorsAlgorithm

    return [CarbonStorageAlgorithm, LandUseTransitionAlgorithm, SampleFactorsAlgorithm,
            RfFactorScreeningAlgorithm, GeographicalDetectorAlgorithm,
            CarbonDriverAnalysisAlgorithm]


class CarbonDriversProvider(QgsProcessingProvider):
    """Provider of the Carbon Drivers algorithms and models."""


    def id(self):
        return "carbondrivers"

    def name(self):
        return "Carbon Drivers"

    def longName(self):  # noqa: N802 - Qt naming
        return QCoreApplication.translate(
            "CarbonDriversProvider", "Carbon Drivers: ecosystem carbon and its driving factors")

    def icon(self):
        return QIcon(str(ICON_FOLDER / "provider.svg"))

    def svgIconPath(self):  # noqa: N802 - Qt naming
        return str(ICON_FOLDER / "provider.svg")

    def load(self):
        missing = missing_packages()
        if missing:
            message = QCoreApplication.translate(
                "CarbonDriversProvider",
                "Carbon Drivers needs the Python package(s) {packages}, which QGIS's Python "
                "cannot import. Install them with: {hint}").format(
                    packages=", ".join(missing), hint=install_hint(missing))
            QgsMessageLog.logMessage(message, "Carbon Drivers", Qgis.Warning)
        return super().load()

    def loadAlgorithms(self):  # noqa: N802 - Qt naming
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        # NOTE: the registered model lists no output parameters, because its
        # child algorithms are not in the registry while this provider loads;
        # Processing runs a copy from create(), which has them.
        for path in sorted(MODEL_FOLDER.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(
                    QCoreApplication.translate("CarbonDriversProvider",
                                               "Cannot read the model {path}").format(path=path),
                    "Carbon Drivers", Qgis.Warning)
