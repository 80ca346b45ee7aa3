"""Every user-visible string goes through the translation, and i18n/ is in step.

The first part reads the plugin's modules with ``ast`` (no QGIS needed). It
lists each string literal or f-string that reaches the user without
``self.tr()``, ``translate()`` or ``QT_TRANSLATE_NOOP()``. It also lists each
call that pylupdate5 cannot collect, or files under a context that the
plugin never looks up. The second part runs pylupdate5 and lrelease (Debian packages
pyqt5-dev-tools and qttools5-dev-tools) to check that the ``.ts`` files
hold every string of the code, translated, and that the committed ``.qm``
files are compiled from them.

A failure lists ``file:line`` and the string; the fix is to wrap the
string, then run ``make translations-update``, translate the new entries
in ``i18n/*.ts`` and run ``make translations``.
"""

import ast
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

#: Class whose ``tr`` looks a string up under each plugin class of the MRO.
BASE_ALGORITHM = "CarbonDriversAlgorithm"

#: Feedback and logging methods whose first argument the user reads.
MESSAGE_METHODS = {"pushInfo", "pushWarning", "reportError", "setProgressText",
                   "pushCommandInfo", "pushFormattedMessage"}
#: HtmlReport methods whose first argument is a visible text.
REPORT_TEXT_METHODS = {"heading", "paragraph", "warning"}
#: Keyword arguments that carry visible text wherever they appear.
TEXT_KEYWORDS = {"description", "caption", "title", "value_label", "value_unit", "fileFilter",
                 "alt", "alias"}
#: Metadata methods whose return value is shown in the toolbox.
METADATA_METHODS = {"displayName", "group", "shortHelpString", "shortDescription",
                    "helpString", "tags", "longName"}
#: Processing parameter classes with a visible third positional argument.
THIRD_ARGUMENT_TEXT = {"QgsProcessingParameterEnum", "QgsProcessingParameterFileDestination"}


