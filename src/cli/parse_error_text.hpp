// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CLI11's parse errors ("The following argument was not expected: --bogus", "--out is required",
// "--by: foo not in {model,speech}"…) in the chosen language. CLI11 keeps only an English
// sentence in its exceptions, so the option names and values are read back out of the sentences
// CLI11 2.1 writes (one pattern per exception type and validator) and put into our own
// gettext messages. The English messages are CLI11's own words, so English output is unchanged;
// a sentence of a shape not known here is shown as CLI11 wrote it, after a translated lead-in.
#include <CLI/Error.hpp>

#include <string>
#include <vector>

namespace podium {

// The message for `error`, without "podium: " and without a line end. `extras` are the
// arguments CLI11 did not expect, in command-line order (App::remaining()), used for an
// ExtrasError, whose own sentence lists them reversed; empty: read them from the sentence.
[[nodiscard]] std::string parse_error_text(const CLI::ParseError& error, const std::vector<std::string>& extras);

} // namespace podium
