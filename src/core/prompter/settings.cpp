// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompter/settings.hpp"

#include "core/i18n/translate.hpp"
#include "core/io/atomic_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <system_error>

namespace podium {

namespace {

constexpr int settings_version = 1;

// Values from a hand-edited or older file are brought into range instead of rejected.
PrompterSettings clamped(PrompterSettings settings)
{
    const PrompterOptions limits;
    settings.font_size = std::clamp(settings.font_size, limits.min_font_size, limits.max_font_size);
    if (!std::isfinite(settings.pace_factor)) {
        settings.pace_factor = 1.0;
    }
    settings.pace_factor = std::clamp(settings.pace_factor, limits.min_pace_factor, limits.max_pace_factor);
    if (!std::isfinite(settings.reading_line)) {
        settings.reading_line = 1.0 / 3.0;
    }
    settings.reading_line = std::clamp(settings.reading_line, 0.1, 0.9);
    if (settings.last_positions.size() > max_last_positions) {
        settings.last_positions.resize(max_last_positions);
    }
    return settings;
}

} // namespace

std::filesystem::path settings_path(const std::filesystem::path& config_dir)
{
    return config_dir / "settings.json";
}

std::string settings_to_json(const PrompterSettings& settings)
{
    nlohmann::json positions = nlohmann::json::array();
    for (const LastPosition& position : settings.last_positions) {
        positions.push_back({{"script", position.script_hash}, {"sentence", position.sentence}});
    }
    const nlohmann::json json = {
        {"version", settings_version},
        {"font_size", settings.font_size},
        {"pace_factor", settings.pace_factor},
        {"mirror", settings.mirror},
        {"reading_line", settings.reading_line},
        {"mode", to_string(settings.mode)},
        {"last_positions", positions},
    };
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

SettingsLoad settings_from_json(std::string_view text)
{
    SettingsLoad result;
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        result.message = _("settings file is not valid JSON");
        return result;
    }
    PrompterSettings settings;
    try {
        // Missing keys keep their defaults: an older file still loads.
        settings.font_size = json.value("font_size", settings.font_size);
        settings.pace_factor = json.value("pace_factor", settings.pace_factor);
        settings.mirror = json.value("mirror", settings.mirror);
        settings.reading_line = json.value("reading_line", settings.reading_line);
        const std::string mode = json.value("mode", std::string(to_string(settings.mode)));
        if (mode == "manual") {
            settings.mode = ScrollMode::Manual;
        } else if (mode == "paced") {
            settings.mode = ScrollMode::Paced;
        } else {
            result.message = fill_in(_("settings file has an unknown mode \"{}\""), mode);
        }
        if (json.contains("last_positions")) {
            for (const auto& entry : json.at("last_positions")) {
                settings.last_positions.push_back(
                    LastPosition{entry.at("script").get<std::string>(), entry.at("sentence").get<std::size_t>()});
            }
        }
    } catch (const nlohmann::json::exception&) {
        result.message = _("settings file has a value of the wrong type");
        return result; // defaults
    }
    result.settings = clamped(std::move(settings));
    return result;
}

SettingsLoad load_settings(const std::filesystem::path& path)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        return {};
    }
    std::string text;
    if (!read_whole_file(path, text)) {
        SettingsLoad result;
        result.message = fill_in(_("cannot read {}; using default settings"), path.string());
        return result;
    }
    SettingsLoad result = settings_from_json(text);
    if (!result.message.empty()) {
        result.message
            = fill_in(_("{0}: {1}; using defaults (delete the file to reset it)"), path.string(), result.message);
    }
    return result;
}

std::string save_settings(const std::filesystem::path& path, const PrompterSettings& settings)
{
    return write_file_atomically(path, settings_to_json(settings));
}

PrompterOptions apply_settings(PrompterOptions base, const PrompterSettings& settings)
{
    base.font_size = settings.font_size;
    base.pace_factor = settings.pace_factor;
    base.reading_line = settings.reading_line;
    base.mode = settings.mode;
    return base;
}

void remember_view(PrompterSettings& settings, const PrompterView& view)
{
    settings.font_size = view.font_size;
    settings.pace_factor = view.pace_factor;
    settings.mirror = view.mirror;
    settings.reading_line = view.reading_line;
    settings.mode = view.mode;
}

std::optional<std::size_t> last_position(const PrompterSettings& settings, const std::string& script_hash)
{
    for (const LastPosition& position : settings.last_positions) {
        if (position.script_hash == script_hash) {
            return position.sentence;
        }
    }
    return std::nullopt;
}

void remember_position(PrompterSettings& settings, const std::string& script_hash, std::size_t sentence)
{
    std::erase_if(settings.last_positions,
        [&](const LastPosition& position) { return position.script_hash == script_hash; });
    settings.last_positions.insert(settings.last_positions.begin(), LastPosition{script_hash, sentence});
    if (settings.last_positions.size() > max_last_positions) {
        settings.last_positions.resize(max_last_positions);
    }
}

} // namespace podium
