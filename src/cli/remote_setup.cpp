// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/remote_setup.hpp"

#include "core/io/xdg_paths.hpp"
#include "core/remote/request_policy.hpp"
#include "remote/qr_code.hpp"

namespace podium {

void add_remote_options(CLI::App& app, RemoteArguments& arguments)
{
    CLI::Option* remote = app.add_flag("--remote", arguments.enabled,
        "phone remote and HTTP control API (docs/remote.md); prints the URL and a QR code");
    app.add_option("--remote-port", arguments.options.port, "with --remote: the TCP port (default 8080; 0: any free port)")
        ->check(CLI::Range(0, 65535))
        ->needs(remote);
    app.add_option("--remote-bind", arguments.options.bind,
           "with --remote: the address to listen on (default 0.0.0.0, every IPv4 interface; :: also IPv6; 127.0.0.1: this machine only)")
        ->needs(remote);
    app.add_option("--remote-token", arguments.options.token,
           "with --remote: a fixed token instead of a random one per run (at least 16 of: letters, digits, - _ . ~)")
        ->needs(remote);
    app.add_option("--remote-host", arguments.options.hosts,
           "with --remote: another name phones use for this machine (e.g. prompter.lan); may repeat")
        ->needs(remote);
    app.add_flag("--remote-allow-quit", arguments.options.allow_quit,
           "with --remote: let the remote send quit and confirm-quit (off: only the speaker ends the speech)")
        ->needs(remote);
    app.add_flag("--remote-tls", arguments.options.tls,
           "with --remote: HTTPS with a self-signed certificate kept in the config folder (its fingerprint is printed)")
        ->needs(remote);
}

std::unique_ptr<RemoteServer> start_remote(const Script& script, const Timing& timing, const RemoteArguments& arguments,
    std::ostream& out)
{
    RemoteOptions options = arguments.options;
    if (options.tls && options.tls_folder.empty()) {
        options.tls_folder = podium_directories(process_environment()).config;
    }
    auto server = std::make_unique<RemoteServer>(script, timing, options);
    out << "podium: remote control on " << server->url() << '\n'
        << "        (listening on " << url_host(server->bind_address()) << ':' << server->port()
        << "; the token is in the link: share it only with the operator)\n";
    if (!server->tls_fingerprint().empty()) {
        out << "        certificate SHA-256 " << server->tls_fingerprint() << "\n"
            << "        (the phone warns once about a self-signed certificate: compare this fingerprint)\n";
    }
    out << qr_terminal_text(server->pairing().qr) << std::flush;
    return server;
}

} // namespace podium
