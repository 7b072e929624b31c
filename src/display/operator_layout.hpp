// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where things go in the operator window, and what a click there means: pure arithmetic (no SDL),
// so hit-testing is tested without a window. operator_window.cpp draws into these rectangles.
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace podium {

struct Box {
    int x = 0;
    int y = 0;
    int w = 0;
    int h = 0;
    [[nodiscard]] bool contains(int px, int py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    friend bool operator==(const Box&, const Box&) = default;
};

enum class OperatorButton {
    PlayPause,
    PreviousSection,
    PreviousSentence,
    NextSentence,
    NextSection,
    Slower,
    Faster,
    BlankProjector,
    MirrorProjector,
    AcceptReturn,   // only while the projector display is offered back
    DeclineReturn,
    RevokePhones,   // --remote: a new token and QR code; every phone loses access
};
[[nodiscard]] std::string_view button_label(OperatorButton button);

struct OperatorLayout {
    int width = 0;
    int height = 0;
    int ui_px = 0;          // text size
    int row_height = 0;     // one section row
    Box preview;            // what the projector shows, scaled
    Box timers;             // elapsed / remaining / section / next / speed, below the preview
    Box outline;            // the section list (title row, then one row per section)
    std::size_t first_row = 0;   // the section in the list's first visible row
    std::size_t visible_rows = 0;
    Box offer;              // the "projector is back" banner (w = 0 when there is no offer)
    Box remote;             // --remote: the pairing QR code and URL, under the outline (w = 0 without)
    std::vector<std::pair<OperatorButton, Box>> buttons;
    friend bool operator==(const OperatorLayout&, const OperatorLayout&) = default;
};

// A button's label width in pixels at the layout's ui_px (the widest of its labels, e.g. Play and
// Pause), so the buttons can grow to their words in any language.
using ButtonTextWidth = std::function<int(OperatorButton button, int ui_px)>;

// `projector_aspect` = width / height of the projector frame; `sections` rows in the list, which
// scrolls so `current_section` stays in its upper third; `offer` adds the banner and its buttons;
// `remote` keeps the bottom of the outline's column for the phone remote's QR code.
// With `label_width`, every button is at least as wide as its label plus padding: the control bar
// gives wider labels more room, and wraps onto a second (third…) row when one row cannot hold
// them all; without it the bar's buttons share the width equally.
[[nodiscard]] OperatorLayout operator_layout(int width, int height, double projector_aspect, std::size_t sections,
    std::size_t current_section, bool offer, bool remote = false, const ButtonTextWidth& label_width = {});

// The box of section row `section`, or nothing when it is scrolled out of view.
[[nodiscard]] std::optional<Box> section_row(const OperatorLayout& layout, std::size_t section);

enum class HitKind { None, Section, Button };
struct OperatorHit {
    HitKind kind = HitKind::None;
    std::size_t section = 0;
    OperatorButton button = OperatorButton::PlayPause;
    friend bool operator==(const OperatorHit&, const OperatorHit&) = default;
};
std::ostream& operator<<(std::ostream& out, const OperatorHit& hit);

// What a click at (x, y) in drawable pixels hits: a section row (jump there) or a button.
[[nodiscard]] OperatorHit hit_test(const OperatorLayout& layout, std::size_t sections, int x, int y);

} // namespace podium
