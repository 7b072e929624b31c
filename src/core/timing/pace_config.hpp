// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/timing/pace_profile.hpp"

#include <nlohmann/json_fwd.hpp> // the full header only where JSON is built or read

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace podium {

// A PaceProfile read from settings, or why it could not be.
struct PaceProfileResult {
    PaceProfile profile;
    std::string error; // empty when ok: one line naming the key, the allowed range and the value
    [[nodiscard]] bool ok() const { return error.empty(); }
};

// The settings a profile is made of, by their names in config.json and in `--json` output.
enum class PaceSetting {
    HanPerMinute, WordsPerMinute, SentencePause, ParagraphPause, SectionPause, PlaceholderPause, CommaPause, ColonPause,
};

struct PaceSettingInfo {
    PaceSetting setting;
    std::string_view key;   // "han_per_minute"
    double minimum;
    double maximum;
    std::string_view unit;  // "Han characters per minute", "seconds"
};

[[nodiscard]] std::span<const PaceSettingInfo> pace_settings();
[[nodiscard]] double& setting_of(PaceProfile& profile, PaceSetting setting);
[[nodiscard]] double setting_of(const PaceProfile& profile, PaceSetting setting);

// Checks a value against its range: empty, or "<label> must be between 30 and 600 Han
// characters per minute (got 5)". `label` names where the value came from ("--rate").
[[nodiscard]] std::string validate_setting(const PaceSettingInfo& info, double value, std::string_view label);

// Applies a "pace" object ({"han_per_minute": 220, "section_pause": 2}) on top of `base`.
// Unknown keys and values that are not numbers in range are errors.
[[nodiscard]] PaceProfileResult apply_pace_json(const nlohmann::json& pace, PaceProfile base, std::string_view source);

// Reads config.json and applies its "pace" object; other top-level keys belong to other parts
// of Podium and are left alone. A missing file is not an error: `base` comes back.
[[nodiscard]] PaceProfileResult load_pace_config(const std::filesystem::path& config_file, PaceProfile base);

// The profile as a "pace" object, in the same keys config.json accepts.
[[nodiscard]] nlohmann::ordered_json to_json(const PaceProfile& profile);

} // namespace podium
