// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/pace_config.hpp"

#include "core/i18n/translate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace podium {

namespace {

constexpr std::array<PaceSettingInfo, 8> kSettings{{
    {PaceSetting::HanPerMinute, "han_per_minute", 30.0, 600.0, N_("Han characters per minute")},
    {PaceSetting::WordsPerMinute, "words_per_minute", 30.0, 400.0, N_("words per minute")},
    {PaceSetting::SentencePause, "sentence_pause", 0.0, 10.0, N_("seconds")},
    {PaceSetting::ParagraphPause, "paragraph_pause", 0.0, 10.0, N_("seconds")},
    {PaceSetting::SectionPause, "section_pause", 0.0, 30.0, N_("seconds")},
    {PaceSetting::PlaceholderPause, "placeholder_pause", 0.0, 10.0, N_("seconds")},
    {PaceSetting::CommaPause, "comma_pause", 0.0, 5.0, N_("seconds")},
    {PaceSetting::ColonPause, "colon_pause", 0.0, 5.0, N_("seconds")},
}};

std::string number_text(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string known_keys()
{
    std::string out;
    for (const auto& info : kSettings) {
        out += out.empty() ? "" : ", ";
        out += info.key;
    }
    return out;
}

} // namespace

std::ostream& operator<<(std::ostream& out, const PaceProfile& profile)
{
    return out << to_json(profile).dump();
}

std::span<const PaceSettingInfo> pace_settings() { return kSettings; }

double& setting_of(PaceProfile& profile, PaceSetting setting)
{
    switch (setting) {
    case PaceSetting::HanPerMinute: return profile.han_per_minute;
    case PaceSetting::WordsPerMinute: return profile.words_per_minute;
    case PaceSetting::SentencePause: return profile.sentence_pause;
    case PaceSetting::ParagraphPause: return profile.paragraph_pause;
    case PaceSetting::SectionPause: return profile.section_pause;
    case PaceSetting::PlaceholderPause: return profile.placeholder_pause;
    case PaceSetting::CommaPause: return profile.comma_pause;
    case PaceSetting::ColonPause: return profile.colon_pause;
    }
    return profile.han_per_minute;
}

double setting_of(const PaceProfile& profile, PaceSetting setting)
{
    PaceProfile copy = profile;
    return setting_of(copy, setting);
}

std::string validate_setting(const PaceSettingInfo& info, double value, std::string_view label)
{
    if (value >= info.minimum && value <= info.maximum) {
        return {};
    }
    return fill_in(_("{} must be between {} and {} {} (got {})"), std::string(label), number_text(info.minimum), number_text(info.maximum), translated(info.unit), number_text(value));
}

PaceProfileResult apply_pace_json(const nlohmann::json& pace, PaceProfile base, std::string_view source)
{
    PaceProfileResult result{base, {}};
    if (!pace.is_object()) {
        result.error = fill_in(_("{}: \"pace\" must be an object such as {{\"han_per_minute\": 200}}"), std::string(source));
        return result;
    }
    for (const auto& [key, value] : pace.items()) {
        const auto* info = std::find_if(kSettings.begin(), kSettings.end(),
            [&key = key](const PaceSettingInfo& candidate) { return candidate.key == key; });
        if (info == kSettings.end()) {
            result.error = fill_in(_("{}: unknown pace setting \"{}\" (known: {})"), std::string(source), key, known_keys());
            return result;
        }
        if (!value.is_number()) {
            result.error = fill_in(_("{}: pace.{} must be a number (got {})"), std::string(source), key, value.dump());
            return result;
        }
        const double number = value.get<double>();
        if (std::string error = validate_setting(*info, number, std::string(source) + ": pace." + key);
            !error.empty()) {
            result.error = std::move(error);
            return result;
        }
        setting_of(result.profile, info->setting) = number;
    }
    return result;
}

PaceProfileResult load_pace_config(const std::filesystem::path& config_file, PaceProfile base)
{
    std::ifstream in(config_file, std::ios::binary);
    if (!in) {
        std::error_code error;
        if (std::filesystem::exists(config_file, error)) {
            return {base, fill_in(_("{}: cannot be read; check its permissions"), config_file.string())};
        }
        return {base, {}};
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const nlohmann::json config = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (config.is_discarded()) {
        return {base, fill_in(_("{}: not valid JSON; fix the file or remove it"), config_file.string())};
    }
    if (!config.is_object()) {
        return {base,
            fill_in(_("{}: must hold a JSON object such as {{\"pace\": {{\"han_per_minute\": 200}}}}"), config_file.string())};
    }
    const auto pace = config.find("pace");
    if (pace == config.end()) {
        return {base, {}};
    }
    return apply_pace_json(*pace, base, config_file.string());
}

nlohmann::ordered_json to_json(const PaceProfile& profile)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& info : kSettings) {
        out[std::string(info.key)] = setting_of(profile, info.setting);
    }
    return out;
}

} // namespace podium
