"""Discretization of continuous factors into strata for the geographical detector.

A discretization is a list of ``k + 1`` class edges from the minimum to the
maximum of the values. Classes are closed on the right: a value ``x`` falls
in class ``i`` when ``edges[i] < x <= edges[i + 1]``, and the first class
also contains the minimum. Values outside the edges (pixels that a sample did
not see) fall in the first or the last class.

Tied breaks rule: many equal values (for example zeros) can make two breaks
coincide, or leave a class without values. Coinciding breaks are merged,
inner breaks at or above the maximum are dropped, and a class that contains no
value of the data the breaks were computed from is merged with the class
above it (the top class with the one below). Every reported class therefore
holds data, and the reported ``k`` can be lower than the requested one.
"""

from dataclasses import dataclass, field

import numpy as np

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP
from .stratified import moments_from_codes

EQUAL_INTERVAL = "equal_interval"
QUANTILE = "quantile"
NATURAL_BREAKS = "natural_breaks"
GEOMETRIC_INTERVAL = "geometric_interval"
STANDARD_DEVIATION = "standard_deviation"

METHODS = (EQUAL_INTERVAL, QUANTILE, NATURAL_BREAKS, GEOMETRIC_INTERVAL, STANDARD_DEVIATION)

MAX_Q = "max_q"
ELBOW = "elbow"

#: Largest number of values the exact natural-breaks algorithm works on; larger
#: inputs are replaced by a seeded random sample of this size.
NATURAL_BREAKS_SAMPLE = 3000


@dataclass
class Discretization:
    """Class edges chosen for one continuous factor.

    Attributes
    ----------
    method : str
        One of :data:`METHODS`.
    k : int
        Number of classes after the tied-breaks rule.
    edges : ndarray of float, shape (k + 1,)
        Class edges from the minimum to the maximum.
    requested_k : int
        Number of classes requested (or chosen by the optimization).
    q_by_candidate : dict
        For an optimized discretization, q of every ``(method, k)`` tried.
    n_values : int
        Number of values the edges were computed from (a sample in raster mode).
    """

    method: str
    k: int
    edges: np.ndarray
    requested_k: int
    q_by_candidate: dict = field(default_factory=dict)
    n_values: int = 0

    @property
    def inner_breaks(self):
        return self.edges[1:-1]

    def classify(self, values):
        """Return the class index (0 .. k-1) of every value."""
        return np.searchsorted(self.inner_breaks, values, side="left").astype(np.int64)

    def labels(self):
        """Return one interval label per class, such as ``[0, 1.5]`` and ``(1.5, 3]``."""
        edges = [_format_edge(e) for e in self.edges]
        return [("[" if i == 0 else "(") + f"{edges[i]}, {edges[i + 1]}]"
                for i in range(self.k)]


def _format_edge(value):
    return f"{value:.6g}"


def compute_edges(values, method, k, seed=0):
    """Return the raw class edges (``k + 1`` values) of one method, before the tied-breaks rule.

    Parameters
    ----------
    values : ndarray of float
        Finite values of the factor.
    method : str
        One of :data:`METHODS`.
    k : int
        Requested number of classes, at least 2.
    seed : int
        Seed of the sample that natural breaks draws from large inputs.
    """
    low, high = float(values.min()), float(values.max())
    if method == EQUAL_INTERVAL:
        inner = low + (high - low) * np.arange(1, k) / k
    elif method == QUANTILE:
        inner = np.quantile(values, np.arange(1, k) / k)
    elif method == NATURAL_BREAKS:
        inner = natural_breaks(values, [k], seed=seed)[k]
    elif method == GEOMETRIC_INTERVAL:
        inner = _geometric_breaks(low, high, k)
    elif method == STANDARD_DEVIATION:
        inner = _standard_deviation_breaks(values, k)
    else:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Unknown discretization method {method}; use one of {methods}."),
            method=method, methods=", ".join(METHODS))
    return np.concatenate([[low], np.asarray(inner, dtype=np.float64), [high]])


