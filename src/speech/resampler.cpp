// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/resampler.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"

#include <soxr.h>

#include <cmath>
#include <string>

namespace podium {

void Resampler::Delete::operator()(soxr* state) const
{
    soxr_delete(state);
}

Resampler::Resampler(double from_rate, double to_rate)
    : m_ratio(to_rate / from_rate)
{
    // Ratios beyond 256 either way are no audio anyone records (and libsamplerate's limit before).
    if (!(from_rate > 0.0) || !(to_rate > 0.0) || !std::isfinite(m_ratio) || m_ratio > 256.0 || m_ratio < 1.0 / 256.0) {
        throw Error(fill_in(_("cannot resample audio from {} Hz to {} Hz"), std::to_string(from_rate), std::to_string(to_rate)));
    }
    if (from_rate != to_rate) {
        soxr_error_t error = nullptr;
        const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
        const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_MQ, 0);
        m_state.reset(soxr_create(from_rate, to_rate, 1, &error, &io, &quality, nullptr));
        if (!m_state || error != nullptr) {
            throw Error(fill_in(_("cannot start the resampler: {}"), soxr_strerror(error)));
        }
    }
}

Resampler::~Resampler() = default;
Resampler::Resampler(Resampler&&) noexcept = default;
Resampler& Resampler::operator=(Resampler&&) noexcept = default;

void Resampler::process(std::span<const float> input, std::vector<float>& output, bool last)
{
    if (!m_state) {
        output.insert(output.end(), input.begin(), input.end());
        return;
    }
    m_block.resize(static_cast<std::size_t>(std::ceil(static_cast<double>(input.size()) * m_ratio)) + 1024);
    const float* in = input.data();
    std::size_t remaining = input.size();
    // Every input sample is taken; when flushing, soxr is then told the input has ended (a null
    // buffer) and drained until nothing more comes out.
    bool flushing = false;
    while (true) {
        std::size_t used = 0;
        std::size_t made = 0;
        const soxr_error_t error = soxr_process(m_state.get(), flushing ? nullptr : in, flushing ? 0 : remaining, &used,
            m_block.data(), m_block.size(), &made);
        if (error != nullptr) {
            throw Error(fill_in(_("resampling failed: {}"), soxr_strerror(error)));
        }
        output.insert(output.end(), m_block.begin(), m_block.begin() + static_cast<std::ptrdiff_t>(made));
        if (!flushing) {
            in += used;
            remaining -= used;
            if (remaining == 0) {
                if (!last) {
                    break;
                }
                flushing = true;
            }
        } else if (made == 0) {
            break;
        }
    }
}

} // namespace podium
