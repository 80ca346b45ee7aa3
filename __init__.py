"""Carbon Drivers: ecosystem carbon and its driving factors for QGIS Processing."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Return the plugin instance; QGIS and qgis_process call this on load."""
    from .plugin import CarbonDriversPlugin

    return CarbonDriversPlugin(iface)