def _geometric_breaks(low, high, k):
    # Edges form a geometric progression: e_i = a * r**i with e_0 = low and
    # e_k = high. Values with a minimum <= 0 are shifted so that the minimum
    # becomes 1 before the progression is built, then shifted back.
    # NOTE: because of that shift, classes of data with a minimum <= 0 depend
    # on the unit of the data.
    offset = 0.0 if low > 0 else 1.0 - low
    start, stop = low + offset, high + offset
    return start * (stop / start) ** (np.arange(1, k) / k) - offset


def _standard_deviation_breaks(values, k):
    # k classes one standard deviation wide, centred on the mean: for an even
    # k the mean is a break, for an odd k it is the centre of the middle class.
    # The outer classes are open, so they reach the minimum and the maximum.
    mean, std = float(values.mean()), float(values.std())
    return mean + std * (np.arange(k - 1) - (k - 2) / 2.0)


def natural_breaks(values, ks, seed=0, sample_size=NATURAL_BREAKS_SAMPLE):
    """Return the Jenks natural breaks for every k in ``ks``.

    Uses Fisher's exact dynamic programme, which minimizes the sum of squared
    deviations from the class means, on the distinct values weighted by
    their counts. Inputs with more than ``sample_size`` values are replaced
    by a random sample of that size drawn with ``seed``.

    Returns
    -------
    dict
        ``{k: inner_breaks}``: for each k, the ``k - 1`` upper edges of the
        first ``k - 1`` classes (each the largest value in its class).

    Fisher's algorithm (1958) is the exact form of what Jenks called natural
    breaks: it finds the global optimum, not a local one.
    """
    values = np.asarray(values, dtype=np.float64)
    if values.size > sample_size:
        values = np.random.default_rng(seed).choice(values, sample_size, replace=False)
    distinct, weight = np.unique(values, return_counts=True)
    n = len(distinct)
    k_max = min(max(ks), n)
    centred = distinct - distinct.mean()

    cum_w = np.concatenate([[0.0], np.cumsum(weight)])
    cum_s = np.concatenate([[0.0], np.cumsum(weight * centred)])
    cum_q = np.concatenate([[0.0], np.cumsum(weight * centred ** 2)])
    # best[m, j]: least cost of splitting values 0..j into m + 1 classes;
    # first[m, j]: first value of the last of those classes. The segment
    # costs are computed for a block of columns at a time, so memory is
    # n x _COLUMN_BLOCK values instead of n x n.
    best = np.full((k_max, n), np.inf)
    first = np.zeros((k_max, n), dtype=np.int64)
    best[0] = _segment_cost(cum_w, cum_s, cum_q, np.zeros((1, 1), np.int64),
                            np.arange(1, n + 1)[None, :])[0]
    starts = np.arange(1, n)[:, None]
    for m in range(1, k_max):
        for column in range(0, n, _COLUMN_BLOCK):
            columns = np.arange(column, min(n, column + _COLUMN_BLOCK))
            # candidate[i - 1, j] = best[m - 1, i - 1] + cost of the values i..j
            candidate = best[m - 1][:-1, None] + _segment_cost(
                cum_w, cum_s, cum_q, starts, columns[None, :] + 1)
            chosen = np.argmin(candidate, axis=0)
            first[m, columns] = chosen + 1
            best[m, columns] = candidate[chosen, np.arange(len(columns))]

    result = {}
    for k in ks:
        classes = min(k, k_max)
        breaks = []
        end = n - 1
        for m in range(classes - 1, 0, -1):
            begin = first[m, end]
            breaks.append(distinct[begin - 1])
            end = begin - 1
        result[k] = np.array(breaks[::-1])
    return result


#: Columns of segment costs computed at once by :func:`natural_breaks`.
_COLUMN_BLOCK = 256


def _segment_cost(cum_w, cum_s, cum_q, starts, stops):
    """Return the weighted sums of squared deviations of values starts..stops-1.

    ``starts`` (a column) and ``stops`` (a row) broadcast to a matrix; cells
    with ``start >= stop`` are infinite.
    """
    with np.errstate(invalid="ignore", divide="ignore"):
        w = cum_w[stops] - cum_w[starts]
        s = cum_s[stops] - cum_s[starts]
        cost = cum_q[stops] - cum_q[starts] - s * s / w
    return np.where(starts >= stops, np.inf, cost)


