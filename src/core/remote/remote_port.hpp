// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The frame loop's side of the remote control. The app's frame loop (app/frame_loop.cpp, for
// every window arrangement) sees only this: commands in, the frame's state out, and what to show
// for pairing. Both calls return at once; the HTTP server behind them (src/remote) runs on its
// own threads and never makes the frame loop wait for the network.
#include "core/prompter/command.hpp"
#include "core/prompter/prompter_view.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace podium {

// A QR code as modules (row-major, size × size, true = dark), quiet zone not included.
struct QrMatrix {
    int size = 0;
    std::vector<bool> dark;
    [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
    friend bool operator==(const QrMatrix&, const QrMatrix&) = default;
};

// What the operator window shows so a phone can pair: the URL with the token, and its QR code.
struct RemotePairing {
    std::string url;
    QrMatrix qr;
    std::string fingerprint;       // --remote-tls: the certificate's SHA-256, to compare on the phone
    std::uint64_t generation = 0;  // grows when the token changes (revoke): redraw the QR code
};

// What the prompter's badge shows: whether a phone is with us, and how many remote commands
// were applied (the badge flashes when the count moves).
struct RemoteActivity {
    bool phone_connected = false;  // a live page is open, or a request came in the last few seconds
    std::uint64_t commands = 0;    // remote commands applied so far
};

class RemotePort {
public:
    virtual ~RemotePort() = default;
    // Moves the commands that arrived since the last call into `out`, oldest first. Never waits:
    // when a server thread is pushing at that instant, they come next frame.
    virtual void take_commands(std::vector<Command>& out) = 0;
    // The frame's state, after the commands taken this frame were applied. Never waits.
    virtual void publish(const PrompterView& view, const std::vector<double>& section_actual, bool blank) = 0;
    // The live coach's cue on the prompter now (`kind` as in cue_name(), `text` as shown; both
    // empty: none), carried by the next published state. Never waits.
    virtual void publish_cue(std::string /*kind*/, std::string /*text*/) {}
    [[nodiscard]] virtual const RemotePairing& pairing() const = 0;
    [[nodiscard]] virtual RemoteActivity activity() const { return {}; }
    // The prompter's revoke key: every phone and script loses access (a new token, a new QR code).
    virtual void revoke_phones() {}
};

} // namespace podium
