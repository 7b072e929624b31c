// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The phone page's words (page/index.html, page/remote.js) come from Podium's own catalogue, so
// the phone speaks the phone's language with the same translations as the prompter: the page
// asks GET /api/strings, which answers {"lang": "zh_CN", "strings": {English: translation}} for
// the phone's Accept-Language (else the prompter's language). The English msgids are listed here
// so that xgettext finds them; a test checks that every string the page marks is listed.
#include "core/i18n/language.hpp"

#include <span>
#include <string>

namespace podium {

[[nodiscard]] std::span<const char* const> page_messages();

// The JSON the page receives for `language` (English: every string maps to itself). Switches the
// process's catalogue for the lookup and back (core/i18n/catalogue.hpp): call it before the
// server's threads start and keep the result.
[[nodiscard]] std::string page_strings_json(Language language);

} // namespace podium
