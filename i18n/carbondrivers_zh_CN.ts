<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CarbonDrivers</name>
    <message>
        <location filename="../algorithms/base.py" line="86"/>
        <source>en</source>
        <comment>BCP 47 language tag of this translation, e.g. zh-CN</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="26"/>
        <source>Carbon pool table (table layer or CSV)</source>
        <translation>碳密度表（表格图层或 CSV）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="30"/>
        <source>Land-use code field [default: lucode, code, id or value]</source>
        <translation>土地利用代码字段 [默认：lucode、code、id 或 value]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="32"/>
        <source>Aboveground carbon density field, Mg C/ha [default: c_above]</source>
        <translation>地上碳密度字段，Mg C/ha [默认：c_above]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="34"/>
        <source>Belowground carbon density field, Mg C/ha [default: c_below]</source>
        <translation>地下碳密度字段，Mg C/ha [默认：c_below]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="36"/>
        <source>Soil carbon density field, Mg C/ha [default: c_soil]</source>
        <translation>土壤碳密度字段，Mg C/ha [默认：c_soil]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="38"/>
        <source>Dead organic matter carbon density field, Mg C/ha [default: c_dead]</source>
        <translation>死亡有机质碳密度字段，Mg C/ha [默认：c_dead]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="41"/>
        <source>Total carbon density field, Mg C/ha (instead of the four pools)</source>
        <translation>总碳密度字段，Mg C/ha（代替四个碳库）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="44"/>
        <source>Class name field [default: name, lc or lulc_name]</source>
        <translation>类别名称字段 [默认：name、lc 或 lulc_name]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="63"/>
        <source>carbon table</source>
        <translation>碳密度表</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="46"/>
        <source>land-use code</source>
        <translation>土地利用代码</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="47"/>
        <source>aboveground carbon density</source>
        <translation>地上碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="48"/>
        <source>belowground carbon density</source>
        <translation>地下碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="49"/>
        <source>soil carbon density</source>
        <translation>土壤碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="50"/>
        <source>dead organic matter carbon density</source>
        <translation>死亡有机质碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="51"/>
        <source>total carbon density</source>
        <translation>总碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="52"/>
        <source>class name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="53"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="120"/>
        <source>The {table} has no land-use code column (looked for {candidates}). Choose the code field. Its columns are: {columns}.</source>
        <translation>{table}中没有土地利用代码列（已查找 {candidates}）。请指定代码字段。该表的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="143"/>
        <source>The {table} has no carbon density column. Name the pool fields (InVEST&apos;s c_above, c_below, c_soil, c_dead are found automatically) or a total density field. Its columns are: {columns}.</source>
        <translation>{table}中没有碳密度列。请指定各碳库的字段（InVEST 的 c_above、c_below、c_soil、c_dead 会被自动识别）或总碳密度字段。该表的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="246"/>
        <source>The land-use raster {label} holds the non-integer value {value}. Land-use classes must be whole-number codes; reclassify the raster (e.g. with Reclassify by table) before running.</source>
        <translation>土地利用栅格 {label} 含有非整数值 {value}。土地利用类别必须是整数代码，请先对该栅格重分类（例如使用“按表格重分类”）再运行。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="257"/>
        <source>The land-use raster {label} contains codes that are missing from the carbon table: {codes}. Add a row for each code to the carbon table, or set those pixels to nodata.</source>
        <translation>土地利用栅格 {label} 中有碳密度表缺少的代码：{codes}。请在碳密度表中为每个代码添加一行，或将这些像元设为无数据值（nodata）。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="305"/>
        <source>The land-use raster {label} has the data type {dtype}; it must hold integer class codes.</source>
        <translation>土地利用栅格 {label} 的数据类型为 {dtype}，但它必须存储整数类别代码。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="313"/>
        <source>Valuation needs the years of both dates. Set YEAR and YEAR_LATER, or leave PRICE empty.</source>
        <translation>价值评估需要两期的年份。请设置 YEAR 和 YEAR_LATER，或将 PRICE 留空。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="318"/>
        <source>YEAR_LATER ({later}) must be after YEAR ({earlier}) for valuation.</source>
        <translation>进行价值评估时，YEAR_LATER（{later}）必须晚于 YEAR（{earlier}）。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="388"/>
        <source>The land-use raster {label} has no valid pixels (all are nodata). Check its nodata value.</source>
        <translation>土地利用栅格 {label} 没有有效像元（全部为无数据值）。请检查其无数据值（nodata）设置。</translation>
    </message>
    <message>
        <location filename="../core/pixel_area.py" line="79"/>
        <source>The raster has no coordinate reference system, so its pixel area is unknown. Assign its CRS with Raster &gt; Projections &gt; Assign Projection.</source>
        <translation>该栅格没有坐标参考系，因此像元面积未知。请通过“栅格 &gt; 投影 &gt; 指定投影”为其指定坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/pixel_area.py" line="87"/>
        <source>The raster is rotated in a geographic CRS; its pixel areas cannot be computed. Warp it to a north-up grid first.</source>
        <translation>该栅格在地理坐标系中带有旋转，无法计算其像元面积。请先将其重投影（变形）到正北朝上的网格。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="109"/>
        <source>Cannot open the raster {label} ({path}): {error}. Check that the file exists and is a raster format GDAL reads.</source>
        <translation>无法打开栅格 {label}（{path}）：{error}。请检查文件是否存在，且是 GDAL 能读取的栅格格式。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="115"/>
        <source>The raster {label} has {count} band(s); band {band} does not exist.</source>
        <translation>栅格 {label} 有 {count} 个波段，波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="130"/>
        <source>The rasters {first} and {second} are not on the same grid (they differ in {what}). {first}: {first_grid}; {second}: {second_grid}. Put them on one grid with Raster &gt; Align Rasters or the Processing tool &apos;Warp (reproject)&apos; before running this algorithm.</source>
        <translation>栅格 {first} 与 {second} 不在同一网格上（二者的 {what} 不同）。{first}：{first_grid}；{second}：{second_grid}。运行本算法前，请使用“栅格 &gt; 对齐栅格”或处理工具“变形 (重投影)”把它们统一到同一网格。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="226"/>
        <source>Cannot write the output {path}: the folder {folder} does not exist or is not writable. Choose another output path.</source>
        <translation>无法写入输出 {path}：文件夹 {folder} 不存在或不可写。请选择其他输出路径。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="233"/>
        <source>Cannot write the output {path}: raster outputs are written as GeoTIFF. Give the file name the extension .tif.</source>
        <translation>无法写入输出 {path}：栅格输出均为 GeoTIFF 格式。请使用扩展名 .tif。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="247"/>
        <source>Cannot write the output {path}: {error}. Choose another output path.</source>
        <translation>无法写入输出 {path}：{error}。请选择其他输出路径。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="43"/>
        <source>Cannot read the table {path}: {error}. Check that it is a CSV file with a header row.</source>
        <translation>无法读取表格 {path}：{error}。请检查它是否为带表头行的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="81"/>
        <source>The column &apos;{column}&apos; ({role}) is missing from the {table}. Its columns are: {columns}.</source>
        <translation>{table}中缺少列“{column}”（{role}）。该表的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="96"/>
        <source>The {table} has no rows. Add one row per class.</source>
        <translation>{table}中没有任何行。请为每个类别添加一行。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="107"/>
        <source>The column &apos;{column}&apos; of the {table} must hold whole-number class codes, but row(s) {rows} hold {values}. Correct or delete those rows.</source>
        <translation>{table}的列“{column}”必须为整数类别代码，但第 {rows} 行的值为 {values}。请更正或删除这些行。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="116"/>
        <source>The {table} lists the code(s) {codes} more than once (rows {rows}). Keep one row per code.</source>
        <translation>{table}中代码 {codes} 出现了不止一次（第 {rows} 行）。每个代码只能保留一行。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="134"/>
        <source>The column &apos;{column}&apos; ({role}) of the {table} must hold numbers, but row(s) {rows} are empty or hold {values}. Enter a number (0 where the pool is absent).</source>
        <translation>{table}的列“{column}”（{role}）必须为数值，但第 {rows} 行为空或为 {values}。请填入数值（没有该碳库时填 0）。</translation>
    </message>
    <message>
        <location filename="../core/tables.py" line="144"/>
        <source>The column &apos;{column}&apos; ({role}) of the {table} holds negative values in row(s) {rows}: {values}. Densities cannot be negative; correct those rows.</source>
        <translation>{table}的列“{column}”（{role}）在第 {rows} 行有负值：{values}。密度不能为负，请更正这些行。</translation>
    </message>
