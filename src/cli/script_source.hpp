// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/import/import.hpp"
#include "core/script/script.hpp"
#include "core/text/load.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

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

// The sample speech for `language` ("en", "zh") in the first of `directories` holding a file
// named *-<language>.*, or nothing.
[[nodiscard]] std::optional<std::filesystem::path> sample_file(const std::string& language,
    const std::vector<std::filesystem::path>& directories);

// Loads and analyses the script; a sample comes from the data's samples folder when there is
// one, else from the copy compiled into the executable. throws podium::Error with a one-line message on bad input.
[[nodiscard]] LoadedScript load_script(const ScriptArguments& arguments);

} // namespace podium