def apply_tie_rule(values, edges):
    """Apply the tied-breaks rule to raw ``edges`` and return the kept edges.

    See the module docstring for the rule. ``values`` are the data the edges
    were computed from.
    """
    low, high = float(edges[0]), float(edges[-1])
    inner = np.unique(np.asarray(edges[1:-1], dtype=np.float64))
    inner = inner[(inner < high) & np.isfinite(inner)]
    inner = inner[inner >= low]
    while len(inner):
        counts = np.bincount(np.searchsorted(inner, values, side="left"),
                             minlength=len(inner) + 1)
        empty = np.flatnonzero(counts == 0)
        if not len(empty):
            break
        # Merge the empty class with the class above by dropping its upper
        # break; the top class has no upper break, so drop its lower one.
        inner = np.delete(inner, min(empty[0], len(inner) - 1))
    return np.concatenate([[low], inner, [high]])


def discretize(values, method, k, seed=0):
    """Return the :class:`Discretization` of ``values`` by ``method`` into ``k`` classes."""
    values = np.asarray(values, dtype=np.float64)
    _check_values(values, k)
    edges = apply_tie_rule(values, compute_edges(values, method, k, seed=seed))
    return Discretization(method, len(edges) - 1, edges, k, n_values=values.size)


def _check_values(values, k):
    if k < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The number of classes must be at least 2, not {k}."), k=k)
    if values.size == 0 or not np.isfinite(values).all():
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Discretization needs finite values; remove missing values first."))


def optimize_discretization(target, values, methods=METHODS, k_range=range(3, 11),
                            rule=MAX_Q, min_gain=0.05, seed=0):
    """Choose the method and number of classes of one factor by the q they give.

    Every method in ``methods`` is tried with every k in ``k_range``.

    - ``rule="max_q"`` keeps the candidate with the highest q.
    - ``rule="elbow"`` takes, for each k, the best q over the methods, and
      keeps the smallest k after which that q grows by less than
      ``min_gain`` times itself (a relative gain), with its best method.
      Because q never decreases when strata are split, the maximum q tends
      to the largest k; the elbow rule avoids that overfitting.

    Parameters
    ----------
    target : ndarray of float, shape (n,)
    values : ndarray of float, shape (n,)
        Factor values of the same observations.

    Returns
    -------
    Discretization
        With ``q_by_candidate`` filled in.
    """
    target = np.asarray(target, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    ks = sorted(set(int(k) for k in k_range))
    if not ks:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The range of class counts to search is empty; give a minimum "
            "no larger than the maximum."))
    _check_values(values, ks[0])
    if rule not in (MAX_Q, ELBOW):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Unknown optimization rule {rule}; use max_q or elbow."), rule=rule)

    jenks = natural_breaks(values, ks, seed=seed) if NATURAL_BREAKS in methods else {}
    candidates = {}
    scores = {}
    low, high = float(values.min()), float(values.max())
    for method in methods:
        for k in ks:
            if method == NATURAL_BREAKS:
                raw = np.concatenate([[low], jenks[k], [high]])
            else:
                raw = compute_edges(values, method, k, seed=seed)
            edges = apply_tie_rule(values, raw)
            candidate = Discretization(method, len(edges) - 1, edges, k,
                                       n_values=values.size)
            codes = candidate.classify(values)
            q = moments_from_codes(target, codes, candidate.k,
                                   shift=float(target.mean())).q_statistic()
            candidates[(method, k)] = candidate
            scores[(method, k)] = q

    if rule == MAX_Q:
        chosen = max(scores, key=lambda key: (scores[key], -key[1]))
    else:
        best_by_k = {k: max((key for key in scores if key[1] == k),
                            key=lambda key: scores[key]) for k in ks}
        chosen = best_by_k[ks[-1]]
        for k, next_k in zip(ks, ks[1:]):
            q, next_q = scores[best_by_k[k]], scores[best_by_k[next_k]]
            if next_q - q < min_gain * q:
                chosen = best_by_k[k]
                break
    result = candidates[chosen]
    result.q_by_candidate = scores
    return result
