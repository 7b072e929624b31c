// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/delivery_measure.hpp"

#include "core/coach/coach_plan.hpp"
#include "core/error.hpp"
#include "core/rehearsal/aligned_run.hpp"
#include "core/i18n/translate.hpp"
#include "core/timing/estimate.hpp"
#include "signal/voice_analysis.hpp"
#include "speech/audio_file_reader.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace podium {

Recording read_recording(const std::filesystem::path& audio)
{
    const double rate = AudioFileReader(audio, 16000.0).source_rate();
    AudioFileReader reader(audio, rate);
    Recording recording{{}, rate};
    std::vector<float> block;
    bool more = true;
    while (more) {
        more = reader.read(block);
        recording.samples.insert(recording.samples.end(), block.begin(), block.end());
    }
    return recording;
}

VoiceFrames analyse_recording(const Recording& recording) { return analyse_voice(recording.samples, recording.rate); }

DeliveryReport measure_delivery(const Script& script, const Recording& recording, const std::vector<SentenceSpan>& spans)
{
    const CoachPlan plan = plan_delivery(script, estimate_timing(script, PaceProfile{}));
    return analyse_delivery(plan, analyse_recording(recording), spans);
}

std::vector<SentenceSpan> spans_from_visits(const RehearsalRun& run)
{
    std::vector<SentenceSpan> spans;
    const double offset = run.recording ? run.recording->offset : 0.0;
    for (const SentenceVisit& visit : run.visits) {
        const double start = visit.reached_at - offset;
        if (start >= 0.0 && visit.seconds > 0.0 && !visit.voiced) {
            spans.push_back(SentenceSpan{visit.sentence, start, start + visit.seconds});
        }
    }
    return spans;
}

void measure_recorded_run(RehearsalRun& run, const Script& script, const std::filesystem::path& audio,
    const ScriptReferences& references)
{
    const Recording recording = read_recording(audio);
    RehearsalRun measured = run;
    std::vector<SentenceSpan> spans = spans_from_visits(run);
    if (!references.empty()) {
        RecordingFollow followed = follow_recording(script, audio, references);
        if (followed.alignment && !followed.alignment->spans.empty()) {
            measured = retime_by_alignment(run, script, *followed.alignment);
            spans = std::move(followed.alignment->spans);
        }
    }
    measured.delivery = measure_delivery(script, recording, spans);
    run = std::move(measured);
}

std::vector<SentenceSpan> read_spans(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in) {
        throw Error(fill_in(_("{}: cannot read the sentence spans"), path.string()));
    }
    std::stringstream text;
    text << in.rdbuf();
    std::vector<SentenceSpan> spans;
    try {
        for (const nlohmann::json& item : nlohmann::json::parse(text.str())) {
            spans.push_back(SentenceSpan{item.at("sentence").get<std::size_t>(), item.at("start").get<double>(),
                item.at("end").get<double>()});
        }
    } catch (const nlohmann::json::exception&) {
        throw Error(fill_in(_("{}: not sentence spans; write [{{\"sentence\": 0, \"start\": 0.5, \"end\": 3.2}}, …]"), path.string()));
    }
    return spans;
}

} // namespace podium
