// SPDX-License-Identifier: GPL-3.0-or-later
// The summary screen at the end of a run (issue 6): planned against this run, per section.
#include "display/frame_painter.hpp"
#include "display/summary_layout.hpp"

#include <algorithm>

namespace podium {

void FramePainter::paint_summary(const RehearsalReport& summary, const FrameGeometry& geometry)
{
    const TextFont& font = ui_font(geometry.ui_px);
    const std::vector<SummaryRow> rows = summary_rows(summary, summary_layout(geometry, font.glyph_height()).capacity);
    const SummaryLayout layout = summary_layout(geometry, font.glyph_height(), rows.size());
    // Opaque: the figures must read clearly over any text.
    fill(SDL_Rect{layout.panel_x, layout.panel_y, layout.panel_width, layout.panel_height}, SDL_Color{14, 14, 18, 255});
    const int centre = layout.panel_x + layout.panel_width / 2;
    m_labels.draw(font, "This run against the plan", centre, layout.panel_y + layout.row_height / 2, m_style.amber,
        Align::Centre);
    const int header_y = layout.first_row_y - layout.row_height;
    m_labels.draw(font, "Section", layout.title_x, header_y, m_style.strip_text);
    m_labels.draw(font, "Planned", layout.planned_right, header_y, m_style.strip_text, Align::Right);
    m_labels.draw(font, "This run", layout.actual_right, header_y, m_style.strip_text, Align::Right);
    m_labels.draw(font, "Difference", layout.difference_right, header_y, m_style.strip_text, Align::Right);

    const int title_room = layout.planned_right - layout.title_x - geometry.ui_px * 5;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const SummaryRow& row = rows[i];
        const int y = layout.row_y(i);
        if (row.total) {
            fill(SDL_Rect{layout.title_x, y - layout.row_height / 8, layout.difference_right - layout.title_x, 1},
                m_style.progress_tick);
        }
        const SDL_Color verdict = verdict_colour(row.verdict, m_style);
        m_labels.draw(font, fit_to_width(font, row.title, title_room), layout.title_x, y, m_style.strip_value);
        m_labels.draw(font, row.planned, layout.planned_right, y, m_style.strip_value, Align::Right);
        m_labels.draw(font, row.actual, layout.actual_right, y, verdict, Align::Right);
        m_labels.draw(font, row.difference, layout.difference_right, y, verdict, Align::Right);
    }
    m_labels.draw(font, "R: run again    Home: back to the start    Ctrl+Q: quit    podium report: every run", centre,
        layout.panel_y + layout.panel_height - layout.row_height * 5 / 4, m_style.strip_text, Align::Centre);
}

} // namespace podium
