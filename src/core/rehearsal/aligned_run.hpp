// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/follow/script_alignment.hpp"
#include "core/rehearsal/rehearsal_run.hpp"
#include "core/script/script.hpp"

namespace podium {

// A --listen run re-timed by the offline alignment of its recording (issue 21): the live
// follower answered at once and could only guess; the whole recording, aligned after the run,
// knows when each sentence was spoken. Inside the stretch the alignment covers (from the first
// to the last voice it matched, in run time: the recording's offset plus its seconds) the
// reading line is taken to reach each spoken sentence when its voice starts and to stay on it
// until the next one starts, as the live line held through pauses; outside that stretch (before
// listening began, after the last words) the live visits stand. The run's pauses are taken out
// as the recorder takes them out, so section times, first-reached moments, statuses and the
// visits calibration reads all come from the alignment. Key jumps, speed changes, the
// microphone's per-section measures, the recording and the delivery are kept as they were.
// A run without a recording, or an alignment without spans, comes back unchanged.
[[nodiscard]] RehearsalRun retime_by_alignment(const RehearsalRun& run, const Script& script, const ScriptAlignment& alignment);

} // namespace podium
