"""The consolidated report of a Carbon Driver Analysis run.

The report puts the study's headline numbers and maps first, then embeds the
reports of the child algorithms (land-use transitions, random forest,
geographical detector) so every table and chart is built by one mechanism,
and ends with the settings and software versions needed to repeat the run.
"""

import os
import re
from dataclasses import dataclass, field

from qgis.core import QgsRasterLayer

from .map_images import render_map_png
from .styling import style_diverging, style_sequential


@dataclass
class StudyOutputs:
    """Paths and results of the child algorithms of one study run."""

    folder: str
    years: list
    analysis_year: int
    totals: dict = field(default_factory=dict)
    change_total: float = None
    change_raster: str = None
    carbon_rasters: dict = field(default_factory=dict)
    carbon_by_class: list = field(default_factory=list)
    transition: dict = field(default_factory=dict)
    samples: str = None
    rf: dict = field(default_factory=dict)
    rf_table: str = None
    detector: dict = field(default_factory=dict)
    detector_folder: str = None


def embedded_body(path):
    """Return the body of a child report without its title, headings one level lower."""
    if not path or not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as handle:
        html = handle.read()
    match = re.search(r"<body>(.*)</body>", html, re.S)
    body = match.group(1) if match else ""
    # The child's title repeats the section heading the study report gives it.
    body = re.sub(r"<h1\b.*?</h1>", "", body, count=1, flags=re.S)
    for level in (5, 4, 3, 2, 1):
        body = re.sub(rf"<(/?)h{level}\b", rf"<\g<1>h{level + 1}", body)
    return body


def strongest_factor(factor_table):
    """Return ``(factor, q)`` of the highest q in a factor-detector table, or None."""
    if factor_table is None or factor_table.empty:
        return None
    best = factor_table.loc[factor_table["q"].idxmax()]
    return str(best["factor"]), float(best["q"])


def strongest_interaction(interaction_table):
    """Return ``(pair, q)`` of the highest interaction q, or None."""
    if interaction_table is None or interaction_table.empty:
        return None
    best = interaction_table.loc[interaction_table["q_interaction"].idxmax()]
    return f"{best['factor_1']} ∩ {best['factor_2']}", float(best["q_interaction"])


def _read_csv(path):
    import pandas as pd

    if path and os.path.exists(path):
        return pd.read_csv(path)
    return None


def write_report(algorithm, path, outputs, settings, timings, feedback):
    """Write the study report to ``path``; return its headline numbers."""
    import numpy as np
    import pandas as pd

    from ..core.charts import grouped_bar_chart
    from ..core.report import HtmlReport

    tr = algorithm.tr
    years = outputs.years
    report = HtmlReport(tr("Carbon driver study {first}–{last}").format(first=years[0],
                                                                         last=years[-1]),
                        language=algorithm.report_language())
    summary = {}

    factor_table = _read_csv(os.path.join(outputs.folder, "gd_factor.csv"))
    interaction_table = _read_csv(os.path.join(outputs.folder, "gd_interaction.csv"))
    factor = strongest_factor(factor_table)
    interaction = strongest_interaction(interaction_table)

    report.heading(tr("Headline numbers"), anchor="headline")
    figures = [(tr("Total carbon {year} (Mg C)").format(year=year), outputs.totals[year])
               for year in years]
    figures.append((tr("Carbon change {first}–{last}, pixels valid at both dates (Mg C)")
                    .format(first=years[0], last=years[-1]), outputs.change_total))
    if factor is not None:
        summary["strongest_factor"] = factor[0]
        figures.append((tr("Strongest factor (q)"), f"{factor[0]} ({factor[1]:.4f})"))
    if interaction is not None:
        summary["strongest_interaction"] = interaction[0]
        figures.append((tr("Strongest interaction (q)"), f"{interaction[0]} ({interaction[1]:.4f})"))
    report.figures(figures)

    report.heading(tr("Carbon maps"), anchor="maps")
    for year in years:
        layer = QgsRasterLayer(outputs.carbon_rasters[year], tr("Carbon {year} (Mg C/ha)")
                               .format(year=year))
        style_sequential(layer)
        report.image(render_map_png(layer, tr("Carbon {year} (Mg C/ha)").format(year=year)),
                     tr("Carbon density in {year}, Mg C/ha.").format(year=year))
    change = QgsRasterLayer(outputs.change_raster, tr("Carbon change (Mg C/ha)"))
    style_diverging(change)
    report.image(render_map_png(change, tr("Carbon change {first}–{last} (Mg C/ha)").format(
        first=years[0], last=years[-1])),
        tr("Change in carbon density from {first} to {last}; losses in red, gains in blue.")
        .format(first=years[0], last=years[-1]))

    report.heading(tr("Carbon per date and class"), anchor="carbon")
    carbon = pd.concat([_read_csv(p) for p in outputs.carbon_by_class], ignore_index=True)
    carbon["date"] = carbon["date"].astype(str)
    pivot = carbon.pivot_table(index=["lucode", "name"], columns="date", values="c_total_mg",
                               aggfunc="sum", fill_value=0.0)
    pivot = pivot[[str(year) for year in years if str(year) in pivot.columns]]
    labels = [f"{code} {name}" for code, name in pivot.index]
    report.svg(grouped_bar_chart(labels, {c: pivot[c].to_numpy() for c in pivot.columns},
                                 value_label=tr("Carbon (Mg C)"),
                                 title=tr("Carbon by class and date")),
               tr("Carbon stored per land-use class and date (Mg C)."))
    totals = pd.DataFrame({tr("Year"): years,
                           tr("Total carbon (Mg C)"): [outputs.totals[y] for y in years]})
    report.table(totals)

    report.heading(tr("Land-use change"), anchor="land-use")
    report.raw(embedded_body(outputs.transition.get("REPORT")))

    if outputs.rf:
        report.heading(tr("Random-forest screening of driving factors"), anchor="rf")
        report.raw(embedded_body(outputs.rf.get("REPORT")))
    if outputs.detector:
        report.heading(tr("Geographical detector"), anchor="detector")
        report.raw(embedded_body(outputs.detector.get("REPORT")))

    report.heading(tr("Settings and software"), anchor="settings")
    report.figures(settings["parameters"])
    report.figures(settings["versions"])
    report.table(pd.DataFrame({tr("Step"): list(timings),
                               tr("Time (s)"): np.round(list(timings.values()), 2)}))
    report.save(path)
    feedback.pushInfo(tr("Report: {path}").format(path=path))
    return summary
