"""Tests of the random-forest factor screening on synthetic data.

The synthetic target is a known linear function of three factors plus
Gaussian noise, with further factors that are pure noise. For independent
factors and a perfect model, shuffling factor j raises the mean squared
error by 2 * a_j**2 * var(x_j). Its permutation importance in R² is then
2 * a_j**2 * var(x_j) / var(y), and the tests compare against that.
"""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_drivers.core.errors import CanceledError, InputError
from carbon_drivers.core.random_forest import (
    rows_needed, screen_factors, shadow_hits_needed,
)

STRENGTHS = {"strong": 4.0, "medium": 2.0, "weak": 1.0}
NOISE = ["noise_a", "noise_b", "noise_c", "noise_d"]
FAST = dict(n_trees=60, permutation_repeats=5, shadow_runs=20, n_jobs=1)


def synthetic_frame(rows=1200, seed=11):
    generator = np.random.default_rng(seed)
    frame = pd.DataFrame({name: generator.uniform(size=rows)
                          for name in list(STRENGTHS) + NOISE})
    frame["carbon"] = sum(strength * frame[name] for name, strength in STRENGTHS.items())
    frame["carbon"] += generator.normal(scale=0.3, size=rows)
    return frame


@pytest.fixture(scope="module")
def frame():
    return synthetic_frame()


@pytest.fixture(scope="module")
def shadow_result(frame):
    return screen_factors(frame, "carbon", list(STRENGTHS) + NOISE, seed=5, **FAST)


def test_true_factors_rank_first(shadow_result):
    table = shadow_result.table.set_index("factor")
    assert table.loc["strong", "rank"] == 1
    assert table.loc["medium", "rank"] == 2
    assert table.loc["weak", "rank"] == 3
    assert (table.loc[NOISE, "rank"] > 3).all()


def test_shadow_rule_rejects_noise(shadow_result):
    assert sorted(shadow_result.selected) == sorted(STRENGTHS)
    table = shadow_result.table.set_index("factor")
    assert (table.loc[list(STRENGTHS), "shadow_hit"] == 20).all()
    assert (table.loc[NOISE, "shadow_hit"] < shadow_result.shadow_hits_needed).all()


def test_permutation_importance_matches_theory(frame, shadow_result):
    table = shadow_result.table.set_index("factor")
    expected = {name: 2 * a ** 2 * frame[name].var() / frame["carbon"].var()
                for name, a in STRENGTHS.items()}
    # The forest smooths the linear surface, so each importance falls short
    # of the ideal by a similar share and the ratios stay close.
    observed_ratio = table.loc["strong", "perm_mean"] / table.loc["medium", "perm_mean"]
    expected_ratio = expected["strong"] / expected["medium"]
    assert observed_ratio == pytest.approx(expected_ratio, rel=0.25)
    for name in STRENGTHS:
        assert table.loc[name, "perm_mean"] == pytest.approx(expected[name], rel=0.4)
    for name in NOISE:
        assert abs(table.loc[name, "perm_mean"]) < 0.01


def test_accuracy_reported(frame, shadow_result):
    noise_share = 0.3 ** 2 / frame["carbon"].var()
    assert shadow_result.test_r2 > 0.8
    assert shadow_result.test_r2 < 1 - noise_share + 0.02
    assert shadow_result.oob_r2 > 0.8
    # The noise standard deviation 0.3 bounds the error from below, and the
    # forest's approximation of the linear surface adds to it.
    assert shadow_result.test_rmse > 0.3 * 0.9
    assert shadow_result.test_rmse < 0.6


def test_mdi_sums_to_one(shadow_result):
    assert shadow_result.table["mdi"].sum() == pytest.approx(1.0)


def test_same_seed_identical_across_jobs():
    # 6000 held-out rows, so the threads of the forest share out the rows.
    frame = synthetic_frame(rows=24000, seed=2)
    settings = dict(FAST, n_trees=20, max_samples=2000, shadow_runs=10, selection="shadow")
    factors = ["strong", "medium", "noise_a"]
    one = screen_factors(frame, "carbon", factors, seed=3, **dict(settings, n_jobs=1))
    two = screen_factors(frame, "carbon", factors, seed=3, **dict(settings, n_jobs=2))
    pd.testing.assert_frame_equal(one.table, two.table, check_exact=True)
    assert one.selected == two.selected
    assert one.oob_r2 == two.oob_r2
    assert one.test_r2 == two.test_r2
    assert one.test_rmse == two.test_rmse


