#pragma once
#include "core/import/import.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace podium {

// The FILE argument every command shares: a path, or the bundled sample when absent.
struct ScriptArguments {
    std::string file;          // empty: use a bundled sample
    std::string sample;        // "en" or "zh"; empty: chosen from the locale (zh* → zh)
};

void add_script_arguments(CLI::App& command, ScriptArguments& arguments);

struct LoadedScript {
    Script script;
    std::string name;          // the path as given, or "sample:en" / "sample:zh"
    SourceEncoding encoding = SourceEncoding::Utf8;
    DocumentFormat format = DocumentFormat::PlainText; // what the file was read as
    bool is_sample = false;
};

// Loads and analyses the script; throws podium::Error with a one-line message on bad input.
[[nodiscard]] LoadedScript load_script(const ScriptArguments& arguments);

} // namespace podium
