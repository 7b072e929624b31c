// SPDX-License-Identifier: GPL-3.0-or-later
// Names for the prompter's enums and printers, so test failures and logs read well.
#include "core/prompter/command.hpp"
#include "core/prompter/prompter_event.hpp"
#include "core/prompter/prompter_view.hpp"
#include "core/script/script.hpp"

namespace podium {

const char* to_string(CommandKind kind)
{
    switch (kind) {
    case CommandKind::TogglePlay: return "toggle-play";
    case CommandKind::SpeedUp: return "speed-up";
    case CommandKind::SpeedDown: return "speed-down";
    case CommandKind::NextSentence: return "next-sentence";
    case CommandKind::PreviousSentence: return "previous-sentence";
    case CommandKind::NextSection: return "next-section";
    case CommandKind::PreviousSection: return "previous-section";
    case CommandKind::JumpToSection: return "jump-to-section";
    case CommandKind::Home: return "home";
    case CommandKind::End: return "end";
    case CommandKind::FontLarger: return "font-larger";
    case CommandKind::FontSmaller: return "font-smaller";
    case CommandKind::ToggleMirror: return "toggle-mirror";
    case CommandKind::ToggleFullscreen: return "toggle-fullscreen";
    case CommandKind::ToggleBlank: return "toggle-blank";
    case CommandKind::Restart: return "restart";
    case CommandKind::ToggleSpeech: return "toggle-speech";
    case CommandKind::ToggleListen: return "toggle-listen";
    case CommandKind::ToggleHelp: return "toggle-help";
    case CommandKind::ToggleMode: return "toggle-mode";
    case CommandKind::ReadingLineUp: return "reading-line-up";
    case CommandKind::ReadingLineDown: return "reading-line-down";
    case CommandKind::Quit: return "quit";
    case CommandKind::ConfirmQuit: return "confirm-quit";
    case CommandKind::CancelQuit: return "cancel-quit";
    case CommandKind::JumpToSentence: return "jump-to-sentence";
    }
    return "?";
}

const char* to_string(PrompterState state)
{
    switch (state) {
    case PrompterState::Countdown: return "countdown";
    case PrompterState::Running: return "running";
    case PrompterState::Paused: return "paused";
    case PrompterState::Finished: return "finished";
    }
    return "?";
}

const char* to_string(ScrollMode mode)
{
    return mode == ScrollMode::Paced ? "paced" : "manual";
}

const char* to_string(TimeStatus status)
{
    switch (status) {
    case TimeStatus::OnTime: return "on-time";
    case TimeStatus::Amber: return "amber";
    case TimeStatus::Red: return "red";
    }
    return "?";
}

const char* to_string(PrompterEventKind kind)
{
    switch (kind) {
    case PrompterEventKind::Started: return "started";
    case PrompterEventKind::SentenceReached: return "sentence-reached";
    case PrompterEventKind::SectionEntered: return "section-entered";
    case PrompterEventKind::Paused: return "paused";
    case PrompterEventKind::Resumed: return "resumed";
    case PrompterEventKind::Jumped: return "jumped";
    case PrompterEventKind::SpeedChanged: return "speed-changed";
    case PrompterEventKind::ModeChanged: return "mode-changed";
    case PrompterEventKind::SpeechChanged: return "speech-changed";
    case PrompterEventKind::ListenChanged: return "listen-changed";
    case PrompterEventKind::Restarted: return "restarted";
    case PrompterEventKind::Finished: return "finished";
    }
    return "?";
}

std::ostream& operator<<(std::ostream& out, CommandKind kind) { return out << to_string(kind); }
std::ostream& operator<<(std::ostream& out, PrompterState state) { return out << to_string(state); }
std::ostream& operator<<(std::ostream& out, ScrollMode mode) { return out << to_string(mode); }
std::ostream& operator<<(std::ostream& out, TimeStatus status) { return out << to_string(status); }
std::ostream& operator<<(std::ostream& out, PrompterEventKind kind) { return out << to_string(kind); }

std::ostream& operator<<(std::ostream& out, const PrompterView& view)
{
    return out << '{' << view.state << ' ' << view.mode << " pos " << view.position << " y " << view.scroll_y
               << " s" << view.current_sentence << " §" << view.current_section << " elapsed " << view.elapsed
               << " section " << view.section_actual << '/' << view.section_planned << ' ' << view.section_status
               << " pace×" << view.pace_factor << (view.blank ? " blank" : "") << (view.mirror ? " mirror" : "")
               << (view.quit != QuitState::None ? " quit?" : "") << '}';
}

std::ostream& operator<<(std::ostream& out, const PrompterEvent& event)
{
    return out << '{' << event.kind << " t" << event.elapsed << " s" << event.sentence << " §" << event.section
               << " from" << event.from_sentence << " v" << event.value << '}';
}

std::optional<std::size_t> section_for_number(const Script& script, int number)
{
    if (number < 1) {
        return std::nullopt;
    }
    std::size_t seen = 0;
    bool any_heading = false;
    for (std::size_t i = 0; i < script.sections.size(); ++i) {
        const Section& section = script.sections[i];
        if (section.kind == SectionKind::Heading && !section.parent) {
            any_heading = true;
            if (++seen == static_cast<std::size_t>(number)) {
                return i;
            }
        }
    }
    if (!any_heading && static_cast<std::size_t>(number) <= script.sections.size()) {
        return static_cast<std::size_t>(number) - 1;
    }
    return std::nullopt;
}

} // namespace podium
