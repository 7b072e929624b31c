#include "cli/duration_text.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

namespace podium {

std::string format_duration(double seconds)
{
    const long total = std::lround(std::abs(seconds));
    char buffer[32];
    if (total >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
    }
    return (seconds < 0.0 && total > 0 ? "-" : "") + std::string(buffer);
}

std::string format_delta(double seconds, std::optional<double> ratio)
{
    std::string text = (seconds >= 0.0 ? "+" : "-") + format_duration(std::abs(seconds));
    if (ratio) {
        const long percent = std::lround(*ratio * 100.0);
        text += " (" + std::string(percent >= 0 ? "+" : "") + std::to_string(percent) + "%)";
    }
    return text;
}

std::optional<double> parse_duration(std::string_view text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    auto number = [](std::string_view digits) -> std::optional<double> {
        if (digits.empty()) {
            return std::nullopt;
        }
        double value = 0.0;
        bool dot = false;
        double scale = 0.1;
        for (const char c : digits) {
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                if (dot) {
                    value += (c - '0') * scale;
                    scale /= 10.0;
                } else {
                    value = value * 10.0 + (c - '0');
                }
            } else {
                return std::nullopt;
            }
        }
        return value;
    };
    if (text.find(':') != std::string_view::npos) {
        std::vector<double> parts;
        std::size_t start = 0;
        while (true) {
            const std::size_t colon = text.find(':', start);
            const auto part = number(text.substr(start, colon == std::string_view::npos ? colon : colon - start));
            if (!part) {
                return std::nullopt;
            }
            parts.push_back(*part);
            if (colon == std::string_view::npos) {
                break;
            }
            start = colon + 1;
        }
        if (parts.size() > 3) {
            return std::nullopt;
        }
        double seconds = 0.0;
        for (const double part : parts) {
            seconds = seconds * 60.0 + part;
        }
        return seconds > 0.0 ? std::optional<double>(seconds) : std::nullopt;
    }
    for (const auto& [suffix, factor] : {std::pair<std::string_view, double>{"min", 60.0}, {"m", 60.0}, {"s", 1.0},
             {"h", 3600.0}}) {
        if (text.size() > suffix.size() && text.ends_with(suffix)) {
            const auto value = number(text.substr(0, text.size() - suffix.size()));
            return value && *value > 0.0 ? std::optional<double>(*value * factor) : std::nullopt;
        }
    }
    const auto value = number(text);
    return value && *value > 0.0 ? value : std::nullopt;
}

} // namespace podium
