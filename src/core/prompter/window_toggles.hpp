// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/command.hpp"
#include "core/prompter/prompter_view.hpp"

namespace podium {

// What the windows show, as opposed to where the run is: mirror, blank, the keys overlay and
// fullscreen. One value owned by the session — the single window's, or the projector +
// operator pair's, where mirror, blank and fullscreen are the projector's and help the
// operator's — is the only place they live: M, B, ?, F (keys, operator buttons, the phone) flip
// it, the windows draw from it, the phone is told it and the settings remember its mirror. The
// prompter model knows nothing of them.
struct WindowToggles {
    bool mirror = false;
    bool blank = false;
    bool help = false;
    bool fullscreen = false;

    // Flips what `kind` toggles; false (and nothing changes) when `kind` is no window toggle.
    bool apply(CommandKind kind)
    {
        switch (kind) {
        case CommandKind::ToggleMirror: mirror = !mirror; return true;
        case CommandKind::ToggleBlank: blank = !blank; return true;
        case CommandKind::ToggleHelp: help = !help; return true;
        case CommandKind::ToggleFullscreen: fullscreen = !fullscreen; return true;
        default: return false;
        }
    }

    // The model's view as the windows show it with these toggles.
    [[nodiscard]] PrompterView shown(PrompterView view) const
    {
        view.mirror = mirror;
        view.blank = blank;
        view.help = help;
        view.fullscreen = fullscreen;
        return view;
    }

    friend bool operator==(const WindowToggles&, const WindowToggles&) = default;
};

} // namespace podium
