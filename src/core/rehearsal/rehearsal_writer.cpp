// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_writer.hpp"

#include "core/io/atomic_file.hpp"

namespace podium {

RehearsalWriter::RehearsalWriter(RehearsalStore store, RehearsalLog header)
    : m_store(std::move(store)), m_log(std::move(header))
{
    m_log.runs.clear();
}

std::string RehearsalWriter::save(const RehearsalRun& run, MergeWithDisk merge)
{
    if (!m_read || merge == MergeWithDisk::Reread) {
        // Runs are matched by id and ours win, as RehearsalStore::save merges: what another
        // Podium added is kept, what this one wrote before is replaced.
        std::vector<RehearsalRun> ours = std::move(m_log.runs);
        m_log.runs.clear();
        if (StoreLoadResult on_disk = m_store.load(m_log.script_hash); on_disk.log) {
            m_log.runs = std::move(on_disk.log->runs);
        }
        for (const RehearsalRun& mine : ours) {
            upsert_run(m_log, mine);
        }
        m_read = true;
        ++m_disk_reads;
    }
    upsert_run(m_log, run);
    return write_file_atomically(m_store.path_for(m_log.script_hash), to_json_text(m_log));
}

} // namespace podium
