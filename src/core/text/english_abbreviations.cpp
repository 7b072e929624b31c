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

// Titles are matched with their capital (St. is a saint, st. a street).
constexpr std::array<std::string_view, 26> kTitles = {"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Mt", "Gen", "Rev",
    "Hon", "Sen", "Rep", "Gov", "Capt", "Col", "Lt", "Sgt", "Cpl", "Messrs", "Mme", "Mlle", "Fr", "Pres", "Supt", "Adm"};

constexpr std::array<std::string_view, 24> kUnits = {"lb", "lbs", "oz", "ft", "mi", "sq", "fl", "yd", "yds", "pt",
    "qt", "gal", "hr", "hrs", "min", "mins", "sec", "secs", "cu", "doz", "mg", "kg", "km", "cm"};

constexpr std::array<std::string_view, 62> kOthers = {"co", "corp", "inc", "ltd", "llc", "jr", "sr", "bros", "vs",
    "etc", "esp", "approx", "dept", "est", "fig", "figs", "no", "nos", "vol", "vols", "pp", "ch", "chap", "sec",
    "art", "para", "ed", "eds", "cf", "viz", "al", "ca", "ibid", "op", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "ave",
    "blvd", "rd", "st", "univ", "govt", "assn", "N°"};

constexpr std::array<std::string_view, 4> kCompass = {"NE", "NW", "SE", "SW"};

constexpr std::array<std::string_view, 41> kSentenceOpeners = {"The", "A", "An", "This", "That", "These", "Those",
    "It", "Its", "He", "She", "They", "We", "I", "You", "There", "Here", "His", "Her", "Their", "Our", "My", "Your",
    "How", "What", "Why", "When", "Where", "Who", "Which", "But", "And", "So", "Then", "If", "Yes", "No", "Please",
    "Let", "Now", "Is"};

constexpr std::array<std::string_view, 17> kTimePrepositions = {"at", "in", "on", "around", "by", "before", "after",
    "since", "until", "till", "during", "from", "circa", "about", "near", "toward", "towards"};

} // namespace

Abbreviation find_abbreviation(std::string_view word)
{
    if (std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end()) {
        return Abbreviation::Title;
    }
    if (std::find(kCompass.begin(), kCompass.end(), word) != kCompass.end()) {
        return Abbreviation::Compass;
    }
    if (contains_ignoring_case(kUnits, word)) {
        return Abbreviation::Unit;
    }
    if (contains_ignoring_case(kOthers, word)) {
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

bool is_sentence_opener(std::string_view word)
{
    return std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), word) != kSentenceOpeners.end();
}

bool is_time_preposition(std::string_view word) { return contains_ignoring_case(kTimePrepositions, word); }

} // namespace podium::sentence
