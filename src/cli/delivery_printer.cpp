// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/delivery_printer.hpp"

#include "cli/duration_text.hpp"
#include "cli/text_table.hpp"
#include "core/script/script.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace podium {

namespace {

std::string section_title(const DeliveryLabels& labels, std::size_t section)
{
    if (section < labels.section_titles.size() && !labels.section_titles[section].empty()) {
        return labels.section_titles[section];
    }
    return "section " + std::to_string(section + 1);
}

// The first words of a sentence, quoted, to say which moment is meant.
std::string quote(const DeliveryLabels& labels, std::size_t sentence)
{
    if (!labels.script || sentence >= labels.script->sentences.size()) {
        return "";
    }
    const std::string text = labels.script->shown_sentence_text(sentence);
    std::string out;
    std::size_t offset = 0;
    std::size_t count = 0;
    while (offset < text.size() && count < 28) {
        const std::size_t begin = offset;
        const char32_t c = utf8::next(text, offset);
        out += utf8::is_line_break(c) ? std::string(" ") : text.substr(begin, offset - begin);
        ++count;
    }
    return " “" + out + (offset < text.size() ? "…”" : "”");
}

struct Moment {
    double at = 0.0;
    std::size_t sentence = 0;
    std::string what;
};

std::vector<Moment> moments_of(const DeliveryReport& report)
{
    std::vector<Moment> moments;
    for (const Pause& pause : report.pauses) {
        if (pause.kind == PauseKind::Hesitation) {
            moments.push_back({pause.start, pause.sentence, "paused " + fixed_decimals(pause.seconds, 1) + " s inside a clause"});
        } else if (pause.planned > 0.0 && pause.seconds > 3.0 * pause.planned + 1.0) {
            moments.push_back({pause.start, pause.sentence,
                "a " + fixed_decimals(pause.seconds, 1) + " s pause at a " + to_string(pause.kind) + " end (planned "
                    + fixed_decimals(pause.planned, 1) + " s)"});
        }
    }
    for (const FilledPause& filled : report.filled_pauses) {
        // The sentence it falls in, or the next one when it falls in the pause before it.
        std::size_t sentence = report.sentences.front().sentence;
        for (const SentenceDelivery& s : report.sentences) {
            sentence = s.sentence;
            if (filled.start < s.end) {
                break;
            }
        }
        moments.push_back({filled.start, sentence, "filled a pause (um/嗯) for " + fixed_decimals(filled.seconds, 1) + " s"});
    }
    for (const SentenceDelivery& s : report.sentences) {
        if (s.trailing_off && s.trailing_drop) {
            moments.push_back({s.start, s.sentence, "trailed off: the end " + fixed_decimals(*s.trailing_drop, 0) + " LU quieter"});
        }
    }
    std::sort(moments.begin(), moments.end(), [](const Moment& a, const Moment& b) { return a.at < b.at; });
    return moments;
}

} // namespace

void print_delivery(std::ostream& out, const DeliveryReport& report, const DeliveryLabels& labels)
{
    if (report.sentences.empty()) {
        out << "Delivery: no sentence was heard.\n";
        return;
    }
    out << "Delivery over " << format_duration(report.seconds) << ": loudness "
        << optional_decimals(report.loudness, 1, " LUFS") << ", " << fixed_decimals(report.hesitations_per_minute, 1)
        << " hesitations/min, " << fixed_decimals(report.filled_per_minute, 1) << " filled pauses/min\n";
    if (report.too_quiet) {
        out << "  The microphone heard you quietly throughout: speak up, or move closer to it.\n";
    }
    TextTable table;
    table.header = {"section", "syl/s", "plan", "hesitations", "fillers/min", "pitch range", "loudness", "trailing off"};
    table.align = {Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right};
    for (const SectionDelivery& section : report.sections) {
        table.rows.push_back({section_title(labels, section.section), fixed_decimals(section.articulation_rate, 1),
            fixed_decimals(section.planned_articulation_rate, 1), std::to_string(section.hesitations),
            fixed_decimals(section.filled_per_minute, 1),
            optional_decimals(section.pitch_range, 1, " st") + (section.monotone ? " flat" : ""),
            optional_decimals(section.loudness, 1, " LUFS"), std::to_string(section.trailing_off)});
    }
    std::size_t hesitations = 0;
    std::size_t trailing = 0;
    for (const SectionDelivery& section : report.sections) {
        hesitations += section.hesitations;
        trailing += section.trailing_off;
    }
    table.total = {"whole run", "", "", std::to_string(hesitations), fixed_decimals(report.filled_per_minute, 1), "",
        optional_decimals(report.loudness, 1, " LUFS"), std::to_string(trailing)};
    print_text_table(out, table);
    std::vector<Moment> moments = moments_of(report);
    for (const SectionDelivery& section : report.sections) {
        if (section.monotone && section.pitch_range) {
            out << "  " << section_title(labels, section.section) << " sounded flat (pitch range "
                << fixed_decimals(*section.pitch_range, 1) << " semitones): let the voice rise and fall with the meaning.\n";
        }
    }
    if (moments.empty()) {
        out << "  No hesitations, filled pauses or trailing off: well held.\n";
        return;
    }
    out << "Moments worth a listen:\n";
    for (const Moment& moment : moments) {
        out << "  " << format_duration(moment.at) << "  sentence " << moment.sentence << ": " << moment.what
            << quote(labels, moment.sentence);
        if (!labels.play_hint.empty()) {
            out << "  [" << labels.play_hint << ' ' << moment.sentence << ']';
        }
        out << '\n';
    }
}

} // namespace podium
