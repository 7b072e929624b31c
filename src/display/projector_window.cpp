// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/projector_window.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/text/utf8.hpp"
#include "display/offscreen_frame.hpp"

#include <algorithm>

namespace podium {

namespace {

// A window that does not cover the display: 80% of it, 16:9.
SDL_Rect windowed_rect(const DisplayDescription& display)
{
    const int display_w = display.width > 0 ? display.width : 1280;
    const int display_h = display.height > 0 ? display.height : 720;
    int width = display_w * 4 / 5;
    int height = width * 9 / 16;
    if (height > display_h * 4 / 5) {
        height = display_h * 4 / 5;
        width = height * 16 / 9;
    }
    return SDL_Rect{display.x + (display_w - width) / 2, display.y + (display_h - height) / 2, width, height};
}

} // namespace

RendererPtr make_window_renderer(SDL_Window* window, VSync wanted, bool& vsync, const char* what)
{
    RendererPtr renderer(SDL_CreateRenderer(window, -1,
        SDL_RENDERER_ACCELERATED | (wanted == VSync::Yes ? static_cast<Uint32>(SDL_RENDERER_PRESENTVSYNC) : 0u)));
    if (!renderer) {
        renderer.reset(SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE));
    }
    if (!renderer) {
        throw Error(fill_in(_("cannot draw in the {}: {}"), what, SDL_GetError()));
    }
    SDL_RendererInfo info{};
    vsync = SDL_GetRendererInfo(renderer.get(), &info) == 0 && (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    return renderer;
}

ProjectorWindow::ProjectorWindow(const Script& script, const Timing& timing, const FontChoice& font,
    const std::string& title, const DisplayDescription& display, ProjectorPlacement placement)
    : m_scene(script, timing, font)
{
    const SDL_Rect rect = windowed_rect(display);
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (placement == ProjectorPlacement::Fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        m_fullscreen = true;
    }
    // Fullscreen-desktop windows fill the display their position is on.
    // The title holds the file name, and file names are bytes (a GBK name from a Windows share).
    const std::string shown_title = utf8::valid_or_replaced(title);
    m_window.reset(SDL_CreateWindow(shown_title.c_str(), rect.x, rect.y, rect.w, rect.h, flags));
    if (!m_window) {
        throw Error(fill_in(_("cannot open the projector window: {}"), SDL_GetError()));
    }
    m_renderer = make_window_renderer(m_window.get(), VSync::Yes, m_vsync, _("projector window"));
    m_painter = std::make_unique<FramePainter>(m_renderer.get(), font);
}

SDL_Point ProjectorWindow::size() const
{
    SDL_Point size{0, 0};
    if (SDL_GetRendererOutputSize(m_renderer.get(), &size.x, &size.y) != 0) {
        SDL_GetWindowSize(m_window.get(), &size.x, &size.y);
    }
    return SDL_Point{std::max(1, size.x), std::max(1, size.y)};
}

bool ProjectorWindow::fit(int text_px)
{
    if (!m_scene.fit(size().x, text_px)) {
        return false;
    }
    m_painter->forget_lines();
    return true;
}

PrompterView ProjectorWindow::shown(PrompterView view) const
{
    view.help = false;            // the keys overlay is for the operator
    view.quit = QuitState::None;  // so is the quit question
    return view;
}

void ProjectorWindow::paint(const PrompterView& view, const RehearsalReport* summary, const std::string& cue)
{
    const SDL_Point s = size();
    FrameContent content = m_scene.content(shown(view));
    content.summary = summary;
    content.cue = cue;
    m_painter->paint(content, s.x, s.y);
}

FrameImage ProjectorWindow::read() const
{
    const SDL_Point s = size();
    return read_frame(m_renderer.get(), s.x, s.y);
}

void ProjectorWindow::present()
{
    SDL_RenderPresent(m_renderer.get());
}

void ProjectorWindow::move_to(const DisplayDescription& display, ProjectorPlacement placement)
{
    // A fullscreen window moves by leaving fullscreen, moving, and filling the new display.
    SDL_SetWindowFullscreen(m_window.get(), 0);
    const SDL_Rect rect = windowed_rect(display);
    SDL_SetWindowSize(m_window.get(), rect.w, rect.h);
    SDL_SetWindowPosition(m_window.get(), rect.x, rect.y);
    m_fullscreen = placement == ProjectorPlacement::Fullscreen;
    if (m_fullscreen) {
        SDL_SetWindowFullscreen(m_window.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    }
}

void ProjectorWindow::set_fullscreen(bool on)
{
    if (on == m_fullscreen) {
        return;
    }
    m_fullscreen = on;
    SDL_SetWindowFullscreen(m_window.get(), on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

} // namespace podium
