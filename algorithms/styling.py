"""Styles for output layers, applied when Processing loads them.

Carbon stocks get a sequential colour ramp, changes a diverging ramp centred
on zero, and class maps a palette with one entry per class. The styles are
attached as layer post-processors, which QGIS runs after loading an output
into the project.
"""

from qgis.core import (QgsColorRampShader, QgsGradientColorRamp, QgsPalettedRasterRenderer,
                       QgsProcessingLayerPostProcessorInterface, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer, QgsStyle)
from qgis.PyQt.QtGui import QColor

from .qgis_compat import SHADER_INTERPOLATED, STATISTIC_MAX, STATISTIC_MIN

SEQUENTIAL_RAMP = "Greens"
DIVERGING_RAMP = "RdBu"

# Post-processors must outlive processAlgorithm; QGIS does not take
# ownership of Python objects, so they are kept here until they have run.
_PENDING = set()


def _ramp(name, fallback_start, fallback_end):
    ramp = QgsStyle.defaultStyle().colorRamp(name)
    if ramp is None:
        ramp = QgsGradientColorRamp(QColor(fallback_start), QColor(fallback_end))
    return ramp


def _band_range(layer):
    stats = layer.dataProvider().bandStatistics(1, STATISTIC_MIN | STATISTIC_MAX)
    return stats.minimumValue, stats.maximumValue


def _pseudocolor(layer, ramp, minimum, maximum, classes=9):
    shader_function = QgsColorRampShader(minimum, maximum)
    shader_function.setColorRampType(SHADER_INTERPOLATED)
    shader_function.setSourceColorRamp(ramp.clone())
    shader_function.classifyColorRamp(classes, -1)
    shader = QgsRasterShader(minimum, maximum)
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_sequential(layer):
    """Style a carbon stock raster with a sequential ramp over its range."""
    minimum, maximum = _band_range(layer)
    _pseudocolor(layer, _ramp(SEQUENTIAL_RAMP, "#f7fcf5", "#00441b"), min(minimum, 0.0), maximum)


def style_diverging(layer):
    """Style a change raster with a diverging ramp centred on zero."""
    minimum, maximum = _band_range(layer)
    limit = max(abs(minimum), abs(maximum)) or 1.0
    ramp = _ramp(DIVERGING_RAMP, "#b2182b", "#2166ac")
    _pseudocolor(layer, ramp, -limit, limit, classes=11)


def style_classes(layer, classes):
    """Style a class raster with ``classes``: (value, '#rrggbb', label) triples."""
    entries = [QgsPalettedRasterRenderer.Class(float(value), QColor(color), str(label))
               for value, color, label in classes]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, entries))
    layer.triggerRepaint()


class _Styler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style, *arguments):
        super().__init__()
        self.style = style
        self.arguments = arguments

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - Qt naming
        if layer is not None and layer.isValid():
            self.style(layer, *self.arguments)
        _PENDING.discard(self)


def style_on_load(context, path, style, *arguments):
    """Apply ``style(layer, *arguments)`` when Processing loads ``path``."""
    if not path or not context.willLoadLayerOnCompletion(path):
        return
    styler = _Styler(style, *arguments)
    _PENDING.add(styler)
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(styler)
