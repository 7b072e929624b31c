// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/operator_window.hpp"

#include "core/prompter/verdict.hpp"

#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/section_detector.hpp"
#include "core/text/utf8.hpp"
#include "display/offscreen_frame.hpp"
#include "display/status_text.hpp"
#include "display/text_wrap.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

constexpr SDL_Color background{22, 22, 26, 255};
constexpr SDL_Color panel{34, 34, 40, 255};
constexpr SDL_Color button_face{52, 52, 60, 255};
constexpr SDL_Color text_colour{225, 225, 225, 255};
constexpr SDL_Color dim{140, 140, 146, 255};
constexpr SDL_Color faint{95, 95, 100, 255};
constexpr SDL_Color sdl_colour(Rgb rgb)
{
    return SDL_Color{rgb.r, rgb.g, rgb.b, 255};
}
// The verdict colours (core/prompter/verdict.hpp); amber is also the operator's accent.
constexpr SDL_Color amber = sdl_colour(verdict_colour(TimeStatus::Amber));
constexpr SDL_Color red = sdl_colour(verdict_colour(TimeStatus::Red));
constexpr SDL_Color green = sdl_colour(verdict_colour(TimeStatus::OnTime));
constexpr SDL_Color cue_colour{150, 200, 255, 255}; // the live coach, as on the prompter
constexpr SDL_Color current_row{60, 52, 30, 255};

SDL_Color status_colour(TimeStatus status)
{
    switch (status) {
    case TimeStatus::OnTime: return green;
    case TimeStatus::Amber: return amber;
    case TimeStatus::Red: return red;
    }
    return green;
}

std::string_view state_name(PrompterState state)
{
    switch (state) {
    case PrompterState::Countdown: return _("Ready (countdown)");
    case PrompterState::Running: return _("Running");
    case PrompterState::Paused: return _("Paused");
    case PrompterState::Finished: return _("Finished");
    }
    return "";
}

std::string signed_clock(double seconds)
{
    return (seconds >= 0 ? "+" : "") + format_clock(seconds);
}

} // namespace

OperatorWindow::OperatorWindow(const FontChoice& font, const std::string& title, const DisplayDescription* display)
    : m_font_choice(font)
{
    int x = SDL_WINDOWPOS_CENTERED;
    int y = SDL_WINDOWPOS_CENTERED;
    int width = 1280;
    int height = 760;
    if (display != nullptr && display->width > 0 && display->height > 0) {
        width = std::min(width, display->width * 9 / 10);
        height = std::min(height, display->height * 9 / 10);
        x = display->x + (display->width - width) / 2;
        y = display->y + (display->height - height) / 2;
    }
    // No ALLOW_HIGHDPI: clicks and drawing then share one coordinate system on every platform.
    // The title holds the file name, and file names are bytes (a GBK name from a Windows share).
    const std::string shown_title = utf8::valid_or_replaced(title);
    m_window.reset(SDL_CreateWindow(shown_title.c_str(), x, y, width, height, SDL_WINDOW_RESIZABLE));
    if (!m_window) {
        throw Error(podium::fill_in(_("cannot open the operator window: {}"), SDL_GetError()));
    }
    m_renderer = make_window_renderer(m_window.get(), VSync::No, m_vsync, _("operator window"));
    m_preview_painter = std::make_unique<FramePainter>(m_renderer.get(), font);
    m_labels = std::make_unique<LabelCache>(m_renderer.get());
}

SDL_Point OperatorWindow::size() const
{
    SDL_Point s{0, 0};
    if (SDL_GetRendererOutputSize(m_renderer.get(), &s.x, &s.y) != 0) {
        SDL_GetWindowSize(m_window.get(), &s.x, &s.y);
    }
    return SDL_Point{std::max(1, s.x), std::max(1, s.y)};
}

void OperatorWindow::resize(int width, int height)
{
    SDL_SetWindowSize(m_window.get(), width, height);
    SDL_PumpEvents(); // the size change reaches the renderer through the event queue
}

