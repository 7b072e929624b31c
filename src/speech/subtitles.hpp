// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "speech/speech_render.hpp"

#include <string>

namespace podium {

enum class SubtitleFormat { Srt, WebVtt };

// One cue per spoken sentence, from when its voice starts to when it stops (pauses excluded),
// with the sentence's text. For rehearsal videos.
[[nodiscard]] std::string format_subtitles(const Script& script, const SpeechRendering& rendering, SubtitleFormat format);

// "01:02:03,456" (SRT) or "01:02:03.456" (WebVTT).
[[nodiscard]] std::string format_subtitle_time(double seconds, SubtitleFormat format);

} // namespace podium
