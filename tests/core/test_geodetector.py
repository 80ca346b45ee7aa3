"""Tests of the geographical detector in table mode.

Reference values for the NTD data are the published results of the R
package ``geodetector`` 1.0-5 of the method's authors. The other checks
compare with brute-force computations written here with pandas and scipy,
independently of the per-stratum accumulators under test.
"""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from carbon_drivers.core.errors import InputError
from carbon_drivers.core.geodetector import (
    BIVARIATE_ENHANCE, INDEPENDENT, INTERACTION_TOLERANCE, NONLINEAR_ENHANCE,
    NONLINEAR_WEAKEN, UNIVARIATE_WEAKEN, DiscretizationOptions, detect_table,
    interaction_type)

NTD_FACTORS = ["watershed", "elevation", "soiltype"]

# Factor detector: q and p (lambda with the sample variance).
NTD_Q = {"watershed": 0.6377737, "elevation": 0.6067087, "soiltype": 0.3857168}
NTD_P = {"watershed": 0.0001169914, "elevation": 0.04080407, "soiltype": 0.3632363}
NTD_STRATA = {"watershed": 9, "elevation": 7, "soiltype": 5}

NTD_INTERACTION = {
    frozenset(["soiltype", "watershed"]): 0.735680548139531,
    frozenset(["soiltype", "elevation"]): 0.663523698335635,
    frozenset(["watershed", "elevation"]): 0.71359677853471,
}

NTD_MEANS = {
    "soiltype": [6.340000, 6.687500, 6.583279, 5.843810, 6.347073],
    "watershed": [6.167813, 6.813103, 6.474231, 6.728000, 5.910000, 5.845714,
                  6.494167, 6.360769, 6.579231],
    "elevation": [6.455882, 6.171111, 6.258108, 6.621364, 5.908889, 6.888636, 5.790000],
}

# Risk detector, Welch t-test at alpha 0.05: the pairs NOT significant.
NTD_NOT_SIGNIFICANT = {
    "soiltype": {(2, 3), (1, 5)},
    "watershed": {(2, 4), (3, 7), (3, 8), (3, 9), (5, 6), (7, 8), (7, 9)},
    "elevation": {(2, 3)},
}


@pytest.fixture
def ntd(geodetector_data):
    return pd.read_csv(geodetector_data / "geodetector_CollectData.csv")


@pytest.fixture
def ntd_result(ntd):
    return detect_table(ntd, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)


def _row(frame, **where):
    mask = np.ones(len(frame), dtype=bool)
    for column, value in where.items():
        mask &= frame[column] == value
    assert mask.sum() == 1, where
    return frame[mask].iloc[0]


@pytest.mark.parametrize("factor", NTD_FACTORS)
def test_ntd_factor_q_and_p(ntd_result, factor):
    row = _row(ntd_result.factors, factor=factor)
    assert row["q"] == pytest.approx(NTD_Q[factor], abs=1e-7)
    assert row["p_value"] == pytest.approx(NTD_P[factor], rel=1e-4)
    assert row["strata"] == NTD_STRATA[factor]
    assert row["n"] == 185


def test_ntd_interaction_q_and_type(ntd_result):
    assert len(ntd_result.interactions) == 3
    for _, row in ntd_result.interactions.iterrows():
        key = frozenset([row["factor_1"], row["factor_2"]])
        assert row["q_interaction"] == pytest.approx(NTD_INTERACTION[key], abs=1e-7)
        assert row["interaction_type"] == BIVARIATE_ENHANCE


@pytest.mark.parametrize("factor", NTD_FACTORS)
def test_ntd_stratum_means(ntd_result, factor):
    strata = ntd_result.strata[ntd_result.strata["factor"] == factor]
    assert strata["label"].tolist() == [str(i) for i in range(1, len(NTD_MEANS[factor]) + 1)]
    np.testing.assert_allclose(strata["mean"].to_numpy(), NTD_MEANS[factor], atol=5e-7)


