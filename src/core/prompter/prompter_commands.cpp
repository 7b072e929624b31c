// SPDX-License-Identifier: GPL-3.0-or-later
// PrompterModel::apply: what each command does to the model (docs/prompter.md lists the keys).
#include "core/prompter/prompter_model.hpp"

#include <algorithm>
#include <cmath>

namespace podium {

namespace {

// Pace factors stay on whole percentages, so repeated steps never drift (1.05 + 0.05 - 0.05).
double round_percent(double factor)
{
    return std::round(factor * 100.0) / 100.0;
}

} // namespace

void PrompterModel::apply(const Command& command)
{
    if (m_quit == QuitState::Confirmed) {
        return;
    }
    if (m_quit == QuitState::Pending) {
        if (command.kind == CommandKind::Quit || command.kind == CommandKind::ConfirmQuit) {
            m_quit = QuitState::Confirmed;
            return;
        }
        m_quit = QuitState::None;
        if (command.kind == CommandKind::CancelQuit) {
            return;
        }
        // Any other command cancels the question and then does what it says.
    }
    switch (command.kind) {
    case CommandKind::TogglePlay:
        if (m_state == PrompterState::Countdown) {
            start_running();
        } else if (m_state == PrompterState::Running) {
            m_state = PrompterState::Paused;
            emit(PrompterEventKind::Paused);
        } else if (m_state == PrompterState::Paused) {
            m_state = PrompterState::Running;
            emit(PrompterEventKind::Resumed);
        }
        break;
    case CommandKind::SpeedUp:
    case CommandKind::SpeedDown: {
        const double step = command.kind == CommandKind::SpeedUp ? m_options.speed_step : -m_options.speed_step;
        const double factor = std::clamp(round_percent(m_options.pace_factor + step),
            m_options.min_pace_factor, m_options.max_pace_factor);
        if (factor != m_options.pace_factor) {
            m_options.pace_factor = factor;
            emit(PrompterEventKind::SpeedChanged, factor);
        }
        break;
    }
    case CommandKind::NextSentence:
    case CommandKind::PreviousSentence:
    case CommandKind::NextSection:
    case CommandKind::PreviousSection:
    case CommandKind::JumpToSection:
    case CommandKind::JumpToSentence:
    case CommandKind::Home:
    case CommandKind::End:
        navigate(command);
        break;
    case CommandKind::FontLarger:
        m_options.font_size = std::min(m_options.font_size + m_options.font_step, m_options.max_font_size);
        break;
    case CommandKind::FontSmaller:
        m_options.font_size = std::max(m_options.font_size - m_options.font_step, m_options.min_font_size);
        break;
    case CommandKind::ToggleMirror:
    case CommandKind::ToggleFullscreen:
    case CommandKind::ToggleBlank:
    case CommandKind::ToggleHelp:
        break; // the windows' own state (WindowToggles, held by the app's session)
    case CommandKind::Restart:
        restart();
        break;
    case CommandKind::ToggleSpeech:
    case CommandKind::ToggleListen:
        break; // who leads is the app's LeadSwitch's to decide (a source may fail to start)
    case CommandKind::ToggleMode:
        m_options.mode = m_options.mode == ScrollMode::Paced ? ScrollMode::Manual : ScrollMode::Paced;
        m_manual_y = m_track.y_at(m_position);
        emit(PrompterEventKind::ModeChanged, m_options.mode == ScrollMode::Manual ? 1.0 : 0.0);
        break;
    case CommandKind::ReadingLineUp:
        m_options.reading_line = std::clamp(m_options.reading_line - m_options.reading_line_step, 0.1, 0.9);
        break;
    case CommandKind::ReadingLineDown:
        m_options.reading_line = std::clamp(m_options.reading_line + m_options.reading_line_step, 0.1, 0.9);
        break;
    case CommandKind::Quit:
        m_quit = m_state == PrompterState::Running ? QuitState::Pending : QuitState::Confirmed;
        break;
    case CommandKind::ConfirmQuit:
    case CommandKind::CancelQuit:
        break; // nothing pending
    }
}

void PrompterModel::navigate(const Command& command)
{
    const std::size_t count = m_script->sentences.size();
    if (count == 0) {
        return;
    }
    ++m_manual_jumps;
    const auto& sections = m_script->sections;
    switch (command.kind) {
    case CommandKind::NextSentence:
        if (m_sentence + 1 < count) {
            jump_to_sentence(m_sentence + 1);
        }
        break;
    case CommandKind::PreviousSentence:
        jump_to_sentence(m_sentence > 0 ? m_sentence - 1 : 0);
        break;
    case CommandKind::NextSection: {
        // The nearest section start after the current sentence, at any level.
        std::optional<std::size_t> next;
        for (const Section& section : sections) {
            if (section.first_sentence < section.end_sentence && section.first_sentence > m_sentence
                && (!next || section.first_sentence < *next)) {
                next = section.first_sentence;
            }
        }
        if (next) {
            jump_to_sentence(*next);
        }
        break;
    }
    case CommandKind::PreviousSection: {
        // The start of the current section when inside it, else the section before.
        std::size_t previous = 0;
        for (const Section& section : sections) {
            if (section.first_sentence < section.end_sentence && section.first_sentence < m_sentence) {
                previous = std::max(previous, section.first_sentence);
            }
        }
        jump_to_sentence(previous);
        break;
    }
    case CommandKind::JumpToSection:
        if (command.section < sections.size()
            && sections[command.section].first_sentence < sections[command.section].end_sentence) {
            jump_to_sentence(sections[command.section].first_sentence);
        }
        break;
    case CommandKind::JumpToSentence:
        if (command.sentence < count) {
            jump_to_sentence(command.sentence);
        }
        break;
    case CommandKind::Home:
        jump_to_sentence(0);
        break;
    case CommandKind::End:
        jump_to_sentence(count - 1);
        break;
    default:
        break;
    }
}

} // namespace podium
