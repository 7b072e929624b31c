// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_store.hpp"

#include "core/i18n/translate.hpp"
#include "core/io/atomic_file.hpp"

#include <algorithm>

namespace podium {

RehearsalStore RehearsalStore::from_environment(const EnvironmentLookup& environment)
{
    return RehearsalStore(podium_directories(environment).data / "rehearsals");
}

std::filesystem::path RehearsalStore::path_for(const std::string& script_hash) const
{
    return m_directory / (script_hash + ".json");
}

namespace {

// The log in `path`; when `script_hash` is given, only if it is that script's. Every path
// returns the one `result` (no moved-from optional<RehearsalLog> for the caller to copy: GCC
// 12 warned that the log it never engaged "may be used uninitialized").
StoreLoadResult load_file(const std::filesystem::path& path, const std::string* script_hash)
{
    StoreLoadResult result;
    std::string text;
    if (!read_whole_file(path, text)) {
        result.warning = fill_in(_("{}: cannot read the rehearsal log; skipped"), path.string());
        return result;
    }
    LogParseResult parsed = parse_rehearsal_log(text);
    if (!parsed.log) {
        result.warning = fill_in(_("{0}: {1}; skipped (move it away to silence this)"), path.string(), parsed.message);
        return result;
    }
    if (script_hash != nullptr && parsed.log->script_hash != *script_hash) {
        result.warning = fill_in(_("{0}: holds another script's runs ({1}); skipped"), path.string(), parsed.log->script_hash);
        return result;
    }
    result.log = std::move(parsed.log);
    return result;
}

} // namespace

StoreLoadResult RehearsalStore::load(const std::string& script_hash) const
{
    const auto path = path_for(script_hash);
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        return {};
    }
    return load_file(path, &script_hash);
}

StoreListing RehearsalStore::load_all() const
{
    StoreListing listing;
    std::error_code error;
    if (!std::filesystem::is_directory(m_directory, error)) {
        return listing;
    }
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(m_directory, error)) {
        const auto name = entry.path().filename().string();
        // Temporaries are ".<name>.tmp-XXXXXX": hidden and not ending in .json.
        if (!entry.is_regular_file(error) || name.starts_with('.') || entry.path().extension() != ".json") {
            continue;
        }
        paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        StoreLoadResult result = load_file(path, nullptr);
        if (result.log) {
            listing.logs.push_back(std::move(*result.log));
        } else {
            listing.warnings.push_back(result.warning);
        }
    }
    return listing;
}

std::string RehearsalStore::save(const RehearsalLog& log) const
{
    RehearsalLog merged = log;
    if (StoreLoadResult on_disk = load(log.script_hash); on_disk.log) {
        merged.runs = on_disk.log->runs;
        for (const auto& run : log.runs) {
            upsert_run(merged, run);
        }
    }
    return write_file_atomically(path_for(log.script_hash), to_json_text(merged));
}

} // namespace podium
