"""Per-stratum counts, sums and sums of squares: what the geographical detector needs.

Every statistic of the geographical detector is a function of the count, sum
and sum of squares of the target in each stratum of each factor and of each
pair of factors. That covers q, its non-central F test, the interaction q,
the risk detector's t-tests and the ecological detector's F test. This module
accumulates those three numbers block by block, so a table is handled as one
block and a raster stack as many, through the same code.

Values are shifted by a constant (the mean of the first block) before they
are squared and summed, so the within-stratum sums of squares do not lose
precision when the target's mean is large compared with its spread.
"""

from dataclasses import dataclass

import numpy as np

#: Largest number of cells of a combined stratum index counted in a dense array.
DENSE_CELL_LIMIT = 1 << 20

#: Occupied cells of the joint table of all factors above which the
#: accumulator keeps one table per factor and per pair of factors instead.
JOINT_CELL_LIMIT = 1 << 21


@dataclass
class StratumMoments:
    """Count, sum and sum of squares of the target per stratum.

    ``total`` and ``total_sq`` are sums of ``target - shift``; the means
    returned by :attr:`mean` add the shift back. Arrays have one entry per
    stratum; empty strata have a count of 0.
    """

    count: np.ndarray
    total: np.ndarray
    total_sq: np.ndarray
    shift: float

    @property
    def n(self):
        return int(round(self.count.sum()))

    @property
    def occupied(self):
        """Boolean mask of the strata that hold at least one observation."""
        return self.count > 0

    @property
    def mean(self):
        """Mean of the target per stratum (NaN for empty strata)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return self.shift + self.total / self.count

    @property
    def within_ss(self):
        """Sum of squared deviations from the stratum mean, per stratum."""
        with np.errstate(invalid="ignore", divide="ignore"):
            ss = self.total_sq - np.where(self.count > 0, self.total ** 2 / self.count, 0.0)
        return np.maximum(ss, 0.0)

    def variance(self, ddof=1):
        """Variance of the target per stratum (NaN where count <= ddof)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.count > ddof, self.within_ss / (self.count - ddof), np.nan)

    def total_ss(self):
        """Sum of squared deviations of all observations from their overall mean."""
        n = self.count.sum()
        s = self.total.sum()
        return max(float(self.total_sq.sum() - s * s / n), 0.0) if n > 0 else 0.0

    def q_statistic(self):
        """Return q = 1 - SSW / SST, the share of variance explained by the strata.

        """
        sst = self.total_ss()
        if sst <= 0.0:
            return np.nan
        return 1.0 - float(self.within_ss.sum()) / sst


def moments_from_codes(target, codes, n_strata, shift=0.0):
    """Return the :class:`StratumMoments` of ``target`` grouped by ``codes``.

    ``codes`` are integer stratum indices in ``0 .. n_strata - 1``.
    """
    y = np.asarray(target, dtype=np.float64) - shift
    return StratumMoments(
        np.bincount(codes, minlength=n_strata).astype(np.float64),
        np.bincount(codes, weights=y, minlength=n_strata),
        np.bincount(codes, weights=y * y, minlength=n_strata),
        float(shift))


class _CellTable:
    """Moments of the target per occupied cell of a product of factors.

    ``keys`` contains one row of stratum indices per occupied cell (one column
    per factor). Cells are combined into one integer index by mixed radix
    over the current number of strata of each factor, so two different cells
    never share an index. That index is counted with ``np.bincount`` when the
    product of strata is small and grouped with ``np.unique`` otherwise.
    """

    def __init__(self, n_columns):
        self.keys = np.zeros((0, n_columns), dtype=np.int64)
        self.count = np.zeros(0)
        self.total = np.zeros(0)
        self.total_sq = np.zeros(0)

    def add(self, y, codes, radices):
        keys, count, total, total_sq = _group_cells(y, codes, radices)
        self._merge(keys, count, total, total_sq, radices)

    def add_table(self, keys, count, total, total_sq, radices):
        self._merge(keys, count, total, total_sq, radices)

    def _merge(self, keys, count, total, total_sq, radices):
        if len(self.count) == 0:
            self.keys, self.count, self.total, self.total_sq = keys, count, total, total_sq
            return
        all_keys = np.concatenate([self.keys, keys])
        combined = _ravel(all_keys, radices)
        cells, inverse = np.unique(combined, return_inverse=True)
        self.keys = all_keys[_first_index(inverse, len(cells))]
        self.count = np.bincount(inverse, np.concatenate([self.count, count]), len(cells))
        self.total = np.bincount(inverse, np.concatenate([self.total, total]), len(cells))
        self.total_sq = np.bincount(inverse, np.concatenate([self.total_sq, total_sq]),
                                    len(cells))

    def marginal(self, columns, radices):
        """Return the table summed over every column not in ``columns``."""
        table = _CellTable(len(columns))
        if len(self.count):
            table.add_table(*_group_table(self.keys[:, columns], self.count, self.total,
                                          self.total_sq, [radices[c] for c in columns]),
                            [radices[c] for c in columns])
        return table

    def moments(self, shift):
        return StratumMoments(self.count, self.total, self.total_sq, shift)


