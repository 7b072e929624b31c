// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/spoken_duration.hpp"

#include "core/i18n/translate.hpp"

#include <cmath>

namespace podium {

std::string spoken_duration(double seconds)
{
    const auto total = static_cast<long long>(std::llround(std::fabs(seconds)));
    const long long hours = total / 3600;
    const long long minutes = (total / 60) % 60;
    const long long secs = total % 60;
    auto two = [](long long value) { return (value < 10 ? "0" : "") + std::to_string(value); };
    const std::string sign = seconds < 0.0 && total > 0 ? "-" : "";
    // The translation picks the parts it needs: {0} hours, {1} minutes, {2} seconds, and {3} {4}
    // the minutes and seconds written with two digits.
    const char* pattern = nullptr;
    if (hours > 0 && secs == 0) {
        /* TRANSLATORS: a length of time in a sentence, whole minutes over an hour; any of the placeholders
           {0} hours, {1} minutes, {2} seconds, {3} two-digit minutes, {4} two-digit seconds. */
        pattern = _("{0}:{3}:00");
    } else if (hours > 0) {
        /* TRANSLATORS: a length of time in a sentence, one hour or more; any of the placeholders
           {0} hours, {1} minutes, {2} seconds, {3} two-digit minutes, {4} two-digit seconds. */
        pattern = _("{0}:{3}:{4}");
    } else if (minutes > 0 && secs == 0) {
        /* TRANSLATORS: a length of time in a sentence, whole minutes under an hour; any of the placeholders
           {0} hours, {1} minutes, {2} seconds, {3} two-digit minutes, {4} two-digit seconds. */
        pattern = _("{1}:00");
    } else if (minutes > 0) {
        /* TRANSLATORS: a length of time in a sentence, under an hour; any of the placeholders
           {0} hours, {1} minutes, {2} seconds, {3} two-digit minutes, {4} two-digit seconds. */
        pattern = _("{1}:{4}");
    } else {
        /* TRANSLATORS: a length of time in a sentence, under a minute; any of the placeholders
           {0} hours, {1} minutes, {2} seconds, {3} two-digit minutes, {4} two-digit seconds. */
        pattern = _("0:{4}");
    }
    return sign + fill_in(pattern, hours, minutes, secs, two(minutes), two(secs));
}

} // namespace podium
