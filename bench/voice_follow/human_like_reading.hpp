// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// eSpeak NG made to read like a person (issue 21): the script's speech plan read clause by
// clause, each clause with its own rate and pitch drawn around the speaker's (espeak -s/-p per
// clause), clause pauses of 0.15–0.6 s and sentence-end pauses of 0.25–1.2 s from overlapping
// distributions (so a pause alone cannot say where a sentence ends), a breath in some pauses,
// and room noise (pink) at a given SNR. The truth is where each sentence's voice begins and ends.
#include "core/script/script.hpp"
#include "speech/speech_engine.hpp"
#include "speech/speech_plan.hpp"

#include <cstdint>
#include <vector>

namespace podium::bench {

struct Speaker {
    double rate = 1.0;        // of the presets' rate, for the whole speech
    double rate_spread = 0.1; // clause to clause (log-normal σ), kept within 0.7–1.4× overall
    int pitch_spread = 12;    // clause to clause, on eSpeak's 0–100 pitch
    const char* variant = ""; // eSpeak voice variant ("+f2": a female-sounding voice), or none
    double snr_db = 20.0;     // room noise against the voice's power
    std::uint32_t seed = 1;
};

struct SentenceTruth {
    std::size_t sentence = 0;
    double start = 0.0; // first voice, seconds
    double end = 0.0;   // last voice
};

struct HumanLikeReading {
    std::vector<float> audio; // 16 kHz mono, noise mixed in
    std::vector<SentenceTruth> sentences;
    [[nodiscard]] double seconds() const { return static_cast<double>(audio.size()) / 16000.0; }
};

// Reads sentences [0, sentence_limit) of `script` (all when 0).
[[nodiscard]] HumanLikeReading read_like_a_person(SpeechEngine& engine, const Script& script, const SpeechVoices& voices,
    const Speaker& speaker, std::size_t sentence_limit = 0);

} // namespace podium::bench
