// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/wav_playback.hpp"

#include "core/error.hpp"

#include <SDL.h>
#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace podium {

namespace {

struct CloseSndfile {
    void operator()(SNDFILE* file) const { sf_close(file); }
};

struct AudioOut {
    SDL_AudioDeviceID device = 0;
    AudioOut()
    {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            throw Error(std::string("no audio output (") + SDL_GetError() + ")");
        }
    }
    ~AudioOut()
    {
        if (device != 0) {
            SDL_CloseAudioDevice(device);
        }
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    AudioOut(const AudioOut&) = delete;
    AudioOut& operator=(const AudioOut&) = delete;
};

} // namespace

double play_recording(const std::filesystem::path& file, const PlaybackRange& range)
{
    SF_INFO info{};
    std::unique_ptr<SNDFILE, CloseSndfile> in(sf_open(file.c_str(), SFM_READ, &info));
    if (!in) {
        throw Error("cannot read the recording " + file.string() + ": " + sf_strerror(nullptr));
    }
    const double total = static_cast<double>(info.frames) / info.samplerate;
    if (range.from_seconds >= total) {
        throw Error("the recording " + file.filename().string() + " is only "
            + std::to_string(static_cast<int>(total)) + " s long: nothing to play from "
            + std::to_string(static_cast<int>(range.from_seconds)) + " s");
    }
    const auto first = static_cast<sf_count_t>(std::max(0.0, range.from_seconds) * info.samplerate);
    sf_count_t frames = info.frames - first;
    if (range.seconds) {
        frames = std::min(frames, static_cast<sf_count_t>(std::max(0.0, *range.seconds) * info.samplerate));
    }
    if (sf_seek(in.get(), first, SEEK_SET) < 0) {
        throw Error("cannot seek in the recording " + file.string());
    }
    std::vector<std::int16_t> samples(static_cast<std::size_t>(frames) * static_cast<std::size_t>(info.channels));
    const sf_count_t read = sf_readf_short(in.get(), samples.data(), frames);
    samples.resize(static_cast<std::size_t>(std::max<sf_count_t>(read, 0)) * static_cast<std::size_t>(info.channels));

    AudioOut out;
    SDL_AudioSpec wanted{};
    wanted.freq = info.samplerate;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = static_cast<Uint8>(std::clamp(info.channels, 1, 8));
    wanted.samples = 1024;
    wanted.callback = nullptr; // queued: the whole stretch is handed over at once
    out.device = SDL_OpenAudioDevice(nullptr, 0, &wanted, nullptr, 0);
    if (out.device == 0) {
        throw Error(std::string("no audio output (") + SDL_GetError() + ")");
    }
    if (SDL_QueueAudio(out.device, samples.data(), static_cast<Uint32>(samples.size() * sizeof(std::int16_t))) != 0) {
        throw Error(std::string("cannot play the recording (") + SDL_GetError() + ")");
    }
    SDL_PauseAudioDevice(out.device, 0);
    while (SDL_GetQueuedAudioSize(out.device) > 0 && SDL_GetAudioDeviceStatus(out.device) == SDL_AUDIO_PLAYING) {
        SDL_Delay(20);
    }
    SDL_Delay(100); // the device's own buffer is still playing the last samples
    return static_cast<double>(samples.size()) / info.channels / info.samplerate;
}

} // namespace podium
