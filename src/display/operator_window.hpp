// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/prompter/prompter_model.hpp"
#include "core/prompter/window_toggles.hpp"
#include "core/remote/remote_port.hpp"
#include "display/frame_painter.hpp"
#include "display/key_map.hpp"
#include "display/label_cache.hpp"
#include "display/operator_layout.hpp"
#include "display/png_writer.hpp"
#include "display/projector_window.hpp"
#include "display/sdl_handles.hpp"
#include "display/text_font.hpp"

#include <memory>
#include <string>
#include <vector>

namespace podium {

// Everything the operator window shows in one frame. It reads the same model view the projector
// draws (and the projector's own scene), so the preview is exactly what the room sees.
struct OperatorFrame {
    const Script* script = nullptr;
    const Timing* timing = nullptr;
    const PrompterScene* projector_scene = nullptr;
    SDL_Point projector_size{0, 0};
    PrompterView view;
    WindowToggles toggles;                  // the session's: mirror, blank and fullscreen are the
                                            // projector's, help (the keys panel) the operator's
    std::vector<double> section_actual;     // running seconds per section (the model's)
    bool offer = false;                     // the projector's display is offered back
    std::string offer_text;
    std::string notice;                     // hot-plug news, for a few seconds
    std::string cue;                        // the live coach's cue on the projector (empty: none)
    const KeyPreset* keys = nullptr;
    const RemotePairing* remote = nullptr;  // --remote: the pairing URL and QR code to show
};

// The operator's window on the laptop: a preview of the projector, the timers, the section list
// with planned and actual times, and clickable controls.
class OperatorWindow {
public:
    OperatorWindow(const FontChoice& font, const std::string& title, const DisplayDescription* display);

    void paint(const OperatorFrame& frame);
    // The projector re-laid out: the preview's cached lines (by line index) are stale.
    void forget_lines() { m_preview_painter->forget_lines(); }
    void present();
    // The preview as painted at the projector's full size (before scaling): equal to the
    // projector's frame when neither mirror nor blank is on.
    [[nodiscard]] FrameImage read_preview() const;
    [[nodiscard]] FrameImage read() const;

    // The layout of the last painted frame, and a window-coordinate click mapped to drawable pixels.
    [[nodiscard]] const OperatorLayout& layout() const { return m_layout; }
    // How many lines of the keys panel the last paint with help showed (tests: all of them), and
    // the panel's box.
    [[nodiscard]] std::size_t help_lines_shown() const { return m_help_lines_shown; }
    [[nodiscard]] const Box& help_box() const { return m_help_box; }
    [[nodiscard]] SDL_Point to_drawable(int x, int y) const;
    [[nodiscard]] SDL_Point size() const;
    // Sets the window's size, as the user dragging its border would (tests, screenshots).
    void resize(int width, int height);
    [[nodiscard]] Uint32 id() const { return SDL_GetWindowID(m_window.get()); }
    [[nodiscard]] bool vsync() const { return m_vsync; }

private:
    void paint_preview(const OperatorFrame& frame);
    void paint_timers(const OperatorFrame& frame);
    void paint_outline(const OperatorFrame& frame);
    void paint_controls(const OperatorFrame& frame);
    void paint_help(const OperatorFrame& frame);
    void paint_remote(const RemotePairing& pairing);
    void fill(const Box& box, SDL_Color color);
    int text(std::string_view utf8, int x, int y, SDL_Color color, Align align = Align::Left);
    [[nodiscard]] std::string fit(std::string text, int max_width) const;
    // Draws `utf8` wrapped to `max_width` from row `y` on, a row every `row` pixels while a row
    // still ends above `bottom`; returns the y after the last row drawn.
    int wrapped_text(std::string_view utf8, int x, int y, int max_width, int row, int bottom, SDL_Color color);
    void use_ui_px(int px);
    struct HelpPlacement {
        Box box;
        int columns = 1;
        int keys_w = 0; // the keys column, from the column's left edge
        std::vector<std::pair<int, int>> rows; // per help line shown: its column and first row
    };
    // Every line in as few columns of `box` as hold them with their keys uncut; with
    // `last_resort`, three columns with keys cut rather than nothing.
    [[nodiscard]] HelpPlacement place_help(const std::vector<HelpLine>& lines, const Box& box, int row, bool last_resort);
    [[nodiscard]] int button_text_width(OperatorButton button, int px);

    FontChoice m_font_choice;
    WindowPtr m_window;
    RendererPtr m_renderer;
    std::unique_ptr<FramePainter> m_preview_painter;
    TexturePtr m_preview;
    SDL_Point m_preview_size{0, 0};
    std::unique_ptr<LabelCache> m_labels;
    std::unique_ptr<TextFont> m_ui_font;
    OperatorLayout m_layout;
    std::size_t m_help_lines_shown = 0;
    Box m_help_box;
    bool m_vsync = false;
};

} // namespace podium
