// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `podium --remote`: the options, starting the server, and telling the operator how to pair.
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "remote/remote_server.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace podium {

struct RemoteArguments {
    bool enabled = false;
    RemoteOptions options;
};

// --remote, --remote-port, --remote-bind, --remote-token on the prompter's command line.
void add_remote_options(CLI::App& app, RemoteArguments& arguments);

// Starts the server (throws podium::Error when it cannot listen) and prints the URL, the
// address it listens on and the QR code to `out`.
[[nodiscard]] std::unique_ptr<RemoteServer> start_remote(const Script& script, const Timing& timing,
    const RemoteArguments& arguments, std::ostream& out);

} // namespace podium
