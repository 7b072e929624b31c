// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/remote_setup.hpp"

#include "core/i18n/translate.hpp"
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
           _("with --remote: the address to listen on (default 0.0.0.0, every interface; 127.0.0.1: this machine only)"))
        ->needs(remote);
    app.add_option("--remote-token", arguments.options.token,
           _("with --remote: a fixed token instead of a random one per run (letters, digits, - _ . ~)"))
        ->needs(remote);
}

std::unique_ptr<RemoteServer> start_remote(const Script& script, const Timing& timing, const RemoteArguments& arguments,
    std::ostream& out)
{
    auto server = std::make_unique<RemoteServer>(script, timing, arguments.options);
    out << "podium: " << fill_in(_("remote control on {}"), server->url()) << '\n' << "        "
        << fill_in(_("(listening on {0}:{1}; the token is in the link: share it only with the operator)"),
               server->bind_address(), server->port())
        << '\n'
        << qr_terminal_text(server->pairing().qr) << std::flush;
    return server;
}

} // namespace podium
