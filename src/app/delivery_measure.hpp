// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/recording_follow.hpp"
#include "core/coach/delivery.hpp"
#include "core/rehearsal/rehearsal_run.hpp"
#include "core/script/script.hpp"

#include <filesystem>
#include <vector>

namespace podium {

// A recording's samples (mono) at its own rate: loudness is measured on the whole band the
// microphone heard (BS.1770's K-weighting lifts everything over 1.5 kHz, fricatives included).
struct Recording {
    std::vector<float> samples;
    double rate = 0.0;
};
[[nodiscard]] Recording read_recording(const std::filesystem::path& audio);

// What the coach measures in a recording (src/signal/), at its own rate.
[[nodiscard]] VoiceFrames analyse_recording(const Recording& recording);

// The delivery of a recording of `script`, sentence by sentence along `spans`, against the plan
// at the default pace.
[[nodiscard]] DeliveryReport measure_delivery(const Script& script, const Recording& recording,
    const std::vector<SentenceSpan>& spans);

// A prompter run's sentence visits in its recording's time: where the live follower had the
// reading line while the speaker spoke (visits before the recording began are left out).
[[nodiscard]] std::vector<SentenceSpan> spans_from_visits(const RehearsalRun& run);

// A prompter --listen run, on the run's disk thread once its WAV is final: the whole recording
// followed offline; when the script's reference sound is there, the run's sections and visits
// are re-timed by the offline alignment (retime_by_alignment: the stored per-section times are
// the alignment's, not the live follower's) and the delivery is measured along its sentence
// spans, else along the live visits (spans_from_visits). Throws podium::Error when the recording
// cannot be read (the run is then left as it was).
void measure_recorded_run(RehearsalRun& run, const Script& script, const std::filesystem::path& audio,
    const ScriptReferences& references);

// Sentence spans from a JSON file [{"sentence": I, "start": S, "end": E}, …] (another alignment,
// or the truth of a benchmark). Throws podium::Error with a one-line message when it is not one.
[[nodiscard]] std::vector<SentenceSpan> read_spans(const std::filesystem::path& path);

} // namespace podium
