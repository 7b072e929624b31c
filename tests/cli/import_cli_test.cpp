// SPDX-License-Identifier: GPL-3.0-or-later
// `podium outline` and `podium split --json` on .docx/.odt files that pandoc makes at test time
// from the bundled samples and the shared speeches, and on bad documents.
#include "cli/cli_runner.hpp"
#include "core/import/import_support.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using podium::testing::lines_of;
using namespace podium::test;

namespace {

podium::testing::CliRun run_on(const char* command, const std::filesystem::path& path, bool json = false)
{
    const std::string file = path.string();
    if (json) {
        return podium::testing::run({command, "--json", file.c_str()});
    }
    return podium::testing::run({command, file.c_str()});
}

std::vector<std::filesystem::path> sources()
{
    std::vector<std::filesystem::path> paths{std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-en.md",
        std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt"};
    const std::filesystem::path shared = std::filesystem::path(PODIUM_SHARED_DIR) / "speeches/zh-party-seminar.txt";
    if (std::filesystem::exists(shared)) {
        paths.push_back(shared);
    }
    return paths;
}

// What split --json says about the speech, without the byte offsets (the texts differ).
nlohmann::json reading(const nlohmann::json& split)
{
    nlohmann::json out = nlohmann::json::object();
    out["sections"] = split.at("sections");
    out["sentences"] = nlohmann::json::array();
    for (const nlohmann::json& sentence : split.at("sentences")) {
        out["sentences"].push_back({sentence.at("shown"), sentence.at("section")});
    }
    return out;
}

} // namespace

TEST_CASE("podium outline and split --json read a converted .docx/.odt as the text it came from")
{
    if (!have_pandoc()) {
        PODIUM_SKIP("pandoc is not installed (scripts/install-deps.sh installs it)");
    }
    const ImportTempDir dir("cli");
    for (const std::filesystem::path& source : sources()) {
        const auto original_outline = run_on("outline", source);
        REQUIRE(original_outline.status == 0);
        const auto original_split = run_on("split", source, true);
        REQUIRE(original_split.status == 0);
        for (const std::string extension : {".docx", ".odt"}) {
            INFO(source.filename().string() << " → " << extension);
            const std::optional<std::filesystem::path> converted = convert(source, extension, dir);
            REQUIRE(converted);
            const auto outline = run_on("outline", *converted);
            REQUIRE(outline.status == 0);
            std::vector<std::string> lines = lines_of(outline.out);
            std::vector<std::string> original_lines = lines_of(original_outline.out);
            REQUIRE(lines.size() == original_lines.size());
            // The first line names the file and the format it was read as.
            const std::string format = extension == ".docx" ? "(Word document (.docx)): " : "(OpenDocument text (.odt)): ";
            CHECK(lines[0].find(format) != std::string::npos);
            CHECK(lines[0].substr(lines[0].find("): ") + 3) == original_lines[0].substr(original_lines[0].find("): ") + 3));
            lines.erase(lines.begin());
            original_lines.erase(original_lines.begin());
            // Placeholder lines give line:column, and the line numbers of a document are its
            // paragraphs': compare what they name, not where.
            for (auto* list : {&lines, &original_lines}) {
                for (std::string& line : *list) {
                    const std::size_t at = line.find("placeholder ");
                    if (at != std::string::npos) {
                        line = line.substr(0, at) + "placeholder" + line.substr(line.find(' ', at + 12));
                    }
                }
            }
            CHECK(lines == original_lines);

            const auto split = run_on("split", *converted, true);
            REQUIRE(split.status == 0);
            const nlohmann::json json = nlohmann::json::parse(split.out);
            CHECK(json.at("format") == (extension == ".docx" ? "docx" : "odt"));
            CHECK(reading(json) == reading(nlohmann::json::parse(original_split.out)));
        }
    }
}

TEST_CASE("podium reads PowerPoint speaker notes as sections titled by their slides")
{
    const auto result = run_on("outline", fixture("notes.pptx"));
    CHECK(result.status == 0);
    const std::vector<std::string> lines = lines_of(result.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].ends_with("notes.pptx (PowerPoint speaker notes (.pptx)): 2 sections, 6 sentences"));
    CHECK(lines[1] == "Why we rehearse  (3 sentences)");
    CHECK(lines[2] == "Slide 3  (3 sentences)");
}

TEST_CASE("a bad document is one line on stderr and exit status 1, for every kind")
{
    const ImportTempDir dir("cli-bad");
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.resize(512, '\0');
    for (const char c : std::string("WordDocument")) {
        ole += c;
        ole += '\0';
    }
    const std::vector<std::pair<std::filesystem::path, std::string>> cases{
        {dir.write("text.docx", "just text\n"), "not a .docx file"},
        {fixture("zip-bomb.docx"), "inflates past Podium's limit of 256 MiB"},
        {write_zip(dir.path() / "nothing.docx", {{"a.txt", "a"}}), "no word/document.xml inside"},
        {write_zip(dir.path() / "xxe.docx", {{"word/document.xml",
             "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document>&x;</w:document>"}}),
            "declares a DTD"},
        {write_zip(dir.path() / "locked.docx", {{"word/document.xml", "<w:document/>"}}, "pw"), "encrypted"},
        {dir.write("old.doc", ole), "save it as .docx"},
    };
    for (const auto& [path, message] : cases) {
        INFO(path.string());
        for (const char* command : {"outline", "split"}) {
            const auto result = run_on(command, path);
            CHECK(result.status == 1);
            CHECK(result.out.empty());
            CHECK(lines_of(result.err).size() == 1);
            CHECK(result.err.find(message) != std::string::npos);
        }
    }
}
