// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timing/duration.hpp"

#include <charconv>
#include <cmath>
#include <vector>

namespace podium {

namespace {

std::optional<double> parse_number(std::string_view text)
{
    if (text.empty() || text.front() == '-' || text.front() == '+') {
        return std::nullopt;
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    return text;
}

// "1:05:00" or "12:00": the last field is seconds (below 60), the ones before minutes, hours.
std::optional<double> parse_clock(std::string_view text)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t colon = text.find(':', start);
        fields.push_back(text.substr(start, colon == std::string_view::npos ? colon : colon - start));
        if (colon == std::string_view::npos) {
            break;
        }
        start = colon + 1;
    }
    if (fields.size() > 3) {
        return std::nullopt;
    }
    double total = 0.0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto value = parse_number(fields[i]);
        if (!value || (i > 0 && (*value >= 60.0 || fields[i].size() != 2))) {
            return std::nullopt;
        }
        total = total * 60.0 + *value;
    }
    return total;
}

// "1h5m30s", "12.5m", "90sec", "2min", "1hr".
std::optional<double> parse_units(std::string_view text)
{
    double total = 0.0;
    int last_rank = 4;
    while (!text.empty()) {
        std::size_t digits = 0;
        while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.')) {
            ++digits;
        }
        const auto value = parse_number(text.substr(0, digits));
        if (!value) {
            return std::nullopt;
        }
        text.remove_prefix(digits);
        std::size_t letters = 0;
        while (letters < text.size() && text[letters] >= 'a' && text[letters] <= 'z') {
            ++letters;
        }
        const std::string_view unit = text.substr(0, letters);
        text = trim(text.substr(letters));
        int rank = 0;
        double scale = 0.0;
        if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") {
            rank = 3, scale = 3600.0;
        } else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes") {
            rank = 2, scale = 60.0;
        } else if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" || unit == "seconds") {
            rank = 1, scale = 1.0;
        } else {
            return std::nullopt;
        }
        if (rank >= last_rank) {
            return std::nullopt; // units must come largest first, once each
        }
        last_rank = rank;
        total += *value * scale;
    }
    return total;
}

} // namespace

std::optional<double> parse_duration(std::string_view text)
{
    text = trim(text);
    if (text.empty()) {
        return std::nullopt;
    }
    std::optional<double> seconds;
    if (text.find(':') != std::string_view::npos) {
        seconds = parse_clock(text);
    } else if (const auto minutes = parse_number(text)) {
        seconds = *minutes * 60.0;
    } else {
        seconds = parse_units(text);
    }
    if (!seconds || *seconds <= 0.0) {
        return std::nullopt;
    }
    return seconds;
}

std::string format_duration(double seconds)
{
    const bool negative = seconds < 0.0;
    const auto total = static_cast<long long>(std::llround(std::fabs(seconds)));
    const long long hours = total / 3600;
    const long long minutes = (total / 60) % 60;
    const long long secs = total % 60;
    std::string out = negative && total > 0 ? "-" : "";
    auto two = [](long long value) { return (value < 10 ? "0" : "") + std::to_string(value); };
    if (hours > 0) {
        out += std::to_string(hours) + ":" + two(minutes) + ":" + two(secs);
    } else {
        out += std::to_string(minutes) + ":" + two(secs);
    }
    return out;
}

} // namespace podium
