// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "speech/speech_engine.hpp"
#include "speech/speech_events.hpp"
#include "speech/speech_plan.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace podium {

// Where a sentence lies in the rendered audio, in samples.
struct RenderedSentence {
    std::size_t sentence = 0;          // index into Script::sentences
    std::size_t start = 0;             // first sample
    std::size_t speech_samples = 0;    // spoken part
    std::size_t total_samples = 0;     // spoken part + the pause after it
    [[nodiscard]] double start_seconds() const { return static_cast<double>(start) / kSpeechSampleRate; }
    [[nodiscard]] double end_of_speech_seconds() const
    {
        return static_cast<double>(start + speech_samples) / kSpeechSampleRate;
    }
    friend bool operator==(const RenderedSentence&, const RenderedSentence&) = default;
};

// An event at an absolute sample of the rendered audio.
struct RenderedEvent {
    std::size_t at = 0;
    SpeechEvent event;
    friend bool operator==(const RenderedEvent&, const RenderedEvent&) = default;
};

struct SpeechRendering {
    std::vector<RenderedSentence> sentences;
    std::vector<RenderedEvent> events;
    std::size_t total_samples = 0;
    [[nodiscard]] double seconds() const { return static_cast<double>(total_samples) / kSpeechSampleRate; }
};

using AudioSink = std::function<void(std::span<const std::int16_t>)>;
using RenderProgress = std::function<void(std::size_t sentences_done, std::size_t sentences_total)>;

// Synthesises the whole plan as fast as eSpeak NG goes, passing the audio to `sink` in order.
// Throws podium::Error when synthesis fails.
SpeechRendering render_speech(SpeechEngine& engine, SpeechPlan plan, const AudioSink& sink,
    const RenderProgress& progress = {});

} // namespace podium
