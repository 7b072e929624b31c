// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/delivery_printer.hpp"

#include "cli/duration_text.hpp"
#include "cli/text_table.hpp"
#include "core/i18n/spoken_duration.hpp"
#include "core/i18n/translate.hpp"
#include "core/script/script.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace podium {

namespace {

// Units after a number in the table and the summary line; LUFS is the same in every language.
const char* lufs() { return " LUFS"; }
// TRANSLATORS: semitones, after a pitch range in a table cell ("6.5 st").
const char* semitones() { return _(" st"); }
// TRANSLATORS: after a section's pitch range when it sounded monotone ("1.8 st flat").
const char* flat() { return _(" flat"); }

std::string section_title(const DeliveryLabels& labels, std::size_t section)
{
    if (section < labels.section_titles.size() && !labels.section_titles[section].empty()) {
        return labels.section_titles[section];
    }
    return fill_in(_("section {}"), section + 1);
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
    // TRANSLATORS: the first words of a sentence, quoted after what happened there.
    return fill_in(_(" “{}”"), out + (offset < text.size() ? "…" : ""));
}

// "a 4.0 s pause at a sentence end (planned 0.8 s)": one sentence per place, so that a
// translation need not fit a kind's name into a sentence.
std::string long_pause_text(const Pause& pause)
{
    const char* pattern = nullptr;
    switch (pause.kind) {
    case PauseKind::Clause: pattern = _("a {0} s pause at a clause end (planned {1} s)"); break;
    case PauseKind::Paragraph: pattern = _("a {0} s pause at a paragraph end (planned {1} s)"); break;
    case PauseKind::Section: pattern = _("a {0} s pause at a section end (planned {1} s)"); break;
    case PauseKind::Phrase: pattern = _("a {0} s pause at a phrase end (planned {1} s)"); break;
    case PauseKind::Sentence:
    case PauseKind::Hesitation: pattern = _("a {0} s pause at a sentence end (planned {1} s)"); break;
    }
    return fill_in(pattern, fixed_decimals(pause.seconds, 1), fixed_decimals(pause.planned, 1));
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
            moments.push_back({pause.start, pause.sentence,
                fill_in(_("paused {} s inside a clause"), fixed_decimals(pause.seconds, 1))});
        } else if (pause.planned > 0.0 && pause.seconds > 3.0 * pause.planned + 1.0) {
            moments.push_back({pause.start, pause.sentence, long_pause_text(pause)});
        }
    }
    for (const FilledPause& filled : report.filled_pauses) {
        // The sentence the coach gave it; in a log from before it kept one, the sentence it
        // falls in, or the next one when it falls in the pause before it.
        std::size_t sentence = report.sentences.front().sentence;
        for (const SentenceDelivery& s : report.sentences) {
            sentence = s.sentence;
            if (filled.start < s.end) {
                break;
            }
        }
        sentence = filled.sentence.value_or(sentence);
        moments.push_back(
            {filled.start, sentence, fill_in(_("filled a pause (um/嗯) for {} s"), fixed_decimals(filled.seconds, 1))});
    }
    for (const SentenceDelivery& s : report.sentences) {
        if (s.trailing_off && s.trailing_drop) {
            moments.push_back(
                {s.start, s.sentence, fill_in(_("trailed off: the end {} LU quieter"), fixed_decimals(*s.trailing_drop, 0))});
        }
    }
    std::sort(moments.begin(), moments.end(), [](const Moment& a, const Moment& b) { return a.at < b.at; });
    return moments;
}

} // namespace

void print_delivery(std::ostream& out, const DeliveryReport& report, const DeliveryLabels& labels)
{
    if (report.sentences.empty()) {
        out << _("Delivery: no sentence was heard.") << '\n';
        return;
    }
    out << fill_in(_("Delivery over {0}: loudness {1}, {2} hesitations/min, {3} filled pauses/min"),
               spoken_duration(report.seconds), optional_decimals(report.loudness, 1, lufs()),
               fixed_decimals(report.hesitations_per_minute, 1), fixed_decimals(report.filled_per_minute, 1))
        << '\n';
    if (report.too_quiet) {
        out << "  " << _("The microphone heard you quietly throughout: speak up, or move closer to it.") << '\n';
    }
    TextTable table;
    table.header = {_("section"), _("syl/s"), _("plan"), _("hesitations"), _("fillers/min"), _("pitch range"),
        _("loudness"), _("trailing off")};
    table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (const SectionDelivery& section : report.sections) {
        table.rows.push_back({section_title(labels, section.section), fixed_decimals(section.articulation_rate, 1),
            fixed_decimals(section.planned_articulation_rate, 1), std::to_string(section.hesitations),
            fixed_decimals(section.filled_per_minute, 1),
            optional_decimals(section.pitch_range, 1, semitones()) + (section.monotone ? flat() : ""),
            optional_decimals(section.loudness, 1, lufs()), std::to_string(section.trailing_off)});
    }
    std::size_t hesitations = 0;
    std::size_t trailing = 0;
    for (const SectionDelivery& section : report.sections) {
        hesitations += section.hesitations;
        trailing += section.trailing_off;
    }
    table.total = {_("whole run"), "", "", std::to_string(hesitations), fixed_decimals(report.filled_per_minute, 1), "",
        optional_decimals(report.loudness, 1, lufs()), std::to_string(trailing)};
    print_text_table(out, table);
    std::vector<Moment> moments = moments_of(report);
    for (const SectionDelivery& section : report.sections) {
        if (section.monotone && section.pitch_range) {
            out << "  "
                << fill_in(_("{0} sounded flat (pitch range {1} semitones): let the voice rise and fall with the meaning."),
                       section_title(labels, section.section), fixed_decimals(*section.pitch_range, 1))
                << '\n';
        }
    }
    if (moments.empty()) {
        out << "  " << _("No hesitations, filled pauses or trailing off: well held.") << '\n';
        return;
    }
    out << _("Moments worth a listen:") << '\n';
    for (const Moment& moment : moments) {
        // The time is a clock (12:30) in every language: it is what `podium play` and a player show.
        out << "  " << format_duration(moment.at) << "  "
            << fill_in(_("sentence {0}: {1}"), moment.sentence, moment.what) << quote(labels, moment.sentence);
        if (!labels.play_hint.empty()) {
            out << "  [" << labels.play_hint << ' ' << moment.sentence << ']';
        }
        out << '\n';
    }
}

} // namespace podium