def test_rows_per_tree_above_rows_accepted(frame):
    result = screen_factors(frame.iloc[:200], "carbon", ["strong", "noise_a"],
                            selection="top_k", top_k=1, **dict(FAST, max_samples=5000))
    assert result.selected == ["strong"]


def test_other_seed_changes_importances(frame):
    factors = ["strong", "medium", "noise_a"]
    first = screen_factors(frame, "carbon", factors, seed=3, selection="top_k", **FAST)
    second = screen_factors(frame, "carbon", factors, seed=4, selection="top_k", **FAST)
    assert not np.allclose(first.table["perm_mean"], second.table["perm_mean"])


def test_top_k_selects_best_ranked(frame):
    result = screen_factors(frame, "carbon", list(STRENGTHS) + NOISE, seed=1,
                            selection="top_k", top_k=2, **FAST)
    assert sorted(result.selected) == ["medium", "strong"]
    assert result.table["shadow_hit"].isna().all()


def test_cumulative_threshold_selection(frame):
    result = screen_factors(frame, "carbon", list(STRENGTHS) + NOISE, seed=1,
                            selection="cumulative", cumulative_threshold=0.9, **FAST)
    importance = result.table.set_index("factor")["perm_mean"].clip(lower=0)
    ordered = importance.sort_values(ascending=False)
    shares = ordered / ordered.sum()
    expected = []
    reached = 0.0
    for name, share in shares.items():
        if reached >= 0.9:
            break
        expected.append(name)
        reached += share
    assert result.selected == expected
    assert "strong" in result.selected


def test_cross_validation_pools_folds(frame):
    result = screen_factors(frame, "carbon", list(STRENGTHS) + ["noise_a"], seed=2,
                            cv_folds=4, selection="top_k", top_k=3, **FAST)
    assert sorted(result.selected) == sorted(STRENGTHS)
    assert result.test_r2 > 0.8
    assert "4-fold" in result.validation


def test_categorical_effect_without_order():
    generator = np.random.default_rng(8)
    rows = 1000
    # Class 2 raises carbon while classes 1 and 3 do not: no order of the
    # codes matches this, so only a class-wise encoding explains it fully.
    soil = generator.choice([1, 2, 3], size=rows)
    frame = pd.DataFrame({
        "soil": soil,
        "noise": generator.uniform(size=rows),
        "carbon": np.where(soil == 2, 3.0, 0.0) + generator.normal(scale=0.3, size=rows),
    })
    result = screen_factors(frame, "carbon", ["noise"], categorical=["soil"], seed=1,
                            selection="top_k", top_k=1, **FAST)
    table = result.table.set_index("factor")
    assert result.selected == ["soil"]
    assert table.loc["soil", "type"] == "categorical"
    assert table.loc["soil", "levels"] == 3
    assert result.test_r2 > 0.9
    curve = {c.factor: c for c in result.partial_dependence}["soil"]
    averages = dict(zip(curve.grid, curve.average))
    assert averages["2"] - averages["1"] == pytest.approx(3.0, abs=0.4)
    assert averages["3"] - averages["1"] == pytest.approx(0.0, abs=0.4)


def test_text_classes_accepted_as_categorical():
    generator = np.random.default_rng(9)
    soil = generator.choice(["clay", "loam", "peat"], size=400)
    frame = pd.DataFrame({
        "soil": soil, "elev": generator.uniform(size=400),
        "carbon": np.where(soil == "peat", 5.0, 1.0) + generator.normal(scale=0.2, size=400),
    })
    result = screen_factors(frame, "carbon", ["soil", "elev"], categorical=["soil"],
                            selection="top_k", top_k=1, **FAST)
    assert result.selected == ["soil"]


def test_missing_rows_dropped_and_counted(frame):
    damaged = frame.copy()
    damaged.loc[[0, 1, 2], "strong"] = np.nan
    damaged.loc[[2, 3], "carbon"] = np.nan
    damaged.loc[[4], "noise_a"] = np.inf
    result = screen_factors(damaged, "carbon", ["strong", "noise_a"], selection="top_k",
                            **FAST)
    table = result.table.set_index("factor")
    assert result.rows_input == len(frame)
    assert result.rows_dropped == 5
    assert result.rows_used == len(frame) - 5
    assert table.loc["strong", "missing"] == 3
    assert table.loc["noise_a", "missing"] == 1


