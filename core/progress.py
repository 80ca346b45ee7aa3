"""Progress reporting and cancellation for long core computations.

Core functions take an optional ``progress`` object with two methods:
``set_fraction(fraction)`` where ``fraction`` runs from 0 to 1, and
``is_canceled()``. The algorithms pass an adapter over
``QgsProcessingFeedback``; scripts and tests may pass nothing.
"""

from .errors import CanceledError


class NullProgress:
    """Progress sink that ignores every report and never cancels."""

    def set_fraction(self, fraction):
        pass

    def is_canceled(self):
        return False


class SubProgress:
    """Map the fraction ``0..1`` of one step onto ``start..end`` of a parent."""

    def __init__(self, parent, start, end):
        self.parent = parent or NullProgress()
        self.start = start
        self.end = end

    def set_fraction(self, fraction):
        self.parent.set_fraction(self.start + (self.end - self.start) * fraction)

    def is_canceled(self):
        return self.parent.is_canceled()


def check_canceled(progress):
    """Raise :class:`CanceledError` if ``progress`` reports a cancel."""
    if progress is not None and progress.is_canceled():
        raise CanceledError()
