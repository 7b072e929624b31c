// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>

struct sf_private_tag;

namespace podium {

// Writes a 16-bit mono WAV through libsndfile, atomically: the audio goes to a temporary file
// beside the target, which replaces the target only on commit(). Without commit (an error,
// Ctrl-C unwinding) the temporary file is removed and the target is untouched.
class WavWriter {
public:
    // Throws podium::Error when the temporary file cannot be created.
    WavWriter(std::filesystem::path target, int sample_rate);
    ~WavWriter();
    WavWriter(const WavWriter&) = delete;
    WavWriter& operator=(const WavWriter&) = delete;

    void write(std::span<const std::int16_t> samples);   // throws podium::Error
    void commit();                                       // throws podium::Error

private:
    struct CloseFile {
        void operator()(sf_private_tag* file) const;
    };
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    int m_descriptor = -1;
    std::unique_ptr<sf_private_tag, CloseFile> m_file;
    bool m_committed = false;
};

} // namespace podium
