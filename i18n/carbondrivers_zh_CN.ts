<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/workflow_report.py" line="147"/>
        <source>Geographical detector</source>
        <translation>地理探测器</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="19"/>
        <source>Observations used (N)</source>
        <translation>使用的观测数（N）</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="19"/>
        <source>Observations dropped (missing target or factor)</source>
        <translation>剔除的观测数（目标变量或因子缺失）</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="19"/>
        <source>Significance level</source>
        <translation>显著性水平</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="19"/>
        <source>Variance in the non-centrality of the F test</source>
        <translation>F 检验非中心参数中的方差</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="19"/>
        <source>sample variance (N − 1)</source>
        <translation>样本方差（N − 1）</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="19"/>
        <source>Tolerance for equal q in interaction types</source>
        <translation>判定交互类型时 q 值相等的容差</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="28"/>
        <source>Class breaks of continuous factors were computed from a seeded random sample of pixels (see the column breaks_n); every detector then uses every valid pixel.</source>
        <translation>连续型因子的分类断点由固定随机种子抽取的像元样本计算（见 breaks_n 列）；之后各探测器使用全部有效像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="35"/>
        <source>Factor detector</source>
        <translation>因子探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="37"/>
        <source>q statistic</source>
        <translation>q 统计量</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="37"/>
        <source>q per factor</source>
        <translation>各因子的 q 值</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="37"/>
        <source>q per factor; * marks p &lt; {alpha} (non-central F test).</source>
        <translation>各因子的 q 值；* 表示 p &lt; {alpha}（非中心 F 检验）。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="44"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="44"/>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="88"/>
        <source>Strata</source>
        <translation>分层数</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="44"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="44"/>
        <source>Discretization</source>
        <translation>离散化方法</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="44"/>
        <source>Classes</source>
        <translation>分类数</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="44"/>
        <source>Breaks</source>
        <translation>断点</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="44"/>
        <source>Strata with one observation</source>
        <translation>仅含一个观测值的分层</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="54"/>
        <source>Ecological detector</source>
        <translation>生态探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="55"/>
        <source>Two-sided F test of the within-strata sums of squares of two factors, F = N1 (N2 − 1) SSW1 / (N2 (N1 − 1) SSW2), at the significance level {alpha}.</source>
        <translation>对两个因子的层内平方和进行双侧 F 检验，F = N1 (N2 − 1) SSW1 / (N2 (N1 − 1) SSW2)，显著性水平为 {alpha}。</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="88"/>
        <source>Factor 1</source>
        <translation>因子 1</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="88"/>
        <source>Factor 2</source>
        <translation>因子 2</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="58"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="58"/>
        <source>Stronger factor</source>
        <translation>影响更强的因子</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="66"/>
        <source>nonlinear weaken</source>
        <translation>非线性减弱</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="67"/>
        <source>univariate weaken</source>
        <translation>单因子非线性减弱</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="68"/>
        <source>bivariate enhance</source>
        <translation>双因子增强</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="69"/>
        <source>independent</source>
        <translation>独立</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="70"/>
        <source>nonlinear enhance</source>
        <translation>非线性增强</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="83"/>
        <source>Interaction detector</source>
        <translation>交互探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="84"/>
        <source>Interaction q and type</source>
        <translation>交互作用的 q 值与类型</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="84"/>
        <source>q of the intersected strata of each pair of factors and the type of interaction; the diagonal holds each factor&apos;s own q.</source>
        <translation>每对因子叠加分层后的 q 值及交互类型；对角线为各因子自身的 q 值。</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="88"/>
        <source>q 1</source>
        <translation>q 1</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="88"/>
        <source>q 2</source>
        <translation>q 2</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="88"/>
        <source>q 1 ∩ 2</source>
        <translation>q 1 ∩ 2</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="44"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="95"/>
        <source>Risk detector</source>
        <translation>风险探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="96"/>
        <source>Mean of the target per stratum with ± one standard deviation. Strata are compared pairwise with Welch's two-sided t-test at the significance level {alpha}.</source>
        <translation>各分层目标变量的均值（± 一个标准差）。分层之间用 Welch 双侧 t 检验两两比较，显著性水平为 {alpha}。</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="104"/>
        <source>Mean of the target</source>
        <translation>目标变量均值</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="104"/>
        <source>Mean per stratum of {factor}</source>
        <translation>{factor} 各分层的均值</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="104"/>
        <source>{significant} of {pairs} pairs of strata differ significantly.</source>
        <translation>{pairs} 对分层中有 {significant} 对差异显著。</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="110"/>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="110"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="110"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="46"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>Stratum 1</source>
        <translation>分层 1</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>Stratum 2</source>
        <translation>分层 2</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>Mean 1</source>
        <translation>均值 1</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>Mean 2</source>
        <translation>均值 2</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="114"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location filename="../algorithms/geodetector_report.py" line="119"/>
        <source>The {rows} t-tests are in the risk detector table.</source>
        <translation>全部 {rows} 个 t 检验结果见风险探测表。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="21"/>
        <source>Land use transition {first}–{last}</source>
        <translation>土地利用转移 {first}–{last}</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="24"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="25"/>
        <source>Classes found at any date</source>
        <translation>各时期出现的类别数</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="28"/>
        <source>Valid area {year} ({unit})</source>
        <translation>{year} 年有效面积（{unit}）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="32"/>
        <source>Pixels left out of {interval} (valid at one date only)</source>
        <translation>{interval} 中被排除的像元（仅一期有效）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="36"/>
        <source>Flows between classes</source>
        <translation>类别间的流向</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="47"/>
        <source>Land-use flows between dates</source>
        <translation>各时期间的土地利用流向</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="47"/>
        <source>Area flowing from each class to each class between consecutive dates, over the pixels valid at both dates. Hover over a band or a class for its area and share.</source>
        <translation>相邻两期之间各类别流向各类别的面积，只统计两期均有效的像元。将鼠标悬停在流带或类别上可查看其面积和比例。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="53"/>
        <source>Area per class and date</source>
        <translation>各类别各时期面积</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="57"/>
        <source>Comprehensive land-use dynamic degree {interval}: {value:.4f} % per year.</source>
        <translation>{interval} 综合土地利用动态度：每年 {value:.4f} %。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="62"/>
        <source>Transition matrices ({unit})</source>
        <translation>土地利用转移矩阵（{unit}）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="69"/>
        <source>Transition matrix {interval}</source>
        <translation>转移矩阵 {interval}</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="69"/>
        <source>Rows: class in {first}; columns: class in {last}.</source>
        <translation>行：{first} 年的类别；列：{last} 年的类别。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="78"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="78"/>
        <source>From \ to</source>
        <translation>转出 \ 转入</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="88"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="88"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="91"/>
        <source>Area {year} ({unit})</source>
        <translation>{year} 年面积（{unit}）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="93"/>
        <source>Share {year} (%)</source>
        <translation>{year} 年占比（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="97"/>
        <source>Change {interval} ({unit})</source>
        <translation>{interval} 变化量（{unit}）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="99"/>
        <source>K {interval} (% per year)</source>
        <translation>{interval} 单一动态度 K（%/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="105"/>
        <source>Carbon change by transition</source>
        <translation>各转移类型的碳储量变化</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="107"/>
        <source>Carbon change {interval} (Mg C)</source>
        <translation>{interval} 碳储量变化（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="116"/>
        <source>Carbon change (Mg C)</source>
        <translation>碳储量变化（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="116"/>
        <source>Largest carbon changes {interval}</source>
        <translation>{interval} 碳储量变化最大的转移</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition_report.py" line="116"/>
        <source>The transitions of {interval} with the largest carbon gains (blue) and losses (red).</source>
        <translation>{interval} 中碳增加（蓝色）和碳减少（红色）最多的转移类型。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="10"/>
        <source>RF factor screening: {target}</source>
        <translation>随机森林因子筛选：{target}</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="13"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Rows in the table</source>
        <translation>表中行数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Rows used</source>
        <translation>使用的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Rows dropped for missing values</source>
        <translation>因缺失值剔除的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Validation</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Out-of-bag R²</source>
        <translation>袋外 R²</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Held-out R²</source>
        <translation>留出集 R²</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Held-out RMSE</source>
        <translation>留出集 RMSE</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>Selected factors</source>
        <translation>入选因子</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="14"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="25"/>
        <source>Factors with a single value, left out of the ranking: {factors}</source>
        <translation>只有单一取值、未参与排序的因子：{factors}</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="31"/>
        <source>selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="32"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="33"/>
        <source>Loss of held-out R² when shuffled</source>
        <translation>打乱后留出集 R² 的下降量</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="46"/>
        <source>Permutation importance</source>
        <translation>置换重要性</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="33"/>
        <source>Permutation importance: mean loss of R² on held-out rows when the factor is shuffled; error bars show one standard deviation over the repeats.</source>
        <translation>置换重要性：打乱该因子后留出集 R² 的平均下降量；误差线为多次重复的一个标准差。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="39"/>
        <source>Share of impurity decrease</source>
        <translation>不纯度减少量占比</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="39"/>
        <source>Impurity importance (MDI)</source>
        <translation>不纯度重要性（MDI）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="39"/>
        <source>Impurity importance on the training rows. It favours factors with many distinct values, so rank by permutation importance.</source>
        <translation>基于训练行的不纯度重要性。它偏向取值较多的因子，因此请按置换重要性排序。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="45"/>
        <source>Missing values</source>
        <translation>缺失值数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="45"/>
        <source>MDI</source>
        <translation>MDI</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="47"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="47"/>
        <source>Shadow runs won</source>
        <translation>胜过影子特征的次数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="48"/>
        <source>Binomial p-value</source>
        <translation>二项检验 p 值</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="48"/>
        <source>Selected</source>
        <translation>是否入选</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="54"/>
        <source>Partial dependence</source>
        <translation>偏依赖</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="55"/>
        <source>Mean prediction of the forest as one factor varies and the others keep their observed values, for the best ranked factors.</source>
        <translation>排名靠前的因子的偏依赖：一个因子变化、其他因子保持观测值时随机森林的平均预测值。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="62"/>
        <source>Mean prediction per class of {factor}</source>
        <translation>{factor} 各类别的平均预测值</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="73"/>
        <source>{folds}-fold cross-validation</source>
        <translation>{folds} 折交叉验证</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="74"/>
        <source>{percent:g} % of the rows held out</source>
        <translation>留出 {percent:g} % 的行用于检验</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="90"/>
        <source>Shadow rule: in each of {runs} runs every factor got a shuffled copy; a factor is selected when it beat every copy in at least {needed} runs (one-sided binomial test against 0.5, p &lt; 0.05 divided by the number of factors).</source>
        <translation>影子特征规则：在 {runs} 次运行中，每次为每个因子生成一个打乱的副本；若某因子至少在 {needed} 次运行中胜过所有副本，则入选（相对 0.5 的单侧二项检验，p &lt; 0.05 除以因子数）。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="95"/>
        <source>Top k rule: the best ranked factors by permutation importance.</source>
        <translation>前 k 个规则：按置换重要性排名最靠前的因子。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_report.py" line="96"/>
        <source>Cumulative rule: the best ranked factors until their share of the positive permutation importance reaches the threshold.</source>
        <translation>累积规则：按排名依次选取因子，直到其占正的置换重要性总和的比例达到阈值。</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="88"/>
        <source>Carbon driver study {first}–{last}</source>
        <translation>碳储量驱动因素研究 {first}–{last}</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="98"/>
        <source>Headline numbers</source>
        <translation>主要结果</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="99"/>
        <source>Total carbon {year} (Mg C)</source>
        <translation>{year} 年总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="101"/>
        <source>Carbon change {first}–{last}, pixels valid at both dates (Mg C)</source>
        <translation>碳储量变化 {first}–{last}，两期均有效的像元（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="105"/>
        <source>Strongest factor (q)</source>
        <translation>解释力最强的因子（q）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="108"/>
        <source>Strongest interaction (q)</source>
        <translation>解释力最强的交互作用（q）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="111"/>
        <source>Carbon maps</source>
        <translation>碳储量分布图</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="116"/>
        <source>Carbon {year} (Mg C/ha)</source>
        <translation>{year} 年碳储量（Mg C/ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="116"/>
        <source>Carbon density in {year}, Mg C/ha.</source>
        <translation>{year} 年碳密度，Mg C/ha。</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="118"/>
        <source>Carbon change (Mg C/ha)</source>
        <translation>碳储量变化（Mg C/ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="120"/>
        <source>Carbon change {first}–{last} (Mg C/ha)</source>
        <translation>碳储量变化 {first}–{last}（Mg C/ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="120"/>
        <source>Change in carbon density from {first} to {last}; losses in red, gains in blue.</source>
        <translation>{first} 年至 {last} 年碳密度的变化：红色为减少，蓝色为增加。</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="125"/>
        <source>Carbon per date and class</source>
        <translation>各时期各类别碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="132"/>
        <source>Carbon (Mg C)</source>
        <translation>碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="132"/>
        <source>Carbon by class and date</source>
        <translation>各类别各时期碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="132"/>
        <source>Carbon stored per land-use class and date (Mg C).</source>
        <translation>各土地利用类别在各时期的碳储量（Mg C）。</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="136"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="136"/>
        <source>Total carbon (Mg C)</source>
        <translation>总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="140"/>
        <source>Land-use change</source>
        <translation>土地利用变化</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="144"/>
        <source>Random-forest screening of driving factors</source>
        <translation>驱动因子的随机森林筛选</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="150"/>
        <source>Settings and software</source>
        <translation>参数设置与软件版本</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="153"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="153"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../algorithms/workflow_report.py" line="156"/>
        <source>Report: {path}</source>
        <translation>报告：{path}</translation>
    </message>
