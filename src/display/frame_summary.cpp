// SPDX-License-Identifier: GPL-3.0-or-later
// The summary screen at the end of a run (issue 6): planned against this run, per section.
#include "display/frame_painter.hpp"
#include "core/i18n/translate.hpp"
#include "display/summary_layout.hpp"
#include "display/text_wrap.hpp"

#include <algorithm>

namespace podium {

SummaryOverlay FramePainter::summary_placement(const RehearsalReport& summary, const FrameGeometry& geometry)
{
    const TextFont& font = ui_font(geometry.ui_px);
    const int glyph = font.glyph_height();
    SummaryOverlay overlay;
    // The panel's width does not depend on its lines: wrap the heading and the key hints to it,
    // then lay out the table in the rows left.
    const int room = std::max(1, summary_layout(geometry, glyph).panel_width - 2 * glyph);
    const auto measure = [&](std::string_view text) { return m_labels.width(font, text); };
    overlay.title = wrap_to_width(_("This run against the plan"), room, measure);
    overlay.footer = wrap_to_width(_("R: run again    Home: back to the start    Ctrl+Q: quit    podium report: every run"),
        room, measure);
    const int title_lines = static_cast<int>(overlay.title.size());
    const int footer_lines = static_cast<int>(overlay.footer.size());
    overlay.rows = summary_rows(summary, summary_layout(geometry, glyph, static_cast<std::size_t>(-1), title_lines, footer_lines).capacity);
    overlay.layout = summary_layout(geometry, glyph, overlay.rows.size(), title_lines, footer_lines);
    return overlay;
}

SummaryOverlay FramePainter::summary_overlay(const RehearsalReport& summary, const FrameContent& content, int width,
    int height)
{
    return summary_placement(summary, frame_geometry(width, height, content.view.reading_line, m_style.show_status));
}

void FramePainter::paint_summary(const RehearsalReport& summary, const FrameGeometry& geometry)
{
    const TextFont& font = ui_font(geometry.ui_px);
    const SummaryOverlay overlay = summary_placement(summary, geometry);
    const SummaryLayout& layout = overlay.layout;
    // Opaque: the figures must read clearly over any text.
    fill(SDL_Rect{layout.panel_x, layout.panel_y, layout.panel_width, layout.panel_height}, SDL_Color{14, 14, 18, 255});
    const int centre = layout.panel_x + layout.panel_width / 2;
    const int room = layout.panel_width - 2 * font.glyph_height();
    for (std::size_t i = 0; i < overlay.title.size(); ++i) {
        // fit_to_width only cuts a piece no line break can shorten (a panel narrower than a word).
        m_labels.draw(font, fit_to_width(font, overlay.title[i], room), centre,
            layout.panel_y + layout.row_height / 2 + static_cast<int>(i) * layout.row_height, m_style.amber, Align::Centre);
    }
    const int header_y = layout.first_row_y - layout.row_height;
    m_labels.draw(font, _("Section"), layout.title_x, header_y, m_style.strip_text);
    m_labels.draw(font, _("Planned"), layout.planned_right, header_y, m_style.strip_text, Align::Right);
    m_labels.draw(font, _("This run"), layout.actual_right, header_y, m_style.strip_text, Align::Right);
    m_labels.draw(font, _("Difference"), layout.difference_right, header_y, m_style.strip_text, Align::Right);

    // Section titles are the speech's own words: one row each, cut with "…" when too long.
    const int title_room = layout.planned_right - layout.title_x - geometry.ui_px * 5;
    for (std::size_t i = 0; i < overlay.rows.size(); ++i) {
        const SummaryRow& row = overlay.rows[i];
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
    const int footer_top = layout.panel_y + layout.panel_height - layout.row_height * 5 / 4
        - std::max(0, static_cast<int>(overlay.footer.size()) - 1) * layout.row_height;
    for (std::size_t i = 0; i < overlay.footer.size(); ++i) {
        m_labels.draw(font, fit_to_width(font, overlay.footer[i], room), centre,
            footer_top + static_cast<int>(i) * layout.row_height, m_style.strip_text, Align::Centre);
    }
}

} // namespace podium
