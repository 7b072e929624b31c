// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/projection_command.hpp"

#include "cli/terminal_width.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/io/xdg_paths.hpp"
#include "display/display_list.hpp"
#include "app/prompter_app.hpp"
#include "display/sdl_handles.hpp"

#include <CLI/CLI.hpp>

#include <iomanip>
#include <memory>
#include <ostream>

namespace podium {

namespace {

std::filesystem::path config_file()
{
    return podium_directories(process_environment()).config / "config.json";
}

} // namespace

KeySetup resolve_key_setup(const std::string& keys_option)
{
    return load_key_setup(config_file(), keys_option.empty() ? std::nullopt : std::optional<std::string>(keys_option));
}

void add_displays_command(CLI::App& app, CommandRun& run)
{
    CLI::App* command = app.add_subcommand("displays", _("list the displays (index, name, resolution) for --project --display N"));
    command->footer(_("Exit status 1 when there is no display to list (no DISPLAY / WAYLAND_DISPLAY, or the video system\n"
                    "cannot start)."));
    command->callback([&run] {
        run = [](CommandContext& context) {
            if (auto reason = missing_display_reason()) {
                context.err << "podium: " << fill_in(_("no display available ({})"), *reason) << '\n';
                return 1;
            }
            std::unique_ptr<SdlSubsystem> video;
            try {
                video = std::make_unique<SdlSubsystem>(SDL_INIT_VIDEO);
            } catch (const Error& e) {
                context.err << "podium: " << fill_in(_("no display available ({})"), e.what()) << '\n';
                return 1;
            }
            const std::vector<DisplayDescription> displays = list_displays();
            if (displays.empty()) {
                context.err << "podium: " << _("no display available (the video system reports none)") << '\n';
                return 1;
            }
            context.out << _("index  resolution  position     name") << '\n';
            for (const DisplayDescription& d : displays) {
                const std::string resolution = std::to_string(d.width) + "x" + std::to_string(d.height);
                const std::string position = std::to_string(d.x) + "," + std::to_string(d.y);
                context.out << std::setw(5) << d.index << "  " << std::left << std::setw(10) << resolution << "  "
                            << std::setw(11) << position << std::right << "  " << (d.name.empty() ? _("(no name)") : d.name)
                            << (d.primary ? _("  [primary]") : "") << '\n';
            }
            const DisplayChoice choice = choose_projector_display(displays, std::nullopt);
            if (choice.index) {
                context.out << fill_in(choice.placement == ProjectorPlacement::Windowed
                                           ? _("--project uses display {} (windowed: it is the only display); choose "
                                               "another with --display N")
                                           : _("--project uses display {} (the first one that is not the primary); "
                                               "choose another with --display N"),
                                   *choice.index)
                            << '\n';
            }
            return 0;
        };
    });
}

void add_keys_command(CLI::App& app, CommandRun& run)
{
    struct KeysArguments {
        std::string preset;
        bool markdown = false;
        bool all = false;
        bool no_config = false;
    };
    auto arguments = std::make_shared<KeysArguments>();
    CLI::App* command = app.add_subcommand("keys", _("show the prompter's keys for a preset (default, logitech, kensington, arrows)"));
    command->add_option("--preset", arguments->preset, _("the preset (default: the config's, else default)"));
    command->add_flag("--markdown", arguments->markdown, _("print a Markdown table (docs/projection.md is made of these)"));
    command->add_flag("--all", arguments->all, _("every built-in preset, config ignored"));
    command->add_flag("--no-config", arguments->no_config, _("ignore the \"keys\" object of config.json"));
    command->footer(_("Keys can be remapped in $XDG_CONFIG_HOME/podium/config.json:\n"
                    "  \"keys\": {\"preset\": \"logitech\", \"bindings\": {\"B\": \"toggle-blank\", \"Ctrl+N\": \"next-section\"}}\n"
                    "Key names are SDL's (PageDown, F5, Escape, Period or ., B…); \"none\" unbinds a key."));
    command->callback([&run, arguments] {
        run = [arguments](CommandContext& context) {
            if (arguments->all) {
                context.out << all_presets_markdown();
                return 0;
            }
            KeySetup setup;
            if (arguments->no_config) {
                setup.preset = key_preset_named(arguments->preset.empty() ? "default" : arguments->preset);
            } else {
                setup = resolve_key_setup(arguments->preset);
            }
            if (arguments->markdown) {
                context.out << preset_markdown(setup.preset);
                return 0;
            }
            context.out << fill_in(_("Keys ({}):"), setup.preset.name) << '\n';
            for (const HelpLine& line : prompter_help_lines(setup.preset)) {
                // Padded by terminal columns, not bytes: "1–9" and "←" are one column, three bytes.
                context.out << "  " << pad_to_width(line.keys, 28, ColumnAlign::Left) << line.help << '\n';
            }
            return 0;
        };
    });
}

} // namespace podium
