// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/coach/voice_frames.hpp"

#include <span>

namespace podium {

// Measures a mono recording for the delivery coach (core/coach): pitch with aubio's YIN
// ("yinfast", YIN computed through FFTs; aubio 0.4.9's "yinfft" reports no confidence to tell
// voiced from unvoiced frames), the spectral envelope as aubio's MFCCs, frame levels, and
// BS.1770 momentary loudness with libebur128. Throws podium::Error when a library refuses the sample rate.
[[nodiscard]] VoiceFrames analyse_voice(std::span<const float> mono, double sample_rate);

} // namespace podium
