"""Random-forest screening of candidate driving factors.

A random forest (scikit-learn ``RandomForestRegressor``) predicts the target
from the factors. Each factor gets two importances:

- impurity importance (MDI): the forest's ``feature_importances_``, the mean
  decrease of squared error over the splits on the factor, measured on the
  training rows. It is cheap but favours factors with many distinct values.
- permutation importance: the drop of R² on held-out rows when the factor's
  values are shuffled (``sklearn.inspection.permutation_importance``), as a
  mean and standard deviation over the repeats (and folds).

Categorical factors are one-hot encoded, so no order is invented between
their classes. The forest is trained on one column per class. The MDI of a
factor is the sum over its columns, and permutation importance shuffles the
factor as a whole before encoding, so every factor gets one value of each.

Every random step takes a seed derived from ``seed``: the split, each tree
(scikit-learn draws one seed per tree from ``random_state`` before it starts
threads, so ``n_jobs`` does not change the trees), the permutations and the
shadow copies. Predictions sum the trees in a fixed order whatever the number
of threads. The same inputs and seed therefore give identical tables.
"""

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from joblib import effective_n_jobs
from scipy import stats
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import partial_dependence, permutation_importance
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import KFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP
from .progress import NullProgress, SubProgress, check_canceled

SELECTION_TOP_K = "top_k"
SELECTION_CUMULATIVE = "cumulative"
SELECTION_SHADOW = "shadow"
SELECTION_RULES = (SELECTION_TOP_K, SELECTION_CUMULATIVE, SELECTION_SHADOW)

#: Smallest number of held-out rows for which R² and permutation importance
#: are reported.
MIN_HELD_OUT_ROWS = 5

#: Most classes accepted in one categorical factor (one column each).
MAX_CATEGORIES = 100

#: Rows of the training data used for partial dependence (a seeded sample).
PARTIAL_DEPENDENCE_ROWS = 1000
PARTIAL_DEPENDENCE_GRID = 20

#: Groups of trees summed separately in a prediction. It must not depend on
#: the number of threads, or sums would round differently.
PREDICTION_GROUPS = 8

#: Held-out rows (a seeded sample) on which each shadow run measures
#: permutation importance.
SHADOW_HELD_OUT_ROWS = 5000

CONTINUOUS = "continuous"
CATEGORICAL = "categorical"
STATUS_OK = "ok"
STATUS_CONSTANT = "constant"

TABLE_COLUMNS = [
    "factor", "type", "levels", "missing", "mdi", "perm_mean", "perm_std",
    "rank", "shadow_hit", "shadow_p", "selected", "status",
]


@dataclass
class PartialDependence:
    """Mean prediction of the forest as one factor varies over a grid."""

    factor: str
    categorical: bool
    grid: list
    average: np.ndarray


@dataclass
class ScreeningResult:
    """Importances, selection and accuracy of one screening run.

    ``table`` has one row per factor in input order with the columns of
    :data:`TABLE_COLUMNS`. ``rank`` is 1 for the largest permutation
    importance and missing for excluded (constant) factors. ``shadow_hit``
    counts the shadow runs the factor won, ``shadow_p`` is the one-sided
    binomial p-value of that count (both missing unless the shadow rule ran).
    ``validation`` describes the held-out rows in English, and ``cv_folds``
    (0 for a single split) and ``test_fraction`` give them as numbers.
    """

    table: pd.DataFrame
    selected: list
    oob_r2: float
    test_r2: float
    test_rmse: float
    rows_input: int
    rows_used: int
    rows_dropped: int
    constant_factors: list
    validation: str
    cv_folds: int = 0
    test_fraction: float = 0.0
    partial_dependence: list = field(default_factory=list)
    shadow_runs: int = 0
    shadow_hits_needed: int = 0


