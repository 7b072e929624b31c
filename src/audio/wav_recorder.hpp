// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>

struct sf_private_tag;

namespace podium {

// A rehearsal's audio, written as it is heard: 16-bit mono WAV through libsndfile, straight to
// its final path. The header is rewritten after at least every second of audio, so a crash
// (or a pulled plug) leaves a playable file up to the last second; close() (or the destructor)
// finalises it. Samples beyond ±1 are clipped, not wrapped round.
class WavRecorder {
public:
    // Throws podium::Error when the file cannot be created.
    WavRecorder(const std::filesystem::path& path, int sample_rate);
    ~WavRecorder();
    WavRecorder(const WavRecorder&) = delete;
    WavRecorder& operator=(const WavRecorder&) = delete;

    // Returns an empty string, or a one-line message when the write failed (disk full): the
    // rehearsal goes on, the file keeps what was written.
    [[nodiscard]] std::string write(std::span<const float> samples);
    // Rewrites the header now (the device went away; the file must be valid as it is).
    void flush();
    void close();

    [[nodiscard]] std::int64_t frames() const { return m_frames; }
    [[nodiscard]] double seconds() const { return static_cast<double>(m_frames) / m_sample_rate; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    struct CloseFile {
        void operator()(sf_private_tag* file) const;
    };
    std::filesystem::path m_path;
    double m_sample_rate;
    std::unique_ptr<sf_private_tag, CloseFile> m_file;
    std::int64_t m_frames = 0;
    std::int64_t m_frames_at_header = 0;
};

} // namespace podium