def _ravel(keys, radices):
    combined = np.zeros(len(keys), dtype=np.int64)
    for column, radix in enumerate(radices):
        combined *= int(radix)
        combined += keys[:, column]
    return combined


def _unravel(combined, radices):
    return np.stack(np.unravel_index(combined, tuple(int(r) for r in radices)), axis=1)


def _first_index(inverse, n_cells):
    first = np.empty(n_cells, dtype=np.int64)
    first[inverse[::-1]] = np.arange(len(inverse) - 1, -1, -1)
    return first


def _product_fits_int64(radices):
    product = 1
    for radix in radices:
        product *= int(radix)
    return product < (1 << 62), product


def _group_cells(y, codes, radices):
    _, cells = _product_fits_int64(radices)
    combined = np.zeros(len(y), dtype=np.int64)
    for column, radix in zip(codes, radices):
        combined *= int(radix)
        combined += column
    if cells <= DENSE_CELL_LIMIT:
        count = np.bincount(combined, minlength=cells).astype(np.float64)
        total = np.bincount(combined, weights=y, minlength=cells)
        total_sq = np.bincount(combined, weights=y * y, minlength=cells)
        occupied = np.flatnonzero(count)
        return (_unravel(occupied, radices), count[occupied], total[occupied],
                total_sq[occupied])
    unique, inverse = np.unique(combined, return_inverse=True)
    return (_unravel(unique, radices), np.bincount(inverse).astype(np.float64),
            np.bincount(inverse, weights=y), np.bincount(inverse, weights=y * y))


def _group_table(keys, count, total, total_sq, radices):
    unique, inverse = np.unique(_ravel(keys, radices), return_inverse=True)
    n = len(unique)
    return (_unravel(unique, radices), np.bincount(inverse, count, n),
            np.bincount(inverse, total, n), np.bincount(inverse, total_sq, n))


class StratifiedAccumulator:
    """Accumulate target moments per stratum of each factor and pair of factors.

    Call :meth:`add` once per block with the target values and one array of
    stratum indices per factor, all for the same observations (missing
    values already removed). The number of strata of a factor may grow from
    block to block, as new categories appear in a raster.

    While the joint table of all factors has at most ``JOINT_CELL_LIMIT``
    occupied cells, it is the only table, and the factors and pairs are its
    marginals. Beyond that limit the accumulator switches to one table per
    factor and per pair. Either way, memory depends on the number of strata and
    their combinations, never on the number of observations.
    """

    def __init__(self, n_factors):
        self.n_factors = n_factors
        self.shift = None
        self.radices = [0] * n_factors
        self._joint = _CellTable(n_factors)
        self._tables = None

    @property
    def pairs(self):
        return [(i, j) for i in range(self.n_factors) for j in range(i + 1, self.n_factors)]

    def add(self, target, codes, n_strata):
        """Add one block.

        Parameters
        ----------
        target : ndarray of float, shape (n,)
        codes : sequence of ndarray of int, each shape (n,)
            Stratum index of each observation, one array per factor.
        n_strata : sequence of int
            Number of strata of each factor known so far (an upper bound of
            every code plus one).
        """
        y = np.asarray(target, dtype=np.float64)
        if y.size == 0:
            return
        if self.shift is None:
            self.shift = float(y.mean())
        y = y - self.shift
        codes = [np.asarray(c, dtype=np.int64) for c in codes]
        self.radices = [max(int(a), int(b)) for a, b in zip(self.radices, n_strata)]

        fits, _ = _product_fits_int64(self.radices)
        if self._tables is None and not fits:
            self._split_joint()
        if self._tables is None:
            self._joint.add(y, codes, self.radices)
            if len(self._joint.count) > JOINT_CELL_LIMIT:
                self._split_joint()
            return
        for columns, table in self._tables.items():
            table.add(y, [codes[c] for c in columns], [self.radices[c] for c in columns])

    def _split_joint(self):
        self._tables = {}
        for i in range(self.n_factors):
            self._tables[(i,)] = self._joint.marginal([i], self.radices)
        for pair in self.pairs:
            self._tables[pair] = self._joint.marginal(list(pair), self.radices)
        self._joint = None

    def _table(self, columns):
        if self._tables is not None:
            return self._tables[tuple(columns)]
        return self._joint.marginal(list(columns), self.radices)

    def factor_moments(self, factor):
        """Return the dense :class:`StratumMoments` of one factor, one entry per stratum."""
        table = self._table([factor])
        n = self.radices[factor]
        index = table.keys[:, 0]
        return StratumMoments(np.bincount(index, table.count, n),
                              np.bincount(index, table.total, n),
                              np.bincount(index, table.total_sq, n),
                              self.shift if self.shift is not None else 0.0)

    def pair_moments(self, first, second):
        """Return the :class:`StratumMoments` of the occupied cells of a pair of factors."""
        table = self._table([first, second])
        return table.moments(self.shift if self.shift is not None else 0.0)