</context>
<context>
    <name>CarbonDriverAnalysisAlgorithm</name>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="77"/>
        <source>Carbon Driver Analysis (whole study)</source>
        <translation>碳储量驱动因子分析（完整研究）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="80"/>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="83"/>
        <source>carbon,workflow,study,report,land use,transition,drivers,random forest,geographical detector</source>
        <translation>碳储量,工作流,研究,报告,土地利用,转移,驱动因子,随机森林,地理探测器,carbon,workflow,study,report,land use,transition,drivers,random forest,geographical detector</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="87"/>
        <source>Runs a complete carbon-driver study and writes one HTML report.

Steps: Carbon Storage for every date (and the change from the first to the last date); Land Use Transition over all dates with the carbon effect of every transition; with driving-factor rasters, Sample Factors on the carbon of the analysis date (a regular grid with a cell size, or random points), RF Factor Screening and the Geographical Detector with the interaction, risk and ecological detectors.

Every output is written into the output folder with a readable name and is loaded into a layer group named after the run. The report holds the carbon and change maps, area and transition tables, the Sankey diagram, carbon gained and lost per transition, factor importances, q values, interactions, risk-detector highlights, and the settings and software versions of the run.</source>
        <translation>运行一次完整的碳储量驱动因子研究，并生成一份 HTML 报告。

步骤：计算每一期的碳储量（以及首期到末期的变化）；对所有时期进行土地利用转移分析，并计算每种转移的碳效应；若提供驱动因子栅格，则在分析年份的碳储量上进行因子采样（按格网大小的规则格网或随机点），再进行随机森林因子筛选和地理探测器分析（含交互探测、风险探测和生态探测）。

