// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"

#include <string>

namespace podium {

// What an importer hands back: the source for build_script, or a one-line reason.
struct ImportResult {
    ScriptSource source;
    std::string error;
    [[nodiscard]] bool ok() const { return error.empty(); }
};

} // namespace podium
