"""Refresh, fill and check the Qt translation sources in ``i18n/``.

Commands (run from anywhere, with the system Python):

``update``
    Collect the strings of every plugin module with Debian's ``pylupdate5``
    into each ``i18n/carbondrivers_<locale>.ts``. Translations of strings
    that are still in the code are kept; strings gone from the code are
    dropped. New strings are added as unfinished.
``todo [FILE]``
    Write the unfinished entries as a JSON dictionary
    ``{context: {source: ""}}`` for the translator to fill in.
``fill FILE``
    Copy the translations of a JSON dictionary like the one ``todo`` writes
    into the ``.ts`` file and mark them finished, then run ``update`` so the
    file keeps pylupdate5's layout. Entries whose placeholders differ from
    the source are rejected.
``check``
    List unfinished entries, entries whose placeholders differ from the
    source, and strings of the code missing from the ``.ts`` file. The exit
    status is 1 when the list is not empty.
``literal-contexts``
    Rewrite ``QT_TRANSLATE_NOOP(CONTEXT, "...")`` in the plugin's modules
    to ``QT_TRANSLATE_NOOP("CarbonDrivers", "...")``. pylupdate5 reads the
    context only from a string literal and skips the call otherwise.

The ``.ts`` files are the only store of the translations; ``make
translations`` compiles them into the ``.qm`` files that the plugin loads.
"""

import argparse
import json
import os
import re
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
#: Folders whose modules the plugin does not load, so their strings are not
#: shown to users and are not collected.
EXCLUDED_FOLDERS = {"tests", "scripts", "benchmarks", "docs", "i18n", "build", "dist",
                    "demo-output", ".venv", ".git", "__pycache__"}
DEFAULT_LOCALES = ("zh_CN",)


def source_files():
    """Return the plugin's Python modules, relative to the root, sorted."""
    files = []
    for folder, subfolders, names in os.walk(ROOT):
        subfolders[:] = sorted(name for name in subfolders
                               if name not in EXCLUDED_FOLDERS and not name.startswith("."))
        for name in names:
            if name.endswith(".py"):
                files.append(Path(folder, name).relative_to(ROOT).as_posix())
    return sorted(files)


def ts_path(locale):
    return I18N / f"carbondrivers_{locale}.ts"


def ts_locales():
    """Return the locales that have a ``.ts`` file, or the default ones."""
    found = sorted(path.stem.split("_", 1)[1] for path in I18N.glob("carbondrivers_*.ts"))
    return found or list(DEFAULT_LOCALES)


def run_pylupdate(target):
    """Collect the strings of the plugin's modules into the ``.ts`` file ``target``."""
    command = ["pylupdate5", "-verbose", "-noobsolete", *source_files(), "-ts", str(target)]
    environment = dict(os.environ, PYTHONWARNINGS="ignore", LC_ALL="C.UTF-8")
    completed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True,
                               text=True, check=False)
    if completed.returncode != 0:
        sys.exit(f"pylupdate5 failed ({completed.returncode}):\n{completed.stderr}")
    return (completed.stdout + completed.stderr).strip()


def set_language(path, locale):
    """Write the target and source languages into the ``<TS>`` element.

    lrelease reads the plural rules from ``language``, and pylupdate5
    leaves the attribute out of a file it creates.
    """
    text = path.read_text(encoding="utf-8")
    start = text.index("<TS ")
    end = text.index(">", start)
    element = f'<TS version="2.1" language="{locale}" sourcelanguage="en">'
    path.write_text(text[:start] + element + text[end + 1:], encoding="utf-8")


def skipped_markers():
    """Return ``file:line`` of each ``QT_TRANSLATE_NOOP`` whose context is the name CONTEXT."""
    found = []
    for name in source_files():
        text = (ROOT / name).read_text(encoding="utf-8")
        for match in re.finditer(r"QT_TRANSLATE_NOOP\(\s*CONTEXT\b", text):
            found.append(f"{name}:{text.count(chr(10), 0, match.start()) + 1}")
    return found


def update(locales):
    I18N.mkdir(exist_ok=True)
    for locale in locales:
        path = ts_path(locale)
        print(run_pylupdate(path))
        set_language(path, locale)
    skipped = skipped_markers()
    if skipped:
        print(f"warning: pylupdate5 skipped {len(skipped)} QT_TRANSLATE_NOOP(CONTEXT, ...) "
              "calls because their context is not a string literal. Run "
              "python3 scripts/translations.py literal-contexts, then this command again:")
        print("\n".join(f"    {line}" for line in skipped))


def messages(path):
    """Yield ``(context, message element)`` for each message of a ``.ts`` file."""
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def placeholders(text):
    """Return the sorted ``str.format`` fields of ``text``, with their format specs."""
    fields = []
    for _, field, spec, conversion in string.Formatter().parse(text):
        if field is not None:
            fields.append(f"{{{field}{'!' + conversion if conversion else ''}"
                          f"{':' + spec if spec else ''}}}")
    return sorted(fields)