所有输出以易读的文件名写入输出文件夹，并加载到以本次运行命名的图层组中。报告包含碳储量及其变化地图、面积表和转移表、桑基图、各转移类型的碳增加与减少、因子重要性、q 值、交互作用、风险探测要点，以及本次运行的参数设置和软件版本。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="102"/>
        <source>Land-use rasters, in date order</source>
        <translation>土地利用栅格（按时间顺序）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="104"/>
        <source>Years of the land-use rasters, comma-separated</source>
        <translation>各土地利用栅格的年份（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="107"/>
        <source>Land-use legend (default: the carbon table)</source>
        <translation>土地利用图例（默认：碳密度表）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="110"/>
        <source>Legend code field</source>
        <translation>图例代码字段</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="110"/>
        <source>Legend name field</source>
        <translation>图例名称字段</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="110"/>
        <source>Legend colour field</source>
        <translation>图例颜色字段</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="115"/>
        <source>Driving-factor rasters</source>
        <translation>驱动因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="118"/>
        <source>Categorical driving-factor rasters</source>
        <translation>类别型驱动因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="121"/>
        <source>Sampling grid cell size, in the carbon raster&apos;s units (0: random points)</source>
        <translation>采样格网大小，以碳储量栅格的坐标单位计（0：随机点）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="125"/>
        <source>Number of random sample points</source>
        <translation>随机采样点数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="383"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="131"/>
        <source>Random forest: number of trees</source>
        <translation>随机森林：树的数量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="134"/>
        <source>Random forest: factor selection rule</source>
        <translation>随机森林：因子选择规则</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="134"/>
        <source>Top k</source>
        <translation>前 k 个</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="134"/>
        <source>Cumulative importance</source>
        <translation>累积重要性</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="134"/>
        <source>Shadow features</source>
        <translation>影子特征</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="138"/>
        <source>Geographical detector factors</source>
        <translation>地理探测器因子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="138"/>
        <source>All factors</source>
        <translation>全部因子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="138"/>
        <source>Factors selected by the random forest</source>
        <translation>随机森林选出的因子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="142"/>
        <source>Discretization of continuous factors</source>
        <translation>连续型因子的离散化方法</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="142"/>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="142"/>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="142"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="142"/>
        <source>Geometric interval</source>
        <translation>几何间隔</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="142"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="385"/>
        <source>Number of classes</source>
        <translation>分类数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="149"/>
        <source>Choose method and number of classes by q (elbow rule)</source>
        <translation>按 q 值选择离散化方法和分类数（肘部法则）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="387"/>
        <source>Significance level</source>
        <translation>显著性水平</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="155"/>
        <source>Year whose carbon the factors explain (default: last)</source>
        <translation>因子所解释的碳储量的年份（默认：末期）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="158"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="269"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="160"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="163"/>
        <source>Total carbon, first date (Mg C)</source>
        <translation>首期总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="165"/>
        <source>Total carbon, last date (Mg C)</source>
        <translation>末期总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="167"/>
        <source>Factor with the highest q</source>
        <translation>q 值最高的因子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="169"/>
        <source>Factor pair with the highest interaction q</source>
        <translation>交互 q 值最高的因子对</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="184"/>
        <source>The analysis date {year} is not one of the years {years}. Set ANALYSIS_DATE to one of them or leave it empty for the last.</source>
        <translation>分析年份 {year} 不在年份 {years} 之中。请将 ANALYSIS_DATE 设为其中之一，或留空以使用末期。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="215"/>
        <source>The run was canceled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="207"/>
        <source>Step {step} of {steps}: {label}</source>
        <translation>第 {step} 步，共 {steps} 步：{label}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="220"/>
        <source>Carbon Storage {first} and {last}</source>
        <translation>碳储量 {first} 和 {last}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="236"/>
        <source>Carbon Storage {year}</source>
        <translation>碳储量 {year}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="246"/>
        <source>Land Use Transition</source>
        <translation>土地利用转移</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="271"/>
        <source>{label}: {seconds:.1f} s</source>
        <translation>{label}：{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="288"/>
        <source>YEARS must list one whole-number year per land-use raster ({count} rasters, at least 2), e.g. 2000,2010,2020; it is &apos;{text}&apos;.</source>
        <translation>YEARS 必须为每个土地利用栅格列出一个整数年份（共 {count} 个栅格，至少 2 个），例如 2000,2010,2020；当前值为“{text}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="293"/>
        <source>The years {years} must increase; give the land-use rasters in date order.</source>
        <translation>年份 {years} 必须递增，请按时间顺序给出土地利用栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="314"/>
        <source>Sample Factors</source>
        <translation>因子采样</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="327"/>
        <source>RF Factor Screening</source>
        <translation>随机森林因子筛选</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="343"/>
        <source>Geographical Detector</source>
        <translation>地理探测器</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="375"/>
        <source>Land-use rasters</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="376"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="377"/>
        <source>Carbon table</source>
        <translation>碳密度表</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="378"/>
        <source>Driving factors</source>
        <translation>驱动因子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="379"/>
        <source>Categorical factors</source>
        <translation>类别型因子</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="380"/>
        <source>Sampling grid cell size</source>
        <translation>采样格网大小</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="382"/>
        <source>Random points</source>
        <translation>随机点</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="384"/>
        <source>Trees</source>
        <translation>树的数量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="399"/>
        <source>Carbon study {first}–{last}</source>
        <translation>碳储量研究 {first}–{last}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="402"/>
        <source>Carbon {year} (Mg C/ha)</source>
        <translation>{year} 年碳储量（Mg C/ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="404"/>
        <source>Carbon change {first}–{last} (Mg C/ha)</source>
        <translation>碳储量变化 {first}–{last}（Mg C/ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="409"/>
        <source>Land-use change {first}–{last}</source>
        <translation>土地利用变化 {first}–{last}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_driver_analysis.py" line="413"/>
        <source>Samples {year}</source>
        <translation>{year} 年样本</translation>
    </message>
</context>
<context>
    <name>CarbonDrivers</name>
    <message>
        <location filename="../algorithms/base.py" line="86"/>
        <source>en</source>
        <comment>BCP 47 language tag of this translation, e.g. zh-CN</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="27"/>
        <source>Carbon pool table (table layer or CSV)</source>
        <translation>碳密度表（表格图层或 CSV）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="31"/>
        <source>Land-use code field [default: lucode, code, id or value]</source>
        <translation>土地利用代码字段 [默认：lucode、code、id 或 value]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="33"/>
        <source>Aboveground carbon density field, Mg C/ha [default: c_above]</source>
        <translation>地上碳密度字段，Mg C/ha [默认：c_above]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="35"/>
        <source>Belowground carbon density field, Mg C/ha [default: c_below]</source>
        <translation>地下碳密度字段，Mg C/ha [默认：c_below]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="37"/>
        <source>Soil carbon density field, Mg C/ha [default: c_soil]</source>
        <translation>土壤碳密度字段，Mg C/ha [默认：c_soil]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="39"/>
        <source>Dead organic matter carbon density field, Mg C/ha [default: c_dead]</source>
        <translation>死亡有机质碳密度字段，Mg C/ha [默认：c_dead]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="42"/>
        <source>Total carbon density field, Mg C/ha (instead of the four pools)</source>
        <translation>总碳密度字段，Mg C/ha（代替四个碳库）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="45"/>
        <source>Class name field [default: name, lc or lulc_name]</source>
        <translation>类别名称字段 [默认：name、lc 或 lulc_name]</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_table_parameters.py" line="64"/>
        <source>carbon table</source>
        <translation>碳密度表</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="47"/>
        <source>land-use code</source>
        <translation>土地利用代码</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="48"/>
        <source>aboveground carbon density</source>
        <translation>地上碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="49"/>
        <source>belowground carbon density</source>
        <translation>地下碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="50"/>
        <source>soil carbon density</source>
        <translation>土壤碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="51"/>
        <source>dead organic matter carbon density</source>
        <translation>死亡有机质碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="52"/>
        <source>total carbon density</source>
        <translation>总碳密度</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="53"/>
        <source>class name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="54"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="122"/>
        <source>The {table} has no land-use code column (looked for {candidates}). Choose the code field. Its columns are: {columns}.</source>
        <translation>{table}中没有土地利用代码列（已查找 {candidates}）。请指定代码字段。该表的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="172"/>
        <source>The {table} has no carbon density column. Name the pool fields (InVEST&apos;s c_above, c_below, c_soil, c_dead are found automatically) or a total density field. Its columns are: {columns}.</source>
        <translation>{table}中没有碳密度列。请指定各碳库的字段（InVEST 的 c_above、c_below、c_soil、c_dead 会被自动识别）或总碳密度字段。该表的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="275"/>
        <source>The land-use raster {label} holds the non-integer value {value}. Land-use classes must be whole-number codes; reclassify the raster (e.g. with Reclassify by table) before running.</source>
        <translation>土地利用栅格 {label} 含有非整数值 {value}。土地利用类别必须是整数代码，请先对该栅格重分类（例如使用“按表格重分类”）再运行。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="286"/>
        <source>The land-use raster {label} contains codes that are missing from the carbon table: {codes}. Add a row for each code to the carbon table, or set those pixels to nodata.</source>
        <translation>土地利用栅格 {label} 中有碳密度表缺少的代码：{codes}。请在碳密度表中为每个代码添加一行，或将这些像元设为无数据值（nodata）。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="103"/>
        <source>The land-use raster {label} has the data type {dtype}; it must hold integer class codes.</source>
        <translation>土地利用栅格 {label} 的数据类型为 {dtype}，但它必须存储整数类别代码。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="333"/>
        <source>Valuation needs the years of both dates. Set YEAR and YEAR_LATER, or leave PRICE empty.</source>
        <translation>价值评估需要两期的年份。请设置 YEAR 和 YEAR_LATER，或将 PRICE 留空。</translation>
    </message>
    <message>
        <location filename="../core/carbon.py" line="338"/>
        <source>YEAR_LATER ({later}) must be after YEAR ({earlier}) for valuation.</source>
        <translation>进行价值评估时，YEAR_LATER（{later}）必须晚于 YEAR（{earlier}）。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="561"/>
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
        <location filename="../core/raster.py" line="118"/>
        <source>Cannot open the raster {label} ({path}): {error}. Check that the file exists and is a raster format GDAL reads.</source>
        <translation>无法打开栅格 {label}（{path}）：{error}。请检查文件是否存在，且是 GDAL 能读取的栅格格式。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="124"/>
        <source>The raster {label} has {count} band(s); band {band} does not exist.</source>
        <translation>栅格 {label} 有 {count} 个波段，波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="139"/>
        <source>The rasters {first} and {second} are not on the same grid (they differ in {what}). {first}: {first_grid}; {second}: {second_grid}. Put them on one grid with Raster &gt; Align Rasters or the Processing tool &apos;Warp (reproject)&apos; before running this algorithm.</source>
        <translation>栅格 {first} 与 {second} 不在同一网格上（二者的 {what} 不同）。{first}：{first_grid}；{second}：{second_grid}。运行本算法前，请使用“栅格 &gt; 对齐栅格”或处理工具“变形 (重投影)”把它们统一到同一网格。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="238"/>
        <source>Cannot write the output {path}: the folder {folder} does not exist or is not writable. Choose another output path.</source>
        <translation>无法写入输出 {path}：文件夹 {folder} 不存在或不可写。请选择其他输出路径。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="245"/>
        <source>Cannot write the output {path}: raster outputs are written as GeoTIFF. Give the file name the extension .tif.</source>
        <translation>无法写入输出 {path}：栅格输出均为 GeoTIFF 格式。请使用扩展名 .tif。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="258"/>
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
    <message>
        <location filename="../core/discretization.py" line="113"/>
        <source>Unknown discretization method {method}; use one of {methods}.</source>
        <translation>未知的离散化方法 {method}，请使用以下之一：{methods}。</translation>
    </message>
    <message>
        <location filename="../core/discretization.py" line="248"/>
        <source>The number of classes must be at least 2, not {k}.</source>
        <translation>分类数至少为 2，而不是 {k}。</translation>
    </message>
    <message>
        <location filename="../core/discretization.py" line="252"/>
        <source>Discretization needs finite values; remove missing values first.</source>
        <translation>离散化需要有限数值，请先移除缺失值。</translation>
    </message>
    <message>
        <location filename="../core/discretization.py" line="285"/>
        <source>The range of class counts to search is empty; give a minimum no larger than the maximum.</source>
        <translation>要搜索的分类数范围为空，请使最小值不大于最大值。</translation>
    </message>
    <message>
        <location filename="../core/discretization.py" line="291"/>
        <source>Unknown optimization rule {rule}; use max_q or elbow.</source>
        <translation>未知的优化规则 {rule}，请使用 max_q 或 elbow。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="112"/>
        <source>The factor {factor} has more than {limit} distinct values, too many for a categorical factor. Treat it as continuous so that it is discretized.</source>
        <translation>因子 {factor} 的不同取值超过 {limit} 个，作为类别型因子过多。请将其作为连续型因子处理，以便进行离散化。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="376"/>
        <source>The target is constant (every valid value is {value}), so there is no variance to explain. Choose another target.</source>
        <translation>目标变量为常数（所有有效值均为 {value}），没有可解释的方差。请选择其他目标变量。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="389"/>
        <source>The factor {factor} has a single stratum ({label}) where the target is valid, so it cannot explain any variance. Remove it or, if it is continuous, choose another discretization.</source>
        <translation>在目标变量有效的范围内，因子 {factor} 只有一个分层（{label}），无法解释任何方差。请移除该因子；若为连续型因子，请选择其他离散化方法。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="397"/>
        <source>The factor {factor} has {count} stratum(s) with a single observation: they are kept in q, but their variance and risk t-tests are undefined. Consider merging small strata.</source>
        <translation>因子 {factor} 有 {count} 个分层只含一个观测值：它们仍计入 q 值，但其方差和风险探测的 t 检验无定义。建议合并过小的分层。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="418"/>
        <source>No p-value for the factor {factor}: it needs at least one more observation than strata and a non-centrality of at most {limit:g}, which a target with a large mean relative to its spread exceeds. Subtract a constant from the target to get a p-value.</source>
        <translation>因子 {factor} 没有 p 值：计算 p 值要求观测数至少比分层数多一个，且非中心参数不超过 {limit:g}；目标变量的均值相对其离散程度过大时会超出该限值。请将目标变量减去一个常数后再计算 p 值。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="477"/>
        <source>The {role} field {field} contains values that are not numbers, such as {value!r} (row {row}). Fix or remove those rows, or mark the field as categorical if it is a factor.</source>
        <translation>{role}字段 {field} 含有非数值，例如 {value!r}（第 {row} 行）。请更正或删除这些行；如果它是因子，也可以将其标记为类别型。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="551"/>
        <source>No row has a value in the target {target} and in every factor ({factors}). Check the field choice or fill the missing values.</source>
        <translation>没有任何一行在目标变量 {target} 和所有因子（{factors}）中都有值。请检查字段选择或填补缺失值。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="574"/>
        <source>{count} row(s) with a missing target or factor value were dropped; every detector uses the remaining {n} rows.</source>
        <translation>已剔除 {count} 行目标变量或因子缺失的数据；各探测器均使用其余 {n} 行。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="584"/>
        <source>No factor field was given; choose at least one factor.</source>
        <translation>未指定因子字段，请至少选择一个因子。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="589"/>
        <source>The field {field} was not found in the table. Available fields: {fields}.</source>
        <translation>表中找不到字段 {field}。可用字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="595"/>
        <source>The target field {field} is also listed as a factor; remove it from the factors.</source>
        <translation>目标字段 {field} 同时被列为因子，请将其从因子中移除。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="600"/>
        <source>A factor field is listed twice: {factors}.</source>
        <translation>有因子字段被重复列出：{factors}。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="606"/>
        <source>The categorical fields {fields} are not among the factors; add them to the factors or remove them from the categorical fields.</source>
        <translation>类别型字段 {fields} 不在因子中，请将其加入因子，或从类别型字段中移除。</translation>
    </message>
    <message>
        <location filename="../core/geodetector.py" line="612"/>
        <source>The significance level must lie between 0 and 1, not {alpha}.</source>
        <translation>显著性水平必须介于 0 和 1 之间，而不是 {alpha}。</translation>
    </message>
    <message>
        <location filename="../core/geodetector_raster.py" line="117"/>
        <source>No factor raster was given; choose at least one factor.</source>
        <translation>未指定因子栅格，请至少选择一个因子。</translation>
    </message>
    <message>
        <location filename="../core/geodetector_raster.py" line="121"/>
        <source>Two factor rasters have the same name: {names}. Rename one of the layers.</source>
        <translation>有两个因子栅格同名：{names}。请重命名其中一个图层。</translation>
    </message>
    <message>
        <location filename="../core/geodetector_raster.py" line="127"/>
        <source>The categorical rasters {names} are not among the factors; add them to the factors.</source>
        <translation>类别型栅格 {names} 不在因子中，请将其加入因子。</translation>
    </message>
    <message>
        <location filename="../core/geodetector_raster.py" line="134"/>
        <source>No pixel has a value in the target and in every factor ({factors}). Check that the rasters overlap and that their nodata values are set correctly.</source>
        <translation>没有任何像元在目标变量和所有因子（{factors}）中都有值。请检查各栅格是否相互重叠，以及无数据值（nodata）是否设置正确。</translation>
    </message>
    <message>
        <location filename="../core/geodetector_raster.py" line="149"/>
        <source>The factor raster {name} is on another grid than the target and only one of them has a CRS, so it cannot be resampled. Assign a CRS to both rasters.</source>
        <translation>因子栅格 {name} 与目标栅格不在同一网格上，且只有其中一个有坐标参考系，因此无法重采样。请为两个栅格都指定坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="108"/>
        <source>The colour &apos;{value}&apos; of code {code} in the {table} is not a #rrggbb colour; the generated colour {color} is used instead.</source>
        <translation>{table}中代码 {code} 的颜色“{value}”不是 #rrggbb 格式，改用自动生成的颜色 {color}。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="148"/>
        <source>YEARS must list one whole-number year per land-use raster, separated by commas ({count} rasters were given), but it is &apos;{text}&apos;. Example: 1990, 2000, 2010.</source>
        <translation>YEARS 必须为每个土地利用栅格列出一个整数年份，以逗号分隔（共给出 {count} 个栅格），但当前值为“{text}”。示例：1990, 2000, 2010。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="154"/>
        <source>YEARS must increase from raster to raster, but they are {years}. Give the rasters in date order.</source>
        <translation>YEARS 必须随栅格顺序递增，但当前为 {years}。请按时间顺序给出栅格。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="185"/>
        <source>The land-use code {code} cannot be written to the change raster, which codes each pixel as from_code × {factor} + to_code and so needs codes from 0 to {maximum}. Reclassify the rasters or leave the change raster out.</source>
        <translation>土地利用代码 {code} 无法写入变化栅格：变化栅格将每个像元编码为 from_code × {factor} + to_code，因此要求代码在 0 到 {maximum} 之间。请对栅格重分类，或不输出变化栅格。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="339"/>
        <source>Land-use transitions need at least two land-use rasters, but {count} was given. Add the raster of another date.</source>
        <translation>土地利用转移分析至少需要两个土地利用栅格，但只给出了 {count} 个。请添加另一时期的栅格。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="345"/>
        <source>YEARS lists {years} year(s) for {count} land-use rasters. Give one year per raster.</source>
        <translation>YEARS 为 {count} 个土地利用栅格列出了 {years} 个年份。请为每个栅格给出一个年份。</translation>
    </message>
    <message>
        <location filename="../core/land_use_transition.py" line="587"/>
        <source>The area unit &apos;{unit}&apos; is not supported. Use one of: {units}.</source>
        <translation>不支持面积单位“{unit}”。请使用以下之一：{units}。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="203"/>
        <source>Every factor has a single value in the {rows} complete rows: {factors}. Add factors that vary over the samples.</source>
        <translation>在 {rows} 个完整行中，每个因子都只有一个取值：{factors}。请添加在样本间有变化的因子。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="209"/>
        <source>The target field {field} has a single value in the {rows} complete rows, so there is nothing to explain. Choose another target field.</source>
        <translation>在 {rows} 个完整行中，目标字段 {field} 只有一个取值，没有可解释的变异。请选择其他目标字段。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="276"/>
        <source>No factor fields were given. Choose at least one factor field.</source>
        <translation>未指定因子字段。请至少选择一个因子字段。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="280"/>
        <source>Fields not found in the table: {fields}. Available fields: {available}.</source>
        <translation>表中找不到字段：{fields}。可用字段：{available}。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="285"/>
        <source>The target field {field} is also listed as a factor. Remove it from the factor fields.</source>
        <translation>目标字段 {field} 同时被列为因子。请将其从因子字段中移除。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="296"/>
        <source>Invalid {name} {value}: expected {expected}.</source>
        <translation>{name} 的值 {value} 无效：应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="356"/>
        <source>The target field {field} is not numeric (value {value!r}). Choose a numeric target field.</source>
        <translation>目标字段 {field} 不是数值型（值为 {value!r}）。请选择数值型目标字段。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="360"/>
        <source>The factor field {field} is not numeric (value {value!r}). Mark it as categorical or remove it from the factors.</source>
        <translation>因子字段 {field} 不是数值型（值为 {value!r}）。请将其标记为类别型，或从因子中移除。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="398"/>
        <source>Only {rows} of {total} rows have values in the target and every factor, but {needed} are needed for the held-out rows and the minimum leaf size. Add samples, lower the test fraction, the number of folds or the minimum samples per leaf, or drop factors with many missing values.</source>
        <translation>{total} 行中只有 {rows} 行在目标变量和所有因子中都有值，但留出验证行和最小叶节点样本数共需要 {needed} 行。请增加样本，降低测试集比例、折数或每个叶节点的最小样本数，或去掉缺失值较多的因子。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="411"/>
        <source>The categorical field {field} has {levels} classes, more than {limit}. Reclassify it or treat it as a continuous factor.</source>
        <translation>类别型字段 {field} 有 {levels} 个类别，超过 {limit} 个。请对其重分类，或将其作为连续型因子处理。</translation>
    </message>
    <message>
        <location filename="../core/random_forest.py" line="586"/>
        <source>{runs} shadow runs cannot show any of {count} factors significant at level {alpha}. Use at least {fewest} shadow runs.</source>
        <translation>{runs} 次影子特征运行无法使 {count} 个因子中的任何一个在 {alpha} 水平上显著。请至少运行 {fewest} 次。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="113"/>
        <source>The mask has no geometry. Choose a polygon layer with features.</source>
        <translation>掩膜没有几何图形。请选择含有要素的面图层。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="116"/>
        <source>The mask geometry is a {kind}, not a polygon. Choose a polygon layer.</source>
        <translation>掩膜的几何类型为 {kind}，不是面。请选择面图层。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="177"/>
        <source>The target raster {path} is rotated. Warp it to a north-up grid first.</source>
        <translation>目标栅格 {path} 带有旋转。请先将其重投影（变形）到正北朝上的网格。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="182"/>
        <source>Invalid cell size {size}: expected a positive length in the target&apos;s CRS units.</source>
        <translation>格网大小 {size} 无效：应为以目标栅格坐标参考系单位表示的正数长度。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="191"/>
        <source>The cell size {size} is larger than the target raster ({width} x {height} in its units). Use a smaller cell size.</source>
        <translation>格网大小 {size} 大于目标栅格（{width} x {height}，以其坐标单位计）。请使用更小的格网大小。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="197"/>
        <source>The cell size {size} gives {count} points, more than {limit}. Use a cell size of at least {smallest:.6g}.</source>
        <translation>格网大小 {size} 会生成 {count} 个点，超过 {limit} 个。请使用不小于 {smallest:.6g} 的格网大小。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="249"/>
        <source>Invalid number of points {count}: expected 1 or more.</source>
        <translation>点数 {count} 无效：应至少为 1。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="252"/>
        <source>Invalid number of points {count}: expected at most {limit}.</source>
        <translation>点数 {count} 无效：应不超过 {limit}。</translation>
    </message>
    <message>
        <location filename="../core/sampling.py" line="279"/>
        <source>{count} points were requested but only {total} target pixels are valid{where}. Request at most {total} points.</source>
        <translation>请求了 {count} 个点，但目标栅格只有 {total} 个有效像元{where}。请求的点数请不要超过 {total}。</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="79"/>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="83"/>
        <source>geotransform</source>
        <translation>地理变换参数</translation>
    </message>
    <message>
        <location filename="../core/raster.py" line="87"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../core/geodetector_raster.py" line="105"/>
        <source>{count} pixel(s) with a target value but no value of some factor were dropped; every detector uses the remaining {n} pixels.</source>
        <translation>已剔除 {count} 个有目标值但某个因子为无数据值的像元；各探测器均使用其余 {n} 个像元。</translation>
    </message>
</context>
<context>
    <name>CarbonDriversAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="118"/>
        <source>This algorithm needs the Python package(s) {packages}, which QGIS&apos;s Python cannot import. Install them with: {hint}</source>
        <translation>本算法需要 Python 包 {packages}，但 QGIS 的 Python 无法导入。安装方法：{hint}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="127"/>
        <source>The run was canceled; no output was written.</source>
        <translation>运行已取消，未写入任何输出。</translation>
    </message>
</context>
<context>
    <name>CarbonDriversProvider</name>
    <message>
        <location filename="../provider.py" line="42"/>
        <source>Carbon Drivers: ecosystem carbon and its driving factors</source>
        <translation>Carbon Drivers：生态系统碳储量及其驱动因子</translation>
    </message>
    <message>
        <location filename="../provider.py" line="54"/>
        <source>Carbon Drivers needs the Python package(s) {packages}, which QGIS&apos;s Python cannot import. Install them with: {hint}</source>
        <translation>Carbon Drivers 需要 Python 包 {packages}，但 QGIS 的 Python 无法导入。安装方法：{hint}</translation>
    </message>
    <message>
        <location filename="../provider.py" line="88"/>
        <source>Cannot read the model {path}</source>
        <translation>无法读取模型 {path}</translation>
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
        <location filename="../algorithms/carbon_storage.py" line="116"/>
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
        <location filename="../algorithms/carbon_storage.py" line="113"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="113"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="247"/>
        <source>Total carbon (Mg C)</source>
        <translation>总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="214"/>
        <source>Total carbon, later date (Mg C)</source>
        <translation>后一期总碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="116"/>
        <source>Total carbon change (Mg C)</source>
        <translation>总碳储量变化（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="142"/>
        <source>Carbon table: {count} classes, pools: {pools}</source>
        <translation>碳密度表：{count} 个类别，碳库：{pools}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="145"/>
        <source>The carbon table has one total density, so no pool rasters are written.</source>
        <translation>碳密度表只有一个总碳密度，因此不输出各碳库栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="186"/>
        <source>Valid pixels: {count:,}; total carbon: {total:,.2f} Mg C</source>
        <translation>有效像元：{count:,} 个；总碳储量：{total:,.2f} Mg C</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="190"/>
        <source>Later date: {count:,} valid pixels; total carbon: {total:,.2f} Mg C</source>
        <translation>后一期：有效像元 {count:,} 个；总碳储量：{total:,.2f} Mg C</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="193"/>
        <source>Change over the {both:,} pixels valid at both dates: {change:,.2f} Mg C</source>
        <translation>两期均有效的 {both:,} 个像元的碳储量变化：{change:,.2f} Mg C</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="197"/>
        <source>{count:,} pixels are valid at only one date; they count in that date&apos;s total but not in the change.</source>
        <translation>有 {count:,} 个像元仅在一期有效，它们计入该期的总量，但不计入变化量。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="201"/>
        <source>Net present value of the change: {npv:,.2f}</source>
        <translation>碳储量变化的净现值：{npv:,.2f}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="208"/>
        <source>Carbon storage: {name}</source>
        <translation>碳储量：{name}</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="210"/>
        <source>Totals</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="212"/>
        <source>Valid pixels</source>
        <translation>有效像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="215"/>
        <source>Carbon change over pixels valid at both dates (Mg C)</source>
        <translation>两期均有效像元的碳储量变化（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="217"/>
        <source>Pixels valid at only one date</source>
        <translation>仅一期有效的像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="219"/>
        <source>Net present value of the change</source>
        <translation>碳储量变化的净现值</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="220"/>
        <source>Value per Mg C of change</source>
        <translation>每 Mg C 变化量的价值</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="224"/>
        <source>Carbon by class</source>
        <translation>各类别碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="228"/>
        <source>Carbon (Mg C)</source>
        <translation>碳储量（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="228"/>
        <source>Carbon by class and date</source>
        <translation>各类别各时期碳储量</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="228"/>
        <source>Carbon stored per land-use class and date (Mg C).</source>
        <translation>各土地利用类别在各时期的碳储量（Mg C）。</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="241"/>
        <source>Date</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="241"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="241"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="242"/>
        <source>Pixels</source>
        <translation>像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="242"/>
        <source>Area (ha)</source>
        <translation>面积（ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="243"/>
        <source>Aboveground carbon (Mg C)</source>
        <translation>地上碳（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="244"/>
        <source>Belowground carbon (Mg C)</source>
        <translation>地下碳（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="245"/>
        <source>Soil carbon (Mg C)</source>
        <translation>土壤碳（Mg C）</translation>
    </message>
    <message>
        <location filename="../algorithms/carbon_storage.py" line="246"/>
        <source>Dead organic matter carbon (Mg C)</source>
        <translation>死亡有机质碳（Mg C）</translation>
    </message>
</context>
<context>
    <name>GeographicalDetectorAlgorithm</name>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="56"/>
        <source>Geographical Detector</source>
        <translation>地理探测器</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="59"/>
        <source>Drivers of carbon</source>
        <translation>碳储量驱动因子</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="62"/>
        <source>geodetector,geographical detector,q statistic,spatial stratified heterogeneity,interaction,risk,ecological,factors,drivers</source>
        <translation>地理探测器,q 统计量,空间分异,空间分层异质性,因子探测,交互探测,风险探测,生态探测,驱动因子,geodetector,geographical detector,q statistic,spatial stratified heterogeneity,interaction,risk,ecological,factors,drivers</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="66"/>
        <source>Measures how much of the variance of a numeric target each factor explains through its strata (the q statistic of the geographical detector, Wang et al. 2010), and runs the four detectors.

Input: a table or vector layer (for example points from Sample Factors) with a target field and factor fields, or a target raster and factor rasters, in which case every pixel where all layers are valid is used. Factor rasters on another grid are sampled at the target's pixel centres (nearest neighbour). Raster mode reads the rasters block by block: memory depends on the number of strata, not on the raster size.

Categorical factors are used as strata as they are. The other factors are discretized: equal interval, quantile, natural breaks (Jenks, exact, on a seeded sample of at most 3000 values), geometric interval or standard deviation, into the given number of classes. With 'Search the best discretization' every method is tried with every class count in the range, and per factor the one with the highest q is kept, or, with the elbow rule, the smallest class count after which q grows by less than the given share (q always grows with more classes, so the highest q overfits). In raster mode, classes are computed from a seeded random sample of pixels. Classes are closed on the right. Breaks that coincide (for example many zeros) are merged, so every class contains data and the reported class count may be lower than requested.

Factor detector: q, and the p-value of the non-central F test of Wang and Xu (2017); its non-centrality uses the sample variance of the target (divisor N − 1), as the R package geodetector does.
Interaction detector: q of the intersected strata of every pair of factors and its type (nonlinear weaken, univariate weaken, bivariate enhance, independent, nonlinear enhance); q values that differ by at most 1e-9 count as equal.
Risk detector: mean of the target per stratum, and Welch's two-sample t-test (two-sided) between every pair of strata of a factor at the significance level.
Ecological detector: for every pair of factors, F = N1 (N2 − 1) SSW1 / (N2 (N1 − 1) SSW2) with (N1 − 1, N2 − 1) degrees of freedom (Wang et al. 2010), tested two-sided at the significance level.

Rows or pixels where the target or any factor is missing are dropped for all factors, so every q uses the same N. Strata with a single observation are kept and reported in a warning.</source>
        <translation>度量每个因子通过其分层能解释数值型目标变量多少方差（地理探测器的 q 统计量，Wang 等 2010），并运行四种探测器。

输入：带有目标字段和因子字段的表格或矢量图层（例如“因子采样”生成的点），或目标栅格和因子栅格；后者使用所有图层均有效的全部像元。与目标栅格不在同一网格上的因子栅格在目标像元中心处采样（最邻近法）。栅格模式按块读取栅格：内存占用取决于分层数，而不是栅格大小。

类别型因子直接作为分层使用。其余因子先离散化为指定的分类数：等间距、分位数、自然断点法（Jenks，精确算法，基于固定随机种子抽取的至多 3000 个值）、几何间隔或标准差。勾选“搜索最佳离散化方案”时，会尝试每种方法和范围内的每个分类数，并为每个因子保留 q 值最高的方案；若使用肘部法则，则保留此后 q 值增幅低于给定比例的最小分类数（分类越多 q 值总会增大，因此最高 q 值会过拟合）。在栅格模式下，分类由固定随机种子抽取的像元样本计算。分类区间为右闭。重合的断点（例如大量零值）会被合并，因此每个分类都含有数据，报告的分类数可能少于请求值。

因子探测：q 值，以及 Wang 和 Xu（2017）非中心 F 检验的 p 值；其非中心参数使用目标变量的样本方差（除数为 N − 1），与 R 包 geodetector 相同。
交互探测：每对因子叠加分层后的 q 值及其交互类型（非线性减弱、单因子非线性减弱、双因子增强、独立、非线性增强）；相差不超过 1e-9 的 q 值视为相等。
风险探测：各分层目标变量的均值，以及同一因子每两个分层之间在给定显著性水平下的 Welch 双样本 t 检验（双侧）。
生态探测：对每对因子计算 F = N1 (N2 − 1) SSW1 / (N2 (N1 − 1) SSW2)，自由度为 (N1 − 1, N2 − 1)（Wang 等 2010），在给定显著性水平下做双侧检验。

目标变量或任一因子缺失的行或像元对所有因子都会被剔除，因此每个 q 值使用相同的 N。仅含一个观测值的分层会被保留，并在警告中报告。</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="104"/>
        <source>Table or vector layer (table mode)</source>
        <translation>表格或矢量图层（表格模式）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="107"/>
        <source>Target field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="110"/>
        <source>Factor fields</source>
        <translation>因子字段</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="113"/>
        <source>Categorical factor fields (used as strata)</source>
        <translation>类别型因子字段（直接作为分层）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="116"/>
        <source>Target raster (raster mode)</source>
        <translation>目标栅格（栅格模式）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="118"/>
        <source>Factor rasters</source>
        <translation>因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="121"/>
        <source>Categorical factor rasters (among the factor rasters)</source>
        <translation>类别型因子栅格（须同时在因子栅格中）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="126"/>
        <source>Discretization of continuous factors</source>
        <translation>连续型因子的离散化方法</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="126"/>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="126"/>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="126"/>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="126"/>
        <source>Geometric interval</source>
        <translation>几何间隔</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="126"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="130"/>
        <source>Number of classes</source>
        <translation>分类数</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="131"/>
        <source>Search the best discretization (all methods, class count range)</source>
        <translation>搜索最佳离散化方案（所有方法，分类数范围）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="134"/>
        <source>Search: minimum number of classes</source>
        <translation>搜索：最小分类数</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="136"/>
        <source>Search: maximum number of classes</source>
        <translation>搜索：最大分类数</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="138"/>
        <source>Search: rule</source>
        <translation>搜索：选择规则</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="138"/>
        <source>Highest q</source>
        <translation>最高 q 值</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="138"/>
        <source>Elbow: smallest k after which q gains little</source>
        <translation>肘部法则：此后 q 值增益很小的最小 k</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="142"/>
        <source>Search: relative q gain below which the elbow rule stops</source>
        <translation>搜索：肘部法则停止时的 q 值相对增益阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="146"/>
        <source>Raster mode: pixels sampled to compute class breaks</source>
        <translation>栅格模式：用于计算分类断点的采样像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="148"/>
        <source>Random seed of the samples</source>
        <translation>采样的随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="149"/>
        <source>Significance level (risk and ecological detectors)</source>
        <translation>显著性水平（风险探测和生态探测）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="154"/>
        <source>Factor detector</source>
        <translation>因子探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="154"/>
        <source>Interaction detector</source>
        <translation>交互探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="154"/>
        <source>Risk detector: t-tests between strata</source>
        <translation>风险探测：分层间的 t 检验</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="154"/>
        <source>Risk detector: stratum means</source>
        <translation>风险探测：各分层均值</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="154"/>
        <source>Ecological detector</source>
        <translation>生态探测</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="161"/>
        <source>Folder for the discretized factor rasters (raster mode)</source>
        <translation>离散化因子栅格的输出文件夹（栅格模式）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="165"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="165"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="168"/>
        <source>Observations used (N)</source>
        <translation>使用的观测数（N）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="169"/>
        <source>Observations dropped (missing)</source>
        <translation>剔除的观测数（缺失）</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="187"/>
        <source>Both a table and a target raster were given. Choose one mode: clear either the table or the target raster.</source>
        <translation>同时给出了表格和目标栅格。请只选择一种模式：清空表格或目标栅格之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="199"/>
        <source>No target field was given; choose the numeric field to explain.</source>
        <translation>未指定目标字段，请选择要解释的数值字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="201"/>
        <source>{rows:,} rows; target {target}; factors {factors}</source>
        <translation>{rows:,} 行；目标变量 {target}；因子 {factors}</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="206"/>
        <source>No input was given. Choose a table or vector layer with its fields (table mode), or a target raster and factor rasters (raster mode).</source>
        <translation>未给出输入。请选择表格或矢量图层及其字段（表格模式），或选择目标栅格和因子栅格（栅格模式）。</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="238"/>
        <source>The minimum number of classes ({low}) is larger than the maximum ({high}); swap them.</source>
        <translation>最小分类数（{low}）大于最大分类数（{high}），请交换二者。</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="258"/>
        <source>The categorical raster {name} is not among the factor rasters; add it to the factor rasters too.</source>
        <translation>类别型栅格 {name} 不在因子栅格中，请同时将其加入因子栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="263"/>
        <source>Target raster {target}; factor rasters {factors}</source>
        <translation>目标栅格 {target}；因子栅格 {factors}</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="272"/>
        <source>N = {n:,} observations used, {dropped:,} dropped</source>
        <translation>使用 N = {n:,} 个观测值，剔除 {dropped:,} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/geographical_detector.py" line="275"/>
        <source>{factor}: q = {q:.6f}, p = {p:.4g}, {strata} strata ({method})</source>
        <translation>{factor}：q = {q:.6f}，p = {p:.4g}，{strata} 个分层（{method}）</translation>
    </message>
</context>
<context>
    <name>LandUseTransitionAlgorithm</name>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="42"/>
        <source>Land Use Transition</source>
        <translation>土地利用转移</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="45"/>
        <source>Carbon</source>
        <translation>碳储量与碳汇</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="48"/>
        <source>land use,land cover,transition,change,matrix,dynamic degree,Sankey,carbon,LUCC</source>
        <translation>土地利用,土地覆被,转移,变化,转移矩阵,动态度,桑基图,碳储量,土地利用/覆被变化,land use,land cover,transition,change,matrix,dynamic degree,Sankey,carbon,LUCC</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="52"/>
        <source>Compares land-use rasters of two or more dates on one grid and produces the tables and figures of land-change studies.

Area table: per date and class, the pixel count, the area and its share of the date's valid area; per interval between consecutive dates, the change in area, the single land-use dynamic degree K = (Ub − Ua) / Ua / T × 100 % per year, and the comprehensive dynamic degree LC = Σ|ΔLUij| / (2 ΣLUi) / T × 100 % per year, where ΔLUij are the conversions of the interval's transition matrix and T is the number of years. Each date's areas use that date's own valid pixels.

Transitions: one row per interval and pair of classes with its pixels and area and, with a carbon table, the carbon change area × (density after − density before) in Mg C. A pixel enters an interval's matrix only where both dates are valid; the log lists how many pixels each interval leaves out. With three dates or more, the first-to-last interval is added to the transitions and matrices.

The matrices cover the union of the classes found at any date, with zero rows or columns for classes absent at a date. The change raster codes each pixel valid at the first and last date as from_code × 1000 + to_code (for example 1017 for class 1 becoming class 17) and needs codes from 0 to 999.

Class names and colours come from the legend, or else from the carbon table; invalid colours and classes missing from the legend get generated colours. In a geographic CRS the pixel areas are computed on the ellipsoid row by row.</source>
        <translation>比较同一网格上两期或多期土地利用栅格，生成土地变化研究常用的表格和图件。

面积表：每个时期、每个类别的像元数、面积及其占该期有效面积的比例；相邻两期之间每个时段的面积变化量、单一土地利用动态度 K = (Ub − Ua) / Ua / T × 100 %（每年），以及综合土地利用动态度 LC = Σ|ΔLUij| / (2 ΣLUi) / T × 100 %（每年），其中 ΔLUij 为该时段土地利用转移矩阵中的转换量，T 为年数。每期面积使用该期自身的有效像元。

转移表：每个时段、每对类别一行，给出像元数和面积；若提供碳密度表，还给出碳储量变化：面积 × (转移后密度 − 转移前密度)，单位 Mg C。只有两期均有效的像元才计入该时段的转移矩阵；日志会列出每个时段排除的像元数。有三期或更多时，转移表和转移矩阵还会加入首期到末期的时段。

转移矩阵涵盖任一时期出现过的所有类别，某期不存在的类别以全零的行或列表示。变化栅格将首期和末期均有效的每个像元编码为 from_code × 1000 + to_code（例如类别 1 变为类别 17 时为 1017），因此要求代码在 0 到 999 之间。

类别名称和颜色取自图例，否则取自碳密度表；无效的颜色以及图例中缺少的类别使用自动生成的颜色。在地理坐标系中，像元面积在椭球面上逐行计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="75"/>
        <source>Land-use rasters, in date order (same grid)</source>
        <translation>土地利用栅格，按时间顺序（同一网格）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="78"/>
        <source>Years of the rasters, comma-separated (e.g. 2000, 2010)</source>
        <translation>各栅格的年份，以逗号分隔（例如 2000, 2010）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="80"/>
        <source>Legend (table layer or CSV with codes, names, colours)</source>
        <translation>图例（含代码、名称、颜色的表格图层或 CSV）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="83"/>
        <source>Legend code field [default: lucode, code, id or value]</source>
        <translation>图例代码字段 [默认：lucode、code、id 或 value]</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="83"/>
        <source>Legend name field [default: name, lc or lulc_name]</source>
        <translation>图例名称字段 [默认：name、lc 或 lulc_name]</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="83"/>
        <source>Legend colour field, #rrggbb [default: color or color_palette]</source>
        <translation>图例颜色字段，#rrggbb [默认：color 或 color_palette]</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="94"/>
        <source>Area unit</source>
        <translation>面积单位</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="94"/>
        <source>Square metres (m²)</source>
        <translation>平方米（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="94"/>
        <source>Hectares (ha)</source>
        <translation>公顷（ha）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="94"/>
        <source>Square kilometres (km²)</source>
        <translation>平方千米（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="99"/>
        <source>Area per class and date</source>
        <translation>各类别各时期面积</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="101"/>
        <source>Transitions</source>
        <translation>转移表</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="103"/>
        <source>Transition matrices (wide CSV)</source>
        <translation>土地利用转移矩阵（宽格式 CSV）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="106"/>
        <source>Change raster, first to last date</source>
        <translation>变化栅格（首期到末期）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="109"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="109"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="119"/>
        <source>Land-use transitions need at least two land-use rasters, but {count} was given. Add the raster of another date.</source>
        <translation>土地利用转移分析至少需要两个土地利用栅格，但只给出了 {count} 个。请添加另一时期的栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="130"/>
        <source>Dates: {years}</source>
        <translation>时期：{years}</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="148"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="176"/>
        <source>legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="188"/>
        <source>Classes found at any date: {count} ({codes})</source>
        <translation>各时期出现的类别：{count} 个（{codes}）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="191"/>
        <source>{year}: {pixels:,} valid pixels</source>
        <translation>{year}：有效像元 {pixels:,} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="195"/>
        <source>{interval}: {both:,} pixels valid at both dates</source>
        <translation>{interval}：两期均有效的像元 {both:,} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="199"/>
        <source>{interval}: {count:,} pixels are valid at only one of the two dates and are left out of the transition matrix.</source>
        <translation>{interval}：有 {count:,} 个像元仅在两期之一有效，未计入转移矩阵。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="206"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="207"/>
        <source>{name} (unchanged)</source>
        <translation>{name}（未变化）</translation>
    </message>
    <message>
        <location filename="../algorithms/land_use_transition.py" line="217"/>
        <source>Cannot write the matrix file {path}: {error}. Choose another output path.</source>
        <translation>无法写入矩阵文件 {path}：{error}。请选择其他输出路径。</translation>
    </message>
</context>
<context>
    <name>RfFactorScreeningAlgorithm</name>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="58"/>
        <source>RF Factor Screening</source>
        <translation>随机森林因子筛选</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="61"/>
        <source>Drivers of carbon</source>
        <translation>碳储量驱动因子</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="64"/>
        <source>random forest,importance,permutation,Boruta,shadow,factors,drivers,screening,selection</source>
        <translation>随机森林,重要性,置换重要性,Boruta,影子特征,因子,驱动因子,筛选,特征选择,random forest,importance,permutation,shadow,factors,drivers,screening,selection</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="68"/>
        <source>Ranks candidate driving factors of a numeric target (for example the table from Sample Factors) with a random-forest regression (scikit-learn), and selects the ones to keep.

Per factor: impurity importance (MDI, from the training rows, biased towards factors with many distinct values) and permutation importance, the loss of R² on held-out rows when the factor is shuffled, as mean and standard deviation over the repeats. Held-out rows are a share of the table, or each fold in turn with cross-validation. Factors are ranked by permutation importance.

Selection: the k best ranked factors; the best ranked factors until their share of the positive permutation importance reaches the threshold; or shadow features as in the Boruta method: each run adds a shuffled copy of every factor, and a factor wins the run when its held-out permutation importance beats every copy. It is selected when a one-sided binomial test of its wins against a rate of 0.5 gives p &lt; 0.05 divided by the number of factors.

Categorical fields are one-hot encoded, so no order between classes is assumed, and those not listed among the factor fields are added to them. The importances of a categorical factor cover all its classes. Rows with a missing value in the target or any factor are dropped and counted. A factor with a single value is reported and left out of the ranking.

The same seed gives the same table on any number of cores. Selected factors are output as field names separated by semicolons, which a field parameter with several fields (such as the factors of the Geographical Detector) accepts in a model.</source>
        <translation>用随机森林回归（scikit-learn）对数值型目标变量（例如“因子采样”生成的表格）的候选驱动因子排序，并选出要保留的因子。

每个因子给出：不纯度重要性（MDI，基于训练行，偏向取值较多的因子）和置换重要性，即打乱该因子后留出行上 R² 的下降量，以多次重复的均值和标准差表示。留出行为表格的一定比例，使用交叉验证时则依次为每一折。因子按置换重要性排序。

选择规则：排名前 k 个因子；按排名依次选取，直到其占正的置换重要性总和的比例达到阈值；或采用 Boruta 方法的影子特征：每次运行为每个因子添加一个打乱的副本，若某因子在留出行上的置换重要性胜过所有副本，则该次运行记为胜出。若对其胜出次数相对 0.5 的比率做单侧二项检验，p &lt; 0.05 除以因子数，则该因子入选。

类别型字段采用独热编码，不假定类别之间有顺序；未列入因子字段的类别型字段会被自动加入。类别型因子的重要性涵盖其全部类别。目标变量或任一因子缺失的行会被剔除并计数。只有单一取值的因子会被报告并排除在排序之外。

在任意核数下，相同的随机种子都得到相同的结果表。入选因子输出为以分号分隔的字段名，在模型中可直接用于接受多个字段的字段参数（例如地理探测器的因子）。</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="94"/>
        <source>Samples (table or vector layer)</source>
        <translation>样本（表格或矢量图层）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="96"/>
        <source>Target field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="99"/>
        <source>Factor fields</source>
        <translation>因子字段</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="102"/>
        <source>Categorical factor fields</source>
        <translation>类别型因子字段</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="105"/>
        <source>Number of trees</source>
        <translation>树的数量</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="106"/>
        <source>Share of factor columns tried at each split (0–1]</source>
        <translation>每次分裂尝试的因子列比例 (0–1]</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="110"/>
        <source>Minimum samples per leaf</source>
        <translation>每个叶节点的最小样本数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="111"/>
        <source>Rows drawn for each tree (0: as many as training rows)</source>
        <translation>每棵树抽取的行数（0：与训练行数相同）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="113"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="114"/>
        <source>Share of rows held out for testing</source>
        <translation>留出用于测试的行比例</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="118"/>
        <source>Cross-validation folds (0: use the held-out share)</source>
        <translation>交叉验证折数（0：使用留出比例）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="120"/>
        <source>Permutation repeats</source>
        <translation>置换重复次数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="121"/>
        <source>Selection rule</source>
        <translation>选择规则</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="121"/>
        <source>Top k factors</source>
        <translation>前 k 个因子</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="121"/>
        <source>Cumulative importance threshold</source>
        <translation>累积重要性阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="121"/>
        <source>Beat shadow features (Boruta)</source>
        <translation>胜过影子特征（Boruta）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="125"/>
        <source>k (top k rule)</source>
        <translation>k（前 k 个规则）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="126"/>
        <source>Share of summed importance to reach (cumulative rule, 0–1]</source>
        <translation>需达到的重要性总和比例（累积规则，0–1]</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="130"/>
        <source>Shadow runs (shadow rule)</source>
        <translation>影子特征运行次数（影子特征规则）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="132"/>
        <source>Factor importance</source>
        <translation>因子重要性</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="134"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="137"/>
        <source>Selected factors</source>
        <translation>入选因子</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="138"/>
        <source>Out-of-bag R²</source>
        <translation>袋外 R²</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="139"/>
        <source>Held-out R²</source>
        <translation>留出集 R²</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="140"/>
        <source>Held-out RMSE</source>
        <translation>留出集 RMSE</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="141"/>
        <source>Rows used</source>
        <translation>使用的行数</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="164"/>
        <source>{rows:,} rows; target {target}; factors {factors}</source>
        <translation>{rows:,} 行；目标变量 {target}；因子 {factors}</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="215"/>
        <source>{used:,} of {total:,} rows used, {dropped:,} dropped for missing values</source>
        <translation>{total:,} 行中使用 {used:,} 行，因缺失值剔除 {dropped:,} 行</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="219"/>
        <source>Factors with a single value, left out of the ranking: {factors}</source>
        <translation>只有单一取值、未参与排序的因子：{factors}</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="222"/>
        <source>Out-of-bag R² {oob:.4f}, held-out R² {r2:.4f}, RMSE {rmse:.6g} ({validation})</source>
        <translation>袋外 R² {oob:.4f}，留出集 R² {r2:.4f}，RMSE {rmse:.6g}（{validation}）</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="226"/>
        <source>Selected factors: {factors}</source>
        <translation>入选因子：{factors}</translation>
    </message>
    <message>
        <location filename="../algorithms/rf_factor_screening.py" line="226"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SampleFactorsAlgorithm</name>
    <message>
        <location filename="../algorithms/sample_factors.py" line="45"/>
        <source>Sample Factors</source>
        <translation>因子采样</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="48"/>
        <source>Drivers of carbon</source>
        <translation>碳储量驱动因子</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="51"/>
        <source>sample,fishnet,grid,random points,factors,drivers,extract,raster values</source>
        <translation>采样,渔网,格网,随机点,因子,驱动因子,提取,栅格值,sample,fishnet,grid,random points,factors,drivers,extract,raster values</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="55"/>
        <source>Builds the table for driving-factor analysis: points over the target raster (for example carbon from Carbon Storage) with the target value and one value per factor raster.

