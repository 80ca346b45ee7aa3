"""Pixel areas of a raster grid, projected or geographic.

In a projected CRS every pixel has the same area: the absolute determinant
of the geotransform's linear part times the square of the CRS's linear unit
in metres. In a geographic CRS a pixel's area depends on its latitude, so it
is computed exactly on the CRS's ellipsoid as the area of the band between the
pixel's southern and northern edges, times the pixel's share of 360 degrees
of longitude.

References
----------
Snyder, J. P. (1987). Map Projections: A Working Manual. USGS Professional
Paper 1395, p. 16 (authalic latitude function q).
"""

import numpy as np

from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP

SQUARE_METRES_PER_HECTARE = 10_000.0


def _authalic_q(latitude_rad, eccentricity):
    """Return Snyder's q(phi) (eq. 3-12) for an ellipsoid of eccentricity e."""
    sin_phi = np.sin(latitude_rad)
    if eccentricity == 0:
        return 2.0 * sin_phi
    e_sin = eccentricity * sin_phi
    return (1 - eccentricity ** 2) * (
        sin_phi / (1 - e_sin ** 2)
        - np.log((1 - e_sin) / (1 + e_sin)) / (2 * eccentricity))


def ellipsoidal_band_area_m2(south_deg, north_deg, width_deg, semi_major_m, inverse_flattening):
    """Return the area of a latitude band ``width_deg`` of longitude wide.

    Parameters
    ----------
    south_deg, north_deg : float or ndarray
        Latitudes of the band's edges in degrees.
    width_deg : float
        Longitude extent in degrees.
    semi_major_m : float
        Ellipsoid semi-major axis in metres.
    inverse_flattening : float
        Ellipsoid inverse flattening; 0 for a sphere.

    Returns
    -------
    ndarray
        Area in square metres.
    """
    flattening = 0.0 if inverse_flattening == 0 else 1.0 / inverse_flattening
    eccentricity = np.sqrt(flattening * (2 - flattening))
    lower = _authalic_q(np.radians(south_deg), eccentricity)
    upper = _authalic_q(np.radians(north_deg), eccentricity)
    return np.abs(semi_major_m ** 2 * np.radians(width_deg) * (upper - lower) / 2.0)


def row_pixel_areas_m2(grid):
    """Return the area in m² of one pixel in each row of ``grid``.

    Parameters
    ----------
    grid : core.raster.Grid

    Returns
    -------
    ndarray of float64, shape (grid.height,)

    Raises
    ------
    InputError
        If the grid has no CRS, or is rotated in a geographic CRS.
    """
    srs = grid.spatial_reference()
    if srs is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "CarbonDrivers",
            "The raster has no coordinate reference system, so its pixel area "
            "is unknown. Assign its CRS with Raster > Projections > Assign "
            "Projection."))
    x0, dx, rx, y0, ry, dy = grid.geotransform
    if srs.IsGeographic():
        if rx != 0 or ry != 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "CarbonDrivers",
                "The raster is rotated in a geographic CRS; its pixel areas "
                "cannot be computed. Warp it to a north-up grid first."))
        degrees_per_unit = np.degrees(srs.GetAngularUnits())
        edges = (y0 + dy * np.arange(grid.height + 1)) * degrees_per_unit
        return ellipsoidal_band_area_m2(edges[1:], edges[:-1], abs(dx) * degrees_per_unit,
                                        srs.GetSemiMajor(), srs.GetInvFlattening())
    metres_per_unit = srs.GetLinearUnits()
    area = abs(dx * dy - rx * ry) * metres_per_unit ** 2
    return np.full(grid.height, area)


def is_geographic(grid):
    """Return True when the grid's CRS is geographic (degrees)."""
    srs = grid.spatial_reference()
    return bool(srs is not None and srs.IsGeographic())