def _call_name(node):
    """Return the called name: ``f`` for ``f()``, ``m`` for ``x.m()``."""
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _is_literal(node):
    """Return True for a string constant or a ``+`` of string constants."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_literal(node.left) and _is_literal(node.right)
    return False


def _is_translation_call(node):
    return isinstance(node, ast.Call) and _call_name(node) in {
        "tr", "translate", "QT_TRANSLATE_NOOP"}


def _untranslated(node):
    """Yield the parts of the expression ``node`` that show text without translation.

    A translated call, also followed by ``.format()`` or ``.split()``, is
    fine. A name or another call cannot be judged here and passes; string
    literals and f-strings do not.
    """
    if node is None:
        return
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
            _is_translation_call(node.func.value)):
        return
    if _is_translation_call(node):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value.strip():
            yield node
        return
    if isinstance(node, ast.JoinedStr):
        yield node
        return
    if isinstance(node, ast.BinOp):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for element in node.elts:
            yield from _untranslated(element)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _untranslated(value)


class ModuleScanner(ast.NodeVisitor):
    """Collect untranslated visible strings and misused translation calls."""

    def __init__(self, path, classes):
        self.path = path
        self.classes = classes
        self.class_stack = []
        self.function_stack = []
        self.problems = []

    def report(self, node, problem):
        text = ast.unparse(node)
        if len(text) > 90:
            text = text[:87] + "..."
        self.problems.append(f"{self.path}:{node.lineno}: {problem}: {text}")

    def check_text(self, node, where):
        for part in _untranslated(node):
            self.report(part, f"untranslated {where}")

    def visit_ClassDef(self, node):  # noqa: N802 - ast naming
        self.class_stack.append(node.name)
        self.generic_visit(node)
        self.class_stack.pop()

    def visit_FunctionDef(self, node):  # noqa: N802 - ast naming
        self.function_stack.append(node.name)
        self.generic_visit(node)
        self.function_stack.pop()

    def visit_Return(self, node):  # noqa: N802 - ast naming
        if self.class_stack and self.function_stack and (
                self.function_stack[-1] in METADATA_METHODS):
            self.check_text(node.value, f"{self.function_stack[-1]}() value")
        self.generic_visit(node)

    def visit_Call(self, node):  # noqa: N802 - ast naming
        name = _call_name(node)
        if name == "tr":
            self.check_tr(node)
        elif name in ("translate", "QT_TRANSLATE_NOOP"):
            self.check_translate(node)
        else:
            self.check_visible_arguments(node, name)
        self.generic_visit(node)

    def check_tr(self, node):
        """Check a ``tr()`` call against the context pylupdate5 gives it.

        ``self.tr()`` and a bare ``tr()`` are filed under the enclosing class,
        which must be one whose ``tr`` looks there. A bare ``tr()`` outside
        any class goes to ``@default``, which the algorithms' ``tr`` also
        reads. ``other.tr()`` is filed under the context ``other``, which
        nothing reads.
        """
        if not node.args or not _is_literal(node.args[0]):
            self.report(node, "tr() of something other than a string literal "
                              "(pylupdate5 cannot collect it; format after tr())")
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if receiver is not None and not (isinstance(receiver, ast.Name) and receiver.id == "self"):
            self.report(node, "tr() called on another object than self (pylupdate5 files it "
                              "under a context that is never looked up; call self.tr(), or "
                              "tr = algorithm.tr then tr() in a module-level function)")
        elif self.class_stack and not self.classes.translates(self.class_stack[-1]):
            self.report(node, "tr() in a class that is neither an algorithm, nor a mixin of "
                              "one, nor defines tr()")

    def check_translate(self, node):
        """Check a ``translate(context, text)`` or ``QT_TRANSLATE_NOOP`` call.

        A text held in a variable is a run-time lookup of a string marked
        elsewhere, as ``tr()`` and ``input_error()`` do, and passes. A literal
        text needs a literal context, and a text built at run time can have
        no entry at all.
        """
        if len(node.args) < 2:
            self.report(node, f"{_call_name(node)}() without a context and a text")
            return
        context, text = node.args[0], node.args[1]
        if _is_literal(text) and not _is_literal(context):
            self.report(node, f"{_call_name(node)}() with a context that is not a string "
                              "literal (pylupdate5 leaves the text out)")
        elif isinstance(text, (ast.JoinedStr, ast.BinOp, ast.Call)) and not _is_literal(text):
            self.report(node, f"{_call_name(node)}() of a text built at run time (pylupdate5 "
                              "cannot collect it; format after translating)")

    def check_visible_arguments(self, node, name):
        if name == "HtmlReport" and not any(k.arg == "language" for k in node.keywords):
            self.report(node, "HtmlReport without language= (pass "
                              "language=algorithm.report_language() so browsers pick the "
                              "translation's fonts)")
        if name in MESSAGE_METHODS or name in REPORT_TEXT_METHODS or name in (
                "QgsProcessingException", "HtmlReport", "setAlias", "setFieldAlias"):
            if node.args:
                self.check_text(node.args[-1] if name == "setFieldAlias" else node.args[0],
                                f"text of {name}()")
        if name.startswith(("QgsProcessingParameter", "QgsProcessingOutput")):
            if len(node.args) > 1:
                self.check_text(node.args[1], f"description of {name}")
            if name in THIRD_ARGUMENT_TEXT and len(node.args) > 2:
                self.check_text(node.args[2], f"options or file filter of {name}")
        if name == "figures" and node.args:
            elements = node.args[0].elts if isinstance(node.args[0], (ast.List, ast.Tuple)) else []
            for element in elements:
                if isinstance(element, ast.Tuple) and element.elts:
                    self.check_text(element.elts[0], "figure label")
        if name in ("svg", "image") and len(node.args) > 1:
            self.check_text(node.args[1], f"caption of {name}()")
        for keyword in node.keywords:
            if keyword.arg in TEXT_KEYWORDS or (
                    name.startswith("QgsProcessingParameterEnum") and keyword.arg == "options"):
                self.check_text(keyword.value, f"{keyword.arg}= of {name}()")
            if keyword.arg in ("columns", "aliases", "headers") and isinstance(
                    keyword.value, ast.Dict):
                self.check_text(keyword.value, f"{keyword.arg}= of {name}()")


class ClassIndex:
    """Class names of the plugin, their bases and whether ``self.tr`` works in them."""

    def __init__(self, trees):
        self.bases = {}
        self.defines_tr = set()
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.bases[node.name] = [ast.unparse(base).split(".")[-1]
                                             for base in node.bases]
                    if any(isinstance(item, ast.FunctionDef) and item.name == "tr"
                           for item in node.body):
                        self.defines_tr.add(node.name)

    def is_algorithm(self, name, seen=()):
        if name == BASE_ALGORITHM:
            return True
        return any(self.is_algorithm(base, seen + (name,))
                   for base in self.bases.get(name, ()) if base not in seen)

    def translates(self, name):
        """Return True if ``self.tr`` strings in class ``name`` are found at run time."""
        if name in self.defines_tr or self.is_algorithm(name):
            return True
        return any(name in bases and self.is_algorithm(owner)
                   for owner, bases in self.bases.items())


def scan(files, root=ROOT):
    """Return one line per problem in ``files``, paths relative to ``root``."""
    trees = {path: ast.parse((root / path).read_text(encoding="utf-8"), filename=path)
             for path in files}
    classes = ClassIndex(trees.values())
    problems = []
    for path, tree in trees.items():
        scanner = ModuleScanner(path, classes)
        scanner.visit(tree)
        problems += scanner.problems
        if path.startswith("core/"):
            problems += _core_problems(path, tree)
    return problems


def _core_problems(path, tree):
    """List ``InputError`` messages that are not marked with QT_TRANSLATE_NOOP."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) == "InputError" and node.args:
            template = node.args[0]
            if not (isinstance(template, ast.Call) and _call_name(template) == "QT_TRANSLATE_NOOP"):
                if _is_literal(template) or isinstance(template, ast.JoinedStr):
                    found.append(f"{path}:{node.lineno}: InputError message not marked with "
                                 "QT_TRANSLATE_NOOP(\"CarbonDrivers\", ...)")
    return found


