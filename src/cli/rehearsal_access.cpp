// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/rehearsal_access.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <random>

namespace podium {

RehearsalStore user_rehearsal_store()
{
    return RehearsalStore::from_environment(process_environment());
}

std::string rehearsal_script_name(const LoadedScript& loaded)
{
    if (loaded.is_sample) {
        return loaded.name;
    }
    std::error_code error;
    const auto absolute = std::filesystem::weakly_canonical(std::filesystem::absolute(loaded.name, error), error);
    return error ? loaded.name : absolute.string();
}

std::string utc_timestamp_now()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::string new_run_id(const std::string& timestamp)
{
    std::string compact;
    for (const char c : timestamp) {
        if (c != '-' && c != ':') {
            compact += c;
        }
    }
    std::random_device device;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "-%08x", static_cast<unsigned>(device()));
    return compact + suffix;
}

std::vector<RehearsalLog> load_rehearsal_logs(const RehearsalStore& store, std::ostream& warnings)
{
    StoreListing listing = store.load_all();
    for (const auto& warning : listing.warnings) {
        warnings << "podium: warning: " << warning << '\n';
    }
    return std::move(listing.logs);
}

PaceCalibration calibrated_pace(const PaceProfile& base, std::ostream& warnings)
{
    const std::vector<RehearsalLog> logs = load_rehearsal_logs(user_rehearsal_store(), warnings);
    // Runs the microphone measured teach the speaker's own rate and pauses (issue 11).
    return calibrate_pace(logs, base, recorded_voice_observations(logs));
}

} // namespace podium
