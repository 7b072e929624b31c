// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/follow/band_filter.hpp"

#include <cmath>
#include <numbers>

namespace podium {

Biquad::Biquad(Kind kind, double frequency, double sample_rate)
{
    const double w0 = 2.0 * std::numbers::pi * frequency / sample_rate;
    const double q = 1.0 / std::numbers::sqrt2; // Butterworth: flat pass band
    const double alpha = std::sin(w0) / (2.0 * q);
    const double cos_w0 = std::cos(w0);
    const double a0 = 1.0 + alpha;
    double b0 = 0.0, b1 = 0.0, b2 = 0.0;
    if (kind == Kind::HighPass) {
        b0 = (1.0 + cos_w0) / 2.0;
        b1 = -(1.0 + cos_w0);
        b2 = b0;
    } else {
        b0 = (1.0 - cos_w0) / 2.0;
        b1 = 1.0 - cos_w0;
        b2 = b0;
    }
    m_b0 = b0 / a0;
    m_b1 = b1 / a0;
    m_b2 = b2 / a0;
    m_a1 = -2.0 * cos_w0 / a0;
    m_a2 = (1.0 - alpha) / a0;
}

double Biquad::process(double x)
{
    const double y = m_b0 * x + m_b1 * m_x1 + m_b2 * m_x2 - m_a1 * m_y1 - m_a2 * m_y2;
    m_x2 = m_x1;
    m_x1 = x;
    m_y2 = m_y1;
    // Flush denormals: a long digital silence after a signal must not slow the filter down.
    m_y1 = std::abs(y) < 1e-30 ? 0.0 : y;
    return m_y1;
}

BandFilter::BandFilter(double low, double high, double sample_rate)
    : m_high_pass_1(Biquad::Kind::HighPass, low, sample_rate)
    , m_high_pass_2(Biquad::Kind::HighPass, low, sample_rate)
    , m_has_low_pass(high < 0.45 * sample_rate)
{
    if (m_has_low_pass) {
        m_low_pass = Biquad(Biquad::Kind::LowPass, high, sample_rate);
    }
}

double BandFilter::process(double x)
{
    double y = m_high_pass_2.process(m_high_pass_1.process(x));
    return m_has_low_pass ? m_low_pass.process(y) : y;
}

} // namespace podium
