// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/speech_setup.hpp"

#include "core/error.hpp"
#include "speech/speech_engine.hpp"
#include "speech/voice_directories.hpp"

#include <iostream>
#include <ostream>
#include <unistd.h>

namespace podium {

VoiceCatalog load_presets(std::ostream& err)
{
    VoiceCatalog catalog = load_voice_catalog(voice_search_path(process_environment()));
    for (const std::string& error : catalog.errors) {
        err << "podium: warning: skipping voice preset " << error << '\n';
    }
    return catalog;
}

SpeechVoices choose_voices(const Script& script, const VoiceCatalog& catalog, const SpeechVoiceArguments& arguments)
{
    const VoicePreset* chinese = catalog.default_for(SpokenLanguage::Chinese);
    const VoicePreset* english = catalog.default_for(SpokenLanguage::English);
    for (const std::string& name : arguments.voices) {
        const VoicePreset* preset = catalog.find(name);
        if (preset == nullptr) {
            throw Error("no voice preset named '" + name + "': see `podium voices`");
        }
        (preset->language == SpokenLanguage::Chinese ? chinese : english) = preset;
    }
    if (chinese == nullptr || english == nullptr) {
        const auto directory = bundled_voices_directory();
        throw Error(std::string("no ") + (chinese == nullptr ? "Chinese" : "English")
            + " voice preset found (looked in " + (directory ? directory->string() + " and " : std::string())
            + user_voices_directory(process_environment()).string() + "): see voices/README.md");
    }
    return {*chinese, *english, dominant_language(script), arguments.rate};
}

void require_installed_voices(SpeechEngine& engine, const SpeechPlan& plan)
{
    bool uses[2] = {false, false};
    for (const auto& sentence : plan.sentences) {
        for (const auto& run : sentence.runs) {
            uses[run.language == SpokenLanguage::Chinese ? 0 : 1] |= run.kind == RunKind::Speech;
        }
    }
    for (const SpokenLanguage language : {SpokenLanguage::Chinese, SpokenLanguage::English}) {
        const VoicePreset& preset = plan.voices.preset(language);
        if (uses[language == SpokenLanguage::Chinese ? 0 : 1] && !engine.installed({preset.espeak_voice}).front()) {
            throw Error("eSpeak NG voice '" + preset.espeak_voice + "' (preset " + preset.name
                + ") is not installed: see `podium voices` and `espeak-ng --voices`");
        }
    }
}

bool stderr_is_terminal(const CommandContext& context)
{
    return &context.err == &std::cerr && isatty(STDERR_FILENO) != 0;
}

void draw_progress(std::ostream& err, std::size_t done, std::size_t total, const char* unit)
{
    constexpr std::size_t width = 30;
    const std::size_t filled = total == 0 ? width : done * width / total;
    const std::size_t percent = total == 0 ? 100 : done * 100 / total;
    err << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << percent << "%  " << done
        << '/' << total << ' ' << unit << std::flush;
    if (done == total) {
        err << '\n';
    }
}

} // namespace podium
