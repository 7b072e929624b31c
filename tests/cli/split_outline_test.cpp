// SPDX-License-Identifier: GPL-3.0-or-later
// `podium split` and `podium outline`, run through run_cli on files in a temporary directory.
#include "cli/cli_app.hpp"
#include "cli/cli_runner.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using podium::testing::CliRun;
using podium::testing::lines_of;
using podium::testing::run_strings;

// A file in a fresh temporary directory, removed with it.
class TempFile {
public:
    TempFile(const std::string& name, const std::string& bytes)
    {
        static std::atomic<int> counter{0};
        m_directory = std::filesystem::temp_directory_path()
            / ("podium-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_directory);
        m_path = m_directory / name;
        std::ofstream(m_path, std::ios::binary) << bytes;
    }
    ~TempFile()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    [[nodiscard]] std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_directory;
    std::filesystem::path m_path;
};

bool is_one_line(const std::string& text)
{
    return !text.empty() && text.back() == '\n' && text.find('\n') == text.size() - 1;
}

const std::string kMeetingSpeech = "在年度工作会议上的讲话\n"
                            "\n"
                            "同志们：\n"
                            "今天我们召开会议。\n"
                            "一、回顾过去。去年新增门店**家。\n"
                            "（一）稳订单\n"
                            "订单要稳，覆盖××个城市。\n"
                            "二、展望未来。明年更好。\n"
                            "谢谢大家！\n";

} // namespace

TEST_CASE("split prints one sentence a line")
{
    const TempFile file("speech.txt", kMeetingSpeech);
    const CliRun result = run_strings({"split", file.path()});
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    const std::vector<std::string> lines = lines_of(result.out);
    REQUIRE(lines.size() == 10);
    CHECK(lines[0] == "在年度工作会议上的讲话");
    CHECK(lines[3] == "一、回顾过去。");
    CHECK(lines[9] == "谢谢大家！");
}

TEST_CASE("split --json prints sentences with byte offsets and their section index")
{
    const TempFile file("speech.txt", kMeetingSpeech);
    const CliRun result = run_strings({"split", "--json", file.path()});
    REQUIRE(result.status == 0);
    CHECK(result.out.rfind("{\"sentences\":[{\"text\":", 0) == 0);
    CHECK(is_one_line(result.out));

    const nlohmann::json json = nlohmann::json::parse(result.out);
    const nlohmann::json& sentences = json.at("sentences");
    const nlohmann::json& sections = json.at("sections");
    REQUIRE(sentences.size() == 10);
    for (const nlohmann::json& sentence : sentences) {
        const auto start = sentence.at("start").get<std::size_t>();
        const auto end = sentence.at("end").get<std::size_t>();
        CHECK(kMeetingSpeech.substr(start, end - start) == sentence.at("text").get<std::string>());
        CHECK(sentence.at("section").get<std::size_t>() < sections.size());
    }
    REQUIRE(sections.size() == 5);
    const std::vector<std::pair<std::string, int>> expected{
        {"在年度工作会议上的讲话", 1}, {"一、回顾过去", 1}, {"（一）稳订单", 2}, {"二、展望未来", 1}, {"Closing", 1}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(sections[i].at("title").get<std::string>() == expected[i].first);
        CHECK(sections[i].at("level").get<int>() == expected[i].second);
    }
    CHECK(sections[0].at("kind") == "preamble");
    CHECK(sections[2].at("kind") == "heading");
    CHECK(sections[2].at("parent") == 1);
    CHECK(sections[1].at("parent").is_null());
    CHECK(sections[4].at("kind") == "closing");
    // "同志们：" is in the preamble, "订单要稳，覆盖××个城市。" in （一）.
    CHECK(sentences[1].at("section") == 0);
    CHECK(sentences[6].at("text") == "订单要稳，覆盖××个城市。");
    CHECK(sentences[6].at("section") == 2);
    CHECK(sections[1].at("first_sentence") == 3);
    CHECK(sections[1].at("end_sentence") == 7);
}

TEST_CASE("split --json on the bundled English sample lists its sections")
{
    const CliRun result = run_strings({"split", "--json", "--sample", "en"});
    REQUIRE(result.status == 0);
    const nlohmann::json json = nlohmann::json::parse(result.out);
    REQUIRE(json.at("sections").size() == 6);
    CHECK(json.at("sections")[1].at("title") == "Starting and pausing");
    CHECK(json.at("sections")[5].at("kind") == "closing");
}

