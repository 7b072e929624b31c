// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <memory>
#include <span>
#include <vector>

struct soxr;

namespace podium {

// Streaming sample-rate conversion of mono float audio (libsoxr, "medium quality": 16-bit
// precision, a passband far beyond the 3.8 kHz the follower analyses; SIMD, about 12× faster
// than libsamplerate's fastest sinc, which took 2.5 s of the reference's making for a 15-minute
// speech). Equal rates pass through untouched.
class Resampler {
public:
    // Throws podium::Error when the rates are not positive or libsoxr cannot start.
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
        void operator()(soxr* state) const;
    };
    std::unique_ptr<soxr, Delete> m_state;
    double m_ratio = 1.0;
    std::vector<float> m_block; // soxr's output, reused
};

} // namespace podium
