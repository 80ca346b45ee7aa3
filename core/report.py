"""Self-contained HTML reports that open offline, in a browser or in QGIS.

A report is a list of sections of headings, paragraphs, tables, key figures
and inline SVG charts (see :mod:`core.charts`). Images are embedded as data
URIs, and no script or style sheet is loaded from the network. The caller
passes every visible text already translated.
"""

import base64
import os
from html import escape

import numpy as np
import pandas as pd

from .charts import format_number

_STYLE = """
body{font-family:sans-serif;margin:1.5em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.6em;border-bottom:2px solid #1b7837;padding-bottom:.2em}
h2{font-size:1.25em;margin-top:1.6em;color:#1b7837}
h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .6em}
th{background:#f0f4ef;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
caption{caption-side:top;text-align:left;font-weight:bold;padding:.3em 0}
dl.figures{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}
dl.figures dt{font-weight:bold}
figure{margin:1em 0}
figcaption{font-size:.9em;color:#555}
.scroll{overflow-x:auto}
.note{font-size:.9em;color:#555}
.warning{background:#fff4e5;border-left:4px solid #e08214;padding:.4em .8em}
"""


class HtmlReport:
    """Build an offline HTML page section by section.

    Examples
    --------
    >>> report = HtmlReport("Carbon storage")
    >>> report.heading("Totals")
    >>> report.figures([("Total carbon (Mg C)", 1.5e6)])
    >>> report.save("report.html")
    """

    def __init__(self, title, language="en"):
        self.title = title
        self.language = language
        self.parts = []

    def heading(self, text, level=2, anchor=None):
        anchor_attribute = f' id="{escape(anchor)}"' if anchor else ""
        self.parts.append(f"<h{level}{anchor_attribute}>{escape(text)}</h{level}>")

    def paragraph(self, text, css_class=None):
        class_attribute = f' class="{css_class}"' if css_class else ""
        self.parts.append(f"<p{class_attribute}>{escape(text)}</p>")

    def warning(self, text):
        self.paragraph(text, "warning")

    def figures(self, items):
        """Add label/value pairs, such as totals, as a definition list."""
        rows = "".join(f"<dt>{escape(str(label))}</dt><dd>{escape(_format(value))}</dd>"
                       for label, value in items)
        self.parts.append(f'<dl class="figures">{rows}</dl>')

    def table(self, frame, caption=None, columns=None, digits=6):
        """Add a DataFrame as a table; ``columns`` maps column names to headers."""
        if columns is not None:
            frame = frame[list(columns)].rename(columns=columns)
        head = "".join(f"<th>{escape(str(column))}</th>" for column in frame.columns)
        rows = []
        for record in frame.itertuples(index=False):
            cells = []
            for value in record:
                numeric = isinstance(value, (int, float, np.integer, np.floating)) and not (
                    isinstance(value, bool))
                css = ' class="num"' if numeric else ""
                cells.append(f"<td{css}>{escape(_format(value, digits))}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        caption_html = f"<caption>{escape(caption)}</caption>" if caption else ""
        self.parts.append(f'<div class="scroll"><table>{caption_html}<thead><tr>{head}</tr>'
                          f'</thead><tbody>{"".join(rows)}</tbody></table></div>')

    def svg(self, svg, caption=None):
        """Add an inline SVG chart with an optional caption."""
        caption_html = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
        self.parts.append(f'<figure class="scroll">{svg}{caption_html}</figure>')

    def image(self, png_bytes, caption=None, alt=""):
        """Add a PNG image embedded as a data URI."""
        data = base64.b64encode(png_bytes).decode("ascii")
        caption_html = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
        self.parts.append(f'<figure><img src="data:image/png;base64,{data}" '
                          f'alt="{escape(alt or caption or "")}" style="max-width:100%">'
                          f"{caption_html}</figure>")

    def raw(self, html):
        """Add trusted HTML produced by another report's :meth:`body`."""
        self.parts.append(html)

    def body(self):
        return "\n".join(self.parts)

    def to_html(self):
        return (f'<!DOCTYPE html>\n<html lang="{escape(self.language)}"><head>'
                f'<meta charset="utf-8"><title>{escape(self.title)}</title>'
                f"<style>{_STYLE}</style></head><body><h1>{escape(self.title)}</h1>\n"
                f"{self.body()}\n</body></html>\n")

    def save(self, path):
        """Write the report to ``path`` atomically, as UTF-8."""
        partial = f"{path}.partial"
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(self.to_html())
        os.replace(partial, path)


def _format(value, digits=6):
    if value is None:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}" if abs(int(value)) >= 10_000 else str(int(value))
    if isinstance(value, (float, np.floating)):
        if pd.isna(value):
            return ""
        return format_number(float(value), digits)
    return str(value)
