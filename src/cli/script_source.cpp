#include "cli/script_source.hpp"

#include "cli/bundled_samples.hpp"
#include "core/error.hpp"

#include <cstdlib>
#include <string_view>

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
        for (const BundledSample& sample : bundled_samples()) {
            if (sample.name.find("-" + language + ".") != std::string_view::npos) {
                result = import_bytes(sample.bytes, format_for_document(std::string(sample.name)));
                loaded.name = "sample:" + language;
                loaded.is_sample = true;
            }
        }
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
