// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/parse_error_text.hpp"
#include "cli_runner.hpp"
#include "core/i18n/catalogue.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace podium;

namespace {

struct BothLanguages {
    testing::CliRun en;
    testing::CliRun zh;
};

// The same command line in English and in Chinese (the process goes back to English after).
BothLanguages run_in_both(std::vector<const char*> arguments)
{
    std::vector<const char*> en = {"--lang", "en"};
    std::vector<const char*> zh = {"--lang", "zh_CN"};
    en.insert(en.end(), arguments.begin(), arguments.end());
    zh.insert(zh.end(), arguments.begin(), arguments.end());
    BothLanguages result{testing::run(en), testing::run(zh)};
    use_language(Language::English);
    return result;
}

} // namespace

TEST_CASE("CLI11's parse errors are said in Chinese with the option and value kept, English as CLI11 wrote it")
{
    struct Case {
        std::vector<const char*> arguments;
        std::string english;
        std::string chinese;
    };
    const std::vector<Case> cases = {
        {{"estimate", "--bogus"}, "The following argument was not expected: --bogus", "无法识别的参数：--bogus"},
        {{"estimate", "--sample", "zh", "--one", "--two"}, "The following arguments were not expected: --one --two",
            "无法识别的参数：--one --two"},
        {{"estimate", "--sample", "zh", "--wpm"}, "--wpm: 1 required FLOAT missing", "--wpm：缺少 1 个 FLOAT 类型的值"},
        {{"estimate", "--sample", "zh", "--by", "foo"}, "--by: foo not in {model,speech}",
            "--by：foo 不在可选值 {model,speech} 中"},
        {{"estimate", "--sample", "zh", "--wpm", "abc"}, "Could not convert: --wpm = abc", "无法识别 --wpm 的值：abc"},
        {{"estimate", "--sample", "zh", "--json", "--csv"}, "--json excludes --csv", "--json 不能与 --csv 同时使用"},
        {{"render", "--sample", "zh"}, "--out is required", "必须指定 --out"},
        {{"listen", "play"}, "RUN is required", "必须指定 RUN"},
        {{"--sample", "zh", "--remote-port", "8080"}, "--remote-port requires --remote",
            "--remote-port 需要与 --remote 一起使用"},
        {{"estimate", "--sample", "zh", "--voice-rate", "20"}, "--voice-rate: Value 20 not in range 80 to 450",
            "--voice-rate：值 20 不在 80 到 450 的范围内"},
        {{"follow", "--sample", "zh", "--audio", "a.wav", "--spans", "/nonexistent/podium-audio.wav"},
            "--spans: File does not exist: /nonexistent/podium-audio.wav",
            "--spans：文件不存在：/nonexistent/podium-audio.wav"},
    };
    for (const Case& c : cases) {
        INFO(c.english);
        const BothLanguages runs = run_in_both(c.arguments);
        CHECK(runs.en.status == 2);
        CHECK(runs.zh.status == 2);
        CHECK(runs.en.err == "podium: " + c.english + "\n(see podium --help)\n");
        CHECK(runs.zh.err == "podium: " + c.chinese + "\n（请参阅 podium --help）\n");
    }
}

TEST_CASE("a positive or non-negative number is asked for in words, not as a range up to 1.8e308")
{
    const BothLanguages negative = run_in_both({"render", "--sample", "zh", "--out", "x.png", "--at", "-1"});
    CHECK(negative.en.err.find("--at: Value -1 is negative\n") != std::string::npos);
    CHECK(negative.zh.err.find("--at：值 -1 不能为负数\n") != std::string::npos);
    CHECK(negative.en.err.size() < 100);
    const BothLanguages zero = run_in_both({"listen", "play", "latest", "--seconds", "0"});
    CHECK(zero.en.err.find("--seconds: Value 0 is not a positive number\n") != std::string::npos);
    CHECK(zero.zh.err.find("--seconds：值 0 不是正数\n") != std::string::npos);
    CHECK(zero.zh.status == 2);
}

TEST_CASE("an ExtrasError lists the arguments in command-line order; a sentence of unknown shape is kept")
{
    // CLI11 joins the unexpected arguments reversed; without the app's list they are put back.
    CHECK(parse_error_text(CLI::ExtrasError({"first", "second"}), {}) ==
          "The following arguments were not expected: first second");
    CHECK(parse_error_text(CLI::ExtrasError({"b", "a"}), {"a", "b"}) == "The following arguments were not expected: a b");
    const CLI::InvalidError odd("FILES");
    CHECK(parse_error_text(odd, {}) == odd.what());
    REQUIRE(use_language(Language::ChineseSimplified));
    const std::string chinese = parse_error_text(odd, {});
    use_language(Language::English);
    CHECK(chinese == std::string("命令行有误：") + odd.what());
}
