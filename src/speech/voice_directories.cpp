// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/voice_directories.hpp"

#include "core/io/data_directories.hpp"

namespace podium {

std::optional<std::filesystem::path> bundled_voices_directory()
{
    auto directories = podium_data_directories("voices");
    if (directories.empty()) {
        return std::nullopt;
    }
    return std::move(directories.front());
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
