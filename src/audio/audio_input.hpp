// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace podium {

// The sample rate everything the microphone hears is converted to (SDL resamples), the
// voice tracker's rate and the rehearsal WAV's.
inline constexpr int kListenSampleRate = 16000;

// Where heard audio comes from: the SDL capture device, or in tests a scripted source. Mono
// float samples in −1..1 at kListenSampleRate.
class AudioInput {
public:
    virtual ~AudioInput() = default;
    virtual void start() = 0;  // begin capturing
    virtual void stop() = 0;   // pause capturing (nothing is heard until start())
    // Moves the samples captured since the previous call onto the end of `out`; never blocks
    // for more than a copy.
    virtual void take(std::vector<float>& out) = 0;
    // The device went away (unplugged, the sound server stopped): no more samples will come.
    [[nodiscard]] virtual bool lost() const = 0;
    [[nodiscard]] virtual std::string name() const = 0;
};

// Opens an input; throws podium::Error with a one-line message when there is none.
using AudioInputOpener = std::function<std::unique_ptr<AudioInput>()>;

} // namespace podium
