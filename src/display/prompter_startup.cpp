// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/prompter_startup.hpp"

#include "core/error.hpp"
#include "core/text/content_hash.hpp"

#include <iostream>

namespace podium {

PrompterStartup::PrompterStartup(std::unique_ptr<SdlSubsystem> video, const Script& script,
    const PrompterAppOptions& options)
    : m_video(std::move(video)), m_font(locate_font(font_folders())), m_options(&options),
      m_script_hash(content_hash_hex(script.text))
{
    if (options.settings_file) {
        SettingsLoad loaded = load_settings(*options.settings_file);
        if (!loaded.message.empty()) {
            std::cerr << "podium: " << loaded.message << '\n';
        }
        m_settings = std::move(loaded.settings);
    }
}

PrompterOptions PrompterStartup::prompter_options() const
{
    PrompterOptions options = apply_settings(PrompterOptions{}, m_settings);
    if (m_options->font_size) {
        options.font_size = *m_options->font_size;
    }
    return options;
}

std::optional<std::size_t> PrompterStartup::last_position() const
{
    return podium::last_position(m_settings, m_script_hash);
}

void PrompterStartup::remember(const PrompterView& view, std::size_t sentence)
{
    if (!m_options->settings_file) {
        return;
    }
    remember_view(m_settings, view);
    remember_position(m_settings, m_script_hash, sentence);
    const std::string message = save_settings(*m_options->settings_file, m_settings);
    if (!message.empty()) {
        std::cerr << "podium: settings not saved: " << message << '\n';
    }
}

std::variant<std::unique_ptr<PrompterStartup>, PrompterRun> start_prompter(const Script& script,
    const PrompterAppOptions& options)
{
    if (auto reason = missing_display_reason()) {
        return PrompterRun{PrompterOutcome::NoDisplay, *reason};
    }
    std::unique_ptr<SdlSubsystem> video;
    try {
        video = std::make_unique<SdlSubsystem>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    } catch (const Error& e) {
        return PrompterRun{PrompterOutcome::NoDisplay, e.what()};
    }
    return std::make_unique<PrompterStartup>(std::move(video), script, options);
}

} // namespace podium
