#include "speech/voice_directories.hpp"

#include <system_error>

namespace podium {

std::optional<std::filesystem::path> bundled_voices_directory()
{
    std::vector<std::filesystem::path> candidates;
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        candidates.push_back(executable.parent_path() / "voices");
        candidates.push_back(executable.parent_path() / ".." / "share" / "podium" / "voices");
    }
#ifdef PODIUM_DATA_DIR
    candidates.emplace_back(std::filesystem::path(PODIUM_DATA_DIR) / "voices");
#endif
    for (const auto& candidate : candidates) {
        if (std::filesystem::is_directory(candidate, error)) {
            return candidate.lexically_normal();
        }
    }
    return std::nullopt;
}

std::filesystem::path user_voices_directory(const EnvironmentLookup& environment)
{
    return podium_directories(environment).config / "voices";
}

std::vector<std::filesystem::path> voice_search_path(const EnvironmentLookup& environment)
{
    std::vector<std::filesystem::path> directories;
    if (auto bundled = bundled_voices_directory()) {
        directories.push_back(std::move(*bundled));
    }
    directories.push_back(user_voices_directory(environment));
    return directories;
}

} // namespace podium
