// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

namespace podium {

// A fresh pairing token: 128 bits from the kernel's random source (getrandom), written as 22
// URL-safe base64 characters. Throws podium::Error when the kernel gives none.
[[nodiscard]] std::string random_token();

} // namespace podium
