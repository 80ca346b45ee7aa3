"""Carbon storage and sequestration from land-use maps (InVEST Carbon model).

Each land-use class carries a carbon density in Mg C/ha for up to four pools
(aboveground, belowground, soil, dead organic matter) or one total density.
A pixel stores its class's density; a class's stock is its area in hectares
times its density. With a later land-use map on the same grid, the change in
density is ``later - earlier`` over pixels valid at both dates, and its net
present value follows InVEST's valuation.

All totals are computed from per-class (and per class pair) pixel areas
accumulated block by block, so they are exact sums in float64 and memory does
not depend on the raster size.

References
----------
Natural Capital Project. InVEST User's Guide, "Carbon Storage and
Sequestration" (InVEST 3.20).
"""

import os
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP
from .pixel_area import SQUARE_METRES_PER_HECTARE, row_pixel_areas_m2
from .progress import SubProgress
from .raster import (BlockReader, OutputSet, RasterWriter, open_raster, prefetched,
                     require_same_grid, valid_mask)
from .tables import find_column, parse_codes, parse_numbers, require_rows

#: The four InVEST carbon pools, in InVEST's order.
POOLS = ("above", "below", "soil", "dead")
#: InVEST's carbon-table column for each pool.
INVEST_POOL_COLUMNS = {"above": "c_above", "below": "c_below", "soil": "c_soil",
                       "dead": "c_dead"}
CODE_CANDIDATES = ("lucode", "code", "id", "value", "class")
TOTAL_CANDIDATES = ("c_total", "total", "carbon", "density")
NAME_CANDIDATES = ("lulc_name", "name", "lc", "class_name", "description", "label")
COLOR_CANDIDATES = ("color", "colour", "color_palette", "rgb")

#: Role of each carbon-table column as error messages name it. The roles are
#: marked for translation, so the algorithms translate them with the message.
COLUMN_ROLES = {
    "code": QT_TRANSLATE_NOOP("CarbonDrivers", "land-use code"),
    "above": QT_TRANSLATE_NOOP("CarbonDrivers", "aboveground carbon density"),
    "below": QT_TRANSLATE_NOOP("CarbonDrivers", "belowground carbon density"),
    "soil": QT_TRANSLATE_NOOP("CarbonDrivers", "soil carbon density"),
    "dead": QT_TRANSLATE_NOOP("CarbonDrivers", "dead organic matter carbon density"),
    "total": QT_TRANSLATE_NOOP("CarbonDrivers", "total carbon density"),
    "name": QT_TRANSLATE_NOOP("CarbonDrivers", "class name"),
    "color": QT_TRANSLATE_NOOP("CarbonDrivers", "colour"),
}

#: Nodata of every floating-point output: the lowest float32, which no
#: density, change or value can reach.
FLOAT_NODATA = float(np.finfo(np.float32).min)

#: Largest class code for which a dense look-up array is used.
_DENSE_LOOKUP_LIMIT = 1 << 20


@dataclass
class CarbonTable:
    """Carbon densities per land-use class.

    ``pools`` maps a pool name (``above``, ``below``, ``soil``, ``dead``, or
    ``total`` for a single density) to densities in Mg C/ha, aligned with
    ``codes``.
    """

    codes: np.ndarray
    pools: dict
    names: list = None
    colors: list = None

    @property
    def total(self):
        return np.sum([self.pools[name] for name in self.pools], axis=0)

    @property
    def has_pools(self):
        return "total" not in self.pools

    def name_of(self, code):
        if self.names is None:
            return ""
        index = np.flatnonzero(self.codes == code)
        return self.names[index[0]] if index.size else ""


def open_land_use_rasters(paths, labels):
    """Open land-use rasters on one grid; return their :class:`RasterInfo` objects.

    Raises :class:`InputError` for a raster that is not numeric or not on
    the first raster's grid.
    """
    rasters = [open_raster(path, label=label) for path, label in zip(paths, labels)]
    for info, label in zip(rasters, labels):
        if not (info.is_integer or np.issubdtype(info.dtype, np.floating)):
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The land-use raster {label} has the data type {dtype}; it must "
                "hold integer class codes."), label=label, dtype=info.dtype)
    for info, label in zip(rasters[1:], labels[1:]):
        require_same_grid(rasters[0], info, labels[0], label)
    return rasters


