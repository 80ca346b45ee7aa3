"""Marking of user-visible strings raised by the core for translation.

The core does not import Qt, so it cannot translate. It marks its messages
with ``QT_TRANSLATE_NOOP`` so that ``pylupdate5`` collects them into the
``.ts`` files. The algorithms translate the marked template before they
format it with the error's parameters.

``pylupdate5`` reads the context only from a string literal, so every call
spells it out: ``QT_TRANSLATE_NOOP("CarbonDrivers", "...")``. A call with
the name ``CONTEXT`` in its place is silently left out of the ``.ts`` file.
"""

#: Translation context shared by the core's messages and the algorithms.
CONTEXT = "CarbonDrivers"


def QT_TRANSLATE_NOOP(context, source):  # noqa: N802 - name fixed by pylupdate5
    """Return ``source`` unchanged; ``pylupdate5`` collects it for ``context``."""
    return source