@pytest.mark.parametrize("factor", NTD_FACTORS)
def test_ntd_risk_significance(ntd_result, factor):
    risk = ntd_result.risk[ntd_result.risk["factor"] == factor]
    n = len(NTD_MEANS[factor])
    assert len(risk) == n * (n - 1) // 2
    not_significant = {(int(a), int(b)) for a, b, s in zip(
        risk["label_1"], risk["label_2"], risk["significant"]) if s == 0.0}
    assert not_significant == NTD_NOT_SIGNIFICANT[factor]


def test_ntd_risk_matches_scipy_on_raw_values(ntd, ntd_result):
    risk = ntd_result.risk[ntd_result.risk["factor"] == "watershed"]
    for _, row in risk.iterrows():
        first = ntd.loc[ntd["watershed"] == int(row["label_1"]), "incidence"]
        second = ntd.loc[ntd["watershed"] == int(row["label_2"]), "incidence"]
        expected = stats.ttest_ind(first, second, equal_var=False)
        assert row["t_statistic"] == pytest.approx(expected.statistic, rel=1e-9)
        assert row["p_value"] == pytest.approx(expected.pvalue, rel=1e-9)


@pytest.mark.parametrize("file_name, columns", [
    ("gdverse_NTDs.csv", ["watershed", "elevation", "soiltype"]),
    ("pypi_disease.csv", ["region", "level", "type"]),
])
def test_ntd_other_copies_same_q(geodetector_data, file_name, columns):
    frame = pd.read_csv(geodetector_data / file_name)
    result = detect_table(frame, "incidence", columns, categorical=columns)
    for column, factor in zip(columns, NTD_FACTORS):
        row = _row(result.factors, factor=column)
        assert row["q"] == pytest.approx(NTD_Q[factor], abs=1e-7)
        assert row["p_value"] == pytest.approx(NTD_P[factor], rel=1e-4)


def _brute_force_q(target, groups):
    """q as 1 - sum of N_h var_h / (N var), with pandas' population variances."""
    frame = pd.DataFrame({"y": target, "g": groups})
    within = frame.groupby("g")["y"].agg(lambda v: len(v) * np.var(v)).sum()
    return 1.0 - within / (len(frame) * np.var(frame["y"]))


def _brute_force_p(target, groups):
    frame = pd.DataFrame({"y": target, "g": groups})
    grouped = frame.groupby("g")["y"]
    means, counts = grouped.mean().to_numpy(), grouped.size().to_numpy()
    n, strata = len(frame), len(counts)
    q = _brute_force_q(target, groups)
    f_statistic = (n - strata) / (strata - 1) * q / (1 - q)
    noncentrality = (np.sum(means ** 2) - np.sum(np.sqrt(counts) * means) ** 2 / n) / np.var(
        frame["y"], ddof=1)
    return stats.ncf.sf(f_statistic, strata - 1, n - strata, noncentrality)


def test_ecological_f_matches_brute_force(ntd, ntd_result):
    ssw = {f: ntd.groupby(f)["incidence"].agg(lambda v: ((v - v.mean()) ** 2).sum()).sum()
           for f in NTD_FACTORS}
    n = len(ntd)
    for _, row in ntd_result.ecological.iterrows():
        expected = n * (n - 1) * ssw[row["factor_1"]] / (n * (n - 1) * ssw[row["factor_2"]])
        assert row["f_statistic"] == pytest.approx(expected, rel=1e-10)
        assert row["df_1"] == n - 1
        assert row["df_2"] == n - 1
        one_sided = stats.f.sf(expected, n - 1, n - 1)
        assert row["p_value"] == pytest.approx(2 * min(one_sided, 1 - one_sided), rel=1e-8)
        assert row["significant"] == (row["p_value"] < 0.05)