def read_class_codes(frame, code_field=None, table="table"):
    """Return the code column of a class table and its validated integer codes.

    ``code_field`` is matched case-insensitively; when empty, the usual names
    (:data:`CODE_CANDIDATES`) are tried. An empty table, a missing column and
    codes that are not unique integers raise :class:`InputError`.
    """
    require_rows(frame, table)
    code_column = find_column(frame, code_field, CODE_CANDIDATES, COLUMN_ROLES["code"], table)
    if code_column is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The {table} has no land-use code column (looked for {candidates}). "
            "Choose the code field. Its columns are: {columns}."),
            table=table, candidates=", ".join(CODE_CANDIDATES),
            columns=", ".join(map(str, frame.columns)))
    return code_column, parse_codes(frame, code_column, table)


def carbon_table_from_frame(frame, code_field=None, pool_fields=None, total_field=None,
                            name_field=None, color_field=None, table="carbon table"):
    """Validate a carbon table and return a :class:`CarbonTable`.

    Parameters
    ----------
    frame : DataFrame
        The table, one row per land-use class.
    code_field : str, optional
        Column of class codes; ``lucode`` and similar names are tried if empty.
    pool_fields : dict, optional
        Pool name to column, for any of the four pools. InVEST's names
        (``c_above`` ...) are tried for pools not given.
    total_field : str, optional
        Column with one total density per class, used instead of pools.
    name_field, color_field : str, optional
        Columns with class names and display colours, tried by name if empty.

    Raises
    ------
    InputError
        For an empty table, missing columns, codes that are not unique
        integers, and densities that are empty, not numeric or negative.
    """
    code_column, codes = read_class_codes(frame, code_field, table)

    pool_fields = {pool: column for pool, column in (pool_fields or {}).items() if column}
    columns = {}
    if total_field:
        columns["total"] = find_column(frame, total_field, (), COLUMN_ROLES["total"], table)
    else:
        for pool in POOLS:
            column = find_column(frame, pool_fields.get(pool),
                                 (INVEST_POOL_COLUMNS[pool],), COLUMN_ROLES[pool], table)
            if column is not None:
                columns[pool] = column
        if not columns:
            total = find_column(frame, None, TOTAL_CANDIDATES, COLUMN_ROLES["total"], table)
            if total is not None:
                columns["total"] = total
    if not columns:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The {table} has no carbon density column. Name the pool fields "
            "(InVEST's c_above, c_below, c_soil, c_dead are found automatically) "
            "or a total density field. Its columns are: {columns}."),
            table=table, columns=", ".join(map(str, frame.columns)))
    pools = {pool: parse_numbers(frame, column, table, role=COLUMN_ROLES[pool])
             for pool, column in columns.items()}

    name_column = find_column(frame, name_field, NAME_CANDIDATES, COLUMN_ROLES["name"], table)
    color_column = find_column(frame, color_field, COLOR_CANDIDATES, COLUMN_ROLES["color"], table)
    names = None if name_column is None else [str(v) for v in frame[name_column]]
    colors = None if color_column is None else [str(v) for v in frame[color_column]]
    return CarbonTable(codes, pools, names, colors)


def valuation_constant(price, discount_rate_percent, price_change_percent, years):
    """Return the NPV per Mg C of change spread evenly over ``years`` years.

    InVEST's formula: ``price / years * sum_{t=0}^{years-1}
    1 / ((1 + r)^t (1 + c)^t)`` with the discount rate ``r`` and the annual
    price change ``c`` as fractions.
    """
    t = np.arange(int(years))
    factors = 1.0 / ((1 + discount_rate_percent / 100.0) ** t
                     * (1 + price_change_percent / 100.0) ** t)
    return float(price / years * factors.sum())


