// SPDX-License-Identifier: GPL-3.0-or-later
// The single prompter window's toggles have one owner: commands from the phone flip them, the
// phone is told them, and the settings remember the mirror; none of it is the model's.
#include "app/prompter_app.hpp"

#include "app/loaded_script.hpp"
#include "core/prompter/settings.hpp"
#include "core/timing/estimate.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <vector>

using namespace podium;

namespace {

// A phone that sends its commands once the run is under way and notes what it is told.
class ScriptedPhone final : public RemotePort {
public:
    explicit ScriptedPhone(std::vector<Command> commands) : m_commands(std::move(commands)) {}

    void take_commands(std::vector<Command>& out) override
    {
        ++m_frames;
        if (!m_sent) {
            if (m_frames >= 30) { // some frames in, so the first states show the window as it opened
                out = m_commands;
                m_sent = true;
                m_published_at_send = published.size();
            }
            return;
        }
        // A few states published after the commands: close, as the quit keys would.
        if (published.size() > m_published_at_send + 5) {
            out.push_back(Command{CommandKind::Quit, 0});
            out.push_back(Command{CommandKind::ConfirmQuit, 0});
        }
    }
    void publish(const PrompterView& view, const std::vector<double>&, bool blank) override
    {
        published.push_back({view.mirror, blank, view.speech});
    }
    [[nodiscard]] const RemotePairing& pairing() const override { return m_pairing; }

    struct Seen {
        bool mirror;
        bool blank;
        bool speech;
    };
    std::vector<Seen> published;

private:
    std::vector<Command> m_commands;
    RemotePairing m_pairing;
    std::size_t m_frames = 0;
    std::size_t m_published_at_send = 0;
    bool m_sent = false;
};

} // namespace

TEST_CASE("in the single window the phone's mirror and blank reach the phone's state and the mirror is remembered")
{
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    ::setenv("SDL_RENDER_DRIVER", "software", 1);
    const auto folder = std::filesystem::temp_directory_path() / ("podium-toggles-run-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    ScriptArguments arguments;
    arguments.sample = "en";
    const LoadedScript loaded = load_script(arguments);
    const Timing timing = estimate_timing(loaded.script, PaceProfile{});

    ScriptedPhone phone({Command{CommandKind::ToggleMirror, 0}, Command{CommandKind::ToggleBlank, 0},
        Command{CommandKind::ToggleSpeech, 0}}); // no voice in this run: S only says so
    PrompterAppOptions options;
    options.remote = &phone;
    options.settings_file = folder / "settings.json";
    options.quit_after = 120.0; // a safety net against a hang; the phone quits
    const PrompterRun run = run_prompter(loaded.script, timing, options);
    REQUIRE(run.outcome == PrompterOutcome::Closed);

    REQUIRE(phone.published.size() > 6);
    CHECK_FALSE(phone.published.front().mirror);
    CHECK_FALSE(phone.published.front().blank);
    CHECK(phone.published.back().mirror);
    CHECK(phone.published.back().blank);
    CHECK_FALSE(phone.published.back().speech); // nothing to speak with: the plan clock leads

    const SettingsLoad remembered = load_settings(*options.settings_file);
    CHECK(remembered.settings.mirror);

    // The next window starts mirrored (the remembered toggle), and M from the phone un-mirrors it.
    ScriptedPhone second({Command{CommandKind::ToggleMirror, 0}});
    options.remote = &second;
    REQUIRE(run_prompter(loaded.script, timing, options).outcome == PrompterOutcome::Closed);
    REQUIRE_FALSE(second.published.empty());
    CHECK(second.published.front().mirror);
    CHECK_FALSE(second.published.back().mirror);
    CHECK_FALSE(load_settings(*options.settings_file).settings.mirror);
    std::filesystem::remove_all(folder);
}