def test_interaction_key_no_collision_1_and_11():
    # Joined as text, (1, 11) and (11, 1) would both read "111" and merge.
    first = np.array([1, 1, 1, 11, 11, 11, 1, 11] * 5)
    second = np.array([11, 11, 1, 1, 1, 11, 1, 11] * 5)
    rng = np.random.default_rng(3)
    target = np.where((first == 1) & (second == 11), 10.0, 0.0) + rng.normal(0, 1, 40)
    frame = pd.DataFrame({"y": target, "a": first, "b": second})
    result = detect_table(frame, "y", ["a", "b"], categorical=["a", "b"])
    row = result.interactions.iloc[0]
    cells = [f"{a}-{b}" for a, b in zip(first, second)]
    assert row["strata"] == 4
    assert row["q_interaction"] == pytest.approx(_brute_force_q(target, cells), abs=1e-12)
    merged_q = _brute_force_q(target, [f"{a}{b}" for a, b in zip(first, second)])
    assert row["q_interaction"] > merged_q + 0.1


def test_interaction_nested_factor_tie_is_univariate_weaken():
    rng = np.random.default_rng(5)
    fine = np.repeat(np.arange(6), 20)
    coarse = fine // 2
    target = fine * 0.7 + rng.normal(0, 1, len(fine))
    frame = pd.DataFrame({"y": target, "fine": fine, "coarse": coarse})
    result = detect_table(frame, "y", ["fine", "coarse"], categorical=["fine", "coarse"])
    row = result.interactions.iloc[0]
    assert row["q_interaction"] == pytest.approx(row["q_1"], abs=1e-12)
    assert row["interaction_type"] == UNIVARIATE_WEAKEN


def test_interaction_additive_balanced_is_independent():
    # y = a_i + b_j + e with e of zero mean in every cell of a balanced design:
    # the between-strata sums of squares add up, so q12 = q1 + q2 exactly.
    first = np.repeat([0, 1, 2], 8)
    second = np.tile(np.repeat([0, 1], 4), 3)
    noise = np.tile([0.5, -0.5, 0.25, -0.25], 6)
    target = 1.3 * first + 0.8 * second + noise
    frame = pd.DataFrame({"y": target, "a": first, "b": second})
    result = detect_table(frame, "y", ["a", "b"], categorical=["a", "b"])
    row = result.interactions.iloc[0]
    assert abs(row["q_interaction"] - (row["q_1"] + row["q_2"])) < 1e-12
    assert row["interaction_type"] == INDEPENDENT


@pytest.mark.parametrize("q_both, expected", [
    (0.1, NONLINEAR_WEAKEN),
    (0.2, UNIVARIATE_WEAKEN),
    (0.2 - INTERACTION_TOLERANCE / 2, UNIVARIATE_WEAKEN),
    (0.3, UNIVARIATE_WEAKEN),
    (0.3 + INTERACTION_TOLERANCE / 2, UNIVARIATE_WEAKEN),
    (0.4, BIVARIATE_ENHANCE),
    (0.5, INDEPENDENT),
    (0.5 + INTERACTION_TOLERANCE / 2, INDEPENDENT),
    (0.5 - INTERACTION_TOLERANCE / 2, INDEPENDENT),
    (0.6, NONLINEAR_ENHANCE),
])
def test_interaction_type_boundaries(q_both, expected):
    assert interaction_type(0.2, 0.3, q_both) == expected


def test_single_stratum_factor_raises():
    frame = pd.DataFrame({"y": [1.0, 2.0, 3.0, 4.0], "a": [1, 2, 1, 2], "b": [7, 7, 7, 7]})
    with pytest.raises(InputError, match="factor b has a single stratum"):
        detect_table(frame, "y", ["a", "b"], categorical=["a", "b"])


def test_single_stratum_after_missing_rows_raises():
    frame = pd.DataFrame({"y": [1.0, 2.0, np.nan, 4.0], "a": [1, 1, 2, 1]})
    with pytest.raises(InputError, match="factor a has a single stratum"):
        detect_table(frame, "y", ["a"], categorical=["a"])


def test_constant_target_raises():
    frame = pd.DataFrame({"y": [3.0] * 6, "a": [1, 1, 2, 2, 3, 3]})
    with pytest.raises(InputError, match="target is constant"):
        detect_table(frame, "y", ["a"], categorical=["a"])


def test_all_values_missing_raises():
    frame = pd.DataFrame({"y": [np.nan, 1.0, 2.0], "a": [1, np.nan, None]})
    with pytest.raises(InputError, match="No row has a value"):
        detect_table(frame, "y", ["a"], categorical=["a"])


