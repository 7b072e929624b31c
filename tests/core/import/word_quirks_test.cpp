// SPDX-License-Identifier: GPL-3.0-or-later
// The Word, OpenDocument and PowerPoint quirks, on fixtures made by
// tests/import/fixtures/make_fixtures.py (python-docx and hand-written XML).
#include "import_support.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::test;

namespace {

std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) {
            end = text.size();
        }
        if (end > begin) {
            lines.push_back(text.substr(begin, end - begin));
        }
        begin = end + 1;
    }
    return lines;
}

std::vector<std::string> outline(const Script& script)
{
    std::vector<std::string> out;
    for (const Section& section : script.sections) {
        out.push_back(std::string(static_cast<std::size_t>(2 * (section.level - 1)), ' ') + section.title);
    }
    return out;
}

std::string styled_text(const Script& script, unsigned char style)
{
    std::string out;
    for (const StyleRun& run : script.styles) {
        if (run.style == style) {
            out += std::string(script.view(run.span)) + "|";
        }
    }
    return out;
}

} // namespace

TEST_CASE("a Word document reads as Word shows it: numbers, line breaks, tables and text boxes, without notes")
{
    const ImportedDocument document = import_document(fixture("word-quirks.docx"));
    REQUIRE(document.error == "");
    CHECK(document.format == DocumentFormat::Docx);
    const std::vector<std::string> expected{
        "在年度工作会议上的讲话",
        "同志们：",
        "今年的工作，重点在于落实。这一点大家都清楚。",
        "一、回顾过去一年的工作",          // automatic number, chineseCounting "%1、"
        "过去一年，我们完成了全年目标。新增门店**家。", // no comment, footnote, deleted text or field code
        "（一）稳订单",                    // "（%2）" under a style named 标题 2
        "第一行",                          // w:br
        "第二行",
        "1. 巩固老客户。老客户是根本。",   // decimal "%3." with a tab after: one space
        "2. 开拓新市场。新市场是未来。",
        "（二）降成本",                    // typed by hand
        "成本下降了一成。",
        "时间  内容",                      // a table row per line
        "上午  开幕式",
        "二、展望明年",
        "明年的目标如下。",
        "文本框里的话。",                  // the text box once, not again from its VML fallback
        "直接设大纲级别的标题",
        "大纲级别下的正文。",
        "谢谢大家！",
    };
    CHECK(lines_of(document.source.text) == expected);
}

TEST_CASE("Word heading styles, Chinese style names and outline levels become the section tree")
{
    const Script script = load(fixture("word-quirks.docx"));
    const std::vector<std::string> expected{
        "在年度工作会议上的讲话", // the title line names the preamble
        "一、回顾过去一年的工作",
        "  （一）稳订单",          // 标题 2
        "  （二）降成本",          // typed （二） still a heading; the 1. items are a list
        "二、展望明年",
        "  直接设大纲级别的标题",  // w:outlineLvl 1
        "Closing",
    };
    CHECK(outline(script) == expected);
    REQUIRE(script.placeholders.size() == 1);
    CHECK(script.placeholders[0].text == "**");
}

TEST_CASE("bold and italic Word runs keep their style")
{
    const Script script = load(fixture("word-quirks.docx"));
    CHECK(styled_text(script, kStyleBold).find("重点|") != std::string::npos);
    CHECK(styled_text(script, kStyleItalic) == "这一点|");
}

TEST_CASE("an OpenDocument text reads headings, lists, line breaks, tables and frames, without notes")
{
    const ImportedDocument document = import_document(fixture("odf-quirks.odt"));
    REQUIRE(document.error == "");
    CHECK(document.format == DocumentFormat::Odt);
    const std::vector<std::string> expected{
        "Opening the meeting",
        "Good morning, everyone. This is important and urgent.",
        "First line",
        "Second line",
        "Three steps",
        "1. Plan the talk.",
        "2. Time the talk.",
        "When  What",
        "Nine  Welcome",
        "See the box.",
        "Words in a text box.",
        "Thank you.",
    };
    CHECK(lines_of(document.source.text) == expected);
    const Script script = build_script(ImportedDocument(document).source);
    CHECK(outline(script) == std::vector<std::string>{"Opening the meeting", "Three steps", "Closing"});
    CHECK(styled_text(script, kStyleBold) == "important|");
    CHECK(styled_text(script, kStyleItalic) == "urgent|");
}

TEST_CASE("PowerPoint speaker notes become one section per slide with notes, titled by the slide")
{
    const ImportedDocument document = import_document(fixture("notes.pptx"));
    REQUIRE(document.error == "");
    CHECK(document.format == DocumentFormat::Pptx);
    CHECK(lines_of(document.source.text)
        == std::vector<std::string>{"Why we rehearse", "Good morning, everyone.", "Rehearsal is the secret.", "Slide 3",
            "Pause here.", "Then thank them."});
    const Script script = build_script(ImportedDocument(document).source);
    CHECK(outline(script) == std::vector<std::string>{"Why we rehearse", "Slide 3"});
    CHECK(script.sections[0].end_sentence - script.sections[0].first_sentence == 3);
    CHECK(styled_text(script, kStyleBold) == "the|");
}
