// SPDX-License-Identifier: GPL-3.0-or-later
// Clicks in the operator window: which section row or button a point hits (pure arithmetic).
#include "display/operator_layout.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace podium;

namespace {

std::pair<int, int> centre(const Box& box)
{
    return {box.x + box.w / 2, box.y + box.h / 2};
}

} // namespace

TEST_CASE("a click on a section row hits that section")
{
    const OperatorLayout layout = operator_layout(1280, 760, 16.0 / 9.0, 6, 0, false);
    REQUIRE(layout.visible_rows >= 6);
    for (std::size_t section = 0; section < 6; ++section) {
        const auto row = section_row(layout, section);
        REQUIRE(row);
        const auto [x, y] = centre(*row);
        CHECK(hit_test(layout, 6, x, y) == OperatorHit{HitKind::Section, section, OperatorButton::PlayPause});
    }
    // The list's title row and the empty rows below the last section hit nothing.
    CHECK(hit_test(layout, 6, layout.outline.x + 5, layout.outline.y + 2).kind == HitKind::None);
    const auto below = section_row(layout, 6);
    if (below) {
        CHECK(hit_test(layout, 6, below->x + 5, below->y + 2).kind == HitKind::None);
    }
    // The preview is not a control.
    const auto [px, py] = centre(layout.preview);
    CHECK(hit_test(layout, 6, px, py).kind == HitKind::None);
}

TEST_CASE("a long section list scrolls to keep the current section in view and clicks follow the scroll")
{
    const std::size_t sections = 200;
    const OperatorLayout layout = operator_layout(1280, 760, 16.0 / 9.0, sections, 150, false);
    REQUIRE(layout.visible_rows > 0);
    CHECK(layout.first_row > 0);
    CHECK(layout.first_row <= 150);
    CHECK(150 < layout.first_row + layout.visible_rows);
    const auto row = section_row(layout, 150);
    REQUIRE(row);
    const auto [x, y] = centre(*row);
    CHECK(hit_test(layout, sections, x, y).section == 150);
    CHECK_FALSE(section_row(layout, 0));
    // Near the end the list stops scrolling rather than showing empty rows.
    const OperatorLayout end = operator_layout(1280, 760, 16.0 / 9.0, sections, sections - 1, false);
    CHECK(end.first_row + end.visible_rows == sections);
}

TEST_CASE("every control button is hit at its centre and the offer adds its two buttons")
{
    const OperatorLayout plain = operator_layout(1280, 760, 16.0 / 9.0, 4, 0, false);
    CHECK(plain.buttons.size() == 9);
    for (const auto& [button, box] : plain.buttons) {
        const auto [x, y] = centre(box);
        CHECK(hit_test(plain, 4, x, y) == OperatorHit{HitKind::Button, 0, button});
    }
    const OperatorLayout offered = operator_layout(1280, 760, 16.0 / 9.0, 4, 0, true);
    CHECK(offered.offer.w > 0);
    bool accept = false;
    bool decline = false;
    for (const auto& [button, box] : offered.buttons) {
        const auto [x, y] = centre(box);
        const OperatorHit hit = hit_test(offered, 4, x, y);
        CHECK(hit.button == button);
        accept = accept || button == OperatorButton::AcceptReturn;
        decline = decline || button == OperatorButton::DeclineReturn;
    }
    CHECK(accept);
    CHECK(decline);
}

TEST_CASE("boxes stay inside a tiny window and nothing overlaps the control bar")
{
    for (const auto& [w, h] : {std::pair{320, 200}, std::pair{1, 1}, std::pair{3840, 2160}}) {
        const OperatorLayout layout = operator_layout(w, h, 4.0 / 3.0, 30, 10, true);
        INFO(w << "x" << h);
        CHECK(layout.preview.w >= 1);
        CHECK(layout.preview.h >= 1);
        CHECK(layout.outline.h >= 0);
        for (const auto& [button, box] : layout.buttons) {
            CHECK_FALSE(box.contains(layout.preview.x + 1, layout.preview.y + 1));
        }
    }
}

TEST_CASE("buttons grow to their measured labels and the bar wraps onto rows when one row cannot hold them")
{
    // Short labels: nine equal buttons, as without measuring.
    const OperatorLayout equal = operator_layout(1280, 760, 16.0 / 9.0, 6, 0, false, false, [](OperatorButton, int) { return 40; });
    CHECK(equal == operator_layout(1280, 760, 16.0 / 9.0, 6, 0, false));
    // One long label: it gets its room, the others share the rest, still one row.
    const OperatorLayout one_long = operator_layout(1280, 760, 16.0 / 9.0, 6, 0, false, false,
        [](OperatorButton button, int) { return button == OperatorButton::PreviousSection ? 300 : 40; });
    CHECK(one_long.buttons[1].second.w >= 300 + one_long.ui_px);
    CHECK(one_long.buttons[0].second.y == one_long.buttons[8].second.y);
    // Labels of 200 px: nine cannot share 1280 px, so two rows, each button as wide as its label.
    const OperatorLayout wrapped = operator_layout(1280, 760, 16.0 / 9.0, 6, 0, true, false, [](OperatorButton, int) { return 200; });
    std::set<int> rows;
    for (const auto& [button, box] : wrapped.buttons) {
        CHECK(box.w >= 200 + wrapped.ui_px);
        CHECK(box.x >= 0);
        CHECK(box.x + box.w <= wrapped.width);
        if (button != OperatorButton::AcceptReturn && button != OperatorButton::DeclineReturn) {
            rows.insert(box.y);
        }
    }
    CHECK(rows.size() == 2);
    // The rest of the window moves up above the taller bar: the offer banner sits over its top row.
    CHECK(wrapped.offer.y + wrapped.offer.h < *rows.begin());
    CHECK(wrapped.timers.y + wrapped.timers.h <= wrapped.offer.y);
}
