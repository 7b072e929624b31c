#pragma once
#include "audio/live_voice.hpp"
#include "core/script/script.hpp"

#include <iosfwd>

namespace podium {

// What `--listen` follows the speaker's sound against: the script's reference in both registers
// (from the cache, or rendered by eSpeak NG on LiveVoice's reference thread). The voices are
// chosen now, on the caller's thread; a script without a usable preset gets no maker (the
// timing follower alone leads) and one line on `err`.
[[nodiscard]] ReferenceMaker listen_reference_maker(const Script& script, std::ostream& err);

} // namespace podium
