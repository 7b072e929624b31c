// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which language Podium speaks: chosen from the locale as every gettext program does
// (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), overridden by "lang" in config.json and then by
// --lang. Pure functions of their inputs; catalogue.hpp applies the choice to the process.
#include <optional>
#include <string>
#include <string_view>

namespace podium {

// The languages Podium has a catalogue for; English is the source text itself.
enum class Language { English, ChineseSimplified };

// "zh_CN" and "en": the names --lang, config.json and the catalogue folders use.
[[nodiscard]] std::string_view language_code(Language language);

// A language as people and locales write it: "zh_CN", "zh-CN", "zh", "zh_CN.UTF-8", "zh_SG",
// "zh-Hans", "en", "en_GB.UTF-8@euro", "C", "POSIX". Nothing for a language Podium lacks
// ("fr_FR", "zh_TW": Traditional Chinese readers are not given Simplified unasked).
[[nodiscard]] std::optional<Language> parse_language(std::string_view name);

// The locale variables as the process has them (empty = unset).
struct LocaleEnvironment {
    std::string language;    // LANGUAGE: a colon-separated list of preferences
    std::string lc_all;      // LC_ALL
    std::string lc_messages; // LC_MESSAGES
    std::string lang;        // LANG

    // The process's variables as the user set them: LANGUAGE as it was before use_language()
    // first named a catalogue through it.
    [[nodiscard]] static LocaleEnvironment of_process();
};

// The user's LANGUAGE, read once, before Podium sets it (catalogue.cpp calls this first).
[[nodiscard]] const std::string& user_language_variable();

// gettext's rule: the first of LC_ALL, LC_MESSAGES, LANG that is set is the locale; a "C" or
// "POSIX" locale (or none) means English whatever LANGUAGE says; otherwise the first entry of
// LANGUAGE Podium has, else the locale's own language, else English.
[[nodiscard]] Language language_from_environment(const LocaleEnvironment& environment);

// The first language of an HTTP Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8") that Podium
// has, by quality; `fallback` when none is (or the header is empty).
[[nodiscard]] Language language_from_accept_language(std::string_view header, Language fallback);

} // namespace podium
