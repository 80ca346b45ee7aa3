"""HTML report of RF Factor Screening: importances, selection, partial dependence."""


def write_screening_report(algorithm, path, result, target, selection):
    """Write the offline report of a :class:`core.random_forest.ScreeningResult`."""
    from ..core.charts import bar_chart, line_chart
    from ..core.report import HtmlReport

    tr = algorithm.tr
    report = HtmlReport(tr("RF factor screening: {target}").format(target=target),
                        language=algorithm.report_language())

    report.heading(tr("Model"))
    report.figures([
        (tr("Rows in the table"), result.rows_input),
        (tr("Rows used"), result.rows_used),
        (tr("Rows dropped for missing values"), result.rows_dropped),
        (tr("Validation"), validation_text(tr, result)),
        (tr("Out-of-bag R²"), result.oob_r2),
        (tr("Held-out R²"), result.test_r2),
        (tr("Held-out RMSE"), result.test_rmse),
        (tr("Selected factors"), ", ".join(result.selected) or tr("none")),
    ])
    if result.constant_factors:
        report.warning(tr("Factors with a single value, left out of the ranking: {factors}")
                       .format(factors=", ".join(result.constant_factors)))
    report.paragraph(_selection_text(tr, result, selection), "note")

    ranked = result.table.dropna(subset=["rank"]).sort_values("rank")
    labels = list(ranked["factor"])
    marks = [tr("selected") if chosen else "" for chosen in ranked["selected"]]
    report.heading(tr("Importance"))
    report.svg(bar_chart(labels, ranked["perm_mean"].to_numpy(float),
                         errors=ranked["perm_std"].to_numpy(float), marks=marks,
                         value_label=tr("Loss of held-out R² when shuffled"),
                         title=tr("Permutation importance")),
               tr("Permutation importance: mean loss of R² on held-out rows when the factor is "
                  "shuffled; error bars show one standard deviation over the repeats."))
    report.svg(bar_chart(labels, ranked["mdi"].to_numpy(float),
                         value_label=tr("Share of impurity decrease"),
                         title=tr("Impurity importance (MDI)")),
               tr("Impurity importance on the training rows. It favours factors with many "
                  "distinct values, so rank by permutation importance."))
    headers = {"factor": tr("Factor"), "type": tr("Type"), "levels": tr("Classes"),
               "missing": tr("Missing values"), "mdi": tr("MDI"),
               "perm_mean": tr("Permutation importance"), "perm_std": tr("Standard deviation"),
               "rank": tr("Rank"), "shadow_hit": tr("Shadow runs won"),
               "shadow_p": tr("Binomial p-value"), "selected": tr("Selected"),
               "status": tr("Status")}
    ordered = result.table.sort_values("rank", na_position="last", kind="mergesort")
    report.table(ordered.astype(object).where(ordered.notna(), None), columns=headers)

    if result.partial_dependence:
        report.heading(tr("Partial dependence"))
        report.paragraph(tr("Mean prediction of the forest as one factor varies and the "
                            "others keep their observed values, for the best ranked factors."),
                         "note")
        for curve in result.partial_dependence:
            if curve.categorical:
                labels, averages = _class_order(curve.grid, curve.average)
                svg = bar_chart(labels, averages, value_label=target, title=curve.factor)
                report.svg(svg, tr("Mean prediction per class of {factor}").format(
                    factor=curve.factor))
            else:
                report.svg(line_chart(curve.grid, curve.average, x_label=curve.factor,
                                      y_label=target, title=curve.factor))
    report.save(path)


def validation_text(tr, result):
    """Return the translated description of the held-out rows of ``result``."""
    if result.cv_folds:
        return tr("{folds}-fold cross-validation").format(folds=result.cv_folds)
    return tr("{percent:g} % of the rows held out").format(percent=100 * result.test_fraction)


def _class_order(classes, averages):
    """Return class labels and averages, in numeric order when every label is a number."""
    labels = [str(value) for value in classes]
    try:
        keys = [float(label) for label in labels]
    except ValueError:
        keys = labels
    order = sorted(range(len(labels)), key=lambda index: keys[index])
    return [labels[i] for i in order], [averages[i] for i in order]


def _selection_text(tr, result, selection):
    if selection == "shadow":
        return tr("Shadow rule: in each of {runs} runs every factor got a shuffled copy; a "
                  "factor is selected when it beat every copy in at least {needed} runs "
                  "(one-sided binomial test against 0.5, p < 0.05 divided by the number of "
                  "factors).").format(runs=result.shadow_runs, needed=result.shadow_hits_needed)
    if selection == "top_k":
        return tr("Top k rule: the best ranked factors by permutation importance.")
    return tr("Cumulative rule: the best ranked factors until their share of the positive "
              "permutation importance reaches the threshold.")
