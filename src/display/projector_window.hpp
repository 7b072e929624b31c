// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_view.hpp"
#include "display/display_policy.hpp"
#include "display/frame_painter.hpp"
#include "display/png_writer.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"

#include <memory>
#include <string>

namespace podium {

// The prompter on the projector: a window placed on a chosen display (fullscreen, or windowed
// when it shares the operator's display), its own scene (font + layout for its size) and painter.
// It draws the view it is given, with the session's window toggles (WindowToggles) stamped on:
// mirror and blank belong to the projector alone, so blanking the room's screen never blanks the
// operator's view. It never holds a position or a toggle of its own.
class ProjectorWindow {
public:
    ProjectorWindow(const Script& script, const Timing& timing, const FontChoice& font, const std::string& title,
        const DisplayDescription& display, ProjectorPlacement placement);

    // Lays out for the drawable size and `text_px`; true when the layout changed.
    bool fit(int text_px);
    // The view as this window shows it (no help or quit prompt on the room's screen).
    [[nodiscard]] PrompterView shown(PrompterView view) const;
    // Paints `view` as shown(), without presenting (so tests can read the frame back).
    // `cue`: the live coach's (empty: none), drawn off the reading line.
    void paint(const PrompterView& view, const RehearsalReport* summary = nullptr, const std::string& cue = {});
    [[nodiscard]] FrameImage read() const;
    void present();
    // Moves to another display (after a hot-plug), fullscreen or windowed.
    void move_to(const DisplayDescription& display, ProjectorPlacement placement);
    // Fullscreen on its display, or a window (the session's toggle, applied).
    void set_fullscreen(bool on);

    [[nodiscard]] const PrompterScene& scene() const { return m_scene; }
    [[nodiscard]] const Layout& layout() const { return m_scene.layout(); }
    [[nodiscard]] SDL_Point size() const;
    [[nodiscard]] Uint32 id() const { return SDL_GetWindowID(m_window.get()); }
    [[nodiscard]] bool vsync() const { return m_vsync; }
    [[nodiscard]] bool fullscreen() const { return m_fullscreen; }

private:
    WindowPtr m_window;
    RendererPtr m_renderer;
    PrompterScene m_scene;
    std::unique_ptr<FramePainter> m_painter;
    bool m_vsync = false;
    bool m_fullscreen = false; // what the SDL window has been told
};

enum class VSync { Yes, No };
// A renderer for a window: accelerated (with vsync when asked) when there is one, else software.
// Only one of two windows waits for vsync: presenting both with vsync would halve the frame rate.
[[nodiscard]] RendererPtr make_window_renderer(SDL_Window* window, VSync wanted, bool& vsync, const char* what);

} // namespace podium
