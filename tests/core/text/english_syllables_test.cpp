// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_syllable_exceptions.hpp"
#include "core/text/english_syllables.hpp"
#include "core/text/spoken_text.hpp"
#include "normalise_whole.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

using namespace podium;
using podium::testing::normalise;

namespace {

struct Reference {
    std::string word;
    std::size_t syllables = 0;
};

// The committed word list written by scripts/make-syllable-wordlist.py from the CMU
// pronouncing dictionary: the reference does not need festlex-cmu at test time.
std::vector<Reference> cmu_word_list()
{
    std::ifstream in(std::string(PODIUM_SOURCE_DIR) + "/tests/core/text/data/english_syllables.tsv");
    std::vector<Reference> words;
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (line.empty() || line[0] == '#' || tab == std::string::npos) {
            continue;
        }
        words.push_back({line.substr(0, tab), std::stoul(line.substr(tab + 1))});
    }
    return words;
}

} // namespace

TEST_CASE("The syllable counter agrees with the CMU dictionary on at least 97% of common words")
{
    const auto words = cmu_word_list();
    REQUIRE(words.size() > 4000);
    std::size_t exact = 0;
    std::vector<std::string> misses;
    for (const auto& reference : words) {
        if (english_syllables(reference.word) == reference.syllables) {
            ++exact;
        } else if (misses.size() < 40) {
            misses.push_back(reference.word + " " + std::to_string(reference.syllables) + "/"
                + std::to_string(english_syllables(reference.word)));
        }
    }
    const double share = static_cast<double>(exact) / static_cast<double>(words.size());
    INFO("exact on " << exact << " of " << words.size() << " words; first misses (CMU/ours):");
    for (const auto& miss : misses) {
        INFO(miss);
    }
    CHECK(share >= 0.97);
}

TEST_CASE("Syllables are counted from vowel groups with silent and syllabic endings")
{
    const std::vector<std::pair<std::string_view, std::size_t>> table{
        {"cat", 1}, {"make", 1}, {"makes", 1}, {"table", 2}, {"tables", 2}, {"little", 2}, {"while", 1},
        {"style", 1}, {"called", 1}, {"used", 1}, {"wanted", 2}, {"needed", 2}, {"handled", 2}, {"uses", 2},
        {"places", 2}, {"changes", 2}, {"boxes", 2}, {"centre", 2}, {"lately", 2}, {"statement", 2},
        {"careful", 2}, {"awareness", 3}, {"beautiful", 3}, {"prism", 2}, {"rhythm", 2}, {"fire", 2},
        {"required", 3}, {"basically", 3}, {"the", 1}, {"be", 1}, {"free", 1}, {"agree", 2},
    };
    for (const auto& [word, syllables] : table) {
        INFO(word);
        CHECK(english_syllables(word) == syllables);
    }
}

TEST_CASE("Adjacent vowels read apart are two syllables, glides and digraphs are one")
{
    const std::vector<std::pair<std::string_view, std::size_t>> table{
        {"media", 3}, {"radio", 3}, {"period", 3}, {"various", 3}, {"delicious", 3}, {"going", 2},
        {"being", 2}, {"studying", 3}, {"quiet", 2}, {"society", 4}, {"client", 2}, {"fluent", 2},
        {"actual", 3}, {"usual", 3}, {"video", 3}, {"idea", 3}, {"area", 3}, {"created", 3}, {"giant", 2},
        {"social", 2}, {"nation", 2}, {"million", 2}, {"great", 1}, {"quite", 1}, {"language", 2},
        {"guess", 1}, {"player", 2}, {"beyond", 2}, {"yes", 1}, {"day", 1}, {"ambiguous", 4}, {"reuse", 2},
    };
    for (const auto& [word, syllables] : table) {
        INFO(word);
        CHECK(english_syllables(word) == syllables);
    }
}

TEST_CASE("Compounds, contractions, case and accents are counted as read")
{
    CHECK(english_syllables("something") == 2);
    CHECK(english_syllables("baseline") == 2);
    CHECK(english_syllables("everyone") == 3);
    CHECK(english_syllables("someone") == 2);
    CHECK(english_syllables("didn't") == 2);
    CHECK(english_syllables("don't") == 1);
    CHECK(english_syllables("we'll") == 1);
    CHECK(english_syllables("James's") == 2);
    CHECK(english_syllables("o'clock") == 2);
    CHECK(english_syllables("Beautiful") == english_syllables("beautiful"));
    CHECK(english_syllables("CAFÉ") == 2);
    CHECK(english_syllables("café") == 2);
}

TEST_CASE("A text of several words sums its words and separators count nothing")
{
    CHECK(english_syllables("twenty-five") == 3);
    CHECK(english_syllables("ninety-one percent") == 5);
    CHECK(english_syllables("  thank you, everyone!  ") == 5);
    CHECK(english_syllables("'quoted'") == 2);
    CHECK(english_syllables("") == 0);
    CHECK(english_syllables("--- 42 ...") == 0);
    CHECK(english_syllables("a") == 1);
    CHECK(english_syllables("hmm") == 1); // letters without a vowel are still a syllable
}

TEST_CASE("Spelled letters count their names, W three")
{
    CHECK(spelled_syllables("HTML") == 4);
    CHECK(spelled_syllables("WWW") == 9);
    CHECK(spelled_syllables("") == 0);
}

TEST_CASE("The exception list is sorted, unique, lower case and disagrees with the rules")
{
    const auto table = english_syllable_exception_table();
    REQUIRE(!table.empty());
    for (std::size_t i = 0; i < table.size(); ++i) {
        INFO(table[i].first);
        CHECK(table[i].second >= 1);
        CHECK(table[i].first.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos);
        if (i > 0) {
            CHECK(table[i - 1].first < table[i].first);
        }
        CHECK(english_syllables(table[i].first) == table[i].second);
    }
}

TEST_CASE("Spoken sentences count syllables: Han one each, English by word, placeholders none")
{
    const auto english = normalise("Thank you, AI team.");
    CHECK(english.syllables() == 5); // thank you A-I team
    CHECK(english.english_syllables() == 5);
    CHECK(english.english_words() == 4);

    const auto numbers = normalise("In 2025 we grew 91%.");
    // in twen-ty twen-ty-five we grew nine-ty-one per-cent
    CHECK(numbers.syllables() == 1 + 5 + 2 + 3 + 2);

    const auto chinese = normalise("我们在2023年增长了91%。");
    CHECK(chinese.syllables() == chinese.han_syllables());
    CHECK(chinese.syllables() == 2 + 1 + 5 + 3 + 6);

    const auto mixed = normalise("我们用AI写作。");
    CHECK(mixed.syllables() == 5 + 2);
    for (const auto& run : mixed.runs) {
        if (run.language == SpokenLanguage::Chinese) {
            CHECK(run.syllables == run.units);
        }
    }

    const std::string text = "Hello {name}, welcome.";
    const std::vector<Span> placeholders{{6, 12}};
    const auto with_placeholder = normalise(text, placeholders);
    CHECK(with_placeholder.placeholder_count() == 1);
    CHECK(with_placeholder.syllables() == 2 + 2);
    for (const auto& run : with_placeholder.runs) {
        if (run.is_placeholder) {
            CHECK(run.syllables == 0);
        }
    }
}
