// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/sdl_capture.hpp"

#include "core/error.hpp"

#include <cstdint>

namespace podium {

namespace {

// SDL's audio subsystem for the length of a call (listing devices).
class AudioSubsystem {
public:
    AudioSubsystem()
    {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            throw Error(std::string("no audio system (") + SDL_GetError() + ")");
        }
    }
    ~AudioSubsystem() { SDL_QuitSubSystem(SDL_INIT_AUDIO); }
    AudioSubsystem(const AudioSubsystem&) = delete;
    AudioSubsystem& operator=(const AudioSubsystem&) = delete;
};

constexpr std::size_t kRingSeconds = 10; // the worker polls every few ms; 10 s is a stall, not a delay

} // namespace

std::vector<std::string> list_capture_devices()
{
    const AudioSubsystem audio;
    std::vector<std::string> names;
    const int count = SDL_GetNumAudioDevices(1);
    for (int i = 0; i < count; ++i) {
        const char* name = SDL_GetAudioDeviceName(i, 1);
        names.emplace_back(name != nullptr ? name : "(unnamed)");
    }
    return names;
}

SdlCapture::SdlCapture(std::optional<int> device) : m_ring(kRingSeconds * kListenSampleRate)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        throw Error(std::string("no microphone: the audio system did not start (") + SDL_GetError() + ")");
    }
    const char* name = nullptr;
    if (device) {
        const int count = SDL_GetNumAudioDevices(1);
        if (*device < 0 || *device >= count) {
            SDL_QuitSubSystem(SDL_INIT_AUDIO);
            throw Error("no microphone number " + std::to_string(*device) + " (there "
                + (count == 1 ? "is 1" : "are " + std::to_string(count)) + "): see podium mics");
        }
        name = SDL_GetAudioDeviceName(*device, 1);
    }
    SDL_AudioSpec wanted{};
    wanted.freq = kListenSampleRate;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = 1;
    wanted.samples = 512; // 32 ms: the tracker's reports are that fresh
    wanted.callback = &SdlCapture::on_audio;
    wanted.userdata = this;
    SDL_AudioSpec obtained{};
    // No allowed changes: SDL converts the device's format, rate and channels to ours.
    m_device = SDL_OpenAudioDevice(name, 1, &wanted, &obtained, 0);
    if (m_device == 0) {
        const std::string reason = SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        throw Error("no microphone (" + reason + "): plug one in, or check podium mics");
    }
    m_convert.resize(obtained.samples > 0 ? obtained.samples : 512);
    m_name = name != nullptr ? name : "the default microphone";
}

SdlCapture::~SdlCapture()
{
    SDL_CloseAudioDevice(m_device); // waits for the audio thread to leave on_audio
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void SdlCapture::start()
{
    SDL_PauseAudioDevice(m_device, 0);
}

void SdlCapture::stop()
{
    SDL_PauseAudioDevice(m_device, 1);
}

bool SdlCapture::lost() const
{
    // SDL disables a device it lost (SDL_AUDIODEVICEREMOVED): its status becomes "stopped",
    // which a paused or playing device never is.
    return SDL_GetAudioDeviceStatus(m_device) == SDL_AUDIO_STOPPED;
}

void SdlCapture::on_audio(void* user_data, Uint8* stream, int length)
{
    auto* self = static_cast<SdlCapture*>(user_data);
    const std::size_t count = static_cast<std::size_t>(length) / sizeof(std::int16_t);
    if (self->m_convert.size() < count) {
        self->m_convert.resize(count);
    }
    const auto* samples = reinterpret_cast<const std::int16_t*>(stream);
    for (std::size_t i = 0; i < count; ++i) {
        self->m_convert[i] = static_cast<float>(samples[i]) / 32768.0f;
    }
    self->m_ring.push(std::span<const float>(self->m_convert.data(), count));
}

} // namespace podium
