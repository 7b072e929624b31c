// SPDX-License-Identifier: GPL-3.0-or-later
// The shared reproducers of files that stalled or bloated Podium (../shared/testdata/documents,
// see its README): each is read and its script built. They used to take minutes (a run of one
// character re-measured at every position); the times are bench/import's to print, so a
// regression shows here as a test that does not finish. Skipped when ../shared is absent.
#include "core/script/placeholders.hpp"
#include "import_support.hpp"

#include <catch2/catch.hpp>

using namespace podium;
using namespace podium::test;

namespace {

std::filesystem::path documents_dir() { return std::filesystem::path(PODIUM_SHARED_DIR) / "testdata" / "documents"; }

} // namespace

TEST_CASE("every hang- reproducer is read and scanned, with no run taken for a placeholder")
{
    if (!std::filesystem::is_directory(documents_dir())) {
        WARN("skipped: " << documents_dir() << " is absent");
        return;
    }
    struct Case {
        std::string file;
        std::string expected_run; // a run the text must hold
    };
    const std::vector<Case> cases{{"hang-docx-200k-same-letter.docx", std::string(200'000, 'A')},
        {"hang-docx-200k-ampersands.docx", std::string(200'000, '&')},
        {"hang-odt-spaces-via-text-s.odt", "a" + std::string(320'000, ' ') + "b"},
        {"hang-pptx-note-200k-same-letter.pptx", std::string(200'000, 'N')}};
    for (const Case& c : cases) {
        INFO(c.file);
        ImportedDocument document = import_document(documents_dir() / c.file);
        REQUIRE(document.error == "");
        CHECK(document.source.text.find(c.expected_run) != std::string::npos);
        const Script script = build_script(std::move(document.source));
        CHECK(script.placeholders.empty());
        CHECK_FALSE(script.sentences.empty());
    }
    std::string han;
    for (int i = 0; i < 200'000; ++i) {
        han += "字";
    }
    ImportedDocument document = import_document(documents_dir() / "hang-docx-200k-same-han.docx");
    REQUIRE(document.error == "");
    CHECK(document.source.text.find("前言。" + han + "。") != std::string::npos);
    CHECK(build_script(std::move(document.source)).placeholders.empty());
}

TEST_CASE("the control deck with a short note reads as one section of three sentences")
{
    const std::filesystem::path path = documents_dir() / "ok-pptx-minimal-notes.pptx";
    if (!std::filesystem::exists(path)) {
        WARN("skipped: " << path << " is absent");
        return;
    }
    const Script script = load(path);
    CHECK(script.sections.size() == 1);
    CHECK(script.sentences.size() == 3);
}
