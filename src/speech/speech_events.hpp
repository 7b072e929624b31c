// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/text/span.hpp"

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <vector>

namespace podium {

// eSpeak NG's fixed output format: 22050 Hz, mono, signed 16-bit.
inline constexpr int kSpeechSampleRate = 22050;

enum class SpeechEventType { SentenceStart, Word, SentenceEnd };

// Something the listener hears at a given moment, pointing back at the source text.
struct SpeechEvent {
    SpeechEventType type = SpeechEventType::Word;
    std::size_t sentence = 0;          // index into Script::sentences
    std::size_t sample = 0;            // offset from the start of the sentence's audio
    Span source;                       // the word (or the whole sentence) in Script::text
    friend bool operator==(const SpeechEvent&, const SpeechEvent&) = default;
};

std::ostream& operator<<(std::ostream& out, const SpeechEvent& event);

// A piece of synthesised audio, in order. A sentence arrives as one or more chunks; the last
// one has `ends_sentence` set and carries the sentence's length without its trailing pause.
struct AudioChunk {
    std::size_t sentence = 0;
    std::size_t first_sample = 0;      // offset of this chunk within the sentence's audio
    std::vector<std::int16_t> samples;
    std::vector<SpeechEvent> events;   // sample offsets within the sentence
    bool ends_sentence = false;
    std::size_t speech_samples = 0;    // when ends_sentence: samples before the pause
    std::size_t total_samples = 0;     // when ends_sentence: all the sentence's samples
};

} // namespace podium
