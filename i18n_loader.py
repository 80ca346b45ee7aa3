"""Load the plugin's Qt translation for the locale QGIS is set to."""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_FOLDER = Path(__file__).resolve().parent / "i18n"


def user_locale():
    """Return QGIS's interface locale, such as ``zh_CN`` or ``en_US``."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "en_US", type=str) or "en_US"
    return QgsApplication.locale() or QLocale.system().name()


def install_translator(locale=None):
    """Install the translator of ``locale`` (default: QGIS's) if a .qm exists.

    Returns the translator, which the caller keeps alive, or None when the
    locale has no translation and English applies.
    """
    locale = locale or user_locale()
    for name in (locale, locale.split("_")[0]):
        path = I18N_FOLDER / f"carbondrivers_{name}.qm"
        if path.exists():
            translator = QTranslator()
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None
