// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/summary_layout.hpp"

#include "core/i18n/translate.hpp"
#include "display/status_text.hpp"
#include "core/prompter/verdict.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

constexpr double over_amber = kAmberOver; // core/prompter/verdict.hpp: the one rule
constexpr double over_red = kRedOver;
constexpr double short_ratio = -0.10;

std::string signed_clock(double seconds)
{
    return (seconds >= 0.0 ? "+" : "") + format_clock(seconds);
}

SummaryRow row_of(const ReportRow& row, bool total)
{
    SummaryRow out;
    out.title = total ? _("Total") : std::string(static_cast<std::size_t>(std::max(0, row.level - 1)) * 2, ' ') + row.title;
    out.planned = format_clock(row.planned);
    out.total = total;
    const ReportCell cell = row.runs.empty() ? ReportCell{} : row.runs.front();
    switch (cell.state) {
    case CellState::Skipped:
        out.actual = _("skipped");
        out.verdict = SummaryVerdict::Skipped;
        return out;
    case CellState::Missing:
        out.actual = "—";
        out.verdict = SummaryVerdict::NotReached;
        return out;
    case CellState::Partial:
    case CellState::Completed:
        break;
    }
    out.actual = cell.state == CellState::Partial ? fill_in(_("{} (part)"), format_clock(cell.seconds)) : format_clock(cell.seconds);
    const double delta = cell.seconds - row.planned;
    const double ratio = row.planned > 0.0 ? delta / row.planned : 0.0;
    out.difference = signed_clock(delta);
    if (row.planned > 0.0) {
        out.difference += " (" + std::string(ratio >= 0.0 ? "+" : "") + std::to_string(std::lround(ratio * 100.0)) + "%)";
    }
    if (cell.state == CellState::Partial) {
        out.verdict = SummaryVerdict::NotReached; // part of a section says nothing about its length
    } else if (ratio >= over_red) {
        out.verdict = SummaryVerdict::FarOver;
    } else if (ratio >= over_amber) {
        out.verdict = SummaryVerdict::Over;
    } else if (ratio <= short_ratio) {
        out.verdict = SummaryVerdict::Short;
    }
    return out;
}

} // namespace

SDL_Color verdict_colour(SummaryVerdict verdict, const FrameStyle& style)
{
    switch (verdict) {
    case SummaryVerdict::OnPlan: return style.on_plan;
    case SummaryVerdict::Short: return style.planned_marker;
    case SummaryVerdict::Over: return style.amber;
    case SummaryVerdict::FarOver: return style.red;
    case SummaryVerdict::Skipped:
    case SummaryVerdict::NotReached: return style.strip_text;
    }
    return style.strip_text;
}

std::vector<SummaryRow> summary_rows(const RehearsalReport& report, std::size_t capacity)
{
    const std::size_t room = capacity > 1 ? capacity - 1 : 0; // the total takes one row
    std::vector<const ReportRow*> chosen;
    for (const ReportRow& row : report.sections) {
        chosen.push_back(&row);
    }
    if (chosen.size() > room) {
        std::erase_if(chosen, [](const ReportRow* row) { return !row->top_level; });
    }
    std::vector<SummaryRow> rows;
    std::size_t shown = chosen.size();
    if (chosen.size() > room) {
        shown = room > 0 ? room - 1 : 0;
    }
    for (std::size_t i = 0; i < shown; ++i) {
        rows.push_back(row_of(*chosen[i], false));
    }
    if (shown < chosen.size() && room > 0) {
        SummaryRow more;
        more.title = fill_in(_("… {} more (podium report)"), chosen.size() - shown);
        more.verdict = SummaryVerdict::NotReached;
        rows.push_back(more);
    }
    rows.push_back(row_of(report.total, true));
    return rows;
}

SummaryLayout summary_layout(const FrameGeometry& geometry, int glyph_height, std::size_t rows, int title_lines,
    int footer_lines)
{
    const int title_extra = std::max(0, title_lines - 1);
    const int extra = title_extra + std::max(0, footer_lines - 1);
    SummaryLayout layout;
    layout.row_height = glyph_height + std::max(2, glyph_height / 3);
    layout.panel_width = std::min(geometry.width - 2 * geometry.progress_margin, glyph_height * 40);
    layout.panel_x = (geometry.width - layout.panel_width) / 2;
    // Between the status strip and the progress band, with a heading, a column header and a
    // footer line: three rows besides the table.
    int top = geometry.text_top + layout.row_height / 2;
    const int bottom = geometry.text_bottom - layout.row_height / 2;
    const int table_room = std::max(0, bottom - top - (4 + extra) * layout.row_height);
    layout.capacity = static_cast<std::size_t>(table_room / std::max(1, layout.row_height));
    const int shown = static_cast<int>(std::min(rows, layout.capacity));
    layout.panel_height = std::min(bottom - top, (shown + 4 + extra) * layout.row_height + layout.row_height / 2);
    // Centred on the frame's text band.
    layout.panel_y = top + (bottom - top - layout.panel_height) / 2;
    top = layout.panel_y;
    layout.first_row_y = top + (2 + title_extra) * layout.row_height + layout.row_height / 2;
    const int pad = glyph_height;
    layout.difference_right = layout.panel_x + layout.panel_width - pad;
    layout.actual_right = layout.difference_right - glyph_height * 8;
    layout.planned_right = layout.actual_right - glyph_height * 6;
    layout.title_x = layout.panel_x + pad;
    return layout;
}

} // namespace podium
