"""Land-use transitions between dates: areas, matrices, dynamic degrees, carbon.

One block-wise pass over land-use rasters of several dates accumulates, for
each interval, a histogram of (earlier class, later class) pairs with
``np.bincount`` on combined integer indices. A Byte value is its own index.
Other types map their codes to indices of the union of the classes found at
any date, with index 0 for nodata. A single histogram per interval therefore
contains the transition matrix (pixels valid at both dates), each date's
class histogram over its own valid pixels (the margins) and the pixels valid
at only one of the two dates. Memory depends on the strip size and the
number of classes, not on the raster size.

Definitions used in the tables, with ``T = year_b - year_a`` in years:

- single land-use dynamic degree of class i,
  ``K = (U_b - U_a) / U_a / T * 100`` (% per year), where ``U_a`` and ``U_b``
  are the class's areas at the two dates over each date's own valid pixels;
- comprehensive land-use dynamic degree of an interval,
  ``LC = sum_i sum_{j != i} A_ij / sum_i sum_j A_ij / T * 100`` (% per year),
  where ``A`` is the transition matrix over the pixels valid at both dates.
  It equals ``sum_ij |dLU_ij| / (2 sum_i LU_i) / T * 100`` when each
  conversion ``|dLU_ij|`` is counted once as a loss of i and once as a gain
  of j, the form in which the index is usually printed;
- carbon change of a transition i -> j,
  ``area_ha * (density_j - density_i)`` in Mg C, with densities in Mg C/ha.
"""

import colorsys
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .carbon import (COLOR_CANDIDATES, NAME_CANDIDATES, missing_codes_error,
                     open_land_use_rasters, read_class_codes, whole_number_codes)
from .errors import InputError, Notice
from .i18n import QT_TRANSLATE_NOOP
from .pixel_area import SQUARE_METRES_PER_HECTARE, row_pixel_areas_m2
from .progress import SubProgress
from .raster import (DEFAULT_BLOCK_BUDGET, BlockReader, OutputSet, RasterWriter, prefetched,
                     valid_mask)
from .tables import find_column, parse_color

#: Square metres per area unit, by the unit's key.
AREA_UNITS = {"m2": 1.0, "ha": SQUARE_METRES_PER_HECTARE, "km2": 1_000_000.0}

#: The change raster codes a pixel as ``from_code * CHANGE_CODE_FACTOR + to_code``.
CHANGE_CODE_FACTOR = 1000
#: Nodata of the change raster: pixels not valid at both the first and last date.
CHANGE_NODATA = -1

#: Integer rasters of at most this many bytes per pixel are indexed through
#: a dense look-up table over every possible value.
_DENSE_ITEMSIZE = 2
#: Index of nodata in the class indices.
_NODATA_INDEX = 0
_UNKNOWN_INDEX = -1


@dataclass
class Legend:
    """Names and colours of land-use classes, with None for a missing or invalid colour."""

    codes: np.ndarray
    names: list
    colors: list


def generated_color(code):
    """Return a stable ``#rrggbb`` colour for ``code``, spread around the hue circle."""
    hue = (int(code) * 0.618033988749895) % 1.0
    red, green, blue = colorsys.hsv_to_rgb(hue, 0.55, 0.85)
    return "#{:02x}{:02x}{:02x}".format(round(red * 255), round(green * 255), round(blue * 255))


def legend_from_frame(frame, code_field=None, name_field=None, color_field=None,
                      table="legend"):
    """Validate a legend table; return ``(Legend, notices)``.

    Codes must be unique integers. A colour that is not ``#rrggbb`` or
    ``#rrggbbaa`` is replaced by a generated colour and reported in the
    returned notices instead of failing.

    Parameters
    ----------
    frame : DataFrame
        One row per class.
    code_field, name_field, color_field : str, optional
        Columns; when empty the usual names (``lucode``, ``id``, ``name``,
        ``lc``, ``color``, ``color_palette`` ...) are tried.
    table : str
        Name of the table in messages.
    """
    _, codes = read_class_codes(frame, code_field, table)
    name_column = find_column(frame, name_field, NAME_CANDIDATES, "class name", table)
    color_column = find_column(frame, color_field, COLOR_CANDIDATES, "colour", table)

    names = [""] * len(codes)
    if name_column is not None:
        names = ["" if value is None else str(value).strip() for value in frame[name_column]]
    colors = [None] * len(codes)
    notices = []
    if color_column is not None:
        for row, (code, value) in enumerate(zip(codes, frame[color_column])):
            text = "" if value is None else str(value).strip()
            colors[row] = parse_color(text)
            if colors[row] is None and text:
                notices.append(Notice(QT_TRANSLATE_NOOP(
                    "CarbonDrivers",
                    "The colour '{value}' of code {code} in the {table} is not a "
                    "#rrggbb colour; the generated colour {color} is used instead."),
                    {"value": text, "code": int(code), "table": table,
                     "color": generated_color(code)}))
    return Legend(codes, names, colors), notices


