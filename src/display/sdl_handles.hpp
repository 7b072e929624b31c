// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII for every SDL / SDL_ttf handle the display uses: one deleter per type, and init guards
// that cannot be copied, so no path (early return, exception) leaks a window or a font.
#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>

namespace podium {

struct SdlWindowDeleter { void operator()(SDL_Window* p) const noexcept { SDL_DestroyWindow(p); } };
struct SdlRendererDeleter { void operator()(SDL_Renderer* p) const noexcept { SDL_DestroyRenderer(p); } };
struct SdlTextureDeleter { void operator()(SDL_Texture* p) const noexcept { SDL_DestroyTexture(p); } };
struct SdlSurfaceDeleter { void operator()(SDL_Surface* p) const noexcept { SDL_FreeSurface(p); } };
struct TtfFontDeleter { void operator()(TTF_Font* p) const noexcept { TTF_CloseFont(p); } };

using WindowPtr = std::unique_ptr<SDL_Window, SdlWindowDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlRendererDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlTextureDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlSurfaceDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, TtfFontDeleter>;

// SDL_InitSubSystem / SDL_QuitSubSystem for the given flags. Construction throws podium::Error
// with SDL's reason when the subsystem cannot start (no display, for video).
class SdlSubsystem {
public:
    explicit SdlSubsystem(Uint32 flags);
    ~SdlSubsystem();
    SdlSubsystem(const SdlSubsystem&) = delete;
    SdlSubsystem& operator=(const SdlSubsystem&) = delete;

private:
    Uint32 m_flags;
};

// TTF_Init / TTF_Quit (reference counted by SDL_ttf itself, so nested guards are fine).
class TtfLibrary {
public:
    TtfLibrary();
    ~TtfLibrary();
    TtfLibrary(const TtfLibrary&) = delete;
    TtfLibrary& operator=(const TtfLibrary&) = delete;
};

} // namespace podium