def problems(path):
    """Return a list of lines, one per unfinished, vanished or malformed entry."""
    found = []
    for context, message in messages(path):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type")
        text = translation.text or ""
        if kind in ("unfinished", "obsolete", "vanished") or not text:
            found.append(f"{kind or 'empty'}: [{context}] {source!r}")
            continue
        try:
            same = placeholders(source) == placeholders(text)
        except ValueError as error:
            found.append(f"malformed translation ({error}): [{context}] {text!r}")
            continue
        if not same:
            found.append(f"placeholders differ: [{context}] {source!r} -> {text!r}")
    return found


def collected_strings():
    """Return ``{(context, source)}`` that pylupdate5 collects from the code now."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.ts"
        run_pylupdate(scratch)
        return {(context, message.findtext("source")) for context, message in messages(scratch)}


def check(locales):
    failed = False
    expected = collected_strings()
    for locale in locales:
        path = ts_path(locale)
        if not path.exists():
            print(f"{path.name}: missing; run make translations-update")
            failed = True
            continue
        present = {(context, message.findtext("source")) for context, message in messages(path)}
        lines = problems(path)
        lines += [f"not in the .ts file (run make translations-update): [{c}] {s!r}"
                  for c, s in sorted(expected - present)]
        lines += [f"no longer in the code (run make translations-update): [{c}] {s!r}"
                  for c, s in sorted(present - expected)]
        for line in lines:
            print(f"{path.name}: {line}")
        failed = failed or bool(lines)
    return 1 if failed else 0


def todo(locale, output):
    entries = {}
    for context, message in messages(ts_path(locale)):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not translation.text:
            entries.setdefault(context, {})[message.findtext("source")] = translation.text or ""
    text = json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def fill(locale, dictionary_path):
    """Copy translations from a ``{context: {source: translation}}`` JSON file."""
    dictionary = json.loads(Path(dictionary_path).read_text(encoding="utf-8"))
    path = ts_path(locale)
    tree = ElementTree.parse(path)
    filled, rejected = 0, []
    for context in tree.getroot().iter("context"):
        translations = dictionary.get(context.findtext("name"), {})
        for message in context.iter("message"):
            source = message.findtext("source")
            text = translations.get(source)
            if not text:
                continue
            if placeholders(source) != placeholders(text):
                rejected.append(f"placeholders differ: {source!r} -> {text!r}")
                continue
            translation = message.find("translation")
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    update([locale])
    print(f"{path.name}: {filled} translations filled")
    for line in rejected:
        print(f"rejected, {line}")
    return 1 if rejected else 0


def _literal_context_lines(lines, context):
    """Return ``lines`` with each ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` spelled out.

    In the form that breaks the line after ``QT_TRANSLATE_NOOP(``, the
    context gets a line of its own and continuation lines aligned after
    ``CONTEXT, `` move left to the context's indent.
    """
    output = []
    shift = None
    for line in lines:
        after_opening = bool(output) and output[-1].rstrip().endswith("QT_TRANSLATE_NOOP(")
        opening = re.match(r'^(\s*)CONTEXT, (".*)$', line)
        if opening and after_opening:
            indent = opening.group(1)
            output += [f'{indent}"{context}",', indent + opening.group(2)]
            shift = (len(indent) + len("CONTEXT, "), indent)
            continue
        alone = re.match(r"^(\s*)CONTEXT,\s*$", line)
        if alone and after_opening:
            output.append(f'{alone.group(1)}"{context}",')
            shift = None
            continue
        if shift and re.match(r'^\s{%d}"' % shift[0], line):
            output.append(shift[1] + line[shift[0]:])
            continue
        shift = None
        output.append(line.replace("QT_TRANSLATE_NOOP(CONTEXT,", f'QT_TRANSLATE_NOOP("{context}",'))
    return output


def literal_contexts(context="CarbonDrivers"):
    """Spell out the context of every ``QT_TRANSLATE_NOOP`` call; return changed files."""
    changed = []
    for name in source_files():
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        if "CONTEXT" not in text:
            continue
        rewritten = "\n".join(_literal_context_lines(text.split("\n"), context))
        # Drop CONTEXT from the import when no other line uses it.
        if len(re.findall(r"\bCONTEXT\b", rewritten)) == 1:
            rewritten = re.sub(r"(from \S*i18n import )CONTEXT, ", r"\1", rewritten)
        if rewritten != text:
            path.write_text(rewritten, encoding="utf-8")
            changed.append(name)
    return changed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locale", action="append",
                        help="locale to work on, such as zh_CN (default: every .ts file)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    commands.add_parser("check")
    commands.add_parser("literal-contexts")
    todo_parser = commands.add_parser("todo")
    todo_parser.add_argument("output", nargs="?")
    fill_parser = commands.add_parser("fill")
    fill_parser.add_argument("dictionary")
    arguments = parser.parse_args()
    locales = arguments.locale or ts_locales()

    if arguments.command == "update":
        update(locales)
        return 0
    if arguments.command == "check":
        return check(locales)
    if arguments.command == "literal-contexts":
        for name in literal_contexts():
            print(f"rewrote {name}")
        return 0
    if len(locales) != 1:
        parser.error(f"{arguments.command} works on one locale; give --locale")
    if arguments.command == "todo":
        todo(locales[0], arguments.output)
        return 0
    return fill(locales[0], arguments.dictionary)


if __name__ == "__main__":
    sys.exit(main())
