"""The shipped graphical-modeler model loads, lists in the provider and runs."""

import pytest

from support import REPO_ROOT, shared_data

pytestmark = [pytest.mark.qgis, pytest.mark.slow]

MODEL_ID = "carbondrivers:Carbon study, three dates"


def test_model_is_in_provider_workflow_group(provider):
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None
    workflow = QgsApplication.processingRegistry().algorithmById(
        "carbondrivers:carbondriveranalysis")
    assert model.groupId() == workflow.groupId()


def test_model_file_opens_as_model():
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(REPO_ROOT / "models" / "carbon_study_three_dates.model3"))
    children = {child.algorithmId() for child in model.childAlgorithms().values()}
    assert children == {"carbondrivers:carbonstorage", "carbondrivers:landusetransition",
                        "carbondrivers:samplefactors", "carbondrivers:rffactorscreening",
                        "carbondrivers:geographicaldetector"}


def test_model_runs_headless_on_bungo(run_algorithm, tmp_path):
    import pandas as pd
    from qgis.core import QgsApplication

    landcover = [str(shared_data("bungo", "landcover", f"bungo_landcover_{y}r.tif"))
                 for y in (1990, 2000, 2010)]
    factors = [str(shared_data("bungo", "terrain", "bungo_elev_srtm.tif")),
               str(shared_data("bungo", "terrain", "bungo_slope.tif")),
               str(shared_data("bungo", "soil", "bungo_soc_0-5cm_mean.tif"))]
    parameters = {
        "lulc_1": landcover[0], "lulc_2": landcover[1], "lulc_3": landcover[2],
        "year_1": 1990, "year_2": 2000, "year_3": 2010,
        "carbon_table": str(shared_data("bungo", "tables", "carbon_bungo.csv")),
        "factors": factors, "sample_count": 800,
        "carbon_first_last:Carbon, date 1": str(tmp_path / "c1990.tif"),
        "carbon_first_last:Carbon, date 3": str(tmp_path / "c2010.tif"),
        "carbon_middle:Carbon, date 2": str(tmp_path / "c2000.tif"),
        "geographical_detector:Factor detector": str(tmp_path / "gd_factor.csv"),
        "land_use_transition:Transitions": str(tmp_path / "transitions.csv"),
    }
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID).create()
    for destination in model.destinationParameterDefinitions():
        parameters.setdefault(destination.name(), "TEMPORARY_OUTPUT")
    results = run_algorithm("Carbon study, three dates", parameters)
    for name in ("c1990.tif", "c2000.tif", "c2010.tif"):
        assert (tmp_path / name).exists(), name
    factor_table = pd.read_csv(tmp_path / "gd_factor.csv")
    assert len(factor_table) >= 1
    assert factor_table["q"].between(0, 1).all()
    transitions = pd.read_csv(tmp_path / "transitions.csv")
    assert len(transitions) > 0
    assert "geographical_detector:Geographical detector report" in results
