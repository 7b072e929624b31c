// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/timeline.hpp"

namespace podium {

PrompterView view_at(const Script& script, const Timing& timing, const Layout& layout,
    const PrompterOptions& options, double seconds)
{
    PrompterOptions headless = options;
    headless.countdown_seconds = 0.0; // the countdown is excluded from t
    PrompterModel model(script, timing, layout, headless);
    // One step is exact: the model walks every sentence start crossed inside a step.
    model.advance(seconds);
    return model.view();
}

} // namespace podium
