// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/subtitles.hpp"

#include <cmath>
#include <cstdio>

namespace podium {

std::string format_subtitle_time(double seconds, SubtitleFormat format)
{
    const long long total_ms = std::llround(std::max(seconds, 0.0) * 1000.0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld%c%03lld", total_ms / 3'600'000, total_ms / 60'000 % 60,
        total_ms / 1000 % 60, format == SubtitleFormat::Srt ? ',' : '.', total_ms % 1000);
    return buffer;
}

std::string format_subtitles(const Script& script, const SpeechRendering& rendering, SubtitleFormat format)
{
    std::string out = format == SubtitleFormat::WebVtt ? "WEBVTT\n\n" : "";
    std::size_t number = 0;
    for (const RenderedSentence& sentence : rendering.sentences) {
        if (sentence.speech_samples == 0) {
            continue; // nothing was said (a sentence of placeholders)
        }
        ++number;
        if (format == SubtitleFormat::Srt) {
            out += std::to_string(number) + '\n';
        }
        out += format_subtitle_time(sentence.start_seconds(), format) + " --> "
            + format_subtitle_time(sentence.end_of_speech_seconds(), format) + '\n';
        out += script.shown_sentence_text(sentence.sentence) + "\n\n";
    }
    return out;
}

} // namespace podium