class ClassLookup:
    """Map raster class codes to row indices of a carbon table, block by block.

    Codes absent from the table map to ``missing`` (the number of table
    rows), so a histogram over indices ``0..n`` counts them together and
    :meth:`count_missing` can name them.
    """

    def __init__(self, codes):
        self.codes = np.asarray(codes, dtype=np.int64)
        self.missing = len(self.codes)
        self._dense = None
        low, high = int(self.codes.min()), int(self.codes.max())
        if low >= 0 and high < _DENSE_LOOKUP_LIMIT:
            self._dense = np.full(max(high + 1, 256), self.missing, dtype=np.int32)
            self._dense[self.codes] = np.arange(len(self.codes), dtype=np.int32)
        self._order = np.argsort(self.codes)
        self._sorted = self.codes[self._order]

    def indices(self, values):
        """Return the table row of each value (``missing`` where absent)."""
        if self._dense is not None and np.issubdtype(values.dtype, np.unsignedinteger) \
                and np.iinfo(values.dtype).max < len(self._dense):
            return self._dense[values]
        values = values.astype(np.int64, copy=False)
        if self._dense is not None:
            inside = (values >= 0) & (values < len(self._dense))
            return np.where(inside, self._dense[np.clip(values, 0, len(self._dense) - 1)],
                            self.missing).astype(np.int32)
        position = np.clip(np.searchsorted(self._sorted, values), 0, len(self._sorted) - 1)
        found = self._sorted[position] == values
        return np.where(found, self._order[position], self.missing).astype(np.int32)


@dataclass
class CarbonOutputs:
    """Destination paths of the raster outputs; None skips an output."""

    carbon: str = None
    carbon_later: str = None
    change: str = None
    npv: str = None
    pools_folder: str = None


@dataclass
class CarbonResult:
    """Totals and per-class summary of a carbon storage run.

    Totals are in Mg C; ``npv`` is in the price's currency. ``change``
    covers only pixels valid at both dates, as InVEST's does.
    """

    summary: pd.DataFrame
    total: float
    total_later: float = None
    change: float = None
    npv: float = None
    valid_pixels: int = 0
    valid_pixels_later: int = None
    pixels_both_dates: int = None
    pixels_one_date: int = None
    pool_totals: dict = field(default_factory=dict)
    pool_totals_later: dict = field(default_factory=dict)
    valuation_constant: float = None


def whole_number_codes(values, valid, label):
    """Return integer codes of a land-use block; reject fractional values."""
    if np.issubdtype(values.dtype, np.integer):
        return values
    fractional = valid & (values != np.floor(values))
    if fractional.any():
        example = values[fractional][0]
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The land-use raster {label} holds the non-integer value {value}. "
            "Land-use classes must be whole-number codes; reclassify the raster "
            "(e.g. with Reclassify by table) before running."),
            label=label, value=f"{example:g}")
    return np.where(valid, values, 0).astype(np.int64)


def missing_codes_error(label, counts_by_code):
    listing = ", ".join(f"{code} ({count:,} px)" for code, count in sorted(counts_by_code.items()))
    return InputError(QT_TRANSLATE_NOOP(
        "CarbonDrivers",
        "The land-use raster {label} contains codes that are missing from the "
        "carbon table: {codes}. Add a row for each code to the carbon table, or "
        "set those pixels to nodata."), label=label, codes=listing)


