// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A whole speech synthesised with its voices and measured sentence by sentence: what
// `podium estimate --by speech` / `--compare-speech` and bench/timing_accuracy build on.
#include "app/loaded_script.hpp"
#include "app/voice_setup.hpp"
#include "core/timing/comparison.hpp"
#include "core/timing/estimate.hpp"
#include "speech/speech_render.hpp"
#include "speech/voice_pace.hpp"

#include <iosfwd>
#include <string>

namespace podium {

// A speech synthesised with its voices, and what is needed to model those voices.
struct SpeechSynthesis {
    std::string voices;        // "zh-mandarin (cmn-latn-pinyin, rate 175), en-us (en-us, rate 150)"
    SpokenLanguage primary = SpokenLanguage::Chinese;
    VoicePace pace;            // the calibration passages
    Timing measured;           // profile: matched_profile() (calibration rates)
    RateFitInput fit;          // how to measure the main rate on the speech
};

// Synthesises the calibration passages and the whole speech (starting the one speech engine of
// the process). Warnings about broken presets go to `err`; `progress` follows the speech's
// sentences. Throws podium::Error.
[[nodiscard]] SpeechSynthesis synthesise_speech(const LoadedScript& loaded, const SpeechVoiceArguments& voice,
    std::ostream& err, const RenderProgress& progress = {});

} // namespace podium