</context>
<context>
    <name>CarbonDriversAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="117"/>
        <source>This algorithm needs the Python package(s) {packages}, which QGIS&apos;s Python cannot import. Install them with: {hint}</source>
        <translation>本算法需要 Python 包 {packages}，但 QGIS 的 Python 无法导入。安装方法：{hint}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="126"/>
        <source>The run was canceled; no output was written.</source>
        <translation>运行已取消，未写入任何输出。</translation>
    </message>
</context>
<context>
    <name>CarbonDriversProvider</name>
    <message>
        <location filename="../provider.py" line="31"/>
        <source>Carbon Drivers: ecosystem carbon and its driving factors</source>
        <translation>Carbon Drivers：生态系统碳储量及其驱动因子</translation>
    </message>
    <message>
        <location filename="../provider.py" line="43"/>
        <source>Carbon Drivers needs the Python package(s) {packages}, which QGIS&apos;s Python cannot import. Install them with: {hint}</source>
        <translation>Carbon Drivers 需要 Python 包 {packages}，但 QGIS 的 Python 无法导入。安装方法：{hint}</translation>
    </message>
</context>
<context>
    <name>CarbonStorageAlgorithm</name>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="42"/>
        <source>Carbon Storage</source>
        <translation>碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="45"/>
        <source>Carbon</source>
        <translation>碳储量与碳汇</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="48"/>
        <source>carbon,storage,stock,sequestration,InVEST,land use,NPV,valuation</source>
        <translation>碳储量,碳密度,碳汇,固碳,InVEST,土地利用,净现值,价值评估,carbon,storage,stock,sequestration,land use,NPV,valuation</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="51"/>
        <source>Computes the carbon stored in each pixel from a land-use raster and a table of carbon densities per class, as InVEST's Carbon Storage and Sequestration model does.

