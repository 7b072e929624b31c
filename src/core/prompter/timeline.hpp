// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/layout/layout.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/prompter_view.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

namespace podium {

// What the prompter shows `seconds` after the countdown ended when the speaker follows the paced
// timeline without touching a key (headless `podium render --at T`, tests). Countdown excluded;
// `options` supplies the pace factor, mode, reading line and font size.
[[nodiscard]] PrompterView view_at(const Script& script, const Timing& timing, const Layout& layout,
    const PrompterOptions& options, double seconds);

} // namespace podium
