// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/espeak_session.hpp"

#include "core/error.hpp"

#include <espeak-ng/espeak_ng.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <mutex>
#include <system_error>
#include <vector>

namespace podium {

namespace {

struct SynthesisContext {
    const EspeakSession::Sink* sink = nullptr;
    bool aborted = false;
    std::vector<espeak_EVENT> events;
};

// eSpeak's callback carries no context but the user_data of its events; in synchronous mode
// it runs inside espeak_Synth on the calling (worker) thread.
int on_synthesised(short* wav, int count, espeak_EVENT* events)
{
    auto* context = static_cast<SynthesisContext*>(events != nullptr ? events->user_data : nullptr);
    if (context == nullptr || context->aborted) {
        return context != nullptr ? 1 : 0;
    }
    context->events.clear();
    for (const espeak_EVENT* event = events; event->type != espeakEVENT_LIST_TERMINATED; ++event) {
        context->events.push_back(*event);
    }
    const std::span<const std::int16_t> samples(reinterpret_cast<const std::int16_t*>(wav),
        wav != nullptr && count > 0 ? static_cast<std::size_t>(count) : 0u);
    if (!(*context->sink)(samples, context->events)) {
        context->aborted = true;
        return 1;
    }
    return 0;
}

std::string data_missing_message(const std::filesystem::path& directory)
{
    return "eSpeak NG data not found in " + directory.string()
        + ": install it (sudo apt install espeak-ng-data) or set ESPEAK_DATA_PATH to the directory "
          "that holds espeak-ng-data";
}

} // namespace

std::filesystem::path espeak_data_directory()
{
    // Mirrors eSpeak NG's own lookup; espeak_ng_InitializePath only records the path.
    espeak_ng_InitializePath(nullptr);
    const char* path = nullptr;
    static_cast<void>(espeak_Info(&path));
    return path != nullptr ? std::filesystem::path(path) : std::filesystem::path();
}

EspeakSession::EspeakSession()
{
    // Once per process: eSpeak's state is global, so this flag mirrors it.
    static std::once_flag initialised;
    static int sample_rate = 0;
    const std::filesystem::path data = espeak_data_directory();
    std::error_code error;
    if (data.empty() || !std::filesystem::is_regular_file(data / "phontab", error)
        || !std::filesystem::is_regular_file(data / "phondata", error)) {
        throw Error(data_missing_message(data.empty() ? std::filesystem::path("(unknown)") : data));
    }
    std::call_once(initialised, [] {
        // 250 ms callbacks: few enough for the queue's locking not to show, and the first one
        // still arrives within a millisecond or two (synthesis runs hundreds of times real time).
        sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 250, nullptr, espeakINITIALIZE_DONT_EXIT);
    });
    if (sample_rate != kSpeechSampleRate) {
        throw Error("eSpeak NG could not start (sample rate " + std::to_string(sample_rate) + "): check " + data.string()
            + " (sudo apt install --reinstall espeak-ng-data)");
    }
    espeak_SetSynthCallback(on_synthesised);
}

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

using VoiceMatch = EspeakSession::VoiceMatch;

// Selection by properties falls back to some voice for any unknown language, so the installed
// voices are checked first: a voice name, a file name ("en-us" is gmw/en-US), or a language
// ("en-gb" is a language of gmw/en).
VoiceMatch find_voice(std::string_view wanted)
{
    VoiceMatch match = VoiceMatch::None;
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice != nullptr && *voice != nullptr; ++voice) {
        const std::string_view identifier = (*voice)->identifier != nullptr ? (*voice)->identifier : "";
        const std::string_view file = identifier.substr(identifier.find_last_of('/') + 1);
        if (((*voice)->name != nullptr && equal_ignoring_case((*voice)->name, wanted)) || equal_ignoring_case(file, wanted)) {
            return VoiceMatch::ByName;
        }
        // languages: repeated (priority byte, name, NUL), ended by an empty name.
        for (const char* language = (*voice)->languages; language != nullptr && *language != '\0';) {
            const char* name = language + 1;
            if (equal_ignoring_case(name, wanted)) {
                match = VoiceMatch::ByLanguage;
            }
            language = name + std::strlen(name) + 1;
        }
    }
    return match;
}

} // namespace

bool EspeakSession::set_voice(const std::string& voice)
{
    auto known = m_known.find(voice);
    if (known == m_known.end()) {
        // By name first: exact, and it spares listing (reading) every voice file.
        if (espeak_SetVoiceByName(voice.c_str()) == EE_OK) {
            m_known.emplace(voice, VoiceMatch::ByName);
            return true;
        }
        known = m_known.emplace(voice, find_voice(voice)).first;
    }
    switch (known->second) {
    case VoiceMatch::ByName:
        return espeak_SetVoiceByName(voice.c_str()) == EE_OK;
    case VoiceMatch::ByLanguage: {
        espeak_VOICE spec{};
        spec.languages = voice.c_str();
        return espeak_SetVoiceByProperties(&spec) == EE_OK;
    }
    case VoiceMatch::None:
        break;
    }
    return false;
}

void EspeakSession::select(const EspeakVoiceSettings& settings)
{
    if (m_current == settings) {
        return;
    }
    if (!m_current || m_current->voice != settings.voice) {
        m_current.reset();
        if (!set_voice(settings.voice)) {
            throw Error("eSpeak NG voice '" + settings.voice
                + "' is not installed: see `podium voices` and `espeak-ng --voices`, or change the preset");
        }
    }
    espeak_SetParameter(espeakRATE, settings.rate, 0);
    espeak_SetParameter(espeakPITCH, settings.pitch, 0);
    espeak_SetParameter(espeakVOLUME, settings.volume, 0);
    m_current = settings;
}

bool EspeakSession::has_voice(const std::string& voice)
{
    m_current.reset();
    return set_voice(voice);
}

SynthesisResult EspeakSession::synthesise(const std::string& text, const Sink& sink)
{
    SynthesisContext context;
    context.sink = &sink;
    const espeak_ERROR status = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
        nullptr, &context);
    if (status != EE_OK && !context.aborted) {
        throw Error("eSpeak NG failed to synthesise a sentence (error " + std::to_string(static_cast<int>(status)) + ")");
    }
    return context.aborted ? SynthesisResult::Aborted : SynthesisResult::Done;
}

} // namespace podium
