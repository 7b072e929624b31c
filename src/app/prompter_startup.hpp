// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/settings.hpp"
#include "core/script/script.hpp"
#include "display/font_locator.hpp"
#include "app/prompter_app.hpp"
#include "display/sdl_handles.hpp"

#include <memory>
#include <string>
#include <variant>

namespace podium {

// What both prompter apps (one window, or projector + operator) do before their windows open
// and when they close: start SDL video and SDL_ttf, find the font, read and later write the
// remembered settings (text size, speed, mirror, reading line, last position per script).
class PrompterStartup {
public:
    // The settings file's problems are reported on stderr and the defaults used; a missing
    // font throws podium::Error naming what to install.
    PrompterStartup(std::unique_ptr<SdlSubsystem> video, const Script& script, const PrompterAppOptions& options);

    [[nodiscard]] const FontChoice& font() const { return m_font; }
    // The remembered settings applied, --font-size over them.
    [[nodiscard]] PrompterOptions prompter_options() const;
    // Whether the glass was mirrored last time (the window toggles start from it).
    [[nodiscard]] bool remembered_mirror() const { return m_settings.mirror; }
    // Where this script was left last time, if it is remembered.
    [[nodiscard]] std::optional<std::size_t> last_position() const;
    // Remembers the view (the window toggles stamped on) and the position (when there is a settings file); a failed write is
    // reported on stderr: it must not turn a finished rehearsal into an error.
    void remember(const PrompterView& view, std::size_t sentence);

private:
    std::unique_ptr<SdlSubsystem> m_video;
    TtfLibrary m_ttf;
    FontChoice m_font;
    const PrompterAppOptions* m_options;
    PrompterSettings m_settings;
    std::string m_script_hash;
};

// Starts the video system for a prompter app, or says why no window can open here (the CLI
// then prints the timing table instead).
[[nodiscard]] std::variant<std::unique_ptr<PrompterStartup>, PrompterRun> start_prompter(const Script& script,
    const PrompterAppOptions& options);

} // namespace podium
