// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/frame_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

FrameGeometry frame_geometry(int width, int height, double reading_line, bool show_status)
{
    FrameGeometry g;
    g.width = width;
    g.height = height;
    g.reading_y = static_cast<int>(std::lround(std::clamp(reading_line, 0.1, 0.9) * height));
    g.ui_px = std::clamp(height / 40, 12, 40);
    g.strip_height = show_status ? g.ui_px * 2 : 0;
    g.progress_height = std::max(4, height / 200);
    g.progress_y = height - g.progress_height - std::max(6, height / 90);
    g.progress_margin = std::max(8, width / 50);
    g.text_top = g.strip_height;
    g.text_bottom = g.progress_y - 3 * g.progress_height;
    return g;
}

double line_screen_top(const Layout& layout, std::size_t line, double scroll_y, const FrameGeometry& geometry)
{
    return geometry.reading_y + (layout.lines.at(line).y - scroll_y);
}

LineRange visible_lines(const Layout& layout, double scroll_y, const FrameGeometry& geometry)
{
    LineRange range;
    if (layout.lines.empty()) {
        return range;
    }
    const double advance = std::max(1.0, layout.line_advance);
    const double top = scroll_y - geometry.reading_y - advance;
    const double bottom = scroll_y + (geometry.height - geometry.reading_y) + advance;
    range.first = layout.line_at(std::max(0.0, top));
    while (range.first > 0 && layout.lines[range.first].y > top) {
        --range.first;
    }
    range.end = range.first;
    while (range.end < layout.lines.size() && layout.lines[range.end].y < bottom) {
        ++range.end;
    }
    return range;
}

RowBand reading_band(const FrameGeometry& geometry, double line_advance)
{
    const double half = 0.75 * std::max(1.0, line_advance);
    return RowBand{static_cast<int>(std::floor(geometry.reading_y - half)), static_cast<int>(std::ceil(geometry.reading_y + half))};
}

RowBand cue_band(const FrameGeometry& geometry, double line_advance, int cue_height)
{
    const RowBand reading = reading_band(geometry, line_advance);
    const int gap = std::max(4, geometry.ui_px / 2);
    const int above = geometry.text_top + gap;
    if (above + cue_height + gap <= reading.top) {
        return RowBand{above, above + cue_height};
    }
    return RowBand{reading.bottom + gap, reading.bottom + gap + cue_height};
}

int default_text_px(int height)
{
    return std::max(16, static_cast<int>(std::lround(height * 64.0 / 1080.0)));
}

} // namespace podium
