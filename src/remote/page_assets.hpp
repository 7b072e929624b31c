// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The phone page's files (src/remote/page/), compiled in by scripts/embed_page.cmake: the
// server answers from these bytes only, so no request can reach the file system.
#include <span>
#include <string_view>

namespace podium {

struct PageAsset {
    std::string_view path;          // "/remote.js"
    std::string_view content_type;  // "text/javascript; charset=utf-8"
    std::string_view bytes;
};

[[nodiscard]] std::span<const PageAsset> page_assets();
[[nodiscard]] const PageAsset* find_page_asset(std::string_view path);

} // namespace podium