def test_visible_strings_are_translated():
    problems = scan(translations.source_files())

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source, expected", [
    ('self.addParameter(QgsProcessingParameterNumber(self.X, "Label"))', 1),
    ('self.addParameter(QgsProcessingParameterNumber(self.X, self.tr("Label")))', 0),
    ('feedback.pushInfo(f"{count} rows")', 1),
    ('feedback.pushInfo(self.tr("{count} rows").format(count=count))', 0),
    ('feedback.pushWarning(self.tr(f"{count} rows"))', 1),
    ('raise QgsProcessingException("Bad input")', 1),
    ('report.heading("Totals")', 1),
    ('report = HtmlReport(self.tr("Title"))', 1),
    ('report = HtmlReport(self.tr("Title"), language=self.report_language())', 0),
    ('report.figures([("Total", 1), (self.tr("Mean"), 2)])', 1),
    ('report.table(frame, columns={"a": "Area"})', 1),
    ('report.svg(chart, "Caption")', 1),
    ('x = grouped_bar_chart(labels, series, value_label="Mg C", title=self.tr("T"))', 1),
    ('label = translate(CONTEXT, "Text")', 1),
    ('label = translate(CONTEXT, template)', 0),
    ('label = translate("CarbonDrivers", f"{count} rows")', 1),
    ('label = QT_TRANSLATE_NOOP("CarbonDrivers", "Text")', 0),
    ('label = algorithm.tr("Text")', 1),
    ('self.addParameter(QgsProcessingParameterEnum(self.M, self.tr("Method"), ["a", "b"]))', 2),
])
def test_scanner_flags_untranslated_text(tmp_path, source, expected):
    body = "\n".join("        " + line for line in source.splitlines())
    module = ("class Sample(CarbonDriversAlgorithm):\n"
              "    def compute(self, parameters, context, feedback):\n" + body + "\n")
    (tmp_path / "sample.py").write_text(module, encoding="utf-8")

    problems = scan(["sample.py"], tmp_path)

    assert len(problems) == expected, "\n".join(problems)


