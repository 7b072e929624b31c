// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/language_option.hpp"
#include "cli_runner.hpp"
#include "core/i18n/catalogue.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using namespace podium;

namespace {

std::vector<std::string> rest_of(const LanguageArguments& arguments)
{
    return {arguments.rest.begin(), arguments.rest.end()};
}

} // namespace

TEST_CASE("the --lang option is taken out of the command line wherever it is, up to --")
{
    const char* argv[] = {"podium", "estimate", "--lang", "zh_CN", "a.txt", "--", "--lang=en"};
    const LanguageArguments arguments = take_language_option(7, argv);
    REQUIRE(arguments.lang);
    CHECK(*arguments.lang == "zh_CN");
    CHECK(rest_of(arguments) == std::vector<std::string>{"podium", "estimate", "a.txt", "--", "--lang=en"});
    const char* equals[] = {"podium", "--lang=en", "--help"};
    CHECK(*take_language_option(3, equals).lang == "en");
    const char* missing[] = {"podium", "--lang"};
    CHECK(take_language_option(2, missing).missing_value);
}

TEST_CASE("the --lang option wins over config.json, which wins over the locale")
{
    const LocaleEnvironment chinese_locale{"", "", "", "zh_CN.UTF-8"};
    CHECK(choose_language(std::nullopt, std::nullopt, chinese_locale).language == Language::ChineseSimplified);
    CHECK(choose_language(std::nullopt, std::string("en"), chinese_locale).language == Language::English);
    CHECK(choose_language(std::string("zh_CN"), std::string("en"), {}).language == Language::ChineseSimplified);
    const LanguageChoice unknown = choose_language(std::string("fr"), std::string("de"), chinese_locale);
    CHECK(unknown.unknown_option == "fr");
    CHECK(unknown.unknown_config == "de");
    CHECK(unknown.language == Language::ChineseSimplified);
}

TEST_CASE("config.json's lang is read, and a broken file leaves the choice to the locale")
{
    const auto folder = std::filesystem::temp_directory_path() / "podium-language-option-test";
    std::filesystem::create_directories(folder);
    const auto file = folder / "config.json";
    std::ofstream(file) << R"({"pace": {"han_per_minute": 210}, "lang": "zh_CN"})";
    CHECK(config_language(file) == "zh_CN");
    std::ofstream(file) << R"({"lang": 3})";
    CHECK_FALSE(config_language(file));
    std::ofstream(file) << "{not json";
    CHECK_FALSE(config_language(file));
    CHECK_FALSE(config_language(folder / "absent.json"));
    std::filesystem::remove_all(folder);
}

TEST_CASE("podium --lang zh_CN speaks Chinese in the table and --help, and --json stays the same")
{
    const auto zh = testing::run({"--lang", "zh_CN", "estimate", "--sample", "zh"});
    const auto en = testing::run({"estimate", "--sample", "zh"});
    use_language(Language::English);
    REQUIRE(zh.status == 0);
    CHECK(zh.out.find("合计") != std::string::npos);
    CHECK(zh.out.find("字/分") != std::string::npos);
    CHECK(en.out.find("Total") != std::string::npos);
    const auto zh_json = testing::run({"--lang", "zh_CN", "estimate", "--sample", "zh", "--json", "--target", "5m"});
    const auto en_json = testing::run({"estimate", "--sample", "zh", "--json", "--target", "5m"});
    use_language(Language::English);
    CHECK(zh_json.out == en_json.out);
    const auto help = testing::run({"--lang", "zh_CN", "--help"});
    use_language(Language::English);
    CHECK(help.out.find("用法:") != std::string::npos);
    const auto wrong = testing::run({"--lang", "klingon", "estimate"});
    CHECK(wrong.status == 2);
    CHECK(wrong.err.find("--lang klingon") != std::string::npos);
}