def screen_factors(
    frame, target, factors, categorical=(), *, n_trees=500, max_features=1 / 3,
    min_samples_leaf=5, max_samples=None, seed=0, test_fraction=0.25, cv_folds=0,
    permutation_repeats=10, selection=SELECTION_SHADOW, top_k=5,
    cumulative_threshold=0.8, shadow_runs=20, shadow_alpha=0.05,
    partial_dependence_top=4, n_jobs=1, progress=None,
):
    """Rank candidate factors of ``target`` by random-forest importance.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per sample. It is not modified.
    target : str
        Numeric column to predict.
    factors : sequence of str
        Candidate factor columns. Columns in ``categorical`` that are not
        listed here are added after them.
    categorical : sequence of str
        Factors whose values are classes (one-hot encoded). Any other factor
        must be numeric.
    n_trees, max_features, min_samples_leaf, max_samples
        Forest settings. ``max_features`` is the fraction (0, 1] of encoded
        columns tried at each split. ``max_samples`` is the number of rows
        drawn for each tree's bootstrap sample. ``None``, or a number above
        the training rows, draws as many as there are training rows.
    seed : int
        Seed of every random step.
    test_fraction : float
        Share of rows held out for R², RMSE and permutation importance, used
        when ``cv_folds`` is below 2.
    cv_folds : int
        With 2 or more, k-fold cross-validation replaces the single split:
        each fold is held out once, permutation importances are pooled over
        folds and repeats, R² and RMSE use the pooled out-of-fold predictions.
    permutation_repeats : int
        Shuffles per factor and held-out set.
    selection : {"top_k", "cumulative", "shadow"}
        ``top_k`` selects the ``top_k`` best ranked factors. ``cumulative``
        selects the best ranked factors until their share of the summed
        positive permutation importance reaches ``cumulative_threshold``.
        ``shadow`` fits ``shadow_runs`` forests on the training rows with a
        shuffled copy of every factor added. A factor wins a run when its
        held-out permutation importance (one shuffle, on at most
        ``SHADOW_HELD_OUT_ROWS`` rows) exceeds that of every shuffled copy.
        It is selected when the one-sided binomial test of its wins against a
        win rate of 0.5 gives a p-value below ``shadow_alpha`` divided by the
        number of factors (Bonferroni correction). The shuffled copies follow
        the Boruta method.
    partial_dependence_top : int
        Number of best ranked factors for which partial dependence is
        computed.
    n_jobs : int
        Threads of the forest (``-1`` for all cores). Results do not depend
        on it.
    progress : object, optional
        Progress sink of :mod:`core.progress`.

    Returns
    -------
    ScreeningResult

    Raises
    ------
    InputError
        For missing or non-numeric columns, no factors, too few rows or
        invalid settings.
    CanceledError
        When ``progress`` reports a cancel between two fits.
    """
    progress = progress or NullProgress()
    factors = _factor_list(frame, target, factors, categorical)
    categorical = [name for name in factors if name in set(categorical)]
    _check_settings(n_trees, max_features, min_samples_leaf, max_samples,
                    test_fraction, cv_folds, permutation_repeats, selection,
                    top_k, cumulative_threshold, shadow_runs, shadow_alpha)

    data, missing = _prepare_rows(frame, target, factors, categorical)
    rows_input = len(frame)
    rows_used = len(data)
    constant = [name for name in factors if data[name].nunique() < 2]
    active = [name for name in factors if name not in constant]
    if not active:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Every factor has a single value in the {rows} complete rows: "
            "{factors}. Add factors that vary over the samples."),
            rows=rows_used, factors=", ".join(factors))
    if data[target].nunique() < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The target field {field} has a single value in the {rows} "
            "complete rows, so there is nothing to explain. Choose another "
            "target field."), field=target, rows=rows_used)
    _check_row_count(rows_used, rows_input, test_fraction, cv_folds, min_samples_leaf)
    active_categorical = [name for name in active if name in categorical]
    _check_levels(data, active_categorical)

    forest = dict(n_trees=n_trees, max_features=max_features,
                  min_samples_leaf=min_samples_leaf, max_samples=max_samples,
                  n_jobs=n_jobs)
    fit_end = 0.3 if selection == SELECTION_SHADOW else 0.9
    fit_progress = SubProgress(progress, 0.0, fit_end)
    if cv_folds >= 2:
        scores = _fit_cross_validated(data, target, active, active_categorical,
                                      forest, seed, cv_folds, permutation_repeats,
                                      fit_progress)
        validation = f"{cv_folds}-fold cross-validation"
    else:
        scores = _fit_held_out(data, target, active, active_categorical, forest,
                               seed, test_fraction, permutation_repeats, fit_progress)
        validation = f"held-out share {test_fraction:g}"

    importance = pd.DataFrame({
        "mdi": scores["mdi"], "perm_mean": scores["perm_mean"],
        "perm_std": scores["perm_std"],
    }, index=active)
    importance = importance.sort_values(["perm_mean", "mdi"], ascending=False, kind="mergesort")
    importance["rank"] = np.arange(1, len(importance) + 1)

    shadow = None
    hits_needed = 0
    if selection == SELECTION_SHADOW:
        shadow_progress = SubProgress(progress, fit_end, 0.9)
        shadow, hits_needed = _shadow_test(data, scores["splits"], target, active,
                                           active_categorical, forest, seed,
                                           shadow_runs, shadow_alpha, shadow_progress)
        selected = [name for name in importance.index if shadow.loc[name, "selected"]]
    elif selection == SELECTION_TOP_K:
        selected = list(importance.index[:top_k])
    else:
        selected = _select_cumulative(importance["perm_mean"], cumulative_threshold)

    check_canceled(progress)
    pd_factors = list(importance.index[:max(0, partial_dependence_top)])
    curves = _partial_dependence(scores["model"], scores["train"], pd_factors,
                                 active_categorical, seed)
    progress.set_fraction(1.0)

    table = _result_table(factors, categorical, data, missing, importance, shadow,
                          selected, constant)
    return ScreeningResult(
        table=table, selected=selected, oob_r2=scores["oob_r2"],
        test_r2=scores["test_r2"], test_rmse=scores["test_rmse"],
        rows_input=rows_input, rows_used=rows_used,
        rows_dropped=rows_input - rows_used, constant_factors=constant,
        validation=validation, cv_folds=cv_folds if cv_folds >= 2 else 0,
        test_fraction=test_fraction if cv_folds < 2 else 0.0, partial_dependence=curves,
        shadow_runs=shadow_runs if shadow is not None else 0,
        shadow_hits_needed=hits_needed,
    )


