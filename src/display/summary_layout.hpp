// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/rehearsal_report.hpp"
#include "display/frame_geometry.hpp"
#include "display/frame_style.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace podium {

// How the run just finished compares with its plan, for one row of the summary screen: the
// same thresholds as the status strip (amber from 10% over, red from 25%), and "short" from
// 10% under.
enum class SummaryVerdict { OnPlan, Short, Over, FarOver, Skipped, NotReached };

// The colour a verdict's figures are drawn in: the status strip's on-plan green, amber and red,
// blue for short, grey for what says nothing about length.
[[nodiscard]] SDL_Color verdict_colour(SummaryVerdict verdict, const FrameStyle& style);

struct SummaryRow {
    std::string title;        // indented by level
    std::string planned;      // "m:ss"
    std::string actual;       // "m:ss", "skipped", "—"
    std::string difference;   // "+0:12 (+15%)"
    SummaryVerdict verdict = SummaryVerdict::OnPlan;
    bool total = false;       // the last row
    friend bool operator==(const SummaryRow&, const SummaryRow&) = default;
};

// The rows the summary shows for a one-run report (summarize_run): every section when they fit
// in `capacity` rows (total included), else the top-level ones, else as many as fit and a
// "… N more" row; the total always last.
[[nodiscard]] std::vector<SummaryRow> summary_rows(const RehearsalReport& report, std::size_t capacity);

// Where the summary panel and its rows go on a frame: pure arithmetic, so tests can look for a
// row's colour in the right place.
struct SummaryLayout {
    int panel_x = 0;
    int panel_y = 0;
    int panel_width = 0;
    int panel_height = 0;
    int row_height = 0;
    int first_row_y = 0;       // top of the first table row (the header is above it)
    int title_x = 0;           // left edge of the section titles
    int planned_right = 0;     // right edges of the number columns
    int actual_right = 0;
    int difference_right = 0;
    std::size_t capacity = 0;  // table rows that fit, total included

    [[nodiscard]] int row_y(std::size_t row) const { return first_row_y + static_cast<int>(row) * row_height; }
};

// `rows`: the table rows to show (the panel shrinks to them); by default as many as fit.
// `title_lines` and `footer_lines`: the heading and the key hints wrapped to the panel's width
// (a language with longer words needs more lines: the panel grows, the table keeps its rows).
[[nodiscard]] SummaryLayout summary_layout(const FrameGeometry& geometry, int glyph_height,
    std::size_t rows = static_cast<std::size_t>(-1), int title_lines = 1, int footer_lines = 1);

// The whole summary overlay as the painter draws it: its rows, where they go, and the heading
// and key hints wrapped to the panel.
struct SummaryOverlay {
    std::vector<SummaryRow> rows;
    SummaryLayout layout;
    std::vector<std::string> title;  // lines, centred at the top
    std::vector<std::string> footer; // lines, centred at the bottom
};

} // namespace podium