def legend_from_carbon_table(carbon_table):
    """Return the names and colours of a ``CarbonTable`` as a :class:`Legend` and notices."""
    frame = pd.DataFrame({"code": carbon_table.codes})
    frame["name"] = carbon_table.names if carbon_table.names else ""
    frame["color"] = carbon_table.colors if carbon_table.colors else ""
    return legend_from_frame(frame, "code", "name", "color", table="carbon table")


def class_styles(codes, legend=None):
    """Return names and colours for ``codes``, generated where the legend has none."""
    by_code = {}
    if legend is not None:
        by_code = {int(code): (name, color)
                   for code, name, color in zip(legend.codes, legend.names, legend.colors)}
    names, colors = [], []
    for code in codes:
        name, color = by_code.get(int(code), ("", None))
        names.append(name or f"Class {int(code)}")
        colors.append(color or generated_color(code))
    return names, colors


def parse_years(text, count):
    """Return ``count`` strictly increasing integer years from comma-separated ``text``."""
    parts = [part.strip() for part in str(text or "").replace(";", ",").split(",")
             if part.strip()]
    try:
        years = [int(part) for part in parts]
    except ValueError:
        years = None
    if years is None or len(years) != count:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "YEARS must list one whole-number year per land-use raster, separated "
            "by commas ({count} rasters were given), but it is '{text}'. Example: "
            "1990, 2000, 2010."), count=count, text=text or "")
    if any(later <= earlier for earlier, later in zip(years, years[1:])):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "YEARS must increase from raster to raster, but they are {years}. Give "
            "the rasters in date order."), years=", ".join(map(str, years)))
    return years


class _ClassUnion:
    """Indices 1, 2, ... of the class codes in the order they are found; 0 is nodata.

    ``capacity`` is the stride of the combined pair index ``from * capacity +
    to``. It doubles when the classes outgrow it, and the owner of the pair
    histograms then copies them into larger arrays.
    """

    def __init__(self, max_code=None):
        self.codes = []
        self.capacity = 32
        self.max_code = max_code
        self._sorted_codes = np.empty(0, np.int64)
        self._sorted_indices = np.empty(0, np.intp)

    def __len__(self):
        return len(self.codes)

    def add(self, new_codes):
        """Append codes not seen before and return the indices of ``new_codes``."""
        known = dict(zip(self.codes, range(1, len(self.codes) + 1)))
        for code in (int(c) for c in new_codes):
            if code not in known:
                if self.max_code is not None and not 0 <= code <= self.max_code:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "CarbonDrivers",
                        "The land-use code {code} cannot be written to the change "
                        "raster, which codes each pixel as from_code × {factor} + "
                        "to_code and so needs codes from 0 to {maximum}. Reclassify "
                        "the rasters or leave the change raster out."),
                        code=code, factor=CHANGE_CODE_FACTOR, maximum=self.max_code)
                self.codes.append(code)
                known[code] = len(self.codes)
        while len(self.codes) + 1 > self.capacity:
            self.capacity *= 2
        order = np.argsort(self.codes)
        self._sorted_codes = np.asarray(self.codes, np.int64)[order]
        self._sorted_indices = (order + 1).astype(np.intp)
        return np.array([known[int(c)] for c in new_codes], np.intp)

    def lookup(self, codes):
        """Return the index of each code, ``_UNKNOWN_INDEX`` where not seen yet."""
        if not len(self.codes):
            return np.full(codes.shape, _UNKNOWN_INDEX, np.intp)
        position = np.clip(np.searchsorted(self._sorted_codes, codes), 0,
                           len(self._sorted_codes) - 1)
        return np.where(self._sorted_codes[position] == codes, self._sorted_indices[position],
                        _UNKNOWN_INDEX).astype(np.intp)


