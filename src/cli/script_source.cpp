// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/script_source.hpp"

#include "cli/bundled_samples.hpp"
#include "core/error.hpp"
#include "core/io/data_directories.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <system_error>

namespace podium {

namespace {

std::string sample_from_locale()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value != nullptr && *value != '\0') {
            return std::string_view(value).starts_with("zh") ? "zh" : "en";
        }
    }
    return "en";
}

} // namespace

std::optional<std::filesystem::path> sample_file(const std::string& language,
    const std::vector<std::filesystem::path>& directories)
{
    const std::string marker = "-" + language + ".";
    for (const std::filesystem::path& directory : directories) {
        std::vector<std::filesystem::path> matches;
        std::error_code error;
        for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
            if (it->is_regular_file(error) && it->path().filename().string().find(marker) != std::string::npos) {
                matches.push_back(it->path());
            }
        }
        if (!matches.empty()) {
            return *std::min_element(matches.begin(), matches.end());
        }
    }
    return std::nullopt;
}

void add_script_arguments(CLI::App& command, ScriptArguments& arguments)
{
    command.add_option("FILE", arguments.file,
        "speech to load: plain text or Markdown (.md) in UTF-8, UTF-16 with BOM or GB18030, Word (.docx), "
        "OpenDocument (.odt), or PowerPoint speaker notes (.pptx); "
        "default: the bundled sample speech");
    command.add_option("--sample", arguments.sample, "bundled sample to use when no FILE is given")
        ->check(CLI::IsMember({"en", "zh"}));
}

LoadedScript load_script(const ScriptArguments& arguments)
{
    LoadedScript loaded;
    ImportedDocument result;
    if (arguments.file.empty()) {
        const std::string language = arguments.sample.empty() ? sample_from_locale() : arguments.sample;
        // The sample's file where the data locator finds one (installed: share/podium/samples;
        // from the build tree: docs/samples), so the installed sample is what runs; the copy
        // compiled in when there is none (a lone executable).
        if (const auto file = sample_file(language, podium_data_directories("samples"))) {
            result = import_document(file->string());
            loaded.is_sample = true;
        }
        for (const BundledSample& sample : bundled_samples()) {
            if (!loaded.is_sample && sample.name.find("-" + language + ".") != std::string_view::npos) {
                result = import_bytes(sample.bytes, format_for_document(std::string(sample.name)));
                loaded.is_sample = true;
            }
        }
        loaded.name = "sample:" + language;
        if (!loaded.is_sample) {
            throw Error("no bundled sample for language '" + language + "'");
        }
    } else {
        result = import_document(arguments.file);
        loaded.name = arguments.file;
    }
    if (!result.ok()) {
        throw Error(result.error);
    }
    loaded.encoding = result.encoding;
    loaded.format = result.format;
    loaded.script = build_script(std::move(result.source));
    return loaded;
}

} // namespace podium