def test_constant_factor_reported_and_excluded(frame):
    with_constant = frame.assign(flat=7.5)
    result = screen_factors(with_constant, "carbon", ["strong", "flat", "noise_a"],
                            selection="top_k", top_k=3, **FAST)
    table = result.table.set_index("factor")
    assert result.constant_factors == ["flat"]
    assert table.loc["flat", "status"] == "constant"
    assert pd.isna(table.loc["flat", "rank"])
    assert not table.loc["flat", "selected"]
    assert sorted(result.selected) == ["noise_a", "strong"]


def test_categorical_fields_join_factors(frame):
    coded = frame.assign(zone=(frame["strong"] * 3).astype(int))
    result = screen_factors(coded, "carbon", ["medium"], categorical=["zone"],
                            selection="top_k", **FAST)
    assert list(result.table["factor"]) == ["medium", "zone"]


def test_too_few_rows_rejected(frame):
    needed = rows_needed(0.25, 0, 5)
    assert needed == 17  # ceil(0.25 * 17) = 5 held out, 12 >= 2 * 5 for training
    small = frame.iloc[:needed - 1]
    message = f"Only {needed - 1} of {needed - 1} rows.*{needed} are needed"
    with pytest.raises(InputError, match=message):
        screen_factors(small, "carbon", ["strong"], selection="top_k", **FAST)


def test_missing_values_counted_in_row_error(frame):
    small = frame.iloc[:30].copy()
    small.loc[small.index[:20], "strong"] = np.nan
    with pytest.raises(InputError, match="Only 10 of 30 rows"):
        screen_factors(small, "carbon", ["strong"], selection="top_k", **FAST)


def test_too_few_rows_for_folds(frame):
    assert rows_needed(0.25, 10, 5) == 50
    with pytest.raises(InputError, match="50 are needed"):
        screen_factors(frame.iloc[:49], "carbon", ["strong"], cv_folds=10,
                       selection="top_k", **FAST)


def test_text_factor_not_marked_categorical(frame):
    labelled = frame.assign(soil=np.where(frame["strong"] > 0.5, "peat", "clay"))
    with pytest.raises(InputError, match="factor field soil is not numeric.*categorical"):
        screen_factors(labelled, "carbon", ["strong", "soil"], **FAST)


def test_numbers_stored_as_text_accepted(frame):
    text = frame.assign(strong=frame["strong"].map(repr))
    result = screen_factors(text, "carbon", ["strong"], selection="top_k", **FAST)
    assert result.selected == ["strong"]


def test_text_target_rejected(frame):
    labelled = frame.assign(carbon=np.where(frame["carbon"] > 3, "high", "low"))
    with pytest.raises(InputError, match="target field carbon is not numeric"):
        screen_factors(labelled, "carbon", ["strong"], **FAST)


def test_no_factors_rejected(frame):
    with pytest.raises(InputError, match="No factor fields"):
        screen_factors(frame, "carbon", [], **FAST)


def test_unknown_field_rejected(frame):
    with pytest.raises(InputError, match="not found.*elevation"):
        screen_factors(frame, "carbon", ["elevation"], **FAST)


def test_target_listed_as_factor_rejected(frame):
    with pytest.raises(InputError, match="also listed as a factor"):
        screen_factors(frame, "carbon", ["strong", "carbon"], **FAST)


def test_all_factors_constant_rejected(frame):
    with pytest.raises(InputError, match="single value"):
        screen_factors(frame.assign(flat=1.0), "carbon", ["flat"], **FAST)


def test_too_few_shadow_runs_rejected(frame):
    with pytest.raises(InputError, match="Use at least 6 shadow runs"):
        screen_factors(frame, "carbon", list(STRENGTHS), **dict(FAST, shadow_runs=5))


def test_shadow_hits_needed_matches_binomial_tail():
    for runs, factors in [(20, 10), (20, 1), (10, 3), (50, 8)]:
        threshold = 0.05 / factors
        tail = [sum(math.comb(runs, k) for k in range(h, runs + 1)) / 2 ** runs
                for h in range(runs + 1)]
        expected = next(h for h in range(runs + 1) if tail[h] < threshold)
        assert shadow_hits_needed(runs, factors, 0.05) == expected
    assert shadow_hits_needed(4, 1, 0.05) is None


class CancelingProgress:
    def set_fraction(self, fraction):
        pass

    def is_canceled(self):
        return True


def test_cancel_stops_screening(frame):
    with pytest.raises(CanceledError):
        screen_factors(frame, "carbon", ["strong"], progress=CancelingProgress(), **FAST)
