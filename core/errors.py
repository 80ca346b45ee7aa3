"""Exceptions that the core raises for invalid input and cancelled runs."""

from dataclasses import dataclass, field

from .i18n import CONTEXT, QT_TRANSLATE_NOOP


class InputError(ValueError):
    """Invalid input that the user can fix.

    ``template`` is an English message with ``str.format`` fields, marked for
    translation; ``params`` fill the fields. The algorithms translate the
    template, then format it, so the message reaches the user in their
    language with the offending values.

    Examples
    --------
    >>> raise InputError(
    ...     QT_TRANSLATE_NOOP("CarbonDrivers", "Duplicate codes {codes} in the table."),
    ...     codes="3, 7")
    """

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


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