class _RasterIndexer:
    """Map the values of one raster's blocks to class indices of a :class:`_ClassUnion`.

    Byte and 16-bit rasters go through a look-up table over every possible
    value, so a block costs one gather. Other types are matched by binary
    search after the nodata and whole-number checks.
    """

    def __init__(self, info, classes, label):
        self.info = info
        self.classes = classes
        self.label = label
        self._table = None
        if info.is_integer and info.dtype.itemsize <= _DENSE_ITEMSIZE:
            limits = np.iinfo(info.dtype)
            self._offset = -int(limits.min)
            self._table = np.full(int(limits.max) - int(limits.min) + 1, _UNKNOWN_INDEX,
                                  np.intp)
            nodata = info.nodata
            if nodata is not None and float(nodata).is_integer() and \
                    limits.min <= nodata <= limits.max:
                self._table[int(nodata) + self._offset] = _NODATA_INDEX

    def indices(self, values):
        """Return an intp array of class indices, 0 where ``values`` is nodata."""
        if self._table is not None:
            return self._dense_indices(values)
        valid = valid_mask(values, self.info.nodata)
        codes = whole_number_codes(values, valid, self.label)
        found = self.classes.lookup(codes)
        new = valid & (found == _UNKNOWN_INDEX)
        if new.any():
            self.classes.add(np.unique(codes[new]))
            found = self.classes.lookup(codes)
        found[~valid] = _NODATA_INDEX
        return found

    def _dense_indices(self, values):
        keys = values if self._offset == 0 else values.astype(np.int32) + self._offset
        found = self._table[keys]
        if found.min() == _UNKNOWN_INDEX:
            unknown = np.unique(keys[found == _UNKNOWN_INDEX])
            self._table[unknown] = self.classes.add(unknown - self._offset)
            found = self._table[keys]
        return found


@dataclass
class Interval:
    """Transitions between dates ``first`` and ``last`` (indices into the dates).

    ``pixels`` and ``area_m2`` are (n, n) matrices over the pixels valid at
    both dates, rows = class at ``first``, columns = class at ``last``, in the
    order of :attr:`TransitionResult.codes`.
    """

    first: int
    last: int
    pixels: np.ndarray
    area_m2: np.ndarray
    pixels_left_out: int

    @property
    def is_consecutive(self):
        return self.last == self.first + 1


@dataclass
class TransitionResult:
    """Class histograms per date and transition matrices per interval.

    ``codes`` is the sorted union of the classes found at any date; every
    array below is aligned with it. ``date_pixels`` and ``date_area_m2`` have
    shape (dates, n) and count each date's own valid pixels.
    """

    years: list
    labels: list
    codes: np.ndarray
    names: list
    colors: list
    date_pixels: np.ndarray
    date_area_m2: np.ndarray
    intervals: list
    densities: np.ndarray = None
    change_raster: str = None
    uniform_pixel_area: bool = True

    def interval_label(self, interval):
        return f"{self.years[interval.first]}-{self.years[interval.last]}"


