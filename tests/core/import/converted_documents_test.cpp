// SPDX-License-Identifier: GPL-3.0-or-later
// Word and OpenDocument files made by pandoc (at test time, never committed) from the bundled
// samples and the shared speeches must read exactly as the text they were made from.
#include "import_support.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <ostream>

using namespace podium;
using namespace podium::test;

namespace {

struct Reading {
    std::vector<std::string> sentences; // as shown: without Markdown syntax
    std::vector<Section> sections;
    std::vector<std::string> placeholders;
    friend bool operator==(const Reading&, const Reading&) = default;
};

std::ostream& operator<<(std::ostream& out, const Reading& reading)
{
    for (const Section& section : reading.sections) {
        out << section << '\n';
    }
    for (const std::string& sentence : reading.sentences) {
        out << "  | " << sentence << '\n';
    }
    for (const std::string& placeholder : reading.placeholders) {
        out << "  placeholder " << placeholder << '\n';
    }
    return out;
}

Reading reading_of(const Script& script)
{
    Reading reading;
    for (const Sentence& sentence : script.sentences) {
        reading.sentences.push_back(script.visible_text(sentence.span));
    }
    reading.sections = script.sections;
    for (const Placeholder& placeholder : script.placeholders) {
        reading.placeholders.push_back(placeholder.text);
    }
    return reading;
}

// Lists, a table, emphasis and a link: what pandoc turns into Word numbering and table XML.
constexpr std::string_view kStructuredMarkdown = "# 年度讲话\n\n同志们：\n\n## 一、回顾\n\n1. 稳订单。\n2. 降成本。\n\n"
                                                 "- 要点甲\n- 要点乙\n\n| 时间 | 内容 |\n|---|---|\n| 上午 | 开幕 |\n\n"
                                                 "## 二、展望\n\n这是**重点**，请看[指南](https://example.com)。\n\n谢谢大家！\n";

std::vector<std::filesystem::path> sources(const ImportTempDir& dir)
{
    std::vector<std::filesystem::path> paths{std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md",
        std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt",
        dir.write("structured.md", kStructuredMarkdown)};
    const std::filesystem::path shared = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches";
    if (std::filesystem::is_directory(shared)) {
        for (const auto& entry : std::filesystem::directory_iterator(shared)) {
            if (entry.path().extension() == ".txt" || entry.path().extension() == ".md") {
                paths.push_back(entry.path());
            }
        }
    }
    return paths;
}

} // namespace

TEST_CASE("a .docx and an .odt made by pandoc read as the speech they were made from")
{
    if (!have_pandoc()) {
        PODIUM_SKIP("pandoc is not installed (scripts/install-deps.sh installs it)");
    }
    const ImportTempDir dir("converted");
    for (const std::filesystem::path& source : sources(dir)) {
        const Reading original = reading_of(load(source));
        REQUIRE(original.sections.size() >= 2);
        for (const std::string extension : {".docx", ".odt"}) {
            INFO(source.filename().string() << " → " << extension);
            const std::optional<std::filesystem::path> converted = convert(source, extension, dir);
            REQUIRE(converted);
            const ImportedDocument document = import_document(*converted);
            REQUIRE(document.error == "");
            CHECK(document.format == (extension == ".docx" ? DocumentFormat::Docx : DocumentFormat::Odt));
            const Reading imported = reading_of(build_script(ImportedDocument(document).source));
            CHECK(imported == original);
        }
    }
}