def test_metadata_return_must_be_translated(tmp_path):
    module = ("class Sample(CarbonDriversAlgorithm):\n"
              "    def displayName(self):\n"
              "        return 'Sample'\n"
              "    def name(self):\n"
              "        return 'sample'\n")
    (tmp_path / "sample.py").write_text(module, encoding="utf-8")

    problems = scan(["sample.py"], tmp_path)

    assert len(problems) == 1
    assert "displayName() value" in problems[0]


def test_module_level_tr_is_accepted(tmp_path):
    module = ("def write_report(algorithm, report):\n"
              "    tr = algorithm.tr\n"
              "    report.heading(tr('Summary'))\n"
              "    report.paragraph(algorithm.tr('Lost text'))\n")
    (tmp_path / "sample.py").write_text(module, encoding="utf-8")

    problems = scan(["sample.py"], tmp_path)

    assert len(problems) == 1
    assert "Lost text" in problems[0]


def test_mixin_tr_is_accepted(tmp_path):
    module = ("class Mixin:\n"
              "    def add(self):\n"
              "        return self.tr('Shared label')\n"
              "class Sample(CarbonDriversAlgorithm, Mixin):\n"
              "    pass\n"
              "class Helper:\n"
              "    def add(self):\n"
              "        return self.tr('Lost label')\n")
    (tmp_path / "sample.py").write_text(module, encoding="utf-8")

    problems = scan(["sample.py"], tmp_path)

    assert len(problems) == 1
    assert "Lost label" in problems[0]


def _require(tool):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not found; run make setup (Debian packages pyqt5-dev-tools, "
                    "qttools5-dev-tools)")


@pytest.mark.parametrize("locale", translations.ts_locales())
def test_ts_file_matches_code_and_is_translated(locale):
    _require("pylupdate5")
    path = translations.ts_path(locale)
    assert path.exists(), f"{path} is missing; run make translations-update"

    expected = translations.collected_strings()
    present = {(context, message.findtext("source"))
               for context, message in translations.messages(path)}

    assert not sorted(expected - present), (
        "strings of the code missing from the .ts file; run make translations-update:\n"
        + "\n".join(f"[{c}] {s!r}" for c, s in sorted(expected - present)))
    assert not sorted(present - expected), (
        "strings no longer in the code; run make translations-update:\n"
        + "\n".join(f"[{c}] {s!r}" for c, s in sorted(present - expected)))
    problems = translations.problems(path)
    assert not problems, "unfinished or malformed translations:\n" + "\n".join(problems)


@pytest.mark.parametrize("locale", translations.ts_locales())
def test_qm_file_holds_every_translation(qgis_app, locale):
    # Compare what the committed .qm translates, not its bytes: lrelease of
    # another Qt release may lay the same translations out differently.
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    source = translations.ts_path(locale)
    committed = source.with_suffix(".qm")
    assert committed.exists(), f"{committed} is missing; run make translations"
    translator = QTranslator()
    assert translator.load(str(committed)), f"{committed} cannot be loaded"

    stale = []
    QCoreApplication.installTranslator(translator)
    try:
        for context, message in translations.messages(source):
            text = message.findtext("source")
            expected = message.findtext("translation") or ""
            translated = QCoreApplication.translate(context, text, message.findtext("comment"))
            if translated != expected:
                stale.append(f"[{context}] {text!r}")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert not stale, (f"{committed.name} is older than {source.name}; run make "
                       "translations:\n" + "\n".join(stale[:20]))
