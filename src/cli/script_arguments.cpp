// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/loaded_script.hpp"
#include "cli/commands.hpp"
#include "core/i18n/translate.hpp"

#include <CLI/CLI.hpp>

namespace podium {

void add_script_arguments(CLI::App& command, ScriptArguments& arguments)
{
    command.add_option("FILE", arguments.file,
        _("speech to load: plain text or Markdown (.md) in UTF-8, UTF-16 with BOM or GB18030, Word (.docx), "
        "OpenDocument (.odt), or PowerPoint speaker notes (.pptx); "
        "default: the bundled sample speech"));
    command.add_option("--sample", arguments.sample, _("bundled sample to use when no FILE is given"))
        ->check(CLI::IsMember({"en", "zh"}));
}

} // namespace podium
