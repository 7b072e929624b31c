// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/remote/remote_badge.hpp"
#include "core/prompter/prompter_model.hpp"
#include "display/frame_painter.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"

#include <string>

namespace podium {

enum class WindowPlacement { Windowed, Fullscreen };

// One prompter window: an SDL window and renderer, its own scene (font + layout for its size)
// and painter. It draws whatever the model says; a second window (the projector, issue 7) is a
// second PrompterWindow over the same model.
class PrompterWindow {
public:
    PrompterWindow(const Script& script, const Timing& timing, const FontChoice& font, const std::string& title,
        WindowPlacement placement);

    // Lays out for the current drawable size and `text_px`; true when the layout changed.
    bool fit(int text_px);
    // `summary`: the table of the run just finished, drawn over the text (null: none); `cue`: the
    // live coach's, off the reading line (empty: none).
    void draw(const PrompterView& view, const std::string& notice = {}, const RehearsalReport* summary = nullptr,
        RemoteBadge remote_badge = RemoteBadge::Hidden, const std::string& cue = {});
    void set_fullscreen(bool on);
    // The preset the help overlay lists.
    void set_keys(const KeyPreset& keys) { m_keys = &keys; }

    [[nodiscard]] const Layout& layout() const { return m_scene.layout(); }
    [[nodiscard]] const PrompterScene& scene() const { return m_scene; }
    [[nodiscard]] bool vsync() const { return m_vsync; }
    [[nodiscard]] SDL_Window* window() const { return m_window.get(); }

private:
    [[nodiscard]] SDL_Point drawable_size() const;

    WindowPtr m_window;
    RendererPtr m_renderer;
    PrompterScene m_scene;
    std::unique_ptr<FramePainter> m_painter;
    const KeyPreset* m_keys = nullptr;
    bool m_vsync = false;
    bool m_fullscreen = false;
};

} // namespace podium
