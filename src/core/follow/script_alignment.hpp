#pragma once
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <vector>

namespace podium {

// When one sentence of the script was spoken in a recording: from the first to the last moment
// of voice the offline aligner matched to it, in seconds from the start of the recording.
// A sentence read twice has two spans; a skipped one has none.
struct SentenceSpan {
    std::size_t sentence = 0;  // index into Script::sentences (as `podium split --json`)
    double start = 0.0;
    double end = 0.0;
    [[nodiscard]] double seconds() const { return end - start; }
    friend bool operator==(const SentenceSpan&, const SentenceSpan&) = default;
};

std::ostream& operator<<(std::ostream& out, const SentenceSpan& span);

// The whole recording aligned with the script, after the fact (it may use the future of the
// recording, unlike the live follower): what `podium follow` uses for subtitles, rehearsal runs
// and measured pace, and what the delivery coach measures sentences by.
struct ScriptAlignment {
    std::vector<SentenceSpan> spans;  // in recording order, never overlapping
    double duration = 0.0;            // seconds of recording aligned

    // The sentence being spoken (or last spoken) at `seconds`, if any was by then.
    [[nodiscard]] std::optional<std::size_t> sentence_at(double seconds) const;
    // The first span of `sentence`, if it was spoken.
    [[nodiscard]] std::optional<SentenceSpan> first_span(std::size_t sentence) const;
    friend bool operator==(const ScriptAlignment&, const ScriptAlignment&) = default;
};

} // namespace podium
