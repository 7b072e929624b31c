// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <optional>
#include <ostream>

namespace podium {

struct Script;

// What a key (or a clicker, or the operator window) asks for. Input mapping (SDL key → Command)
// lives in the display; presets (default, logitech, kensington, arrows) map keys to these.
// docs/prompter.md lists the default keys.
enum class CommandKind {
    TogglePlay,        // Space, F5, Esc: countdown → run now; running ⇄ paused. Never quits.
    SpeedUp,           // Up: pace factor + speed_step
    SpeedDown,         // Down: pace factor − speed_step
    NextSentence,      // PageDown, Right
    PreviousSentence,  // PageUp, Left
    NextSection,       // Ctrl+PageDown
    PreviousSection,   // Ctrl+PageUp
    JumpToSection,     // 1–9 (see section_for_number), operator window clicks
    Home,              // first sentence
    End,               // last sentence
    FontLarger,        // + : the model records the request; the display re-lays out
    FontSmaller,       // -
    ToggleMirror,      // M: the window toggles (WindowToggles) are the session's, not the model's
    ToggleFullscreen,  // F, F11
    ToggleBlank,       // B, '.': the scroll keeps its state; the glass shows black
    Restart,           // R: back to the countdown at the first sentence
    ToggleSpeech,      // S: the app starts/stops the voice; the voice then drives the scroll
    ToggleListen,      // L: the microphone on/off; the speaker's own voice then drives the scroll
    ToggleHelp,        // ?, F1 (a window toggle too)
    ToggleMode,        // paced ⇄ manual
    ReadingLineUp,     // move the reading line up by reading_line_step
    ReadingLineDown,
    Quit,              // Ctrl+Q: while running asks for confirmation (Quit again or ConfirmQuit)
    ConfirmQuit,       // Y / Enter while a quit is pending
    CancelQuit,        // N while a quit is pending (any other command also cancels it)
    // After CancelQuit so key bindings (which list kinds up to CancelQuit) never offer it: it
    // needs a sentence index, which only the remote API (POST /api/jump) supplies.
    JumpToSentence,    // to Command::sentence (an index into Script::sentences)
};

struct Command {
    CommandKind kind = CommandKind::TogglePlay;
    std::size_t section = 0; // JumpToSection: index into Script::sections
    std::size_t sentence = 0; // JumpToSentence: index into Script::sentences
    friend bool operator==(const Command&, const Command&) = default;
};

[[nodiscard]] const char* to_string(CommandKind kind);
std::ostream& operator<<(std::ostream& out, CommandKind kind);

// The section that number key `number` (1–9) jumps to: the number-th top-level heading section
// (a preamble before the first heading is not counted); when the script has no headings, the
// number-th section. nullopt when there is no such section.
[[nodiscard]] std::optional<std::size_t> section_for_number(const Script& script, int number);

} // namespace podium
