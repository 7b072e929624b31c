// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <SDL.h>

#include <cstdint>
#include <functional>
#include <span>

namespace podium {

// An SDL audio output device at eSpeak's format (22050 Hz, mono, S16), owned by RAII: the
// audio subsystem is initialised for as long as the object lives (SDL counts the inits), and
// the device is closed before it is released. `fill` runs on SDL's audio thread.
class AudioOutput {
public:
    using Fill = std::function<void(std::span<std::int16_t> out)>;

    // Throws podium::Error when there is no usable audio device.
    explicit AudioOutput(Fill fill);
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    void play();
    void pause();
    // Holds SDL's audio thread out of `fill` while the lock lives.
    class Lock {
    public:
        explicit Lock(SDL_AudioDeviceID device) : m_device(device) { SDL_LockAudioDevice(m_device); }
        ~Lock() { SDL_UnlockAudioDevice(m_device); }
        Lock(const Lock&) = delete;
        Lock& operator=(const Lock&) = delete;
    private:
        SDL_AudioDeviceID m_device;
    };
    [[nodiscard]] Lock lock() const { return Lock(m_device); }
    [[nodiscard]] int buffer_samples() const { return m_buffer_samples; }

private:
    static void on_audio(void* user_data, Uint8* stream, int length);
    Fill m_fill;
    SDL_AudioDeviceID m_device = 0;
    int m_buffer_samples = 0;
};

} // namespace podium
