"""Charts as inline SVG for the offline HTML reports.

Each function returns an ``<svg>`` element as a string. The charts need no
script and no network: hover text is an SVG ``<title>`` element, which
browsers and QGIS's HTML viewer show as a tooltip.
"""

from html import escape

import numpy as np

FONT = "font-family:sans-serif;font-size:12px"
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
           "#a6761d", "#666666", "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6")


def _svg(width, height, body, label):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{escape(label)}" '
            f'style="{FONT}">' + "".join(body) + "</svg>")


def _text(x, y, text, anchor="start", extra=""):
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" {extra}>'
            f"{escape(str(text))}</text>")


def _nice_ticks(low, high, count=5):
    """Return round tick values spanning ``low..high``."""
    if not np.isfinite(low) or not np.isfinite(high) or high == low:
        high = low + 1.0
    step = 10 ** np.floor(np.log10((high - low) / count))
    for factor in (1, 2, 2.5, 5, 10):
        if (high - low) / (step * factor) <= count:
            step *= factor
            break
    start = np.floor(low / step) * step
    return np.arange(start, high + step * 0.5, step)


def format_number(value, digits=4):
    """Format a number with ``digits`` significant digits and thousands separators."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return "–"
    if abs(value) >= 10 ** digits:
        return f"{value:,.0f}"
    return f"{value:,.{digits}g}"


def bar_chart(labels, values, errors=None, colors=None, marks=None, value_label="",
              title=""):
    """Return a horizontal bar chart.

    Parameters
    ----------
    labels : sequence of str
        One label per bar, drawn top to bottom.
    values : sequence of float
        Bar lengths; negative values extend left of zero.
    errors : sequence of float, optional
        Half-lengths of error bars (e.g. standard deviations).
    colors : sequence of str, optional
        Fill colour per bar.
    marks : sequence of str, optional
        Text drawn after each bar, such as a significance star.
    value_label : str
        Caption of the value axis.
    title : str
        Accessible name of the chart.
    """
    values = np.asarray(values, dtype=float)
    errors = np.zeros_like(values) if errors is None else np.asarray(errors, dtype=float)
    label_width = 8 + 7 * max((len(str(label)) for label in labels), default=1)
    plot_width, bar_height = 420, 22
    height = 40 + bar_height * len(values) + 30
    low = min(0.0, np.nanmin(values - errors)) if len(values) else 0.0
    high = max(0.0, np.nanmax(values + errors)) if len(values) else 1.0
    ticks = _nice_ticks(low, high)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    scale = plot_width / (high - low if high > low else 1.0)

    def x(value):
        return label_width + (value - low) * scale

    body = []
    for tick in ticks:
        body.append(f'<line x1="{x(tick):.1f}" y1="20" x2="{x(tick):.1f}" '
                    f'y2="{height - 30:.1f}" stroke="#ddd"/>')
        body.append(_text(x(tick), height - 16, format_number(tick, 3), "middle"))
    for i, (label, value, error) in enumerate(zip(labels, values, errors)):
        top = 24 + i * bar_height
        color = colors[i] if colors is not None else PALETTE[0]
        left, right = sorted((x(0.0), x(value)))
        hover = f"{label}: {format_number(value)}"
        if error:
            hover += f" ± {format_number(error)}"
        body.append(f'<rect x="{left:.1f}" y="{top:.1f}" width="{right - left:.1f}" '
                    f'height="{bar_height - 6}" fill="{color}"><title>{escape(hover)}</title></rect>')
        if error:
            centre = top + (bar_height - 6) / 2
            body.append(f'<line x1="{x(value - error):.1f}" y1="{centre:.1f}" '
                        f'x2="{x(value + error):.1f}" y2="{centre:.1f}" stroke="#222"/>')
            for end in (value - error, value + error):
                body.append(f'<line x1="{x(end):.1f}" y1="{centre - 4:.1f}" x2="{x(end):.1f}" '
                            f'y2="{centre + 4:.1f}" stroke="#222"/>')
        body.append(_text(label_width - 6, top + 12, label, "end"))
        if marks is not None and marks[i]:
            body.append(_text(max(right, x(value + error)) + 4, top + 13, marks[i], "start",
                              'font-weight="bold"'))
    body.append(_text(label_width + plot_width / 2, height - 2, value_label, "middle"))
    return _svg(label_width + plot_width + 40, height, body, title or value_label)


def grouped_bar_chart(categories, series, colors=None, value_label="", title=""):
    """Return a vertical bar chart with one group per category.

    ``series`` maps a series name (such as a year) to one value per category.
    """
    names = list(series)
    data = np.array([np.asarray(series[name], dtype=float) for name in names])
    group_width = max(24, 14 * len(names) + 10)
    longest = max((len(str(category)) for category in categories), default=1)
    # Rotated category labels reach left of the first group by about 5.5 px a character.
    left, plot_height = max(90, int(5.5 * longest)), 260
    width = left + group_width * len(categories) + 20
    ticks = _nice_ticks(min(0.0, np.nanmin(data)), max(0.0, np.nanmax(data)))
    low, high = ticks[0], ticks[-1]
    scale = plot_height / (high - low if high > low else 1.0)

    def y(value):
        return 20 + (high - value) * scale

    body = []
    for tick in ticks:
        body.append(f'<line x1="{left}" y1="{y(tick):.1f}" x2="{width - 10}" y2="{y(tick):.1f}" '
                    'stroke="#ddd"/>')
        body.append(_text(left - 4, y(tick) + 4, format_number(tick, 3), "end"))
    bar = (group_width - 10) / max(1, len(names))
    for c, category in enumerate(categories):
        for s, name in enumerate(names):
            value = data[s, c]
            top, bottom = sorted((y(value), y(0.0)))
            color = (colors or PALETTE)[s % len(colors or PALETTE)]
            hover = f"{category}, {name}: {format_number(value)}"
            body.append(f'<rect x="{left + c * group_width + 5 + s * bar:.1f}" y="{top:.1f}" '
                        f'width="{bar:.1f}" height="{bottom - top:.1f}" fill="{color}">'
                        f"<title>{escape(hover)}</title></rect>")
        cx = left + c * group_width + group_width / 2
        body.append(_text(cx, plot_height + 34, category, "end",
                          f'transform="rotate(-40 {cx:.1f} {plot_height + 34})"'))
    legend_y = plot_height + 150
    for s, name in enumerate(names):
        color = (colors or PALETTE)[s % len(colors or PALETTE)]
        body.append(f'<rect x="{left + s * 90}" y="{legend_y - 10}" width="12" height="12" '
                    f'fill="{color}"/>')
        body.append(_text(left + s * 90 + 16, legend_y, name))
    body.append(_text(14, 20 + plot_height / 2, value_label, "middle",
                      f'transform="rotate(-90 14 {20 + plot_height / 2:.1f})"'))
    return _svg(width, legend_y + 12, body, title or value_label)


def _heat_color(value, low, high, diverging):
    if not np.isfinite(value):
        return "#ffffff"
    if diverging:
        limit = max(abs(low), abs(high)) or 1.0
        t = value / limit
        if t >= 0:
            return _mix((255, 255, 255), (33, 102, 172), t)
        return _mix((255, 255, 255), (178, 24, 43), -t)
    t = 0.0 if high == low else (value - low) / (high - low)
    return _mix((255, 255, 229), (0, 104, 55), t)


def _mix(start, end, t):
    t = float(np.clip(t, 0.0, 1.0))
    red, green, blue = (round(a + (b - a) * t) for a, b in zip(start, end))
    return f"#{red:02x}{green:02x}{blue:02x}"


def heatmap(row_labels, column_labels, values, cell_text=None, diverging=False, title=""):
    """Return a heatmap with ``values[i, j]`` in row i and column j.

    ``cell_text`` (same shape) is drawn in the cells; NaN cells stay white.
    """
    values = np.asarray(values, dtype=float)
    label_width = 8 + 7 * max((len(str(label)) for label in row_labels), default=1)
    cell_w = max(60, 7 * max((len(str(t)) for row in (cell_text or [[""]]) for t in row),
                             default=1) + 10)
    # Column labels are rotated by 40 degrees: sin(40°) of about 6.5 px a character.
    longest = max((len(str(label)) for label in column_labels), default=1)
    cell_h, top = 34, max(110, int(4.2 * longest) + 20)
    finite = values[np.isfinite(values)]
    low, high = (finite.min(), finite.max()) if finite.size else (0.0, 1.0)
    body = []
    for j, label in enumerate(column_labels):
        cx = label_width + j * cell_w + cell_w / 2
        body.append(_text(cx, top - 8, label, "start", f'transform="rotate(-40 {cx:.1f} {top - 8})"'))
    for i, label in enumerate(row_labels):
        y = top + i * cell_h
        body.append(_text(label_width - 6, y + cell_h / 2 + 4, label, "end"))
        for j in range(len(column_labels)):
            value = values[i, j]
            color = _heat_color(value, low, high, diverging)
            hover = f"{label} / {column_labels[j]}: {format_number(value)}"
            text = cell_text[i][j] if cell_text is not None else (
                format_number(value, 3) if np.isfinite(value) else "")
            body.append(f'<rect x="{label_width + j * cell_w}" y="{y}" width="{cell_w}" '
                        f'height="{cell_h}" fill="{color}" stroke="#fff">'
                        f"<title>{escape(hover)}</title></rect>")
            dark = np.isfinite(value) and abs(value - (0 if diverging else low)) > 0.6 * (
                max(abs(low), abs(high)) if diverging else (high - low or 1))
            for k, line in enumerate(str(text).split("\n")):
                body.append(_text(label_width + j * cell_w + cell_w / 2, y + 14 + 12 * k, line,
                                  "middle", 'fill="#fff"' if dark else ""))
    width = label_width + cell_w * len(column_labels) + 20 + 5 * longest
    return _svg(width, top + cell_h * len(row_labels) + 10, body, title)


def sankey(stage_labels, nodes, flows, value_unit="", title=""):
    """Return a Sankey diagram of flows between classes over several dates.

    Parameters
    ----------
    stage_labels : sequence of str
        One label per date (column of nodes).
    nodes : sequence of sequence of (key, label, color)
        Classes present at each date, top to bottom.
    flows : sequence of sequence of (from_key, to_key, value)
        For each interval between two consecutive dates, the flows.
    value_unit : str
        Unit appended to values in hover text (e.g. "ha").
    """
    height, node_width, gap, margin = 520, 16, 6, 30
    column_gap = 220
    # Room for the class names left of the first column and right of the last,
    # at about 6 px per character of the 10 px font.
    left_room = max(120, 6 * max((len(str(label)) for _, label, _ in nodes[0]), default=0))
    right_room = max(120, 6 * max((len(str(label)) for _, label, _ in nodes[-1]), default=0))
    width = 2 * margin + left_room + column_gap * (len(stage_labels) - 1) + node_width
    totals = []
    for stage, stage_nodes in enumerate(nodes):
        amounts = {key: 0.0 for key, _, _ in stage_nodes}
        if stage < len(flows):
            for source, _, value in flows[stage]:
                amounts[source] = amounts.get(source, 0.0) + value
        if stage > 0:
            incoming = {key: 0.0 for key, _, _ in stage_nodes}
            for _, target, value in flows[stage - 1]:
                incoming[target] = incoming.get(target, 0.0) + value
            amounts = {key: max(amounts.get(key, 0.0), incoming.get(key, 0.0))
                       for key in incoming}
        totals.append(amounts)
    scale = min((height - 2 * margin - gap * len(stage_nodes)) / max(sum(a.values()), 1e-12)
                for a, stage_nodes in zip(totals, nodes))
    positions = []
    body = []
    for stage, stage_nodes in enumerate(nodes):
        x = margin + left_room + stage * column_gap
        y = margin
        placed = {}
        grand = sum(totals[stage].values()) or 1.0
        for key, label, color in stage_nodes:
            amount = totals[stage].get(key, 0.0)
            size = amount * scale
            placed[key] = [x, y, size, y, y]
            hover = (f"{stage_labels[stage]} – {label}: {format_number(amount)} {value_unit} "
                     f"({format_number(100 * amount / grand, 3)} %)")
            body.append(f'<rect x="{x}" y="{y:.2f}" width="{node_width}" height="{max(size, 0.5):.2f}" '
                        f'fill="{color}" stroke="#333" stroke-width="0.3"><title>{escape(hover)}'
                        "</title></rect>")
            if size >= 9:
                anchor_x = x - 4 if stage == 0 else x + node_width + 4
                body.append(_text(anchor_x, y + size / 2 + 4, label,
                                  "end" if stage == 0 else "start", 'font-size="10"'))
            y += size + gap
        positions.append(placed)
        body.append(_text(x + node_width / 2, margin - 10, stage_labels[stage], "middle",
                          'font-weight="bold"'))
    links = []
    for stage, stage_flows in enumerate(flows):
        grand = sum(value for _, _, value in stage_flows) or 1.0
        for source, target, value in sorted(stage_flows, key=lambda f: -f[2]):
            if value <= 0 or source not in positions[stage] or target not in positions[stage + 1]:
                continue
            thickness = value * scale
            left = positions[stage][source]
            right = positions[stage + 1][target]
            y0 = left[3] + thickness / 2
            y1 = right[4] + thickness / 2
            left[3] += thickness
            right[4] += thickness
            x0, x1 = left[0] + node_width, right[0]
            mid = (x0 + x1) / 2
            color = next(c for k, _, c in nodes[stage] if k == source)
            source_label = next(lbl for k, lbl, _ in nodes[stage] if k == source)
            target_label = next(lbl for k, lbl, _ in nodes[stage + 1] if k == target)
            hover = (f"{source_label} → {target_label} ({stage_labels[stage]}–"
                     f"{stage_labels[stage + 1]}): {format_number(value)} {value_unit} "
                     f"({format_number(100 * value / grand, 3)} %)")
            links.append(f'<path d="M{x0:.1f},{y0:.2f} C{mid:.1f},{y0:.2f} {mid:.1f},{y1:.2f} '
                         f'{x1:.1f},{y1:.2f}" fill="none" stroke="{color}" stroke-opacity="0.45" '
                         f'stroke-width="{max(thickness, 0.5):.2f}"><title>{escape(hover)}</title>'
                         "</path>")
    return _svg(width + right_room, height, links + body, title)


def line_chart(x, y, x_label="", y_label="", title="", width=300, height=200):
    """Return a small line chart of ``y`` against ``x`` (e.g. a partial dependence)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    left, bottom, top, right = 56, 36, 24, 12
    x_ticks = _nice_ticks(np.nanmin(x), np.nanmax(x), 4)
    y_ticks = _nice_ticks(np.nanmin(y), np.nanmax(y), 4)
    x_low, x_high = x_ticks[0], x_ticks[-1]
    y_low, y_high = y_ticks[0], y_ticks[-1]

    def px(value):
        return left + (value - x_low) / ((x_high - x_low) or 1) * (width - left - right)

    def py(value):
        return height - bottom - (value - y_low) / ((y_high - y_low) or 1) * (height - top - bottom)

    body = [_text(width / 2, 14, title, "middle", 'font-weight="bold"')]
    for tick in x_ticks:
        body.append(f'<line x1="{px(tick):.1f}" y1="{top}" x2="{px(tick):.1f}" '
                    f'y2="{height - bottom}" stroke="#eee"/>')
        body.append(_text(px(tick), height - bottom + 14, format_number(tick, 3), "middle",
                          'font-size="10"'))
    for tick in y_ticks:
        body.append(f'<line x1="{left}" y1="{py(tick):.1f}" x2="{width - right}" '
                    f'y2="{py(tick):.1f}" stroke="#eee"/>')
        body.append(_text(left - 4, py(tick) + 3, format_number(tick, 3), "end", 'font-size="10"'))
    points = " ".join(f"{px(a):.1f},{py(b):.1f}" for a, b in zip(x, y) if np.isfinite(b))
    body.append(f'<polyline points="{points}" fill="none" stroke="{PALETTE[2]}" '
                'stroke-width="2"/>')
    body.append(_text((left + width - right) / 2, height - 4, x_label, "middle"))
    body.append(_text(12, (top + height - bottom) / 2, y_label, "middle",
                      f'transform="rotate(-90 12 {(top + height - bottom) / 2:.1f})"'))
    return _svg(width, height, body, title)
