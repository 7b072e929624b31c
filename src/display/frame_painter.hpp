// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/remote/remote_badge.hpp"
#include "core/layout/layout.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/rehearsal/rehearsal_report.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/frame_geometry.hpp"
#include "display/frame_style.hpp"
#include "display/help_overlay.hpp"
#include "display/summary_layout.hpp"
#include "display/key_map.hpp"
#include "display/label_cache.hpp"
#include "display/line_cache.hpp"
#include "display/text_font.hpp"

#include <memory>
#include <string>
#include <vector>

namespace podium {

// Everything one frame shows. The painter draws it and decides nothing.
struct FrameContent {
    const Script* script = nullptr;
    const Timing* timing = nullptr;
    const Layout* layout = nullptr;
    const TextFont* text_font = nullptr; // the font the layout was measured with
    PrompterView view;
    std::string notice;                  // a transient message from the app, if any
    const KeyPreset* keys = nullptr;     // listed by the help overlay
    const RehearsalReport* summary = nullptr; // the run just finished: its table over the text
    RemoteBadge remote_badge = RemoteBadge::Hidden; // --remote: a phone is connected / a command came
    std::string cue;                     // the live coach's cue ("slower"), empty: none
};

// Draws prompter frames with one SDL renderer: cached line textures, tinted per sentence, and
// the overlays. Mirror mode paints into a target texture and copies it flipped, so the
// overlays are mirrored with the text.
class FramePainter {
public:
    FramePainter(SDL_Renderer* renderer, FontChoice font, FrameStyle style = {});

    // Paints the whole frame into the renderer's current target (width × height pixels).
    void paint(const FrameContent& content, int width, int height);
    // A relayout or a new text size makes every cached line stale.
    void forget_lines() { m_lines.clear(); }
    [[nodiscard]] const LineCache& line_cache() const { return m_lines; }
    [[nodiscard]] const FrameStyle& style() const { return m_style; }
    void set_style(const FrameStyle& style) { m_style = style; }
    // Where the keys overlay goes on a frame of this size (tests check nothing crosses its panel).
    [[nodiscard]] const HelpOverlayLayout& help_overlay(const FrameContent& content, int width, int height);
    // The cue's pill on a frame of this size (tests check it stays off the reading line).
    [[nodiscard]] SDL_Rect cue_rect(const FrameContent& content, int width, int height);
    // Where the end-of-run summary and the countdown numeral go, measured in the frame's fonts
    // (tests check no pixel they draw crosses these boxes).
    [[nodiscard]] SummaryOverlay summary_overlay(const RehearsalReport& summary, const FrameContent& content, int width,
        int height);
    [[nodiscard]] SDL_Rect countdown_box(const FrameContent& content, int width, int height);
    [[nodiscard]] SDL_Rect notice_box(const std::string& notice, const FrameContent& content, int width, int height);

private:
    void paint_direct(const FrameContent& content, const FrameGeometry& geometry);
    void paint_lines(const FrameContent& content, const FrameGeometry& geometry, bool dim_all);
    void paint_pointers(const FrameGeometry& geometry, int line_height);
    void paint_status(const FrameContent& content, const FrameGeometry& geometry);
    void paint_remote_badge(RemoteBadge badge, const FrameGeometry& geometry);
    void paint_progress(const FrameContent& content, const FrameGeometry& geometry);
    void paint_countdown(const FrameContent& content, const FrameGeometry& geometry);
    void paint_help(const FrameContent& content, const FrameGeometry& geometry);
    void paint_notice(const std::string& notice, const FrameGeometry& geometry);
    void paint_cue(const std::string& cue, const FrameGeometry& geometry, double line_advance);
    [[nodiscard]] SDL_Rect notice_placement(const std::string& notice, const FrameGeometry& geometry,
        std::vector<std::string>& lines);
    void paint_summary(const RehearsalReport& summary, const FrameGeometry& geometry); // frame_summary.cpp
    [[nodiscard]] SummaryOverlay summary_placement(const RehearsalReport& summary, const FrameGeometry& geometry);
    [[nodiscard]] SDL_Rect countdown_placement(const FrameContent& content, const FrameGeometry& geometry);
    const TextFont& ui_font(int pixel_size);
    const TextFont& big_font(int pixel_size);
    void fill(const SDL_Rect& rect, SDL_Color color);
    const HelpOverlayLayout& help_layout(const KeyPreset& preset, const FrameGeometry& geometry);

    SDL_Renderer* m_renderer;
    FontChoice m_font_choice;
    FrameStyle m_style;
    LineCache m_lines;
    LabelCache m_labels;
    std::unique_ptr<TextFont> m_ui_font;
    std::unique_ptr<TextFont> m_big_font;
    // The keys overlay has its own font and labels: it may be drawn smaller than the strip to fit.
    std::unique_ptr<TextFont> m_help_font;
    LabelCache m_help_labels;
    std::string m_help_key; // what m_help_layout was laid out for
    HelpOverlayLayout m_help_layout;
    TexturePtr m_mirror_target;
    int m_mirror_width = 0;
    int m_mirror_height = 0;
};

} // namespace podium
