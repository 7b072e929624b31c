// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/audio_file_reader.hpp"

#include "core/error.hpp"

#include <sndfile.h>

#include <string>

namespace podium {

namespace {

struct OpenedFile {
    SNDFILE* file = nullptr;
    SF_INFO info{};
};

OpenedFile open_audio(const std::filesystem::path& path)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        throw Error("no such recording: " + path.string());
    }
    if (std::filesystem::is_directory(path, error)) {
        throw Error(path.string() + " is a directory, not a recording");
    }
    OpenedFile opened;
    opened.file = sf_open(path.c_str(), SFM_READ, &opened.info);
    if (opened.file == nullptr) {
        throw Error("cannot read " + path.string() + " as audio (" + sf_strerror(nullptr)
            + "): use a WAV, FLAC, Ogg or AIFF file, or convert it with `sox IN OUT.wav`");
    }
    if (opened.info.channels < 1 || opened.info.samplerate < 1000) {
        sf_close(opened.file);
        throw Error(path.string() + ": unsupported audio (" + std::to_string(opened.info.channels) + " channels at "
            + std::to_string(opened.info.samplerate) + " Hz)");
    }
    return opened;
}

} // namespace

void AudioFileReader::Close::operator()(sf_private_tag* file) const
{
    sf_close(file);
}

AudioFileReader::AudioFileReader(const std::filesystem::path& path, double rate)
{
    const OpenedFile opened = open_audio(path);
    m_file.reset(opened.file);
    m_source_rate = static_cast<double>(opened.info.samplerate);
    m_channels = opened.info.channels;
    m_duration = static_cast<double>(opened.info.frames) / m_source_rate;
    m_resampler.emplace(m_source_rate, rate);
}

AudioFileReader::~AudioFileReader() = default;

bool AudioFileReader::read(std::vector<float>& out, std::size_t frames)
{
    out.clear();
    if (m_finished) {
        return false;
    }
    const auto channels = static_cast<std::size_t>(m_channels);
    m_interleaved.resize(frames * channels);
    const sf_count_t got = sf_readf_float(m_file.get(), m_interleaved.data(), static_cast<sf_count_t>(frames));
    const auto count = static_cast<std::size_t>(got > 0 ? got : 0);
    m_mono.resize(count);
    for (std::size_t frame = 0; frame < count; ++frame) {
        float sum = 0.0F;
        for (std::size_t channel = 0; channel < channels; ++channel) {
            sum += m_interleaved[frame * channels + channel];
        }
        m_mono[frame] = sum / static_cast<float>(channels);
    }
    m_finished = count < frames;
    m_resampler->process(m_mono, out, m_finished);
    return !out.empty() || !m_finished;
}

} // namespace podium
