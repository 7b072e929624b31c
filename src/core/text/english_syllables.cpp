// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/english_syllables.hpp"

#include "core/text/english_syllable_exceptions.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace podium {

namespace {

bool is_vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Lower-case ASCII letters and apostrophes; accented Latin vowels fold to their base vowel so
// "café" keeps its second syllable; other letters (ñ, ß, Greek…) count as consonants.
char fold(char32_t c)
{
    if (c >= 'A' && c <= 'Z') {
        return static_cast<char>(c - 'A' + 'a');
    }
    if (c >= 'a' && c <= 'z') {
        return static_cast<char>(c);
    }
    if (c == '\'' || c == U'’') {
        return '\'';
    }
    static constexpr std::array<std::pair<std::u32string_view, char>, 5> accented{{
        {U"àáâãäåæÀÁÂÃÄÅÆ", 'a'},
        {U"èéêëÈÉÊË", 'e'},
        {U"ìíîïÌÍÎÏ", 'i'},
        {U"òóôõöøœÒÓÔÕÖØŒ", 'o'},
        {U"ùúûüÙÚÛÜ", 'u'},
    }};
    for (const auto& [letters, base] : accented) {
        if (letters.find(c) != std::u32string_view::npos) {
            return base;
        }
    }
    return (c >= 0x80) ? 'x' : 0;
}

// The letters of one word, after folding; `w` is lower-case a–z.
class Word {
public:
    explicit Word(std::string_view w) : m_w(w)
    {
        m_nucleus.resize(w.size());
        for (std::size_t i = 0; i < w.size(); ++i) {
            const char c = w[i];
            if (c == 'y') {
                // y is a vowel after a consonant (gym, study), a consonant at the start (yes)
                // and after a vowel (day, player, beyond).
                m_nucleus[i] = i > 0 && !m_nucleus[i - 1] && w[i - 1] != 'y';
            } else if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < w.size()
                                                  && is_vowel_letter(w[i + 1]) && w[i + 1] != 'u'
                                                  && !w.substr(i).starts_with("uous") && !w.substr(i).starts_with("uity")))) {
                m_nucleus[i] = false; // quite, language, guess: u is a glide
            } else {
                m_nucleus[i] = is_vowel_letter(c);
            }
        }
    }

    [[nodiscard]] char at(std::ptrdiff_t i) const
    {
        return (i < 0 || i >= static_cast<std::ptrdiff_t>(m_w.size())) ? '\0' : m_w[static_cast<std::size_t>(i)];
    }
    [[nodiscard]] bool nucleus(std::ptrdiff_t i) const
    {
        return i >= 0 && i < static_cast<std::ptrdiff_t>(m_w.size()) && m_nucleus[static_cast<std::size_t>(i)];
    }
    [[nodiscard]] bool consonant(std::ptrdiff_t i) const { return at(i) != '\0' && !nucleus(i); }
    [[nodiscard]] bool ends_with(std::string_view tail) const { return m_w.ends_with(tail); }
    [[nodiscard]] std::ptrdiff_t size() const { return static_cast<std::ptrdiff_t>(m_w.size()); }
    [[nodiscard]] bool follows(std::ptrdiff_t i, std::string_view text) const
    {
        return i >= 0 && i <= size() && m_w.substr(static_cast<std::size_t>(i)).starts_with(text);
    }
    [[nodiscard]] bool at_end(std::ptrdiff_t i, std::string_view text) const
    {
        return follows(i, text) && i + static_cast<std::ptrdiff_t>(text.size()) == size();
    }

    // Two adjacent vowel letters at i-1 and i that are read as two syllables (hiatus): me-di-a,
    // ra-di-o, go-ing, qui-et, flu-ent. Everything else (ea, ou, ai, oo, ie…) is one.
    [[nodiscard]] bool hiatus(std::ptrdiff_t i) const
    {
        const char a = at(i - 1);
        const char b = at(i);
        const char before = at(i - 2);
        const auto after = [&](std::string_view text) { return follows(i + 1, text); };
        const auto one_of = [](char c, std::string_view set) { return c != '\0' && set.find(c) != std::string_view::npos; };
        if (a == 'y') {
            return true; // stu-dy-ing
        }
        switch (a) {
        case 'i':
            if (b == 'a') {
                if (after("ge")) {
                    return false; // mar-riage
                }
                return !one_of(before, "ctsx") || after("t"); // me-di-a, vi-a; so-cial; as-so-ci-ate
            }
            if (b == 'o') {
                if (after("u")) {
                    return !one_of(before, "ctxgs"); // var-i-ous; de-li-cious
                }
                return at_end(i + 1, "") || one_of(before, "bdmpr") || (i <= 2 && !one_of(before, "tscxgn"));
            }
            if (b == 'u') {
                return true; // stadi-um
            }
            if (b == 'e') {
                if (after("t")) {
                    return true; // qui-et, so-ci-e-ty
                }
                if (after("nt") || after("nce")) {
                    return one_of(before, "lrdp") || (before == 'c' && at(i - 3) == 's'); // cli-ent, sci-ence
                }
                if ((at_end(i + 1, "r") || at_end(i + 1, "rs") || at_end(i + 1, "st")) && i >= 3 && consonant(i - 2)) {
                    return true; // eas-i-er, hap-pi-est
                }
            }
            return b == 'i' && after("ng"); // ski-ing
        case 'e':
            if (b == 'o') {
                return !after("u") || !one_of(before, "gc"); // vi-de-o, si-mul-ta-ne-ous; gor-geous
            }
            if (b == 'i' || b == 'e') {
                return after("ng"); // be-ing, see-ing
            }
            if (b == 'a') {
                // i-de-a, a-re-a, Ko-re-a (a single consonant between vowels before a final
                // "ea"); cre-ate; but tea, plea, great.
                if ((at_end(i + 1, "") || at_end(i + 1, "s")) && consonant(i - 2) && nucleus(i - 3)) {
                    return true;
                }
                return before == 'r' && at(i - 3) == 'c' && after("t") && !after("tur");
            }
            if (b == 'u') {
                return after("m"); // muse-um
            }
            return false;
        case 'u':
            if (b == 'a' || b == 'o' || b == 'u') {
                return true; // ac-tu-al, du-o, vac-u-um
            }
            if (b == 'e') {
                return after("nt") || after("nc") || after("l") || after("t") || at_end(i + 1, "r")
                    || at_end(i + 1, "rs"); // flu-ent, cru-el, du-et, is-su-er
            }
            if (b == 'i') {
                return after("d") || after("ty") || after("tous") || (after("n") && !one_of(before, "qg")); // flu-id, ru-in
            }
            return false;
        case 'o':
            if (b == 'i') {
                return after("ng"); // go-ing, do-ing
            }
            if (b == 'e') {
                return after("m") || after("t"); // po-em, po-et
            }
            return false;
        case 'a':
            return b == 'o' || (b == 'i' && after("c")); // cha-os, mosa-ic
        default:
            return false;
        }
    }

    [[nodiscard]] std::size_t count() const
    {
        std::size_t groups = 0;
        for (std::ptrdiff_t i = 0; i < size(); ++i) {
            if (nucleus(i) && (!nucleus(i - 1) || hiatus(i))) {
                ++groups;
            }
        }
        if (groups == 0) {
            return 0;
        }
        const std::size_t silent = groups > 1 ? silent_e() : 0;
        const auto total = static_cast<std::ptrdiff_t>(groups - silent) + syllabic_ending();
        return static_cast<std::size_t>(std::max<std::ptrdiff_t>(1, total));
    }

