"""The Chinese translation reaches every surface: toolbox, messages, reports.

Each test installs the translation of one locale for its own duration.
Parameter labels are fixed when an algorithm is created, so the tests
create a fresh algorithm after installing the translator, as QGIS does
when it loads the plugin.
"""

import os
import shutil
import subprocess

import numpy as np
import pytest

from support import PLUGIN_PATH, QGIS_PROCESS, write_raster

pytestmark = pytest.mark.qgis

ALGORITHM_ID = "carbondrivers:carbonstorage"


@pytest.fixture
def use_locale(provider):
    """Install the plugin's translation for a locale until the test ends."""
    from carbon_drivers.i18n_loader import install_translator, remove_translator

    installed = []

    def install(locale):
        translator = install_translator(locale)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        remove_translator(translator)


def _fresh_algorithm():
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)


def _run_with_duplicate_codes(run_algorithm, tmp_path):
    """Run Carbon Storage on a table that lists code 3 twice; return the error text."""
    from qgis.core import QgsProcessingException

    table = tmp_path / "duplicates.csv"
    table.write_text("lucode,c_total\n3,10\n3,12\n")
    lulc = write_raster(tmp_path / "lulc.tif", np.full((2, 2), 3, np.uint8))
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("carbonstorage", {"LULC": lulc, "CARBON_TABLE": str(table),
                                        "OUTPUT": str(tmp_path / "out.tif"),
                                        "SUMMARY": "TEMPORARY_OUTPUT"})
    return str(raised.value)