def _factor_list(frame, target, factors, categorical):
    factors = list(dict.fromkeys(list(factors) + [c for c in categorical if c not in factors]))
    if not factors:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "No factor fields were given. Choose at least one factor field."))
    absent = [name for name in [target] + factors if name not in frame.columns]
    if absent:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Fields not found in the table: {fields}. Available fields: {available}."),
            fields=", ".join(absent), available=", ".join(map(str, frame.columns)))
    if target in factors:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The target field {field} is also listed as a factor. Remove it from "
            "the factor fields."), field=target)
    return factors


def _check_settings(n_trees, max_features, min_samples_leaf, max_samples,
                    test_fraction, cv_folds, permutation_repeats, selection,
                    top_k, cumulative_threshold, shadow_runs, shadow_alpha):
    def invalid(name, value, expected):
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers", "Invalid {name} {value}: expected {expected}."),
            name=name, value=value, expected=expected)

    if n_trees < 1:
        invalid("number of trees", n_trees, "1 or more")
    if not 0 < max_features <= 1:
        invalid("share of features per split", max_features, "a value in (0, 1]")
    if min_samples_leaf < 1:
        invalid("minimum samples per leaf", min_samples_leaf, "1 or more")
    if max_samples is not None and max_samples < 1:
        invalid("rows per tree", max_samples, "1 or more")
    if cv_folds < 2 and not 0 < test_fraction < 1:
        invalid("test fraction", test_fraction, "a value in (0, 1), or 2 or more folds")
    if permutation_repeats < 1:
        invalid("number of permutation repeats", permutation_repeats, "1 or more")
    if selection not in SELECTION_RULES:
        invalid("selection rule", selection, " or ".join(SELECTION_RULES))
    if selection == SELECTION_TOP_K and top_k < 1:
        invalid("number of factors to select", top_k, "1 or more")
    if selection == SELECTION_CUMULATIVE and not 0 < cumulative_threshold <= 1:
        invalid("cumulative importance threshold", cumulative_threshold, "a value in (0, 1]")
    if selection == SELECTION_SHADOW:
        if shadow_runs < 1:
            invalid("number of shadow runs", shadow_runs, "1 or more")
        if not 0 < shadow_alpha < 1:
            invalid("shadow test significance level", shadow_alpha, "a value in (0, 1)")


