// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Applies a Language to the process: which message catalogue gettext reads. The catalogue is
// process-wide by gettext's design, so this is called once, early in main (and by tests that
// compare languages), before any other thread starts.
#include "core/i18n/language.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace podium {

// The gettext domain: podium.mo in <dir>/<language>/LC_MESSAGES/.
inline constexpr const char* text_domain = "podium";

// Where the catalogues may be, in order, for an executable at `executable`:
//   <executable's folder>/locale            a portable copy, and the build tree (the build puts
//                                           build/locale/ beside build/podium)
//   <executable's folder>/../share/locale   an installed tree: /usr/bin → /usr/share/locale
//   <build dir>/locale                      test programs elsewhere inside the build tree
[[nodiscard]] std::vector<std::filesystem::path> locale_directories(
    const std::optional<std::filesystem::path>& executable, const std::optional<std::filesystem::path>& build_dir);

// The first directory holding `language`'s podium.mo; nothing for English or when none does.
[[nodiscard]] std::optional<std::filesystem::path> catalogue_directory(Language language,
    const std::vector<std::filesystem::path>& directories);

// Makes gettext read `language`'s catalogue from `directories` (the running executable's when
// omitted), in UTF-8, whether or not the machine has a locale generated for it: only
// LC_MESSAGES is set (to C.UTF-8, which every glibc has) and LANGUAGE names the catalogue.
// Numbers, sorting and character classes keep the "C" locale. Returns false when the
// catalogue was not found (the text then stays English).
bool use_language(Language language);
bool use_language(Language language, const std::vector<std::filesystem::path>& directories);

// `messages` (English msgids) translated into `language`, in order, whatever language the
// process speaks: the catalogue is switched for the lookup and back, so call this where
// use_language() may be called (before other threads start), e.g. to prepare the phone page's
// strings for each language once.
[[nodiscard]] std::vector<std::string> messages_in(Language language, const std::vector<const char*>& messages);

// The language use_language() last chose (English before any call).
[[nodiscard]] Language current_language();

} // namespace podium
