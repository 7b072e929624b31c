// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A whole recording followed after the fact: the live follower's answers every 250 ms (as the
// prompter would have shown them) and, when the script's reference sound is there, the offline
// alignment of the whole recording. `podium follow` prints them; a prompter --listen run's
// delivery is measured by them when the run ends.
#include "core/follow/follow_log.hpp"
#include "core/follow/script_alignment.hpp"
#include "core/script/script.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace podium {

class ScriptReference;
using ScriptReferences = std::vector<std::shared_ptr<const ScriptReference>>;

struct RecordingFollow {
    FollowLog log;                             // the live follower's answers
    std::optional<std::size_t> reference;      // the rendering the follower chose; none: timing only
    std::optional<ScriptAlignment> alignment;  // the whole recording aligned after the fact
};

// Called as the recording is fed: seconds fed so far, and the recording's length.
using FollowProgress = std::function<void(double fed, double duration)>;

// Throws podium::Error when the recording cannot be read.
[[nodiscard]] RecordingFollow follow_recording(const Script& script, const std::filesystem::path& audio,
    const ScriptReferences& references, const FollowProgress& progress = {});

} // namespace podium