def _prepare_rows(frame, target, factors, categorical):
    """Return the complete rows with numeric or class-label columns, and the
    count of missing values per factor before rows are dropped."""
    columns = {target: _numeric_column(frame[target], target, is_target=True)}
    for name in factors:
        if name in categorical:
            columns[name] = _class_labels(frame[name])
        else:
            columns[name] = _numeric_column(frame[name], name, is_target=False)
    data = pd.DataFrame(columns, index=frame.index)
    missing = {name: int(data[name].isna().sum()) for name in factors}
    data = data.dropna().reset_index(drop=True)
    for name in factors:
        if name in categorical:
            data[name] = data[name].astype(str)
    return data, missing


def _numeric_column(column, name, is_target):
    if pd.api.types.is_bool_dtype(column):
        return column.astype(float)
    if pd.api.types.is_numeric_dtype(column):
        values = column.astype(float)
    else:
        values = pd.to_numeric(column, errors="coerce")
        invalid = column[values.isna() & column.notna()]
        # Empty strings count as missing, as in a CSV cell left blank.
        invalid = invalid[invalid.astype(str).str.strip() != ""]
        if len(invalid):
            example = invalid.iloc[0]
            if is_target:
                raise InputError(QT_TRANSLATE_NOOP(
                    "CarbonDrivers",
                    "The target field {field} is not numeric (value {value!r}). "
                    "Choose a numeric target field."), field=name, value=example)
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The factor field {field} is not numeric (value {value!r}). Mark it "
                "as categorical or remove it from the factors."), field=name, value=example)
    return values.replace([np.inf, -np.inf], np.nan)


def _class_labels(column):
    """Return class labels in which numeric codes read the same way (3 and
    3.0 are one class), with missing values kept as NaN."""
    if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
        values = column.astype(float).replace([np.inf, -np.inf], np.nan)
        whole = values.dropna()
        if (whole == np.round(whole)).all():
            return values.map(lambda v: np.nan if pd.isna(v) else str(int(v)))
        return values.map(lambda v: np.nan if pd.isna(v) else repr(float(v)))
    labels = column.map(lambda v: np.nan if pd.isna(v) else str(v))
    return labels.where(labels.str.strip() != "", np.nan)


def rows_needed(test_fraction, cv_folds, min_samples_leaf):
    """Return the smallest row count that leaves ``MIN_HELD_OUT_ROWS`` rows
    in every held-out set and at least two leaves' worth of training rows."""
    for rows in range(2, 10 ** 7):
        if cv_folds >= 2:
            held_out = rows // cv_folds
            training = rows - math.ceil(rows / cv_folds)
        else:
            held_out = math.ceil(test_fraction * rows)
            training = rows - held_out
        if held_out >= MIN_HELD_OUT_ROWS and training >= 2 * min_samples_leaf:
            return rows
    return 10 ** 7


def _check_row_count(rows_used, rows_input, test_fraction, cv_folds, min_samples_leaf):
    needed = rows_needed(test_fraction, cv_folds, min_samples_leaf)
    if rows_used < needed:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "Only {rows} of {total} rows have values in the target and every "
            "factor, but {needed} are needed for the held-out rows and the "
            "minimum leaf size. Add samples, lower the test fraction, the number "
            "of folds or the minimum samples per leaf, or drop factors with many "
            "missing values."), rows=rows_used, total=rows_input, needed=needed)


