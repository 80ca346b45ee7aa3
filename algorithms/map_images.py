"""Map images for reports, rendered by QGIS's layout engine.

Each image is a one-page print layout with the map, its legend, a scale bar
and a title, rendered to PNG in memory so the report can embed it.
"""

from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsMapLayerLegendUtils, QgsPrintLayout, QgsProject)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QFont

from .qgis_compat import DISTANCE_KILOMETERS, DISTANCE_METERS, LAYOUT_MILLIMETERS

PAGE_WIDTH_MM = 230.0
DPI = 110


def render_map_png(layer, title, project=None):
    """Return PNG bytes of ``layer`` with a legend, a scale bar and ``title``.

    The layer is added to a private project when it belongs to none, so the
    user's project is not changed.
    """
    own_project = project is None
    project = project or QgsProject()
    if own_project:
        project.addMapLayer(layer, False)
        project.setCrs(layer.crs())

    extent = layer.extent()
    aspect = extent.height() / extent.width() if extent.width() else 1.0
    map_width = PAGE_WIDTH_MM - 100.0
    map_height = max(60.0, min(180.0, map_width * aspect))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH_MM, map_height + 35.0, LAYOUT_MILLIMETERS))

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(QFont("Sans", 13))
    label.attemptMove(QgsLayoutPoint(5, 3, LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(PAGE_WIDTH_MM - 10, 9, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(label)

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(5, 14, LAYOUT_MILLIMETERS))
    map_item.attemptResize(QgsLayoutSize(map_width, map_height, LAYOUT_MILLIMETERS))
    map_item.setLayers([layer])
    map_item.setCrs(layer.crs())
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    node = legend.model().rootGroup().addLayer(layer)
    # Show the ramp or the classes only: a single-band renderer's first legend
    # entry is the band's name ("Band 1 (Gray)"), which the title already shows.
    entries = legend.model().layerLegendNodes(node)
    if len(entries) > 1 and not entries[0].data(Qt.DecorationRole):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(entries))))
        legend.model().refreshLayerLegend(node)
    legend.setTitle("")
    legend.attemptMove(QgsLayoutPoint(map_width + 8, 14, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(legend)

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    if layer.crs().mapUnits() == DISTANCE_METERS:
        scale_bar.applyDefaultSize(DISTANCE_KILOMETERS)
        scale_bar.setUnitLabel("km")
    else:
        scale_bar.applyDefaultSize()
    scale_bar.attemptMove(QgsLayoutPoint(5, map_height + 18, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(scale_bar)

    image = QgsLayoutExporter(layout).renderPageToImage(0, dpi=DPI)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    if own_project:
        project.removeMapLayer(layer.id())
    return bytes(data)
