// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_render.hpp"

#include "core/error.hpp"

namespace podium {

SpeechRendering render_speech(SpeechEngine& engine, SpeechPlan plan, const AudioSink& sink, const RenderProgress& progress)
{
    const std::size_t total = plan.sentences.size();
    SpeechRendering rendering;
    rendering.sentences.reserve(total);
    engine.speak(std::move(plan));
    std::size_t sentence_start = 0;
    bool in_sentence = false;
    if (progress) {
        progress(0, total);
    }
    while (true) {
        std::optional<AudioChunk> chunk = engine.next(std::chrono::milliseconds(200));
        if (!chunk) {
            if (engine.finished()) {
                break;
            }
            continue;
        }
        if (!in_sentence) {
            sentence_start = rendering.total_samples;
            in_sentence = true;
        }
        for (const SpeechEvent& event : chunk->events) {
            rendering.events.push_back({sentence_start + event.sample, event});
        }
        if (!chunk->samples.empty()) {
            sink(chunk->samples);
        }
        rendering.total_samples += chunk->samples.size();
        if (chunk->ends_sentence) {
            rendering.sentences.push_back({chunk->sentence, sentence_start, chunk->speech_samples, chunk->total_samples});
            in_sentence = false;
            if (progress) {
                progress(rendering.sentences.size(), total);
            }
        }
    }
    if (auto failure = engine.failure()) {
        throw Error(*failure);
    }
    return rendering;
}

} // namespace podium
