// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/delivery_chart.hpp"

#include "core/i18n/translate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace podium {

namespace {

constexpr ChartColor kInk{40, 40, 40};
constexpr ChartColor kGrid{225, 225, 225};
constexpr ChartColor kPitch{33, 102, 172};
constexpr ChartColor kPitchBand{198, 219, 239};
constexpr ChartColor kLoud{35, 139, 69};
constexpr ChartColor kWarn{203, 24, 29};
constexpr ChartColor kFiller{230, 120, 0};
constexpr ChartColor kSentence{236, 236, 236};
constexpr ChartColor kSentenceAlt{214, 214, 214};
constexpr ChartColor kPlanned{160, 160, 160};

std::string fixed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

struct Frame {
    double left = 0;
    double right = 0;
    double t0 = 0;
    double t1 = 1;
    [[nodiscard]] double x(double t) const { return left + (right - left) * (t - t0) / std::max(1e-9, t1 - t0); }
};

struct Band {
    double top = 0;
    double bottom = 0;
    double low = 0;
    double high = 1;
    [[nodiscard]] double y(double value) const
    {
        const double v = std::clamp(value, low, high);
        return bottom - (bottom - top) * (v - low) / (high - low);
    }
};

void axis_label(ChartScene& scene, const Band& band, double left, double value, const std::string& text)
{
    scene.lines.push_back({left, band.y(value), scene.width - 40.0, band.y(value), kGrid, 1.0});
    scene.texts.push_back({left - 10, band.y(value) + 7, 20, kInk, TextAnchor::End, false, text});
}

void draw_pitch(ChartScene& scene, const DeliveryReport& report, const Frame& frame, const Band& band)
{
    std::vector<double> medians;
    for (const SentenceDelivery& s : report.sentences) {
        if (s.median_f0) {
            medians.push_back(*s.median_f0);
        }
    }
    if (medians.empty()) {
        return;
    }
    std::sort(medians.begin(), medians.end());
    const double reference = medians[medians.size() / 2];
    for (const double st : {-12.0, -6.0, 0.0, 6.0, 12.0}) {
        // Hz and LUFS are the same in every language; "st" (semitones) is translated.
        axis_label(scene, band, frame.left, st,
            st == 0.0 ? fixed(reference, 0) + " Hz" : (st > 0 ? "+" : "") + fixed(st, 0) + _(" st"));
    }
    for (const SentenceDelivery& s : report.sentences) {
        if (!s.median_f0 || !s.pitch_range) {
            continue;
        }
        const double middle = 12.0 * std::log2(*s.median_f0 / reference);
        const double top = band.y(middle + *s.pitch_range / 2.0);
        const double bottom = band.y(middle - *s.pitch_range / 2.0);
        scene.rects.push_back({frame.x(s.start), top, frame.x(s.end) - frame.x(s.start), bottom - top, kPitchBand});
        // The median as a thin bar: rectangles are drawn in order, lines before them.
        scene.rects.push_back({frame.x(s.start), band.y(middle) - 1.5, frame.x(s.end) - frame.x(s.start), 3.0, kPitch});
    }
    scene.texts.push_back({frame.left, band.top - 10, 22, kPitch, TextAnchor::Start, true,
        _("Pitch: each sentence's median and range (10th–90th percentile)")});
}

void draw_loudness(ChartScene& scene, const DeliveryReport& report, const Frame& frame, const Band& band)
{
    for (const double lufs : {-50.0, -40.0, -30.0, -20.0, -10.0}) {
        axis_label(scene, band, frame.left, lufs, fixed(lufs, 0) + " LUFS");
    }
    for (const SentenceDelivery& s : report.sentences) {
        if (!s.loudness) {
            continue;
        }
        if (s.trailing_off && s.trailing_drop) {
            // The first two thirds at their level, the last third lower by the measured drop.
            const double cut = s.start + (s.end - s.start) * 2.0 / 3.0;
            const double head = *s.loudness + *s.trailing_drop / 3.0;
            scene.lines.push_back({frame.x(s.start), band.y(head), frame.x(cut), band.y(head), kLoud, 3.0});
            scene.lines.push_back({frame.x(cut), band.y(head - *s.trailing_drop), frame.x(s.end),
                band.y(head - *s.trailing_drop), kWarn, 3.0});
            scene.lines.push_back({frame.x(cut), band.y(head), frame.x(cut), band.y(head - *s.trailing_drop), kWarn, 2.0});
        } else {
            scene.lines.push_back({frame.x(s.start), band.y(*s.loudness), frame.x(s.end), band.y(*s.loudness), kLoud, 3.0});
        }
    }
    scene.texts.push_back({frame.left, band.top - 10, 22, kLoud, TextAnchor::Start, true,
        _("Loudness (BS.1770): red where a sentence trailed off")});
}

void draw_strip(ChartScene& scene, const DeliveryReport& report, const Frame& frame, double top, double height,
    const DeliveryChartOptions& options)
{
    for (std::size_t i = 0; i < report.sentences.size(); ++i) {
        const SentenceDelivery& s = report.sentences[i];
        scene.rects.push_back({frame.x(s.start), top, frame.x(s.end) - frame.x(s.start), height,
            i % 2 == 0 ? kSentence : kSentenceAlt});
        if (frame.x(s.end) - frame.x(s.start) > 28) {
            scene.texts.push_back({0.5 * (frame.x(s.start) + frame.x(s.end)), top + height - 12, 18, kInk,
                TextAnchor::Middle, false, std::to_string(s.sentence)});
        }
    }
    for (const Pause& pause : report.pauses) {
        const bool hesitation = pause.kind == PauseKind::Hesitation;
        scene.rects.push_back({frame.x(pause.start), top + (hesitation ? 0.0 : height * 0.35),
            std::max(2.0, frame.x(pause.start + pause.seconds) - frame.x(pause.start)),
            hesitation ? height : height * 0.3, hesitation ? kWarn : kPlanned});
    }
    for (const FilledPause& filled : report.filled_pauses) {
        scene.rects.push_back({frame.x(filled.start), top - 6,
            std::max(4.0, frame.x(filled.start + filled.seconds) - frame.x(filled.start)), height + 12, kFiller});
    }
    // Section names in the order spoken (flat ones say so), each starting at its section's line.
    // A name longer than its section goes on a second row, where it may run past the next
    // section's line; only when both rows are taken there is it cut with "…". Every name stays
    // inside the chart and clear of the others.
    std::vector<double> starts;
    std::size_t first = 0;
    for (const SectionDelivery& section : report.sections) {
        starts.push_back(first < report.sentences.size() ? frame.x(report.sentences[first].start) : frame.right);
        first += section.sentences;
    }
    constexpr double size = 20;
    constexpr double gap = 12;
    const double rows_y[] = {top + height + 34, top + height + 34 + 26};
    double row_end[] = {-1e9, -1e9};
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const SectionDelivery& section = report.sections[i];
        const double at = starts[i];
        const double next = i + 1 < starts.size() ? starts[i + 1] : scene.width - 10.0;
        const std::string name = section.section < options.section_titles.size() && !options.section_titles[section.section].empty()
            ? options.section_titles[section.section]
            : fill_in(_("section {}"), section.section + 1);
        std::string label = section.monotone ? fill_in(_("{} (flat)"), name) : name;
        double x = at + 6;
        const double w = approximate_text_width(label, size);
        int row = 0;
        if (x + w > next - gap) {
            // On the second row, a name near the right edge ends at the edge instead.
            const double x1 = std::min(x, scene.width - 10.0 - w);
            if (x1 >= row_end[1]) {
                row = 1;
                x = x1;
            } else {
                label = fit_text_width(label, size, std::max(0.0, next - gap - x));
            }
        }
        scene.lines.push_back({at, top, at, rows_y[row] + 6, kInk, 1.0});
        if (!label.empty() && label != "…") {
            scene.texts.push_back({x, rows_y[row], size, section.monotone ? kWarn : kInk, TextAnchor::Start, true, label});
            row_end[row] = x + approximate_text_width(label, size) + gap;
        }
    }
    scene.texts.push_back({frame.left, top - 16, 22, kInk, TextAnchor::Start, true,
        _("Sentences (numbers as podium play --at takes them): grey ticks planned pauses, red hesitations, orange filled pauses")});
}

} // namespace

ChartScene layout_delivery_chart(const DeliveryReport& report, const DeliveryChartOptions& options)
{
    ChartScene scene;
    scene.width = options.width;
    scene.height = 930;
    scene.texts.push_back({40, 50, 32, kInk, TextAnchor::Start, true, options.title});
    if (report.sentences.empty()) {
        scene.texts.push_back({40, 120, 24, kInk, TextAnchor::Start, false, _("No sentence was heard.")});
        return scene;
    }
    const Frame frame{150.0, scene.width - 40.0, report.sentences.front().start, report.sentences.back().end};
    draw_pitch(scene, report, frame, Band{120, 400, -12.0, 12.0});
    draw_loudness(scene, report, frame, Band{470, 670, -50.0, -10.0});
    draw_strip(scene, report, frame, 740, 60, options);
    for (int minute = 0; minute * 60.0 <= frame.t1; ++minute) {
        const double t = minute * 60.0;
        if (t < frame.t0) {
            continue;
        }
        scene.lines.push_back({frame.x(t), 876, frame.x(t), 888, kInk, 1.0});
        scene.texts.push_back({frame.x(t), 910, 18, kInk, TextAnchor::Middle, false, std::to_string(minute) + ":00"});
    }
    return scene;
}

} // namespace podium
