// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/delivery.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace podium {

// How a section fared in one run.
enum class SectionStatus {
    Completed, // every sentence of the section reached the reading line
    Partial,   // some did: the speaker jumped out of it, or the run ended inside it
    Skipped,   // none did: jumped over or never reached. Not a zero-length section.
};

[[nodiscard]] const char* to_string(SectionStatus status);
[[nodiscard]] std::optional<SectionStatus> section_status_from(const std::string& text);

// How one visit of a sentence on the reading line ended. Only `Next` visits without a pause
// measure the speaker's reading time of that sentence (used by calibration).
enum class VisitEnd { Next, Jump, Backward, Finish, Open };

[[nodiscard]] const char* to_string(VisitEnd end);
[[nodiscard]] std::optional<VisitEnd> visit_end_from(const std::string& text);

struct SentenceVisit {
    std::size_t sentence = 0;
    double reached_at = 0.0;   // wall seconds since the run started
    double seconds = 0.0;      // time on the reading line, pauses excluded
    bool paused = false;       // a pause happened during the visit
    bool voiced = false;       // speech-follow was on: the voice set the time, not the speaker
    VisitEnd end = VisitEnd::Open;
    friend bool operator==(const SentenceVisit&, const SentenceVisit&) = default;
};

// What the microphone measured while the reading line was in a section (its subtree), when the
// speaker's own voice led (--listen, L): how long they spoke, how long they paused, how many
// syllables they said. Pace calibration reads these as the speaker's articulation rate
// (syllables / speaking_seconds) and pause share (pause_seconds / (speaking + pause)).
struct SectionVoiceMeasure {
    double speaking_seconds = 0.0;
    double pause_seconds = 0.0;
    double syllables = 0.0;
    [[nodiscard]] double syllables_per_minute() const
    {
        return speaking_seconds > 0.0 ? syllables * 60.0 / speaking_seconds : 0.0;
    }
    friend bool operator==(const SectionVoiceMeasure&, const SectionVoiceMeasure&) = default;
};

struct SectionResult {
    std::string title;
    int level = 1;
    SectionStatus status = SectionStatus::Skipped;
    double seconds = 0.0;                    // time spent on its sentences, pauses excluded
    std::optional<double> first_reached_at;  // wall seconds; none when skipped
    std::optional<SectionVoiceMeasure> voice; // measured from the voice; none unless listened to
    friend bool operator==(const SectionResult&, const SectionResult&) = default;
};

// The run's audio (--listen): a WAV file beside the rehearsal log, `file` relative to the
// log's directory; its first sample was heard `offset` wall seconds into the run.
struct RunRecording {
    std::string file;
    double offset = 0.0;
    friend bool operator==(const RunRecording&, const RunRecording&) = default;
};

struct PauseRecord {
    double at = 0.0;
    double seconds = 0.0;
    friend bool operator==(const PauseRecord&, const PauseRecord&) = default;
};

struct JumpRecord {
    double at = 0.0;
    std::optional<std::size_t> from_sentence;
    std::size_t to_sentence = 0;
    friend bool operator==(const JumpRecord&, const JumpRecord&) = default;
};

struct SpeedChange {
    double at = 0.0;
    double pace_factor = 1.0;
    friend bool operator==(const SpeedChange&, const SpeedChange&) = default;
};

enum class RunState { InProgress, Finished };

// One rehearsal: what reached the reading line when. Times are seconds since the run started.
struct RehearsalRun {
    std::string id;            // unique per run (start time + a random suffix from the caller)
    std::string started_at;    // ISO 8601 UTC, given by the caller (the core reads no clock)
    RunState state = RunState::InProgress; // InProgress when saved mid-run (or Podium died)
    double total_seconds = 0.0; // spoken time: wall time minus pauses
    double wall_seconds = 0.0;
    std::vector<SectionResult> sections;   // parallel to the script's sections when recorded
    std::vector<SentenceVisit> visits;     // in order
    std::vector<PauseRecord> pauses;
    std::vector<JumpRecord> jumps;
    std::vector<SpeedChange> speed_changes;
    std::optional<RunRecording> recording;  // none: no audio was recorded
    std::optional<DeliveryReport> delivery; // how it sounded (core/coach); none: not measured
    friend bool operator==(const RehearsalRun&, const RehearsalRun&) = default;
};

std::ostream& operator<<(std::ostream& out, const RehearsalRun& run);

} // namespace podium
