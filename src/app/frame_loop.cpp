// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/frame_loop.hpp"

#include "core/remote/remote_port.hpp"

#include <SDL.h>

#include <vector>

namespace podium {

namespace {

double seconds(Uint64 ticks)
{
    return static_cast<double>(ticks) / static_cast<double>(SDL_GetPerformanceFrequency());
}

} // namespace

void run_frame_loop(FrameSession& session, const FrameLoopOptions& options)
{
    Uint64 last = SDL_GetPerformanceCounter();
    double lifetime = 0.0;
    std::vector<Command> remote_commands; // --remote: the same commands as the keys, from the phone
    for (;;) {
        const Uint64 frame_start = SDL_GetPerformanceCounter();
        session.pump();
        if (options.remote != nullptr) {
            remote_commands.clear();
            options.remote->take_commands(remote_commands); // never waits
            for (const Command& command : remote_commands) {
                session.command(command);
            }
        }
        if (session.closing()) {
            break;
        }
        const Uint64 now = SDL_GetPerformanceCounter();
        const double dt = seconds(now - last);
        last = now;
        lifetime += dt;
        if (options.quit_after > 0.0 && lifetime >= options.quit_after) {
            break;
        }
        session.advance_and_present(dt);
        if (options.remote != nullptr) {
            session.publish(*options.remote);
        }
        Uint64 slept = 0;
        if (!session.vsync()) {
            const Uint64 sleep_start = SDL_GetPerformanceCounter();
            SDL_Delay(15); // no vsync (software renderer): about 60 frames a second, not 100% CPU
            slept = SDL_GetPerformanceCounter() - sleep_start;
        }
        if (options.frame_probe) {
            options.frame_probe(seconds(SDL_GetPerformanceCounter() - frame_start - slept));
        }
    }
    session.end();
}

} // namespace podium
