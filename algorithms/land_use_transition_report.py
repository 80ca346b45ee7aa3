"""HTML report of the Land Use Transition algorithm: tables, matrices and a Sankey diagram."""

import numpy as np
import pandas as pd

UNIT_LABELS = {"m2": "m²", "ha": "ha", "km2": "km²"}

#: Transitions shown in the carbon bar chart, the largest changes first.
CARBON_CHART_ROWS = 15


def write_transition_report(algorithm, path, result, areas, unit):
    """Write the report of ``result`` to ``path``; texts go through ``algorithm.tr``."""
    from ..core.charts import bar_chart, heatmap, sankey
    from ..core.land_use_transition import AREA_UNITS, transition_table
    from ..core.report import HtmlReport

    tr = algorithm.tr
    unit_label = UNIT_LABELS[unit]
    factor = AREA_UNITS[unit]
    report = HtmlReport(tr("Land use transition {first}–{last}").format(
        first=result.years[0], last=result.years[-1]), language=algorithm.report_language())

    report.heading(tr("Summary"))
    figures = [(tr("Classes found at any date"), len(result.codes))]
    for year, pixels, area in zip(result.years, result.date_pixels.sum(axis=1),
                                  result.date_area_m2.sum(axis=1)):
        figures.append((tr("Valid area {year} ({unit})").format(year=year, unit=unit_label),
                        area / factor))
    for interval in result.intervals:
        label = result.interval_label(interval)
        figures.append((tr("Pixels left out of {interval} (valid at one date only)").format(
            interval=label), interval.pixels_left_out))
    report.figures(figures)

    report.heading(tr("Flows between classes"))
    stages = [str(year) for year in result.years]
    nodes, flows = [], []
    for date in range(len(result.years)):
        present = np.flatnonzero(result.date_pixels[date])
        nodes.append([(int(result.codes[i]), result.names[i], result.colors[i])
                      for i in present])
    for interval in (i for i in result.intervals if i.is_consecutive):
        rows, columns = np.nonzero(interval.pixels)
        flows.append([(int(result.codes[i]), int(result.codes[j]),
                       float(interval.area_m2[i, j] / factor)) for i, j in zip(rows, columns)])
    report.svg(sankey(stages, nodes, flows, value_unit=unit_label,
                      title=tr("Land-use flows between dates")),
               tr("Area flowing from each class to each class between consecutive dates, over "
                  "the pixels valid at both dates. Hover over a band or a class for its area "
                  "and share."))

    report.heading(tr("Area per class and date"))
    report.table(_wide_area_table(tr, result, areas, unit, unit_label))
    for interval in (i for i in result.intervals if i.is_consecutive):
        rows = areas[areas["interval"] == result.interval_label(interval)]
        report.paragraph(tr("Comprehensive land-use dynamic degree {interval}: {value:.4f} % "
                            "per year.").format(interval=result.interval_label(interval),
                                                value=rows[
                                                    "comprehensive_dynamic_degree_pct"].iloc[0]))

    report.heading(tr("Transition matrices ({unit})").format(unit=unit_label))
    labels = [f"{code} {name}" for code, name in zip(result.codes, result.names)]
    for interval in result.intervals:
        label = result.interval_label(interval)
        report.heading(label, level=3)
        matrix = interval.area_m2 / factor
        shown = np.where(interval.pixels > 0, matrix, np.nan)
        report.svg(heatmap(labels, labels, shown, title=tr("Transition matrix {interval}")
                           .format(interval=label)),
                   tr("Rows: class in {first}; columns: class in {last}.").format(
                       first=result.years[interval.first], last=result.years[interval.last]))
        table = pd.DataFrame(matrix, columns=labels)
        table[tr("Total")] = matrix.sum(axis=1)
        totals = pd.DataFrame([np.append(matrix.sum(axis=0), matrix.sum())],
                              columns=labels + [tr("Total")])
        table = pd.concat([table, totals], ignore_index=True)
        table.insert(0, tr("From \\ to"), labels + [tr("Total")])
        report.table(table)

    if result.densities is not None:
        _carbon_section(report, tr, result, transition_table(result, unit), bar_chart)
    report.save(path)


def _wide_area_table(tr, result, areas, unit, unit_label):
    """Return one row per class with area and share per date and K per interval."""
    table = pd.DataFrame({tr("Code"): result.codes, tr("Class"): result.names})
    for year in result.years:
        rows = areas[areas["year"] == year]
        table[tr("Area {year} ({unit})").format(year=year, unit=unit_label)] = \
            rows[f"area_{unit}"].to_numpy()
        table[tr("Share {year} (%)").format(year=year)] = rows["share_pct"].to_numpy()
    for year in result.years[1:]:
        rows = areas[areas["year"] == year]
        interval = rows["interval"].iloc[0]
        table[tr("Change {interval} ({unit})").format(interval=interval, unit=unit_label)] = \
            rows[f"area_change_{unit}"].to_numpy()
        table[tr("K {interval} (% per year)").format(interval=interval)] = \
            rows["dynamic_degree_pct"].to_numpy()
    return table


def _carbon_section(report, tr, result, transitions, bar_chart):
    report.heading(tr("Carbon change by transition"))
    totals = transitions.groupby("interval", sort=False)["carbon_change_mg"].sum()
    report.figures([(tr("Carbon change {interval} (Mg C)").format(interval=interval), value)
                    for interval, value in totals.items()])
    overall = result.interval_label(next(i for i in result.intervals
                                         if i.first == 0 and i.last == len(result.years) - 1))
    changed = transitions[(transitions["interval"] == overall) & transitions["changed"]]
    largest = changed.reindex(changed["carbon_change_mg"].abs()
                              .sort_values(ascending=False).index).head(CARBON_CHART_ROWS)
    labels = [f"{a} → {b}" for a, b in zip(largest["from_name"], largest["to_name"])]
    colors = ["#2166ac" if value >= 0 else "#b2182b" for value in largest["carbon_change_mg"]]
    report.svg(bar_chart(labels, largest["carbon_change_mg"].to_numpy(), colors=colors,
                         value_label=tr("Carbon change (Mg C)"),
                         title=tr("Largest carbon changes {interval}").format(interval=overall)),
               tr("The transitions of {interval} with the largest carbon gains (blue) and "
                  "losses (red).").format(interval=overall))
