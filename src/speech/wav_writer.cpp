// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/wav_writer.hpp"

#include "core/error.hpp"

#include <sndfile.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <system_error>
#include <unistd.h>

namespace podium {

void WavWriter::CloseFile::operator()(sf_private_tag* file) const
{
    sf_close(file);
}

WavWriter::WavWriter(std::filesystem::path target, int sample_rate) : m_target(std::move(target))
{
    const std::filesystem::path directory = m_target.has_parent_path() ? m_target.parent_path() : ".";
    std::string pattern = (directory / ("." + m_target.filename().string() + ".XXXXXX")).string();
    m_descriptor = mkstemp(pattern.data());
    if (m_descriptor < 0) {
        throw Error("cannot write " + m_target.string() + ": " + std::strerror(errno));
    }
    m_temporary = pattern;
    SF_INFO info{};
    info.samplerate = sample_rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    m_file.reset(sf_open_fd(m_descriptor, SFM_WRITE, &info, SF_FALSE));
    if (!m_file) {
        const std::string reason = sf_strerror(nullptr);
        ::close(m_descriptor);
        std::filesystem::remove(m_temporary);
        throw Error("cannot write " + m_target.string() + ": " + reason);
    }
}

WavWriter::~WavWriter()
{
    m_file.reset();
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
    }
    if (!m_committed) {
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void WavWriter::write(std::span<const std::int16_t> samples)
{
    const auto count = static_cast<sf_count_t>(samples.size());
    if (sf_write_short(m_file.get(), samples.data(), count) != count) {
        throw Error("cannot write " + m_target.string() + ": " + sf_strerror(m_file.get()));
    }
}

void WavWriter::commit()
{
    m_file.reset(); // finalises the header
    const bool synced = ::fsync(m_descriptor) == 0;
    ::close(m_descriptor);
    m_descriptor = -1;
    if (!synced) {
        throw Error("cannot write " + m_target.string() + ": " + std::strerror(errno));
    }
    std::error_code error;
    std::filesystem::permissions(m_temporary,
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read
            | std::filesystem::perms::others_read,
        error);
    std::filesystem::rename(m_temporary, m_target, error);
    if (error) {
        throw Error("cannot write " + m_target.string() + ": " + error.message());
    }
    m_committed = true;
}

} // namespace podium
