// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <stdexcept>
#include <string>

namespace podium {

// The one exception type adapters and the CLI throw. Its message is shown to the user as is,
// so it says what went wrong and what to do about it. The core returns values instead.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

} // namespace podium
