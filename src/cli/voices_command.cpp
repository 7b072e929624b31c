// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.hpp"
#include "cli/speech_setup.hpp"
#include "core/error.hpp"
#include "speech/speech_engine.hpp"
#include "speech/voice_directories.hpp"

#include <iomanip>
#include <ostream>

namespace podium {

void add_voices_commands(CLI::App& app, CommandRun& run)
{
    CLI::App* voices = app.add_subcommand("voices", "list the voice presets and whether eSpeak NG has their voices");
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
            context.out << std::left << std::setw(20) << "NAME" << std::setw(10) << "LANGUAGE" << std::setw(18)
                        << "ESPEAK VOICE" << std::setw(6) << "RATE" << std::setw(11) << "INSTALLED" << "FILE\n";
            for (std::size_t i = 0; i < catalog.presets.size(); ++i) {
                const VoicePreset& preset = catalog.presets[i];
                const char* status = installed.empty() ? "unknown" : (installed[i] ? "yes" : "no");
                context.out << std::left << std::setw(20) << preset.name << std::setw(10) << language_code(preset.language)
                            << std::setw(18) << preset.espeak_voice << std::setw(6) << preset.rate << std::setw(11)
                            << status << preset.source.string() << '\n';
            }
            if (catalog.presets.empty()) {
                context.out << "(no presets found)\n";
            }
            context.out << "\nYour own presets go in " << user_voices_directory(process_environment()).string()
                        << " (see voices/README.md).\n";
            if (!engine_error.empty()) {
                throw Error(engine_error);
            }
            return 0;
        };
    });
}

} // namespace podium
