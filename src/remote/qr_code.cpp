// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/qr_code.hpp"

#include "core/error.hpp"

#include <qrencode.h>

#include <memory>

namespace podium {

namespace {

struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

} // namespace

QrMatrix make_qr(std::string_view text)
{
    const std::string copy(text); // QRcode_encodeString wants a NUL-terminated string
    const QrPtr code(QRcode_encodeString(copy.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        throw Error("cannot draw the remote URL as a QR code (" + std::to_string(text.size()) + " bytes)");
    }
    QrMatrix qr;
    qr.size = code->width;
    qr.dark.resize(static_cast<std::size_t>(qr.size * qr.size));
    for (std::size_t i = 0; i < qr.dark.size(); ++i) {
        qr.dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module (qrencode.h)
    }
    return qr;
}

std::string qr_terminal_text(const QrMatrix& qr)
{
    constexpr int quiet = 2;
    const int side = qr.size + 2 * quiet;
    auto light = [&](int x, int y) {
        x -= quiet;
        y -= quiet;
        return x < 0 || y < 0 || x >= qr.size || y >= qr.size || !qr.at(x, y);
    };
    std::string out;
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool top = light(x, y);
            const bool bottom = y + 1 < side ? light(x, y + 1) : false;
            out += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ";
        }
        out += '\n';
    }
    return out;
}

} // namespace podium
