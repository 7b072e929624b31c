// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_log.hpp"

#include "core/coach/delivery_json.hpp"
#include "core/i18n/translate.hpp"
#include "core/text/content_hash.hpp"
#include "core/text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace podium {

using nlohmann::json;

RehearsalLog new_rehearsal_log(const Script& script, std::string script_name)
{
    RehearsalLog log;
    log.script_hash = content_hash_hex(script.text);
    // The name is a path, and paths are bytes: kept as it will read back from the JSON file, so
    // the log in memory and the log on disk say the same.
    log.script_name = utf8::valid_or_replaced(script_name);
    for (const auto& section : script.sections) {
        log.sections.push_back({section.title, section.level, section.first_sentence, section.end_sentence});
    }
    log.sentence_features = sentence_features(script);
    return log;
}

namespace {

json optional_number(const std::optional<double>& value)
{
    return value ? json(*value) : json(nullptr);
}

json run_to_json(const RehearsalRun& run)
{
    json sections = json::array();
    for (const auto& s : run.sections) {
        json section = {{"title", s.title}, {"level", s.level}, {"status", to_string(s.status)},
            {"seconds", s.seconds}, {"first_reached_at", optional_number(s.first_reached_at)}};
        if (s.voice) {
            section["voice"] = {{"speaking_seconds", s.voice->speaking_seconds},
                {"pause_seconds", s.voice->pause_seconds}, {"syllables", s.voice->syllables}};
        }
        sections.push_back(std::move(section));
    }
    // Visits are the bulk of a log: compact rows [sentence, reached_at, seconds, paused, voiced, end].
    json visits = json::array();
    for (const auto& v : run.visits) {
        visits.push_back(json::array({v.sentence, v.reached_at, v.seconds, v.paused, v.voiced, to_string(v.end)}));
    }
    json pauses = json::array();
    for (const auto& p : run.pauses) {
        pauses.push_back(json::array({p.at, p.seconds}));
    }
    json jumps = json::array();
    for (const auto& j : run.jumps) {
        jumps.push_back(json::array({j.at, j.from_sentence ? json(*j.from_sentence) : json(nullptr), j.to_sentence}));
    }
    json speeds = json::array();
    for (const auto& c : run.speed_changes) {
        speeds.push_back(json::array({c.at, c.pace_factor}));
    }
    json result = {{"id", run.id}, {"started_at", run.started_at},
        {"state", run.state == RunState::Finished ? "finished" : "in_progress"},
        {"total_seconds", run.total_seconds}, {"wall_seconds", run.wall_seconds}, {"sections", sections},
        {"visits", visits}, {"pauses", pauses}, {"jumps", jumps}, {"speed_changes", speeds}};
    // Optional members (added after version 1 shipped): older Podiums ignore them, and logs
    // without them load as runs without voice measures or audio.
    if (run.recording) {
        result["recording"] = {{"file", run.recording->file}, {"offset", run.recording->offset}};
    }
    // The delivery measures carry their own version: a log from a later Podium whose measures
    // this one cannot read still loads, without them.
    if (run.delivery) {
        result["delivery"] = delivery_to_json(*run.delivery);
    }
    return result;
}

RehearsalRun run_from_json(const json& j)
{
    RehearsalRun run;
    run.id = j.at("id").get<std::string>();
    run.started_at = j.at("started_at").get<std::string>();
    run.state = j.at("state").get<std::string>() == "finished" ? RunState::Finished : RunState::InProgress;
    run.total_seconds = j.at("total_seconds").get<double>();
    run.wall_seconds = j.at("wall_seconds").get<double>();
    for (const auto& s : j.at("sections")) {
        SectionResult result;
        result.title = s.at("title").get<std::string>();
        result.level = s.at("level").get<int>();
        const auto status = section_status_from(s.at("status").get<std::string>());
        if (!status) {
            throw std::runtime_error(_("unknown section status"));
        }
        result.status = *status;
        result.seconds = s.at("seconds").get<double>();
        if (!s.at("first_reached_at").is_null()) {
            result.first_reached_at = s.at("first_reached_at").get<double>();
        }
        if (s.contains("voice")) {
            const json& voice = s.at("voice");
            result.voice = SectionVoiceMeasure{voice.at("speaking_seconds").get<double>(),
                voice.at("pause_seconds").get<double>(), voice.at("syllables").get<double>()};
        }
        run.sections.push_back(std::move(result));
    }
    for (const auto& v : j.at("visits")) {
        SentenceVisit visit;
        visit.sentence = v.at(0).get<std::size_t>();
        visit.reached_at = v.at(1).get<double>();
        visit.seconds = v.at(2).get<double>();
        visit.paused = v.at(3).get<bool>();
        visit.voiced = v.at(4).get<bool>();
        const auto end = visit_end_from(v.at(5).get<std::string>());
        if (!end) {
            throw std::runtime_error(_("unknown visit end"));
        }
        visit.end = *end;
        run.visits.push_back(visit);
    }
    for (const auto& p : j.at("pauses")) {
        run.pauses.push_back({p.at(0).get<double>(), p.at(1).get<double>()});
    }
    for (const auto& jump : j.at("jumps")) {
        JumpRecord record;
        record.at = jump.at(0).get<double>();
        if (!jump.at(1).is_null()) {
            record.from_sentence = jump.at(1).get<std::size_t>();
        }
        record.to_sentence = jump.at(2).get<std::size_t>();
        run.jumps.push_back(record);
    }
    for (const auto& c : j.at("speed_changes")) {
        run.speed_changes.push_back({c.at(0).get<double>(), c.at(1).get<double>()});
    }
    if (j.contains("recording")) {
        const json& recording = j.at("recording");
        const std::string file = recording.at("file").get<std::string>();
        // A file name beside the log, never a path elsewhere: a log is data, not instructions.
        if (file.empty() || file.find('/') != std::string::npos || file.find('\\') != std::string::npos
            || file.starts_with('.')) {
            throw std::runtime_error(_("recording outside the rehearsal directory"));
        }
        run.recording = RunRecording{file, recording.at("offset").get<double>()};
    }
    if (j.contains("delivery")) {
        run.delivery = delivery_from_json(j.at("delivery"));
    }
    return run;
}

} // namespace

