// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string>

namespace podium {

// How deep importers follow nested elements: deeper than any real document (Word and
// LibreOffice nest a few dozen at most); past it a hostile file could overflow the stack.
inline constexpr int kMaxImportDepth = 64;

// What an importer hands back: the source for build_script, or a one-line reason.
struct ImportResult {
    ScriptSource source;
    std::string error;
    // Some text was nested deeper than kMaxImportDepth elements and left unread.
    bool too_deep = false;
    [[nodiscard]] bool ok() const { return error.empty(); }
};

} // namespace podium