TEST_CASE("outline prints the section tree, counts, placeholders and a warning")
{
    const TempFile file("speech.txt", kMeetingSpeech);
    const CliRun result = run_strings({"outline", file.path()});
    CHECK(result.status == 0);
    const std::vector<std::string> lines = lines_of(result.out);
    const std::vector<std::string> expected{
        file.path() + " (plain text): 5 sections, 10 sentences",
        "在年度工作会议上的讲话  (preamble, 3 sentences)",
        "一、回顾过去  (4 sentences)",
        "    placeholder 5:14 **",
        "  （一）稳订单  (2 sentences)",
        "      placeholder 7:8 ××",
        "二、展望未来  (2 sentences)",
        "Closing  (closing, 1 sentence)",
        "2 unfilled placeholders: fill them before speaking",
    };
    CHECK(lines == expected);
}

TEST_CASE("outline without placeholders prints no warning")
{
    const CliRun result = run_strings({"outline", "--sample", "en"});
    CHECK(result.status == 0);
    CHECK(result.out.find("placeholder") == std::string::npos);
    CHECK(result.out.find("Moving around") != std::string::npos);
}

TEST_CASE("outline with one placeholder says so in the singular")
{
    const CliRun result = run_strings({"outline", "--sample", "zh"});
    CHECK(result.status == 0);
    const std::vector<std::string> lines = lines_of(result.out);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back() == "1 unfilled placeholder: fill it before speaking");
}

TEST_CASE("outline --json gives sections with counts and placeholders with positions")
{
    const TempFile file("speech.md", "# Talk\n\nHello\n\n## Part\nWe opened **bold** and ** new stores\n");
    const CliRun result = run_strings({"outline", "--json", file.path()});
    REQUIRE(result.status == 0);
    const nlohmann::json json = nlohmann::json::parse(result.out);
    REQUIRE(json.at("sections").size() == 2);
    CHECK(json.at("sections")[1].at("title") == "Part");
    CHECK(json.at("sections")[1].at("sentence_count") == 2);
    REQUIRE(json.at("placeholders").size() == 1);
    const nlohmann::json& placeholder = json.at("placeholders")[0];
    CHECK(placeholder.at("text") == "**");
    CHECK(placeholder.at("line") == 6);
    CHECK(placeholder.at("column") == 24);
    CHECK(placeholder.at("section") == 1);
}

TEST_CASE("outline on the shared seminar speech lists 21 placeholders")
{
    const std::filesystem::path path = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches/zh-party-seminar.txt";
    if (!std::filesystem::exists(path)) {
        PODIUM_SKIP(path << " is absent");
    }
    const CliRun result = run_strings({"outline", path.string()});
    CHECK(result.status == 0);
    const std::vector<std::string> lines = lines_of(result.out);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back() == "21 unfilled placeholders: fill them before speaking");
    CHECK(result.out.find("\n    placeholder 6:212 **\n") != std::string::npos);
    CHECK(result.out.find("\nClosing  (closing, 1 sentence)\n") != std::string::npos);
}

TEST_CASE("an empty or blank file is one line saying there is no text, status 1")
{
    for (const std::string& bytes : {std::string(), std::string(" \n\n\t\n")}) {
        const TempFile file("empty.txt", bytes);
        for (const char* command : {"split", "outline"}) {
            const CliRun result = run_strings({command, file.path()});
            CHECK(result.status == 1);
            CHECK(result.out.empty());
            CHECK(is_one_line(result.err));
            CHECK(result.err.rfind("podium: ", 0) == 0);
            CHECK(result.err.find("no text") != std::string::npos);
        }
    }
}

TEST_CASE("a binary file is one error line with status 1, never a crash")
{
    const TempFile file("image.bin", std::string("\x7F" "ELF\x02\x01\x01\x00\x00\x00\xC0\x80\xFF\x00\x01", 15));
    for (const char* command : {"split", "outline"}) {
        const CliRun result = run_strings({command, "--json", file.path()});
        CHECK(result.status == 1);
        CHECK(result.out.empty());
        CHECK(is_one_line(result.err));
        CHECK(result.err.rfind("podium: ", 0) == 0);
    }
}
