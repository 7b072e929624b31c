// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "app/prompter_app.hpp"
#include "core/prompter/command.hpp"

namespace podium {

class RemotePort;

// What a window arrangement offers the one frame loop: the single prompter window is a session
// with one window (SingleWindowSession), the projector + operator pair is ProjectionSession.
// Everything a feature needs each frame is wired here once, for both.
class FrameSession {
public:
    virtual ~FrameSession() = default;
    // SDL's queued events → commands, window and display changes.
    virtual void pump() = 0;
    // A command as if from a key (the phone's commands come in here too).
    virtual void command(const Command& command) = 0;
    [[nodiscard]] virtual bool closing() const = 0;
    // Advances the run by `dt` seconds and paints and presents every window.
    virtual void advance_and_present(double dt) = 0;
    // Hands the phone what the room sees (never waits).
    virtual void publish(RemotePort& remote) = 0;
    [[nodiscard]] virtual bool vsync() const = 0;
    // The windows close: the run ends (its rehearsal is saved, its voice stops).
    virtual void end() = 0;
};

struct FrameLoopOptions {
    double quit_after = 0.0;      // seconds; 0 = until the session closes
    RemotePort* remote = nullptr; // the phone's commands in, the state out; null: none
    FrameProbe frame_probe;       // bench/frame: each frame's busy wall-clock time
};

// Runs `session` frame by frame until it closes (or quit_after passes), then ends it.
void run_frame_loop(FrameSession& session, const FrameLoopOptions& options);

} // namespace podium
