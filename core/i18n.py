"""Marking of user-visible strings raised by the core for translation.

The core does not import Qt, so it cannot translate. It marks its messages
with ``QT_TRANSLATE_NOOP`` so that ``pylupdate5`` collects them into the
``.ts`` files; the algorithms translate the marked template before they
format it with the error's parameters.
"""

#: Translation context shared by the core's messages and the algorithms.
CONTEXT = "CarbonDrivers"


def QT_TRANSLATE_NOOP(context, source):  # noqa: N802 - name fixed by pylupdate5
    """Return ``source`` unchanged; ``pylupdate5`` collects it for ``context``."""
    return source
