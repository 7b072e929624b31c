// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translate.hpp"

#include "core/i18n/catalogue.hpp"

#include <libintl.h>

namespace podium {

const char* _(const char* english)
{
    return dgettext(text_domain, english);
}

const char* n_(const char* singular, const char* plural, unsigned long count)
{
    return dngettext(text_domain, singular, plural, count);
}

std::string translated(std::string_view english)
{
    const std::string key(english);
    return std::string(dgettext(text_domain, key.c_str()));
}

namespace i18n_detail {

std::string fill_texts(std::string_view pattern, const std::string* texts, std::size_t count)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t next = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        if (c != '{') {
            out += c;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos) {
            out.append(pattern.substr(i));
            break;
        }
        const std::string_view inside = pattern.substr(i + 1, close - i - 1);
        std::size_t index = next;
        bool valid = true;
        if (!inside.empty()) {
            index = 0;
            for (const char digit : inside) {
                valid = valid && digit >= '0' && digit <= '9';
                index = index * 10 + static_cast<std::size_t>(digit - '0');
            }
        }
        if (!valid || index >= count) {
            // Not a placeholder we were given: keep it visible rather than lose text.
            out.append(pattern.substr(i, close - i + 1));
        } else {
            out += texts[index];
            next = index + 1;
        }
        i = close;
    }
    return out;
}

} // namespace i18n_detail

} // namespace podium
