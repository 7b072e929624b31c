// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace podium {

// What a live voice has measured since following began: cumulative, so a reader can take
// differences between any two frames (per-section speaking and pause time, syllables).
struct VoiceTotals {
    double heard_seconds = 0.0;  // audio processed
    double speech_seconds = 0.0; // of which the speaker was speaking
    double syllables = 0.0;      // syllable nuclei counted
    // Σ mean square × seconds over the hops the speaker was speaking: the level of their speech
    // over any stretch is 10·log10(Δspeech_energy / Δspeech_seconds) dB full scale.
    double speech_energy = 0.0;
    friend bool operator==(const VoiceTotals&, const VoiceTotals&) = default;
};

// Where the speaker is: `fraction` (0..1, by text position) through `sentence`, and whether
// they are speaking right now (a pause holds the reading line still).
struct SpeakerPosition {
    std::size_t sentence = 0;
    double fraction = 0.0;
    bool speaking = true;
    std::optional<VoiceTotals> measured; // a live voice's measurements; none for eSpeak
    friend bool operator==(const SpeakerPosition&, const SpeakerPosition&) = default;
};

// Who leads the reading line, each a PositionSource. Plan: the plan clock (core/prompter/
// plan_clock.hpp), timed scrolling at the planned pace. Voice: Podium's eSpeak voice reading
// aloud. Speaker: the speaker's own voice, heard through the microphone.
enum class Lead { Plan, Voice, Speaker };

// The one seam between whatever knows where the speaker is and the prompter: the app's
// LeadSwitch plugs one source in at a time (switching it on and the previous one off), asks it
// each frame and hands the answer to PrompterModel::follow. The model never knows which source
// it is.
class PositionSource {
public:
    virtual ~PositionSource() = default;
    // The window is open: get ready to follow (start engines, load voices) without waiting, so
    // switching on later does not stall a frame.
    virtual void prepare() {}
    // Following switched on (from `sentence`) or off.
    virtual void set_active(bool on, std::size_t sentence) = 0;
    // The latest position, or nothing before the first report.
    [[nodiscard]] virtual std::optional<SpeakerPosition> position() = 0;
    // The speaker moved the reading line by hand (next/previous sentence, a section key):
    // their correction is the truth, follow on from the start of `sentence`.
    virtual void anchor(std::size_t /*sentence*/) {}
    // Why the source cannot follow (no audio device, no microphone, eSpeak NG data missing),
    // once set_active(true) failed or the device went away; the app switches following off
    // again and shows the message.
    [[nodiscard]] virtual std::optional<std::string> failure() const { return std::nullopt; }
};

} // namespace podium
