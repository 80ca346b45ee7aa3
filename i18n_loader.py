"""Load the plugin's Qt translation for the language QGIS is set to.

The language is chosen as QGIS 3.22 chooses its own:

1. In the QGIS application, the language QGIS loaded: the ``--lang``
   option, else the one set under Settings > Options > General > Override
   system locale, else the system's.
2. Elsewhere (``qgis_process``, standalone scripts), the QGIS settings of
   the user's profile: ``locale/userLocale`` when ``locale/overrideFlag``
   is true. ``qgis_process`` reads the default profile
   (``~/.local/share/QGIS/QGIS3/profiles/default`` on Linux, or under
   ``QGIS_CUSTOM_CONFIG_PATH``). A standalone script reads it only if it
   sets the organization ``QGIS`` and the application ``QGIS3`` before it
   creates its ``QgsApplication``.
3. The system locale, from the environment variables ``LC_ALL``,
   ``LC_MESSAGES`` or ``LANG``.

Codes are normalised with QLocale, so QGIS's ``zh-Hans`` and plain ``zh``
load the ``zh_CN`` translation. Strings without a translation, and every
string in a language without a ``.qm`` file, stay in English.
"""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_FOLDER = Path(__file__).resolve().parent / "i18n"


def user_locale():
    """Return the locale code of QGIS's interface language, such as ``zh-Hans``."""
    application = QCoreApplication.instance()
    if isinstance(application, QgsApplication) and application.translation():
        return application.translation()

    settings = QgsSettings()
    user_setting = settings.value("locale/userLocale", "", type=str)
    if settings.value("locale/overrideFlag", False, type=bool) and user_setting:
        return user_setting
    return QLocale.system().name()


def translation_names(code):
    """Return the ``.qm`` name suffixes to try for ``code``, best first.

    ``zh-Hans``, ``zh`` and ``zh_SG`` give ``zh_CN`` (Simplified Chinese);
    ``zh_TW`` and ``zh-Hant`` do not, because their script differs.
    """
    locale = QLocale(code)
    if locale.language() == QLocale.C:
        return []
    name = locale.name()
    names = [name]
    if locale.language() == QLocale.Chinese and locale.script() == QLocale.SimplifiedHanScript:
        names.append("zh_CN")
    names.append(name.split("_")[0])
    return list(dict.fromkeys(names))


def install_translator(locale=None):
    """Install the translation of ``locale`` (default: QGIS's) if the plugin has one.

    Returns the installed ``QTranslator``, which the caller keeps alive and
    passes to :func:`remove_translator` on unload, or None when English
    applies.
    """
    for name in translation_names(locale or user_locale()):
        path = I18N_FOLDER / f"carbondrivers_{name}.qm"
        if not path.exists():
            continue
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            return translator
    return None


def remove_translator(translator):
    """Uninstall a translator returned by :func:`install_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
