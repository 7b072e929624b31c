// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/span.hpp"
#include "speech/voice_preset.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace podium {

// What eSpeak NG is told to use for a run: compared to skip needless voice switches (each
// switch costs time and leaks a little inside eSpeak NG 1.51).
struct EspeakVoiceSettings {
    std::string voice;
    int rate = 175;
    int pitch = 50;
    int volume = 90;
    friend bool operator==(const EspeakVoiceSettings&, const EspeakVoiceSettings&) = default;
};

// The two voices a speech is read with: Han runs by the Chinese preset, Latin runs by the
// English one. Pauses come from the preset of the speech's main language.
struct SpeechVoices {
    VoicePreset chinese;
    VoicePreset english;
    SpokenLanguage primary = SpokenLanguage::Chinese;
    std::optional<int> rate;            // --rate: overrides both presets' rate

    [[nodiscard]] const VoicePreset& preset(SpokenLanguage language) const
    {
        return language == SpokenLanguage::Chinese ? chinese : english;
    }
    [[nodiscard]] const VoicePauses& pauses() const { return preset(primary).pauses; }
    [[nodiscard]] EspeakVoiceSettings settings(SpokenLanguage language) const;
};

enum class RunKind { Speech, Silence };

// A normaliser run inside a planned run: where its text starts in the eSpeak text (in
// characters, 0-based) and where it came from, so word events map back to the source.
struct RunPiece {
    std::size_t first_char = 0;
    std::string spoken;                // the normaliser's text
    Span source;
    std::string source_text;           // the source's bytes, so mapping needs no Script
    bool verbatim = true;              // maps character for character; else as a whole (a reading)
    friend bool operator==(const RunPiece&, const RunPiece&) = default;
};

// One piece of a sentence's audio: text for one voice, or a silence (a placeholder).
// Neighbouring normaliser runs of one language are joined, with the punctuation between them,
// so eSpeak reads a phrase with its natural rhythm instead of word by word.
struct PlannedRun {
    RunKind kind = RunKind::Speech;
    SpokenLanguage language = SpokenLanguage::Chinese;
    std::string text;                  // what eSpeak reads
    std::vector<RunPiece> pieces;
    Span source;                       // the whole run in Script::text
    double silence_seconds = 0.0;      // for Silence runs
    friend bool operator==(const PlannedRun&, const PlannedRun&) = default;
};

struct PlannedSentence {
    std::size_t sentence = 0;          // index into Script::sentences
    Span span;                         // the sentence in Script::text
    std::vector<PlannedRun> runs;
    double pause_after = 0.0;          // seconds of silence after it
    friend bool operator==(const PlannedSentence&, const PlannedSentence&) = default;
};

struct SpeechPlan {
    SpeechVoices voices;
    std::vector<PlannedSentence> sentences;
};

// A half-open range of sentence indices.
struct SentenceRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const SentenceRange&, const SentenceRange&) = default;
};

// Han syllables against English words over the whole script.
[[nodiscard]] SpokenLanguage dominant_language(const Script& script);

// Builds the plan for the sentences in `range` (clamped to the script). The last sentence of
// the plan has no pause after it.
[[nodiscard]] SpeechPlan plan_speech(const Script& script, const SpeechVoices& voices, SentenceRange range);

// Maps a word eSpeak reported in a run (1-based character position and length in characters,
// within run.text) back to a byte span of the source. Verbatim text maps character for
// character; a reading the normaliser wrote (2023 → 二〇二三) maps to its whole source.
[[nodiscard]] Span map_to_source(const PlannedRun& run, int text_position, int length);

} // namespace podium