def _run_with_negative_density(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    table = tmp_path / "negative.csv"
    table.write_text("lucode,c_above,c_below,c_soil,c_dead\n3,-1,2,3,4\n")
    lulc = write_raster(tmp_path / "lulc.tif", np.full((2, 2), 3, np.uint8))
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("carbonstorage", {"LULC": lulc, "CARBON_TABLE": str(table),
                                        "OUTPUT": str(tmp_path / "out.tif"),
                                        "SUMMARY": "TEMPORARY_OUTPUT"})
    return str(raised.value)


def _report_html(run_algorithm, tmp_path):
    table = tmp_path / "carbon.csv"
    table.write_text("lucode,c_above,c_below,c_soil,c_dead\n1,10,5,20,1\n2,2,1,8,0\n")
    lulc = write_raster(tmp_path / "lulc.tif", np.array([[1, 2], [2, 2]], np.uint8))
    report = tmp_path / "report.html"
    run_algorithm("carbonstorage", {"LULC": lulc, "CARBON_TABLE": str(table),
                                    "OUTPUT": str(tmp_path / "carbon.tif"),
                                    "SUMMARY": "TEMPORARY_OUTPUT", "REPORT": str(report)})
    return report.read_text(encoding="utf-8")


@pytest.mark.parametrize("code, expected", [
    ("zh_CN", ["zh_CN", "zh"]),
    ("zh-Hans", ["zh_CN", "zh"]),
    ("zh", ["zh_CN", "zh"]),
    ("zh_SG", ["zh_SG", "zh_CN", "zh"]),
    ("zh_CN.UTF-8", ["zh_CN", "zh"]),
    ("zh-Hant", ["zh_TW", "zh"]),
    ("zh_HK", ["zh_HK", "zh"]),
    ("en", ["en_US", "en"]),
    ("C", []),
])
def test_translation_names_of_locale_codes(code, expected):
    from carbon_drivers.i18n_loader import translation_names

    assert translation_names(code) == expected


@pytest.mark.parametrize("code", ["zh_CN", "zh-Hans", "zh"])
def test_simplified_chinese_codes_load_translation(use_locale, code):
    assert use_locale(code) is not None


@pytest.mark.parametrize("code", ["en", "en_US", "C", "zh-Hant", "zh_TW", "de"])
def test_other_codes_keep_english(use_locale, code):
    assert use_locale(code) is None


def test_chinese_names_and_labels(use_locale):
    use_locale("zh_CN")
    algorithm = _fresh_algorithm()

    assert algorithm.displayName() == "碳储量"
    assert algorithm.group() == "碳储量与碳汇"
    assert algorithm.parameterDefinition("LULC").description() == "土地利用栅格"
    assert algorithm.parameterDefinition("CARBON_TABLE").description() == \
        "碳密度表（表格图层或 CSV）"
    assert algorithm.shortHelpString().startswith("根据土地利用栅格")
    assert "碳储量" in algorithm.tags()
    assert "carbon" in algorithm.tags()


def test_english_names_and_labels(use_locale):
    assert use_locale("en") is None
    algorithm = _fresh_algorithm()

    assert algorithm.displayName() == "Carbon Storage"
    assert algorithm.group() == "Carbon"
    assert algorithm.parameterDefinition("LULC").description() == "Land-use raster"
    assert algorithm.parameterDefinition("CARBON_TABLE").description() == \
        "Carbon pool table (table layer or CSV)"


def test_chinese_core_error_message(use_locale, run_algorithm, tmp_path):
    use_locale("zh_CN")
    message = _run_with_duplicate_codes(run_algorithm, tmp_path)

    assert "碳密度表中代码 3 出现了不止一次" in message
    assert "每个代码只能保留一行" in message


def test_english_core_error_message(use_locale, run_algorithm, tmp_path):
    use_locale("en")
    message = _run_with_duplicate_codes(run_algorithm, tmp_path)

    assert "The carbon table lists the code(s) 3 more than once" in message


def test_chinese_error_translates_column_role(use_locale, run_algorithm, tmp_path):
    use_locale("zh_CN")
    message = _run_with_negative_density(run_algorithm, tmp_path)

    assert "“c_above”（地上碳密度）" in message
    assert "密度不能为负" in message


def test_chinese_report(use_locale, run_algorithm, tmp_path):
    use_locale("zh_CN")
    html = _report_html(run_algorithm, tmp_path)

    assert '<html lang="zh-CN">' in html
    assert "<h1>碳储量：lulc</h1>" in html
    assert "<h2>总量</h2>" in html
    assert "<h2>各类别碳储量</h2>" in html
    assert "<th>地上碳（Mg C）</th>" in html


def test_english_report(use_locale, run_algorithm, tmp_path):
    use_locale("en")
    html = _report_html(run_algorithm, tmp_path)

    assert '<html lang="en">' in html
    assert "<h1>Carbon storage: lulc</h1>" in html
    assert "<h2>Totals</h2>" in html
    assert "<th>Aboveground carbon (Mg C)</th>" in html


def test_chinese_field_aliases_keep_ascii_names(use_locale, run_algorithm, tmp_path):
    from qgis.core import QgsProcessingContext

    use_locale("zh_CN")
    table = tmp_path / "carbon.csv"
    table.write_text("lucode,c_total\n1,10\n")
    lulc = write_raster(tmp_path / "lulc.tif", np.ones((2, 2), np.uint8))
    context = QgsProcessingContext()
    result = run_algorithm("carbonstorage", {"LULC": lulc, "CARBON_TABLE": str(table),
                                             "OUTPUT": str(tmp_path / "carbon.tif"),
                                             "SUMMARY": "TEMPORARY_OUTPUT"}, context=context)
    layer = result["SUMMARY"]
    if isinstance(layer, str):
        layer = context.getMapLayer(layer)
    fields = layer.fields()

    assert fields.names() == ["date", "lucode", "name", "pixels", "area_ha", "c_total_mg"]
    assert fields.field("c_total_mg").alias() == "总碳储量（Mg C）"
    assert fields.field("area_ha").alias() == "面积（ha）"


def _qgis_process_help(env):
    completed = subprocess.run([QGIS_PROCESS, "help", ALGORITHM_ID], env=env,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_qgis_process_follows_lang(qgis_process_env):
    chinese = _qgis_process_help(dict(qgis_process_env, LANG="zh_CN.UTF-8", LC_ALL=""))
    english = _qgis_process_help(dict(qgis_process_env, LANG="C.UTF-8", LC_ALL=""))

    assert chinese.startswith(f"碳储量 ({ALGORITHM_ID})")
    assert "土地利用栅格" in chinese
    assert english.startswith(f"Carbon Storage ({ALGORITHM_ID})")


def test_qgis_process_follows_profile_override(qgis_process_env, tmp_path):
    config = tmp_path / "config"
    environment = dict(qgis_process_env, QGIS_CUSTOM_CONFIG_PATH=str(config), LANG="C.UTF-8",
                       LC_ALL="")
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "carbon_drivers"], env=environment,
                   check=True, capture_output=True, timeout=300)
    settings = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    assert settings.exists(), f"qgis_process wrote no profile settings at {settings}"
    with open(settings, "a", encoding="utf-8") as handle:
        handle.write("\n[locale]\noverrideFlag=true\nuserLocale=zh-Hans\n")

    output = _qgis_process_help(environment)

    assert output.startswith(f"碳储量 ({ALGORITHM_ID})")