def test_single_observation_strata_kept_and_flagged():
    rng = np.random.default_rng(11)
    groups = np.array([1] * 10 + [2] * 10 + [3])
    target = groups * 1.5 + rng.normal(0, 1, len(groups))
    frame = pd.DataFrame({"y": target, "a": groups})
    result = detect_table(frame, "y", ["a"], categorical=["a"])
    row = result.factors.iloc[0]
    assert row["strata"] == 3
    assert row["single_observation_strata"] == 1
    assert row["q"] == pytest.approx(_brute_force_q(target, groups), abs=1e-12)
    assert row["p_value"] == pytest.approx(_brute_force_p(target, groups), rel=1e-9)
    single = _row(result.strata, factor="a", label="3")
    assert bool(single["single_observation"])
    assert np.isnan(single["std"])
    undefined = result.risk[(result.risk["label_2"] == "3")]
    assert undefined["p_value"].isna().all()
    assert undefined["significant"].isna().all()
    assert any("single observation" in template for template, _ in result.warnings)


def test_float_coded_categories_match_integer_codes(ntd):
    floats = ntd.assign(**{f: ntd[f].astype(float) for f in NTD_FACTORS})
    result = detect_table(floats, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)
    for factor in NTD_FACTORS:
        assert _row(result.factors, factor=factor)["q"] == pytest.approx(NTD_Q[factor],
                                                                          abs=1e-7)
    assert result.strata["label"].iloc[0] == "1"


def test_fractional_float_categories_stay_distinct():
    codes = np.array([1.5, 2.5, 1.25, 1.5, 2.5, 1.25] * 4)
    target = np.arange(len(codes), dtype=float) + codes * 10
    frame = pd.DataFrame({"y": target, "a": codes})
    result = detect_table(frame, "y", ["a"], categorical=["a"])
    assert result.strata["label"].tolist() == ["1.25", "1.5", "2.5"]
    assert result.factors.iloc[0]["q"] == pytest.approx(_brute_force_q(target, codes),
                                                        abs=1e-12)


def test_text_categories():
    frame = pd.DataFrame({"y": [1.0, 2.0, 3.0, 5.0, 8.0, 13.0],
                          "zone": ["north", "south", "north", "south", "east", "east"]})
    result = detect_table(frame, "y", ["zone"], categorical=["zone"])
    assert result.strata["label"].tolist() == ["east", "north", "south"]
    assert result.factors.iloc[0]["q"] == pytest.approx(
        _brute_force_q(frame["y"], frame["zone"]), abs=1e-12)


def test_missing_values_use_common_n(ntd):
    frame = ntd.copy()
    frame.loc[[0, 5], "watershed"] = np.nan
    frame.loc[7, "incidence"] = np.nan
    result = detect_table(frame, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)
    assert result.n_dropped == 3
    assert (result.factors["n"] == 182).all()
    kept = ntd.drop(index=[0, 5, 7])
    soil = _row(result.factors, factor="soiltype")
    assert soil["q"] == pytest.approx(_brute_force_q(kept["incidence"], kept["soiltype"]),
                                      abs=1e-12)
    assert "dropped" in result.warnings[0][0]


def test_large_mean_keeps_precision(ntd):
    shifted = ntd.assign(incidence=ntd["incidence"] + 1e8)
    result = detect_table(shifted, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)
    for factor in NTD_FACTORS:
        row = _row(result.factors, factor=factor)
        assert row["q"] == pytest.approx(NTD_Q[factor], abs=1e-7)
        # lambda grows with the squared mean, beyond what scipy evaluates.
        assert row["noncentrality"] > 1e15
        assert np.isnan(row["p_value"])


