// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "app/voice_setup.hpp"
#include "cli/terminal_width.hpp"
#include "core/error.hpp"
#include "core/i18n/translate.hpp"
#include "speech/speech_engine.hpp"
#include "speech/voice_directories.hpp"

#include <CLI/CLI.hpp>

#include <iomanip>
#include <ostream>

namespace podium {

void add_voices_commands(CLI::App& app, CommandRun& run)
{
    CLI::App* voices = app.add_subcommand("voices", _("list the voice presets and whether eSpeak NG has their voices"));
    voices->callback([&run] {
        run = [](CommandContext& context) {
            const VoiceCatalog catalog = load_presets(context.err);
            std::vector<std::string> names;
            for (const VoicePreset& preset : catalog.presets) {
                names.push_back(preset.espeak_voice);
            }
            std::vector<bool> installed;
            std::string engine_error;
            try {
                SpeechEngine engine;
                installed = engine.installed(names);
            } catch (const Error& e) {
                engine_error = e.what();
            }
            // Columns padded by display width, so Chinese headings line up too.
            context.out << pad_to_width(_("NAME"), 20, ColumnAlign::Left) << pad_to_width(_("LANGUAGE"), 10, ColumnAlign::Left)
                        << pad_to_width(_("ESPEAK VOICE"), 18, ColumnAlign::Left) << pad_to_width(_("RATE"), 6, ColumnAlign::Left)
                        << pad_to_width(_("INSTALLED"), 11, ColumnAlign::Left) << _("FILE") << '\n';
            for (std::size_t i = 0; i < catalog.presets.size(); ++i) {
                const VoicePreset& preset = catalog.presets[i];
                const char* status = installed.empty() ? _("unknown") : (installed[i] ? _("yes") : _("no"));
                context.out << std::left << std::setw(20) << preset.name << std::setw(10) << language_code(preset.language)
                            << std::setw(18) << preset.espeak_voice << std::setw(6) << preset.rate
                            << pad_to_width(status, 11, ColumnAlign::Left) << preset.source.string() << '\n';
            }
            if (catalog.presets.empty()) {
                context.out << _("(no presets found)") << '\n';
            }
            context.out << '\n'
                        << fill_in(_("Your own presets go in {} (see voices/README.md)."),
                               user_voices_directory(process_environment()).string())
                        << '\n';
            if (!engine_error.empty()) {
                throw Error(engine_error);
            }
            return 0;
        };
    });
}

} // namespace podium
