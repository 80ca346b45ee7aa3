"""Base class and shared plumbing of the Carbon Drivers algorithms.

Algorithm modules import heavy core modules (pandas, scipy, scikit-learn)
inside :meth:`CarbonDriversAlgorithm.compute`, not at import time. The
provider then loads and shows every algorithm even when a package is missing,
and running one fails with a message naming the package and how to install it.
"""

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import install_hint, missing_packages
from ..core.errors import CanceledError, InputError, join_lists
from ..core.i18n import CONTEXT

ICON_FOLDER = Path(__file__).resolve().parent.parent / "icons"
#: Top-level package of the plugin, ``carbon_drivers`` when installed.
PACKAGE = __name__.split(".")[0]
#: Context of ``tr()`` calls outside any class, as pylupdate5 names it.
DEFAULT_CONTEXT = "@default"


def translate(context, text):
    """Translate ``text`` in ``context``, falling back to the core's context."""
    translated = QCoreApplication.translate(context, text)
    if translated == text and context != CONTEXT:
        translated = QCoreApplication.translate(CONTEXT, text)
    return translated


class FeedbackProgress:
    """Adapter from ``QgsProcessingFeedback`` to the core's progress protocol."""

    def __init__(self, feedback, start=0.0, end=100.0):
        self.feedback = feedback
        self.start = start
        self.end = end

    def set_fraction(self, fraction):
        if self.feedback is not None:
            self.feedback.setProgress(self.start + (self.end - self.start) * fraction)

    def is_canceled(self):
        return self.feedback is not None and self.feedback.isCanceled()


class CarbonDriversAlgorithm(QgsProcessingAlgorithm):
    """Common metadata, translation and error handling.

    Subclasses set ``ALGORITHM_ID``, ``GROUP_ID`` and ``REQUIRED_MODULES``,
    implement ``displayName``, ``group``, ``shortHelpString``,
    ``initAlgorithm`` and :meth:`compute`, which returns the results dictionary.
    """

    ALGORITHM_ID = ""
    GROUP_ID = ""
    REQUIRED_MODULES = ("numpy", "pandas", "osgeo.gdal")

    def tr(self, text):
        """Translate ``text`` from a ``tr`` call in this class, a base or a helper module.

        ``pylupdate5`` files each ``self.tr`` string under the class whose body
        contains the call, so the string is looked up under each of the
        plugin's classes in the MRO (mixins included). QGIS's own classes are
        skipped because their contexts hold QGIS's translations. Then come
        the shared context and ``@default``, where pylupdate5 files a
        ``tr()`` call outside any class, such as ``tr = algorithm.tr`` in a
        module-level report function.
        """
        for cls in type(self).__mro__:
            if cls.__module__.split(".")[0] != PACKAGE:
                continue
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        translated = QCoreApplication.translate(CONTEXT, text)
        if translated != text:
            return translated
        return QCoreApplication.translate(DEFAULT_CONTEXT, text)

    def report_language(self):
        """Return the language tag of HTML reports: ``en`` or the translation's."""
        return QCoreApplication.translate(
            "CarbonDrivers", "en", "BCP 47 language tag of this translation, e.g. zh-CN")

    def createInstance(self):  # noqa: N802 - Qt naming
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def groupId(self):  # noqa: N802 - Qt naming
        return self.GROUP_ID

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802 - Qt naming
        return str(ICON_FOLDER / f"{self.ALGORITHM_ID}.svg")

    def input_error(self, error):
        """Return a ``QgsProcessingException`` with the translated core message."""
        # Parameters marked with QT_TRANSLATE_NOOP, such as a column's role, are
        # translated too. Other text, such as paths and column names, has no
        # entry and stays as it is.
        params = {name: translate(CONTEXT, value) if isinstance(value, str) else value
                  for name, value in error.params.items()}
        params = join_lists(params, lambda item: translate(CONTEXT, item))
        message = translate(CONTEXT, error.template).format(**params)
        return QgsProcessingException(message)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - Qt naming
        missing = missing_packages(self.REQUIRED_MODULES)
        if missing:
            raise QgsProcessingException(self.tr(
                "This algorithm needs the Python package(s) {packages}, which QGIS's Python "
                "cannot import. Install them with: {hint}").format(
                    packages=", ".join(missing), hint=install_hint(missing)))
        try:
            return self.compute(parameters, context, feedback)
        except InputError as error:
            raise self.input_error(error) from error
        except CanceledError as error:
            raise QgsProcessingException(self.tr(
                "The run was canceled; no output was written.")) from error

    def compute(self, parameters, context, feedback):
        raise NotImplementedError

    def optional_number(self, parameters, name, context, integer=False):
        """Return a numeric parameter's value, or None when it was left empty."""
        value = parameters.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if integer:
            return self.parameterAsInt(parameters, name, context)
        return self.parameterAsDouble(parameters, name, context)

    def optional_output(self, parameters, name, context):
        """Return an optional destination's path, or None when it is skipped."""
        value = parameters.get(name)
        if value is None or value == "":
            return None
        path = self.parameterAsOutputLayer(parameters, name, context)
        return path or None
