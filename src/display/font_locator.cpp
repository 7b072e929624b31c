// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/font_locator.hpp"

#include "core/error.hpp"
#include "core/io/data_directories.hpp"
#include "core/io/xdg_paths.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>
#include <system_error>

namespace podium {

namespace {

struct FcConfigDeleter { void operator()(FcConfig* p) const noexcept { FcConfigDestroy(p); } };
struct FcPatternDeleter { void operator()(FcPattern* p) const noexcept { FcPatternDestroy(p); } };
using FcConfigPtr = std::unique_ptr<FcConfig, FcConfigDeleter>;
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

bool is_font_file(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::array<std::string_view, 4> extensions{".ttf", ".otf", ".ttc", ".otc"};
    return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

} // namespace

std::vector<std::filesystem::path> font_folders()
{
    std::vector<std::filesystem::path> folders;
    folders.push_back(podium_directories(process_environment()).config / "fonts");
    for (std::filesystem::path& folder : podium_data_directories("fonts")) {
        folders.push_back(std::move(folder));
    }
    return folders;
}

std::optional<FontChoice> font_in_folder(const std::filesystem::path& folder)
{
    std::error_code error;
    std::vector<std::filesystem::path> candidates;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (it->is_regular_file(error) && is_font_file(it->path())) {
            candidates.push_back(it->path());
        }
    }
    if (candidates.empty()) {
        return std::nullopt;
    }
    std::sort(candidates.begin(), candidates.end());
    return FontChoice{candidates.front(), 0, "fonts folder " + folder.string()};
}

std::optional<FontChoice> cjk_font_from_fontconfig()
{
    // A private configuration, destroyed with the handle, rather than fontconfig's global one.
    const FcConfigPtr config(FcInitLoadConfigAndFonts());
    if (!config) {
        return std::nullopt;
    }
    const FcPatternPtr pattern(FcNameParse(reinterpret_cast<const FcChar8*>("Noto Sans CJK SC:lang=zh-cn")));
    if (!pattern) {
        return std::nullopt;
    }
    FcConfigSubstitute(config.get(), pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    const FcPatternPtr match(FcFontMatch(config.get(), pattern.get(), &result));
    if (!match || result != FcResultMatch) {
        return std::nullopt;
    }
    // FcFontMatch always answers with something; only accept a face that really covers Chinese.
    FcLangSet* languages = nullptr;
    if (FcPatternGetLangSet(match.get(), FC_LANG, 0, &languages) != FcResultMatch
        || FcLangSetHasLang(languages, reinterpret_cast<const FcChar8*>("zh-cn")) == FcLangDifferentLang) {
        return std::nullopt;
    }
    FcChar8* file = nullptr;
    if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch || file == nullptr) {
        return std::nullopt;
    }
    int index = 0;
    if (FcPatternGetInteger(match.get(), FC_INDEX, 0, &index) != FcResultMatch) {
        index = 0;
    }
    return FontChoice{std::filesystem::path(reinterpret_cast<const char*>(file)), index, "fontconfig"};
}

std::optional<FontChoice> bold_face_of(const FontChoice& regular)
{
    std::string name = regular.file.filename().string();
    const std::size_t at = name.find("Regular");
    if (at == std::string::npos) {
        return std::nullopt;
    }
    name.replace(at, std::string_view("Regular").size(), "Bold");
    const std::filesystem::path bold = regular.file.parent_path() / name;
    std::error_code error;
    if (!std::filesystem::is_regular_file(bold, error)) {
        return std::nullopt;
    }
    return FontChoice{bold, regular.face_index, regular.origin};
}

FontChoice locate_font(const std::vector<std::filesystem::path>& folders)
{
    for (const std::filesystem::path& folder : folders) {
        if (auto choice = font_in_folder(folder)) {
            return *choice;
        }
    }
    if (auto choice = cjk_font_from_fontconfig()) {
        return *choice;
    }
    throw Error("no CJK font found: install fonts-noto-cjk or put a .ttf/.otf file in fonts/");
}

} // namespace podium