SDL_Point OperatorWindow::to_drawable(int x, int y) const
{
    int window_w = 0;
    int window_h = 0;
    SDL_GetWindowSize(m_window.get(), &window_w, &window_h);
    const SDL_Point drawable = size();
    if (window_w <= 0 || window_h <= 0) {
        return SDL_Point{x, y};
    }
    return SDL_Point{x * drawable.x / window_w, y * drawable.y / window_h};
}

void OperatorWindow::fill(const Box& box, SDL_Color color)
{
    SDL_SetRenderDrawBlendMode(m_renderer.get(), color.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(m_renderer.get(), color.r, color.g, color.b, color.a);
    const SDL_Rect rect{box.x, box.y, box.w, box.h};
    SDL_RenderFillRect(m_renderer.get(), &rect);
}

int OperatorWindow::text(std::string_view utf8, int x, int y, SDL_Color color, Align align)
{
    return m_labels->draw(*m_ui_font, utf8, x, y, color, align);
}

std::string OperatorWindow::fit(std::string line, int max_width) const
{
    return fit_to_width(*m_ui_font, std::move(line), max_width);
}

int OperatorWindow::wrapped_text(std::string_view utf8, int x, int y, int max_width, int row, int bottom, SDL_Color color)
{
    const auto measure = [this](std::string_view piece) { return m_labels->width(*m_ui_font, piece); };
    for (const std::string& line : wrap_to_width(utf8, std::max(1, max_width), measure)) {
        if (y + m_layout.ui_px > bottom) {
            break;
        }
        text(fit(line, max_width), x, y, color); // fit() only cuts a piece no break can shorten
        y += row;
    }
    return y;
}

void OperatorWindow::use_ui_px(int px)
{
    if (!m_ui_font || m_ui_font->pixel_size() != px) {
        m_labels->clear();
        m_ui_font = std::make_unique<TextFont>(m_font_choice, px);
    }
}

int OperatorWindow::button_text_width(OperatorButton button, int px)
{
    use_ui_px(px);
    if (button == OperatorButton::PlayPause) { // the label changes with the state: room for both
        return std::max(m_labels->width(*m_ui_font, _("Pause")), m_labels->width(*m_ui_font, _("Play")));
    }
    return m_labels->width(*m_ui_font, translated(button_label(button)));
}

void OperatorWindow::paint(const OperatorFrame& frame)
{
    const SDL_Point s = size();
    const double aspect = frame.projector_size.y > 0
        ? static_cast<double>(frame.projector_size.x) / frame.projector_size.y
        : 16.0 / 9.0;
    const std::size_t sections = frame.script != nullptr ? frame.script->sections.size() : 0;
    m_layout = operator_layout(s.x, s.y, aspect, sections, frame.view.current_section, frame.offer,
        frame.remote != nullptr, [this](OperatorButton button, int px) { return button_text_width(button, px); });
    use_ui_px(m_layout.ui_px);
    SDL_SetRenderTarget(m_renderer.get(), nullptr);
    SDL_SetRenderDrawBlendMode(m_renderer.get(), SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(m_renderer.get(), background.r, background.g, background.b, 255);
    SDL_RenderClear(m_renderer.get());
    if (frame.script == nullptr || frame.timing == nullptr || frame.projector_scene == nullptr) {
        return;
    }
    paint_preview(frame);
    paint_timers(frame);
    paint_outline(frame);
    if (frame.remote != nullptr) {
        paint_remote(*frame.remote); // before the controls: its revoke button sits on this panel
    }
    paint_controls(frame);
    if (frame.toggles.help) {
        paint_help(frame);
    }
}

void OperatorWindow::paint_preview(const OperatorFrame& frame)
{
    // The projector's frame is painted at the projector's own size with its own layout, then
    // scaled into the preview box: the operator sees the very line breaks the speaker sees.
    const SDL_Point p{std::max(1, frame.projector_size.x), std::max(1, frame.projector_size.y)};
    if (!m_preview || m_preview_size.x != p.x || m_preview_size.y != p.y) {
        m_preview.reset(SDL_CreateTexture(m_renderer.get(), SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, p.x, p.y));
        m_preview_size = p;
        m_preview_painter->forget_lines();
        if (m_preview) {
            SDL_SetTextureScaleMode(m_preview.get(), SDL_ScaleModeLinear);
            SDL_SetTextureBlendMode(m_preview.get(), SDL_BLENDMODE_NONE);
        }
    }
    const Box& box = m_layout.preview;
    if (!m_preview) {
        fill(box, panel);
        return;
    }
    PrompterView view = frame.view;
    view.mirror = false; // the operator reads it the right way round
    view.blank = false;  // and keeps seeing the text while the room's screen is black
    view.help = false;
    view.quit = QuitState::None;
    SDL_SetRenderTarget(m_renderer.get(), m_preview.get());
    FrameContent content = frame.projector_scene->content(view);
    content.cue = frame.cue; // the preview shows the cue where the speaker sees it
    m_preview_painter->paint(content, p.x, p.y);
    SDL_SetRenderTarget(m_renderer.get(), nullptr);
    const SDL_Rect target{box.x, box.y, box.w, box.h};
    SDL_RenderCopy(m_renderer.get(), m_preview.get(), nullptr, &target);
    if (frame.toggles.blank) {
        fill(box, SDL_Color{0, 0, 0, 170});
        text(_("PROJECTOR BLANK"), box.x + box.w / 2, box.y + box.h / 2 - m_layout.ui_px / 2, amber, Align::Centre);
    }
    if (frame.toggles.mirror) {
        text(_("mirrored on the projector"), box.x + box.w - m_layout.ui_px / 2, box.y + box.h - 2 * m_layout.ui_px, amber,
            Align::Right);
    }
    // A thin frame around the preview.
    SDL_SetRenderDrawColor(m_renderer.get(), 80, 80, 88, 255);
    const SDL_Rect border{box.x - 1, box.y - 1, box.w + 2, box.h + 2};
    SDL_RenderDrawRect(m_renderer.get(), &border);
}

void OperatorWindow::paint_timers(const OperatorFrame& frame)
{
    const PrompterView& v = frame.view;
    const Script& script = *frame.script;
    const Box& box = m_layout.timers;
    const int row = m_layout.ui_px * 3 / 2;
    int y = box.y;
    auto fits = [&]() { return y + m_layout.ui_px <= box.y + box.h; };

    std::string line = std::string(state_name(v.state));
    if (v.state == PrompterState::Countdown) {
        line += " " + podium::fill_in(_("{} s"), static_cast<int>(std::ceil(v.countdown_remaining)));
    }
    text(line, box.x, y, v.state == PrompterState::Running ? green : amber);
    // The clocks on the right, the state on the left; when both do not fit on one row the clocks
    // take the next row.
    const int state_w = m_labels->width(*m_ui_font, line) + m_layout.ui_px;
    const std::string clocks = podium::fill_in(_("Elapsed {0}   Remaining {1}   Total {2}"), format_clock(v.elapsed),
        format_clock(v.remaining), format_clock(v.total_planned));
    if (m_labels->width(*m_ui_font, clocks) > box.w - state_w) {
        y += row;
    }
    if (fits()) {
        text(fit(clocks, box.w), box.x + box.w, y, text_colour, Align::Right);
    }
    y += row;
    if (fits() && v.current_section < script.sections.size()) {
        const std::string times = format_clock(v.section_actual) + " / " + format_clock(v.section_planned);
        const int times_w = m_labels->width(*m_ui_font, times);
        text(times, box.x + box.w, y, status_colour(v.section_status), Align::Right);
        y = wrapped_text(podium::fill_in(_("Section: {}"), shown_section_title(script.sections[v.current_section])), box.x,
            y, box.w - times_w - m_layout.ui_px, row, box.y + box.h, text_colour);
    }
    if (fits()) {
        std::string next = _("Next: (end of the speech)");
        for (std::size_t i = 0; i < script.sections.size() && i < frame.timing->sections.size(); ++i) {
            if (script.sections[i].first_sentence > v.current_sentence) {
                next = podium::fill_in(_("Next: {0}  at {1}"), shown_section_title(script.sections[i]), format_clock(frame.timing->sections[i].start));
                break;
            }
        }
        y = wrapped_text(next, box.x, y, box.w, row, box.y + box.h, dim);
    }
    if (fits()) {
        const double ahead = v.position - v.planned_now;
        const std::string pace = podium::fill_in(_("Speed {0}%  {1}  {2}"), static_cast<int>(std::lround(v.pace_factor * 100)),
            format_pace(v.pace, v.pace_unit), v.mode == ScrollMode::Manual ? _("manual") : _("paced"));
        int pace_room = box.w;
        if (v.state != PrompterState::Countdown) {
            const std::string lead = podium::fill_in(ahead >= 0 ? _("ahead {}") : _("behind {}"), signed_clock(ahead));
            pace_room -= m_labels->width(*m_ui_font, lead) + m_layout.ui_px;
            text(lead, box.x + box.w, y, std::abs(ahead) < 10 ? green : amber, Align::Right);
        }
        y = wrapped_text(pace, box.x, y, std::max(0, pace_room), row, box.y + box.h, text_colour);
    }
    // The sentence being read is the speech's own text, not a label: one row, cut with "…".
    if (fits() && v.current_sentence < script.sentences.size()) {
        const std::string_view sentence = script.sentences[v.current_sentence].span.of(script.text);
        text(fit(podium::fill_in(_("Now: {}"), std::string(sentence.substr(0, 600))), box.w), box.x, y, dim);
        y += row;
    }
    if (fits() && v.quit == QuitState::Pending) {
        y = wrapped_text(_("Quit? Ctrl+Q again or Enter to quit, any other key to go on"), box.x, y, box.w, row,
            box.y + box.h, amber);
    }
    if (fits() && !frame.cue.empty()) {
        text(fit(podium::fill_in(_("Coach: {}"), frame.cue), box.w), box.x, y, cue_colour);
        y += row;
    }
    if (fits() && !frame.notice.empty()) {
        wrapped_text(frame.notice, box.x, y, box.w, row, box.y + box.h, amber);
    }
}

void OperatorWindow::paint_outline(const OperatorFrame& frame)
{
    const Script& script = *frame.script;
    const Timing& timing = *frame.timing;
    const Box& box = m_layout.outline;
    fill(box, panel);
    const int pad = m_layout.ui_px / 2;
    const int text_dy = (m_layout.row_height - m_ui_font->glyph_height()) / 2;
    const std::string times_heading = _("plan / actual");
    const int times_heading_w = m_labels->width(*m_ui_font, times_heading);
    text(fit(_("Sections"), std::max(0, box.w - 3 * pad - times_heading_w)), box.x + pad, box.y + text_dy, dim);
    text(times_heading, box.x + box.w - pad, box.y + text_dy, dim, Align::Right);
    const int times_w = m_labels->width(*m_ui_font, "00:00 / 00:00") + pad;
    for (std::size_t i = m_layout.first_row; i < script.sections.size(); ++i) {
        const std::optional<Box> row = section_row(m_layout, i);
        if (!row) {
            break;
        }
        const Section& section = script.sections[i];
        const bool current = i == frame.view.current_section;
        const bool done = section.end_sentence <= frame.view.current_sentence;
        if (current) {
            fill(*row, current_row);
            // Where in the section the reading line is.
            const double planned = i < timing.sections.size() ? timing.sections[i].duration : 0.0;
            const double into = i < timing.sections.size() ? frame.view.position - timing.sections[i].start : 0.0;
            const double fraction = planned > 0 ? std::clamp(into / planned, 0.0, 1.0) : 0.0;
            fill(Box{row->x, row->y + row->h - 3, static_cast<int>(row->w * fraction), 3}, amber);
        }
        const int indent = pad + std::max(0, section.level - 1) * m_layout.ui_px;
        const SDL_Color colour = current ? text_colour : done ? faint : dim;
        text(fit(shown_section_title(section), std::max(0, row->w - indent - times_w - pad)), row->x + indent, row->y + text_dy, colour);
        const double planned = i < timing.sections.size() ? timing.sections[i].duration : 0.0;
        const double actual = i < frame.section_actual.size() ? frame.section_actual[i] : 0.0;
        std::string times = format_clock(planned);
        SDL_Color times_colour = colour;
        if (actual > 0.0) {
            times += " / " + format_clock(actual);
            const TimeStatus verdict = verdict_for(actual, planned);
            if (verdict != TimeStatus::OnTime) {
                times_colour = status_colour(verdict);
            }
        }
        text(times, row->x + row->w - pad, row->y + text_dy, times_colour, Align::Right);
    }
}

void OperatorWindow::paint_controls(const OperatorFrame& frame)
{
    if (frame.offer) {
        fill(m_layout.offer, SDL_Color{70, 52, 16, 255});
        // The question takes the banner up to its buttons.
        int room = m_layout.offer.w - m_layout.ui_px;
        for (const auto& [button, box] : m_layout.buttons) {
            if (button == OperatorButton::AcceptReturn) {
                room = box.x - m_layout.offer.x - m_layout.ui_px;
            }
        }
        text(fit(frame.offer_text, room), m_layout.offer.x + m_layout.ui_px / 2,
            m_layout.offer.y + (m_layout.offer.h - m_ui_font->glyph_height()) / 2, amber);
    }
    for (const auto& [button, box] : m_layout.buttons) {
        bool lit = false;
        std::string label = translated(button_label(button));
        if (button == OperatorButton::PlayPause) {
            label = frame.view.state == PrompterState::Running ? _("Pause") : _("Play");
        } else if (button == OperatorButton::BlankProjector) {
            lit = frame.toggles.blank;
        } else if (button == OperatorButton::MirrorProjector) {
            lit = frame.toggles.mirror;
        }
        fill(box, lit ? SDL_Color{120, 86, 20, 255} : button_face);
        text(fit(label, box.w - 4), box.x + box.w / 2, box.y + (box.h - m_ui_font->glyph_height()) / 2, text_colour,
            Align::Centre);
    }
}

void OperatorWindow::paint_remote(const RemotePairing& pairing)
{
    const Box& box = m_layout.remote;
    if (box.w <= 0 || box.h <= 0) {
        return;
    }
    fill(box, panel);
    const int pad = m_layout.ui_px / 2;
    // Dark modules on white with a quiet zone of four modules, whole pixels per module so the
    // camera sees sharp edges.
    const int side = std::min(box.h - 2 * pad, box.w / 2);
    const int modules = pairing.qr.size + 8;
    const int module_px = modules > 0 ? side / modules : 0;
    int x = box.x + pad;
    if (module_px > 0) {
        const int drawn = module_px * modules;
        const Box code{box.x + pad, box.y + (box.h - drawn) / 2, drawn, drawn};
        fill(code, SDL_Color{255, 255, 255, 255});
        SDL_SetRenderDrawColor(m_renderer.get(), 0, 0, 0, 255);
        for (int qy = 0; qy < pairing.qr.size; ++qy) {
            for (int qx = 0; qx < pairing.qr.size; ++qx) {
                if (pairing.qr.at(qx, qy)) {
                    const SDL_Rect module{code.x + (qx + 4) * module_px, code.y + (qy + 4) * module_px, module_px, module_px};
                    SDL_RenderFillRect(m_renderer.get(), &module);
                }
            }
        }
        x = code.x + code.w + pad;
    }
    // The URL in two lines: the address, then the token.
    const std::size_t query = pairing.url.find("?t=");
    const std::string address = pairing.url.substr(0, query);
    const std::string token = query == std::string::npos ? "" : pairing.url.substr(query);
    const int width = box.x + box.w - pad - x;
    const int row = m_ui_font->glyph_height() + 4;
    int y = box.y + pad;
    text(fit(_("Phone remote"), width), x, y, amber);
    y += row;
    // With --remote-tls the phone warns about the self-signed certificate once: the operator
    // compares its fingerprint with this one.
    text(fit(pairing.fingerprint.empty() ? std::string(_("scan the code, or open"))
                                         : fill_in(_("certificate SHA-256 {}"), pairing.fingerprint),
             width),
        x, y, dim);
    y += row;
    text(fit(address, width), x, y, text_colour);
    y += row;
    text(fit(token, width), x, y, text_colour);
}

OperatorWindow::HelpPlacement OperatorWindow::place_help(const std::vector<HelpLine>& lines, const Box& box, int row,
    bool last_resort)
{
    // The title takes the first row.
    const int rows_room = std::max(1, (box.h - row / 2 - row) / row);
    const auto measure = [this](std::string_view piece) { return m_labels->width(*m_ui_font, piece); };
    int widest_key = 0;
    for (const HelpLine& line : lines) {
        widest_key = std::max(widest_key, measure(line.keys));
    }
    HelpPlacement placement;
    placement.box = box;
    for (placement.columns = 1; placement.columns <= 3; ++placement.columns) {
        const int column_w = box.w / placement.columns;
        // The keys column is as wide as the widest key; a column too narrow for it is no use.
        placement.keys_w = std::min(widest_key + m_layout.ui_px, column_w / 2);
        const int help_w = column_w - placement.keys_w - m_layout.ui_px;
        placement.rows.clear();
        if (widest_key + m_layout.ui_px > column_w / 2 && !(last_resort && placement.columns == 3)) {
            continue; // keys would be cut: more columns only make it worse, but try them for the rows
        }
        int column = 0;
        int used = 0;
        for (const HelpLine& line : lines) {
            const int needed = static_cast<int>(wrap_to_width(line.help, std::max(1, help_w), measure).size());
            if (used > 0 && used + needed > rows_room) {
                ++column;
                used = 0;
            }
            if (column >= placement.columns || needed > rows_room) {
                break;
            }
            placement.rows.emplace_back(column, used);
            used += needed;
        }
        if (placement.rows.size() == lines.size() || placement.columns == 3) {
            break;
        }
    }
    placement.columns = std::min(placement.columns, 3);
    return placement;
}

void OperatorWindow::paint_help(const OperatorFrame& frame)
{
    const KeyPreset& preset = frame.keys != nullptr ? *frame.keys : default_key_preset();
    const std::vector<HelpLine> lines = prompter_help_lines(preset); // with the phone keys
    const int row = m_ui_font->glyph_height() + 2;
    // Over the section list, in up to three columns; when that cannot show every key, over the
    // whole window above the control bar (the panel is open only while the operator reads it).
    HelpPlacement placement = place_help(lines, m_layout.outline, row, false);
    if (placement.rows.size() < lines.size()) {
        int bar_top = m_layout.height;
        for (const auto& [button, box] : m_layout.buttons) {
            bar_top = std::min(bar_top, box.y);
        }
        const int pad = m_layout.ui_px;
        placement = place_help(lines, Box{pad, pad, m_layout.width - 2 * pad, std::max(1, bar_top - 2 * pad)}, row, true);
    }
    const Box& box = placement.box;
    m_help_box = box;
    fill(box, SDL_Color{12, 12, 16, 245});
    const int top = box.y + row / 2;
    text(fit(podium::fill_in(_("Keys ({})  — ? or F1 closes"), preset.name), box.w - m_layout.ui_px), box.x + box.w / 2, top,
        amber, Align::Centre);
    const int column_w = box.w / placement.columns;
    for (std::size_t i = 0; i < placement.rows.size(); ++i) {
        const auto [column, line_row] = placement.rows[i];
        const int column_x = box.x + column * column_w;
        const int split = column_x + placement.keys_w;
        const int y = top + row + line_row * row;
        text(fit(lines[i].keys, split - column_x - m_layout.ui_px), split - m_layout.ui_px / 2, y, text_colour, Align::Right);
        wrapped_text(lines[i].help, split + m_layout.ui_px / 2, y, column_x + column_w - split - m_layout.ui_px, row,
            box.y + box.h, dim);
    }
    m_help_lines_shown = placement.rows.size();
}

void OperatorWindow::present()
{
    SDL_RenderPresent(m_renderer.get());
}

FrameImage OperatorWindow::read_preview() const
{
    if (!m_preview) {
        throw Error(_("the operator window has not painted a preview yet"));
    }
    SDL_SetRenderTarget(m_renderer.get(), m_preview.get());
    FrameImage image = read_frame(m_renderer.get(), m_preview_size.x, m_preview_size.y);
    SDL_SetRenderTarget(m_renderer.get(), nullptr);
    return image;
}

FrameImage OperatorWindow::read() const
{
    const SDL_Point s = size();
    return read_frame(m_renderer.get(), s.x, s.y);
}

} // namespace podium
