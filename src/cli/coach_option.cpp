// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/coach_option.hpp"

#include "cli/config_entry.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"

#include <nlohmann/json.hpp>


namespace podium {

namespace {

std::optional<std::string> config_coach(const std::filesystem::path& config_file)
{
    const std::optional<nlohmann::json> coach = config_entry(config_file, "coach");
    if (!coach) {
        return std::nullopt;
    }
    return coach->is_string() ? coach->get<std::string>() : coach->dump();
}

} // namespace

CoachMode resolve_coach_mode(const std::string& option, const std::filesystem::path& config_file, bool listen)
{
    if (!option.empty()) {
        if (const auto mode = parse_coach_mode(option)) {
            return *mode;
        }
        throw Error(fill_in(_("--coach {}: say off, quiet (time cues only) or on"), option));
    }
    if (const auto configured = config_coach(config_file)) {
        if (const auto mode = parse_coach_mode(*configured)) {
            return *mode;
        }
        throw Error(fill_in(_("{0}: \"coach\": {1} is not off, quiet or on"), config_file.string(), *configured));
    }
    return listen ? CoachMode::On : CoachMode::Off;
}

} // namespace podium
