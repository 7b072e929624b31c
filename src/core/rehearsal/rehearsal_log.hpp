// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/pace_features.hpp"
#include "core/rehearsal/rehearsal_run.hpp"
#include "core/script/script.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

// Bumped when the file format changes incompatibly; a newer file is reported and skipped.
inline constexpr int rehearsal_log_version = 1;
inline constexpr std::string_view rehearsal_log_format = "podium-rehearsal-log";
// The timing model the sentence features were counted under (core/timing/speech_units.hpp):
// 1 raw Han characters and English words/syllables, 2 syllable weights, 3 English letters.
// Bumped whenever the units change, so a log can say it holds older features. Logs without
// the member are model 1 or 2.
inline constexpr int sentence_features_model = 3;

struct LoggedSection {
    std::string title;
    int level = 1;
    std::size_t first_sentence = 0;
    std::size_t end_sentence = 0;
    friend bool operator==(const LoggedSection&, const LoggedSection&) = default;
};

// All runs of one version of a script (one content hash). The section titles and the sentence
// features travel with the runs, so old runs still mean something after the script is edited
// (matched by title) and calibration needs no copy of the old text.
struct RehearsalLog {
    std::string script_hash;
    std::string script_name;                     // the path (or sample name) when recorded
    std::vector<LoggedSection> sections;
    std::vector<SentenceFeatures> sentence_features;
    int features_model = sentence_features_model; // what sentence_features were counted by
    std::vector<RehearsalRun> runs;              // oldest first
    friend bool operator==(const RehearsalLog&, const RehearsalLog&) = default;
};

[[nodiscard]] RehearsalLog new_rehearsal_log(const Script& script, std::string script_name);

[[nodiscard]] std::string to_json_text(const RehearsalLog& log);

struct LogParseResult {
    std::optional<RehearsalLog> log;
    std::string message; // why it was rejected (one line), empty on success
};

// Never throws: damaged, foreign or newer files come back with a message.
[[nodiscard]] LogParseResult parse_rehearsal_log(std::string_view text);

// Adds or replaces `run` by id, keeping runs ordered by start time.
void upsert_run(RehearsalLog& log, const RehearsalRun& run);

} // namespace podium