STANDALONE = """
import sys
sys.path.insert(0, {plugin_path!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from carbon_drivers.i18n_loader import install_translator
from carbon_drivers.provider import CarbonDriversProvider
translator = install_translator({locale!r})
provider = CarbonDriversProvider()
QgsApplication.processingRegistry().addProvider(provider)
algorithm = QgsApplication.processingRegistry().algorithmById("carbondrivers:carbonstorage")
print(algorithm.displayName())
print(algorithm.parameterDefinition("LULC").description())
"""


@pytest.mark.parametrize("lang, locale, expected", [
    ("zh_CN.UTF-8", None, ["碳储量", "土地利用栅格"]),
    ("C.UTF-8", "zh_CN", ["碳储量", "土地利用栅格"]),
    ("C.UTF-8", None, ["Carbon Storage", "Land-use raster"]),
])
def test_standalone_script_language(tmp_path, lang, locale, expected):
    script = tmp_path / "standalone.py"
    script.write_text(STANDALONE.format(plugin_path=str(PLUGIN_PATH), locale=locale),
                      encoding="utf-8")
    environment = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                   "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": lang,
                   "PYTHONIOENCODING": "utf-8"}
    completed = subprocess.run(["/usr/bin/python3", str(script)], capture_output=True,
                               text=True, encoding="utf-8", timeout=300, env=environment)

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip().splitlines()[-2:] == expected


def test_user_locale_prefers_qgis_translation(qgis_app):
    from qgis.core import QgsApplication

    from carbon_drivers.i18n_loader import user_locale

    previous = qgis_app.translation()
    QgsApplication.setTranslation("zh-Hans")
    try:
        assert user_locale() == "zh-Hans"
    finally:
        QgsApplication.setTranslation(previous)


def test_plugin_installs_and_removes_translation(qgis_app, qgis_iface):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    from carbon_drivers import classFactory

    previous = qgis_app.translation()
    QgsApplication.setTranslation("zh-Hans")
    try:
        plugin = classFactory(qgis_iface)
    finally:
        QgsApplication.setTranslation(previous)
    loaded = QCoreApplication.translate("CarbonStorageAlgorithm", "Carbon Storage")
    plugin.unload()
    unloaded = QCoreApplication.translate("CarbonStorageAlgorithm", "Carbon Storage")

    assert loaded == "碳储量"
    assert unloaded == "Carbon Storage"


def test_tr_finds_module_level_strings(provider, tmp_path):
    """A ``tr()`` call outside any class is filed under ``@default`` and found there."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from carbon_drivers.algorithms.carbon_storage import CarbonStorageAlgorithm

    lrelease = shutil.which("lrelease")
    if lrelease is None:
        pytest.skip("lrelease not found; install the Debian package qttools5-dev-tools")
    source = tmp_path / "probe_zh_CN.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_CN"><context><name>@default</name>'
        "<message><source>Module-level probe</source><translation>模块级探针</translation>"
        "</message></context></TS>\n", encoding="utf-8")
    compiled = tmp_path / "probe_zh_CN.qm"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        translated = CarbonStorageAlgorithm().tr("Module-level probe")
    finally:
        QCoreApplication.removeTranslator(translator)

    assert translated == "模块级探针"



def test_grid_mismatch_lists_differences_in_chinese(tmp_path, use_locale):
    from carbon_drivers.algorithms.carbon_storage import CarbonStorageAlgorithm
    from carbon_drivers.core.errors import InputError
    from carbon_drivers.core.raster import open_raster, require_same_grid

    use_locale("zh_CN")
    first = write_raster(tmp_path / "a.tif", np.ones((2, 2), np.uint8))
    second = write_raster(tmp_path / "b.tif", np.ones((3, 2), np.uint8))
    with pytest.raises(InputError) as raised:
        require_same_grid(open_raster(first), open_raster(second), "a", "b")
    message = str(CarbonStorageAlgorithm().input_error(raised.value))
    assert "尺寸" in message
    assert "size" not in message
