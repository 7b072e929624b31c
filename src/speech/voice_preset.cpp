// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/voice_preset.hpp"

#include "core/io/atomic_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <system_error>

namespace podium {

namespace {

using nlohmann::json;

// Reads an optional number key, checking its range; returns an error message or "".
template <typename T>
std::string read_number(const json& object, const char* key, T& value, double low, double high)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        return {};
    }
    if (!it->is_number()) {
        return std::string("\"") + key + "\" must be a number";
    }
    const double number = it->get<double>();
    if (number < low || number > high) {
        return std::string("\"") + key + "\" must be between " + json(low).dump() + " and " + json(high).dump();
    }
    value = static_cast<T>(number);
    return {};
}

std::string check_keys(const json& object, std::initializer_list<const char*> allowed, const char* where)
{
    for (const auto& [key, value] : object.items()) {
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; })) {
            return std::string("unknown key \"") + key + "\"" + where;
        }
    }
    return {};
}

std::string parse_into(const json& root, VoicePreset& preset)
{
    if (!root.is_object()) {
        return "a voice preset must be a JSON object";
    }
    if (auto error = check_keys(root,
            {"description", "language", "espeak_voice", "rate", "pitch", "volume", "pauses"}, "");
        !error.empty()) {
        return error;
    }
    if (const auto it = root.find("description"); it != root.end() && it->is_string()) {
        preset.description = it->get<std::string>();
    }
    const auto language = root.find("language");
    if (language == root.end() || !language->is_string()
        || (language->get<std::string>() != "zh" && language->get<std::string>() != "en")) {
        return "\"language\" must be \"zh\" (Han text) or \"en\" (Latin text)";
    }
    preset.language = language->get<std::string>() == "zh" ? SpokenLanguage::Chinese : SpokenLanguage::English;
    const auto voice = root.find("espeak_voice");
    if (voice == root.end() || !voice->is_string() || voice->get<std::string>().empty()) {
        return "\"espeak_voice\" must name an eSpeak NG voice (see `espeak-ng --voices`)";
    }
    preset.espeak_voice = voice->get<std::string>();
    for (const auto& error : {read_number(root, "rate", preset.rate, 80, 450),
             read_number(root, "pitch", preset.pitch, 0, 100), read_number(root, "volume", preset.volume, 0, 200)}) {
        if (!error.empty()) {
            return error;
        }
    }
    if (const auto pauses = root.find("pauses"); pauses != root.end()) {
        if (!pauses->is_object()) {
            return "\"pauses\" must be an object of seconds";
        }
        if (auto error = check_keys(*pauses, {"sentence", "paragraph", "section", "placeholder"}, " in \"pauses\"");
            !error.empty()) {
            return error;
        }
        for (const auto& error : {read_number(*pauses, "sentence", preset.pauses.sentence, 0, 10),
                 read_number(*pauses, "paragraph", preset.pauses.paragraph, 0, 10),
                 read_number(*pauses, "section", preset.pauses.section, 0, 10),
                 read_number(*pauses, "placeholder", preset.pauses.placeholder, 0, 10)}) {
            if (!error.empty()) {
                return error;
            }
        }
    }
    return {};
}

} // namespace

const char* language_code(SpokenLanguage language)
{
    return language == SpokenLanguage::Chinese ? "zh" : "en";
}

std::ostream& operator<<(std::ostream& out, const VoicePreset& preset)
{
    return out << "VoicePreset{" << preset.name << ", " << language_code(preset.language) << ", "
               << preset.espeak_voice << ", rate " << preset.rate << ", pitch " << preset.pitch << ", volume "
               << preset.volume << '}';
}

VoicePresetResult parse_voice_preset(std::string_view json_text, std::string name, const std::filesystem::path& source)
{
    const std::string where = source.empty() ? "voice preset " + name : source.string();
    const json root = json::parse(json_text, nullptr, false);
    if (root.is_discarded()) {
        return {std::nullopt, where + ": not valid JSON"};
    }
    VoicePreset preset;
    preset.name = std::move(name);
    preset.source = source;
    if (auto error = parse_into(root, preset); !error.empty()) {
        return {std::nullopt, where + ": " + error};
    }
    return {std::move(preset), {}};
}

const VoicePreset* VoiceCatalog::find(std::string_view name) const
{
    const auto it = std::find_if(presets.begin(), presets.end(), [&](const VoicePreset& p) { return p.name == name; });
    return it == presets.end() ? nullptr : &*it;
}

const VoicePreset* VoiceCatalog::default_for(SpokenLanguage language) const
{
    const VoicePreset* preferred = find(language == SpokenLanguage::Chinese ? "zh-mandarin" : "en-us");
    if (preferred != nullptr && preferred->language == language) {
        return preferred;
    }
    const auto it = std::find_if(presets.begin(), presets.end(), [&](const VoicePreset& p) { return p.language == language; });
    return it == presets.end() ? nullptr : &*it;
}

VoiceCatalog load_voice_catalog(const std::vector<std::filesystem::path>& directories)
{
    std::map<std::string, VoicePreset> by_name;
    VoiceCatalog catalog;
    for (const auto& directory : directories) {
        std::error_code error;
        if (!std::filesystem::is_directory(directory, error)) {
            continue;
        }
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
            if (entry.path().extension() == ".json" && entry.is_regular_file(error)) {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::string text;
            if (!read_whole_file(file, text)) {
                catalog.errors.push_back(file.string() + ": cannot be read");
                continue;
            }
            auto result = parse_voice_preset(text, file.stem().string(), file);
            if (result.preset) {
                by_name[result.preset->name] = std::move(*result.preset);
            } else {
                catalog.errors.push_back(std::move(result.error));
            }
        }
    }
    for (auto& [name, preset] : by_name) {
        catalog.presets.push_back(std::move(preset));
    }
    return catalog;
}

} // namespace podium
