#include "core/text/english_abbreviations.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace podium::sentence {

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
        return lower(x) == lower(y);
    });
}

template <std::size_t N>
bool contains_ignoring_case(const std::array<std::string_view, N>& list, std::string_view word)
{
    return std::any_of(list.begin(), list.end(), [&](std::string_view entry) { return equals_ignoring_case(entry, word); });
}

template <std::size_t N>
constexpr bool is_sorted_list(const std::array<std::string_view, N>& list)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (!(list[i - 1] < list[i])) {
            return false;
        }
    }
    return true;
}

template <std::size_t N>
bool sorted_contains(const std::array<std::string_view, N>& list, std::string_view word)
{
    return std::binary_search(list.begin(), list.end(), word);
}

// Titles are matched with their capital (St. is a saint, st. a street). Sorted.
constexpr std::array<std::string_view, 26> kTitles = {"Adm", "Capt", "Col", "Cpl", "Dr", "Fr", "Gen", "Gov", "Hon",
    "Lt", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Mt", "Mx", "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "St",
    "Supt"};
static_assert(is_sorted_list(kTitles));

// Lower-case, sorted.
constexpr std::array<std::string_view, 24> kUnits = {"cm", "cu", "doz", "fl", "ft", "gal", "hr", "hrs", "kg", "km",
    "lb", "lbs", "mg", "mi", "min", "mins", "oz", "pt", "qt", "sec", "secs", "sq", "yd", "yds"};
static_assert(is_sorted_list(kUnits));

constexpr std::array<std::string_view, 60> kOthers = {"al", "approx", "apr", "art", "assn", "aug", "ave", "blvd",
    "bros", "ca", "cf", "ch", "chap", "co", "corp", "dec", "dept", "ed", "eds", "esp", "est", "etc", "feb", "fig",
    "figs", "fri", "govt", "ibid", "inc", "jan", "jr", "jul", "jun", "llc", "ltd", "mar", "mon", "no",
    "nos", "nov", "n\xc2\xb0", "oct", "op", "para", "pp", "rd", "sep", "sept", "sr", "st", "thu", "thur", "thurs", "tue", "tues",
    "univ", "viz", "vol", "vols", "vs"};
static_assert(is_sorted_list(kOthers));

constexpr std::array<std::string_view, 4> kCompass = {"NE", "NW", "SE", "SW"};

constexpr std::array<std::string_view, 41> kSentenceOpeners = {"A", "An", "And", "But", "He", "Her", "Here", "His",
    "How", "I", "If", "Is", "It", "Its", "Let", "My", "No", "Now", "Our", "Please", "She", "So", "That", "The",
    "Their", "Then", "There", "These", "They", "This", "Those", "We", "What", "When", "Where", "Which", "Who", "Why",
    "Yes", "You", "Your"};
static_assert(is_sorted_list(kSentenceOpeners));

constexpr std::array<std::string_view, 17> kTimePrepositions = {"at", "in", "on", "around", "by", "before", "after",
    "since", "until", "till", "during", "from", "circa", "about", "near", "toward", "towards"};

constexpr std::size_t kLongestAbbreviation = 6;

} // namespace

Abbreviation find_abbreviation(std::string_view word)
{
    if (word.empty() || word.size() > kLongestAbbreviation) {
        return Abbreviation::None;
    }
    if (word[0] >= 'A' && word[0] <= 'Z') {
        if (sorted_contains(kTitles, word)) {
            return Abbreviation::Title;
        }
        if (std::find(kCompass.begin(), kCompass.end(), word) != kCompass.end()) {
            return Abbreviation::Compass;
        }
    }
    char lower[kLongestAbbreviation + 2] = {};
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    const std::string_view folded(lower, word.size());
    if (sorted_contains(kUnits, folded)) {
        return Abbreviation::Unit;
    }
    if (sorted_contains(kOthers, folded)) {
        return Abbreviation::Other;
    }
    return Abbreviation::None;
}

DottedKind classify_dotted(std::string_view word)
{
    constexpr std::array<std::string_view, 2> kTimes = {"a.m", "p.m"};
    constexpr std::array<std::string_view, 5> kEras = {"b.c", "a.d", "b.c.e", "c.e", "b.p"};
    constexpr std::array<std::string_view, 4> kCountries = {"u.s", "u.k", "u.n", "u.s.a"};
    if (contains_ignoring_case(kTimes, word)) {
        return DottedKind::Time;
    }
    if (contains_ignoring_case(kEras, word)) {
        return DottedKind::Era;
    }
    if (contains_ignoring_case(kCountries, word)) {
        return DottedKind::Country;
    }
    return DottedKind::Other;
}

bool is_sentence_opener(std::string_view word) { return sorted_contains(kSentenceOpeners, word); }

bool is_time_preposition(std::string_view word) { return contains_ignoring_case(kTimePrepositions, word); }

} // namespace podium::sentence