private:
    // An 'e' that is its own vowel group (after a consonant) at `p`.
    [[nodiscard]] bool lone_e(std::ptrdiff_t p) const { return at(p) == 'e' && consonant(p - 1); }

    // A consonant + l/r before the e (table, centre, handled) keeps it as a syllable.
    [[nodiscard]] bool syllabic_liquid(std::ptrdiff_t p) const
    {
        const char liquid = at(p - 1);
        return (liquid == 'l' || liquid == 'r') && consonant(p - 2) && at(p - 2) != liquid && at(p - 2) != 'r';
    }

    // Written vowel groups that are not read: make, makes, called, lately, careful.
    [[nodiscard]] std::size_t silent_e() const
    {
        const std::ptrdiff_t n = size();
        if (lone_e(n - 1)) {
            return syllabic_liquid(n - 1) ? 0 : 1;
        }
        if (lone_e(n - 2) && at(n - 1) == 's') {
            const char c = at(n - 3);
            if (c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' || (c == 'h' && (at(n - 4) == 'c' || at(n - 4) == 's'))) {
                return 0; // uses, boxes, places, changes, watches
            }
            return syllabic_liquid(n - 2) ? 0 : 1;
        }
        if (lone_e(n - 2) && at(n - 1) == 'd') {
            const char c = at(n - 3);
            if (c == 't' || c == 'd') {
                return 0; // wanted, needed
            }
            return syllabic_liquid(n - 2) ? 0 : 1;
        }
        // A silent e before a consonant suffix: lately, statement, careful, awareness, useless.
        static constexpr std::array<std::string_view, 9> suffixes{
            "ly", "ment", "ments", "ful", "fully", "ness", "less", "lessly", "ty"};
        for (const auto suffix : suffixes) {
            const std::ptrdiff_t p = n - static_cast<std::ptrdiff_t>(suffix.size()) - 1;
            if (at_end(p + 1, suffix) && lone_e(p) && !syllabic_liquid(p) && (nucleus(p - 2) || suffix != "ty")
                && (nucleus(p - 2) || nucleus(p - 3))) {
                return 1;
            }
        }
        return 0;
    }

    // Endings read with a syllable more than their vowel letters: pri-sm, rhy-thm, fi-re
    // (f-ay-er), re-qui-ring; and one less: ba-sic-ally.
    [[nodiscard]] std::ptrdiff_t syllabic_ending() const
    {
        std::ptrdiff_t extra = 0;
        if (ends_with("sm") || ends_with("sms") || ends_with("thm") || ends_with("thms")) {
            ++extra;
        }
        static constexpr std::array<std::string_view, 7> after_ir{"e", "es", "ed", "ely", "ety", "ing", "ings"};
        for (const auto tail : after_ir) {
            const std::ptrdiff_t r = size() - static_cast<std::ptrdiff_t>(tail.size()) - 1;
            if (at_end(r + 1, tail) && at(r) == 'r' && at(r - 1) == 'i' && !nucleus(r - 2)) {
                ++extra;
                break;
            }
        }
        if (ends_with("ically")) {
            --extra;
        }
        return extra;
    }

    std::string_view m_w;
    std::vector<bool> m_nucleus;
};