Sample design: the centres of a regular grid of cells of the given size, in the units of the target&apos;s CRS; seeded random points in valid target pixels (the same seed gives the same points); or an existing point layer. An optional polygon mask keeps the grid cells and pixels whose centre lies inside it, or the existing points inside it.

Each factor raster may have its own grid, resolution and CRS: the points are transformed into it. The target and categorical factors are read at the pixel containing the point. Continuous factors are interpolated bilinearly between the four nearest pixel centres, or read at the containing pixel where one of those is nodata. Categorical rasters not listed among the factor rasters are added to them. The first band of each raster is read.

Points where the target is nodata are skipped, and a factor that is nodata at a point gives NULL there. Both counts are reported.

Fields: sample_id, target, then one field per factor named after its layer. Names are cut to 10 characters only for shapefiles. The outputs Factor fields and Categorical fields list the factor field names separated by semicolons, the form that field parameters with several fields accept in a model, so they can feed RF Factor Screening or the Geographical Detector.</source>
        <translation>生成驱动因子分析所用的样本表：在目标栅格（例如碳储量工具输出的碳储量）上布设样点，记录目标值及每个因子栅格的取值。

抽样方式：按给定大小（目标栅格坐标系的单位）划分规则网格并取网格中心；在有效目标像元中按随机种子生成随机点（相同种子得到相同的点）；或使用已有的点图层。可选的多边形掩膜只保留中心位于其内的网格和像元，或位于其内的已有点。

