// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "cli/require_text.hpp"
#include "cli/script_json.hpp"
#include "cli/script_source.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace podium {

namespace {

struct OutlineOptions {
    ScriptArguments script;
    bool json = false;
};

std::string count_of(std::size_t count, const char* singular, const char* plural)
{
    return std::to_string(count) + ' ' + (count == 1 ? singular : plural);
}

// One line per section, indented two spaces per level, with its sentence count (sub-sections
// included); under it the placeholders found in the section's own sentences.
void write_outline(const LoadedScript& loaded, std::ostream& out)
{
    const Script& script = loaded.script;
    out << loaded.name << " (" << to_string(loaded.format) << "): " << count_of(script.sections.size(), "section", "sections") << ", "
        << count_of(script.sentences.size(), "sentence", "sentences") << '\n';
    std::vector<std::vector<const Placeholder*>> placeholders_by_section(script.sections.size());
    for (const Placeholder& placeholder : script.placeholders) {
        placeholders_by_section.at(script.section_at(placeholder.span.begin)).push_back(&placeholder);
    }
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        const Section& section = script.sections[i];
        const std::string indent(2 * static_cast<std::size_t>(section.level - 1), ' ');
        out << indent << section.title << "  (";
        if (section.kind != SectionKind::Heading) {
            out << to_string(section.kind) << ", ";
        }
        out << count_of(section.end_sentence - section.first_sentence, "sentence", "sentences") << ")\n";
        for (const Placeholder* placeholder : placeholders_by_section[i]) {
            out << indent << "    placeholder " << placeholder->line << ':' << placeholder->column << ' '
                << placeholder->text << '\n';
        }
    }
    const std::size_t unfilled = script.placeholders.size();
    if (unfilled > 0) {
        out << count_of(unfilled, "unfilled placeholder", "unfilled placeholders")
            << (unfilled == 1 ? ": fill it before speaking\n" : ": fill them before speaking\n");
    }
}

int run_outline(const OutlineOptions& options, CommandContext& context)
{
    const LoadedScript loaded = load_script(options.script);
    require_text(loaded);
    if (options.json) {
        nlohmann::ordered_json json = outline_json(loaded.script);
        json["format"] = to_key(loaded.format);
        context.out << to_json_line(json) << '\n';
    } else {
        write_outline(loaded, context.out);
    }
    return 0;
}

} // namespace

void add_outline_command(CLI::App& app, CommandRun& run)
{
    auto options = std::make_shared<OutlineOptions>();
    CLI::App* outline = app.add_subcommand("outline",
        "print the section tree with sentence counts, and the placeholders (line:column) to fill before speaking");
    add_script_arguments(*outline, options->script);
    outline->add_flag("--json", options->json,
        "print {\"sections\":[…],\"placeholders\":[{\"text\",\"line\",\"column\",\"start\",\"end\",\"section\"}]}");
    outline->callback([&run, options] {
        run = [options](CommandContext& context) { return run_outline(*options, context); };
    });
}

} // namespace podium
