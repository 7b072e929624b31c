// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/remote_setup.hpp"

#include "core/i18n/translate.hpp"
#include "core/io/xdg_paths.hpp"
#include "core/remote/request_policy.hpp"
#include "remote/qr_code.hpp"

namespace podium {

void add_remote_options(CLI::App& app, RemoteArguments& arguments)
{
    CLI::Option* remote = app.add_flag("--remote", arguments.enabled,
        _("phone remote and HTTP control API (docs/remote.md); prints the URL and a QR code"));
    app.add_option("--remote-port", arguments.options.port, _("with --remote: the TCP port (default 8080; 0: any free port)"))
        ->check(CLI::Range(0, 65535))
        ->needs(remote);
    app.add_option("--remote-bind", arguments.options.bind,
           _("with --remote: the address to listen on (default 0.0.0.0, every IPv4 interface; :: also IPv6; 127.0.0.1: this machine only)"))
        ->needs(remote);
    app.add_option("--remote-token", arguments.options.token,
           _("with --remote: a fixed token instead of a random one per run (at least 16 of: letters, digits, - _ . ~)"))
        ->needs(remote);
    app.add_option("--remote-host", arguments.options.hosts,
           _("with --remote: another name phones use for this machine (e.g. prompter.lan); may repeat"))
        ->needs(remote);
    app.add_flag("--remote-allow-quit", arguments.options.allow_quit,
           _("with --remote: let the remote send quit and confirm-quit (off: only the speaker ends the speech)"))
        ->needs(remote);
    app.add_flag("--remote-tls", arguments.options.tls,
           _("with --remote: HTTPS with a self-signed certificate kept in the config folder (its fingerprint is printed)"))
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
    out << "podium: " << fill_in(_("remote control on {}"), server->url()) << '\n' << "        "
        << fill_in(_("(listening on {0}:{1}; the token is in the link: share it only with the operator)"),
               url_host(server->bind_address()), server->port())
        << '\n';
    if (!server->tls_fingerprint().empty()) {
        out << "        " << fill_in(_("certificate SHA-256 {}"), server->tls_fingerprint()) << '\n' << "        "
            << _("(the phone warns once about a self-signed certificate: compare this fingerprint)") << '\n';
    }
    out << qr_terminal_text(server->pairing().qr) << std::flush;
    return server;
}

} // namespace podium
