// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/catalogue.hpp"
#include "core/i18n/language.hpp"

#include <catch2/catch.hpp>

using namespace podium;

TEST_CASE("a language is read as locales, --lang and config.json write it")
{
    CHECK(parse_language("zh_CN") == Language::ChineseSimplified);
    CHECK(parse_language("zh_CN.UTF-8") == Language::ChineseSimplified);
    CHECK(parse_language("zh-CN") == Language::ChineseSimplified);
    CHECK(parse_language("zh") == Language::ChineseSimplified);
    CHECK(parse_language("zh-Hans-CN") == Language::ChineseSimplified);
    CHECK(parse_language("en") == Language::English);
    CHECK(parse_language("en_GB.UTF-8@euro") == Language::English);
    CHECK(parse_language("C") == Language::English);
    CHECK_FALSE(parse_language("fr_FR.UTF-8"));
    CHECK_FALSE(parse_language("zh_TW")); // Traditional Chinese readers are not given Simplified unasked
    CHECK_FALSE(parse_language(""));
}

TEST_CASE("the locale chooses the language the way gettext does")
{
    CHECK(language_from_environment({}) == Language::English);
    CHECK(language_from_environment({"", "", "", "zh_CN.UTF-8"}) == Language::ChineseSimplified);
    // LC_ALL before LC_MESSAGES before LANG.
    CHECK(language_from_environment({"", "en_US.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8"}) == Language::English);
    CHECK(language_from_environment({"", "", "zh_CN.UTF-8", "en_US.UTF-8"}) == Language::ChineseSimplified);
    // LANGUAGE is a list of preferences, first one Podium has wins…
    CHECK(language_from_environment({"fr:zh_CN:en", "", "", "en_US.UTF-8"}) == Language::ChineseSimplified);
    CHECK(language_from_environment({"en:zh_CN", "", "", "zh_CN.UTF-8"}) == Language::English);
    // …but not in the "C" locale, where gettext ignores it; C.UTF-8 is not "C".
    CHECK(language_from_environment({"zh_CN", "", "", ""}) == Language::English);
    CHECK(language_from_environment({"zh_CN", "C", "", ""}) == Language::English);
    CHECK(language_from_environment({"zh_CN", "", "", "C.UTF-8"}) == Language::ChineseSimplified);
    // A language Podium lacks falls back to English.
    CHECK(language_from_environment({"", "", "", "de_DE.UTF-8"}) == Language::English);
}

TEST_CASE("the phone's Accept-Language picks by quality, else the prompter's language")
{
    CHECK(language_from_accept_language("zh-CN,zh;q=0.9,en;q=0.8", Language::English) == Language::ChineseSimplified);
    CHECK(language_from_accept_language("en-US,en;q=0.9,zh-CN;q=0.8", Language::ChineseSimplified) == Language::English);
    CHECK(language_from_accept_language("fr-FR,de;q=0.5", Language::ChineseSimplified) == Language::ChineseSimplified);
    CHECK(language_from_accept_language("fr-FR,zh;q=0.3", Language::English) == Language::ChineseSimplified);
    CHECK(language_from_accept_language("en;q=0.2, zh-Hans;q=0.7", Language::English) == Language::ChineseSimplified);
    CHECK(language_from_accept_language("", Language::English) == Language::English);
}

TEST_CASE("catalogues are looked for beside the executable, in ../share/locale, and in the build tree")
{
    const auto directories = locale_directories(std::filesystem::path("/opt/podium/bin/podium"), std::nullopt);
    REQUIRE(directories.size() == 2);
    CHECK(directories[0] == "/opt/podium/bin/locale");
    CHECK(directories[1] == "/opt/podium/share/locale");
    const auto in_build = locale_directories(std::filesystem::path("/src/build/tests/podium_core_tests"),
        std::filesystem::path("/src/build"));
    REQUIRE(in_build.size() == 3);
    CHECK(in_build[2] == "/src/build/locale");
    // Installed elsewhere, the build tree is never read.
    CHECK(locale_directories(std::filesystem::path("/usr/bin/podium"), std::filesystem::path("/src/build")).size() == 2);
    CHECK_FALSE(catalogue_directory(Language::English, in_build));
}
