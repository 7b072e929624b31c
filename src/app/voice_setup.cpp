// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/voice_setup.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "speech/speech_engine.hpp"
#include "speech/voice_directories.hpp"

#include <ostream>

namespace podium {

VoiceCatalog load_presets(std::ostream& err)
{
    VoiceCatalog catalog = load_voice_catalog(voice_search_path(process_environment()));
    for (const std::string& error : catalog.errors) {
        err << "podium: " << fill_in(_("warning: skipping voice preset {}"), error) << '\n';
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
            throw Error(fill_in(_("no voice preset named '{}': see `podium voices`"), name));
        }
        (preset->language == SpokenLanguage::Chinese ? chinese : english) = preset;
    }
    if (chinese == nullptr || english == nullptr) {
        const auto directory = bundled_voices_directory();
        throw Error(fill_in(chinese == nullptr ? _("no Chinese voice preset found (looked in {}): see voices/README.md")
                                          : _("no English voice preset found (looked in {}): see voices/README.md"),
            (directory ? directory->string() + _(" and ") : std::string()) + user_voices_directory(process_environment()).string()));
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
            throw Error(fill_in(_("eSpeak NG voice '{}' (preset {}) is not installed: see `podium voices` and `espeak-ng --voices`"), preset.espeak_voice, preset.name));
        }
    }
}

} // namespace podium
