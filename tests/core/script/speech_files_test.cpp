// SPDX-License-Identifier: GPL-3.0-or-later
// Section and placeholder detection on whole speeches: the shared real speech (skipped when
// ../shared is absent) and the bundled samples.
#include "core/script/script.hpp"
#include "section_titles.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace podium;
using podium::testing::section_titles;

namespace {

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<std::string> placeholder_positions(const Script& script)
{
    std::vector<std::string> result;
    for (const Placeholder& placeholder : script.placeholders) {
        result.push_back(std::to_string(placeholder.line) + ':' + std::to_string(placeholder.column) + ' '
            + placeholder.text);
    }
    return result;
}

// Sentences [begin, end) of paragraphs [first, last].
std::pair<std::size_t, std::size_t> sentences_of_paragraphs(const Script& script, std::size_t first, std::size_t last)
{
    const Paragraph& end = script.paragraphs.at(last);
    return {script.paragraphs.at(first).first_sentence, end.first_sentence + end.sentence_count};
}

std::pair<std::size_t, std::size_t> range(const Section& section)
{
    return {section.first_sentence, section.end_sentence};
}

} // namespace

TEST_CASE("the shared seminar speech has a titled preamble, three sections and a closing")
{
    const std::filesystem::path path = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches/zh-party-seminar.txt";
    if (!std::filesystem::exists(path)) {
        PODIUM_SKIP(path << " is absent");
    }
    const std::string text = read_file(path);
    const Script script = build_script(text, ScriptFormat::PlainText);

    // Title line, blank line, 同志们：, the opening, 一、二、三、, the closing line.
    REQUIRE(script.paragraphs.size() == 7);
    const std::string title_line = text.substr(0, text.find('\n'));
    CHECK(section_titles(script) == std::vector<std::string>{title_line, "一、坚持以学促干，在学思践悟中把牢方向",
                                "二、坚持埋头苦干，在履职尽责中展现作为", "三、坚持真抓实干，在转变作风中锤炼党性", "Closing"});
    REQUIRE(script.sections.size() == 5);
    CHECK(script.sections[0].kind == SectionKind::Preamble);
    CHECK(script.sections[4].kind == SectionKind::Closing);
    for (const Section& section : script.sections) {
        CHECK(section.level == 1);
        CHECK_FALSE(section.parent);
    }
    // The preamble holds the title, the greeting and the opening paragraph; each numbered
    // section exactly its paragraph, whose first sentence is the heading.
    CHECK(range(script.sections[0]) == sentences_of_paragraphs(script, 0, 2));
    CHECK(script.sentence_text(script.paragraphs[1].first_sentence) == "同志们：");
    for (std::size_t i = 1; i <= 3; ++i) {
        const Section& section = script.sections[i];
        CHECK(range(section) == sentences_of_paragraphs(script, i + 2, i + 2));
        CHECK(script.sentences[section.first_sentence].is_heading);
        CHECK(script.sentence_text(section.first_sentence) == section.title + "。");
        CHECK(section.end_sentence - section.first_sentence > 1);
    }
    CHECK(range(script.sections[4]) == sentences_of_paragraphs(script, 6, 6));
    CHECK(script.sections[4].end_sentence == script.sentences.size());

    CHECK(placeholder_positions(script) == std::vector<std::string>{
        "6:212 **", "6:326 **", "6:420 **", "6:517 **", "6:644 **", "6:652 **", "6:669 **", "6:683 *",
        "6:699 **", "6:711 **", "6:850 **", "6:940 *", "6:964 **", "6:1039 **", "6:1069 ***", "6:1077 **",
        "6:1135 **", "6:1583 **", "6:1591 **", "6:1601 **", "7:653 **"});
    for (const Placeholder& placeholder : script.placeholders) {
        CHECK(script.section_at(placeholder.span.begin) == (placeholder.line == 6 ? 2u : 3u));
        CHECK(placeholder.span.of(script.text) == placeholder.text);
    }
}

TEST_CASE("the bundled Chinese sample has a title, three sections, a closing and one placeholder")
{
    const Script script = build_script(read_file(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt"),
        ScriptFormat::PlainText);
    CHECK(section_titles(script) == std::vector<std::string>{"在“讲好每一次发言”主题分享会上的讲话", "一、心中有稿，先把结构理清楚",
                                "二、心中有数，把时间算明白", "三、心中有人，讲给台下的人听", "Closing"});
    REQUIRE(script.sections.size() == 5);
    CHECK(script.sentence_text(script.sections[4].first_sentence) == "谢谢大家！");
    CHECK(placeholder_positions(script) == std::vector<std::string>{"7:59 **"});
}

TEST_CASE("the bundled English sample has a # title preamble, four ## sections and a closing")
{
    const Script script = build_script(read_file(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md"),
        ScriptFormat::Markdown);
    CHECK(section_titles(script) == std::vector<std::string>{"Welcome to Podium", "Starting and pausing", "Moving around",
                                "Making it fit the room", "Before you go", "Closing"});
    REQUIRE(script.sections.size() == 6);
    CHECK(script.sections.front().kind == SectionKind::Preamble);
    CHECK(script.sections.back().kind == SectionKind::Closing);
    for (const Section& section : script.sections) {
        CHECK(section.level == 1);
    }
    CHECK(script.sentence_text(script.sections.back().first_sentence) == "Thank you, and enjoy your next speech.");
    CHECK(script.placeholders.empty());
}
