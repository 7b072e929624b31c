// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The language of the whole command line, chosen before CLI11 builds its help texts: --lang
// (anywhere before "--"), else "lang" in config.json, else the locale (core/i18n/language.hpp).
#include "core/i18n/language.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace podium {

struct LanguageArguments {
    std::optional<std::string> lang;   // the value of --lang, as written
    std::vector<const char*> rest;      // argv without --lang and its value
    bool missing_value = false;         // "--lang" was the last argument
};

// Takes "--lang X" and "--lang=X" out of the command line, so every command accepts it.
[[nodiscard]] LanguageArguments take_language_option(int argc, const char* const* argv);

// "lang" of a config.json; nothing when the file, the key or its value is absent or unusable
// (the commands that read config.json report a broken file themselves).
[[nodiscard]] std::optional<std::string> config_language(const std::filesystem::path& config_file);

struct LanguageChoice {
    Language language = Language::English;
    std::optional<std::string> unknown_option; // an unknown --lang value: the command line is wrong
    std::optional<std::string> unknown_config; // an unknown "lang" in config.json: the locale decides
};

// The messages are made by the caller once the language is in use, so they are in it.
[[nodiscard]] LanguageChoice choose_language(const std::optional<std::string>& option,
    const std::optional<std::string>& config, const LocaleEnvironment& environment);

} // namespace podium
