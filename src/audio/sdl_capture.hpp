// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "audio/audio_input.hpp"
#include "audio/sample_ring.hpp"

#include <SDL.h>

#include <optional>
#include <string>
#include <vector>

namespace podium {

// The capture devices SDL sees, in SDL's order (`podium mics` numbers them from 0). Throws
// podium::Error when the audio system cannot start.
[[nodiscard]] std::vector<std::string> list_capture_devices();

// A microphone through SDL: mono S16 at 16 kHz (SDL converts whatever the device gives),
// captured on SDL's audio thread into a SampleRing. RAII: the audio subsystem stays initialised
// (SDL counts inits) and the device open for the object's life.
class SdlCapture final : public AudioInput {
public:
    // `device`: an index from list_capture_devices(); none: the system default. Throws
    // podium::Error ("no microphone …") when it cannot be opened.
    explicit SdlCapture(std::optional<int> device = std::nullopt);
    ~SdlCapture() override;
    SdlCapture(const SdlCapture&) = delete;
    SdlCapture& operator=(const SdlCapture&) = delete;

    void start() override;
    void stop() override;
    void take(std::vector<float>& out) override { m_ring.take(out); }
    [[nodiscard]] bool lost() const override;
    [[nodiscard]] std::string name() const override { return m_name; }

private:
    static void on_audio(void* user_data, Uint8* stream, int length);

    SampleRing m_ring;
    std::vector<float> m_convert; // the audio thread's scratch buffer
    SDL_AudioDeviceID m_device = 0;
    std::string m_name;
};

} // namespace podium
