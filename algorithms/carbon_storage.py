"""Carbon Storage: InVEST's Carbon model for one or two land-use dates."""

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer)

from .base import CarbonDriversAlgorithm, FeedbackProgress
from .carbon_table_parameters import add_carbon_table_parameters, read_carbon_table
from .styling import style_diverging, style_on_load, style_sequential
from .table_io import write_table
from .qgis_compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR


class CarbonStorageAlgorithm(CarbonDriversAlgorithm):
    """Carbon stored per pixel, class and pool, its change and its value."""

    ALGORITHM_ID = "carbonstorage"
    GROUP_ID = "carbon"

    LULC = "LULC"
    LULC_LATER = "LULC_LATER"
    YEAR = "YEAR"
    YEAR_LATER = "YEAR_LATER"
    PRICE = "PRICE"
    DISCOUNT_RATE = "DISCOUNT_RATE"
    PRICE_CHANGE = "PRICE_CHANGE"
    PER_PIXEL = "PER_PIXEL"
    OUTPUT = "OUTPUT"
    OUTPUT_LATER = "OUTPUT_LATER"
    OUTPUT_CHANGE = "OUTPUT_CHANGE"
    OUTPUT_NPV = "OUTPUT_NPV"
    OUTPUT_POOLS = "OUTPUT_POOLS"
    SUMMARY = "SUMMARY"
    REPORT = "REPORT"
    TOTAL = "TOTAL"
    TOTAL_LATER = "TOTAL_LATER"
    CHANGE = "CHANGE"
    NPV = "NPV"

    def displayName(self):  # noqa: N802 - Qt naming
        return self.tr("Carbon Storage")

    def group(self):
        return self.tr("Carbon")

    def tags(self):
        return self.tr("carbon,storage,stock,sequestration,InVEST,land use,NPV,valuation").split(",")

    def shortHelpString(self):  # noqa: N802 - Qt naming
        return self.tr(
            "Computes the carbon stored in each pixel from a land-use raster and a table of "
            "carbon densities per class, as InVEST's Carbon Storage and Sequestration model "
            "does.\n\n"
            "The carbon table has one row per land-use code and densities in Mg C/ha for the "
            "four pools (aboveground, belowground, soil, dead organic matter) or one total "
            "density. InVEST's column names lucode, c_above, c_below, c_soil and c_dead are "
            "used when the fields are not set.\n\n"
            "The carbon raster holds Mg C/ha (InVEST 3.15 and later), or Mg C per pixel with "
            "'Carbon per pixel'. Totals are in Mg C and use each pixel's true area, also in a "
            "geographic CRS, where pixel areas are computed on the ellipsoid row by row.\n\n"
            "With a later land-use raster on the same grid, the change raster is later minus "
            "earlier, and the total change counts the pixels valid at both dates. With a "
            "price, the net present value of the change follows InVEST: price / years × "
            "Σ 1/((1+r)^t (1+c)^t) for t = 0 … years−1, with the discount rate r and the "
            "annual price change c.\n\n"
            "Unlike InVEST 3.20, a change of exactly −1 Mg C/ha is kept (InVEST uses −1 as "
            "nodata), rasters on different grids are rejected, and negative densities and "
            "fractional land-use codes are errors.")

    def initAlgorithm(self, config=None):  # noqa: N802 - Qt naming
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LULC, self.tr("Land-use raster")))
        add_carbon_table_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year of the land-use raster"),
            NUMBER_INTEGER, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LULC_LATER, self.tr("Later land-use raster (same grid)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR_LATER, self.tr("Year of the later land-use raster"),
            NUMBER_INTEGER, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRICE, self.tr("Price of carbon per Mg C (enables valuation)"),
            NUMBER_DOUBLE, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISCOUNT_RATE, self.tr("Annual market discount rate (%)"),
            NUMBER_DOUBLE, defaultValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRICE_CHANGE, self.tr("Annual change in the price of carbon (%)"),
            NUMBER_DOUBLE, defaultValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PER_PIXEL, self.tr("Carbon per pixel (Mg C) instead of per hectare"),
            defaultValue=False))

        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Total carbon")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_LATER, self.tr("Total carbon, later date"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CHANGE, self.tr("Carbon change (later − earlier)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_NPV, self.tr("Net present value of the carbon change"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_POOLS, self.tr("Folder for the carbon pool rasters"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Carbon per class"), SOURCE_VECTOR, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        for name, label in ((self.TOTAL, self.tr("Total carbon (Mg C)")),
                            (self.TOTAL_LATER, self.tr("Total carbon, later date (Mg C)")),
                            (self.CHANGE, self.tr("Total carbon change (Mg C)")),
                            (self.NPV, self.tr("Net present value of the carbon change"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def compute(self, parameters, context, feedback):
        from ..core.carbon import CarbonOutputs, compute_carbon_storage

        lulc = self.parameterAsRasterLayer(parameters, self.LULC, context)
        lulc_later = self.parameterAsRasterLayer(parameters, self.LULC_LATER, context)
        table = read_carbon_table(self, parameters, context)
        year = self.optional_number(parameters, self.YEAR, context, integer=True)
        year_later = self.optional_number(parameters, self.YEAR_LATER, context, integer=True)
        price = self.optional_number(parameters, self.PRICE, context)
        two_dates = lulc_later is not None
        valuation = two_dates and price is not None

        outputs = CarbonOutputs(
            carbon=self.parameterAsOutputLayer(parameters, self.OUTPUT, context),
            carbon_later=self.optional_output(parameters, self.OUTPUT_LATER, context)
            if two_dates else None,
            change=self.optional_output(parameters, self.OUTPUT_CHANGE, context)
            if two_dates else None,
            npv=self.optional_output(parameters, self.OUTPUT_NPV, context) if valuation else None,
            pools_folder=self.parameterAsString(parameters, self.OUTPUT_POOLS, context) or None)
        feedback.pushInfo(self.tr("Carbon table: {count} classes, pools: {pools}").format(
            count=len(table.codes), pools=", ".join(table.pools)))
        if outputs.pools_folder and not table.has_pools:
            feedback.pushWarning(self.tr(
                "The carbon table has one total density, so no pool rasters are written."))

        result = compute_carbon_storage(
            lulc.source(), table, outputs,
            lulc_later_path=lulc_later.source() if two_dates else None,
            year=year, year_later=year_later, price=price if valuation else None,
            discount_rate=self.parameterAsDouble(parameters, self.DISCOUNT_RATE, context),
            price_change=self.parameterAsDouble(parameters, self.PRICE_CHANGE, context),
            per_pixel=self.parameterAsBool(parameters, self.PER_PIXEL, context),
            progress=FeedbackProgress(feedback, 0, 95),
            labels=(lulc.name(), lulc_later.name() if two_dates else ""))

        self._log_result(result, feedback)
        results = {self.OUTPUT: outputs.carbon, self.TOTAL: result.total}
        style_on_load(context, outputs.carbon, style_sequential)
        if two_dates:
            results.update({self.TOTAL_LATER: result.total_later, self.CHANGE: result.change})
            for name, path, style in ((self.OUTPUT_LATER, outputs.carbon_later, style_sequential),
                                      (self.OUTPUT_CHANGE, outputs.change, style_diverging),
                                      (self.OUTPUT_NPV, outputs.npv, style_diverging)):
                if path:
                    results[name] = path
                    style_on_load(context, path, style)
        if valuation:
            results[self.NPV] = result.npv
        if outputs.pools_folder:
            results[self.OUTPUT_POOLS] = outputs.pools_folder

        if parameters.get(self.SUMMARY):
            results[self.SUMMARY] = write_table(self, parameters, self.SUMMARY, context,
                                                result.summary,
                                                aliases=self._summary_headers(result.summary))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            self._write_report(report, result, table, lulc.name(), two_dates, valuation)
            results[self.REPORT] = report
        feedback.setProgress(100)
        return results

    def _log_result(self, result, feedback):
        feedback.pushInfo(self.tr("Valid pixels: {count:,}; total carbon: {total:,.2f} Mg C")
                          .format(count=result.valid_pixels, total=result.total))
        if result.total_later is None:
            return
        feedback.pushInfo(self.tr(
            "Later date: {count:,} valid pixels; total carbon: {total:,.2f} Mg C").format(
                count=result.valid_pixels_later, total=result.total_later))
        feedback.pushInfo(self.tr(
            "Change over the {both:,} pixels valid at both dates: {change:,.2f} Mg C").format(
                both=result.pixels_both_dates, change=result.change))
        if result.pixels_one_date:
            feedback.pushWarning(self.tr(
                "{count:,} pixels are valid at only one date; they count in that date's total "
                "but not in the change.").format(count=result.pixels_one_date))
        if result.npv is not None:
            feedback.pushInfo(self.tr("Net present value of the change: {npv:,.2f}").format(
                npv=result.npv))

    def _write_report(self, path, result, table, layer_name, two_dates, valuation):
        from ..core.charts import grouped_bar_chart
        from ..core.report import HtmlReport

        report = HtmlReport(self.tr("Carbon storage: {name}").format(name=layer_name),
                            language=self.report_language())
        report.heading(self.tr("Totals"))
        figures = [(self.tr("Total carbon (Mg C)"), result.total),
                   (self.tr("Valid pixels"), result.valid_pixels)]
        if two_dates:
            figures += [(self.tr("Total carbon, later date (Mg C)"), result.total_later),
                        (self.tr("Carbon change over pixels valid at both dates (Mg C)"),
                         result.change),
                        (self.tr("Pixels valid at only one date"), result.pixels_one_date)]
        if valuation:
            figures += [(self.tr("Net present value of the change"), result.npv),
                        (self.tr("Value per Mg C of change"), result.valuation_constant)]
        report.figures(figures)

        summary = result.summary
        report.heading(self.tr("Carbon by class"))
        pivot = summary.pivot_table(index="lucode", columns="date", values="c_total_mg",
                                    aggfunc="sum", fill_value=0.0)
        labels = [f"{code} {table.name_of(code)}".strip() for code in pivot.index]
        report.svg(grouped_bar_chart(labels, {str(c): pivot[c].to_numpy() for c in pivot.columns},
                                     value_label=self.tr("Carbon (Mg C)"),
                                     title=self.tr("Carbon by class and date")),
                   self.tr("Carbon stored per land-use class and date (Mg C)."))
        report.table(summary, columns=self._summary_headers(summary))
        report.save(path)

    def _summary_headers(self, summary):
        """Return the translated header of each column of the per-class summary.

        The headers are the table's field aliases and the report's column
        headers; the field names stay ASCII so that models and scripts find them.
        """
        headers = {"date": self.tr("Date"), "lucode": self.tr("Code"), "name": self.tr("Class"),
                   "pixels": self.tr("Pixels"), "area_ha": self.tr("Area (ha)")}
        pool_headers = {"c_above_mg": self.tr("Aboveground carbon (Mg C)"),
                        "c_below_mg": self.tr("Belowground carbon (Mg C)"),
                        "c_soil_mg": self.tr("Soil carbon (Mg C)"),
                        "c_dead_mg": self.tr("Dead organic matter carbon (Mg C)"),
                        "c_total_mg": self.tr("Total carbon (Mg C)")}
        for column in summary.columns:
            if column in pool_headers:
                headers[column] = pool_headers[column]
        return headers