def compute_land_use_transition(lulc_paths, years, legend=None, carbon_table=None,
                                change_raster=None, labels=None, progress=None,
                                budget=DEFAULT_BLOCK_BUDGET):
    """Accumulate class areas and transition matrices of several land-use dates.

    Parameters
    ----------
    lulc_paths : sequence of str
        Two or more land-use rasters with integer class codes, in date order,
        on one grid.
    years : sequence of int
        Strictly increasing years, one per raster.
    legend : Legend, optional
        Class names and colours; classes it lacks get generated ones.
    carbon_table : core.carbon.CarbonTable, optional
        Densities in Mg C/ha; every class found must be in it.
    change_raster : str, optional
        GeoTIFF path for the first-to-last change raster, Int32, coding each
        pixel valid at both dates as ``from_code * 1000 + to_code`` and
        every other pixel as -1. Codes must lie between 0 and 999.
    labels : sequence of str, optional
        Names of the rasters for messages.
    progress : object, optional
        Progress sink; see :mod:`core.progress`.
    budget : int
        Bytes that one strip of all rasters may take.

    Returns
    -------
    TransitionResult
        The intervals are the consecutive pairs of dates, followed by the
        first-to-last interval when there are three dates or more.
    """
    paths = [str(path) for path in lulc_paths]
    labels = list(labels) if labels else [f"LULC {i + 1}" for i in range(len(paths))]
    if len(paths) < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Land-use transitions need at least two land-use rasters, but {count} "
            "was given. Add the raster of another date."), count=len(paths))
    years = list(years)
    if len(years) != len(paths):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "YEARS lists {years} year(s) for {count} land-use rasters. Give one "
            "year per raster."), years=len(years), count=len(paths))
    rasters = open_land_use_rasters(paths, labels)

    pairs = [(date, date + 1) for date in range(len(paths) - 1)]
    if len(paths) > 2:
        pairs.append((0, len(paths) - 1))
    grid = rasters[0].grid
    row_area_m2 = row_pixel_areas_m2(grid)
    uniform = bool(np.all(row_area_m2 == row_area_m2[0]))
    weights = None if uniform else row_area_m2
    if all(info.dtype == np.uint8 for info in rasters):
        accumulator = _BytePairHistograms(pairs, rasters, weights)
    else:
        classes = _ClassUnion(CHANGE_CODE_FACTOR - 1 if change_raster else None)
        accumulator = _IndexedPairHistograms(pairs, rasters, labels, classes, weights)

    with OutputSet() as written:
        writer = None
        if change_raster:
            writer = written.add(RasterWriter(change_raster, grid, np.int32, CHANGE_NODATA))
            writer.set_description(f"land-use change {years[0]}-{years[-1]}")
        reader = BlockReader(rasters, budget=budget, progress=SubProgress(progress, 0.0, 0.98))
        for row, blocks in prefetched(reader):
            accumulator.add(row, blocks)
            if writer is not None:
                writer.write(row, accumulator.change_codes())

        result = _finish(accumulator, years, labels, legend, carbon_table, uniform,
                         row_area_m2[0])
    result.change_raster = change_raster
    return result


class _BytePairHistograms:
    """Pair histograms of Byte rasters over raw values: index ``earlier * 256 + later``.

    A Byte value is its own index, so a strip costs three copies and one
    ``np.bincount`` per interval, with no look-up. Nodata stays a value
    like any other and is removed per date when the histograms are reduced
    to the classes found.
    """

    size = 256

    def __init__(self, pairs, rasters, row_area_m2=None):
        self.pairs = pairs
        self.row_area_m2 = row_area_m2
        bins = self.size * self.size
        self.pixels = [np.zeros(bins, np.int64) for _ in pairs]
        self.area_m2 = None if row_area_m2 is None else [np.zeros(bins) for _ in pairs]
        values = np.arange(self.size)
        self.valid = np.array([valid_mask(values.astype(np.uint8), info.nodata)
                               for info in rasters])
        self._blocks = None
        self._pair_bytes = np.empty((0, 2), np.uint8)
        self._combined = np.empty(0, np.intp)

    def add(self, row, blocks):
        self._blocks = blocks
        weights = _row_weights(self.row_area_m2, row, blocks[0].shape)
        # The two bytes of each pixel pair are written side by side and read
        # as one uint16, earlier * 256 + later, then cast to intp, the type
        # np.bincount counts without a slow per-element cast. The buffers
        # serve every strip, which spares the page faults of fresh arrays.
        size = blocks[0].size
        if self._combined.size < size:
            self._pair_bytes = np.empty((size, 2), np.uint8)
            self._combined = np.empty(size, np.intp)
        pair_bytes, combined = self._pair_bytes[:size], self._combined[:size]
        high, low = (1, 0) if np.little_endian else (0, 1)
        for number, (first, last) in enumerate(self.pairs):
            np.copyto(pair_bytes[:, high], blocks[first].ravel())
            np.copyto(pair_bytes[:, low], blocks[last].ravel())
            np.copyto(combined, pair_bytes.view(np.uint16).ravel())
            self.pixels[number] += np.bincount(combined, minlength=self.size * self.size)
            if weights is not None:
                self.area_m2[number] += np.bincount(combined, weights=weights,
                                                    minlength=self.size * self.size)

    def change_codes(self):
        first, last = self._blocks[0], self._blocks[-1]
        both = self.valid[0][first] & self.valid[-1][last]
        codes = first.astype(np.int32) * CHANGE_CODE_FACTOR + last
        return np.where(both, codes, CHANGE_NODATA)

    def index_space(self):
        """Return the code of each index and, per date, which indices are valid."""
        return np.arange(self.size), self.valid

    def matrices(self, number):
        shape = (self.size, self.size)
        area = None if self.area_m2 is None else self.area_m2[number].reshape(shape)
        return self.pixels[number].reshape(shape), area

    def indices_of(self, codes):
        return np.asarray(codes, np.intp)


