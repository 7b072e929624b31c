// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <filesystem>
#include <optional>

namespace podium {

struct PlaybackRange {
    double from_seconds = 0.0;
    std::optional<double> seconds; // none: to the end of the file
};

// Plays a recording (any file libsndfile reads) through SDL's default audio output from
// `range.from_seconds`, and returns when it has been heard. Returns the seconds played. Throws
// podium::Error with a one-line message (unreadable file, no audio output, start past the end).
double play_recording(const std::filesystem::path& file, const PlaybackRange& range);

} // namespace podium
