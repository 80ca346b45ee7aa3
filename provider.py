"""Processing provider ``carbondrivers``: lists the plugin's algorithms."""

from pathlib import Path

from qgis.core import (QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm,
                       QgsProcessingProvider)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .core.dependencies import install_hint, missing_packages
from .algorithms.qgis_compat import MESSAGE_WARNING

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
            QgsMessageLog.logMessage(message, "Carbon Drivers", MESSAGE_WARNING)
        QgsApplication.processingRegistry().providerAdded.connect(self._reload_once_registered)
        return super().load()

    def unload(self):
        try:
            QgsApplication.processingRegistry().providerAdded.disconnect(
                self._reload_once_registered)
        except TypeError:
            pass  # load() was never called
        super().unload()

    def _reload_once_registered(self, provider_id):
        # A model resolves its child algorithms through the registry when it
        # is read, and this provider's algorithms are there only once it has
        # been added, so the models are read again then.
        if provider_id == self.id():
            QgsApplication.processingRegistry().providerAdded.disconnect(
                self._reload_once_registered)
            self.refreshAlgorithms()

    def loadAlgorithms(self):  # noqa: N802 - Qt naming
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        for path in sorted(MODEL_FOLDER.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(
                    QCoreApplication.translate("CarbonDriversProvider",
                                               "Cannot read the model {path}").format(path=path),
                    "Carbon Drivers", MESSAGE_WARNING)
