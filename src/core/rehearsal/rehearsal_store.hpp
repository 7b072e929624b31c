// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/io/xdg_paths.hpp"
#include "core/rehearsal/rehearsal_log.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace podium {

struct StoreLoadResult {
    std::optional<RehearsalLog> log;   // none: no such file, or it was unreadable (see warning)
    std::string warning;               // one line naming the file, empty when all is well
};

struct StoreListing {
    std::vector<RehearsalLog> logs;
    std::vector<std::string> warnings; // one line per damaged or foreign file, which was skipped
};

// Rehearsal logs on disk: one <hash>.json per script version under
// $XDG_DATA_HOME/podium/rehearsals. Writes are atomic (temp file, fsync, rename), so a crash
// leaves the previous log intact.
class RehearsalStore {
public:
    explicit RehearsalStore(std::filesystem::path directory) : m_directory(std::move(directory)) {}
    [[nodiscard]] static RehearsalStore from_environment(const EnvironmentLookup& environment);

    [[nodiscard]] const std::filesystem::path& directory() const { return m_directory; }
    [[nodiscard]] std::filesystem::path path_for(const std::string& script_hash) const;

    [[nodiscard]] StoreLoadResult load(const std::string& script_hash) const;

    // Every log in the directory. Temporary files left by a killed writer are not logs.
    [[nodiscard]] StoreListing load_all() const;

    // Writes `log`, first merging in runs another Podium may have added to the file meanwhile
    // (runs are matched by id; ours win). Returns an empty string or a one-line message.
    [[nodiscard]] std::string save(const RehearsalLog& log) const;

private:
    std::filesystem::path m_directory;
};

} // namespace podium
