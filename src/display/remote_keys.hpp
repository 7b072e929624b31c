// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --remote: the prompter's key that revokes every phone (a new token, a new QR code). Ctrl+Shift+R:
// two modifiers, so neither a clicker nor a stray key press on stage sends it.
#include <SDL.h>

namespace podium {

[[nodiscard]] inline bool is_revoke_phones_key(const SDL_Event& event)
{
    if (event.type != SDL_KEYDOWN || event.key.repeat != 0 || event.key.keysym.sym != SDLK_r) {
        return false;
    }
    const Uint16 mod = event.key.keysym.mod;
    return (mod & KMOD_CTRL) != 0 && (mod & KMOD_SHIFT) != 0 && (mod & (KMOD_ALT | KMOD_GUI)) == 0;
}

} // namespace podium
