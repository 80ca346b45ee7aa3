<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CarbonDrivers</name>
    <message>
        <location filename="../algorithms/base.py" line="79"/>
        <source>en</source>
        <comment>BCP 47 language tag of this translation, e.g. zh-CN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="26"/>
        <source>Carbon pool table (table layer or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="30"/>
        <source>Land-use code field [default: lucode, code, id or value]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="32"/>
        <source>Aboveground carbon density field, Mg C/ha [default: c_above]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="34"/>
        <source>Belowground carbon density field, Mg C/ha [default: c_below]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="36"/>
        <source>Soil carbon density field, Mg C/ha [default: c_soil]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="38"/>
        <source>Dead organic matter carbon density field, Mg C/ha [default: c_dead]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="41"/>
        <source>Total carbon density field, Mg C/ha (instead of the four pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="44"/>
        <source>Class name field [default: name, lc or lulc_name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="63"/>
        <source>carbon table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="46"/>
        <source>land-use code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="47"/>
        <source>aboveground carbon density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="48"/>
        <source>belowground carbon density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="49"/>
        <source>soil carbon density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="50"/>
        <source>dead organic matter carbon density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="51"/>
        <source>total carbon density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="52"/>
        <source>class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="53"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="120"/>
        <source>The {table} has no land-use code column (looked for {candidates}). Choose the code field. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="143"/>
        <source>The {table} has no carbon density column. Name the pool fields (InVEST&apos;s c_above, c_below, c_soil, c_dead are found automatically) or a total density field. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="246"/>
        <source>The land-use raster {label} holds the non-integer value {value}. Land-use classes must be whole-number codes; reclassify the raster (e.g. with Reclassify by table) before running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="257"/>
        <source>The land-use raster {label} contains codes that are missing from the carbon table: {codes}. Add a row for each code to the carbon table, or set those pixels to nodata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="305"/>
        <source>The land-use raster {label} has the data type {dtype}; it must hold integer class codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="313"/>
        <source>Valuation needs the years of both dates. Set YEAR and YEAR_LATER, or leave PRICE empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="318"/>
        <source>YEAR_LATER ({later}) must be after YEAR ({earlier}) for valuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="388"/>
        <source>The land-use raster {label} has no valid pixels (all are nodata). Check its nodata value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pixel_area.py" line="79"/>
        <source>The raster has no coordinate reference system, so its pixel area is unknown. Assign its CRS with Raster &gt; Projections &gt; Assign Projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pixel_area.py" line="87"/>
        <source>The raster is rotated in a geographic CRS; its pixel areas cannot be computed. Warp it to a north-up grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="109"/>
        <source>Cannot open the raster {label} ({path}): {error}. Check that the file exists and is a raster format GDAL reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="115"/>
        <source>The raster {label} has {count} band(s); band {band} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="130"/>
        <source>The rasters {first} and {second} are not on the same grid (they differ in {what}). {first}: {first_grid}; {second}: {second_grid}. Put them on one grid with Raster &gt; Align Rasters or the Processing tool &apos;Warp (reproject)&apos; before running this algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="226"/>
        <source>Cannot write the output {path}: the folder {folder} does not exist or is not writable. Choose another output path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="233"/>
        <source>Cannot write the output {path}: raster outputs are written as GeoTIFF. Give the file name the extension .tif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="247"/>
        <source>Cannot write the output {path}: {error}. Choose another output path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="43"/>
        <source>Cannot read the table {path}: {error}. Check that it is a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="81"/>
        <source>The column &apos;{column}&apos; ({role}) is missing from the {table}. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="96"/>
        <source>The {table} has no rows. Add one row per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="107"/>
        <source>The column &apos;{column}&apos; of the {table} must hold whole-number class codes, but row(s) {rows} hold {values}. Correct or delete those rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="116"/>
        <source>The {table} lists the code(s) {codes} more than once (rows {rows}). Keep one row per code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="134"/>
        <source>The column &apos;{column}&apos; ({role}) of the {table} must hold numbers, but row(s) {rows} are empty or hold {values}. Enter a number (0 where the pool is absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="144"/>
        <source>The column &apos;{column}&apos; ({role}) of the {table} holds negative values in row(s) {rows}: {values}. Densities cannot be negative; correct those rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonDriversAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="110"/>
        <source>This algorithm needs the Python package(s) {packages}, which QGIS&apos;s Python cannot import. Install them with: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="119"/>
        <source>The run was canceled; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonDriversProvider</name>
    <message>
        <location filename="../provider.py" line="31"/>
        <source>Carbon Drivers: ecosystem carbon and its driving factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../provider.py" line="43"/>
        <source>Carbon Drivers needs the Python package(s) {packages}, which QGIS&apos;s Python cannot import. Install them with: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonStorageAlgorithm</name>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="42"/>
        <source>Carbon Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="45"/>
        <source>Carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="48"/>
        <source>carbon,storage,stock,sequestration,InVEST,land use,NPV,valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="51"/>
        <source>Computes the carbon stored in each pixel from a land-use raster and a table of carbon densities per class, as InVEST's Carbon Storage and Sequestration model does.

The carbon table has one row per land-use code and densities in Mg C/ha for the four pools (aboveground, belowground, soil, dead organic matter) or one total density. InVEST's column names lucode, c_above, c_below, c_soil and c_dead are used when the fields are not set.

The carbon raster holds Mg C/ha (InVEST 3.15 and later), or Mg C per pixel with 'Carbon per pixel'. Totals are in Mg C and use each pixel's true area, also in a geographic CRS, where pixel areas are computed on the ellipsoid row by row.

With a later land-use raster on the same grid, the change raster is later minus earlier, and the total change counts the pixels valid at both dates. With a price, the net present value of the change follows InVEST: price / years × Σ 1/((1+r)^t (1+c)^t) for t = 0 … years−1, with the discount rate r and the annual price change c.

Unlike InVEST 3.20, a change of exactly −1 Mg C/ha is kept (InVEST uses −1 as nodata), rasters on different grids are rejected, and negative densities and fractional land-use codes are errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="72"/>
        <source>Land-use raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="75"/>
        <source>Year of the land-use raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="78"/>
        <source>Later land-use raster (same grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="80"/>
        <source>Year of the later land-use raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="83"/>
        <source>Price of carbon per Mg C (enables valuation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="86"/>
        <source>Annual market discount rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="89"/>
        <source>Annual change in the price of carbon (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="92"/>
        <source>Carbon per pixel (Mg C) instead of per hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="96"/>
        <source>Total carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="98"/>
        <source>Total carbon, later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="101"/>
        <source>Carbon change (later − earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="115"/>
        <source>Net present value of the carbon change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="107"/>
        <source>Folder for the carbon pool rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="110"/>
        <source>Carbon per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="112"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="112"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="245"/>
        <source>Total carbon (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="212"/>
        <source>Total carbon, later date (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="115"/>
        <source>Total carbon change (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="141"/>
        <source>Carbon table: {count} classes, pools: {pools}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="144"/>
        <source>The carbon table has one total density, so no pool rasters are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="184"/>
        <source>Valid pixels: {count:,}; total carbon: {total:,.2f} Mg C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="188"/>
        <source>Later date: {count:,} valid pixels; total carbon: {total:,.2f} Mg C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="191"/>
        <source>Change over the {both:,} pixels valid at both dates: {change:,.2f} Mg C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="195"/>
        <source>{count:,} pixels are valid at only one date; they count in that date&apos;s total but not in the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="199"/>
        <source>Net present value of the change: {npv:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="206"/>
        <source>Carbon storage: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="208"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="210"/>
        <source>Valid pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="213"/>
        <source>Carbon change over pixels valid at both dates (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="215"/>
        <source>Pixels valid at only one date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="217"/>
        <source>Net present value of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="218"/>
        <source>Value per Mg C of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="222"/>
        <source>Carbon by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="226"/>
        <source>Carbon (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="226"/>
        <source>Carbon by class and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="226"/>
        <source>Carbon stored per land-use class and date (Mg C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="239"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="239"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="239"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="240"/>
        <source>Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="240"/>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="241"/>
        <source>Aboveground carbon (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="242"/>
        <source>Belowground carbon (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="243"/>
        <source>Soil carbon (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="244"/>
        <source>Dead organic matter carbon (Mg C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
