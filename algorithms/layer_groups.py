"""Loading of a run's outputs into one layer group of the project, styled."""

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

# Post-processors must outlive processAlgorithm because QGIS does not take
# ownership of Python objects; they are kept here until they have run.
_PENDING = set()


class _GroupPlacer(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, group_name, style):
        super().__init__()
        self.group_name = group_name
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - Qt naming
        if layer is None or not layer.isValid():
            return
        if self.style is not None:
            self.style(layer)
        project = context.project()
        if project is None:
            return
        root = project.layerTreeRoot()
        group = root.findGroup(self.group_name) or root.insertGroup(0, self.group_name)
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            group.addChildNode(node.clone())
            node.parent().removeChildNode(node)
        _PENDING.discard(self)


def load_in_group(context, path, group_name, layer_name, style=None):
    """Load ``path`` on completion as ``layer_name`` in ``group_name``, styled by ``style``."""
    if not path or context.project() is None:
        return
    context.addLayerToLoadOnCompletion(
        path, QgsProcessingContext.LayerDetails(layer_name, context.project(), layer_name))
    placer = _GroupPlacer(group_name, style)
    _PENDING.add(placer)
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(placer)
