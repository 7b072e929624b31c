// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/loaded_script.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"

namespace podium {

// The loader rejects empty and whitespace-only files; this guards the commands that print
// sentences against any other input that yields none, so they never print nothing silently.
inline void require_text(const LoadedScript& loaded)
{
    if (loaded.script.sentences.empty()) {
        throw Error(fill_in(_("{}: no text: the file is empty or holds only whitespace"), loaded.name));
    }
}

} // namespace podium
