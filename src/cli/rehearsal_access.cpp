#include "cli/rehearsal_access.hpp"

#include <filesystem>
#include <ostream>

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
    return calibrate_pace(logs, base);
}

} // namespace podium
