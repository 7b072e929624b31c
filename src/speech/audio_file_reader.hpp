// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "speech/resampler.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

struct sf_private_tag;

namespace podium {

// Reads a recording (any format and rate libsndfile reads: WAV, FLAC, Ogg, AIFF…) as mono
// float audio at `rate`, block by block, so a long recording never sits in memory whole.
// Channels are averaged.
class AudioFileReader {
public:
    // Throws podium::Error with a one-line message when the file is missing or unreadable.
    AudioFileReader(const std::filesystem::path& path, double rate);
    ~AudioFileReader();
    AudioFileReader(const AudioFileReader&) = delete;
    AudioFileReader& operator=(const AudioFileReader&) = delete;

    // Replaces `out` with the next block (about `frames` source frames); false at the end.
    bool read(std::vector<float>& out, std::size_t frames = 8192);

    [[nodiscard]] double source_rate() const { return m_source_rate; }
    [[nodiscard]] int channels() const { return m_channels; }
    [[nodiscard]] double duration_seconds() const { return m_duration; }

private:
    struct Close {
        void operator()(sf_private_tag* file) const;
    };
    std::unique_ptr<sf_private_tag, Close> m_file;
    std::optional<Resampler> m_resampler; // set once the file's rate is known
    double m_source_rate = 0.0;
    int m_channels = 1;
    double m_duration = 0.0;
    bool m_finished = false;
    std::vector<float> m_interleaved;
    std::vector<float> m_mono;
};

} // namespace podium
