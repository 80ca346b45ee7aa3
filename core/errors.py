"""Exceptions that the core raises for invalid input and cancelled runs."""

from dataclasses import dataclass, field

from .i18n import CONTEXT, QT_TRANSLATE_NOOP


class InputError(ValueError):
    """Invalid input that the user can fix.

    ``template`` is an English message with ``str.format`` fields, marked for
    translation; ``params`` fill the fields. The algorithms translate the
    template, then format it, so the message reaches the user in their
    language with the offending values. A list or tuple of strings fills a
    field as its items joined by ", ", each translated if marked.

    Examples
    --------
    >>> raise InputError(
    ...     QT_TRANSLATE_NOOP("CarbonDrivers", "Duplicate codes {codes} in the table."),
    ...     codes="3, 7")
    """

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**join_lists(params)))


def join_lists(params, convert=str):
    """Return ``params`` with lists and tuples joined by ", " after ``convert``."""
    return {name: ", ".join(convert(item) for item in value)
            if isinstance(value, (list, tuple)) else value
            for name, value in params.items()}


class CanceledError(Exception):
    """Raised between blocks when the user cancels a run."""


@dataclass
class Notice:
    """A warning for the user: an English ``str.format`` template and its fields."""

    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self):
        return self.template.format(**self.params)


__all__ = ["InputError", "CanceledError", "Notice", "CONTEXT", "QT_TRANSLATE_NOOP"]
