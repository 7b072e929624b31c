// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/tls_identity.hpp"

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

namespace podium {

namespace {

struct KeyFree {
    void operator()(gnutls_x509_privkey_t key) const { gnutls_x509_privkey_deinit(key); }
};
struct CertificateFree {
    void operator()(gnutls_x509_crt_t certificate) const { gnutls_x509_crt_deinit(certificate); }
};
using Key = std::unique_ptr<std::remove_pointer_t<gnutls_x509_privkey_t>, KeyFree>;
using Certificate = std::unique_ptr<std::remove_pointer_t<gnutls_x509_crt_t>, CertificateFree>;

struct DatumFree {
    void operator()(unsigned char* data) const { gnutls_free(data); }
};

void check(int result, const char* what)
{
    if (result < 0) {
        throw Error(std::string("--remote-tls: cannot make a certificate (") + what + ": " + gnutls_strerror(result) + ")");
    }
}

std::string exported(gnutls_datum_t datum)
{
    const std::unique_ptr<unsigned char, DatumFree> owned(datum.data);
    return std::string(reinterpret_cast<const char*>(datum.data), datum.size);
}

gnutls_datum_t datum_of(const std::string& text)
{
    return gnutls_datum_t{reinterpret_cast<unsigned char*>(const_cast<char*>(text.data())), static_cast<unsigned>(text.size())};
}

Certificate parse_certificate(const std::string& pem)
{
    gnutls_x509_crt_t raw = nullptr;
    check(gnutls_x509_crt_init(&raw), "init");
    Certificate certificate(raw);
    const gnutls_datum_t datum = datum_of(pem);
    if (gnutls_x509_crt_import(certificate.get(), &datum, GNUTLS_X509_FMT_PEM) < 0) {
        return nullptr;
    }
    return certificate;
}

std::string fingerprint_of(gnutls_x509_crt_t certificate)
{
    std::array<unsigned char, 32> digest{};
    std::size_t size = digest.size();
    check(gnutls_x509_crt_get_fingerprint(certificate, GNUTLS_DIG_SHA256, digest.data(), &size), "fingerprint");
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
        char part[4];
        std::snprintf(part, sizeof part, i == 0 ? "%02X" : ":%02X", digest[i]);
        text += part;
    }
    return text;
}

TlsIdentity make_identity()
{
    gnutls_x509_privkey_t raw_key = nullptr;
    check(gnutls_x509_privkey_init(&raw_key), "key");
    const Key key(raw_key);
    // ECDSA P-256: every phone browser takes it, and it is made in a millisecond.
    check(gnutls_x509_privkey_generate(key.get(), GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1), 0),
        "key");
    gnutls_x509_crt_t raw_certificate = nullptr;
    check(gnutls_x509_crt_init(&raw_certificate), "certificate");
    const Certificate certificate(raw_certificate);
    check(gnutls_x509_crt_set_version(certificate.get(), 3), "version");
    std::array<unsigned char, 16> serial{};
    check(gnutls_rnd(GNUTLS_RND_NONCE, serial.data(), serial.size()), "serial");
    serial[0] &= 0x7f; // a positive number
    check(gnutls_x509_crt_set_serial(certificate.get(), serial.data(), serial.size()), "serial");
    const std::time_t now = std::time(nullptr);
    check(gnutls_x509_crt_set_activation_time(certificate.get(), now - 24 * 3600), "dates");
    check(gnutls_x509_crt_set_expiration_time(certificate.get(), now + 3650L * 24 * 3600), "dates");
    const char* name = "Podium phone remote";
    check(gnutls_x509_crt_set_dn_by_oid(certificate.get(), GNUTLS_OID_X520_COMMON_NAME, 0, name, static_cast<unsigned>(std::strlen(name))), "name");
    check(gnutls_x509_crt_set_key(certificate.get(), key.get()), "key");
    check(gnutls_x509_crt_set_basic_constraints(certificate.get(), 0, -1), "constraints");
    check(gnutls_x509_crt_set_key_purpose_oid(certificate.get(), GNUTLS_KP_TLS_WWW_SERVER, 0), "purpose");
    check(gnutls_x509_crt_sign2(certificate.get(), certificate.get(), key.get(), GNUTLS_DIG_SHA256, 0), "signature");
    TlsIdentity identity;
    gnutls_datum_t out{};
    check(gnutls_x509_privkey_export2(key.get(), GNUTLS_X509_FMT_PEM, &out), "export");
    identity.key_pem = exported(out);
    check(gnutls_x509_crt_export2(certificate.get(), GNUTLS_X509_FMT_PEM, &out), "export");
    identity.certificate_pem = exported(out);
    identity.fingerprint = fingerprint_of(certificate.get());
    return identity;
}

} // namespace

TlsIdentity load_or_make_tls_identity(const std::filesystem::path& folder)
{
    const auto key_path = folder / "remote-tls.key";
    const auto certificate_path = folder / "remote-tls.crt";
    TlsIdentity identity;
    if (read_whole_file(key_path, identity.key_pem) && read_whole_file(certificate_path, identity.certificate_pem)) {
        if (const Certificate certificate = parse_certificate(identity.certificate_pem)) {
            identity.fingerprint = fingerprint_of(certificate.get());
            return identity;
        }
    }
    identity = make_identity();
    // The key first: a certificate on disk always has its key beside it. Both atomically, so a
    // crash leaves the old pair or the new one, never half a file.
    std::string problem = write_file_atomically(key_path, identity.key_pem);
    if (problem.empty()) {
        std::filesystem::permissions(key_path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
            std::filesystem::perm_options::replace);
        problem = write_file_atomically(certificate_path, identity.certificate_pem);
    }
    if (!problem.empty()) {
        throw Error("--remote-tls: cannot keep the certificate in " + folder.string() + ": " + problem);
    }
    return identity;
}

} // namespace podium
