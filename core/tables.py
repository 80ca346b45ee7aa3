"""Parsing and validation of user tables: carbon pools, legends and samples.

Tables come as CSV files or as attribute tables that the algorithms convert to
``pandas.DataFrame``. Columns are looked up case-insensitively; codes must be
unique integers; densities must be finite numbers. Each problem raises an
:class:`InputError` that names the column, the rows and the fix.
"""

import csv
import re

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP

#: Encodings tried in turn for CSV files; GB18030 covers tables saved by
#: Chinese-language Excel, Latin-1 accepts any byte string.
CSV_ENCODINGS = ("utf-8-sig", "gb18030", "latin-1")

_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def read_csv_table(path):
    """Read a CSV file with a header row into a DataFrame of strings.

    The delimiter (comma, semicolon or tab) is detected from the header, and
    the encoding is tried in the order of :data:`CSV_ENCODINGS`.
    """
    for encoding in CSV_ENCODINGS:
        try:
            with open(path, encoding=encoding, newline="") as handle:
                header = handle.readline()
                handle.seek(0)
                delimiter = _detect_delimiter(header)
                frame = pd.read_csv(handle, sep=delimiter, dtype=str, skipinitialspace=True,
                                    keep_default_na=False)
            break
        except UnicodeDecodeError:
            continue
        except (OSError, pd.errors.ParserError, csv.Error) as error:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "Cannot read the table {path}: {error}. Check that it is a CSV "
                "file with a header row."), path=path, error=error) from error
    frame.columns = [str(column).strip() for column in frame.columns]
    return frame.apply(lambda column: column.str.strip())


def _detect_delimiter(header):
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=counts.get) if max(counts.values()) else ","


def find_column(frame, requested, candidates=(), role="", table="table"):
    """Return the column of ``frame`` that matches ``requested`` or a candidate.

    Parameters
    ----------
    frame : DataFrame
    requested : str or None
        Column name given by the user; matched case-insensitively.
    candidates : sequence of str
        Names tried in order when ``requested`` is empty.
    role : str
        What the column holds, for the error message (e.g. "land-use code").
    table : str
        Name of the table, for the error message.

    Returns
    -------
    str or None
        The column's name as spelled in the table, or None when nothing was
        requested and no candidate exists.
    """
    by_lower = {str(column).lower(): column for column in frame.columns}
    if requested:
        column = by_lower.get(str(requested).strip().lower())
        if column is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The column '{column}' ({role}) is missing from the {table}. "
                "Its columns are: {columns}."),
                column=requested, role=role, table=table,
                columns=", ".join(map(str, frame.columns)))
        return column
    for candidate in candidates:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def require_rows(frame, table="table"):
    if len(frame) == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The {table} has no rows. Add one row per class."), table=table)


def parse_codes(frame, column, table="table"):
    """Return the integer class codes of ``column``; reject blanks, fractions, duplicates."""
    raw = frame[column]
    numbers = pd.to_numeric(raw.replace("", np.nan), errors="coerce")
    bad = raw[numbers.isna() | (numbers % 1 != 0)]
    if len(bad):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The column '{column}' of the {table} must hold whole-number class "
            "codes, but row(s) {rows} hold {values}. Correct or delete those rows."),
            column=column, table=table, rows=_row_numbers(bad.index),
            values=", ".join(repr(v) for v in bad.head(10)))
    codes = numbers.astype(np.int64)
    duplicated = codes[codes.duplicated(keep=False)]
    if len(duplicated):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The {table} lists the code(s) {codes} more than once (rows {rows}). "
            "Keep one row per code."),
            table=table, codes=", ".join(map(str, sorted(set(duplicated)))),
            rows=_row_numbers(duplicated.index))
    return codes.to_numpy()


def parse_numbers(frame, column, table="table", allow_negative=False, role="value"):
    """Return ``column`` as float64; reject blanks, text, infinities and negatives."""
    raw = frame[column]
    if raw.dtype == object:
        numbers = pd.to_numeric(raw.replace("", np.nan), errors="coerce")
    else:
        numbers = raw.astype(float)
    bad = raw[~np.isfinite(numbers.to_numpy(dtype=float))]
    if len(bad):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The column '{column}' ({role}) of the {table} must hold numbers, but "
            "row(s) {rows} are empty or hold {values}. Enter a number (0 where "
            "the pool is absent)."),
            column=column, role=role, table=table, rows=_row_numbers(bad.index),
            values=", ".join(repr(v) for v in bad.head(10)))
    if not allow_negative:
        negative = numbers[numbers < 0]
        if len(negative):
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The column '{column}' ({role}) of the {table} holds negative "
                "values in row(s) {rows}: {values}. Densities cannot be negative; "
                "correct those rows."),
                column=column, role=role, table=table, rows=_row_numbers(negative.index),
                values=", ".join(f"{v:g}" for v in negative.head(10)))
    return numbers.to_numpy(dtype=float)


def parse_color(text):
    """Return ``text`` as ``#rrggbb`` (or ``#rrggbbaa``), or None if malformed."""
    text = (text or "").strip()
    return text.lower() if _HEX_COLOR.match(text) else None


def _row_numbers(index):
    """Return 1-based data-row numbers (header excluded) as text, at most ten."""
    numbers = [str(int(i) + 1) for i in list(index)[:10]]
    return ", ".join(numbers) + (" ..." if len(index) > 10 else "")
