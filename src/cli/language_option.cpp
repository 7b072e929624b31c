// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/language_option.hpp"

#include "cli/config_entry.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

namespace podium {

LanguageArguments take_language_option(int argc, const char* const* argv)
{
    LanguageArguments arguments;
    bool options_end = false;
    for (int i = 0; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (i == 0 || options_end) {
            arguments.rest.push_back(argv[i]);
            continue;
        }
        if (argument == "--") {
            options_end = true;
            arguments.rest.push_back(argv[i]);
        } else if (argument == "--lang") {
            if (i + 1 >= argc) {
                arguments.missing_value = true;
            } else {
                arguments.lang = argv[++i];
            }
        } else if (argument.starts_with("--lang=")) {
            arguments.lang = std::string(argument.substr(7));
        } else {
            arguments.rest.push_back(argv[i]);
        }
    }
    return arguments;
}

std::optional<std::string> config_language(const std::filesystem::path& config_file)
{
    const std::optional<nlohmann::json> lang = config_entry(config_file, "lang");
    if (!lang || !lang->is_string()) {
        return std::nullopt;
    }
    return lang->get<std::string>();
}

LanguageChoice choose_language(const std::optional<std::string>& option, const std::optional<std::string>& config,
    const LocaleEnvironment& environment)
{
    LanguageChoice choice;
    choice.language = language_from_environment(environment);
    if (config) {
        if (const auto language = parse_language(*config)) {
            choice.language = *language;
        } else {
            choice.unknown_config = *config;
        }
    }
    if (option) {
        if (const auto language = parse_language(*option)) {
            choice.language = *language;
        } else {
            choice.unknown_option = *option;
        }
    }
    return choice;
}

} // namespace podium
