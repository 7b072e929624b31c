// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "cli/require_text.hpp"
#include "cli/script_json.hpp"
#include "cli/script_source.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace podium {

namespace {

struct SplitOptions {
    ScriptArguments script;
    bool json = false;
};

int run_split(const SplitOptions& options, CommandContext& context)
{
    const LoadedScript loaded = load_script(options.script);
    require_text(loaded);
    if (options.json) {
        write_split_json(context.out, loaded.script, to_key(loaded.format));
        return 0;
    }
    for (std::size_t i = 0; i < loaded.script.sentences.size(); ++i) {
        context.out << loaded.script.sentence_text(i) << '\n';
    }
    return 0;
}

} // namespace

void add_split_commands(CLI::App& app, CommandRun& run)
{
    auto options = std::make_shared<SplitOptions>();
    CLI::App* split = app.add_subcommand("split", "print the speech one sentence a line");
    add_script_arguments(*split, options->script);
    split->add_flag("--json", options->json,
        "print {\"sentences\":[{\"text\",\"shown\",\"start\",\"end\",\"section\"}],\"sections\":[{\"title\",\"level\",…}],"
        "\"format\"} with byte offsets; \"shown\" is the text without Markdown syntax; \"section\" indexes \"sections\"");
    split->callback([&run, options] {
        run = [options](CommandContext& context) { return run_split(*options, context); };
    });
}

} // namespace podium
