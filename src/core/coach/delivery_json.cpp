// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coach/delivery_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace podium {

using nlohmann::json;

namespace {

// Three decimals keep the log small and the figures readable; none of them means more.
double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

json number(const std::optional<double>& value) { return value ? json(rounded(*value)) : json(nullptr); }

std::optional<double> number_from(const json& j, const char* key)
{
    if (!j.contains(key) || j.at(key).is_null()) {
        return std::nullopt;
    }
    return j.at(key).get<double>();
}

json sentence_json(const SentenceDelivery& s)
{
    return {{"sentence", s.sentence}, {"start", rounded(s.start)}, {"end", rounded(s.end)},
        {"voiced_seconds", rounded(s.voiced_seconds)}, {"syllables_per_second", rounded(s.syllables_per_second)},
        {"articulation_rate", rounded(s.articulation_rate)}, {"planned_articulation_rate", rounded(s.planned_articulation_rate)},
        {"median_f0", number(s.median_f0)}, {"pitch_range", number(s.pitch_range)}, {"loudness", number(s.loudness)},
        {"trailing_drop", number(s.trailing_drop)}, {"trailing_off", s.trailing_off}, {"hesitations", s.hesitations},
        {"filled_pauses", s.filled_pauses}};
}

SentenceDelivery sentence_from(const json& j)
{
    SentenceDelivery s;
    s.sentence = j.at("sentence").get<std::size_t>();
    s.start = j.at("start").get<double>();
    s.end = j.at("end").get<double>();
    s.voiced_seconds = j.at("voiced_seconds").get<double>();
    s.syllables_per_second = j.at("syllables_per_second").get<double>();
    s.articulation_rate = j.at("articulation_rate").get<double>();
    s.planned_articulation_rate = j.at("planned_articulation_rate").get<double>();
    s.median_f0 = number_from(j, "median_f0");
    s.pitch_range = number_from(j, "pitch_range");
    s.loudness = number_from(j, "loudness");
    s.trailing_drop = number_from(j, "trailing_drop");
    s.trailing_off = j.at("trailing_off").get<bool>();
    s.hesitations = j.at("hesitations").get<std::size_t>();
    s.filled_pauses = j.at("filled_pauses").get<std::size_t>();
    return s;
}

json section_json(const SectionDelivery& s)
{
    return {{"section", s.section}, {"sentences", s.sentences}, {"seconds", rounded(s.seconds)},
        {"articulation_rate", rounded(s.articulation_rate)}, {"planned_articulation_rate", rounded(s.planned_articulation_rate)},
        {"hesitations", s.hesitations}, {"filled_pauses", s.filled_pauses}, {"filled_per_minute", rounded(s.filled_per_minute)},
        {"pitch_range", number(s.pitch_range)}, {"loudness", number(s.loudness)}, {"trailing_off", s.trailing_off},
        {"monotone", s.monotone}};
}

SectionDelivery section_from(const json& j)
{
    SectionDelivery s;
    s.section = j.at("section").get<std::size_t>();
    s.sentences = j.at("sentences").get<std::size_t>();
    s.seconds = j.at("seconds").get<double>();
    s.articulation_rate = j.at("articulation_rate").get<double>();
    s.planned_articulation_rate = j.at("planned_articulation_rate").get<double>();
    s.hesitations = j.at("hesitations").get<std::size_t>();
    s.filled_pauses = j.at("filled_pauses").get<std::size_t>();
    s.filled_per_minute = j.at("filled_per_minute").get<double>();
    s.pitch_range = number_from(j, "pitch_range");
    s.loudness = number_from(j, "loudness");
    s.trailing_off = j.at("trailing_off").get<std::size_t>();
    s.monotone = j.at("monotone").get<bool>();
    return s;
}

} // namespace

json delivery_to_json(const DeliveryReport& report)
{
    json sentences = json::array();
    for (const SentenceDelivery& s : report.sentences) {
        sentences.push_back(sentence_json(s));
    }
    json sections = json::array();
    for (const SectionDelivery& s : report.sections) {
        sections.push_back(section_json(s));
    }
    json pauses = json::array();
    for (const Pause& p : report.pauses) {
        pauses.push_back({{"start", rounded(p.start)}, {"seconds", rounded(p.seconds)}, {"sentence", p.sentence},
            {"kind", to_string(p.kind)}, {"planned", rounded(p.planned)}});
    }
    json filled = json::array();
    for (const FilledPause& f : report.filled_pauses) {
        json one{{"start", rounded(f.start)}, {"seconds", rounded(f.seconds)}, {"f0", rounded(f.f0)}};
        if (f.sentence) {
            one["sentence"] = *f.sentence;
        }
        filled.push_back(std::move(one));
    }
    return {{"version", delivery_version}, {"seconds", rounded(report.seconds)}, {"loudness", number(report.loudness)},
        {"too_quiet", report.too_quiet}, {"filled_per_minute", rounded(report.filled_per_minute)},
        {"hesitations_per_minute", rounded(report.hesitations_per_minute)}, {"sentences", sentences},
        {"sections", sections}, {"pauses", pauses}, {"filled_pauses", filled}};
}

std::optional<DeliveryReport> delivery_from_json(const json& j)
{
    if (j.at("version").get<int>() > delivery_version) {
        return std::nullopt;
    }
    DeliveryReport report;
    report.seconds = j.at("seconds").get<double>();
    report.loudness = number_from(j, "loudness");
    report.too_quiet = j.at("too_quiet").get<bool>();
    report.filled_per_minute = j.at("filled_per_minute").get<double>();
    report.hesitations_per_minute = j.at("hesitations_per_minute").get<double>();
    for (const json& s : j.at("sentences")) {
        report.sentences.push_back(sentence_from(s));
    }
    for (const json& s : j.at("sections")) {
        report.sections.push_back(section_from(s));
    }
    for (const json& p : j.at("pauses")) {
        const std::string kind = p.at("kind").get<std::string>();
        const std::optional<PauseKind> parsed = pause_kind_from(kind.c_str());
        if (!parsed) {
            throw std::runtime_error("unknown pause kind " + kind);
        }
        report.pauses.push_back(Pause{p.at("start").get<double>(), p.at("seconds").get<double>(),
            p.at("sentence").get<std::size_t>(), *parsed, p.at("planned").get<double>()});
    }
    for (const json& f : j.at("filled_pauses")) {
        FilledPause filled{f.at("start").get<double>(), f.at("seconds").get<double>(), f.at("f0").get<double>(), std::nullopt};
        if (f.contains("sentence")) { // kept since 2026-12-08; older runs place it by time
            filled.sentence = f.at("sentence").get<std::size_t>();
        }
        report.filled_pauses.push_back(filled);
    }
    return report;
}

} // namespace podium
