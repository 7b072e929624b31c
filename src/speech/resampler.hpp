// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <memory>
#include <span>
#include <vector>

struct SRC_STATE_tag;

namespace podium {

// Streaming sample-rate conversion of mono float audio (libsamplerate, "SINC_FASTEST": plenty
// for speech analysis, ~50× faster than the best sinc). Equal rates pass through untouched.
class Resampler {
public:
    // Throws podium::Error when libsamplerate cannot start.
    Resampler(double from_rate, double to_rate);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;
    Resampler(Resampler&&) noexcept;
    Resampler& operator=(Resampler&&) noexcept;

    // Converts `input` and appends the result to `output`; `last` flushes what is buffered.
    void process(std::span<const float> input, std::vector<float>& output, bool last = false);

private:
    struct Delete {
        void operator()(SRC_STATE_tag* state) const;
    };
    std::unique_ptr<SRC_STATE_tag, Delete> m_state;
    double m_ratio = 1.0;
};

} // namespace podium
