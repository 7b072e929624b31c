// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/sdl_handles.hpp"

#include "core/error.hpp"

#include <string>

namespace podium {

SdlSubsystem::SdlSubsystem(Uint32 flags) : m_flags(flags)
{
    if (SDL_InitSubSystem(flags) != 0) {
        throw Error(std::string("cannot start SDL: ") + SDL_GetError());
    }
}

SdlSubsystem::~SdlSubsystem()
{
    SDL_QuitSubSystem(m_flags);
    // SDL_Quit only after the last subsystem: SDL keeps its own counts.
    if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0) {
        SDL_Quit();
    }
}

TtfLibrary::TtfLibrary()
{
    if (TTF_Init() != 0) {
        throw Error(std::string("cannot start SDL_ttf: ") + TTF_GetError());
    }
}

TtfLibrary::~TtfLibrary() { TTF_Quit(); }

} // namespace podium
