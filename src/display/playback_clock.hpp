#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace podium {

// Where the voice is: `fraction` (0..1, by text position) through `sentence`.
struct HeardPosition {
    std::size_t sentence = 0;
    double fraction = 0.0;
    friend bool operator==(const HeardPosition&, const HeardPosition&) = default;
};

// The seam for speech-follow: the app loop asks it each frame while speech is on and hands the
// answer to PrompterModel::follow_speech, so the voice's playback clock drives the scroll.
// The speech adapter implements it; the display never includes eSpeak.
class PlaybackClock {
public:
    virtual ~PlaybackClock() = default;
    // Speech switched on (start speaking from `sentence`) or off (stop).
    virtual void set_speaking(bool on, std::size_t sentence) = 0;
    // The latest position heard, or nothing before the first sound.
    [[nodiscard]] virtual std::optional<HeardPosition> position() = 0;
    // Why the voice cannot play (no audio device, no eSpeak NG data), once set_speaking(true)
    // failed; the app then switches speech off again and shows the message.
    [[nodiscard]] virtual std::optional<std::string> failure() const { return std::nullopt; }
};

} // namespace podium
