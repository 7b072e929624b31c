// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/data_directories.hpp"

#include <system_error>

namespace podium {

namespace {

// True when `path` is `folder` or inside it (both absolute and normalised).
bool is_inside(const std::filesystem::path& path, const std::filesystem::path& folder)
{
    const std::filesystem::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

std::filesystem::path normalised(const std::filesystem::path& path)
{
    std::error_code error;
    // The build directory may be reached through a symlink; /proc/self/exe never is.
    auto canonical = std::filesystem::weakly_canonical(path, error);
    return (error ? path : canonical).lexically_normal();
}

} // namespace

std::vector<std::filesystem::path> data_roots(const std::optional<std::filesystem::path>& executable,
    const std::optional<BuildTree>& build)
{
    std::vector<std::filesystem::path> roots;
    if (!executable || executable->empty()) {
        return roots;
    }
    const std::filesystem::path folder = executable->parent_path();
    roots.push_back(folder.lexically_normal());
    roots.push_back((folder / ".." / "share" / "podium").lexically_normal());
    if (build && !build->binary_dir.empty() && !build->source_dir.empty()
        && is_inside(normalised(*executable), normalised(build->binary_dir))) {
        roots.push_back(build->source_dir.lexically_normal());
    }
    return roots;
}

std::vector<std::filesystem::path> existing_data_directories(std::string_view name,
    const std::vector<std::filesystem::path>& roots)
{
    std::vector<std::filesystem::path> found;
    std::error_code error;
    for (const std::filesystem::path& root : roots) {
        std::vector<std::filesystem::path> candidates{root / name};
        if (name == "samples") {
            candidates.push_back(root / "docs" / "samples");
        }
        for (const std::filesystem::path& candidate : candidates) {
            if (std::filesystem::is_directory(candidate, error)) {
                found.push_back(candidate.lexically_normal());
                break;
            }
        }
    }
    return found;
}

std::optional<std::filesystem::path> running_executable()
{
    std::error_code error;
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error || self.empty()) {
        return std::nullopt;
    }
    return self;
}

BuildTree compiled_build_tree()
{
#if defined(PODIUM_BUILD_DIR) && defined(PODIUM_SOURCE_DIR_FOR_DATA)
    return BuildTree{PODIUM_BUILD_DIR, PODIUM_SOURCE_DIR_FOR_DATA};
#else
    return BuildTree{};
#endif
}

std::vector<std::filesystem::path> podium_data_directories(std::string_view name)
{
    return existing_data_directories(name, data_roots(running_executable(), compiled_build_tree()));
}

} // namespace podium
