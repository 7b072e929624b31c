// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/wav_recorder.hpp"

#include "core/error.hpp"

#include <sndfile.h>

namespace podium {

void WavRecorder::CloseFile::operator()(sf_private_tag* file) const
{
    sf_close(file);
}

WavRecorder::WavRecorder(const std::filesystem::path& path, int sample_rate)
    : m_path(path), m_sample_rate(static_cast<double>(sample_rate))
{
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    SF_INFO info{};
    info.samplerate = sample_rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    m_file.reset(sf_open(path.c_str(), SFM_WRITE, &info));
    if (!m_file) {
        throw Error("cannot record the rehearsal's audio to " + path.string() + ": " + sf_strerror(nullptr));
    }
    // A loud microphone clips at full scale instead of wrapping round into noise.
    sf_command(m_file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
    flush(); // a valid (empty) WAV from the first moment
}

WavRecorder::~WavRecorder()
{
    close();
}

std::string WavRecorder::write(std::span<const float> samples)
{
    if (!m_file || samples.empty()) {
        return {};
    }
    const sf_count_t written = sf_write_float(m_file.get(), samples.data(), static_cast<sf_count_t>(samples.size()));
    m_frames += written;
    if (m_frames - m_frames_at_header >= static_cast<std::int64_t>(m_sample_rate)) {
        flush();
    }
    if (written != static_cast<sf_count_t>(samples.size())) {
        return "the rehearsal's audio stopped recording (" + std::string(sf_strerror(m_file.get())) + ")";
    }
    return {};
}

void WavRecorder::flush()
{
    if (m_file) {
        sf_command(m_file.get(), SFC_UPDATE_HEADER_NOW, nullptr, 0);
        m_frames_at_header = m_frames;
    }
}

void WavRecorder::close()
{
    m_file.reset(); // sf_close writes the final header
}

} // namespace podium