std::string to_json_text(const RehearsalLog& log)
{
    json sections = json::array();
    for (const auto& s : log.sections) {
        sections.push_back({{"title", s.title}, {"level", s.level}, {"first_sentence", s.first_sentence},
            {"end_sentence", s.end_sentence}});
    }
    json features = json::array();
    for (const auto& f : log.sentence_features) {
        features.push_back(f);
    }
    json runs = json::array();
    for (const auto& run : log.runs) {
        runs.push_back(run_to_json(run));
    }
    // features_model is optional (added after version 1 shipped): older Podiums ignore it.
    const json document = {{"format", rehearsal_log_format}, {"version", rehearsal_log_version},
        {"script_hash", log.script_hash}, {"script_name", log.script_name}, {"sections", sections},
        {"sentence_features", features}, {"features_model", log.features_model}, {"runs", runs}};
    // Titles come from decoded (valid) text, but the script name is a path; a strict dump would
    // throw on a GBK file name. Replacing is lossless for every valid name.
    return document.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

LogParseResult parse_rehearsal_log(std::string_view text)
{
    LogParseResult result;
    const json document = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) {
        result.message = _("not valid JSON (damaged?)");
        return result;
    }
    if (!document.is_object() || !document.contains("format") || document["format"] != rehearsal_log_format) {
        result.message = _("not a Podium rehearsal log");
        return result;
    }
    if (!document.contains("version") || !document["version"].is_number_integer()) {
        result.message = _("rehearsal log without a version");
        return result;
    }
    if (document["version"].get<int>() > rehearsal_log_version) {
        result.message = fill_in(_("written by a newer Podium (log version {}); update Podium to read it"),
            document["version"].get<int>());
        return result;
    }
    try {
        RehearsalLog log;
        log.script_hash = document.at("script_hash").get<std::string>();
        log.script_name = document.at("script_name").get<std::string>();
        for (const auto& s : document.at("sections")) {
            log.sections.push_back({s.at("title").get<std::string>(), s.at("level").get<int>(),
                s.at("first_sentence").get<std::size_t>(), s.at("end_sentence").get<std::size_t>()});
        }
        for (const auto& f : document.at("sentence_features")) {
            // Logs written before the comma and colon pauses hold six features: those
            // sentences' clause pauses are in their rates, so the missing features are 0.
            SentenceFeatures features{};
            const auto values = f.get<std::vector<double>>();
            if (values.size() > features.size()) {
                throw std::runtime_error(fill_in(_("sentence features with {} values"), values.size()));
            }
            std::copy(values.begin(), values.end(), features.begin());
            log.sentence_features.push_back(features);
        }
        // Written before the member existed: the raw counts or the first syllable weights.
        log.features_model = document.contains("features_model") ? document.at("features_model").get<int>() : 1;
        for (const auto& run : document.at("runs")) {
            log.runs.push_back(run_from_json(run));
        }
        result.log = std::move(log);
    } catch (const std::exception& e) {
        result.message = fill_in(_("damaged rehearsal log: {}"), e.what());
    }
    return result;
}

void upsert_run(RehearsalLog& log, const RehearsalRun& run)
{
    const auto same = std::find_if(log.runs.begin(), log.runs.end(), [&](const RehearsalRun& r) { return r.id == run.id; });
    if (same != log.runs.end()) {
        *same = run;
        return;
    }
    // ISO 8601 UTC strings sort by time.
    const auto after = std::upper_bound(log.runs.begin(), log.runs.end(), run,
        [](const RehearsalRun& a, const RehearsalRun& b) { return a.started_at < b.started_at; });
    log.runs.insert(after, run);
}

} // namespace podium
