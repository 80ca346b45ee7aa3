"""HTML report of the Geographical Detector: q chart, interaction heatmap, risk means."""

import numpy as np

from ..core.i18n import CONTEXT
from .base import translate

#: Risk t-test rows above which the report shows only the stratum means.
MAX_RISK_ROWS = 300


def write_geodetector_report(algorithm, path, result):
    """Write the report of a :class:`GeoDetectorResult` to ``path``."""
    from ..core.charts import bar_chart, heatmap
    from ..core.report import HtmlReport

    tr = algorithm.tr
    report = HtmlReport(tr("Geographical detector"), language=algorithm.report_language())
    report.figures([
        (tr("Observations used (N)"), result.n),
        (tr("Observations dropped (missing target or factor)"), result.n_dropped),
        (tr("Significance level"), result.alpha),
        (tr("Variance in the non-centrality of the F test"), tr("sample variance (N − 1)")),
        (tr("Tolerance for equal q in interaction types"),
         float(result.interactions["tolerance"].iloc[0]) if len(result.interactions) else 1e-9),
    ])
    if result.sampled:
        report.paragraph(tr("Class breaks of continuous factors were computed from a seeded "
                            "random sample of pixels (see the column breaks_n); every "
                            "detector then uses every valid pixel."))
    for template, params in result.warnings:
        report.warning(translate(CONTEXT, template).format(**params))

    factors = result.factors
    report.heading(tr("Factor detector"))
    marks = ["*" if p < result.alpha else "" for p in factors["p_value"].fillna(1.0)]
    report.svg(bar_chart(factors["factor"].tolist(), factors["q"].to_numpy(), marks=marks,
                         value_label=tr("q statistic"), title=tr("q per factor")),
               tr("q per factor; * marks p < {alpha} (non-central F test).").format(
                   alpha=result.alpha))
    # A p-value below the smallest double (about 1e-308) is computed as 0.
    shown = factors.assign(p_value=[
        "< 1e-300" if p == 0 else p for p in factors["p_value"]])
    report.table(shown, columns={
        "factor": tr("Factor"), "q": tr("q"), "p_value": tr("p-value"),
        "strata": tr("Strata"), "n": tr("N"), "discretization": tr("Discretization"),
        "classes": tr("Classes"), "breaks": tr("Breaks"),
        "single_observation_strata": tr("Strata with one observation")})

    if len(result.interactions):
        _interaction_section(report, tr, result, heatmap)
    _risk_section(report, tr, result, bar_chart)
    if len(result.ecological):
        report.heading(tr("Ecological detector"))
        report.paragraph(tr("Two-sided F test of the within-strata sums of squares of two "
                            "factors, F = N1 (N2 − 1) SSW1 / (N2 (N1 − 1) SSW2), at the "
                            "significance level {alpha}.").format(alpha=result.alpha))
        report.table(result.ecological, columns={
            "factor_1": tr("Factor 1"), "factor_2": tr("Factor 2"), "f_statistic": tr("F"),
            "p_value": tr("p-value"), "significant": tr("Significant"),
            "stronger_factor": tr("Stronger factor")})
    report.save(path)


def _interaction_section(report, tr, result, heatmap):
    short = {"nonlinear weaken": tr("nonlinear weaken"),
             "univariate weaken": tr("univariate weaken"),
             "bivariate enhance": tr("bivariate enhance"),
             "independent": tr("independent"),
             "nonlinear enhance": tr("nonlinear enhance")}
    names = result.factors["factor"].tolist()
    index = {name: i for i, name in enumerate(names)}
    values = np.full((len(names), len(names)), np.nan)
    text = [["" for _ in names] for _ in names]
    for name, q in zip(names, result.factors["q"]):
        values[index[name], index[name]] = q
        text[index[name]][index[name]] = f"{q:.3f}"
    for row in result.interactions.itertuples(index=False):
        i, j = index[row.factor_1], index[row.factor_2]
        for a, b in ((i, j), (j, i)):
            values[a, b] = row.q_interaction
            text[a][b] = f"{row.q_interaction:.3f}\n{short[row.interaction_type]}"
    report.heading(tr("Interaction detector"))
    report.svg(heatmap(names, names, values, cell_text=text,
                       title=tr("Interaction q and type")),
               tr("q of the intersected strata of each pair of factors and the type of "
                  "interaction; the diagonal holds each factor's own q."))
    report.table(result.interactions, columns={
        "factor_1": tr("Factor 1"), "factor_2": tr("Factor 2"), "q_1": tr("q 1"),
        "q_2": tr("q 2"), "q_interaction": tr("q 1 ∩ 2"), "strata": tr("Strata"),
        "interaction_type": tr("Type")})


def _risk_section(report, tr, result, bar_chart):
    report.heading(tr("Risk detector"))
    report.paragraph(tr("Mean of the target per stratum with ± one standard deviation. "
                        "Strata are compared pairwise with Welch's two-sided t-test at the "
                        "significance level {alpha}.").format(alpha=result.alpha))
    for factor in result.factors["factor"]:
        strata = result.strata[result.strata["factor"] == factor]
        risk = result.risk[result.risk["factor"] == factor]
        significant = int((risk["significant"] == 1.0).sum())
        report.heading(str(factor), level=3)
        report.svg(bar_chart(strata["label"].tolist(), strata["mean"].to_numpy(),
                             errors=np.nan_to_num(strata["std"].to_numpy()),
                             value_label=tr("Mean of the target"),
                             title=tr("Mean per stratum of {factor}").format(factor=factor)),
                   tr("{significant} of {pairs} pairs of strata differ significantly.").format(
                       significant=significant, pairs=len(risk)))
        report.table(strata, columns={
            "label": tr("Stratum"), "count": tr("Count"), "mean": tr("Mean"),
            "std": tr("Standard deviation")})
    if len(result.risk) <= MAX_RISK_ROWS:
        report.table(result.risk, columns={
            "factor": tr("Factor"), "label_1": tr("Stratum 1"), "label_2": tr("Stratum 2"),
            "mean_1": tr("Mean 1"), "mean_2": tr("Mean 2"), "t_statistic": tr("t"),
            "p_value": tr("p-value"), "significant": tr("Significant")})
    else:
        report.paragraph(tr("The {rows} t-tests are in the risk detector table.").format(
            rows=len(result.risk)))
