"""Pixel areas against independent integrals and published ellipsoid figures."""

import numpy as np
import pytest
from scipy import integrate

from carbon_drivers.core.pixel_area import ellipsoidal_band_area_m2, row_pixel_areas_m2
from carbon_drivers.core.raster import Grid
from osgeo import osr

WGS84_A = 6378137.0
WGS84_INVERSE_F = 298.257223563


def _wkt(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def _integrated_cell_area(south, north, width_deg, a=WGS84_A, inverse_f=WGS84_INVERSE_F):
    """Integrate M(phi) N(phi) cos(phi) over the cell (meridional and normal radii)."""
    f = 1 / inverse_f
    e2 = f * (2 - f)

    def element(phi):
        w = 1 - e2 * np.sin(phi) ** 2
        meridional = a * (1 - e2) / w ** 1.5
        normal = a / np.sqrt(w)
        return meridional * normal * np.cos(phi)

    value, _ = integrate.quad(element, np.radians(south), np.radians(north), epsabs=1e-6)
    return value * np.radians(width_deg)


@pytest.mark.parametrize("south", [0.0, 60.0, -45.5, 89.0])
def test_one_degree_cell_matches_integral(south):
    expected = _integrated_cell_area(south, south + 1, 1.0)
    assert ellipsoidal_band_area_m2(south, south + 1, 1.0, WGS84_A, WGS84_INVERSE_F) == \
        pytest.approx(expected, rel=1e-10)


def test_whole_wgs84_ellipsoid_area():
    # Published surface area of the WGS 84 ellipsoid: 510,065,621.724 km².
    area = ellipsoidal_band_area_m2(-90.0, 90.0, 360.0, WGS84_A, WGS84_INVERSE_F)
    assert area / 1e6 == pytest.approx(510_065_621.724, rel=1e-11)


def test_geographic_grid_rows_at_equator_and_60n():
    # Two 1-degree rows: 60-61 N and 0-1 N are far apart, so use a 61-row grid.
    grid = Grid(1, 61, (10.0, 1.0, 0.0, 61.0, 0.0, -1.0), _wkt(4326))
    areas = row_pixel_areas_m2(grid)
    assert areas[0] == pytest.approx(_integrated_cell_area(60, 61, 1.0), rel=1e-10)
    assert areas[-1] == pytest.approx(_integrated_cell_area(0, 1, 1.0), rel=1e-10)


def test_projected_grid_uses_linear_units():
    feet_grid = Grid(3, 2, (0.0, 10.0, 0.0, 0.0, 0.0, -10.0), _wkt(2227))  # US survey feet
    metres_per_foot = 1200.0 / 3937.0
    assert row_pixel_areas_m2(feet_grid) == pytest.approx(
        np.full(2, 100.0 * metres_per_foot ** 2), rel=1e-12)


def test_grid_without_crs_is_an_error():
    from carbon_drivers.core.errors import InputError

    with pytest.raises(InputError, match="no coordinate reference system"):
        row_pixel_areas_m2(Grid(2, 2, (0, 1, 0, 0, 0, -1), ""))
