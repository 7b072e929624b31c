// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/prompter_window.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/text/utf8.hpp"

namespace podium {

PrompterWindow::PrompterWindow(const Script& script, const Timing& timing, const FontChoice& font,
    const std::string& title, WindowPlacement placement)
    : m_scene(script, timing, font)
{
    // Start at 80% of the usable area of the display, 16:9, unless asked for fullscreen.
    SDL_Rect usable{0, 0, 1280, 720};
    SDL_GetDisplayUsableBounds(0, &usable);
    int width = usable.w * 4 / 5;
    int height = width * 9 / 16;
    if (height > usable.h * 4 / 5) {
        height = usable.h * 4 / 5;
        width = height * 16 / 9;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (placement == WindowPlacement::Fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        m_fullscreen = true;
    }
    // The title holds the file name, and file names are bytes (a GBK name from a Windows share).
    const std::string shown_title = utf8::valid_or_replaced(title);
    m_window.reset(SDL_CreateWindow(shown_title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags));
    if (!m_window) {
        throw Error(fill_in(_("cannot open the prompter window: {}"), SDL_GetError()));
    }
    m_renderer.reset(SDL_CreateRenderer(m_window.get(), -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC));
    if (!m_renderer) {
        m_renderer.reset(SDL_CreateRenderer(m_window.get(), -1, SDL_RENDERER_SOFTWARE));
    }
    if (!m_renderer) {
        throw Error(fill_in(_("cannot draw in the prompter window: {}"), SDL_GetError()));
    }
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(m_renderer.get(), &info) == 0) {
        m_vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    }
    m_painter = std::make_unique<FramePainter>(m_renderer.get(), font);
}

SDL_Point PrompterWindow::drawable_size() const
{
    SDL_Point size{0, 0};
    if (SDL_GetRendererOutputSize(m_renderer.get(), &size.x, &size.y) != 0) {
        SDL_GetWindowSize(m_window.get(), &size.x, &size.y);
    }
    return size;
}

bool PrompterWindow::fit(int text_px)
{
    const SDL_Point size = drawable_size();
    if (!m_scene.fit(std::max(1, size.x), text_px)) {
        return false;
    }
    m_painter->forget_lines();
    return true;
}

void PrompterWindow::draw(const PrompterView& view, const std::string& notice, const RehearsalReport* summary,
    RemoteBadge remote_badge, const std::string& cue)
{
    const SDL_Point size = drawable_size();
    FrameContent content = m_scene.content(view);
    content.notice = notice;
    content.cue = cue;
    content.keys = m_keys;
    content.summary = summary;
    content.remote_badge = remote_badge;
    m_painter->paint(content, size.x, size.y);
    SDL_RenderPresent(m_renderer.get());
}

void PrompterWindow::set_fullscreen(bool on)
{
    if (on == m_fullscreen) {
        return;
    }
    m_fullscreen = on;
    SDL_SetWindowFullscreen(m_window.get(), on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

} // namespace podium
