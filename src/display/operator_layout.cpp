// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/operator_layout.hpp"

#include <algorithm>

namespace podium {

std::string_view button_label(OperatorButton button)
{
    switch (button) {
    case OperatorButton::PlayPause: return "Play/Pause";
    case OperatorButton::PreviousSection: return "|<< Section";
    case OperatorButton::PreviousSentence: return "< Sentence";
    case OperatorButton::NextSentence: return "Sentence >";
    case OperatorButton::NextSection: return "Section >>|";
    case OperatorButton::Slower: return "Slower";
    case OperatorButton::Faster: return "Faster";
    case OperatorButton::BlankProjector: return "Blank";
    case OperatorButton::MirrorProjector: return "Mirror";
    case OperatorButton::AcceptReturn: return "Move it there";
    case OperatorButton::DeclineReturn: return "Stay";
    }
    return "?";
}

OperatorLayout operator_layout(int width, int height, double projector_aspect, std::size_t sections,
    std::size_t current_section, bool offer, bool remote)
{
    OperatorLayout l;
    l.width = std::max(1, width);
    l.height = std::max(1, height);
    l.ui_px = std::clamp(l.height / 36, 12, 28);
    l.row_height = l.ui_px * 3 / 2;
    const int pad = l.ui_px;
    const int bar_h = l.ui_px * 2;
    const int bar_y = l.height - pad - bar_h;

    // The control bar along the bottom: equal buttons across the width.
    const std::vector<OperatorButton> bar{OperatorButton::PlayPause, OperatorButton::PreviousSection,
        OperatorButton::PreviousSentence, OperatorButton::NextSentence, OperatorButton::NextSection,
        OperatorButton::Slower, OperatorButton::Faster, OperatorButton::BlankProjector, OperatorButton::MirrorProjector};
    const int gap = std::max(2, pad / 3);
    const int count = static_cast<int>(bar.size());
    const int button_w = std::max(1, (l.width - 2 * pad - (count - 1) * gap) / count);
    for (int i = 0; i < count; ++i) {
        l.buttons.emplace_back(bar[static_cast<std::size_t>(i)], Box{pad + i * (button_w + gap), bar_y, button_w, bar_h});
    }
    int bottom = bar_y - pad;
    if (offer) {
        l.offer = Box{pad, bottom - bar_h, l.width - 2 * pad, bar_h};
        const int w = std::max(1, l.ui_px * 8);
        l.buttons.emplace_back(OperatorButton::DeclineReturn, Box{l.offer.x + l.offer.w - w, l.offer.y, w, bar_h});
        l.buttons.emplace_back(OperatorButton::AcceptReturn, Box{l.offer.x + l.offer.w - 2 * w - gap, l.offer.y, w, bar_h});
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
