// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "cli/estimate_command.hpp"
#include "app/loaded_script.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "core/prompter/timeline.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/frame_geometry.hpp"
#include "display/offscreen_frame.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <sstream>
#include <ostream>
#include <regex>

namespace podium {

namespace {

struct RenderArguments {
    ScriptArguments script;
    double at = 0.0;
    std::string size = "1920x1080";
    std::string out;
    bool mirror = false;
    int font_size = 0;
};

std::pair<int, int> parse_size(const std::string& text)
{
    static const std::regex pattern(R"((\d{2,5})[xX×](\d{2,5}))");
    std::smatch match;
    if (!std::regex_match(text, match, pattern)) {
        throw Error(fill_in(_("--size wants WIDTHxHEIGHT, like 1920x1080, not '{}'"), text));
    }
    const int width = std::stoi(match[1]);
    const int height = std::stoi(match[2]);
    if (width < 160 || height < 120 || width > 8192 || height > 8192) {
        throw Error(fill_in(_("--size {} is out of range: use 160x120 up to 8192x8192"), text));
    }
    return {width, height};
}

} // namespace

void add_render_commands(CLI::App& app, CommandRun& run)
{
    auto arguments = std::make_shared<RenderArguments>();
    CLI::App* render = app.add_subcommand("render",
        _("draw the prompter frame at a moment of the paced timeline into a PNG (no window needed)"));
    add_script_arguments(*render, arguments->script);
    render->add_option("--at", arguments->at, _("seconds into the speech (after the countdown)"))
        ->check(CLI::NonNegativeNumber);
    render->add_option("--size", arguments->size, _("frame size WIDTHxHEIGHT"))->capture_default_str();
    render->add_option("--out", arguments->out, _("PNG file to write"))->required();
    render->add_flag("--mirror", arguments->mirror, _("mirror horizontally, as for prompter glass"));
    render->add_option("--font-size", arguments->font_size, _("text size in pixels (default: 64 at 1080 lines)"))
        ->check(CLI::Range(8, 400));
    render->callback([&run, arguments] {
        run = [arguments](CommandContext& context) {
            const auto [width, height] = parse_size(arguments->size);
            EstimateOptions pace_options;
            pace_options.script = arguments->script;
            const PaceProfile profile = resolve_pace_profile(pace_options, process_environment());
            const LoadedScript loaded = load_script(arguments->script);
            const Timing timing = estimate_timing(loaded.script, profile);
            const TtfLibrary ttf;
            const FontChoice font = locate_font(font_folders());
            const int text_px = arguments->font_size > 0 ? arguments->font_size : default_text_px(height);
            PrompterScene scene(loaded.script, timing, font);
            scene.fit(width, text_px);
            PrompterOptions options;
            options.font_size = text_px;
            PrompterView view = view_at(loaded.script, timing, scene.layout(), options, arguments->at);
            view.mirror = arguments->mirror;
            OffscreenFrame frame(width, height, font);
            write_png(arguments->out, frame.render(scene.content(view)));
            std::ostringstream at;
            at << arguments->at;
            context.out << fill_in(_("wrote {0} ({1}×{2}, {3} at {4} s)"), arguments->out, width, height, loaded.name,
                               at.str())
                        << '\n';
            return 0;
        };
    });
}

} // namespace podium
