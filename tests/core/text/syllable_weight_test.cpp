// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_function_words.hpp"
#include "core/text/han_syllables.hpp"
#include "core/text/spoken_text.hpp"
#include "core/timing/speech_units.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace podium;

TEST_CASE("Han syllables are classed by their common reading: neutral tone, nasal ending or full")
{
    // Neutral tone: the particles and suffixes read without a tone.
    for (const char32_t c : {U'的', U'了', U'们', U'吗', U'呢', U'吧', U'么'}) {
        CHECK(han_syllable_kind(c) == HanSyllableKind::NeutralTone);
    }
    // -n / -ng endings.
    for (const char32_t c : {U'光', U'人', U'年', U'中', U'三', U'很', U'能'}) {
        CHECK(han_syllable_kind(c) == HanSyllableKind::Nasal);
    }
    // Open or other toned syllables, and everything outside the table.
    for (const char32_t c : {U'字', U'大', U'家', U'好', U'我', U'〇', U'A', U'가', U'あ'}) {
        CHECK(han_syllable_kind(c) == HanSyllableKind::Full);
    }
    const HanSyllableCounts counts = count_han_syllable_kinds("我们的光，AI 很好。");
    CHECK(counts.neutral_tone == 2); // 们 的
    CHECK(counts.nasal == 2);        // 光 很
}

TEST_CASE("a sentence of light syllables is quicker than one of heavy ones at the same length")
{
    const std::string light = "我的他的你的。";   // 的 ×3 neutral, 我他你 open
    const std::string heavy = "人民中国很强。";   // all nasal endings but 国
    const SpokenSentence a = normalise_for_speech(light, {0, light.size()});
    const SpokenSentence b = normalise_for_speech(heavy, {0, heavy.size()});
    CHECK(a.han_syllables() == 6);
    CHECK(b.han_syllables() == 6);
    CHECK(a.han_syllable_kinds().neutral_tone == 3);
    CHECK(b.han_syllable_kinds().nasal == 5);
    const double light_units = han_units(a.han_syllables(), a.han_syllable_kinds().neutral_tone, a.han_syllable_kinds().nasal);
    const double heavy_units = han_units(b.han_syllables(), b.han_syllable_kinds().neutral_tone, b.han_syllable_kinds().nasal);
    CHECK(light_units < 6.0);
    CHECK(heavy_units > 6.0);
    CHECK(heavy_units / light_units > 1.4);
    // Numbers read out are classed as read: 2023 → 二〇二三 (三 sān ends in a nasal).
    const std::string year = "2023年。";
    const SpokenSentence c = normalise_for_speech(year, {0, year.size()});
    CHECK(c.han_syllables() == 5);
    CHECK(c.han_syllable_kinds().nasal == 2); // 三 年
}

TEST_CASE("English function words are counted case-blind in what the voice reads")
{
    CHECK(is_english_function_word("the"));
    CHECK(is_english_function_word("of"));
    CHECK_FALSE(is_english_function_word("cat"));
    CHECK_FALSE(is_english_function_word("The")); // the list is lower case; the counter folds
    CHECK(count_english_function_words("The cat sat on the mat") == 3);
    CHECK(count_english_function_words("It's what you make of it") == 4); // it's you of it
    CHECK(count_english_function_words("") == 0);
    const std::string text = "We met in 2019, and it was the best year of my life.";
    const SpokenSentence s = normalise_for_speech(text, {0, text.size()});
    // we in and it was the of my — "twenty nineteen" adds none.
    CHECK(s.english_function_words() == 8);
    const auto list = english_function_word_list();
    CHECK(std::is_sorted(list.begin(), list.end()));
    CHECK(std::adjacent_find(list.begin(), list.end()) == list.end());
}

TEST_CASE("function words make a sentence quicker than content words of the same syllables")
{
    CHECK(english_units(6, 6, 18, 6) < english_units(6, 6, 18, 0));
    CHECK(english_units(6, 6, 18, 0) - english_units(6, 6, 18, 6)
        == Approx(6.0 * SpeechWeights{}.function_word_saving
            / (1.0 - SpeechWeights{}.function_word_saving * function_word_share)));
}

TEST_CASE("speech weights are a value: other weights price the same counts otherwise")
{
    SpeechWeights heavier_nasals;
    heavier_nasals.nasal_syllable = 1.6;
    // A text of average make-up counts its syllables whatever the weights (the shares set the
    // average), so only the balance between texts moves.
    CHECK(han_units(1000, 36, 376, heavier_nasals) == Approx(1000.0).epsilon(1e-9));
    CHECK(han_units(10, 0, 10, heavier_nasals) > han_units(10, 0, 10));
    CHECK(han_units(10, 0, 0, heavier_nasals) < han_units(10, 0, 0));
    SpeechWeights no_saving;
    no_saving.function_word_saving = 0.0;
    CHECK(english_units(6, 6, 18, 6, no_saving) == Approx(english_units(6, 6, 18, 0, no_saving)));
    CHECK(english_units(100, 145, 449, 39) == Approx(100.0).epsilon(1e-9));
    SpeechWeights no_letters;
    no_letters.english_letter_share = 0.0;
    CHECK(english_units(1, 1, 8, 0, no_letters) == Approx(english_units(1, 1, 3, 0, no_letters)));
    // The defaults are the weights the model uses.
    CHECK(han_units(10, 2, 3) == han_units(10, 2, 3, SpeechWeights{}));
}

TEST_CASE("letters stand in for sounds: a one-syllable word of many letters counts more")
{
    CHECK(english_units(1, 1, 8, 0) > english_units(1, 1, 3, 0)); // strength, cat
    const auto letters = [](const std::string& text) {
        return normalise_for_speech(text, {0, text.size()}).english_letters();
    };
    CHECK(letters("Strength, cat.") == 11);
    CHECK(letters("We met in 2019.") == 21); // We met in twenty nineteen
    CHECK(letters("It's 5%.") == 14);        // Its five percent: the apostrophe is no letter
    CHECK(letters("Café au lait") == 10);     // é once
    CHECK(letters("光合作用") == 0);
    CHECK(letters("") == 0);
}
