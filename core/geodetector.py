"""Geographical detector: factor, interaction, risk and ecological detectors.

Every detector is computed from :class:`~.stratified.StratumMoments`
(per-stratum count, sum and sum of squares of the target), so the table
mode (:func:`detect_table`, the whole table as one block) and the raster mode
(:mod:`.geodetector_raster`, block by block) share this code.

Conventions:

- The non-centrality parameter of the factor detector's F test uses the
  sample variance of the target (divisor N - 1), as the R package
  ``geodetector`` of the method's authors does.
- Two interaction q values are taken as equal when they differ by at most
  :data:`INTERACTION_TOLERANCE`.
- The risk detector compares every pair of strata of a factor with Welch's
  two-sample t-test (two-sided, unequal variances).
- The ecological detector compares the within-strata sums of squares of two
  factors with the F test of Wang et al. (2010), two-sided.

References
----------
Wang, J.-F., Li, X.-H., Christakos, G. et al. (2010). Geographical detectors-
based health risk assessment and its application in the neural tube defects
study of the Heshun Region, China. International Journal of Geographical
Information Science 24, 107-127.
Wang, J.-F. and Xu, C.-D. (2017), the non-central F test of q.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import stats

from . import discretization as disc
from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP
from .stratified import StratifiedAccumulator

#: Absolute difference below which two q values count as equal when the
#: interaction type is decided.
INTERACTION_TOLERANCE = 1e-9

NONLINEAR_WEAKEN = "nonlinear weaken"
UNIVARIATE_WEAKEN = "univariate weaken"
BIVARIATE_ENHANCE = "bivariate enhance"
INDEPENDENT = "independent"
NONLINEAR_ENHANCE = "nonlinear enhance"

#: Largest non-centrality for which the p-value is computed. SciPy 1.10
#: evaluates the non-central F with Boost, which aborts the process when
#: lambda / 2 exceeds the range of a 32-bit integer.
MAX_NONCENTRALITY = 4.0e9

#: Variance convention of the non-centrality parameter, as stated in outputs.
LAMBDA_VARIANCE = "sample variance (N - 1)"

CATEGORICAL = "categorical"

#: Largest number of distinct values a categorical factor may have.
MAX_CATEGORIES = 100000


class CategoryEncoder:
    """Map the values of a categorical factor to stratum indices 0, 1, 2, ...

    Indices are given in order of first appearance, so a raster read block
    by block can meet new categories in any block. ``names`` optionally maps
    integer values to display labels (the categories of a text column).
    """

    def __init__(self, factor, names=None):
        self.factor = factor
        self.names = names
        self.values = []
        self._index = {}

    @property
    def n_strata(self):
        return len(self.values)

    def encode(self, values):
        """Return the stratum index of every value (finite values only)."""
        values = np.asarray(values)
        if values.size == 0:
            return np.zeros(0, dtype=np.int64)
        integral = np.issubdtype(values.dtype, np.integer) or bool(
            np.all(values == np.floor(values)))
        if integral:
            low = int(values.min())
            span = int(values.max()) - low + 1
            if span <= (1 << 20):
                offset = (values - low).astype(np.int64)
                present = np.flatnonzero(np.bincount(offset, minlength=span))
                lookup = np.zeros(span, dtype=np.int64)
                lookup[present] = self._register(present + low)
                return lookup[offset]
        distinct, inverse = np.unique(values, return_inverse=True)
        return self._register(distinct)[inverse]

    def _register(self, distinct):
        indices = np.empty(len(distinct), dtype=np.int64)
        for position, value in enumerate(distinct.tolist()):
            key = float(value)
            index = self._index.get(key)
            if index is None:
                index = len(self.values)
                self._index[key] = index
                self.values.append(key)
            indices[position] = index
        if len(self.values) > MAX_CATEGORIES:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The factor {factor} has more than {limit} distinct values, too "
                "many for a categorical factor. Treat it as continuous so that "
                "it is discretized."), factor=self.factor, limit=MAX_CATEGORIES)
        return indices

    def order(self):
        """Return the stratum indices sorted by category value."""
        return np.argsort(np.asarray(self.values), kind="stable")

    def labels(self):
        """Return the label of every stratum, in index order."""
        if self.names is not None:
            return [str(self.names[int(v)]) for v in self.values]
        return [_format_category(v) for v in self.values]


def _format_category(value):
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class BreaksEncoder:
    """Map the values of a continuous factor to classes of a :class:`Discretization`."""

    def __init__(self, factor, discretization):
        self.factor = factor
        self.discretization = discretization

    @property
    def n_strata(self):
        return self.discretization.k

    def encode(self, values):
        return self.discretization.classify(values)

    def order(self):
        return np.arange(self.n_strata)

    def labels(self):
        return self.discretization.labels()


@dataclass
class GeoDetectorResult:
    """Tables of the four detectors and facts about the run.

    ``warnings`` contains ``(template, params)`` pairs: English messages marked
    for translation and their ``str.format`` parameters.
    """

    factors: pd.DataFrame
    interactions: pd.DataFrame
    strata: pd.DataFrame
    risk: pd.DataFrame
    ecological: pd.DataFrame
    n: int
    n_dropped: int
    alpha: float
    discretizations: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    sampled: bool = False


def interaction_type(q_first, q_second, q_both, tolerance=INTERACTION_TOLERANCE):
    """Return the type of interaction of two factors from their q values.

    With ``low = min(q1, q2)``, ``high = max(q1, q2)`` and ``q12`` the q of
    the intersected strata: q12 < low is nonlinear weaken; low <= q12 <=
    high univariate weaken; high < q12 < q1 + q2 bivariate enhance;
    q12 = q1 + q2 independent; q12 > q1 + q2 nonlinear enhance. Equality
    means a difference of at most ``tolerance``, and independence is tested
    before the other comparisons.
    """
    low, high = min(q_first, q_second), max(q_first, q_second)
    total = q_first + q_second
    if abs(q_both - total) <= tolerance:
        return INDEPENDENT
    if q_both > total:
        return NONLINEAR_ENHANCE
    if q_both > high + tolerance:
        return BIVARIATE_ENHANCE
    if q_both >= low - tolerance:
        return UNIVARIATE_WEAKEN
    return NONLINEAR_WEAKEN


def factor_test(moments):
    """Return ``(q, F, lambda, p)`` of the factor detector for one set of strata.

    F = (N - L) / (L - 1) * q / (1 - q) follows a non-central F distribution
    with (L - 1, N - L) degrees of freedom and non-centrality
    lambda = (sum_h mean_h^2 - (sum_h sqrt(N_h) mean_h)^2 / N) / var(y), with
    var(y) the sample variance (divisor N - 1) of the target. p is the
    survival function of that distribution at F, so it does not underflow
    to 0 for strong factors as 1 - cdf would. p is NaN when N - L < 1 or
    lambda exceeds :data:`MAX_NONCENTRALITY`.

    NOTE: lambda uses the raw stratum means, as published, so it and p
    change when a constant is added to the target, while q does not.

    References
    ----------
    Wang, J.-F. and Xu, C.-D. (2017), who introduced this test of q.
    """
    occupied = moments.occupied
    count = moments.count[occupied]
    mean = moments.mean[occupied]
    n = count.sum()
    strata = len(count)
    q = moments.q_statistic()
    variance = moments.total_ss() / (n - 1)
    noncentrality = (np.sum(mean ** 2) - np.sum(np.sqrt(count) * mean) ** 2 / n) / variance
    df_between, df_within = strata - 1, n - strata
    if df_within < 1 or df_between < 1:
        return q, np.nan, noncentrality, np.nan
    if not 0.0 <= noncentrality <= MAX_NONCENTRALITY:
        return q, np.nan, noncentrality, np.nan
    with np.errstate(divide="ignore"):
        f_statistic = df_within / df_between * q / (1.0 - q) if q < 1.0 else np.inf
    with np.errstate(all="ignore"):
        p_value = float(stats.ncf.sf(f_statistic, df_between, df_within, noncentrality))
    return q, f_statistic, noncentrality, p_value


def factor_detector(names, moments_list, methods, single_counts):
    """Return the factor detector table: one row per factor.

    ``breaks_n`` is the number of observations the class breaks of a
    continuous factor were computed from (0 for a categorical factor): all
    rows in table mode, a sample of the pixels in raster mode.
    """
    rows = []
    for name, moments, method, singles in zip(names, moments_list, methods, single_counts):
        q, f_statistic, noncentrality, p_value = factor_test(moments)
        rows.append({
            "factor": name, "q": q, "p_value": p_value, "f_statistic": f_statistic,
            "noncentrality": noncentrality, "strata": int(moments.occupied.sum()),
            "n": moments.n, "single_observation_strata": singles,
            "discretization": method["method"], "classes": method["classes"],
            "breaks": method["breaks"], "breaks_n": method["breaks_n"],
            "lambda_variance": LAMBDA_VARIANCE,
        })
    return pd.DataFrame(rows)


def interaction_detector(names, q_values, accumulator, tolerance=INTERACTION_TOLERANCE):
    """Return the interaction detector table: one row per pair of factors.

    The strata of a pair are the occupied cells of the product of the two
    factors' strata, keyed by the pair of integer stratum indices, so two
    different cells are never merged.
    """
    rows = []
    for i, j in accumulator.pairs:
        moments = accumulator.pair_moments(i, j)
        q_both = moments.q_statistic()
        rows.append({
            "factor_1": names[i], "factor_2": names[j], "q_1": q_values[i],
            "q_2": q_values[j], "q_interaction": q_both,
            "strata": int(moments.occupied.sum()),
            "interaction_type": interaction_type(q_values[i], q_values[j], q_both,
                                                 tolerance),
            "tolerance": tolerance,
        })
    return pd.DataFrame(rows, columns=[
        "factor_1", "factor_2", "q_1", "q_2", "q_interaction", "strata",
        "interaction_type", "tolerance"])


def stratum_table(names, moments_list, labels_list):
    """Return one row per stratum: count, mean and standard deviation of the target."""
    rows = []
    for name, moments, labels in zip(names, moments_list, labels_list):
        std = np.sqrt(moments.variance(ddof=1))
        for index, label in enumerate(labels):
            rows.append({
                "factor": name, "stratum": index + 1, "label": label,
                "count": int(moments.count[index]), "mean": moments.mean[index],
                "std": std[index], "single_observation": bool(moments.count[index] == 1),
            })
    return pd.DataFrame(rows, columns=[
        "factor", "stratum", "label", "count", "mean", "std", "single_observation"])


def risk_detector(names, moments_list, labels_list, alpha):
    """Return the risk detector table: Welch's t-test for every pair of strata.

    ``significant`` is NaN where the test is undefined (a stratum with one
    observation, or two strata without variance).
    """
    rows = []
    for name, moments, labels in zip(names, moments_list, labels_list):
        mean = moments.mean
        std = np.sqrt(moments.variance(ddof=1))
        count = moments.count
        first, second = np.triu_indices(len(count), k=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            t_statistic, p_value = stats.ttest_ind_from_stats(
                mean[first], std[first], count[first], mean[second], std[second],
                count[second], equal_var=False)
        t_statistic = np.atleast_1d(t_statistic)
        p_value = np.atleast_1d(p_value)
        for a, b, t, p in zip(first, second, t_statistic, p_value):
            rows.append({
                "factor": name, "stratum_1": a + 1, "stratum_2": b + 1,
                "label_1": labels[a], "label_2": labels[b], "mean_1": mean[a],
                "mean_2": mean[b], "t_statistic": t, "p_value": p,
                "significant": np.nan if np.isnan(p) else float(p < alpha),
                "alpha": alpha,
            })
    return pd.DataFrame(rows, columns=[
        "factor", "stratum_1", "stratum_2", "label_1", "label_2", "mean_1", "mean_2",
        "t_statistic", "p_value", "significant", "alpha"])


def ecological_detector(names, moments_list, alpha):
    """Return the ecological detector table: one F test per pair of factors.

    F = N1 (N2 - 1) SSW1 / (N2 (N1 - 1) SSW2) with (N1 - 1, N2 - 1) degrees
    of freedom (Wang et al. 2010), where SSW is a factor's within-strata sum
    of squares. The test is two-sided: p = 2 min(P(F' <= F), P(F' >= F)).
    A significant result means the two factors explain the target's
    variance differently, and ``stronger_factor`` names the one with the
    smaller SSW (the larger q).
    """
    rows = []
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            n1, n2 = moments_list[i].n, moments_list[j].n
            ssw1 = float(moments_list[i].within_ss.sum())
            ssw2 = float(moments_list[j].within_ss.sum())
            with np.errstate(divide="ignore", invalid="ignore"):
                f_statistic = n1 * (n2 - 1) * ssw1 / (n2 * (n1 - 1) * ssw2)
            distribution = stats.f(n1 - 1, n2 - 1)
            p_value = min(1.0, 2.0 * min(distribution.sf(f_statistic),
                                         distribution.cdf(f_statistic)))
            significant = bool(p_value < alpha)
            stronger = ""
            if significant:
                stronger = names[j] if ssw2 < ssw1 else names[i]
            rows.append({
                "factor_1": names[i], "factor_2": names[j], "f_statistic": f_statistic,
                "df_1": n1 - 1, "df_2": n2 - 1, "p_value": p_value,
                "significant": significant, "stronger_factor": stronger, "alpha": alpha,
                "test": "two-sided F test of within-strata sums of squares",
            })
    return pd.DataFrame(rows, columns=[
        "factor_1", "factor_2", "f_statistic", "df_1", "df_2", "p_value", "significant",
        "stronger_factor", "alpha", "test"])


def run_detectors(names, accumulator, encoders, alpha, n_dropped=0, sampled=False,
                  tolerance=INTERACTION_TOLERANCE):
    """Compute all four detectors from a filled :class:`StratifiedAccumulator`.

    Strata are ordered by category value (categorical factors) or by class
    (continuous factors). Raises :class:`InputError` for a factor with a
    single stratum or a constant target.
    """
    moments_list, labels_list, methods, singles = [], [], [], []
    warnings = []
    overall = accumulator.factor_moments(0)
    if overall.total_ss() <= 0.0:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The target is constant (every valid value is {value}), so there is "
            "no variance to explain. Choose another target."),
            value=_format_break(float(overall.mean[overall.occupied][0])))

    for index, (name, encoder) in enumerate(zip(names, encoders)):
        moments = accumulator.factor_moments(index)
        order = encoder.order()
        moments.count, moments.total, moments.total_sq = (
            moments.count[order], moments.total[order], moments.total_sq[order])
        labels = [encoder.labels()[i] for i in order]
        if int(moments.occupied.sum()) < 2:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The factor {factor} has a single stratum ({label}) where the "
                "target is valid, so it cannot explain any variance. Remove it "
                "or, if it is continuous, choose another discretization."),
                factor=name, label=labels[0] if labels else "")
        single = int((moments.count == 1).sum())
        if single:
            warnings.append((QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The factor {factor} has {count} stratum(s) with a single "
                "observation: they are kept in q, but their variance and risk "
                "t-tests are undefined. Consider merging small strata."),
                {"factor": name, "count": single}))
        if isinstance(encoder, BreaksEncoder):
            d = encoder.discretization
            methods.append({"method": d.method, "classes": d.k,
                            "breaks": " ".join(_format_break(e) for e in d.edges),
                            "breaks_n": d.n_values})
        else:
            methods.append({"method": CATEGORICAL, "classes": len(labels), "breaks": "",
                            "breaks_n": 0})
        moments_list.append(moments)
        labels_list.append(labels)
        singles.append(single)

    factors = factor_detector(names, moments_list, methods, singles)
    for name, p_value in zip(factors["factor"], factors["p_value"]):
        if np.isnan(p_value):
            warnings.append((QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "No p-value for the factor {factor}: it needs at least one "
                "more observation than strata and a non-centrality of at most "
                "{limit:g}, which a target with a large mean relative to its "
                "spread exceeds. Subtract a constant from the target to get a "
                "p-value."), {"factor": name, "limit": MAX_NONCENTRALITY}))
    q_values = factors["q"].tolist()
    return GeoDetectorResult(
        factors=factors,
        interactions=interaction_detector(names, q_values, accumulator, tolerance),
        strata=stratum_table(names, moments_list, labels_list),
        risk=risk_detector(names, moments_list, labels_list, alpha),
        ecological=ecological_detector(names, moments_list, alpha),
        n=moments_list[0].n, n_dropped=n_dropped, alpha=alpha,
        discretizations={name: encoder.discretization for name, encoder
                         in zip(names, encoders) if isinstance(encoder, BreaksEncoder)},
        warnings=warnings, sampled=sampled)


def _format_break(value):
    return f"{value:.10g}"


@dataclass
class DiscretizationOptions:
    """Settings of the discretization of continuous factors.

    ``method`` is one of :data:`.discretization.METHODS`, or ``None`` to
    search ``methods`` x ``k_range`` with ``rule`` (see
    :func:`.discretization.optimize_discretization`).
    """

    method: str = disc.QUANTILE
    k: int = 5
    methods: tuple = disc.METHODS
    k_range: tuple = tuple(range(3, 11))
    rule: str = disc.MAX_Q
    min_gain: float = 0.05
    seed: int = 0

    def choose(self, target, values):
        if self.method is None:
            return disc.optimize_discretization(
                target, values, self.methods, self.k_range, self.rule, self.min_gain,
                self.seed)
        return disc.discretize(values, self.method, self.k, seed=self.seed)


def _numeric_column(frame, column, role):
    series = frame[column]
    if pd.api.types.is_bool_dtype(series):
        series = series.astype(float)
    if pd.api.types.is_numeric_dtype(series):
        return series.to_numpy(dtype=np.float64, na_value=np.nan)
    numbers = pd.to_numeric(series, errors="coerce")
    suspect = series[numbers.isna() & series.notna()]
    bad = suspect[suspect.astype(str).str.strip() != ""]
    if len(bad):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The {role} field {field} contains values that are not numbers, "
            "such as {value!r} (row {row}). Fix or remove those rows, or mark "
            "the field as categorical if it is a factor."),
            role=role, field=column, value=bad.iloc[0], row=bad.index[0])
    return numbers.to_numpy(dtype=np.float64, na_value=np.nan)


def _categorical_column(column_values):
    """Return ``(values, names, missing)``: numeric codes or values for a column."""
    series = pd.Series(column_values)
    if isinstance(column_values, np.ndarray) and np.issubdtype(column_values.dtype, np.integer):
        return column_values, None, np.zeros(len(column_values), dtype=bool)
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        return values, None, ~np.isfinite(values)
    text = series.astype(object).where(series.notna(), None)
    text = text.map(lambda v: None if v is None or str(v).strip() == "" else v)
    numbers = pd.to_numeric(text, errors="coerce")
    if numbers.notna().sum() == text.notna().sum():
        # Codes read as text (from a CSV) are numbers: "1" and "1.0" are one stratum.
        values = numbers.to_numpy(dtype=np.float64, na_value=np.nan)
        return values, None, ~np.isfinite(values)
    text = text.map(lambda v: None if v is None or str(v).strip() == "" else str(v).strip())
    codes, uniques = pd.factorize(text, sort=True)
    return codes.astype(np.float64), np.asarray(uniques, dtype=object), codes < 0


def detect_table(frame, target, factors, categorical=(), options=None, alpha=0.05,
                 tolerance=INTERACTION_TOLERANCE):
    """Run the geographical detector on a table.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per observation. It is not modified.
    target : str
        Numeric column to explain.
    factors : sequence of str
        Factor columns.
    categorical : sequence of str
        Factors whose values are used as strata as they are (numbers or
        text). The other factors are continuous and are discretized with
        ``options``.
    options : DiscretizationOptions, optional
    alpha : float
        Significance level of the risk and ecological detectors.

    Returns
    -------
    GeoDetectorResult

    Rows where the target or any factor is missing are dropped for every
    factor, so all q values use the same N; ``n_dropped`` counts them.
    """
    options = options or DiscretizationOptions()
    factors = list(factors)
    _check_columns(frame, target, factors, categorical, alpha)

    y = _numeric_column(frame, target, "target")
    missing = ~np.isfinite(y)
    columns = {}
    for name in factors:
        if name in categorical:
            values, names, absent = _categorical_column(frame[name].to_numpy())
        else:
            values = _numeric_column(frame, name, "factor")
            names, absent = None, ~np.isfinite(values)
        columns[name] = (values, names)
        missing |= absent
    n_dropped = int(missing.sum())
    keep = ~missing if n_dropped else slice(None)
    if n_dropped == len(y):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "No row has a value in the target {target} and in every factor "
            "({factors}). Check the field choice or fill the missing values."),
            target=target, factors=", ".join(factors))
    y = y[keep]

    encoders, codes = [], []
    for name in factors:
        values, names = columns[name]
        values = values[keep]
        if name in categorical:
            encoder = CategoryEncoder(name, names)
        else:
            encoder = BreaksEncoder(name, options.choose(y, values))
        codes.append(encoder.encode(values))
        encoders.append(encoder)

    accumulator = StratifiedAccumulator(len(factors))
    accumulator.add(y, codes, [e.n_strata for e in encoders])
    result = run_detectors(factors, accumulator, encoders, alpha, n_dropped=n_dropped,
                           tolerance=tolerance)
    if n_dropped:
        result.warnings.insert(0, (QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "{count} row(s) with a missing target or factor value were "
            "dropped; every detector uses the remaining {n} rows."),
            {"count": n_dropped, "n": result.n}))
    return result


def _check_columns(frame, target, factors, categorical, alpha):
    if not factors:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "No factor field was given; choose at least one factor."))
    for name in [target] + factors:
        if name not in frame.columns:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The field {field} was not found in the table. Available "
                "fields: {fields}."),
                field=name, fields=", ".join(map(str, frame.columns)))
    if target in factors:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The target field {field} is also listed as a factor; remove it "
            "from the factors."), field=target)
    if len(set(factors)) != len(factors):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "A factor field is listed twice: {factors}."),
            factors=", ".join(factors))
    unknown = [c for c in categorical if c not in factors]
    if unknown:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The categorical fields {fields} are not among the factors; add "
            "them to the factors or remove them from the categorical fields."),
            fields=", ".join(unknown))
    if not 0.0 < alpha < 1.0:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The significance level must lie between 0 and 1, not {alpha}."),
            alpha=alpha)