// Compounds whose first part ends in a silent e (some-thing, time-line, base-ment) or is read
// shorter than alone (every-one).
constexpr std::array<std::string_view, 35> compound_heads{"some", "where", "there", "here", "time", "life",
    "home", "name", "base", "file", "line", "state", "safe", "side", "wide", "whole", "store", "core", "case",
    "code", "space", "type", "note", "more", "mile", "pipe", "guide", "frame", "gate", "trade", "like", "fore",
    "else", "every", "stone"};
// Second parts that start with a vowel but still make a compound: some-one, there-of.
constexpr std::array<std::string_view, 8> vowel_tails{"one", "ones", "of", "in", "on", "upon", "after", "as"};

// "re-" and "pre-" before a vowel that starts the stem: re-use, re-order, re-arrange.
constexpr std::array<std::string_view, 12> split_prefixes{"reu", "reo", "rei", "rearr", "react", "reass",
    "reapp", "reacq", "readj", "realit", "realiz", "pream"};

std::size_t letters_syllables(std::string_view w)
{
    if (w.empty()) {
        return 0;
    }
    if (const auto known = english_syllable_exception(w)) {
        return *known;
    }
    for (const auto head : compound_heads) {
        if (w.size() > head.size() + 1 && w.starts_with(head)) {
            const std::string_view rest = w.substr(head.size());
            const bool consonant_start = !is_vowel_letter(rest[0]) && rest[0] != 'y';
            const bool compound = consonant_start ? Word(rest).count() > 0
                                                  : std::find(vowel_tails.begin(), vowel_tails.end(), rest) != vowel_tails.end();
            if (compound) {
                return (head == "every" ? 2 : letters_syllables(head)) + letters_syllables(rest);
            }
        }
    }
    for (const auto prefix : split_prefixes) {
        if (w.size() > prefix.size() && w.starts_with(prefix)) {
            const std::size_t cut = prefix.starts_with("pre") ? 3 : 2;
            return letters_syllables(w.substr(0, cut)) + letters_syllables(w.substr(cut));
        }
    }
    return std::max<std::size_t>(1, Word(w).count());
}

// One word of folded letters and apostrophes: contractions keep their base's count, except
// n't after a consonant (did-n't) and 's after a sibilant (James's).
std::size_t word_syllables(std::string_view w)
{
    const std::size_t apostrophe = w.find('\'');
    if (apostrophe == std::string_view::npos) {
        return letters_syllables(w);
    }
    const std::string_view base = w.substr(0, apostrophe);
    const std::string_view tail = w.substr(apostrophe + 1);
    if (base.empty()) {
        return letters_syllables(tail);
    }
    if (tail == "t" && base.size() >= 2 && base.back() == 'n') {
        const char before = base[base.size() - 2];
        return letters_syllables(base.substr(0, base.size() - 1)) + (is_vowel_letter(before) ? 0 : 1);
    }
    if (tail == "s") {
        const bool sibilant = base.ends_with('s') || base.ends_with('x') || base.ends_with('z') || base.ends_with("ch")
            || base.ends_with("sh") || base.ends_with("ce") || base.ends_with("ge");
        return letters_syllables(base) + (sibilant ? 1 : 0);
    }
    if (tail == "ll" || tail == "re" || tail == "ve" || tail == "d" || tail == "m" || tail.empty()) {
        return letters_syllables(base);
    }
    std::string joined(base);
    for (const char c : tail) {
        if (c != '\'') {
            joined.push_back(c);
        }
    }
    return letters_syllables(joined);
}

} // namespace

std::size_t english_syllables(std::string_view text)
{
    std::size_t total = 0;
    std::string word;
    auto flush = [&] {
        // Apostrophes at the edges are quotation marks, not part of the word.
        while (!word.empty() && word.back() == '\'') {
            word.pop_back();
        }
        const std::size_t first = word.find_first_not_of('\'');
        if (first != std::string::npos) {
            total += word_syllables(std::string_view(word).substr(first));
        }
        word.clear();
    };
    for (std::size_t offset = 0; offset < text.size();) {
        const char c = fold(utf8::next(text, offset));
        if (c == 0) {
            flush();
        } else {
            word.push_back(c);
        }
    }
    flush();
    return total;
}

std::size_t spelled_syllables(std::string_view letters)
{
    std::size_t total = 0;
    for (const char c : letters) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            total += (c == 'w' || c == 'W') ? 3 : 1;
        }
    }
    return total;
}

} // namespace podium