def test_continuous_factor_discretized(geodetector_data):
    frame = pd.read_csv(geodetector_data / "GD_ndvi_40.csv")
    options = DiscretizationOptions(method="quantile", k=4)
    result = detect_table(frame, "NDVIchange", ["Climatezone", "Precipitation"],
                          categorical=["Climatezone"], options=options)
    row = _row(result.factors, factor="Precipitation")
    assert row["discretization"] == "quantile"
    assert row["classes"] == 4
    edges = np.quantile(frame["Precipitation"], [0, 0.25, 0.5, 0.75, 1.0])
    classes = np.searchsorted(edges[1:-1], frame["Precipitation"], side="left")
    assert row["q"] == pytest.approx(_brute_force_q(frame["NDVIchange"], classes), abs=1e-12)


def test_non_numeric_target_raises():
    frame = pd.DataFrame({"y": ["1", "x", "3", "4"], "a": [1, 1, 2, 2]})
    with pytest.raises(InputError, match="not numbers"):
        detect_table(frame, "y", ["a"], categorical=["a"])


def test_missing_field_raises():
    frame = pd.DataFrame({"y": [1.0, 2.0], "a": [1, 2]})
    with pytest.raises(InputError, match="field b was not found"):
        detect_table(frame, "y", ["b"])


def test_input_frame_not_modified(ntd):
    before = ntd.copy()
    detect_table(ntd, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)
    pd.testing.assert_frame_equal(ntd, before)


def test_numeric_codes_read_as_text(ntd):
    text = ntd.astype(str)
    text.loc[3, "watershed"] = text.loc[3, "watershed"] + ".0"
    result = detect_table(text, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)
    for factor in NTD_FACTORS:
        assert _row(result.factors, factor=factor)["q"] == pytest.approx(NTD_Q[factor],
                                                                          abs=1e-7)
    labels = result.strata[result.strata["factor"] == "watershed"]["label"].tolist()
    assert labels == [str(i) for i in range(1, 10)]


def test_sparse_and_split_tables_give_same_q(ntd, monkeypatch):
    from carbon_drivers.core import stratified

    monkeypatch.setattr(stratified, "DENSE_CELL_LIMIT", 4)
    monkeypatch.setattr(stratified, "JOINT_CELL_LIMIT", 10)
    result = detect_table(ntd, "incidence", NTD_FACTORS, categorical=NTD_FACTORS)
    for factor in NTD_FACTORS:
        assert _row(result.factors, factor=factor)["q"] == pytest.approx(NTD_Q[factor],
                                                                          abs=1e-7)
    for _, row in result.interactions.iterrows():
        key = frozenset([row["factor_1"], row["factor_2"]])
        assert row["q_interaction"] == pytest.approx(NTD_INTERACTION[key], abs=1e-7)


@pytest.mark.parametrize("dense_limit, joint_limit", [(1 << 20, 1 << 21), (4, 10)])
def test_accumulator_blocks_match_one_block(ntd, monkeypatch, dense_limit, joint_limit):
    from carbon_drivers.core import stratified
    from carbon_drivers.core.geodetector import CategoryEncoder
    from carbon_drivers.core.stratified import StratifiedAccumulator

    monkeypatch.setattr(stratified, "DENSE_CELL_LIMIT", dense_limit)
    monkeypatch.setattr(stratified, "JOINT_CELL_LIMIT", joint_limit)

    # Blocks meet the categories in different orders, as raster strips do.
    order = np.argsort(ntd["watershed"].to_numpy(), kind="stable")
    frame = ntd.iloc[order].reset_index(drop=True)
    encoders = [CategoryEncoder(f) for f in NTD_FACTORS]
    accumulator = StratifiedAccumulator(len(NTD_FACTORS))
    for start in range(0, len(frame), 17):
        block = frame.iloc[start:start + 17]
        codes = [e.encode(block[f].to_numpy()) for e, f in zip(encoders, NTD_FACTORS)]
        accumulator.add(block["incidence"].to_numpy(), codes, [e.n_strata for e in encoders])
    for index, factor in enumerate(NTD_FACTORS):
        q = accumulator.factor_moments(index).q_statistic()
        assert q == pytest.approx(NTD_Q[factor], abs=1e-7)
    q_pair = accumulator.pair_moments(0, 2).q_statistic()
    assert q_pair == pytest.approx(NTD_INTERACTION[frozenset(["watershed", "soiltype"])],
                                   abs=1e-7)
