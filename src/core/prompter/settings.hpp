// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/prompter_view.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

// Where the prompter was in a script when it last closed, keyed by the script's content hash
// (core/text/content_hash.hpp), so an edited script does not restore a stale position.
struct LastPosition {
    std::string script_hash;  // content_hash_hex of the script text
    std::size_t sentence = 0;
    friend bool operator==(const LastPosition&, const LastPosition&) = default;
};

// What the prompter remembers between runs ($XDG_CONFIG_HOME/podium/settings.json).
struct PrompterSettings {
    int font_size = 64;
    double pace_factor = 1.0;
    bool mirror = false;
    double reading_line = 1.0 / 3.0;
    ScrollMode mode = ScrollMode::Paced;
    std::vector<LastPosition> last_positions; // most recent first, at most max_last_positions
    friend bool operator==(const PrompterSettings&, const PrompterSettings&) = default;
};

inline constexpr std::size_t max_last_positions = 100;

struct SettingsLoad {
    PrompterSettings settings;
    std::string message;      // empty when fine (or when no file exists yet); else what was wrong
};

[[nodiscard]] std::filesystem::path settings_path(const std::filesystem::path& config_dir);

// A missing file gives defaults and no message; a damaged one gives defaults and a message.
// Out-of-range values are clamped to sane ranges.
[[nodiscard]] SettingsLoad load_settings(const std::filesystem::path& path);
// Atomic write; returns an empty string on success, else a one-line message for the user.
[[nodiscard]] std::string save_settings(const std::filesystem::path& path, const PrompterSettings& settings);

[[nodiscard]] std::string settings_to_json(const PrompterSettings& settings);
// Parses; on error returns defaults and sets `message`.
[[nodiscard]] SettingsLoad settings_from_json(std::string_view json);

// Settings ⇄ prompter options (other option fields keep their values in `base`).
[[nodiscard]] PrompterOptions apply_settings(PrompterOptions base, const PrompterSettings& settings);
// Copies what the windows now show (font size, pace, mirror, reading line, mode) into settings:
// pass the model's view with the window toggles stamped on (WindowToggles::shown).
void remember_view(PrompterSettings& settings, const PrompterView& view);

// The remembered sentence for a script, if any.
[[nodiscard]] std::optional<std::size_t> last_position(const PrompterSettings& settings, const std::string& script_hash);
// Records a position (moves the entry to the front, drops the oldest past max_last_positions).
void remember_position(PrompterSettings& settings, const std::string& script_hash, std::size_t sentence);

} // namespace podium
