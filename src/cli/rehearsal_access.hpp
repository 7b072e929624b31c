// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the CLI (and the prompter app) find rehearsal logs and the speaker's calibrated pace.
#include "cli/script_source.hpp"
#include "core/rehearsal/pace_calibration.hpp"
#include "core/rehearsal/rehearsal_store.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace podium {

// $XDG_DATA_HOME/podium/rehearsals (or ~/.local/share/podium/rehearsals).
[[nodiscard]] RehearsalStore user_rehearsal_store();

// The name a script's logs are filed under, to find runs of earlier versions after an edit:
// the absolute path of the file, or "sample:en" / "sample:zh".
[[nodiscard]] std::string rehearsal_script_name(const LoadedScript& loaded);

// For a RehearsalSession started now: "2026-11-25T15:40:12Z" and a unique run id
// ("20261125T154012Z-1a2b3c4d", random suffix so two Podiums never collide).
[[nodiscard]] std::string utc_timestamp_now();
[[nodiscard]] std::string new_run_id(const std::string& timestamp);

// Every log in the store; each damaged or foreign file costs one warning line on `warnings`.
[[nodiscard]] std::vector<RehearsalLog> load_rehearsal_logs(const RehearsalStore& store, std::ostream& warnings);

// The speaker's pace from all their runs (every script), starting from `base`. For
// `podium estimate FILE --calibrated`:
//   const PaceCalibration c = calibrated_pace(PaceProfile{}, context.err);
//   estimate_timing(script, c.profile);  and print describe(c) as a note.
[[nodiscard]] PaceCalibration calibrated_pace(const PaceProfile& base, std::ostream& warnings);

} // namespace podium
