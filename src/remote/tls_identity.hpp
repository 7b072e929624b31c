// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --remote-tls: the server's key and self-signed certificate. Made with GnuTLS on first use and
// kept in the config folder (written atomically), so a phone that accepted it once recognises it
// on the next run; its SHA-256 fingerprint is shown beside the QR code so the operator can check
// what the phone's browser shows.
#include <filesystem>
#include <string>

namespace podium {

struct TlsIdentity {
    std::string key_pem;
    std::string certificate_pem;
    std::string fingerprint;   // SHA-256 of the certificate, "AB:CD:…"
};

// Reads FOLDER/remote-tls.key and remote-tls.crt, or makes and writes both when either is
// missing or unreadable. Throws podium::Error with what to do when it can do neither.
[[nodiscard]] TlsIdentity load_or_make_tls_identity(const std::filesystem::path& folder);

} // namespace podium
