// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A bar chart as drawing primitives: laid out once, then written as SVG or rasterised as PNG,
// so both files show exactly the same chart.
#include "core/rehearsal/rehearsal_report.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace podium {

struct ChartColor {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    friend bool operator==(const ChartColor&, const ChartColor&) = default;
};

struct ChartRect {
    double x = 0, y = 0, width = 0, height = 0;
    ChartColor fill;
};

struct ChartLine {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    ChartColor color;
    double width = 1.0;
};

enum class TextAnchor { Start, Middle, End };

struct ChartText {
    double x = 0;
    double baseline = 0;
    double size = 24;          // pixels
    ChartColor color;
    TextAnchor anchor = TextAnchor::Start;
    bool bold = false;
    std::string text;          // UTF-8
};

struct ChartScene {
    int width = 0;
    int height = 0;
    ChartColor background{255, 255, 255};
    std::vector<ChartRect> rects;
    std::vector<ChartLine> lines;
    std::vector<ChartText> texts;
};

struct ChartOptions {
    std::string title = "Rehearsals";
    std::size_t max_runs = 3;  // the most recent runs drawn next to the plan
    int width = 1600;          // large type: readable on a projector at the back of a room
};

// Horizontal grouped bars: per section the plan (grey) and the recent runs (blues, the latest
// darkest), value labels at the bar ends, the latest run's difference to the plan in red/green.
[[nodiscard]] ChartScene layout_chart(const RehearsalReport& report, const ChartOptions& options);

// Rough width of text at `size` px for layout (wide and ambiguous characters 1 em, others
// ~0.56 em: a little more than Noto Sans CJK needs, so labels never overflow).
[[nodiscard]] double approximate_text_width(const std::string& text, double size);

// `text` cut to fit `width` px at `size` (by approximate_text_width), ending in "…".
[[nodiscard]] std::string fit_text_width(const std::string& text, double size, double width);

} // namespace podium
