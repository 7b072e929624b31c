#include "cli/commands.hpp"
#include "cli/script_source.hpp"

#include <memory>
#include <ostream>

namespace podium {

void add_split_commands(CLI::App& app, CommandRun& run)
{
    auto arguments = std::make_shared<ScriptArguments>();
    CLI::App* split = app.add_subcommand("split", "print the speech one sentence a line");
    add_script_arguments(*split, *arguments);
    split->callback([&run, arguments] {
        run = [arguments](CommandContext& context) {
            const LoadedScript loaded = load_script(*arguments);
            for (std::size_t i = 0; i < loaded.script.sentences.size(); ++i) {
                context.out << loaded.script.sentence_text(i) << '\n';
            }
            return 0;
        };
    });
}

} // namespace podium