The carbon table has one row per land-use code and densities in Mg C/ha for the four pools (aboveground, belowground, soil, dead organic matter) or one total density. InVEST's column names lucode, c_above, c_below, c_soil and c_dead are used when the fields are not set.

The carbon raster holds Mg C/ha (InVEST 3.15 and later), or Mg C per pixel with 'Carbon per pixel'. Totals are in Mg C and use each pixel's true area, also in a geographic CRS, where pixel areas are computed on the ellipsoid row by row.

With a later land-use raster on the same grid, the change raster is later minus earlier, and the total change counts the pixels valid at both dates. With a price, the net present value of the change follows InVEST: price / years × Σ 1/((1+r)^t (1+c)^t) for t = 0 … years−1, with the discount rate r and the annual price change c.

Unlike InVEST 3.20, a change of exactly −1 Mg C/ha is kept (InVEST uses −1 as nodata), rasters on different grids are rejected, and negative densities and fractional land-use codes are errors.</source>
        <translation>根据土地利用栅格和各类别的碳密度表计算每个像元的碳储量，方法与 InVEST 的碳储量与固碳（Carbon Storage and Sequestration）模型相同。

碳密度表每个土地利用代码一行，给出四个碳库（地上碳、地下碳、土壤碳、死亡有机质碳）的碳密度（Mg C/ha），或一个总碳密度。未指定字段时，使用 InVEST 的列名 lucode、c_above、c_below、c_soil 和 c_dead。

碳储量栅格的单位为 Mg C/ha（与 InVEST 3.15 及以后版本相同）；勾选“按像元计算碳量”时为每像元的 Mg C。总量以 Mg C 计，使用每个像元的真实面积；在地理坐标系中同样如此，此时像元面积在椭球面上逐行计算。

若提供同一网格上的后一期土地利用栅格，变化栅格为后一期减前一期，总变化量只统计两期均有效的像元。若提供碳价格，碳储量变化的净现值按 InVEST 的方法计算：价格 / 年数 × Σ 1/((1+r)^t (1+c)^t)，t = 0 … 年数−1，其中 r 为贴现率，c 为碳价格年变化率。

