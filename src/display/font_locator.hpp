// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace podium {

// A font face to open: a file and the face index inside it (a .ttc holds several faces).
struct FontChoice {
    std::filesystem::path file;
    long face_index = 0;
    std::string origin;        // "fonts folder" or "fontconfig": said in messages and --verbose
    friend bool operator==(const FontChoice&, const FontChoice&) = default;
};

// The folders searched for a user's own font, in order: the user's fonts folder
// ($XDG_CONFIG_HOME/podium/fonts), then the project's fonts/ wherever the data locator finds one
// (beside the executable, <executable>/../share/podium/fonts, the source tree from a build tree).
[[nodiscard]] std::vector<std::filesystem::path> font_folders();

// The first .ttf/.otf/.ttc/.otc file in `folder`, by name, or nothing.
[[nodiscard]] std::optional<FontChoice> font_in_folder(const std::filesystem::path& folder);

// Fontconfig's best face covering Simplified Chinese (Noto Sans CJK SC preferred), or nothing
// when no installed face covers it.
[[nodiscard]] std::optional<FontChoice> cjk_font_from_fontconfig();

// The bold face that goes with `regular`: the sibling file named with "Bold" for "Regular"
// (fonts-noto-cjk: NotoSansCJK-Bold.ttc beside NotoSansCJK-Regular.ttc, same face order), or
// nothing: then bold is synthesised by SDL_ttf (TTF_STYLE_BOLD).
[[nodiscard]] std::optional<FontChoice> bold_face_of(const FontChoice& regular);

// A user's font from `folders` first, then fontconfig. Throws podium::Error naming what to
// install when neither has one.
[[nodiscard]] FontChoice locate_font(const std::vector<std::filesystem::path>& folders);

} // namespace podium