class _IndexedPairHistograms:
    """Pair histograms over indices of the union of classes, grown with the classes."""

    def __init__(self, pairs, rasters, labels, classes, row_area_m2=None):
        self.pairs = pairs
        self.classes = classes
        self.indexers = [_RasterIndexer(info, classes, label)
                         for info, label in zip(rasters, labels)]
        self.row_area_m2 = row_area_m2
        self.capacity = classes.capacity
        size = self.capacity * self.capacity
        self.pixels = [np.zeros(size, np.int64) for _ in pairs]
        self.area_m2 = None if row_area_m2 is None else [np.zeros(size) for _ in pairs]
        self._indices = None

    def add(self, row, blocks):
        indices = [indexer.indices(block) for indexer, block in zip(self.indexers, blocks)]
        self._indices = indices
        self.sync_capacity()
        capacity = self.capacity
        weights = _row_weights(self.row_area_m2, row, blocks[0].shape)
        for number, (first, last) in enumerate(self.pairs):
            combined = indices[first] * capacity
            combined += indices[last]
            combined = combined.ravel()
            self.pixels[number] += np.bincount(combined, minlength=capacity * capacity)
            if weights is not None:
                self.area_m2[number] += np.bincount(combined, weights=weights,
                                                    minlength=capacity * capacity)

    def sync_capacity(self):
        """Copy the histograms into larger arrays if the classes outgrew them."""
        old, new = self.capacity, self.classes.capacity
        if new == old:
            return

        def regrid(histogram):
            grown = np.zeros((new, new), histogram.dtype)
            grown[:old, :old] = histogram.reshape(old, old)
            return grown.ravel()

        self.pixels = [regrid(h) for h in self.pixels]
        if self.area_m2 is not None:
            self.area_m2 = [regrid(h) for h in self.area_m2]
        self.capacity = new

    def change_codes(self):
        first, last = self._indices[0], self._indices[-1]
        code_of_index = np.zeros(self.classes.capacity, np.int32)
        code_of_index[1:len(self.classes) + 1] = self.classes.codes
        both = (first != _NODATA_INDEX) & (last != _NODATA_INDEX)
        codes = code_of_index[first] * CHANGE_CODE_FACTOR + code_of_index[last]
        return np.where(both, codes, CHANGE_NODATA)

    def index_space(self):
        self.sync_capacity()
        code_of_index = np.zeros(self.capacity, np.int64)
        code_of_index[1:len(self.classes) + 1] = self.classes.codes
        valid = np.zeros(self.capacity, bool)
        valid[1:len(self.classes) + 1] = True
        return code_of_index, np.tile(valid, (len(self.indexers), 1))

    def matrices(self, number):
        shape = (self.capacity, self.capacity)
        area = None if self.area_m2 is None else self.area_m2[number].reshape(shape)
        return self.pixels[number].reshape(shape), area

    def indices_of(self, codes):
        position = {code: index for index, code in enumerate(self.classes.codes, start=1)}
        return np.array([position[int(code)] for code in codes], np.intp)


def _row_weights(row_area_m2, row, shape):
    """Return each pixel's area in a strip, or None when all pixels have one area."""
    if row_area_m2 is None:
        return None
    height, width = shape
    return np.repeat(row_area_m2[row:row + height], width)


