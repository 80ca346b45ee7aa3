"""Tests of the discretization of continuous factors."""

import itertools

import numpy as np
import pandas as pd
import pytest

from carbon_drivers.core import discretization as disc
from carbon_drivers.core.errors import InputError


def _class_counts(result, values):
    return np.bincount(result.classify(values), minlength=result.k)


def test_equal_interval_edges():
    values = np.array([0.0, 1.0, 2.5, 4.0, 7.0, 10.0])
    result = disc.discretize(values, disc.EQUAL_INTERVAL, 4)
    np.testing.assert_allclose(result.edges, [0.0, 2.5, 5.0, 7.5, 10.0])
    assert result.classify(np.array([0.0, 2.5, 2.6, 10.0])).tolist() == [0, 0, 1, 3]


def test_quantile_edges_match_numpy():
    values = np.random.default_rng(1).gamma(2.0, 3.0, 1000)
    result = disc.discretize(values, disc.QUANTILE, 5)
    np.testing.assert_allclose(result.edges[1:-1], np.percentile(values, [20, 40, 60, 80]))
    assert result.k == 5
    assert _class_counts(result, values).tolist() == [200] * 5


def test_geometric_interval_edges():
    values = np.array([1.0, 3.0, 9.0, 27.0, 81.0])
    result = disc.discretize(values, disc.GEOMETRIC_INTERVAL, 4)
    np.testing.assert_allclose(result.edges, [1.0, 3.0, 9.0, 27.0, 81.0])


def test_standard_deviation_edges():
    values = np.random.default_rng(2).normal(10.0, 2.0, 5000)
    result = disc.discretize(values, disc.STANDARD_DEVIATION, 4)
    mean, std = values.mean(), values.std()
    np.testing.assert_allclose(result.edges[1:-1], [mean - std, mean, mean + std])


def _brute_force_jenks(values, k):
    """Best split by trying every set of k - 1 cut positions in the sorted values."""
    values = np.sort(values)
    best, best_cuts = np.inf, None
    for cuts in itertools.combinations(range(1, len(values)), k - 1):
        parts = np.split(values, cuts)
        cost = sum(((p - p.mean()) ** 2).sum() for p in parts)
        if cost < best - 1e-12:
            best, best_cuts = cost, cuts
    return [values[c - 1] for c in best_cuts]


@pytest.mark.parametrize("k", [2, 3, 4])
def test_natural_breaks_exact_on_small_data(k):
    values = np.array([1.0, 1.2, 1.3, 4.0, 4.4, 5.0, 9.0, 9.5, 12.0, 12.1, 13.0, 20.0])
    breaks = disc.natural_breaks(values, [k])[k]
    np.testing.assert_allclose(breaks, _brute_force_jenks(values, k))


def test_natural_breaks_with_repeated_values():
    values = np.array([0.0] * 50 + [1.0, 1.1, 1.2] + [5.0] * 10 + [5.5, 6.0])
    breaks = disc.natural_breaks(values, [3])[3]
    np.testing.assert_allclose(breaks, _brute_force_jenks(values, 3))


def test_natural_breaks_samples_large_input_reproducibly():
    values = np.random.default_rng(4).lognormal(0.0, 1.0, 20000)
    first = disc.natural_breaks(values, [5], seed=7, sample_size=1000)[5]
    second = disc.natural_breaks(values, [5], seed=7, sample_size=1000)[5]
    np.testing.assert_array_equal(first, second)
    assert len(first) == 4


def test_ties_leave_no_empty_class():
    values = np.array([0.0] * 80 + list(np.linspace(1.0, 20.0, 20)))
    result = disc.discretize(values, disc.QUANTILE, 5)
    counts = _class_counts(result, values)
    assert result.requested_k == 5
    assert result.k == 2
    assert counts.tolist() == [80, 20]
    assert (counts > 0).all()


@pytest.mark.parametrize("method", disc.METHODS)
def test_every_method_leaves_no_empty_class(method):
    values = np.concatenate([np.zeros(300), np.random.default_rng(5).exponential(1.0, 100)])
    result = disc.discretize(values, method, 6)
    counts = _class_counts(result, values)
    assert len(counts) == result.k
    assert (counts > 0).all()
    assert len(result.labels()) == result.k


def test_empty_top_class_is_merged_down():
    values = np.array([0.0, 0.1, 0.2, 0.3, 10.0])
    edges = disc.apply_tie_rule(values, np.array([0.0, 2.0, 9.0, 10.0]))
    np.testing.assert_allclose(edges, [0.0, 2.0, 10.0])


def test_labels_are_right_closed():
    result = disc.discretize(np.array([0.0, 1.0, 2.0, 3.0]), disc.EQUAL_INTERVAL, 3)
    assert result.labels() == ["[0, 1]", "(1, 2]", "(2, 3]"]


def _q(target, classes):
    frame = pd.DataFrame({"y": target, "g": classes})
    within = frame.groupby("g")["y"].agg(lambda v: ((v - v.mean()) ** 2).sum()).sum()
    return 1.0 - within / ((frame["y"] - frame["y"].mean()) ** 2).sum()


def test_optimize_max_q_picks_highest_q():
    rng = np.random.default_rng(6)
    values = rng.uniform(0.0, 10.0, 600)
    target = np.sin(values) + rng.normal(0.0, 0.2, 600)
    result = disc.optimize_discretization(target, values, k_range=range(3, 8))
    expected = max(result.q_by_candidate.values())
    assert _q(target, result.classify(values)) == pytest.approx(expected, abs=1e-12)
    assert len(result.q_by_candidate) == len(disc.METHODS) * 5
    for (method, k), q in result.q_by_candidate.items():
        check = disc.discretize(values, method, k) if method != disc.NATURAL_BREAKS else None
        if check is not None:
            assert q == pytest.approx(_q(target, check.classify(values)), abs=1e-12)


def test_optimize_elbow_stops_when_gain_small():
    rng = np.random.default_rng(8)
    values = rng.uniform(0.0, 3.0, 3000)
    # A step function with three levels: q stops growing after three classes.
    target = np.floor(values) + rng.normal(0.0, 0.05, 3000)
    result = disc.optimize_discretization(target, values, methods=(disc.EQUAL_INTERVAL,),
                                          k_range=range(2, 9), rule=disc.ELBOW,
                                          min_gain=0.01)
    assert result.k == 3
    assert result.method == disc.EQUAL_INTERVAL
    maximum = disc.optimize_discretization(target, values, methods=(disc.EQUAL_INTERVAL,),
                                           k_range=range(2, 9), rule=disc.MAX_Q)
    assert maximum.k > 3


def test_invalid_k_raises():
    with pytest.raises(InputError, match="at least 2"):
        disc.discretize(np.arange(10.0), disc.QUANTILE, 1)


def test_unknown_method_raises():
    with pytest.raises(InputError, match="Unknown discretization method"):
        disc.discretize(np.arange(10.0), "pretty", 3)