def _check_levels(data, categorical):
    for name in categorical:
        levels = data[name].nunique()
        if levels > MAX_CATEGORIES:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The categorical field {field} has {levels} classes, more than "
                "{limit}. Reclassify it or treat it as a continuous factor."),
                field=name, levels=levels, limit=MAX_CATEGORIES)


class _OrderedForest(RandomForestRegressor):
    """Random forest whose predictions do not depend on ``n_jobs``.

    scikit-learn's threaded ``predict`` adds the trees' predictions in the
    order the threads finish, so the last bits of the result vary between
    runs with ``n_jobs`` > 1. Here the trees form a fixed number of groups,
    each summed in tree order by one thread, and the group sums are added in
    group order, so the sum is the same for any number of threads.
    """

    def predict(self, X):
        # The trees compare float32 features, as scikit-learn's predict does.
        X = np.ascontiguousarray(X, dtype=np.float32)
        trees = self.estimators_
        groups = np.array_split(np.arange(len(trees)), min(PREDICTION_GROUPS, len(trees)))

        def group_sum(indices):
            total = np.zeros(X.shape[0])
            for index in indices:
                total += trees[index].predict(X, check_input=False)
            return total

        # A plain thread pool: a joblib pool called inside permutation_importance
        # waited idle for most of each call (measured with joblib 1.2).
        threads = min(effective_n_jobs(self.n_jobs), len(groups))
        if threads < 2:
            sums = [group_sum(indices) for indices in groups]
        else:
            with ThreadPoolExecutor(max_workers=threads) as pool:
                sums = list(pool.map(group_sum, groups))
        total = sums[0]
        for group_total in sums[1:]:
            total = total + group_total
        return total / len(trees)


def _make_model(factors, categorical, forest, random_state):
    numeric = [name for name in factors if name not in categorical]
    steps = []
    if categorical:
        steps.append(("classes", OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                      categorical))
    if numeric:
        steps.append(("numbers", "passthrough", numeric))
    encoder = ColumnTransformer(steps, remainder="drop")
    regressor = _OrderedForest(
        n_estimators=forest["n_trees"], max_features=forest["max_features"],
        min_samples_leaf=forest["min_samples_leaf"], max_samples=forest["max_samples"],
        bootstrap=True, oob_score=True, n_jobs=forest["n_jobs"],
        random_state=random_state)
    return Pipeline([("encode", encoder), ("forest", regressor)])


def _fit(model, features, target):
    """Fit ``model``, drawing at most as many rows per tree as there are."""
    requested = model.named_steps["forest"].max_samples
    if requested is not None and requested > len(features):
        model.set_params(forest__max_samples=None)
    model.fit(features, target)


def _grouped_mdi(model, factors):
    """Sum the impurity importance of the one-hot columns of each factor."""
    encoder = model.named_steps["encode"]
    owners = []
    for name, transformer, columns in encoder.transformers_:
        if name == "classes":
            for column, classes in zip(columns, transformer.categories_):
                owners.extend([column] * len(classes))
        elif name == "numbers":
            owners.extend(columns)
    mdi = pd.Series(model.named_steps["forest"].feature_importances_, index=owners)
    return mdi.groupby(level=0).sum().reindex(factors).to_numpy()


def _derived_seed(seed, *keys):
    return int(np.random.SeedSequence([seed, *keys]).generate_state(1)[0])


