// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/rehearsal/rehearsal_log.hpp"
#include "core/rehearsal/rehearsal_store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace podium {

enum class MergeWithDisk { Cached, Reread };

// Saves one script's runs while a run goes on, for a writer thread. The log's other runs are read
// from the disk once (the first save) and kept; each save writes them with the run it is given,
// so a save costs one serialisation and one atomic write, not a re-read and re-parse of a log
// that grows with every rehearsal. MergeWithDisk::Reread reads the file again first, to keep
// runs another Podium added meanwhile (use it for a run's last save).
class RehearsalWriter {
public:
    RehearsalWriter(RehearsalStore store, RehearsalLog header);

    // Returns an empty string or a one-line message; the run goes on either way.
    [[nodiscard]] std::string save(const RehearsalRun& run, MergeWithDisk merge = MergeWithDisk::Cached);

    [[nodiscard]] std::size_t disk_reads() const { return m_disk_reads; }

private:
    RehearsalStore m_store;
    RehearsalLog m_log;                    // the header, with the runs on disk and ours
    bool m_read = false;
    std::size_t m_disk_reads = 0;
};

} // namespace podium
