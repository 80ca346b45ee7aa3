"""Shared algorithm behaviour: missing packages, cancel, translation of core errors."""

import numpy as np
import pytest

from support import write_raster

pytestmark = pytest.mark.qgis


@pytest.fixture
def small_inputs(tmp_path):
    table = tmp_path / "table.csv"
    table.write_text("lucode,c_total\n1,5\n2,7\n")
    lulc = write_raster(tmp_path / "lulc.tif", np.tile(np.array([1, 2], np.uint8), (3000, 500)))
    return {"LULC": lulc, "CARBON_TABLE": str(table), "OUTPUT": str(tmp_path / "out.tif"),
            "SUMMARY": "TEMPORARY_OUTPUT"}


def test_missing_package_is_named_with_install_command(run_algorithm, small_inputs, monkeypatch):
    from qgis.core import QgsProcessingException

    from carbon_drivers.algorithms import base

    monkeypatch.setattr(base, "missing_packages", lambda modules: ["sklearn"])
    with pytest.raises(QgsProcessingException, match="sklearn.*apt-get install python3-sklearn"):
        run_algorithm("carbonstorage", small_inputs)


def test_provider_logs_missing_package_and_still_loads(qgis_app, monkeypatch):
    from qgis.core import QgsApplication

    from carbon_drivers import provider as provider_module

    messages = []

    def record(message, tag, level):
        messages.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(record)
    monkeypatch.setattr(provider_module, "missing_packages", lambda: ["pandas"])
    instance = provider_module.CarbonDriversProvider()
    try:
        assert instance.load()
        assert instance.algorithms()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert any(tag == "Carbon Drivers" and "python3-pandas" in text for tag, text in messages)


def test_cancel_stops_and_leaves_no_output(run_algorithm, small_inputs, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from carbon_drivers.core import raster

    class CancelAfterFirstStrip(QgsProcessingFeedback):
        """Feedback whose cancel flag is set once the first strip was read."""

        checks = 0

        def isCanceled(self):  # noqa: N802 - Qt naming
            self.checks += 1
            return self.checks > 1

    monkeypatch.setattr(raster, "DEFAULT_BLOCK_BUDGET", 1 << 18)
    feedback = CancelAfterFirstStrip()
    with pytest.raises(QgsProcessingException, match="canceled"):
        run_algorithm("carbonstorage", small_inputs, feedback=feedback)
    assert not list(tmp_path.glob("out.tif*"))