def _fit_held_out(data, target, factors, categorical, forest, seed, test_fraction,
                  repeats, progress):
    train_rows, test_rows = train_test_split(np.arange(len(data)), test_size=test_fraction,
                                             random_state=_derived_seed(seed, 1))
    train, test = data.iloc[train_rows], data.iloc[test_rows]
    model = _make_model(factors, categorical, forest, _derived_seed(seed, 2))
    _fit(model, train[factors], train[target])
    progress.set_fraction(0.5)
    check_canceled(progress)

    predicted = model.predict(test[factors])
    permuted = permutation_importance(model, test[factors], test[target], scoring="r2",
                                      n_repeats=repeats, random_state=_derived_seed(seed, 3))
    progress.set_fraction(1.0)
    return {
        "model": model, "train": train.reset_index(drop=True),
        "splits": [(train_rows, test_rows)],
        "mdi": _grouped_mdi(model, factors),
        "perm_mean": permuted.importances_mean, "perm_std": permuted.importances_std,
        "oob_r2": float(model.named_steps["forest"].oob_score_),
        "test_r2": float(r2_score(test[target], predicted)),
        "test_rmse": float(math.sqrt(mean_squared_error(test[target], predicted))),
    }


def _fit_cross_validated(data, target, factors, categorical, forest, seed, folds,
                         repeats, progress):
    splitter = KFold(n_splits=folds, shuffle=True, random_state=_derived_seed(seed, 1))
    splits = list(splitter.split(data))
    predicted = np.empty(len(data))
    mdi = []
    permuted = []
    oob = []
    for fold, (train_rows, test_rows) in enumerate(splits):
        check_canceled(progress)
        train, test = data.iloc[train_rows], data.iloc[test_rows]
        model = _make_model(factors, categorical, forest, _derived_seed(seed, 2, fold))
        _fit(model, train[factors], train[target])
        predicted[test_rows] = model.predict(test[factors])
        mdi.append(_grouped_mdi(model, factors))
        oob.append(model.named_steps["forest"].oob_score_)
        result = permutation_importance(model, test[factors], test[target], scoring="r2",
                                        n_repeats=repeats,
                                        random_state=_derived_seed(seed, 3, fold))
        permuted.append(result.importances)
        progress.set_fraction((fold + 1) / (folds + 1))

    # A final forest on every row supplies the partial dependence.
    check_canceled(progress)
    model = _make_model(factors, categorical, forest, _derived_seed(seed, 2))
    _fit(model, data[factors], data[target])
    progress.set_fraction(1.0)
    pooled = np.hstack(permuted)
    return {
        "model": model, "train": data, "splits": splits,
        "mdi": np.mean(mdi, axis=0),
        "perm_mean": pooled.mean(axis=1), "perm_std": pooled.std(axis=1),
        "oob_r2": float(np.mean(oob)),
        "test_r2": float(r2_score(data[target], predicted)),
        "test_rmse": float(math.sqrt(mean_squared_error(data[target], predicted))),
    }


def shadow_hits_needed(runs, factor_count, alpha):
    """Return the fewest wins out of ``runs`` whose one-sided binomial p-value
    (win rate 0.5) is below ``alpha / factor_count``, or ``None`` if even
    ``runs`` wins are not enough."""
    threshold = alpha / max(1, factor_count)
    for hits in range(runs + 1):
        if stats.binomtest(hits, runs, 0.5, alternative="greater").pvalue < threshold:
            return hits
    return None


