// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/spoken_text.hpp"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

// Silences the voice adds after a sentence, a paragraph and a section, and in place of an
// unfilled placeholder, in seconds. The largest applicable one is used (a section end is
// also a paragraph end).
struct VoicePauses {
    double sentence = 0.5;
    double paragraph = 0.9;
    double section = 1.5;
    double placeholder = 0.3;
    friend bool operator==(const VoicePauses&, const VoicePauses&) = default;
};

// One voice preset (voices/<name>.json): which eSpeak NG voice reads which language, how fast,
// and the pauses between sentences. The name is the file name without ".json".
struct VoicePreset {
    std::string name;
    std::string description;
    SpokenLanguage language = SpokenLanguage::Chinese;
    std::string espeak_voice;          // e.g. "cmn-latn-pinyin", "en-us", "en-gb"
    int rate = 175;                    // eSpeak words per minute (80–450)
    int pitch = 50;                    // 0–100
    int volume = 90;                   // 0–200; 100 is eSpeak's full volume, more distorts
    VoicePauses pauses;
    std::filesystem::path source;      // the file it came from
    friend bool operator==(const VoicePreset&, const VoicePreset&) = default;
};

std::ostream& operator<<(std::ostream& out, const VoicePreset& preset);

struct VoicePresetResult {
    std::optional<VoicePreset> preset;
    std::string error;                 // one line, naming the file, when preset is empty
};

// Parses the JSON text of a preset. Unknown keys are rejected so a typo does not pass silently.
[[nodiscard]] VoicePresetResult parse_voice_preset(std::string_view json_text, std::string name,
    const std::filesystem::path& source = {});

[[nodiscard]] const char* language_code(SpokenLanguage language); // "zh" / "en"

// Every preset found in `directories`, later directories overriding earlier ones by name
// (bundled first, then the user's). Files that fail to parse are reported in `errors`.
struct VoiceCatalog {
    std::vector<VoicePreset> presets;  // sorted by name
    std::vector<std::string> errors;

    [[nodiscard]] const VoicePreset* find(std::string_view name) const;
    // The preset for a language: "zh-mandarin" / "en-us" when present, else the first by name.
    [[nodiscard]] const VoicePreset* default_for(SpokenLanguage language) const;
};

[[nodiscard]] VoiceCatalog load_voice_catalog(const std::vector<std::filesystem::path>& directories);

} // namespace podium
