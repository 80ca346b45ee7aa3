"""Fixtures shared by all tests; paths and the package link live in support.py."""

import pytest

from support import shared_data  # noqa: F401 - also imported by test modules


@pytest.fixture
def bungo():
    """Folder of the Bungo land-cover series and driving factors."""
    return shared_data("bungo")


@pytest.fixture
def geodetector_data():
    """Folder of the geographical-detector reference data."""
    return shared_data("geodetector")
