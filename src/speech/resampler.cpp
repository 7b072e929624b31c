// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/resampler.hpp"

#include "core/error.hpp"

#include <samplerate.h>

#include <cmath>
#include <string>

namespace podium {

void Resampler::Delete::operator()(SRC_STATE_tag* state) const
{
    src_delete(state);
}

Resampler::Resampler(double from_rate, double to_rate)
    : m_ratio(to_rate / from_rate)
{
    if (!(from_rate > 0.0) || !(to_rate > 0.0) || src_is_valid_ratio(m_ratio) == 0) {
        throw Error("cannot resample audio from " + std::to_string(from_rate) + " Hz to " + std::to_string(to_rate) + " Hz");
    }
    if (from_rate != to_rate) {
        int error = 0;
        m_state.reset(src_new(SRC_SINC_FASTEST, 1, &error));
        if (!m_state) {
            throw Error(std::string("cannot start the resampler: ") + src_strerror(error));
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
    std::vector<float> block(static_cast<std::size_t>(std::ceil(static_cast<double>(input.size()) * m_ratio)) + 256);
    SRC_DATA data{};
    data.data_in = input.data();
    data.input_frames = static_cast<long>(input.size());
    data.src_ratio = m_ratio;
    data.end_of_input = last ? 1 : 0;
    while (true) {
        data.data_out = block.data();
        data.output_frames = static_cast<long>(block.size());
        if (const int error = src_process(m_state.get(), &data); error != 0) {
            throw Error(std::string("resampling failed: ") + src_strerror(error));
        }
        output.insert(output.end(), block.begin(), block.begin() + data.output_frames_gen);
        data.data_in += data.input_frames_used;
        data.input_frames -= data.input_frames_used;
        // Done when all input is taken and (when flushing) nothing more comes out.
        if (data.input_frames == 0 && (!last || data.output_frames_gen == 0)) {
            break;
        }
    }
}

} // namespace podium
