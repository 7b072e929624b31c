// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/frame_painter.hpp"

#include "core/i18n/translate.hpp"
#include "display/text_wrap.hpp"
#include "core/script/section_detector.hpp"
#include "display/help_overlay.hpp"
#include "display/status_text.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace podium {

namespace {

SDL_Color scaled(SDL_Color color, double factor)
{
    auto scale = [factor](Uint8 v) { return static_cast<Uint8>(std::clamp(std::lround(v * factor), 0L, 255L)); };
    return SDL_Color{scale(color.r), scale(color.g), scale(color.b), color.a};
}

std::string_view state_label(const FrameContent& content)
{
    switch (content.view.state) {
    case PrompterState::Countdown: return _("ready");
    case PrompterState::Running: return "";
    case PrompterState::Paused: return _("PAUSED");
    case PrompterState::Finished: return _("END");
    }
    return "";
}

} // namespace

FramePainter::FramePainter(SDL_Renderer* renderer, FontChoice font, FrameStyle style)
    : m_renderer(renderer), m_font_choice(std::move(font)), m_style(style), m_lines(renderer), m_labels(renderer),
      m_help_labels(renderer)
{
}

const TextFont& FramePainter::ui_font(int pixel_size)
{
    if (!m_ui_font || m_ui_font->pixel_size() != pixel_size) {
        m_labels.clear();
        m_ui_font = std::make_unique<TextFont>(m_font_choice, pixel_size);
    }
    return *m_ui_font;
}

const TextFont& FramePainter::big_font(int pixel_size)
{
    if (!m_big_font || m_big_font->pixel_size() != pixel_size) {
        m_labels.clear();
        m_big_font = std::make_unique<TextFont>(m_font_choice, pixel_size);
    }
    return *m_big_font;
}

void FramePainter::fill(const SDL_Rect& rect, SDL_Color color)
{
    SDL_SetRenderDrawBlendMode(m_renderer, color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(m_renderer, color.r, color.g, color.b, color.a);
    SDL_RenderFillRect(m_renderer, &rect);
}

void FramePainter::paint(const FrameContent& content, int width, int height)
{
    const FrameGeometry geometry = frame_geometry(width, height, content.view.reading_line, m_style.show_status);
    if (!content.view.mirror) {
        paint_direct(content, geometry);
        return;
    }
    // Mirror everything the glass shows, overlays included: paint the frame into a texture and
    // copy it flipped. One extra full-frame copy, only while mirrored.
    if (!m_mirror_target || m_mirror_width != width || m_mirror_height != height) {
        m_mirror_target.reset(SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, width, height));
        m_mirror_width = width;
        m_mirror_height = height;
    }
    if (!m_mirror_target) {
        paint_direct(content, geometry); // no target textures: unmirrored beats a black screen
        return;
    }
    SDL_Texture* previous = SDL_GetRenderTarget(m_renderer);
    SDL_SetRenderTarget(m_renderer, m_mirror_target.get());
    paint_direct(content, geometry);
    SDL_SetRenderTarget(m_renderer, previous);
    SDL_SetTextureBlendMode(m_mirror_target.get(), SDL_BLENDMODE_NONE);
    const SDL_Rect whole{0, 0, width, height};
    SDL_RenderCopyEx(m_renderer, m_mirror_target.get(), nullptr, &whole, 0.0, nullptr, SDL_FLIP_HORIZONTAL);
}

