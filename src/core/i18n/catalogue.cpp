// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/catalogue.hpp"

#include "core/io/data_directories.hpp"

#include <atomic>
#include <clocale>
#include <cstdlib>
#include <libintl.h>
#include <string>
#include <system_error>

// glibc's catalogue generation counter: bumping it makes gettext drop the translations it has
// cached, as the gettext manual describes for changing the language of a running program.
extern "C" int _nl_msg_cat_cntr; // NOLINT(bugprone-reserved-identifier)

namespace podium {

namespace {

// What use_language() chose, for the few places that format differently per language.
std::atomic<Language>& chosen_language()
{
    static std::atomic<Language> language{Language::English};
    return language;
}

} // namespace

std::vector<std::filesystem::path> locale_directories(const std::optional<std::filesystem::path>& executable,
    const std::optional<std::filesystem::path>& build_dir)
{
    std::vector<std::filesystem::path> directories;
    if (executable && !executable->empty()) {
        const std::filesystem::path folder = executable->parent_path();
        directories.push_back((folder / "locale").lexically_normal());
        directories.push_back((folder / ".." / "share" / "locale").lexically_normal());
        if (build_dir && !build_dir->empty()) {
            const std::filesystem::path relative = executable->lexically_normal().lexically_relative(*build_dir);
            if (!relative.empty() && *relative.begin() != "..") {
                directories.push_back((*build_dir / "locale").lexically_normal());
            }
        }
    }
    return directories;
}

std::optional<std::filesystem::path> catalogue_directory(Language language,
    const std::vector<std::filesystem::path>& directories)
{
    if (language == Language::English) {
        return std::nullopt;
    }
    const std::string file = std::string(text_domain) + ".mo";
    std::error_code error;
    for (const std::filesystem::path& directory : directories) {
        if (std::filesystem::is_regular_file(directory / language_code(language) / "LC_MESSAGES" / file, error)) {
            return directory;
        }
    }
    return std::nullopt;
}

bool use_language(Language language)
{
    const BuildTree build = compiled_build_tree();
    return use_language(language, locale_directories(running_executable(),
        build.binary_dir.empty() ? std::nullopt : std::optional(build.binary_dir)));
}

bool use_language(Language language, const std::vector<std::filesystem::path>& directories)
{
    const std::optional<std::filesystem::path> directory = catalogue_directory(language, directories);
    chosen_language().store(directory ? language : Language::English);
    // gettext ignores LANGUAGE in the "C" locale; C.UTF-8 is not "C" and exists on every glibc
    // since 2.35, so no zh_CN locale needs to be generated. The user's own locale is the fallback.
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) {
        std::setlocale(LC_MESSAGES, "");
    }
    (void)user_language_variable(); // remembered before it is overwritten
    ::setenv("LANGUAGE", std::string(directory ? language_code(language) : "en").c_str(), 1);
    if (directory) {
        bindtextdomain(text_domain, directory->c_str());
    }
    bind_textdomain_codeset(text_domain, "UTF-8");
    ++_nl_msg_cat_cntr;
    return directory.has_value() || language == Language::English;
}

std::vector<std::string> messages_in(Language language, const std::vector<const char*>& messages)
{
    const Language speaking = current_language();
    if (language != speaking) {
        use_language(language);
    }
    std::vector<std::string> translated;
    translated.reserve(messages.size());
    for (const char* message : messages) {
        translated.emplace_back(dgettext(text_domain, message));
    }
    if (language != speaking) {
        use_language(speaking);
    }
    return translated;
}

Language current_language()
{
    return chosen_language().load();
}

} // namespace podium