def compute_carbon_storage(lulc_path, table, outputs=None, lulc_later_path=None, year=None,
                           year_later=None, price=None, discount_rate=0.0, price_change=0.0,
                           per_pixel=False, progress=None, labels=("LULC", "LULC_LATER")):
    """Compute carbon storage for one or two dates, writing rasters block by block.

    Parameters
    ----------
    lulc_path : str
        Land-use raster of the earlier (or only) date, integer class codes.
    table : CarbonTable
    outputs : CarbonOutputs, optional
        Raster destinations; totals are computed even with none.
    lulc_later_path : str, optional
        Land-use raster of a later date on the same grid.
    year, year_later : int, optional
        Years of the two dates; needed for valuation.
    price : float, optional
        Price per Mg C; with ``lulc_later_path`` and the years, enables NPV.
    discount_rate, price_change : float
        Annual market discount rate and annual change in the price of carbon, in %.
    per_pixel : bool
        Write Mg C per pixel instead of Mg C/ha (totals are unaffected).
    progress : object, optional
        Progress sink; see :mod:`core.progress`.
    labels : tuple of str
        Names of the two land-use inputs, for messages.

    Returns
    -------
    CarbonResult
    """
    outputs = outputs or CarbonOutputs()
    paths = [lulc_path] + ([lulc_later_path] if lulc_later_path else [])
    rasters = open_land_use_rasters(paths, labels[:len(paths)])
    earlier = rasters[0]
    later = rasters[1] if len(rasters) > 1 else None

    constant = None
    if price is not None and later is not None:
        if year is None or year_later is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "Valuation needs the years of both dates. Set YEAR and YEAR_LATER, "
                "or leave PRICE empty."))
        if year_later <= year:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "YEAR_LATER ({later}) must be after YEAR ({earlier}) for valuation."),
                later=year_later, earlier=year)
        constant = valuation_constant(price, discount_rate, price_change, year_later - year)

    grid = earlier.grid
    areas_ha = row_pixel_areas_m2(grid) / SQUARE_METRES_PER_HECTARE
    lookup = ClassLookup(table.codes)
    n_classes = len(table.codes)
    pool_names = list(table.pools)
    pool_lut = {pool: np.append(table.pools[pool], 0.0) for pool in pool_names}
    total_lut = np.append(table.total, 0.0)

    # In a projected CRS every pixel has the same area, so pixel counts give
    # the areas and the weighted histograms can be skipped.
    uniform_area = bool(np.all(areas_ha == areas_ha[0]))

    # Class histograms: index n_classes collects codes missing from the table.
    counts = [np.zeros(n_classes + 1, np.int64) for _ in rasters]
    class_area = [np.zeros(n_classes + 1, np.float64) for _ in rasters]
    missing = [dict() for _ in rasters]
    pair_area = np.zeros((n_classes + 1) * (n_classes + 1), np.float64)
    pair_count = 0

    with OutputSet() as written:
        writers = _open_writers(written, outputs, grid, later is not None, constant is not None,
                                table, year, year_later)
        reader = BlockReader(rasters, progress=SubProgress(progress, 0.0, 1.0))
        for row, blocks in prefetched(reader):
            rows = blocks[0].shape[0]
            row_area = (areas_ha[0] if uniform_area
                        else np.broadcast_to(areas_ha[row:row + rows, None], blocks[0].shape))
            indices, valids = [], []
            for date, (values, info) in enumerate(zip(blocks, rasters)):
                valid = valid_mask(values, info.nodata)
                codes = whole_number_codes(values, valid, labels[date])
                index = np.where(valid, lookup.indices(codes), n_classes + 1)
                block_counts = np.bincount(index.ravel(), minlength=n_classes + 2)[:n_classes + 1]
                counts[date] += block_counts
                if uniform_area:
                    class_area[date] += block_counts * row_area
                else:
                    class_area[date] += np.bincount(index.ravel(), weights=row_area.ravel(),
                                                    minlength=n_classes + 2)[:n_classes + 1]
                absent = valid & (index == n_classes)
                if absent.any():
                    found, found_counts = np.unique(codes[absent], return_counts=True)
                    for code, count in zip(found.tolist(), found_counts.tolist()):
                        missing[date][code] = missing[date].get(code, 0) + count
                indices.append(np.minimum(index, n_classes))
                valids.append(valid & (index < n_classes))
            if later is not None:
                both = valids[0] & valids[1]
                pair_count += int(both.sum())
                pair = indices[0][both] * (n_classes + 1) + indices[1][both]
                if uniform_area:
                    pair_area += np.bincount(pair, minlength=len(pair_area)) * row_area
                else:
                    pair_area += np.bincount(pair, weights=row_area[both],
                                             minlength=len(pair_area))
            if any(missing):
                continue
            _write_block(writers, row, indices, valids, pool_lut, total_lut, row_area,
                         per_pixel, constant)
        for date, found in enumerate(missing):
            if found:
                raise missing_codes_error(labels[date], found)
        for date, info in enumerate(rasters):
            if counts[date][:n_classes].sum() == 0:
                raise InputError(QT_TRANSLATE_NOOP(
                    "CarbonDrivers",
                    "The land-use raster {label} has no valid pixels (all are "
                    "nodata). Check its nodata value."), label=labels[date])

    return _summarize(table, rasters, counts, class_area, pair_area, pair_count, year,
                      year_later, constant, labels)


