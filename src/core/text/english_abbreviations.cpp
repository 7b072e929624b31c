#include "core/text/english_abbreviations.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

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

// The splitter looks up the word before every period, so the lists are searched as integers:
// a word of up to 8 bytes packed into one (little-endian, zero-padded) compares in one step.
constexpr std::uint64_t pack(std::string_view word)
{
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
    }
    return key;
}

struct Entry {
    std::uint64_t key;
    Abbreviation kind;
    constexpr bool operator<(const Entry& other) const { return key < other.key; }
};

template <std::size_t N>
constexpr void add(Entry*& out, const std::array<std::string_view, N>& list, Abbreviation kind)
{
    for (const std::string_view word : list) {
        *out++ = {pack(word), kind};
    }
}

// Matched as written: titles with their capital, compass points in capitals.
constexpr auto kCasedTable = [] {
    std::array<Entry, kTitles.size() + kCompass.size()> table{};
    Entry* out = table.data();
    add(out, kTitles, Abbreviation::Title);
    add(out, kCompass, Abbreviation::Compass);
    std::sort(table.begin(), table.end());
    return table;
}();

// Matched in lower case.
constexpr auto kFoldedTable = [] {
    std::array<Entry, kUnits.size() + kOthers.size()> table{};
    Entry* out = table.data();
    add(out, kUnits, Abbreviation::Unit);
    add(out, kOthers, Abbreviation::Other);
    std::sort(table.begin(), table.end());
    return table;
}();

template <std::size_t N>
constexpr bool has_unique_keys(const std::array<Entry, N>& table)
{
    for (std::size_t i = 1; i < N; ++i) {
        if (table[i - 1].key == table[i].key) {
            return false;
        }
    }
    return true;
}
static_assert(has_unique_keys(kCasedTable) && has_unique_keys(kFoldedTable), "a word in two lists");

template <std::size_t N>
Abbreviation lookup(const std::array<Entry, N>& table, std::uint64_t key)
{
    const auto* found = std::lower_bound(table.begin(), table.end(), Entry{key, Abbreviation::None});
    return found != table.end() && found->key == key ? found->kind : Abbreviation::None;
}

} // namespace

Abbreviation find_abbreviation(std::string_view word)
{
    if (word.empty() || word.size() > kLongestAbbreviation) {
        return Abbreviation::None;
    }
    std::uint64_t key = pack(word);
    if (word[0] >= 'A' && word[0] <= 'Z') {
        if (const Abbreviation kind = lookup(kCasedTable, key); kind != Abbreviation::None) {
            return kind;
        }
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] >= 'A' && word[i] <= 'Z') {
            key += std::uint64_t{0x20} << (8 * i); // to lower case
        }
    }
    return lookup(kFoldedTable, key);
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