def _shadow_test(data, splits, target, factors, categorical, forest, seed, runs, alpha,
                 progress):
    """Count the runs in which each factor beats every shuffled copy.

    Each run adds a freshly shuffled copy (shadow) of every factor, fits a
    forest on the training rows of one split (the folds take turns) and
    measures the permutation importance of every column on that split's
    held-out rows. Held-out importance is used because a noise factor can
    carry a chance pattern of the fixed training rows, which the impurity
    importance rewards in every run while the reshuffled shadows lose it.
    """
    needed = shadow_hits_needed(runs, len(factors), alpha)
    if needed is None:
        fewest = next(r for r in range(1, 1000)
                      if shadow_hits_needed(r, len(factors), alpha) is not None)
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "{runs} shadow runs cannot show any of {count} factors significant at "
            "level {alpha}. Use at least {fewest} shadow runs."),
            runs=runs, count=len(factors), alpha=alpha, fewest=fewest)

    shadow_names = {name: f"shadow__{index}" for index, name in enumerate(factors)}
    shadows = list(shadow_names.values())
    columns = factors + shadows
    shadow_categorical = categorical + [shadow_names[name] for name in categorical]
    hits = pd.Series(0, index=factors)
    for run in range(runs):
        check_canceled(progress)
        train_rows, test_rows = splits[run % len(splits)]
        generator = np.random.default_rng([seed, 4, run])
        train = data.iloc[train_rows].reset_index(drop=True)
        test = data.iloc[test_rows].reset_index(drop=True)
        for part in (train, test):
            for name in factors:
                part[shadow_names[name]] = generator.permutation(part[name].to_numpy())

        model = _make_model(columns, shadow_categorical, forest, _derived_seed(seed, 5, run))
        model.set_params(forest__oob_score=False)
        _fit(model, train[columns], train[target])
        held_out = min(len(test), SHADOW_HELD_OUT_ROWS)
        permuted = permutation_importance(model, test[columns], test[target], scoring="r2",
                                          n_repeats=1, max_samples=held_out,
                                          random_state=_derived_seed(seed, 6, run))
        importance = pd.Series(permuted.importances_mean, index=columns)
        hits += (importance[factors] > importance[shadows].max()).astype(int)
        progress.set_fraction((run + 1) / runs)

    p_values = [stats.binomtest(int(h), runs, 0.5, alternative="greater").pvalue for h in hits]
    result = pd.DataFrame({"hits": hits, "p_value": p_values}, index=factors)
    result["selected"] = result["hits"] >= needed
    return result, needed


def _select_cumulative(perm_mean, threshold):
    positive = perm_mean.clip(lower=0)
    total = positive.sum()
    if total <= 0:
        return []
    selected = []
    share = 0.0
    for name, value in positive.items():
        if share >= threshold or value <= 0:
            break
        selected.append(name)
        share += value / total
    return selected


def _partial_dependence(model, train, factors, categorical, seed):
    if not factors:
        return []
    rows = train[model.named_steps["encode"].feature_names_in_]
    if len(rows) > PARTIAL_DEPENDENCE_ROWS:
        generator = np.random.default_rng([seed, 7])
        picked = np.sort(generator.choice(len(rows), PARTIAL_DEPENDENCE_ROWS, replace=False))
        rows = rows.iloc[picked]
    curves = []
    for name in factors:
        is_categorical = name in categorical
        result = partial_dependence(
            model, rows, [name], method="brute", kind="average",
            grid_resolution=PARTIAL_DEPENDENCE_GRID,
            categorical_features=[name] if is_categorical else None)
        # scikit-learn 1.3 renamed "values" to "grid_values".
        grid = result["grid_values"] if "grid_values" in result else result["values"]
        curves.append(PartialDependence(factor=name, categorical=is_categorical,
                                        grid=list(grid[0]), average=result["average"][0]))
    return curves


def _result_table(factors, categorical, data, missing, importance, shadow, selected, constant):
    rows = []
    for name in factors:
        is_categorical = name in categorical
        row = {
            "factor": name,
            "type": CATEGORICAL if is_categorical else CONTINUOUS,
            "levels": int(data[name].nunique()) if is_categorical else np.nan,
            "missing": missing[name],
            "mdi": np.nan, "perm_mean": np.nan, "perm_std": np.nan, "rank": np.nan,
            "shadow_hit": np.nan, "shadow_p": np.nan,
            "selected": name in selected,
            "status": STATUS_CONSTANT if name in constant else STATUS_OK,
        }
        if name in importance.index:
            for column in ("mdi", "perm_mean", "perm_std", "rank"):
                row[column] = importance.loc[name, column]
        if shadow is not None and name in shadow.index:
            row["shadow_hit"] = shadow.loc[name, "hits"]
            row["shadow_p"] = shadow.loc[name, "p_value"]
        rows.append(row)
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    for column in ("levels", "rank", "shadow_hit"):
        table[column] = table[column].astype("Int64")
    return table
