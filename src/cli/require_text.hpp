// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "cli/script_source.hpp"
#include "core/error.hpp"

namespace podium {

// The loader rejects empty and whitespace-only files; this guards the commands that print
// sentences against any other input that yields none, so they never print nothing silently.
inline void require_text(const LoadedScript& loaded)
{
    if (loaded.script.sentences.empty()) {
        throw Error(loaded.name + ": no text: the file is empty or holds only whitespace");
    }
}

} // namespace podium