每个因子栅格可以有各自的格网、分辨率和坐标系，样点会被转换到其坐标系中。目标和类别型因子取样点所在像元的值；连续型因子在最近的四个像元中心之间双线性插值，其中有无数据像元时取样点所在像元的值。未列入因子栅格的类别型栅格会被自动加入。每个栅格读取第一个波段。

目标为无数据的样点被跳过；某因子在样点处为无数据时该字段为 NULL。两种情况的数量都会报告。

字段：sample_id、target，然后每个因子一个以其图层命名的字段。仅在输出为 Shapefile 时字段名截断为 10 个字符。输出“因子字段”和“类别型因子字段”以分号分隔列出因子字段名，这是模型中多字段参数接受的格式，可直接连接到随机森林因子筛选或地理探测器。</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="79"/>
        <source>Target raster (e.g. carbon)</source>
        <translation>目标栅格（例如碳储量）</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="81"/>
        <source>Factor rasters</source>
        <translation>因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="83"/>
        <source>Categorical factor rasters (read without interpolation)</source>
        <translation>类别型因子栅格（不插值读取）</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="87"/>
        <source>Sample design</source>
        <translation>采样方案</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="87"/>
        <source>Regular grid (cell centres)</source>
        <translation>规则格网（单元中心点）</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="87"/>
        <source>Random points</source>
        <translation>随机点</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="87"/>
        <source>Existing point layer</source>
        <translation>现有点图层</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="91"/>
        <source>Grid cell size</source>
        <translation>格网大小</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="94"/>
        <source>Number of random points</source>
        <translation>随机点数</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="97"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="100"/>
        <source>Sample points</source>
        <translation>样点图层</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="103"/>
        <source>Mask polygons</source>
        <translation>掩膜面图层</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="106"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="108"/>
        <source>Number of samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="109"/>
        <source>Points skipped on target nodata</source>
        <translation>因目标为无数据值而跳过的点数</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="111"/>
        <source>Factor fields</source>
        <translation>因子字段</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="112"/>
        <source>Categorical factor fields</source>
        <translation>类别型因子字段</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="131"/>
        <source>Factor {layer} → field {field}, categorical</source>
        <translation>因子 {layer} → 字段 {field}，类别型</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="133"/>
        <source>Factor {layer} → field {field}, continuous</source>
        <translation>因子 {layer} → 字段 {field}，连续型</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="168"/>
        <source>The raster {name} is not read by GDAL (provider {provider}). Save it as a GeoTIFF first.</source>
        <translation>栅格 {name} 不是由 GDAL 读取的（数据提供程序为 {provider}）。请先将其另存为 GeoTIFF。</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="181"/>
        <source>No factor rasters were given. Choose at least one factor raster.</source>
        <translation>未指定因子栅格。请至少选择一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="200"/>
        <source>{count:,} points lie outside the mask</source>
        <translation>{count:,} 个点位于掩膜之外</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="209"/>
        <source>Regular grid of {size} {units}: {count:,} cell centres</source>
        <translation>{size} {units} 规则格网：{count:,} 个单元中心点</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="214"/>
        <source>{count:,} cell centres lie outside the mask</source>
        <translation>{count:,} 个单元中心点位于掩膜之外</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="220"/>
        <source>{count:,} random points, seed {seed}</source>
        <translation>{count:,} 个随机点，随机种子 {seed}</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="235"/>
        <source>The mask layer has no polygons. Choose a mask layer with features.</source>
        <translation>掩膜图层中没有面。请选择含有要素的掩膜图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="244"/>
        <source>The sample design &apos;Existing point layer&apos; needs a point layer in Sample points.</source>
        <translation>采样方案“现有点图层”需要在“样点图层”中指定点图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="261"/>
        <source>{count:,} features without geometry were skipped</source>
        <translation>已跳过 {count:,} 个没有几何图形的要素</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="264"/>
        <source>The point layer has no points. Choose a layer with point features.</source>
        <translation>点图层中没有点。请选择含有点要素的图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="266"/>
        <source>{count:,} existing points</source>
        <translation>{count:,} 个现有点</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="270"/>
        <source>{kept:,} of {total:,} points kept, {skipped:,} skipped because the target is nodata there</source>
        <translation>{total:,} 个点中保留 {kept:,} 个，{skipped:,} 个因目标为无数据值而跳过</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="276"/>
        <source>Factor {field}: nodata at {count:,} points, stored as NULL</source>
        <translation>因子 {field}：{count:,} 个点为无数据值，记为 NULL</translation>
    </message>
    <message>
        <location filename="../algorithms/sample_factors.py" line="165"/>
        <source>The target raster is missing. Choose a raster layer or file for TARGET.</source>
        <translation>缺少目标栅格。请为 TARGET 选择一个栅格图层或文件。</translation>
    </message>
</context>
</TS>
