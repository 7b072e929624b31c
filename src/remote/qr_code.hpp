// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pairing URL as a QR code (libqrencode), for the terminal and the operator window.
#include "core/remote/remote_port.hpp"

#include <string>
#include <string_view>

namespace podium {

// Error correction M (15%: survives a phone camera at an angle). Throws podium::Error when the
// text does not fit a QR code.
[[nodiscard]] QrMatrix make_qr(std::string_view text);

// The code drawn with Unicode half blocks, two modules a character cell, light modules as █ with
// a quiet zone of two modules, as `qrencode -t UTF8` does: right for a terminal with light text
// on a dark background, the common case (and phones read inverted codes too).
[[nodiscard]] std::string qr_terminal_text(const QrMatrix& qr);

} // namespace podium