def _open_writers(written, outputs, grid, two_dates, valuation, table, year, year_later):
    writers = {}

    def add(key, path, description):
        if path:
            writer = written.add(RasterWriter(path, grid, np.float32, FLOAT_NODATA))
            writer.set_description(description)
            writers[key] = writer

    add("carbon", outputs.carbon, f"total carbon {year or ''}".strip())
    if two_dates:
        add("carbon_later", outputs.carbon_later, f"total carbon {year_later or ''}".strip())
        add("change", outputs.change, "carbon change")
        if valuation:
            add("npv", outputs.npv, "net present value of carbon change")
    if outputs.pools_folder and table.has_pools:
        os.makedirs(outputs.pools_folder, exist_ok=True)
        dates = [("", year)] + ([("later", year_later)] if two_dates else [])
        for suffix, date_year in dates:
            tag = str(date_year) if date_year is not None else (suffix or "earlier")
            for pool in table.pools:
                add(f"{pool}:{suffix}", os.path.join(outputs.pools_folder, f"c_{pool}_{tag}.tif"),
                    f"{pool} carbon {tag}")
    return writers


def _write_block(writers, row, indices, valids, pool_lut, total_lut, row_area, per_pixel,
                 constant):
    scale = row_area if per_pixel else 1.0
    densities = [total_lut[index] for index in indices]
    for date, key in enumerate(("carbon", "carbon_later")):
        if key in writers:
            writers[key].write(row, np.where(valids[date], densities[date] * scale, FLOAT_NODATA))
    for date, suffix in enumerate(("", "later")):
        for pool, lut in pool_lut.items():
            key = f"{pool}:{suffix}"
            if key in writers:
                writers[key].write(row, np.where(valids[date], lut[indices[date]] * scale,
                                                 FLOAT_NODATA))
    if len(indices) == 2 and ("change" in writers or "npv" in writers):
        both = valids[0] & valids[1]
        change = (densities[1] - densities[0]) * scale
        if "change" in writers:
            writers["change"].write(row, np.where(both, change, FLOAT_NODATA))
        if "npv" in writers:
            writers["npv"].write(row, np.where(both, change * constant, FLOAT_NODATA))


def _summarize(table, rasters, counts, class_area, pair_area, pair_count, year, year_later,
               constant, labels):
    n = len(table.codes)
    frames, pool_totals = [], []
    years = [year, year_later]
    for date in range(len(rasters)):
        date_label = str(years[date]) if years[date] is not None else labels[date]
        area = class_area[date][:n]
        present = counts[date][:n] > 0
        frame = pd.DataFrame({
            "date": date_label,
            "lucode": table.codes[present],
            "name": [table.names[i] for i in np.flatnonzero(present)] if table.names else "",
            "pixels": counts[date][:n][present],
            "area_ha": area[present],
        })
        totals = {}
        for pool, densities in table.pools.items():
            frame[f"c_{pool}_mg"] = area[present] * densities[present]
            totals[pool] = float(np.dot(area, densities))
        if table.has_pools:
            frame["c_total_mg"] = area[present] * table.total[present]
        totals["total"] = float(np.dot(area, table.total))
        frames.append(frame)
        pool_totals.append(totals)

    result = CarbonResult(summary=pd.concat(frames, ignore_index=True),
                          total=pool_totals[0]["total"], pool_totals=pool_totals[0],
                          valid_pixels=int(counts[0][:n].sum()), valuation_constant=constant)
    if len(rasters) == 2:
        density = np.append(table.total, 0.0)
        change_matrix = density[None, :] - density[:, None]
        result.total_later = pool_totals[1]["total"]
        result.pool_totals_later = pool_totals[1]
        result.change = float(np.dot(pair_area, change_matrix.ravel()))
        result.valid_pixels_later = int(counts[1][:n].sum())
        result.pixels_both_dates = pair_count
        result.pixels_one_date = result.valid_pixels + result.valid_pixels_later - 2 * pair_count
        if constant is not None:
            result.npv = float(result.change * constant)
    return result
