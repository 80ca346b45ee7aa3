"""Sample Factors: the analysis table of a target raster and factor rasters."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterDistance,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsUnitTypes)

from ..core.errors import CanceledError
from .base import CarbonDriversAlgorithm, FeedbackProgress
from .table_io import add_rows, table_fields
from .qgis_compat import NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON, SOURCE_RASTER, WKB_POINT

ID_FIELD = "sample_id"
TARGET_FIELD = "target"
SHAPEFILE_SUFFIXES = (".shp", ".dbf")


class SampleFactorsAlgorithm(CarbonDriversAlgorithm):
    """Points over the target raster with the target and factor values."""

    ALGORITHM_ID = "samplefactors"
    GROUP_ID = "drivers"

    TARGET = "TARGET"
    FACTORS = "FACTORS"
    CATEGORICAL_FACTORS = "CATEGORICAL_FACTORS"
    METHOD = "METHOD"
    CELL_SIZE = "CELL_SIZE"
    COUNT = "COUNT"
    SEED = "SEED"
    POINTS = "POINTS"
    MASK = "MASK"
    OUTPUT = "OUTPUT"
    POINT_COUNT = "POINT_COUNT"
    SKIPPED_NODATA = "SKIPPED_NODATA"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"

    METHOD_GRID, METHOD_RANDOM, METHOD_POINTS = range(3)

    def displayName(self):  # noqa: N802 - Qt naming
        return self.tr("Sample Factors")

    def group(self):
        return self.tr("Drivers of carbon")

    def tags(self):
        return self.tr("sample,fishnet,grid,random points,factors,drivers,extract,"
                       "raster values").split(",")

    def shortHelpString(self):  # noqa: N802 - Qt naming
        return self.tr(
            "Builds the table for driving-factor analysis: points over the target raster "
            "(for example carbon from Carbon Storage) with the target value and one value "
            "per factor raster.\n\n"
            "Sample design: the centres of a regular grid of cells of the given size, in the "
            "units of the target's CRS; seeded random points in valid target pixels (the same "
            "seed gives the same points); or an existing point layer. An optional polygon "
            "mask keeps the grid cells and pixels whose centre lies inside it, or the existing "
            "points inside it.\n\n"
            "Each factor raster may have its own grid, resolution and CRS: the points are "
            "transformed into it. The target and categorical factors are read at the pixel "
            "containing the point. Continuous factors are interpolated bilinearly between the "
            "four nearest pixel centres, or read at the containing pixel where one of those "
            "is nodata. Categorical rasters not listed among the factor rasters are added to "
            "them. The first band of each raster is read.\n\n"
            "Points where the target is nodata are skipped, and a factor that is nodata at a "
            "point gives NULL there. Both counts are reported.\n\n"
            "Fields: sample_id, target, then one field per factor named after its layer. Names "
            "are cut to 10 characters only for shapefiles. The outputs Factor fields and "
            "Categorical fields list the factor field names separated by semicolons, the form "
            "that field parameters with several fields accept in a model, so they can feed "
            "RF Factor Screening or the Geographical Detector.")

    def initAlgorithm(self, config=None):  # noqa: N802 - Qt naming
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.TARGET, self.tr("Target raster (e.g. carbon)")))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FACTORS, self.tr("Factor rasters"), SOURCE_RASTER))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CATEGORICAL_FACTORS,
            self.tr("Categorical factor rasters (read without interpolation)"),
            SOURCE_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Sample design"),
            [self.tr("Regular grid (cell centres)"), self.tr("Random points"),
             self.tr("Existing point layer")], defaultValue=self.METHOD_GRID))
        self.addParameter(QgsProcessingParameterDistance(
            self.CELL_SIZE, self.tr("Grid cell size"), defaultValue=1000.0,
            parentParameterName=self.TARGET, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COUNT, self.tr("Number of random points"),
            NUMBER_INTEGER, defaultValue=1000, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), NUMBER_INTEGER,
            defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POINTS, self.tr("Sample points"), [SOURCE_POINT],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Mask polygons"), [SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Samples"), SOURCE_POINT))
        self.addOutput(QgsProcessingOutputNumber(self.POINT_COUNT, self.tr("Number of samples")))
        self.addOutput(QgsProcessingOutputNumber(
            self.SKIPPED_NODATA, self.tr("Points skipped on target nodata")))
        self.addOutput(QgsProcessingOutputString(self.FACTOR_FIELDS, self.tr("Factor fields")))
        self.addOutput(QgsProcessingOutputString(
            self.CATEGORICAL_FIELDS, self.tr("Categorical factor fields")))

    def compute(self, parameters, context, feedback):
        from ..core.sampling import (DBF_FIELD_LENGTH, RasterSource, field_names,
                                     sample_points)

        target = self.parameterAsRasterLayer(parameters, self.TARGET, context)
        self._require_file_raster(target)
        factor_layers, categorical_ids = self._factor_layers(parameters, context)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context) or ""
        max_length = DBF_FIELD_LENGTH if destination.lower().endswith(SHAPEFILE_SUFFIXES) else None
        names = field_names([layer.name() for layer in factor_layers], max_length,
                            reserved=[ID_FIELD, TARGET_FIELD])
        factors = [RasterSource(layer.source(), name, categorical=layer.id() in categorical_ids)
                   for layer, name in zip(factor_layers, names)]
        for layer, name in zip(factor_layers, names):
            if layer.id() in categorical_ids:
                text = self.tr("Factor {layer} → field {field}, categorical")
            else:
                text = self.tr("Factor {layer} → field {field}, continuous")
            feedback.pushInfo(text.format(layer=layer.name(), field=name))

        x, y, points_crs, geometries = self._design(parameters, context, feedback, target,
                                                    method)
        points_wkt = points_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
        result = sample_points(x, y, points_wkt, RasterSource(target.source(), TARGET_FIELD),
                               factors, progress=FeedbackProgress(feedback, 30, 90))
        frame = result.table
        frame.insert(0, ID_FIELD, range(1, len(frame) + 1))
        self._log_counts(feedback, len(x), result)

        fields = table_fields(frame)
        sink, destination_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, WKB_POINT, points_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        kept = [geometry for geometry, keep in zip(geometries, result.kept) if keep]
        if not add_rows(sink, fields, frame, kept, feedback):
            raise CanceledError()
        feedback.setProgress(100)
        return {
            self.OUTPUT: destination_id,
            self.POINT_COUNT: len(frame),
            self.SKIPPED_NODATA: result.skipped_target_nodata,
            self.FACTOR_FIELDS: ";".join(names),
            self.CATEGORICAL_FIELDS: ";".join(
                source.field for source in factors if source.categorical),
        }

    def _require_file_raster(self, layer):
        if layer is None:
            raise QgsProcessingException(self.tr(
                "The target raster is missing. Choose a raster layer or file for TARGET."))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr(
                "The raster {name} is not read by GDAL (provider {provider}). Save it as a "
                "GeoTIFF first.").format(name=layer.name(), provider=layer.providerType()))

    def _factor_layers(self, parameters, context):
        """Return the factor layers (categorical ones appended when only listed
        there) and the ids of the categorical ones."""
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        categorical = self.parameterAsLayerList(parameters, self.CATEGORICAL_FACTORS, context)
        sources = {layer.source() for layer in layers}
        layers += [layer for layer in categorical if layer.source() not in sources]
        categorical_sources = {layer.source() for layer in categorical}
        if not layers:
            raise QgsProcessingException(self.tr(
                "No factor rasters were given. Choose at least one factor raster."))
        for layer in layers:
            self._require_file_raster(layer)
        return layers, {layer.id() for layer in layers if layer.source() in categorical_sources}

    def _design(self, parameters, context, feedback, target, method):
        """Return the sample points, their CRS and one geometry per point."""
        import numpy as np

        from ..core.sampling import fishnet_points, inside_mask, random_points

        mask = self._mask(parameters, context)
        if method == self.METHOD_POINTS:
            x, y, crs, geometries = self._existing_points(parameters, context, feedback)
            if mask is None:
                return x, y, crs, geometries
            crs_wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
            inside = inside_mask(x, y, crs_wkt, mask, FeedbackProgress(feedback, 0, 30))
            feedback.pushInfo(self.tr("{count:,} points lie outside the mask").format(
                count=int((~inside).sum())))
            return (np.asarray(x)[inside], np.asarray(y)[inside], crs,
                    [geometry for geometry, keep in zip(geometries, inside) if keep])

        progress = FeedbackProgress(feedback, 0, 30)
        if method == self.METHOD_GRID:
            cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
            design = fishnet_points(target.source(), cell_size, mask=mask, progress=progress)
            feedback.pushInfo(self.tr(
                "Regular grid of {size} {units}: {count:,} cell centres").format(
                    size=cell_size, units=QgsUnitTypes.toString(target.crs().mapUnits()),
                    count=design.candidates))
            if design.outside_mask:
                feedback.pushInfo(self.tr("{count:,} cell centres lie outside the mask").format(
                    count=design.outside_mask))
        else:
            count = self.parameterAsInt(parameters, self.COUNT, context)
            seed = self.parameterAsInt(parameters, self.SEED, context)
            design = random_points(target.source(), count, seed, mask=mask, progress=progress)
            feedback.pushInfo(self.tr("{count:,} random points, seed {seed}").format(
                count=count, seed=seed))
        geometries = [QgsGeometry.fromPointXY(QgsPointXY(px, py))
                      for px, py in zip(np.asarray(design.x), np.asarray(design.y))]
        return design.x, design.y, target.crs(), geometries

    def _mask(self, parameters, context):
        from ..core.sampling import Mask

        source = self.parameterAsSource(parameters, self.MASK, context)
        if source is None:
            return None
        geometries = [feature.geometry() for feature in source.getFeatures()
                      if feature.hasGeometry()]
        if not geometries:
            raise QgsProcessingException(self.tr(
                "The mask layer has no polygons. Choose a mask layer with features."))
        union = QgsGeometry.unaryUnion(geometries)
        return Mask(union.asWkt(),
                    source.sourceCrs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))

    def _existing_points(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            raise QgsProcessingException(self.tr(
                "The sample design 'Existing point layer' needs a point layer in Sample "
                "points."))
        x, y, geometries = [], [], []
        without_geometry = 0
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                without_geometry += 1
                continue
            # Each part of a multipoint becomes a sample of its own.
            points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
            for point in points:
                x.append(point.x())
                y.append(point.y())
                geometries.append(QgsGeometry.fromPointXY(point))
        if without_geometry:
            feedback.pushWarning(self.tr("{count:,} features without geometry were skipped")
                                 .format(count=without_geometry))
        if not x:
            raise QgsProcessingException(self.tr(
                "The point layer has no points. Choose a layer with point features."))
        feedback.pushInfo(self.tr("{count:,} existing points").format(count=len(x)))
        return x, y, source.sourceCrs(), geometries

    def _log_counts(self, feedback, candidates, result):
        feedback.pushInfo(self.tr("{kept:,} of {total:,} points kept, {skipped:,} skipped "
                                  "because the target is nodata there").format(
            kept=int(result.kept.sum()), total=candidates,
            skipped=result.skipped_target_nodata))
        for name, count in result.factor_nodata.items():
            if count:
                feedback.pushWarning(self.tr(
                    "Factor {field}: nodata at {count:,} points, stored as NULL").format(
                        field=name, count=count))
