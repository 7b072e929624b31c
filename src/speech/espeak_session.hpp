// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "speech/speech_events.hpp"
#include "speech/speech_plan.hpp"

#include <espeak-ng/speak_lib.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>

namespace podium {

// The directory eSpeak NG reads its data from ($ESPEAK_DATA_PATH/espeak-ng-data, else the
// compiled-in path), checked before initialising so a missing install is a clear message
// rather than eSpeak printing to stderr.
[[nodiscard]] std::filesystem::path espeak_data_directory();

enum class SynthesisResult { Done, Aborted };

// The thin layer over eSpeak NG's C API. eSpeak's state is global and not thread-safe, so only
// the speech engine's worker thread makes an EspeakSession; nothing else includes this header.
class EspeakSession {
public:
    // Initialises eSpeak NG once per process (AUDIO_OUTPUT_SYNCHRONOUS, DONT_EXIT). It is never
    // terminated: espeak_Terminate in 1.51 can hang joining its internal thread, and a second
    // initialisation would reload every table. Throws podium::Error when the data is missing.
    EspeakSession();
    EspeakSession(const EspeakSession&) = delete;
    EspeakSession& operator=(const EspeakSession&) = delete;

    // Selects the voice and its parameters, skipping the call when nothing changed: switching
    // voices costs ~0.5 ms and leaks a little inside eSpeak NG. Throws podium::Error when the
    // voice is not installed.
    void select(const EspeakVoiceSettings& settings);

    // True when eSpeak NG knows the voice (by name, file name, or language such as "en-gb").
    [[nodiscard]] bool has_voice(const std::string& voice);

    // Synthesises UTF-8 text with the selected voice, calling `sink` as audio arrives (samples,
    // then the events that lie in them). The sink returns false to abort at once.
    using Sink = std::function<bool(std::span<const std::int16_t>, std::span<const espeak_EVENT>)>;
    SynthesisResult synthesise(const std::string& text, const Sink& sink);

    enum class VoiceMatch { None, ByName, ByLanguage };

private:
    bool set_voice(const std::string& voice);
    std::optional<EspeakVoiceSettings> m_current;
    std::map<std::string, VoiceMatch, std::less<>> m_known; // lookups are cached: listing reads every voice file
};

} // namespace podium
