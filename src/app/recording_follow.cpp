// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recording_follow.hpp"

#include "core/follow/offline_aligner.hpp"
#include "core/follow/script_follower.hpp"
#include "speech/audio_file_reader.hpp"

#include <algorithm>
#include <span>

namespace podium {

namespace {

constexpr double kFollowRate = 16000.0;
constexpr std::size_t kStepSamples = 4000; // 250 ms at 16 kHz: one logged sample

} // namespace

RecordingFollow follow_recording(const Script& script, const std::filesystem::path& audio,
    const ScriptReferences& references, const FollowProgress& progress)
{
    AudioFileReader reader(audio, kFollowRate);
    ScriptFollower follower(script, kFollowRate);
    const AcousticSettings settings;
    follower.set_references(references, settings);
    follower.keep_features(follower.has_reference());
    FollowLog log;
    const double duration = reader.duration_seconds();
    std::vector<float> block;
    std::vector<float> pending;
    std::size_t fed = 0;
    bool more = true;
    while (more) {
        more = reader.read(block);
        pending.insert(pending.end(), block.begin(), block.end());
        std::size_t used = 0;
        while (pending.size() - used >= kStepSamples) {
            follower.feed(std::span<const float>(pending).subspan(used, kStepSamples));
            used += kStepSamples;
            fed += kStepSamples;
            log.add(static_cast<double>(fed) / kFollowRate, follower.position());
        }
        pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(used));
        if (progress) {
            progress(static_cast<double>(fed) / kFollowRate, duration);
        }
    }
    RecordingFollow result{std::move(log), std::nullopt, std::nullopt};
    if (follower.has_reference()) {
        result.reference = follower.reference_choice();
        const ScriptReference& chosen = *references.at(follower.reference_choice());
        const auto voiced = static_cast<double>(std::count(follower.kept_voiced().begin(), follower.kept_voiced().end(), true));
        // Offline the reader's pace over the whole recording is known before aligning.
        AcousticSettings offline = settings;
        offline.steps = steps_for_rate(reading_rate(static_cast<double>(follower.kept_nuclei()), voiced, chosen));
        result.alignment = align_recording(references.at(follower.reference_choice()), follower.kept_features(),
            follower.kept_voiced(), offline);
    }
    return result;
}

} // namespace podium
