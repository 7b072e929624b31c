// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/operator_layout.hpp"

#include "core/i18n/translate.hpp"

#include <algorithm>

namespace podium {

std::string_view button_label(OperatorButton button)
{
    switch (button) {
    case OperatorButton::PlayPause: return N_("Play/Pause");
    case OperatorButton::PreviousSection: return N_("|<< Section");
    case OperatorButton::PreviousSentence: return N_("< Sentence");
    case OperatorButton::NextSentence: return N_("Sentence >");
    case OperatorButton::NextSection: return N_("Section >>|");
    case OperatorButton::Slower: return N_("Slower");
    case OperatorButton::Faster: return N_("Faster");
    case OperatorButton::BlankProjector: return N_("Blank");
    case OperatorButton::MirrorProjector: return N_("Mirror");
    case OperatorButton::AcceptReturn: return N_("Move it there");
    case OperatorButton::DeclineReturn: return N_("Stay");
    case OperatorButton::RevokePhones: return N_("Revoke phones");
    }
    return "?";
}

namespace {

// The widths of one row of buttons filling `room`: each at least `least[i]`, the rest shared
// equally; nothing when the row cannot hold them.
std::optional<std::vector<int>> row_widths(const std::vector<int>& least, int room, int gap)
{
    const int count = static_cast<int>(least.size());
    const int share = (room - (count - 1) * gap) / std::max(1, count);
    std::vector<int> widths(least.size(), share);
    int needed = 0;
    for (const int w : least) {
        needed += w;
    }
    if (needed + (count - 1) * gap > room) {
        return std::nullopt;
    }
    // Equal buttons when every label fits the equal share (the usual case in both languages);
    // else each gets its label's room and the leftover is shared.
    if (std::all_of(least.begin(), least.end(), [share](int w) { return w <= share; })) {
        return widths;
    }
    const int spare = (room - (count - 1) * gap - needed) / std::max(1, count);
    for (std::size_t i = 0; i < least.size(); ++i) {
        widths[i] = least[i] + spare;
    }
    return widths;
}

// The control bar's buttons in as few rows as hold their labels, bottom row at `bottom_y`;
// returns the top of the bar.
int lay_out_bar(OperatorLayout& l, const std::vector<OperatorButton>& bar, const std::vector<int>& least, int pad,
    int gap, int bar_h, int bottom_y)
{
    const int room = l.width - 2 * pad;
    const std::size_t count = bar.size();
    for (std::size_t rows = 1; rows <= count; ++rows) {
        const std::size_t per_row = (count + rows - 1) / rows;
        std::vector<std::vector<int>> widths;
        bool fits = true;
        for (std::size_t first = 0; first < count && fits; first += per_row) {
            const std::vector<int> part(least.begin() + static_cast<std::ptrdiff_t>(first),
                least.begin() + static_cast<std::ptrdiff_t>(std::min(count, first + per_row)));
            auto row = row_widths(part, room, gap);
            fits = row.has_value();
            if (fits) {
                widths.push_back(std::move(*row));
            }
        }
        if (!fits) {
            continue;
        }
        const int row_count = static_cast<int>(widths.size());
        const int top = bottom_y - row_count * bar_h - (row_count - 1) * gap;
        std::size_t index = 0;
        for (int r = 0; r < row_count; ++r) {
            int x = pad;
            for (const int w : widths[static_cast<std::size_t>(r)]) {
                l.buttons.emplace_back(bar[index++], Box{x, top + r * (bar_h + gap), std::max(1, w), bar_h});
                x += w + gap;
            }
        }
        return top;
    }
    // Not even one button a row fits (a window a few pixels wide): equal shares, labels clipped.
    const int share = std::max(1, (room - (static_cast<int>(count) - 1) * gap) / static_cast<int>(count));
    for (std::size_t i = 0; i < count; ++i) {
        l.buttons.emplace_back(bar[i], Box{pad + static_cast<int>(i) * (share + gap), bottom_y - bar_h, share, bar_h});
    }
    return bottom_y - bar_h;
}

} // namespace

OperatorLayout operator_layout(int width, int height, double projector_aspect, std::size_t sections,
    std::size_t current_section, bool offer, bool remote, const ButtonTextWidth& label_width)
{
    OperatorLayout l;
    l.width = std::max(1, width);
    l.height = std::max(1, height);
    l.ui_px = std::clamp(l.height / 36, 12, 28);
    l.row_height = l.ui_px * 3 / 2;
    const int pad = l.ui_px;
    const int bar_h = l.ui_px * 2;
    // A label's room: its measured width and half a letter each side.
    auto least = [&](OperatorButton button) { return label_width ? label_width(button, l.ui_px) + l.ui_px : 0; };

    // The control bar along the bottom, as wide as the window, in rows when the labels need them.
    const std::vector<OperatorButton> bar{OperatorButton::PlayPause, OperatorButton::PreviousSection,
        OperatorButton::PreviousSentence, OperatorButton::NextSentence, OperatorButton::NextSection,
        OperatorButton::Slower, OperatorButton::Faster, OperatorButton::BlankProjector, OperatorButton::MirrorProjector};
    const int gap = std::max(2, pad / 3);
    std::vector<int> bar_least;
    for (const OperatorButton button : bar) {
        bar_least.push_back(least(button));
    }
    const int bar_y = lay_out_bar(l, bar, bar_least, pad, gap, bar_h, l.height - pad);
    int bottom = bar_y - pad;
    if (offer) {
        l.offer = Box{pad, bottom - bar_h, l.width - 2 * pad, bar_h};
        const int decline_w = std::max(l.ui_px * 8, least(OperatorButton::DeclineReturn));
        const int accept_w = std::max(l.ui_px * 8, least(OperatorButton::AcceptReturn));
        l.buttons.emplace_back(OperatorButton::DeclineReturn, Box{l.offer.x + l.offer.w - decline_w, l.offer.y, decline_w, bar_h});
        l.buttons.emplace_back(OperatorButton::AcceptReturn,
            Box{l.offer.x + l.offer.w - decline_w - gap - accept_w, l.offer.y, accept_w, bar_h});
        bottom = l.offer.y - pad;
    }

    // Left: the projector preview (its aspect ratio), then the timers. Right: the outline.
    const int left_w = std::max(1, (l.width - 3 * pad) * 3 / 5);
    const double aspect = projector_aspect > 0.1 ? projector_aspect : 16.0 / 9.0;
    int preview_w = left_w;
    int preview_h = static_cast<int>(preview_w / aspect);
    const int max_preview_h = std::max(1, (bottom - pad) * 3 / 5);
    if (preview_h > max_preview_h) {
        preview_h = max_preview_h;
        preview_w = static_cast<int>(preview_h * aspect);
    }
    l.preview = Box{pad, pad, std::max(1, preview_w), std::max(1, preview_h)};
    l.timers = Box{pad, l.preview.y + l.preview.h + pad, left_w, std::max(0, bottom - (l.preview.y + l.preview.h + pad))};
    const int outline_x = pad + left_w + pad;
    l.outline = Box{outline_x, pad, std::max(0, l.width - outline_x - pad), std::max(0, bottom - pad)};
    if (remote) {
        // Big enough for a phone to scan from half a metre; never more than half the column.
        const int remote_h = std::min(l.ui_px * 8, l.outline.h / 2);
        l.outline.h = std::max(0, l.outline.h - remote_h - pad);
        l.remote = Box{outline_x, l.outline.y + l.outline.h + pad, l.outline.w, remote_h};
        const int revoke_w = std::min(std::max(l.ui_px * 9, least(OperatorButton::RevokePhones)), l.remote.w / 2 - pad);
        const int revoke_h = l.ui_px * 2;
        if (revoke_w > 0 && remote_h > revoke_h + pad) {
            l.buttons.emplace_back(OperatorButton::RevokePhones,
                Box{l.remote.x + l.remote.w - pad / 2 - revoke_w, l.remote.y + l.remote.h - pad / 2 - revoke_h, revoke_w, revoke_h});
        }
    }

    // Row 0 of the outline is its title; sections follow, scrolled to keep the current one in
    // the upper third.
    const int rows = std::max(0, l.outline.h / std::max(1, l.row_height) - 1);
    l.visible_rows = static_cast<std::size_t>(rows);
    if (sections > l.visible_rows && l.visible_rows > 0) {
        const std::size_t lead = l.visible_rows / 3;
        const std::size_t wanted = current_section > lead ? current_section - lead : 0;
        l.first_row = std::min(wanted, sections - l.visible_rows);
    }
    return l;
}

std::optional<Box> section_row(const OperatorLayout& layout, std::size_t section)
{
    if (section < layout.first_row || section >= layout.first_row + layout.visible_rows) {
        return std::nullopt;
    }
    const int row = static_cast<int>(section - layout.first_row) + 1;
    return Box{layout.outline.x, layout.outline.y + row * layout.row_height, layout.outline.w, layout.row_height};
}

std::ostream& operator<<(std::ostream& out, const OperatorHit& hit)
{
    switch (hit.kind) {
    case HitKind::None: return out << "{none}";
    case HitKind::Section: return out << "{section " << hit.section << '}';
    case HitKind::Button: return out << "{button " << button_label(hit.button) << '}';
    }
    return out;
}

OperatorHit hit_test(const OperatorLayout& layout, std::size_t sections, int x, int y)
{
    // Offer buttons sit on the banner, so buttons are tested before anything else.
    for (const auto& [button, box] : layout.buttons) {
        if (box.contains(x, y)) {
            return {HitKind::Button, 0, button};
        }
    }
    if (layout.outline.contains(x, y) && layout.row_height > 0) {
        const int row = (y - layout.outline.y) / layout.row_height - 1;
        if (row >= 0 && static_cast<std::size_t>(row) < layout.visible_rows) {
            const std::size_t section = layout.first_row + static_cast<std::size_t>(row);
            if (section < sections) {
                return {HitKind::Section, section, OperatorButton::PlayPause};
            }
        }
    }
    return {};
}

} // namespace podium