def _finish(accumulator, years, labels, legend, carbon_table, uniform, pixel_area_m2):
    """Reduce the histograms to the sorted union of classes and check the carbon table."""
    code_of_index, valid = accumulator.index_space()
    dates = len(labels)
    index_counts = np.zeros((dates, len(code_of_index)), np.int64)
    for number, (first, last) in enumerate(accumulator.pairs):
        pixels, _ = accumulator.matrices(number)
        index_counts[first] = pixels.sum(axis=1)
        index_counts[last] = pixels.sum(axis=0)
    found = np.any(valid & (index_counts > 0), axis=0)
    codes = np.unique(code_of_index[found])
    keep = accumulator.indices_of(codes)

    intervals = []
    date_pixels = np.zeros((dates, len(codes)), np.int64)
    date_area = np.zeros((dates, len(codes)), np.float64)
    for number, (first, last) in enumerate(accumulator.pairs):
        pixels, area = accumulator.matrices(number)
        if area is None:
            area = pixels * pixel_area_m2
        rows_valid, columns_valid = valid[first], valid[last]
        both = rows_valid[:, None] & columns_valid[None, :]
        one = rows_valid[:, None] ^ columns_valid[None, :]
        matrix = np.where(both, pixels, 0)[np.ix_(keep, keep)]
        matrix_area = np.where(both, area, 0.0)[np.ix_(keep, keep)]
        left_out = int(pixels[one].sum())
        intervals.append(Interval(first, last, matrix, matrix_area, left_out))
        if last == first + 1:
            date_pixels[first] = np.where(rows_valid, pixels.sum(axis=1), 0)[keep]
            date_area[first] = np.where(rows_valid, area.sum(axis=1), 0.0)[keep]
            date_pixels[last] = np.where(columns_valid, pixels.sum(axis=0), 0)[keep]
            date_area[last] = np.where(columns_valid, area.sum(axis=0), 0.0)[keep]

    for date, label in enumerate(labels):
        if date_pixels[date].sum() == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The land-use raster {label} has no valid pixels (all are nodata). "
                "Check its nodata value."), label=label)

    densities = None
    if carbon_table is not None:
        densities = _class_densities(carbon_table, codes, date_pixels, labels)
    names, colors = class_styles(codes, legend)
    return TransitionResult(list(years), list(labels), codes, names, colors, date_pixels,
                            date_area, intervals, densities, uniform_pixel_area=uniform)


def _class_densities(carbon_table, codes, date_pixels, labels):
    """Return the total density of each class; raise if a class found is missing."""
    by_code = dict(zip(carbon_table.codes.tolist(), carbon_table.total.tolist()))
    for date, label in enumerate(labels):
        absent = {int(code): int(count) for code, count in zip(codes, date_pixels[date])
                  if count and int(code) not in by_code}
        if absent:
            raise missing_codes_error(label, absent)
    return np.array([by_code.get(int(code), np.nan) for code in codes], np.float64)


def _unit_factor(unit):
    if unit not in AREA_UNITS:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The area unit '{unit}' is not supported. Use one of: {units}."),
            unit=unit, units=", ".join(AREA_UNITS))
    return AREA_UNITS[unit]


