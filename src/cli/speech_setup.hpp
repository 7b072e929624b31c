// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/commands.hpp"
#include "core/script/script.hpp"
#include "speech/speech_plan.hpp"
#include "speech/voice_preset.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace podium {

class SpeechEngine;

// The voice options `speak` (and later `estimate --by speech`) share.
struct SpeechVoiceArguments {
    std::vector<std::string> voices;   // --voice NAME (one per language at most)
    std::optional<int> rate;           // --rate N (eSpeak words per minute)
};

// Loads the presets (bundled, then the user's), warning on `err` about broken files.
[[nodiscard]] VoiceCatalog load_presets(std::ostream& err);

// The Chinese and English presets for this script, with --voice/--rate applied. Throws
// podium::Error for an unknown preset name or a language without a preset.
[[nodiscard]] SpeechVoices choose_voices(const Script& script, const VoiceCatalog& catalog,
    const SpeechVoiceArguments& arguments);

// Throws podium::Error when a voice the plan needs is not installed in eSpeak NG.
void require_installed_voices(SpeechEngine& engine, const SpeechPlan& plan);

// Whether the command's stderr is the process's and a terminal (where a progress bar belongs).
[[nodiscard]] bool stderr_is_terminal(const CommandContext& context);

// "[#####.....]  45%  20/45 sentences", redrawn in place on a terminal.
void draw_progress(std::ostream& err, std::size_t done, std::size_t total, const char* unit);

} // namespace podium