与 InVEST 3.20 不同：恰好为 −1 Mg C/ha 的变化会被保留（InVEST 把 −1 当作无数据值），不在同一网格上的栅格会被拒绝，负的碳密度和非整数的土地利用代码会报错。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="72"/>
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="75"/>
        <source>Year of the land-use raster</source>
        <translation>土地利用栅格的年份</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="78"/>
        <source>Later land-use raster (same grid)</source>
        <translation>后一期土地利用栅格（同一网格）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="80"/>
        <source>Year of the later land-use raster</source>
        <translation>后一期土地利用栅格的年份</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="83"/>
        <source>Price of carbon per Mg C (enables valuation)</source>
        <translation>每 Mg C 的碳价格（填写后进行价值评估）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="86"/>
        <source>Annual market discount rate (%)</source>
        <translation>年市场贴现率（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="89"/>
        <source>Annual change in the price of carbon (%)</source>
        <translation>碳价格年变化率（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="92"/>
        <source>Carbon per pixel (Mg C) instead of per hectare</source>
        <translation>按像元计算碳量（Mg C），而非每公顷</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="96"/>
        <source>Total carbon</source>
        <translation>总碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="98"/>
        <source>Total carbon, later date</source>
        <translation>总碳储量（后一期）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="101"/>
        <source>Carbon change (later − earlier)</source>
        <translation>碳储量变化（后一期 − 前一期）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="115"/>
        <source>Net present value of the carbon change</source>
        <translation>碳储量变化的净现值</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="107"/>
        <source>Folder for the carbon pool rasters</source>
        <translation>各碳库栅格的输出文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="110"/>
        <source>Carbon per class</source>
        <translation>各类别碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="112"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="112"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="245"/>
        <source>Total carbon (Mg C)</source>
        <translation>总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="212"/>
        <source>Total carbon, later date (Mg C)</source>
        <translation>后一期总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="115"/>
        <source>Total carbon change (Mg C)</source>
        <translation>总碳储量变化（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="141"/>
        <source>Carbon table: {count} classes, pools: {pools}</source>
        <translation>碳密度表：{count} 个类别，碳库：{pools}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="144"/>
        <source>The carbon table has one total density, so no pool rasters are written.</source>
        <translation>碳密度表只有一个总碳密度，因此不输出各碳库栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="184"/>
        <source>Valid pixels: {count:,}; total carbon: {total:,.2f} Mg C</source>
        <translation>有效像元：{count:,} 个；总碳储量：{total:,.2f} Mg C</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="188"/>
        <source>Later date: {count:,} valid pixels; total carbon: {total:,.2f} Mg C</source>
        <translation>后一期：有效像元 {count:,} 个；总碳储量：{total:,.2f} Mg C</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="191"/>
        <source>Change over the {both:,} pixels valid at both dates: {change:,.2f} Mg C</source>
        <translation>两期均有效的 {both:,} 个像元的碳储量变化：{change:,.2f} Mg C</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="195"/>
        <source>{count:,} pixels are valid at only one date; they count in that date&apos;s total but not in the change.</source>
        <translation>有 {count:,} 个像元仅在一期有效，它们计入该期的总量，但不计入变化量。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="199"/>
        <source>Net present value of the change: {npv:,.2f}</source>
        <translation>碳储量变化的净现值：{npv:,.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="206"/>
        <source>Carbon storage: {name}</source>
        <translation>碳储量：{name}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="208"/>
        <source>Totals</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="210"/>
        <source>Valid pixels</source>
        <translation>有效像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="213"/>
        <source>Carbon change over pixels valid at both dates (Mg C)</source>
        <translation>两期均有效像元的碳储量变化（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="215"/>
        <source>Pixels valid at only one date</source>
        <translation>仅一期有效的像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="217"/>
        <source>Net present value of the change</source>
        <translation>碳储量变化的净现值</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="218"/>
        <source>Value per Mg C of change</source>
        <translation>每 Mg C 变化量的价值</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="222"/>
        <source>Carbon by class</source>
        <translation>各类别碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="226"/>
        <source>Carbon (Mg C)</source>
        <translation>碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="226"/>
        <source>Carbon by class and date</source>
        <translation>各类别各时期碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="226"/>
        <source>Carbon stored per land-use class and date (Mg C).</source>
        <translation>各土地利用类别在各时期的碳储量（Mg C）。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="239"/>
        <source>Date</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="239"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="239"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="240"/>
        <source>Pixels</source>
        <translation>像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="240"/>
        <source>Area (ha)</source>
        <translation>面积（ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="241"/>
        <source>Aboveground carbon (Mg C)</source>
        <translation>地上碳（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="242"/>
        <source>Belowground carbon (Mg C)</source>
        <translation>地下碳（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="243"/>
        <source>Soil carbon (Mg C)</source>
        <translation>土壤碳（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="244"/>
        <source>Dead organic matter carbon (Mg C)</source>
        <translation>死亡有机质碳（Mg C）</translation>
    </message>
</context>
</TS>
