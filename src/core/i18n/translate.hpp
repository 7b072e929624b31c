// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words the user reads, through GNU gettext (libintl is part of glibc). Every user-visible
// string in Podium is written in English in the source and wrapped here, so that xgettext finds
// it (po/POTFILES.in lists the files) and the catalogue of the chosen language replaces it:
//   _("Total")                            translated now
//   N_("Total")                           only marked: a static table translated when shown
//   n_("%d run", "%d runs", count)        the plural form the language wants for `count`
//   fill_in(_("{0} of {1}"), a, b)           placeholders, so a translation may reorder them
// Machine-readable output (--json, --csv, command names, config keys) never goes through here.
// Which catalogue is used is chosen once per process by use_language() (i18n/catalogue.hpp);
// before that, and for English, these return the English text itself.
#include <concepts>
#include <string>
#include <string_view>

namespace podium {

[[nodiscard]] const char* _(const char* english);
[[nodiscard]] constexpr const char* N_(const char* english) { return english; }
[[nodiscard]] const char* n_(const char* singular, const char* plural, unsigned long count);

// _() for text that is not a literal (a table's std::string_view): copied at once, since gettext
// hands back its argument when there is no translation.
[[nodiscard]] std::string translated(std::string_view english);

namespace i18n_detail {
[[nodiscard]] inline std::string text_of(std::string_view text) { return std::string(text); }
[[nodiscard]] inline std::string text_of(const char* text) { return text ? std::string(text) : std::string(); }
[[nodiscard]] inline std::string text_of(const std::string& text) { return text; }
[[nodiscard]] inline std::string text_of(char c) { return std::string(1, c); }
template <std::integral Number>
    requires(!std::same_as<Number, char> && !std::same_as<Number, bool>)
[[nodiscard]] std::string text_of(Number number)
{
    return std::to_string(number);
}
[[nodiscard]] std::string fill_texts(std::string_view pattern, const std::string* texts, std::size_t count);
} // namespace i18n_detail

// Replaces "{}" placeholders in order, or "{0}", "{1}"… by position (a translation can put them in
// any order); "{{" and "}}" are literal braces. Numbers must be formatted before (e.g. "%.1f").
template <typename... Args>
[[nodiscard]] std::string fill_in(std::string_view pattern, const Args&... args)
{
    const std::string texts[] = {i18n_detail::text_of(args)..., std::string()};
    return i18n_detail::fill_texts(pattern, texts, sizeof...(Args));
}

} // namespace podium
