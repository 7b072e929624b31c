// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/input_controller.hpp"

namespace podium {

namespace {

// Holding a key repeats stepping commands; a held toggle must not flicker on and off.
bool repeats(CommandKind kind)
{
    switch (kind) {
    case CommandKind::SpeedUp:
    case CommandKind::SpeedDown:
    case CommandKind::NextSentence:
    case CommandKind::PreviousSentence:
    case CommandKind::NextSection:
    case CommandKind::PreviousSection:
    case CommandKind::FontLarger:
    case CommandKind::FontSmaller:
    case CommandKind::ReadingLineUp:
    case CommandKind::ReadingLineDown:
        return true;
    default:
        return false;
    }
}

} // namespace

EventMeaning InputController::interpret(const SDL_Event& event) const
{
    switch (event.type) {
    case SDL_QUIT:
        return {EventEffect::CloseRequested, {}};
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            return {EventEffect::Resized, {}};
        }
        if (event.window.event == SDL_WINDOWEVENT_CLOSE) {
            return {EventEffect::CloseRequested, {}};
        }
        return {};
    case SDL_KEYDOWN: {
        std::optional<Command> command = map_key(*m_keys, event.key.keysym.sym, event.key.keysym.mod);
        if (!command || (event.key.repeat != 0 && !repeats(command->kind))) {
            return {};
        }
        if (command->kind == CommandKind::JumpToSection) {
            // Number keys count top-level headings, which only the script knows.
            const auto section = section_for_number(*m_script, static_cast<int>(command->section) + 1);
            if (!section) {
                return {};
            }
            command->section = *section;
        }
        return {EventEffect::Command, *command};
    }
    default:
        return {};
    }
}

} // namespace podium