def area_table(result, unit="ha"):
    """Return the class areas per date with the changes and dynamic degrees per interval.

    The table has one row per date and class of the union of classes, with
    zeros where a class is absent at that date. Its columns are ``year``,
    ``lucode``, ``name``, ``pixels``, ``area_<unit>``, ``share_pct`` (of the
    date's valid area) and ``carbon_mg`` (with a carbon table only).

    Rows of every date after the first also describe the interval from the
    previous date. Their ``interval`` names it, ``area_change_<unit>`` is
    later minus earlier, ``dynamic_degree_pct`` is K in % per year (NaN where
    the class is absent at the earlier date), and
    ``comprehensive_dynamic_degree_pct`` is LC in % per year, the same on
    every row of an interval. Each date's areas use that
    date's own valid pixels.
    """
    factor = _unit_factor(unit)
    consecutive = {interval.last: interval for interval in result.intervals
                   if interval.is_consecutive}
    frames = []
    for date, year in enumerate(result.years):
        area = result.date_area_m2[date] / factor
        frame = pd.DataFrame({
            "year": np.full(len(result.codes), year, np.int64),
            "lucode": result.codes,
            "name": result.names,
            "pixels": result.date_pixels[date],
            f"area_{unit}": area,
            "share_pct": 100.0 * area / area.sum(),
        })
        if result.densities is not None:
            frame["carbon_mg"] = (result.date_area_m2[date] / SQUARE_METRES_PER_HECTARE
                                  * result.densities)
        interval = consecutive.get(date)
        frame["interval"] = "" if interval is None else result.interval_label(interval)
        if interval is None:
            nothing = np.full(len(result.codes), np.nan)
            frame[f"area_change_{unit}"] = nothing
            frame["dynamic_degree_pct"] = nothing
            frame["comprehensive_dynamic_degree_pct"] = nothing
        else:
            before = result.date_area_m2[interval.first]
            after = result.date_area_m2[interval.last]
            span = result.years[interval.last] - result.years[interval.first]
            frame[f"area_change_{unit}"] = (after - before) / factor
            frame["dynamic_degree_pct"] = single_dynamic_degree(before, after, span)
            frame["comprehensive_dynamic_degree_pct"] = comprehensive_dynamic_degree(
                interval.area_m2, span)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def single_dynamic_degree(area_before, area_after, years):
    """Return ``K = (U_b - U_a) / U_a / T * 100`` per class, NaN where ``U_a`` is 0."""
    area_before = np.asarray(area_before, dtype=float)
    area_after = np.asarray(area_after, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        degree = (area_after - area_before) / area_before / years * 100.0
    return np.where(area_before > 0, degree, np.nan)


def comprehensive_dynamic_degree(matrix, years):
    """Return ``LC``: the share of the area that changed class, per year, in %.

    ``matrix`` is an interval's transition matrix (areas or pixel counts).
    The result is ``sum of off-diagonal cells / sum of all cells / T * 100``.
    """
    matrix = np.asarray(matrix, dtype=float)
    total = matrix.sum()
    if total == 0:
        return np.nan
    return (total - np.trace(matrix)) / total / years * 100.0


def transition_table(result, unit="ha"):
    """Return the transitions in long form: one row per interval and class pair.

    Only pairs with at least one pixel are listed, unchanged pairs included.
    Columns: ``interval``, ``year_from``, ``year_to``, ``from_code``,
    ``from_name``, ``to_code``, ``to_name``, ``changed``, ``pixels``,
    ``area_<unit>``, ``share_pct`` (of the interval's area valid at both
    dates) and, with a carbon table, ``carbon_change_mg``
    (``area_ha * (density_to - density_from)``).
    """
    factor = _unit_factor(unit)
    frames = []
    for interval in result.intervals:
        rows, columns = np.nonzero(interval.pixels)
        area = interval.area_m2[rows, columns]
        frame = pd.DataFrame({
            "interval": result.interval_label(interval),
            "year_from": np.full(len(rows), result.years[interval.first], np.int64),
            "year_to": np.full(len(rows), result.years[interval.last], np.int64),
            "from_code": result.codes[rows],
            "from_name": [result.names[i] for i in rows],
            "to_code": result.codes[columns],
            "to_name": [result.names[j] for j in columns],
            "changed": rows != columns,
            "pixels": interval.pixels[rows, columns],
            f"area_{unit}": area / factor,
            "share_pct": 100.0 * area / interval.area_m2.sum(),
        })
        if result.densities is not None:
            frame["carbon_change_mg"] = (area / SQUARE_METRES_PER_HECTARE
                                         * (result.densities[columns] - result.densities[rows]))
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def matrix_table(result, unit="ha", total_label="Total"):
    """Return the transition matrices in wide form, stacked interval after interval.

    Each interval contributes one row per earlier class and a totals row.
    The columns are ``interval``, ``from_code``, ``from_name``, one column per
    later class (named ``"<code> <name>"``) and ``total_label``. Cells are
    areas in ``unit`` over the pixels valid at both dates.
    """
    factor = _unit_factor(unit)
    headers = [f"{code} {name}" for code, name in zip(result.codes, result.names)]
    frames = []
    for interval in result.intervals:
        matrix = interval.area_m2 / factor
        body = pd.DataFrame(matrix, columns=headers)
        body[total_label] = matrix.sum(axis=1)
        totals = pd.DataFrame([np.append(matrix.sum(axis=0), matrix.sum())],
                              columns=headers + [total_label])
        block = pd.concat([body, totals], ignore_index=True)
        block.insert(0, "from_name", list(result.names) + [total_label])
        block.insert(0, "from_code", [str(code) for code in result.codes] + [""])
        block.insert(0, "interval", result.interval_label(interval))
        frames.append(block)
    return pd.concat(frames, ignore_index=True)


def change_raster_classes(result):
    """Return the first-to-last pairs of the change raster, one tuple per pair.

    Each tuple is ``(value, colour, from_name, to_name, changed)``. Unchanged
    pairs are grey, and changed pairs take the colour of the later class.
    """
    interval = next(i for i in result.intervals
                    if i.first == 0 and i.last == len(result.years) - 1)
    classes = []
    for row, column in zip(*np.nonzero(interval.pixels)):
        value = int(result.codes[row]) * CHANGE_CODE_FACTOR + int(result.codes[column])
        changed = bool(row != column)
        color = result.colors[column] if changed else "#d9d9d9"
        classes.append((value, color, result.names[row], result.names[column], changed))
    return classes
