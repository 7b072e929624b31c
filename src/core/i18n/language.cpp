// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/language.hpp"
#include "core/text/ascii_case.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace podium {

namespace {

std::string variable(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    while (true) {
        const std::size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) {
            return parts;
        }
        text.remove_prefix(at + 1);
    }
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace

std::string_view language_code(Language language)
{
    return language == Language::ChineseSimplified ? "zh_CN" : "en";
}

std::optional<Language> parse_language(std::string_view name)
{
    // Drop the codeset and modifier: "zh_CN.UTF-8@x" → "zh_cn".
    name = name.substr(0, name.find_first_of(".@"));
    const std::string id = ascii_lower(name);
    if (id == "c" || id == "posix" || id == "en" || id.starts_with("en_") || id.starts_with("en-")) {
        return Language::English;
    }
    if (id == "zh" || id == "zh_cn" || id == "zh-cn" || id == "zh_sg" || id == "zh-sg" || id == "zh-hans"
        || id.starts_with("zh-hans-") || id == "zh_hans") {
        return Language::ChineseSimplified;
    }
    return std::nullopt;
}

const std::string& user_language_variable()
{
    static const std::string value = variable("LANGUAGE");
    return value;
}

LocaleEnvironment LocaleEnvironment::of_process()
{
    return {user_language_variable(), variable("LC_ALL"), variable("LC_MESSAGES"), variable("LANG")};
}

Language language_from_environment(const LocaleEnvironment& environment)
{
    std::string_view locale;
    for (const std::string* candidate : {&environment.lc_all, &environment.lc_messages, &environment.lang}) {
        if (!candidate->empty()) {
            locale = *candidate;
            break;
        }
    }
    // Exactly "C" or "POSIX", as glibc has it: "C.UTF-8" still honours LANGUAGE.
    if (locale.empty() || locale == "C" || locale == "POSIX") {
        return Language::English;
    }
    for (const std::string_view preference : split(environment.language, ':')) {
        if (const auto language = parse_language(preference)) {
            return *language;
        }
    }
    return parse_language(locale).value_or(Language::English);
}

Language language_from_accept_language(std::string_view header, Language fallback)
{
    std::optional<Language> best;
    double best_quality = 0.0;
    for (const std::string_view item : split(header, ',')) {
        const std::vector<std::string_view> parts = split(item, ';');
        const auto language = parse_language(trimmed(parts.front()));
        double quality = 1.0;
        for (std::size_t i = 1; i < parts.size(); ++i) {
            const std::string_view parameter = trimmed(parts[i]);
            if (parameter.starts_with("q=")) {
                quality = std::strtod(std::string(parameter.substr(2)).c_str(), nullptr);
            }
        }
        // Earlier entries win ties, as the header lists them by preference.
        if (language && quality > best_quality) {
            best = language;
            best_quality = quality;
        }
    }
    return best.value_or(fallback);
}

} // namespace podium
