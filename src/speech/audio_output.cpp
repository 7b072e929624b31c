// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/audio_output.hpp"

#include "core/error.hpp"
#include "speech/speech_events.hpp"

#include <string>

namespace podium {

AudioOutput::AudioOutput(Fill fill) : m_fill(std::move(fill))
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        throw Error(std::string("no audio output (") + SDL_GetError()
            + "): use --out speech.wav to write the speech to a file instead");
    }
    SDL_AudioSpec wanted{};
    wanted.freq = kSpeechSampleRate;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = 1;
    wanted.samples = 512; // ≈ 23 ms: a seek is heard at once, and the clock is that close
    wanted.callback = &AudioOutput::on_audio;
    wanted.userdata = this;
    SDL_AudioSpec obtained{};
    m_device = SDL_OpenAudioDevice(nullptr, 0, &wanted, &obtained, 0);
    if (m_device == 0) {
        const std::string reason = SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        throw Error("no audio device (" + reason + "): use --out speech.wav to write the speech to a file instead");
    }
    m_buffer_samples = obtained.samples;
}

AudioOutput::~AudioOutput()
{
    SDL_CloseAudioDevice(m_device);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void AudioOutput::play()
{
    SDL_PauseAudioDevice(m_device, 0);
}

void AudioOutput::pause()
{
    SDL_PauseAudioDevice(m_device, 1);
}

void AudioOutput::on_audio(void* user_data, Uint8* stream, int length)
{
    auto* self = static_cast<AudioOutput*>(user_data);
    const std::span<std::int16_t> out(reinterpret_cast<std::int16_t*>(stream), static_cast<std::size_t>(length) / 2);
    self->m_fill(out);
}

} // namespace podium
