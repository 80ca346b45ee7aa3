"""Plugin entry point: registers the Processing provider and the translation."""

from qgis.core import QgsApplication

from .i18n_loader import install_translator, remove_translator
from .provider import CarbonDriversProvider


class CarbonDriversPlugin:
    """QGIS plugin that owns the Carbon Drivers Processing provider.

    QGIS calls :meth:`initGui`; ``qgis_process`` calls only
    :meth:`initProcessing`. Both register the provider once.
    """

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 - name required by QGIS
        if self.provider is None:
            self.provider = CarbonDriversProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - name required by QGIS
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
