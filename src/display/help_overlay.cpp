// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/help_overlay.hpp"

#include "display/text_wrap.hpp"

#include <algorithm>

namespace podium {

namespace {

struct Entry {
    std::string keys;
    int keys_width = 0;
    std::vector<std::string> help;
};

} // namespace

HelpOverlayLayout help_overlay_layout(int frame_width, int frame_height, int margin, const std::string& title,
    const std::vector<HelpLine>& lines, int row, int em, const std::function<int(std::string_view)>& width)
{
    const int gap = em;                     // between a key and its help, and between columns
    const int pad = em;                     // inside the panel
    const int max_panel_w = std::max(1, frame_width - 2 * margin);
    const int max_panel_h = frame_height;
    int keys_w = 0;
    int help_w = 0;
    for (const HelpLine& line : lines) {
        keys_w = std::max(keys_w, width(line.keys));
        help_w = std::max(help_w, width(line.help));
    }
    const int title_w = width(title);

    HelpOverlayLayout best;
    int best_height = 0;
    for (int columns = 1; columns <= 3; ++columns) {
        // Each column: keys, gap, help; columns separated by two gaps.
        const int room = (max_panel_w - 2 * pad - (columns - 1) * 2 * gap) / columns;
        const int help_room = std::max(em * 4, std::min(help_w, room - keys_w - gap));
        std::vector<Entry> entries;
        int total_rows = 0;
        for (const HelpLine& line : lines) {
            Entry entry{line.keys, width(line.keys), wrap_to_width(line.help, help_room, width)};
            if (entry.help.empty()) {
                entry.help.emplace_back();
            }
            total_rows += static_cast<int>(entry.help.size());
            entries.push_back(std::move(entry));
        }
        // Fill columns in order, a line's wrapped rows never split across columns.
        const int per_column = (total_rows + columns - 1) / columns;
        std::vector<int> column_rows(static_cast<std::size_t>(columns), 0);
        std::vector<int> column_of(entries.size(), 0);
        int column = 0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const int size = static_cast<int>(entries[i].help.size());
            if (column + 1 < columns && column_rows[static_cast<std::size_t>(column)] > 0
                && column_rows[static_cast<std::size_t>(column)] + size > per_column) {
                ++column;
            }
            column_of[i] = column;
            column_rows[static_cast<std::size_t>(column)] += size;
        }
        const int used_columns = column + 1;
        const int rows = *std::max_element(column_rows.begin(), column_rows.end());
        int widest_help = 0;
        for (const Entry& entry : entries) {
            for (const std::string& text : entry.help) {
                widest_help = std::max(widest_help, width(text));
            }
        }
        const int column_w = keys_w + gap + widest_help;
        const int panel_w = std::min(max_panel_w,
            std::max(title_w + 2 * pad, used_columns * column_w + (used_columns - 1) * 2 * gap + 2 * pad));
        const int panel_h = row * (rows + 3);
        HelpOverlayLayout layout;
        layout.panel = SDL_Rect{(frame_width - panel_w) / 2, std::max(0, (frame_height - panel_h) / 2), panel_w, panel_h};
        layout.title = {title, layout.panel.x + (panel_w - title_w) / 2, layout.panel.y + row / 2, title_w};
        const int content_x = layout.panel.x + (panel_w - (used_columns * column_w + (used_columns - 1) * 2 * gap)) / 2;
        std::vector<int> next_row(static_cast<std::size_t>(used_columns), 0);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const int c = column_of[i];
            const int x = content_x + c * (column_w + 2 * gap);
            int r = next_row[static_cast<std::size_t>(c)];
            const int y = layout.panel.y + row * (2 + r);
            layout.keys.push_back({entries[i].keys, x + keys_w - entries[i].keys_width, y, entries[i].keys_width});
            for (const std::string& text : entries[i].help) {
                layout.help.push_back({text, x + keys_w + gap, layout.panel.y + row * (2 + r), width(text)});
                ++r;
            }
            next_row[static_cast<std::size_t>(c)] = r;
        }
        const bool inside_width = used_columns * column_w + (used_columns - 1) * 2 * gap + 2 * pad <= max_panel_w
            && title_w + 2 * pad <= max_panel_w;
        layout.fits = panel_h <= max_panel_h && inside_width;
        if (layout.fits) {
            return layout;
        }
        if (best.panel.w == 0 || (inside_width && panel_h < best_height)) {
            best = std::move(layout);
            best_height = panel_h;
        }
    }
    return best;
}

} // namespace podium
