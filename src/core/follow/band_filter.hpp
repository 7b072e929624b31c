// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace podium {

// A second-order IIR section (RBJ audio-EQ cookbook), direct form I, in double precision.
class Biquad {
public:
    enum class Kind { HighPass, LowPass };
    Biquad() = default;
    Biquad(Kind kind, double frequency, double sample_rate);
    [[nodiscard]] double process(double x);

private:
    double m_b0 = 1.0, m_b1 = 0.0, m_b2 = 0.0, m_a1 = 0.0, m_a2 = 0.0;
    double m_x1 = 0.0, m_x2 = 0.0, m_y1 = 0.0, m_y2 = 0.0;
};

// The band where voiced speech carries its energy: high-pass at `low` (hum, rumble, breath
// pops), low-pass at `high` (fricatives, hiss). The low-pass is left out when `high` is above
// 0.45 of the sample rate.
class BandFilter {
public:
    BandFilter(double low, double high, double sample_rate);
    [[nodiscard]] double process(double x);

private:
    Biquad m_high_pass_1, m_high_pass_2;
    Biquad m_low_pass;
    bool m_has_low_pass = false;
};

} // namespace podium
