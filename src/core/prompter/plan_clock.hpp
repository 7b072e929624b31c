// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/position_source.hpp"

namespace podium {

// Timed scrolling at the plan's pace, as a position source: what leads the reading line when
// neither the eSpeak voice nor the speaker's own voice does. It has nothing to report — the
// model's advance() moves the line along the planned timeline (times the pace factor, or at the
// manual speed) whenever no report holds it — and it cannot fail, which is why every other
// source hands the lead back to it when it stops or breaks.
class PlanClock final : public PositionSource {
public:
    void set_active(bool /*on*/, std::size_t /*sentence*/) override {}
    [[nodiscard]] std::optional<SpeakerPosition> position() override { return std::nullopt; }
};

} // namespace podium
