// SPDX-License-Identifier: GPL-3.0-or-later
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
    std::uint64_t key = 0; // 0: an empty slot (no word packs to 0)
    Abbreviation kind = Abbreviation::None;
};

// An open-addressing hash set: a lookup is a multiply and, nearly always, one probe, where a
// binary search mispredicts a branch at almost every level. Slots is a power of two, at
// least twice the entries, so probe chains stay short.
template <std::size_t Slots>
class AbbreviationTable {
public:
    template <std::size_t N>
    constexpr void add(const std::array<std::string_view, N>& list, Abbreviation kind)
    {
        for (const std::string_view word : list) {
            std::size_t slot = index(pack(word));
            while (m_slots[slot].key != 0) {
                if (m_slots[slot].key == pack(word)) {
                    throw "a word in two lists"; // fails the constant evaluation
                }
                slot = (slot + 1) % Slots;
            }
            m_slots[slot] = {pack(word), kind};
            ++m_count;
        }
    }

    [[nodiscard]] constexpr Abbreviation find(std::uint64_t key) const
    {
        for (std::size_t slot = index(key);; slot = (slot + 1) % Slots) {
            if (m_slots[slot].key == key) {
                return m_slots[slot].kind;
            }
            if (m_slots[slot].key == 0) {
                return Abbreviation::None;
            }
        }
    }

    [[nodiscard]] constexpr std::size_t count() const { return m_count; }

private:
    static constexpr std::size_t index(std::uint64_t key)
    {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> 32) % Slots;
    }

    std::array<Entry, Slots> m_slots{};
    std::size_t m_count = 0;
};

// Matched as written: titles with their capital, compass points in capitals.
constexpr auto kCasedTable = [] {
    AbbreviationTable<64> table;
    table.add(kTitles, Abbreviation::Title);
    table.add(kCompass, Abbreviation::Compass);
    return table;
}();
static_assert(kCasedTable.count() * 2 <= 64);

// Matched in lower case.
constexpr auto kFoldedTable = [] {
    AbbreviationTable<256> table;
    table.add(kUnits, Abbreviation::Unit);
    table.add(kOthers, Abbreviation::Other);
    return table;
}();
static_assert(kFoldedTable.count() * 2 <= 256);

// Most words before a period are no abbreviation: a bitmap of the entries' first two
// letters (either case) turns most of them away before the key is even built.
constexpr std::size_t prefix_index(std::string_view word)
{
    const auto letter = [](char c) { return (static_cast<unsigned char>(c) | 0x20u) & 31u; };
    return letter(word[0]) * 32 + letter(word[1]);
}

constexpr auto kPrefixes = [] {
    std::array<bool, 32 * 32> prefixes{};
    const auto add_all = [&prefixes](const auto& list) {
        for (const std::string_view word : list) {
            prefixes[prefix_index(word)] = true;
        }
    };
    add_all(kTitles);
    add_all(kCompass);
    add_all(kUnits);
    add_all(kOthers);
    return prefixes;
}();

} // namespace

Abbreviation find_abbreviation(std::string_view word)
{
    // Every entry has two letters or more.
    if (word.size() < 2 || word.size() > kLongestAbbreviation || !kPrefixes[prefix_index(word)]) {
        return Abbreviation::None;
    }
    std::uint64_t key = 0;
    std::uint64_t folded = 0; // in lower case
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        key |= std::uint64_t{c} << (8 * i);
        folded |= std::uint64_t{(c >= 'A' && c <= 'Z') ? c + 32u : c} << (8 * i);
    }
    if (key != folded) {
        if (const Abbreviation kind = kCasedTable.find(key); kind != Abbreviation::None) {
            return kind;
        }
    }
    return kFoldedTable.find(folded);
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
