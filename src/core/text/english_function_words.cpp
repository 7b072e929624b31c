// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_function_words.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace podium {

namespace {

using namespace std::string_view_literals;

// Sorted (the test checks). Forms that are usually stressed when spoken alone or at a clause
// end ("no", "not", "this", "that" as a pronoun, "do" as a main verb) are left out on purpose:
// the list holds what is reduced in running speech.
constexpr std::array kFunctionWords = {"a"sv, "am"sv, "an"sv, "and"sv, "are"sv, "as"sv, "at"sv, "be"sv, "been"sv,
    "but"sv, "by"sv, "can"sv, "could"sv, "did"sv, "does"sv, "for"sv, "from"sv, "had"sv, "has"sv, "have"sv, "he"sv,
    "her"sv, "him"sv, "his"sv, "i"sv, "if"sv, "in"sv, "is"sv, "it"sv, "it's"sv, "its"sv, "just"sv, "may"sv, "me"sv,
    "might"sv, "must"sv, "my"sv, "of"sv, "on"sv, "or"sv, "our"sv, "shall"sv, "she"sv, "should"sv, "so"sv, "than"sv,
    "that"sv, "the"sv, "their"sv, "them"sv, "then"sv, "they"sv, "to"sv, "us"sv, "was"sv, "we"sv, "were"sv, "will"sv,
    "with"sv, "would"sv, "you"sv, "your"sv};

} // namespace

bool is_english_function_word(std::string_view lower_case_word)
{
    return std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), lower_case_word);
}

std::size_t count_english_function_words(std::string_view reading)
{
    std::size_t count = 0;
    std::string word;
    const auto finish = [&] {
        if (!word.empty() && is_english_function_word(word)) {
            ++count;
        }
        word.clear();
    };
    for (const char c : reading) {
        if ((c >= 'a' && c <= 'z') || c == '\'') {
            word += c;
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c | 0x20);
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            word += c; // part of an accented word: never a function word, but not a separator
        } else {
            finish();
        }
    }
    finish();
    return count;
}

std::span<const std::string_view> english_function_word_list()
{
    return kFunctionWords;
}

} // namespace podium