void FramePainter::paint_direct(const FrameContent& content, const FrameGeometry& geometry)
{
    SDL_SetRenderDrawBlendMode(m_renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(m_renderer, m_style.background.r, m_style.background.g, m_style.background.b, 255);
    SDL_RenderClear(m_renderer);
    if (content.view.blank || content.layout == nullptr || content.text_font == nullptr) {
        return; // blank is pure black: nothing else, not even the timers
    }
    const bool counting_down = content.view.state == PrompterState::Countdown;
    // Text lives between the status strip and the progress band: a line scrolling out is cut
    // at their edges instead of being drawn and then painted over (the software renderer would
    // copy those pixels for nothing).
    const SDL_Rect text_band{0, geometry.text_top, geometry.width, geometry.text_bottom - geometry.text_top};
    SDL_RenderSetClipRect(m_renderer, &text_band);
    paint_lines(content, geometry, counting_down);
    SDL_RenderSetClipRect(m_renderer, nullptr);
    paint_pointers(geometry, content.layout->line_height);
    if (m_style.show_status) {
        paint_status(content, geometry);
    }
    paint_progress(content, geometry);
    if (content.remote_badge != RemoteBadge::Hidden) {
        paint_remote_badge(content.remote_badge, geometry);
    }
    if (counting_down) {
        paint_countdown(content, geometry);
    }
    if (!content.cue.empty() && !counting_down) {
        paint_cue(content.cue, geometry, content.layout->line_advance);
    }
    if (content.view.quit == QuitState::Pending) {
        paint_notice(_("Quit? Ctrl+Q again or Enter to quit, any other key to go on"), geometry);
    } else if (!content.notice.empty()) {
        paint_notice(content.notice, geometry);
    }
    if (content.summary != nullptr && !content.view.help) {
        paint_summary(*content.summary, geometry);
    }
    if (content.view.help) {
        paint_help(content, geometry);
    }
}

void FramePainter::paint_lines(const FrameContent& content, const FrameGeometry& geometry, bool dim_all)
{
    const Layout& layout = *content.layout;
    const Script& script = *content.script;
    const LineRange range = visible_lines(layout, content.view.scroll_y, geometry);
    // Put the baseline where the ideographic em box [top, top + size] wants it (0.88 em down), so
    // Han characters fill the line box the layout measured, whatever the face's ascent.
    const double glyph_offset = 0.88 * layout.line_height - content.text_font->ascent();
    // Lines fade out towards the status strip and the progress bar instead of being cut off
    // hard. The fade zone stops short of the line on the reading line, which is always full.
    const double fade_span = std::max(1.0, std::min(layout.line_advance * 1.2,
        (geometry.reading_y - layout.line_advance - geometry.text_top) / 0.8));
    for (std::size_t line = range.first; line < range.end; ++line) {
        const double top = line_screen_top(layout, line, content.view.scroll_y, geometry);
        const double edge = std::min(top - geometry.text_top, geometry.text_bottom - (top + layout.line_height));
        // The fade is baked into the line's texture like the other brightness levels, in a few
        // steps, so every line is an opaque, unmodulated copy: per-frame colour modulation
        // cost about a fifth of a 1080p frame. A line moves through a step in about half a
        // second at speaking pace, and a step of 1/12 brightness does not show.
        constexpr double fade_steps = 12.0;
        const double fade = std::round(std::clamp(edge / fade_span + 0.2, 0.2, 1.0) * fade_steps) / fade_steps;
        for (RunTexture& run : m_lines.runs(script, layout, *content.text_font, line)) {
            double brightness = fade;
            if (dim_all) {
                brightness *= m_style.countdown_brightness;
            } else if (run.sentence < content.view.current_sentence) {
                brightness *= m_style.read_brightness;
            } else if (run.sentence > content.view.current_sentence) {
                brightness *= m_style.upcoming_brightness;
            }
            // Per run, not per line: a heading shares its line with the sentence after it when
            // the script puts them in one paragraph.
            const bool heading = run.sentence < script.sentences.size() && script.sentences[run.sentence].is_heading;
            if (!m_lines.tint(run, scaled(heading ? m_style.heading : m_style.text, brightness))) {
                continue;
            }
            // Opaque and untinted: the renderer copies rows as they are.
            const SDL_FRect target{static_cast<float>(layout.column_x + run.x),
                static_cast<float>(top + glyph_offset + run.y), static_cast<float>(run.width),
                static_cast<float>(run.height)};
            SDL_RenderCopyF(m_renderer, run.texture.get(), nullptr, &target);
        }
    }
}

void FramePainter::paint_pointers(const FrameGeometry& geometry, int line_height)
{
    // Small triangles at both edges point at the reading line without covering any text.
    const float half = std::max(6.0f, static_cast<float>(line_height) * 0.22f);
    const float depth = half * 1.3f;
    const float inset = static_cast<float>(geometry.width) * 0.03f;
    const float y = static_cast<float>(geometry.reading_y);
    const SDL_Color c = m_style.pointer;
    auto vertex = [c](float x, float vy) { return SDL_Vertex{{x, vy}, c, {0.0f, 0.0f}}; };
    const std::array<SDL_Vertex, 6> vertices{
        vertex(inset, y - half), vertex(inset + depth, y), vertex(inset, y + half),
        vertex(static_cast<float>(geometry.width) - inset, y - half),
        vertex(static_cast<float>(geometry.width) - inset - depth, y),
        vertex(static_cast<float>(geometry.width) - inset, y + half)};
    SDL_RenderGeometry(m_renderer, nullptr, vertices.data(), static_cast<int>(vertices.size()), nullptr, 0);
}

void FramePainter::paint_status(const FrameContent& content, const FrameGeometry& geometry)
{
    const Script& script = *content.script;
    const PrompterView& view = content.view;
    fill(SDL_Rect{0, 0, geometry.width, geometry.strip_height}, m_style.strip_background);
    const TextFont& font = ui_font(geometry.ui_px);
    const int y = (geometry.strip_height - font.glyph_height()) / 2;
    const int pad = geometry.progress_margin;

    // Right: state, pace, total elapsed against the total estimate.
    // Elapsed against the estimate, then what is left at the current pace.
    const std::string right = format_clock(view.elapsed) + " / " + format_clock(view.total_planned) + "   "
        + podium::fill_in(_("{} left"), format_clock(view.remaining));
    std::string details = format_pace(view.pace, view.pace_unit);
    if (view.mode == ScrollMode::Manual) {
        details += std::string("  ") + _("manual");
    }
    if (view.speech) {
        details += std::string("  ") + _("speech");
    }
    if (view.listening) {
        details += std::string("  ") + _("listening");
    }
    int x = geometry.width - pad;
    x -= m_labels.draw(font, right, x, y, m_style.strip_value, Align::Right);
    x -= geometry.ui_px;
    x -= m_labels.draw(font, details, x, y, m_style.strip_text, Align::Right);
    const std::string_view state = state_label(content);
    if (!state.empty()) {
        x -= geometry.ui_px;
        x -= m_labels.draw(font, state, x, y, m_style.amber, Align::Right);
    }

    // Left: the section title (cut to the room left), then its time against its plan, amber from
    // 10% over, red from 25%.
    SDL_Color section_color = m_style.on_plan;
    switch (view.section_status) {
    case TimeStatus::OnTime: break;
    case TimeStatus::Amber: section_color = m_style.amber; break;
    case TimeStatus::Red: section_color = m_style.red; break;
    }
    const std::string section_time = format_clock(view.section_actual) + " / " + format_clock(view.section_planned);
    const int section_time_width = m_labels.width(font, section_time);
    const int title_room = std::max(0, x - pad - section_time_width - 2 * geometry.ui_px);
    int left = pad;
    if (view.current_section < script.sections.size()) {
        const std::string title = fit_to_width(font, shown_section_title(script.sections[view.current_section]), title_room);
        left += m_labels.draw(font, title, left, y, m_style.strip_value);
    }
    m_labels.draw(font, section_time, left + geometry.ui_px, y, section_color);
}

void FramePainter::paint_progress(const FrameContent& content, const FrameGeometry& geometry)
{
    const Timing& timing = *content.timing;
    const double total = content.view.total_planned > 0.0 ? content.view.total_planned : timing.total_seconds;
    if (total <= 0.0) {
        return;
    }
    const int x0 = geometry.progress_margin;
    const int span = geometry.width - 2 * geometry.progress_margin;
    const int h = geometry.progress_height;
    auto x_at = [&](double seconds) {
        return x0 + static_cast<int>(std::lround(std::clamp(seconds / total, 0.0, 1.0) * span));
    };
    const double position = content.view.position;
    // The bar sits on its own black band so text scrolling off the bottom never runs through it.
    fill(SDL_Rect{0, geometry.text_bottom, geometry.width, geometry.height - geometry.text_bottom}, m_style.background);
    fill(SDL_Rect{x0, geometry.progress_y, span, h}, m_style.progress_track);
    fill(SDL_Rect{x0, geometry.progress_y, x_at(position) - x0, h}, m_style.progress_done);
    for (std::size_t i = 0; i < timing.sections.size() && i < content.script->sections.size(); ++i) {
        const int tall = content.script->sections[i].level <= 1 ? h : h / 2;
        fill(SDL_Rect{x_at(timing.sections[i].start) - 1, geometry.progress_y - tall, 2, h + 2 * tall}, m_style.progress_tick);
    }
    if (content.view.state != PrompterState::Countdown) {
        fill(SDL_Rect{x_at(content.view.planned_now) - 1, geometry.progress_y - h, 3, 3 * h}, m_style.planned_marker);
    }
    fill(SDL_Rect{x_at(position) - 2, geometry.progress_y - h, 4, 3 * h}, m_style.text);
}

namespace {

// A third of the height, but never taller than the text band: the numeral stays clear of the
// status strip and the progress bar at every size.
int countdown_px(const FrameGeometry& geometry)
{
    return std::max(24, std::min(geometry.height / 3, (geometry.text_bottom - geometry.text_top) * 3 / 4));
}

} // namespace

SDL_Rect FramePainter::countdown_placement(const FrameContent& content, const FrameGeometry& geometry)
{
    const int seconds = std::max(1, static_cast<int>(std::ceil(content.view.countdown_remaining)));
    const TextFont& font = big_font(countdown_px(geometry));
    const int w = m_labels.width(font, std::to_string(seconds));
    const int h = font.glyph_height();
    return SDL_Rect{geometry.width / 2 - w / 2, geometry.height / 2 - h / 2, w, h};
}

SDL_Rect FramePainter::countdown_box(const FrameContent& content, int width, int height)
{
    return countdown_placement(content, frame_geometry(width, height, content.view.reading_line, m_style.show_status));
}

void FramePainter::paint_countdown(const FrameContent& content, const FrameGeometry& geometry)
{
    const int seconds = std::max(1, static_cast<int>(std::ceil(content.view.countdown_remaining)));
    const SDL_Rect box = countdown_placement(content, geometry);
    const TextFont& font = big_font(countdown_px(geometry));
    m_labels.draw(font, std::to_string(seconds), box.x + box.w / 2, box.y, m_style.text, Align::Centre);
}

void FramePainter::paint_remote_badge(RemoteBadge badge, const FrameGeometry& geometry)
{
    // Top right, under the status strip, small: the speaker glances at it; the audience (on a
    // blank screen: nothing is drawn) does not need it.
    const TextFont& font = ui_font(geometry.ui_px);
    const std::string label = _("phone");
    const int h = font.glyph_height();
    const int w = m_labels.width(font, label) + h;
    const int x = geometry.width - geometry.progress_margin - w;
    const int y = geometry.text_top + h / 2;
    const bool flash = badge == RemoteBadge::Flash;
    fill(SDL_Rect{x, y, w, h + h / 3}, flash ? SDL_Color{255, 176, 32, 255} : SDL_Color{24, 48, 26, 235});
    m_labels.draw(font, label, x + w / 2, y + h / 6, flash ? SDL_Color{0, 0, 0, 255} : m_style.on_plan, Align::Centre);
}

SDL_Rect FramePainter::notice_placement(const std::string& notice, const FrameGeometry& geometry,
    std::vector<std::string>& lines)
{
    const TextFont& font = ui_font(geometry.ui_px);
    const int h = font.glyph_height();
    // Wrapped to the frame between the progress bar's margins (a long message in any language
    // takes more lines, growing upwards from its usual place, instead of leaving the frame).
    const int room = std::max(1, geometry.width - 2 * geometry.progress_margin - 2 * h);
    lines = wrap_to_width(notice, room, [&](std::string_view text) { return m_labels.width(font, text); });
    int widest = 0;
    for (std::string& line : lines) {
        line = fit_to_width(font, line, room); // only a piece no break can shorten is cut
        widest = std::max(widest, m_labels.width(font, line));
    }
    const int count = std::max(1, static_cast<int>(lines.size()));
    const int y = geometry.progress_y - 3 * h - (count - 1) * h;
    return SDL_Rect{geometry.width / 2 - widest / 2 - h, y - h / 3, widest + 2 * h, count * h + 2 * (h / 3)};
}

SDL_Rect FramePainter::notice_box(const std::string& notice, const FrameContent& content, int width, int height)
{
    std::vector<std::string> lines;
    return notice_placement(notice, frame_geometry(width, height, content.view.reading_line, m_style.show_status), lines);
}

void FramePainter::paint_notice(const std::string& notice, const FrameGeometry& geometry)
{
    std::vector<std::string> lines;
    const SDL_Rect box = notice_placement(notice, geometry, lines);
    const int h = ui_font(geometry.ui_px).glyph_height();
    fill(box, SDL_Color{40, 32, 16, 235});
    for (std::size_t i = 0; i < lines.size(); ++i) {
        m_labels.draw(ui_font(geometry.ui_px), lines[i], geometry.width / 2, box.y + h / 3 + static_cast<int>(i) * h,
            m_style.amber, Align::Centre);
    }
}

SDL_Rect FramePainter::cue_rect(const FrameContent& content, int width, int height)
{
    const FrameGeometry geometry = frame_geometry(width, height, content.view.reading_line, m_style.show_status);
    const TextFont& font = ui_font(geometry.ui_px);
    const int h = font.glyph_height();
    const int pill = h + 2 * (h / 3);
    const RowBand band = cue_band(geometry, content.layout != nullptr ? content.layout->line_advance : 0.0, pill);
    const int w = m_labels.width(font, content.cue) + 2 * h;
    return SDL_Rect{geometry.width / 2 - w / 2, band.top, w, pill};
}

// The live coach's cue: a calm pill, centred, in a band that never meets the reading line, in
// the strip's size so it is read at a glance and does not compete with the speech.
void FramePainter::paint_cue(const std::string& cue, const FrameGeometry& geometry, double line_advance)
{
    const TextFont& font = ui_font(geometry.ui_px);
    const int h = font.glyph_height();
    const int pill = h + 2 * (h / 3);
    const RowBand band = cue_band(geometry, line_advance, pill);
    const int w = m_labels.width(font, cue) + 2 * h;
    fill(SDL_Rect{geometry.width / 2 - w / 2, band.top, w, pill}, m_style.cue_background);
    m_labels.draw(font, cue, geometry.width / 2, band.top + h / 3, m_style.cue_text, Align::Centre);
}

void FramePainter::paint_help(const FrameContent& content, const FrameGeometry& geometry)
{
    const KeyPreset& preset = content.keys != nullptr ? *content.keys : default_key_preset();
    const HelpOverlayLayout& layout = help_layout(preset, geometry);
    const TextFont& font = *m_help_font;
    fill(layout.panel, SDL_Color{14, 14, 18, 255}); // opaque: keys must read clearly over any text
    m_help_labels.draw(font, layout.title.text, layout.title.x, layout.title.y, m_style.amber);
    for (const HelpOverlayText& keys : layout.keys) {
        m_help_labels.draw(font, keys.text, keys.x, keys.y, m_style.strip_value);
    }
    for (const HelpOverlayText& help : layout.help) {
        m_help_labels.draw(font, help.text, help.x, help.y, m_style.strip_text);
    }
}

const HelpOverlayLayout& FramePainter::help_overlay(const FrameContent& content, int width, int height)
{
    const KeyPreset& preset = content.keys != nullptr ? *content.keys : default_key_preset();
    return help_layout(preset, frame_geometry(width, height, content.view.reading_line, m_style.show_status));
}

const HelpOverlayLayout& FramePainter::help_layout(const KeyPreset& preset, const FrameGeometry& geometry)
{
    const std::vector<HelpLine> lines = prompter_help_lines(preset);
    const std::string title = podium::fill_in(_("Keys ({})"), preset.name);
    std::string key = title + '\n' + std::to_string(geometry.width) + 'x' + std::to_string(geometry.height) + '@'
        + std::to_string(geometry.ui_px);
    for (const HelpLine& line : lines) {
        key += '\n' + line.keys + '\t' + line.help;
    }
    if (key == m_help_key && m_help_font) {
        return m_help_layout;
    }
    // The UI size first; smaller (down to two thirds) only when the keys do not fit the frame.
    const int smallest = std::max(8, geometry.ui_px * 2 / 3);
    for (int px = geometry.ui_px; px >= smallest; px -= std::max(1, geometry.ui_px / 12)) {
        m_help_labels.clear();
        m_help_font = std::make_unique<TextFont>(m_font_choice, px);
        const TextFont& font = *m_help_font;
        m_help_layout = help_overlay_layout(geometry.width, geometry.height, geometry.progress_margin, title, lines,
            font.glyph_height() + px / 4, px, [this, &font](std::string_view text) { return m_help_labels.width(font, text); });
        if (m_help_layout.fits) {
            break;
        }
    }
    m_help_key = std::move(key);
    return m_help_layout;
}

} // namespace podium
